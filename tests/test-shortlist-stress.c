/* test-shortlist-stress.c: the shortlist under SIGKILL, a full disk, a
 * read-only folder, two processes at once, 10,000 items, and the app's
 * queued saves and file watching
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/wait.h>

#include "shortlist-util.h"

#define NOTE_SIZE (60 * 1024)

/* Note number @k: its number, then a letter repeated to NOTE_SIZE */
static char *
make_note (guint k)
{
  GString *note = g_string_new (NULL);

  g_string_printf (note, "k=%u;", k);
  while (note->len < NOTE_SIZE)
    g_string_append_c (note, (char) ('a' + k % 26));
  return g_string_free (note, FALSE);
}

static gboolean
is_note (const char *note,
         guint      *k)
{
  g_autofree char *expected = NULL;

  if (note == NULL || sscanf (note, "k=%u;", k) != 1)
    return FALSE;
  expected = make_note (*k);
  return strcmp (note, expected) == 0;
}

static G_NORETURN void
write_notes_forever (const char *dir,
                     guint       first)
{
  g_autoptr(CgShortlist) shortlist = open_shortlist (dir, TRUE);

  for (guint k = first;; k++)
    {
      g_autofree char *note = make_note (k);

      if (!cg_shortlist_set_note (shortlist, "helm", note, NULL))
        _exit (3);
    }
}

static void
test_sigkill_loop (void)
{
  g_autofree char *dir = new_folder ("kill");
  guint last = 0;
  guint torn = 0;

  {
    g_autoptr(CgShortlist) shortlist = open_shortlist (dir, TRUE);
    g_autofree char *note = make_note (0);

    g_assert_true (cg_shortlist_set_note (shortlist, "helm", note, NULL));
  }

  for (guint round = 0; round < 50; round++)
    {
      g_autoptr(CgShortlist) shortlist = NULL;
      int status;
      guint k = 0;
      pid_t pid = fork ();

      g_assert_cmpint (pid, >=, 0);
      if (pid == 0)
        write_notes_forever (dir, last + 1);

      /* Somewhere within a few writes */
      g_usleep (g_random_int_range (1000, 40000));
      g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      if (!WIFSIGNALED (status))
        g_error ("the writer ended by itself: status %d", status);

      /* The file always parses, and holds a whole note: the old one or a newer */
      shortlist = open_shortlist (dir, TRUE);
      if (!is_note (cg_shortlist_get_note (shortlist, "helm"), &k))
        g_error ("round %u: the note is torn", round);
      g_assert_cmpuint (k, >=, last);
      if (k == last)
        torn++;
      last = k;
    }

  g_test_message ("50 kills; %u notes written in all; %u rounds killed before the first write",
                  last, torn);
  /* A killed write leaves its temporary file; the next change clears them */
  {
    g_autoptr(CgShortlist) shortlist = open_shortlist (dir, TRUE);
    g_autofree char *listing = NULL;

    g_assert_true (cg_shortlist_set_starred (shortlist, "helm", TRUE, NULL));
    listing = list_folder (dir);
    g_assert_cmpstr (listing, ==, "shortlist.json shortlist.json.lock");
  }
  rm_tree (dir);
}

/* Two processes change the shortlist at once: each stars its own 100
 * projects and writes notes on a shared one; none is lost. */
static void
test_two_processes (void)
{
  g_autofree char *dir = new_folder ("two");
  g_autoptr(CgShortlist) shortlist = NULL;
  pid_t pids[2];

  for (guint p = 0; p < 2; p++)
    {
      pids[p] = fork ();
      g_assert_cmpint (pids[p], >=, 0);
      if (pids[p] == 0)
        {
          g_autoptr(CgShortlist) mine = open_shortlist (dir, TRUE);

          for (guint i = 0; i < 100; i++)
            {
              g_autofree char *id = g_strdup_printf ("p%u-%03u", p, i);

              if (!cg_shortlist_set_starred (mine, id, TRUE, NULL) ||
                  !cg_shortlist_set_note (mine, id, id, NULL))
                _exit (3);
            }
          _exit (0);
        }
    }

  for (guint p = 0; p < 2; p++)
    {
      int status;

      g_assert_cmpint (waitpid (pids[p], &status, 0), ==, pids[p]);
      g_assert_true (WIFEXITED (status));
      g_assert_cmpint (WEXITSTATUS (status), ==, 0);
    }

  shortlist = open_shortlist (dir, TRUE);
  g_assert_cmpuint (cg_shortlist_get_n_starred (shortlist), ==, 200);
  for (guint p = 0; p < 2; p++)
    for (guint i = 0; i < 100; i++)
      {
        g_autofree char *id = g_strdup_printf ("p%u-%03u", p, i);

        g_assert_true (cg_shortlist_contains (shortlist, id));
        g_assert_cmpstr (cg_shortlist_get_note (shortlist, id), ==, id);
      }
  rm_tree (dir);
}

