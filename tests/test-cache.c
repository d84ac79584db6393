/* test-cache.c: the cache never loses data and never writes elsewhere
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "cg-cache.h"

/* A catalog dated today (UTC), so newer than the bundled one and not in
 * the future; made in main() */
static char *small_catalog;

static char *
catalog_dated (const char *date)
{
  return g_strdup_printf ("{\"schema_version\":1,\"catalog_date\":\"%s\",\"projects\":["
                          "{\"id\":\"cached\",\"name\":\"Cached\",\"maturity\":\"sandbox\"}]}",
                          date);
}

static char *
make_dir (void)
{
  return g_dir_make_tmp ("cg-test-cache-XXXXXX", NULL);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    {
      g_remove (path);
      return;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_remove (child);
    }
  g_rmdir (path);
}

static guint
count_files (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  guint n = 0;

  while (dir != NULL && g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

static CgCatalog *
bundled (void)
{
  g_autoptr(GError) error = NULL;
  CgCatalog *catalog = cg_catalog_new_bundled (&error);

  g_assert_no_error (error);
  return catalog;
}

static void
test_round_trip (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *cache_dir = g_build_filename (dir, "nested", "cncf-guide", NULL);
  g_autoptr(CgCache) cache = cg_cache_new (cache_dir);
  g_autoptr(GBytes) bytes = g_bytes_new_static (small_catalog, strlen (small_catalog));
  g_autoptr(GError) error = NULL;
  g_autoptr(CgCatalog) loaded = NULL;
  g_autoptr(CgCatalog) base = bundled ();
  g_autoptr(CgCatalog) chosen = NULL;
  g_autofree char *etag = NULL;

  /* Nothing cached yet: the bundled catalog */
  g_assert_true (cg_cache_load (cache, &loaded, &error));
  g_assert_null (loaded);
  chosen = cg_cache_choose_catalog (cache, base, NULL);
  g_assert_true (chosen == base);
  g_clear_object (&chosen);

  g_assert_true (cg_cache_store (cache, bytes, "\"v1\"", "https://example.org/all.json", &error));
  g_assert_no_error (error);

  g_assert_true (cg_cache_load (cache, &loaded, &error));
  g_assert_nonnull (loaded);
  g_assert_nonnull (cg_catalog_lookup (loaded, "cached"));

  etag = cg_cache_get_etag (cache, "https://example.org/all.json");
  g_assert_cmpstr (etag, ==, "\"v1\"");
  /* An ETag is for the source it came from */
  g_assert_null (cg_cache_get_etag (cache, "https://other.example.org/all.json"));

  /* The newer catalog wins: this cache is dated today */
  chosen = cg_cache_choose_catalog (cache, base, NULL);
  g_assert_nonnull (cg_catalog_lookup (chosen, "cached"));
  g_clear_object (&chosen);

  /* An older cache loses to the bundled catalog */
  {
    static const char old[] =
      "{\"schema_version\":1,\"catalog_date\":\"2000-01-01\",\"projects\":["
      "{\"id\":\"old\",\"name\":\"Old\",\"maturity\":\"sandbox\"}]}";
    g_autoptr(GBytes) old_bytes = g_bytes_new_static (old, sizeof old - 1);

    g_assert_true (cg_cache_store (cache, old_bytes, NULL, "https://example.org/all.json", NULL));
    chosen = cg_cache_choose_catalog (cache, base, NULL);
    g_assert_true (chosen == base);
    g_assert_null (cg_cache_get_etag (cache, "https://example.org/all.json"));
  }

  /* Only our two files, no temporary leftovers */
  g_assert_cmpuint (count_files (cache_dir), ==, 2);
  remove_tree (dir);
}

typedef struct
{
  const char *name;
  void      (*damage) (const char *path);
} Damage;

static void
write_garbage (const char *path)
{
  g_assert_true (g_file_set_contents (path, "\x89PNG\r\n garbage \x00\xff", 16, NULL));
}

static void
write_empty (const char *path)
{
  g_assert_true (g_file_set_contents (path, "", 0, NULL));
}

static void
write_truncated (const char *path)
{
  g_assert_true (g_file_set_contents (path, small_catalog, 40, NULL));
}

static void
write_wrong_types (const char *path)
{
  g_assert_true (g_file_set_contents (path, "{\"schema_version\":\"1\",\"projects\":{}}", -1,
                                      NULL));
}

static void
write_huge (const char *path)
{
  /* A 2 GiB sparse file: refused by its size, never read */
  int fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0600);

  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, (off_t) 2 * 1024 * 1024 * 1024), ==, 0);
  close (fd);
}