static void
test_ten_thousand (void)
{
  g_autofree char *dir = new_folder ("10k");
  g_autofree char *path = g_build_filename (dir, "shortlist.json", NULL);
  g_autoptr(GString) json = g_string_new ("{\"shortlist_version\":1,\"items\":[");
  g_autoptr(CgShortlist) shortlist = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) starred = NULL;
  gint64 start, loaded, looked_up, saved;
  guint found = 0;

  for (guint i = 0; i < CG_SHORTLIST_MAX_ITEMS; i++)
    g_string_append_printf (json, "%s{\"id\":\"project-%05u\",\"starred\":\"2026-11-%02uT10:00:00Z\","
                            "\"note\":\"note %u, booth %u\"}",
                            i ? "," : "", i, 1 + i % 28, i, i % 50);
  g_string_append (json, "]}");
  g_assert_true (g_file_set_contents (path, json->str, (gssize) json->len, NULL));

  start = g_get_monotonic_time ();
  shortlist = open_shortlist (dir, TRUE);
  loaded = g_get_monotonic_time ();
  for (guint i = 0; i < CG_SHORTLIST_MAX_ITEMS; i++)
    {
      char id[32];

      g_snprintf (id, sizeof id, "project-%05u", i);
      found += cg_shortlist_contains (shortlist, id);
    }
  looked_up = g_get_monotonic_time ();
  starred = cg_shortlist_dup_starred (shortlist);
  g_assert_cmpuint (found, ==, CG_SHORTLIST_MAX_ITEMS);
  g_assert_cmpuint (g_strv_length (starred), ==, CG_SHORTLIST_MAX_ITEMS);

  /* Full: one more is refused, a change to one there is saved */
  g_assert_false (cg_shortlist_set_starred (shortlist, "one-more", TRUE, &error));
  g_assert_error (error, CG_SHORTLIST_ERROR, CG_SHORTLIST_ERROR_NOT_SAVED);
  g_clear_error (&error);
  saved = g_get_monotonic_time ();
  g_assert_true (cg_shortlist_set_note (shortlist, "project-00042", "changed", &error));
  g_assert_no_error (error);
  /* What was written reads back whole */
  {
    g_autoptr(CgShortlist) again = open_shortlist (dir, TRUE);

    g_assert_cmpuint (cg_shortlist_get_n_starred (again), ==, CG_SHORTLIST_MAX_ITEMS);
    g_assert_cmpstr (cg_shortlist_get_note (again, "project-00042"), ==, "changed");
  }

  g_test_message ("10,000 items (%zu KiB): load %.1f ms, 10,000 look-ups %.2f ms, "
                  "one change saved (lock, read, write, fsync) %.1f ms",
                  json->len / 1024, (loaded - start) / 1000.0, (looked_up - loaded) / 1000.0,
                  (g_get_monotonic_time () - saved) / 1000.0);
  rm_tree (dir);
}

/* The app's way: changes queued in a worker thread, saved in order */
static void
on_saved (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  guint *n_done = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (cg_shortlist_change_finish (CG_SHORTLIST (source), result, &error));
  g_assert_no_error (error);
  (*n_done)++;
}

static void
count_changed (guint *n)
{
  (*n)++;
}

static void
test_async_in_order (void)
{
  g_autofree char *dir = new_folder ("async");
  g_autoptr(CgShortlist) shortlist = open_shortlist (dir, TRUE);
  guint n_done = 0;
  guint n_changed = 0;

  g_signal_connect_swapped (shortlist, "changed", G_CALLBACK (count_changed), &n_changed);
  cg_shortlist_set_starred_async (shortlist, "helm", TRUE, on_saved, &n_done);
  for (guint i = 0; i < 20; i++)
    {
      g_autofree char *note = g_strdup_printf ("typed %u", i);
      cg_shortlist_set_note_async (shortlist, "helm", note, on_saved, &n_done);
    }
  g_assert_true (cg_shortlist_is_saving (shortlist));
  while (n_done < 21)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (cg_shortlist_is_saving (shortlist));
  g_assert_cmpuint (n_changed, ==, 21);
  g_assert_cmpstr (cg_shortlist_get_note (shortlist, "helm"), ==, "typed 19");

  g_clear_object (&shortlist);
  shortlist = open_shortlist (dir, TRUE);
  g_assert_true (cg_shortlist_contains (shortlist, "helm"));
  g_assert_cmpstr (cg_shortlist_get_note (shortlist, "helm"), ==, "typed 19");
  rm_tree (dir);
}

static gboolean
deadline_cb (gpointer user_data)
{
  g_error ("no reload within 20 s");
  return G_SOURCE_REMOVE;
}

static void
keep_warning (CgShortlist *shortlist,
              const char  *message,
              char       **out)
{
  g_free (*out);
  *out = g_strdup (message);
}

/* Another process (here: another shortlist object) changes the file; the
 * watching one reloads and says so. */
static void
test_watch (void)
{
  g_autofree char *dir = new_folder ("watch");
  g_autoptr(CgShortlist) app = open_shortlist (dir, TRUE);
  g_autoptr(CgShortlist) other = open_shortlist (dir, TRUE);
  guint n_changed = 0;
  guint deadline;

  cg_shortlist_watch (app);
  g_signal_connect_swapped (app, "changed", G_CALLBACK (count_changed), &n_changed);
  g_assert_true (cg_shortlist_set_starred (other, "envoy", TRUE, NULL));
  g_assert_true (cg_shortlist_set_note (other, "envoy", "from the command line", NULL));

  deadline = g_timeout_add_seconds (20, deadline_cb, NULL);
  while (g_strcmp0 (cg_shortlist_get_note (app, "envoy"), "from the command line") != 0)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (deadline);
  g_assert_true (cg_shortlist_contains (app, "envoy"));
  g_assert_cmpuint (n_changed, >=, 1);

  /* Damaged by someone else while the app shows it: set aside, and what
   * the app showed is written again */
  {
    g_autofree char *path = g_build_filename (dir, "shortlist.json", NULL);
    g_autofree char *warned = NULL;
    g_autofree char *listing = NULL;
    g_autoptr(CgShortlist) disk = NULL;

    g_signal_connect (app, "warning", G_CALLBACK (keep_warning), &warned);
    g_assert_true (g_file_set_contents (path, "{\"shortlist_version\":1,\"it", -1, NULL));
    deadline = g_timeout_add_seconds (20, deadline_cb, NULL);
    while (warned == NULL || cg_shortlist_is_saving (app))
      g_main_context_iteration (NULL, TRUE);
    g_source_remove (deadline);
    g_assert_nonnull (strstr (warned, "written again"));
    g_assert_true (cg_shortlist_contains (app, "envoy"));

    disk = open_shortlist (dir, TRUE);
    g_assert_true (cg_shortlist_contains (disk, "envoy"));
    g_assert_cmpstr (cg_shortlist_get_note (disk, "envoy"), ==, "from the command line");
    listing = list_folder (dir);
    g_assert_nonnull (strstr (listing, "shortlist.json.damaged-"));
  }
  rm_tree (dir);
}

/* In a private mount namespace (see test_disk_full): a 64 KiB tmpfs at
 * @dir. Fill it, then change the shortlist; then make it read-only and
 * change it again. Exit 0 when all held. */