static void
make_directory (const char *path)
{
  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
}

static void
symlink_to_device (const char *path)
{
  g_assert_cmpint (symlink ("/dev/zero", path), ==, 0);
}

static const Damage damages[] = {
  { "garbage", write_garbage },
  { "empty", write_empty },
  { "truncated", write_truncated },
  { "wrong-types", write_wrong_types },
  { "huge", write_huge },
  { "directory", make_directory },
  { "symlink-to-device", symlink_to_device },
};

static void
test_damaged (gconstpointer data)
{
  const Damage *damage = data;
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "catalog.json", NULL);
  g_autoptr(CgCache) cache = cg_cache_new (dir);
  g_autoptr(CgCatalog) base = bundled ();
  g_autoptr(CgCatalog) loaded = NULL;
  g_autoptr(CgCatalog) chosen = NULL;
  g_autoptr(GError) error = NULL;

  damage->damage (path);

  g_assert_false (cg_cache_load (cache, &loaded, &error));
  g_assert_null (loaded);
  g_assert_error (error, CG_CACHE_ERROR, CG_CACHE_ERROR_DAMAGED);
  g_assert_true (g_str_has_prefix (error->message, "The saved catalog was damaged"));
  g_clear_error (&error);

  /* Set aside, in the cache folder; the bundled catalog is shown */
  chosen = cg_cache_choose_catalog (cache, base, &error);
  g_assert_true (chosen == base);
  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  remove_tree (dir);
}

static void
test_unwritable (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *blocker = g_build_filename (dir, "not-a-folder", NULL);
  g_autofree char *cache_dir = g_build_filename (blocker, "cncf-guide", NULL);
  g_autoptr(CgCache) cache = cg_cache_new (cache_dir);
  g_autoptr(GBytes) bytes = g_bytes_new_static (small_catalog, strlen (small_catalog));
  g_autoptr(GError) error = NULL;

  /* A file where the folder should be */
  g_assert_true (g_file_set_contents (blocker, "x", 1, NULL));
  g_assert_false (cg_cache_store (cache, bytes, NULL, "https://example.org/", &error));
  g_assert_error (error, CG_CACHE_ERROR, CG_CACHE_ERROR_WRITE);
  g_clear_error (&error);

  /* A read-only folder (root ignores modes, so only checked as a user) */
  if (geteuid () != 0)
    {
      g_autofree char *ro = g_build_filename (dir, "ro", NULL);
      g_autoptr(CgCache) ro_cache = cg_cache_new (ro);

      g_assert_cmpint (g_mkdir (ro, 0500), ==, 0);
      g_assert_false (cg_cache_store (ro_cache, bytes, NULL, "https://example.org/", &error));
      g_assert_error (error, CG_CACHE_ERROR, CG_CACHE_ERROR_WRITE);
      g_chmod (ro, 0700);
    }
  else
    g_test_message ("running as root: the read-only folder case needs a user");

  remove_tree (dir);
}

static void
test_symlinked_folder (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *outside = g_build_filename (dir, "outside", NULL);
  g_autofree char *link = g_build_filename (dir, "cncf-guide", NULL);
  g_autoptr(CgCache) cache = cg_cache_new (link);
  g_autoptr(GBytes) bytes = g_bytes_new_static (small_catalog, strlen (small_catalog));
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (outside, 0700), ==, 0);
  g_assert_cmpint (symlink (outside, link), ==, 0);

  g_assert_false (cg_cache_store (cache, bytes, NULL, "https://example.org/", &error));
  g_assert_error (error, CG_CACHE_ERROR, CG_CACHE_ERROR_UNSAFE);
  /* Nothing written through the link */
  g_assert_cmpuint (count_files (outside), ==, 0);

  remove_tree (dir);
}

static void
test_symlinked_file (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *cache_dir = g_build_filename (dir, "cncf-guide", NULL);
  g_autofree char *victim = g_build_filename (dir, "victim", NULL);
  g_autofree char *path = g_build_filename (cache_dir, "catalog.json", NULL);
  g_autoptr(CgCache) cache = cg_cache_new (cache_dir);
  g_autoptr(GBytes) bytes = g_bytes_new_static (small_catalog, strlen (small_catalog));
  g_autofree char *contents = NULL;

  g_assert_cmpint (g_mkdir (cache_dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (victim, "precious", -1, NULL));
  g_assert_cmpint (symlink (victim, path), ==, 0);

  /* The link is replaced, not followed */
  g_assert_true (cg_cache_store (cache, bytes, NULL, "https://example.org/", NULL));
  g_assert_true (g_file_get_contents (victim, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "precious");
  g_assert_false (g_file_test (path, G_FILE_TEST_IS_SYMLINK));

  remove_tree (dir);
}

/* In a private mount namespace, on a 64 KiB tmpfs: */
static int
enospc_child (const char *dir)
{
  g_autofree char *cache_dir = g_build_filename (dir, "cncf-guide", NULL);
  g_autofree char *path = g_build_filename (cache_dir, "catalog.json", NULL);
  g_autoptr(CgCache) cache = cg_cache_new (cache_dir);
  g_autoptr(GBytes) small = g_bytes_new_static (small_catalog, strlen (small_catalog));
  g_autoptr(GBytes) big = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_len, after_len;
  GString *s = g_string_new ("{\"schema_version\":1,\"catalog_date\":\"2030-01-02\","
                             "\"projects\":[{\"id\":\"big\",\"name\":\"Big\","
                             "\"maturity\":\"sandbox\",\"description\":\"");

  for (int i = 0; i < 60000; i++)
    g_string_append_c (s, 'x');
  g_string_append (s, "\"}]}");
  big = g_string_free_to_bytes (s);

  if (!cg_cache_store (cache, small, "\"old\"", "https://example.org/", &error))
    {
      g_printerr ("the first store failed: %s\n", error->message);
      return 2;
    }
  g_file_get_contents (path, &before, &before_len, NULL);

  /* The disk fills up while writing */
  if (cg_cache_store (cache, big, "\"new\"", "https://example.org/", &error))
    {
      g_printerr ("the store on a full disk succeeded\n");
      return 3;
    }
  if (strstr (error->message, "No space left") == NULL)
    {
      g_printerr ("unexpected error: %s\n", error->message);
      return 4;
    }

  g_file_get_contents (path, &after, &after_len, NULL);
  if (after == NULL || before_len != after_len || memcmp (before, after, before_len) != 0)
    {
      g_printerr ("the old cache changed\n");
      return 5;
    }
  if (count_files (cache_dir) != 2)
    {
      g_printerr ("a temporary file was left behind (%u files)\n", count_files (cache_dir));
      return 6;
    }
  {
    g_autofree char *etag = cg_cache_get_etag (cache, "https://example.org/");
    if (g_strcmp0 (etag, "\"old\"") != 0)
      {
        g_printerr ("the ETag changed\n");
        return 7;
      }
  }
  return 0;
}

/* Runs this program's @child_flag code in a private mount namespace, on a
 * 64 KiB tmpfs mounted at a new folder; FALSE (the test skipped) where
 * that is not permitted. */
static void
run_in_private_tmpfs (const char *child_flag)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *script = g_strdup_printf ("mount -t tmpfs -o size=64k tmpfs '%s' && "
                                             "exec '%s' %s '%s'", dir, self, child_flag, dir);
  const char *argv[] = { "unshare", "-rm", "sh", "-c", script, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err,
                     &status, &error) ||
      (WIFEXITED (status) && WEXITSTATUS (status) == 1 && strstr (err, "unshare") != NULL) ||
      (WIFEXITED (status) && WEXITSTATUS (status) == 32))
    {
      g_test_skip ("a private tmpfs is not permitted here (unshare -rm)");
      remove_tree (dir);
      return;
    }

  if (!g_spawn_check_wait_status (status, &error))
    g_error ("%s child: %s: %s", child_flag, error->message, err);
  remove_tree (dir);
}