static int
run_in_tmpfs (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "shortlist.json", NULL);
  g_autofree char *filler = g_build_filename (dir, "filler", NULL);
  g_autoptr(CgShortlist) shortlist = open_shortlist (dir, TRUE);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *note = make_note (1);
  g_autofree char *listing = NULL;
  char block[4096] = { 0 };
  FILE *f;

  g_assert_true (cg_shortlist_set_note (shortlist, "helm", "the old note", &error));
  g_assert_no_error (error);
  before = read_bytes (path);

  f = fopen (filler, "w");
  g_assert_nonnull (f);
  while (fwrite (block, 1, sizeof block, f) == sizeof block && fflush (f) == 0)
    ;
  fclose (f);

  g_assert_false (cg_shortlist_set_note (shortlist, "helm", note, &error));
  g_assert_error (error, CG_SHORTLIST_ERROR, CG_SHORTLIST_ERROR_NOT_SAVED);
  g_print ("disk full: %s\n", error->message);
  g_assert_nonnull (strstr (error->message, "not saved"));
  g_clear_error (&error);
  {
    g_autoptr(GBytes) after = read_bytes (path);
    g_assert_true (g_bytes_equal (before, after));
  }
  g_assert_cmpstr (cg_shortlist_get_note (shortlist, "helm"), ==, "the old note");
  listing = list_folder (dir);
  g_assert_cmpstr (listing, ==, "filler shortlist.json shortlist.json.lock");

  /* Read-only (root ignores mode bits, a read-only mount it does not) */
  g_unlink (filler);
  if (system ("mount -o remount,ro \"$CG_TMPFS\"") != 0)
    g_error ("could not remount read-only");
  g_assert_false (cg_shortlist_set_starred (shortlist, "envoy", TRUE, &error));
  g_assert_error (error, CG_SHORTLIST_ERROR, CG_SHORTLIST_ERROR_NOT_SAVED);
  g_print ("read-only: %s\n", error->message);
  g_clear_error (&error);
  {
    g_autoptr(GBytes) after = read_bytes (path);
    g_assert_true (g_bytes_equal (before, after));
  }
  /* Reading still works */
  g_clear_object (&shortlist);
  shortlist = open_shortlist (dir, TRUE);
  g_assert_cmpstr (cg_shortlist_get_note (shortlist, "helm"), ==, "the old note");
  return 0;
}

static void
test_disk_full (void)
{
  g_autofree char *dir = new_folder ("full");
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status;
  const char *argv[] = {
    "unshare", "-rm", "sh", "-c",
    "mount -t tmpfs -o size=64k tmpfs \"$CG_TMPFS\" || exit 77; exec \"$0\" --in-tmpfs \"$CG_TMPFS\"",
    self, NULL,
  };
  g_auto(GStrv) env = g_environ_setenv (g_get_environ (), "CG_TMPFS", dir, TRUE);

  if (!g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_SEARCH_PATH, NULL, NULL,
                     &out, &err, &status, &error))
    {
      g_autofree char *why = g_strdup_printf ("unshare could not run: %s", error->message);
      g_test_skip (why);
      rm_tree (dir);
      return;
    }
  if (WIFEXITED (status) && (WEXITSTATUS (status) == 77 ||
                             (WEXITSTATUS (status) == 1 && strstr (err, "unshare") != NULL)))
    {
      g_autofree char *why = g_strdup_printf ("no private tmpfs here (unshare -rm not "
                                              "permitted): %s", err);
      g_test_skip (why);
      rm_tree (dir);
      return;
    }
  g_test_message ("%s%s", out, err);
  if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
    g_error ("in the tmpfs: status %d\n%s%s", status, out, err);
  g_assert_nonnull (strstr (out, "disk full: Your change was not saved"));
  g_assert_nonnull (strstr (out, "read-only: Your change was not saved"));
  rm_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 3 && strcmp (argv[1], "--in-tmpfs") == 0)
    return run_in_tmpfs (argv[2]);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/shortlist/sigkill-loop", test_sigkill_loop);
  g_test_add_func ("/shortlist/two-processes", test_two_processes);
  g_test_add_func ("/shortlist/ten-thousand", test_ten_thousand);
  g_test_add_func ("/shortlist/async-in-order", test_async_in_order);
  g_test_add_func ("/shortlist/watch", test_watch);
  g_test_add_func ("/shortlist/disk-full-read-only", test_disk_full);

  return g_test_run ();
}