static void
test_full_disk (void)
{
  run_in_private_tmpfs ("--enospc-child");
}

/* On a read-only folder: a damaged cache can be neither moved nor removed,
 * and the warning must say so, not "has been set aside" */
static int
read_only_child (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "catalog.json", NULL);
  g_autoptr(CgCache) cache = cg_cache_new (dir);
  g_autoptr(CgCatalog) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *remount = g_strdup_printf ("mount -o remount,ro '%s'", dir);
  int status;

  if (!g_file_set_contents (path, "{\"damaged\":", -1, NULL) ||
      !g_spawn_command_line_sync (remount, NULL, NULL, &status, NULL) || status != 0)
    {
      g_printerr ("could not make the read-only folder\n");
      return 2;
    }

  if (cg_cache_load (cache, &loaded, &error) || loaded != NULL)
    {
      g_printerr ("a damaged cache loaded\n");
      return 3;
    }
  if (strstr (error->message, "set aside as") != NULL ||
      strstr (error->message, "could not be set aside or removed (Read-only file system)") == NULL)
    {
      g_printerr ("the warning does not say what happened: %s\n", error->message);
      return 4;
    }
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_printerr ("the damaged file is gone\n");
      return 5;
    }
  return 0;
}

static void
test_read_only (void)
{
  run_in_private_tmpfs ("--read-only-child");
}

/* One refresh while the clock said 2099 stamped the cache 2099; with the
 * clock right again it shadowed every newer catalog */
static void
test_future_date (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *future = catalog_dated ("2099-01-01");
  g_autoptr(GBytes) bytes = g_bytes_new_static (future, strlen (future));
  g_autoptr(CgCache) cache = cg_cache_new (dir);
  g_autoptr(CgCatalog) base = bundled ();
  g_autoptr(CgCatalog) chosen = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *etag = NULL;

  g_assert_true (cg_cache_store (cache, bytes, "\"v\"", "https://example.org/", &error));
  g_assert_no_error (error);

  chosen = cg_cache_choose_catalog (cache, base, &error);
  g_assert_true (chosen == base);
  g_assert_error (error, CG_CACHE_ERROR, CG_CACHE_ERROR_DAMAGED);
  g_assert_nonnull (strstr (error->message, "dated 2099-01-01, after today"));
  /* Nor does its ETag make the server answer "not modified" */
  etag = cg_cache_get_etag (cache, "https://example.org/");
  g_assert_null (etag);

  remove_tree (dir);
}

static void
touch_old (const char *path)
{
  struct timespec times[2] = { { 1000000000, 0 }, { 1000000000, 0 } };

  g_assert_cmpint (utimensat (AT_FDCWD, path, times, AT_SYMLINK_NOFOLLOW), ==, 0);
}

/* Killing the app during a cache write left 12 MB catalog.json.XXXXXX
 * files forever */
static void
test_stale_temporaries (void)
{
  static const char * const stale[] = { "catalog.json.Ab12Cd", "catalog.ini.XyZ987" };
  static const char * const kept[] = { "catalog.json.damaged", "catalog.json.Ab12Cde",
                                       "notes.json.Ab12Cd", "catalog.json.A-12Cd" };
  g_autofree char *dir = make_dir ();
  g_autofree char *cache_dir = g_build_filename (dir, "cncf-guide", NULL);
  g_autofree char *fresh = g_build_filename (cache_dir, "catalog.json.Fresh1", NULL);
  g_autofree char *link = g_build_filename (cache_dir, "catalog.json.LnK123", NULL);
  g_autofree char *folder = g_build_filename (cache_dir, "catalog.json.Dir123", NULL);
  g_autofree char *victim = g_build_filename (dir, "victim", NULL);
  g_autoptr(CgCache) cache = cg_cache_new (cache_dir);
  g_autoptr(CgCatalog) base = bundled ();
  g_autoptr(CgCatalog) chosen = NULL;

  g_assert_cmpint (g_mkdir (cache_dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (victim, "precious", -1, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (stale); i++)
    {
      g_autofree char *path = g_build_filename (cache_dir, stale[i], NULL);

      g_assert_true (g_file_set_contents (path, "{\"half", -1, NULL));
      touch_old (path);
    }
  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    {
      g_autofree char *path = g_build_filename (cache_dir, kept[i], NULL);

      g_assert_true (g_file_set_contents (path, "x", -1, NULL));
      touch_old (path);
    }
  /* Another instance's write in progress */
  g_assert_true (g_file_set_contents (fresh, "{\"half", -1, NULL));
  g_assert_cmpint (symlink (victim, link), ==, 0);
  touch_old (link);
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  touch_old (folder);

  /* At start */
  chosen = cg_cache_choose_catalog (cache, base, NULL);
  g_assert_true (chosen == base);

  for (guint i = 0; i < G_N_ELEMENTS (stale); i++)
    {
      g_autofree char *path = g_build_filename (cache_dir, stale[i], NULL);
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
    }
  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    {
      g_autofree char *path = g_build_filename (cache_dir, kept[i], NULL);
      g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
    }
  g_assert_true (g_file_test (fresh, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));
  g_assert_true (g_file_test (victim, G_FILE_TEST_EXISTS));

  remove_tree (dir);
}

/* A cache folder or file that is a link to elsewhere is never read */
static void
test_symlinks_never_read (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *outside = g_build_filename (dir, "outside", NULL);
  g_autofree char *outside_catalog = g_build_filename (outside, "catalog.json", NULL);
  g_autofree char *outside_meta = g_build_filename (outside, "meta.ini", NULL);
  g_autofree char *link = g_build_filename (dir, "linked", NULL);
  g_autofree char *plain = g_build_filename (dir, "plain", NULL);
  g_autofree char *meta_link = g_build_filename (plain, "catalog.ini", NULL);
  g_autoptr(CgCache) linked = cg_cache_new (link);
  g_autoptr(CgCache) cache = cg_cache_new (plain);
  g_autoptr(GBytes) bytes = g_bytes_new_static (small_catalog, strlen (small_catalog));
  g_autoptr(CgCatalog) loaded = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (outside, 0700), ==, 0);
  g_assert_true (g_file_set_contents (outside_catalog, small_catalog, -1, NULL));
  g_assert_true (g_file_set_contents (outside_meta, "[cache]\nsource=https://example.org/\n"
                                      "etag=\"planted\"\n", -1, NULL));

  /* The folder is a link */
  g_assert_cmpint (symlink (outside, link), ==, 0);
  g_assert_false (cg_cache_load (linked, &loaded, &error));
  g_assert_null (loaded);
  g_assert_error (error, CG_CACHE_ERROR, CG_CACHE_ERROR_UNSAFE);
  g_assert_true (g_file_test (outside_catalog, G_FILE_TEST_IS_REGULAR));
  g_clear_error (&error);

  /* The details file is a link: its ETag is not used */
  g_assert_true (cg_cache_store (cache, bytes, "\"own\"", "https://example.org/", &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_unlink (meta_link), ==, 0);
  g_assert_cmpint (symlink (outside_meta, meta_link), ==, 0);
  g_assert_null (cg_cache_get_etag (cache, "https://example.org/"));
  g_assert_null (cg_cache_get_source (cache));

  remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  small_catalog = catalog_dated (today);
  if (argc == 3 && g_str_equal (argv[1], "--enospc-child"))
    return enospc_child (argv[2]);
  if (argc == 3 && g_str_equal (argv[1], "--read-only-child"))
    return read_only_child (argv[2]);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cache/round-trip", test_round_trip);
  for (guint i = 0; i < G_N_ELEMENTS (damages); i++)
    {
      g_autofree char *path = g_strdup_printf ("/cache/damaged/%s", damages[i].name);
      g_test_add_data_func (path, &damages[i], test_damaged);
    }
  g_test_add_func ("/cache/unwritable", test_unwritable);
  g_test_add_func ("/cache/symlinked-folder", test_symlinked_folder);
  g_test_add_func ("/cache/symlinked-file", test_symlinked_file);
  g_test_add_func ("/cache/full-disk", test_full_disk);
  g_test_add_func ("/cache/read-only", test_read_only);
  g_test_add_func ("/cache/future-date", test_future_date);
  g_test_add_func ("/cache/stale-temporaries", test_stale_temporaries);
  g_test_add_func ("/cache/symlinks-never-read", test_symlinks_never_read);

  return g_test_run ();
}
