/* test-github-limits.c: the cache, GitHub's rate limits, offline, the
 * setting, and the command line
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "cg-test-server.h"
#include "test-github.h"

static char *
local_time (gint64 unix_time)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_local (unix_time);
  return g_date_time_format (time, "%H:%M");
}

static void
test_not_modified (void)
{
  g_autofree char *dir = test_github_cache_dir ();
  g_autoptr(CgGithub) github = test_github_new (dir);
  g_autoptr(CgGithub) later = NULL;
  g_auto(Outcome) outcome = { 0 };
  guint bodies;

  test_github_issues (github, "ok", NULL, &outcome);
  g_assert_no_error (outcome.error);
  bodies = test_github_bodies ();

  /* A revisit, even from a new start: If-None-Match, a 304, the cache */
  later = test_github_new (dir);
  test_github_issues (later, "ok", NULL, &outcome);
  g_assert_no_error (outcome.error);
  g_assert_cmpstr (soup_message_headers_get_one (test_github_last_headers (), "If-None-Match"),
                   ==, "W/\"e1\"");
  g_assert_cmpuint (test_github_bodies (), ==, bodies);
  g_assert_false (outcome.answer->from_cache);
  g_assert_cmpuint (outcome.answer->issues->len, ==, 3);
  g_assert_cmpstr (((CgGithubIssue *) outcome.answer->issues->pdata[0])->title, ==,
                   "Document the --dry-run flag");

  /* The same for the repository */
  test_github_repository (later, "ok", &outcome);
  test_github_repository (later, "ok", &outcome);
  g_assert_no_error (outcome.error);
  g_assert_cmpuint (test_github_bodies (), ==, bodies + 1);
  g_assert_cmpuint (outcome.answer->repository->stars, ==, 23456);

  /* Another label is another answer: no If-None-Match */
  test_github_issues (later, "ok", "help wanted", &outcome);
  g_assert_null (soup_message_headers_get_one (test_github_last_headers (), "If-None-Match"));
}

static void
test_rate_limited (void)
{
  g_autofree char *dir = test_github_cache_dir ();
  g_autoptr(CgGithub) github = test_github_new (dir);
  g_autoptr(CgGithub) restarted = NULL;
  g_auto(Outcome) outcome = { 0 };
  gint64 reset = g_get_real_time () / G_USEC_PER_SEC + 600;
  g_autofree char *time = local_time (reset);
  g_autofree char *message = g_strdup_printf ("GitHub allows 60 look-ups an hour without an "
                                              "account; try again after %s", time);
  guint requests;

  /* A cached answer first, to be shown while limited */
  test_github_issues (github, "ok", NULL, &outcome);
  g_assert_no_error (outcome.error);

  test_github_set_reset (reset);
  test_github_repository (github, "limited", &outcome);
  g_assert_error (outcome.error, CG_GITHUB_ERROR, CG_GITHUB_ERROR_RATE_LIMITED);
  g_assert_cmpstr (outcome.error->message, ==, message);
  g_assert_cmpint (cg_github_get_blocked_until (github), ==, reset);
  requests = test_github_requests ();

  /* Until the reset, nothing is sent: the cache answers, or the reason */
  test_github_issues (github, "ok", NULL, &outcome);
  g_assert_no_error (outcome.error);
  g_assert_true (outcome.answer->from_cache);
  g_assert_cmpstr (outcome.answer->stale_reason, ==, message);
  g_assert_cmpuint (outcome.answer->issues->len, ==, 3);
  test_github_repository (github, "ok", &outcome);
  g_assert_error (outcome.error, CG_GITHUB_ERROR, CG_GITHUB_ERROR_RATE_LIMITED);

  /* ... not after a restart either */
  restarted = test_github_new (dir);
  g_assert_cmpint (cg_github_get_blocked_until (restarted), ==, reset);
  test_github_repository (restarted, "ok", &outcome);
  g_assert_error (outcome.error, CG_GITHUB_ERROR, CG_GITHUB_ERROR_RATE_LIMITED);
  g_assert_cmpuint (test_github_requests (), ==, requests);
}

static void
test_secondary_limit (void)
{
  g_autofree char *dir = test_github_cache_dir ();
  g_autoptr(CgGithub) github = test_github_new (dir);
  g_auto(Outcome) outcome = { 0 };
  gint64 before = g_get_real_time () / G_USEC_PER_SEC;
  gint64 until;
  g_autofree char *time = NULL;
  g_autofree char *message = NULL;
  guint requests;

  test_github_issues (github, "pause", NULL, &outcome);
  g_assert_error (outcome.error, CG_GITHUB_ERROR, CG_GITHUB_ERROR_RATE_LIMITED);
  until = cg_github_get_blocked_until (github);
  g_assert_cmpint (until, >=, before + 120);
  g_assert_cmpint (until, <=, g_get_real_time () / G_USEC_PER_SEC + 120);
  time = local_time (until);
  message = g_strdup_printf ("GitHub asked for a pause; try again after %s", time);
  g_assert_cmpstr (outcome.error->message, ==, message);

  requests = test_github_requests ();
  test_github_issues (github, "ok", NULL, &outcome);
  g_assert_error (outcome.error, CG_GITHUB_ERROR, CG_GITHUB_ERROR_RATE_LIMITED);
  g_assert_cmpuint (test_github_requests (), ==, requests);
}

static void
test_offline (void)
{
  g_autofree char *dir = test_github_cache_dir ();
  g_autoptr(CgGithub) github = test_github_new (dir);
  g_autoptr(GNetworkMonitor) monitor = cg_test_offline_monitor_new ();
  g_auto(Outcome) outcome = { 0 };
  guint requests;

  g_assert_false (g_network_monitor_get_network_available (monitor));

  /* Online once, for the cache */
  test_github_issues (github, "ok", NULL, &outcome);
  g_assert_no_error (outcome.error);
  requests = test_github_requests ();

  cg_github_set_network_monitor (github, monitor);
  test_github_issues (github, "ok", NULL, &outcome);
  g_assert_no_error (outcome.error);
  g_assert_true (outcome.answer->from_cache);
  g_assert_cmpstr (outcome.answer->stale_reason, ==, "You are offline");
  g_assert_cmpuint (outcome.answer->issues->len, ==, 3);

  /* Without a cache: the reason */
  test_github_repository (github, "ok", &outcome);
  g_assert_error (outcome.error, CG_GITHUB_ERROR, CG_GITHUB_ERROR_OFFLINE);
  g_assert_cmpstr (outcome.error->message, ==, "You are offline");
  g_assert_cmpuint (test_github_requests (), ==, requests);
}

static void
test_disabled (void)
{
  g_autofree char *dir = test_github_cache_dir ();
  g_autoptr(CgGithub) github = test_github_new (dir);
  g_auto(Outcome) outcome = { 0 };
  guint requests = test_github_requests ();

  cg_github_set_enabled (github, FALSE);
  test_github_issues (github, "ok", NULL, &outcome);
  g_assert_error (outcome.error, CG_GITHUB_ERROR, CG_GITHUB_ERROR_DISABLED);
  test_github_repository (github, "ok", &outcome);
  g_assert_error (outcome.error, CG_GITHUB_ERROR, CG_GITHUB_ERROR_DISABLED);
  g_assert_cmpuint (test_github_requests (), ==, requests);
  g_assert_false (g_file_test (dir, G_FILE_TEST_EXISTS));
}

static void
test_stale_on_failure (void)
{
  g_autofree char *dir = test_github_cache_dir ();
  g_autoptr(CgGithub) github = test_github_new (dir);
  g_auto(Outcome) outcome = { 0 };

  test_github_issues (github, "ok", NULL, &outcome);
  g_assert_no_error (outcome.error);

  /* GitHub fails: the last answer, with the reason */
  test_github_set_failing (TRUE);
  test_github_issues (github, "ok", NULL, &outcome);
  test_github_set_failing (FALSE);
  g_assert_no_error (outcome.error);
  g_assert_true (outcome.answer->from_cache);
  g_assert_cmpstr (outcome.answer->stale_reason, ==, "GitHub answered 502");
  g_assert_cmpuint (outcome.answer->issues->len, ==, 3);

  /* Without a cache: the reason */
  test_github_set_failing (TRUE);
  test_github_repository (github, "ok", &outcome);
  test_github_set_failing (FALSE);
  g_assert_error (outcome.error, CG_GITHUB_ERROR, CG_GITHUB_ERROR_HTTP_STATUS);
  g_assert_cmpstr (outcome.error->message, ==, "GitHub answered 502");
}

static void
cancelled_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  Outcome *outcome = user_data;

  outcome->answer = cg_github_fetch_finish (CG_GITHUB (source), result, &outcome->error);
  outcome->done = TRUE;
}

static gboolean
cancel_cb (gpointer data)
{
  g_cancellable_cancel (data);
  return G_SOURCE_REMOVE;
}

/* The page switches away mid-request */
static void
test_cancel (void)
{
  g_autofree char *dir = test_github_cache_dir ();
  g_autoptr(CgGithub) github = test_github_new (dir);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_auto(Outcome) outcome = { 0 };

  cg_github_set_deadline (github, 30);
  cg_github_issues_async (github, "example-org", "drip", NULL, cancellable, cancelled_cb,
                          &outcome);
  g_timeout_add (400, cancel_cb, cancellable);
  cg_test_wait (&outcome.done);
  g_assert_error (outcome.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (outcome.answer);
}

static void
test_cache_links_refused (void)
{
  g_autofree char *dir = test_github_cache_dir ();
  g_autofree char *other = g_strconcat (dir, "-other", NULL);
  g_autoptr(CgGithub) github = test_github_new (other);
  g_autoptr(CgGithub) linked = NULL;
  g_autofree char *file = NULL;
  g_autofree char *target = NULL;
  g_auto(Outcome) outcome = { 0 };

  /* A good answer cached elsewhere, and a link to it where ours would be */
  test_github_issues (github, "ok", NULL, &outcome);
  g_assert_no_error (outcome.error);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  target = g_build_filename (other, "example-org+ok.issues.json", NULL);
  file = g_build_filename (dir, "example-org+ok.issues.json", NULL);
  g_assert_true (g_file_test (target, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (symlink (target, file), ==, 0);

  linked = test_github_new (dir);
  test_github_issues (linked, "ok", NULL, &outcome);
  g_assert_no_error (outcome.error);
  /* Not read: no If-None-Match; the link was replaced by a plain file */
  g_assert_null (soup_message_headers_get_one (test_github_last_headers (), "If-None-Match"));
  g_assert_false (g_file_test (file, G_FILE_TEST_IS_SYMLINK));
  g_assert_true (g_file_test (file, G_FILE_TEST_IS_REGULAR));
}

typedef struct
{
  gboolean  done;
  char    **out;
  char    **err;
} Communication;

static void
communicated_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  Communication *c = user_data;

  g_assert_true (g_subprocess_communicate_utf8_finish (G_SUBPROCESS (source), result,
                                                       c->out, c->err, NULL));
  c->done = TRUE;
}

/* Runs `cncf-guide --issues ID`; the test's server answers meanwhile. */
static void
run_cli_args (GSubprocessLauncher *launcher,
              const char * const  *args,
              int                  status,
              char               **out,
              char               **err);

static void
run_cli (GSubprocessLauncher *launcher,
         const char          *id,
         int                  status,
         char               **out,
         char               **err)
{
  const char *args[] = { "--issues", id, NULL };

  run_cli_args (launcher, args, status, out, err);
}

static void
run_cli_args (GSubprocessLauncher *launcher,
              const char * const  *args,
              int                  status,
              char               **out,
              char               **err)
{
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  Communication c = { FALSE, out, err };

  {
    g_autoptr(GPtrArray) argv = g_ptr_array_new ();

    g_ptr_array_add (argv, (gpointer) g_getenv ("CG_BINARY"));
    for (guint i = 0; args[i] != NULL; i++)
      g_ptr_array_add (argv, (gpointer) args[i]);
    g_ptr_array_add (argv, NULL);
    process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  }
  g_assert_no_error (error);
  g_subprocess_communicate_utf8_async (process, NULL, NULL, communicated_cb, &c);
  cg_test_wait (&c.done);
  g_subprocess_wait (process, NULL, NULL);
  g_assert_cmpint (g_subprocess_get_exit_status (process), ==, status);
}

static void
write_settings (const char *config,
                const char *api,
                gboolean    lookups)
{
  g_autofree char *settings_dir = g_build_filename (config, "glib-2.0", "settings", NULL);
  g_autofree char *keyfile = g_build_filename (settings_dir, "keyfile", NULL);
  g_autofree char *text = g_strdup_printf ("[io/github/cncf_guide/ContributorGuide]\n"
                                           "github-api-url='%s'\n"
                                           "github-lookups=%s\n",
                                           api, lookups ? "true" : "false");

  g_mkdir_with_parents (settings_dir, 0700);
  g_assert_true (g_file_set_contents (keyfile, text, -1, NULL));
}

/* --issues: from the cache when GitHub cannot be asked; one line each */
static void
test_command_line (void)
{
  g_autofree char *home = g_build_filename (test_github_tmpdir (), "cli-cache", NULL);
  g_autofree char *config = g_build_filename (test_github_tmpdir (), "cli-config", NULL);
  g_autofree char *dir = g_build_filename (home, "cncf-guide", "github", NULL);
  g_autofree char *api = test_github_api_url ();
  g_autoptr(CgGithub) github = test_github_new (dir);
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (
    G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_auto(Outcome) outcome = { 0 };
  guint requests;

  /* helm/helm, as the catalog says, cached from our server */
  cg_github_issues_async (github, "helm", "helm", NULL, NULL, NULL, NULL);
  {
    gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
    g_autofree char *file = g_build_filename (dir, "helm+helm.issues.json", NULL);

    while (!g_file_test (file, G_FILE_TEST_EXISTS))
      {
        g_assert_cmpint (g_get_monotonic_time (), <, deadline);
        g_main_context_iteration (NULL, TRUE);
      }
  }

  g_subprocess_launcher_setenv (launcher, "XDG_CACHE_HOME", home, TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_CONFIG_HOME", config, TRUE);
  g_subprocess_launcher_setenv (launcher, "GSETTINGS_BACKEND", "keyfile", TRUE);
  g_subprocess_launcher_setenv (launcher, "LANGUAGE", "C", TRUE);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  g_subprocess_launcher_setenv (launcher, "GIO_USE_NETWORK_MONITOR", "base", TRUE);
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");

  /* The binary does not trust the test authority: GitHub "fails", the
   * cache answers */
  write_settings (config, api, TRUE);
  {
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;

    run_cli (launcher, "helm", 0, &out, &err);
    g_assert_cmpstr (out, ==,
                     "1347\tDocument the --dry-run flag\t2026-11-26T17:45:12Z\t"
                     "https://github.com/helm/helm/issues/1347\n"
                     "1288\tTypo in the error for a missing config file\t2026-11-20T06:30:00Z\t"
                     "https://github.com/helm/helm/issues/1288\n"
                     "1101\tAdd a test for the empty catalog\t2026-10-02T11:00:00Z\t"
                     "https://github.com/helm/helm/issues/1101\n");
    if (!g_str_has_prefix (err, "cncf-guide: The server’s identity could not be verified; "
                                "the issues as of "))
      g_error ("stderr: %s", err);
    g_assert_true (g_str_has_prefix (err, "cncf-guide: The server’s identity could not be "
                                          "verified; the issues as of "));
  }

  /* The same as one JSON document */
  {
    const char *args[] = { "--issues", "helm", "--format", "json", NULL };
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;
    g_autoptr(JsonParser) parser = json_parser_new ();
    JsonObject *root;
    JsonObject *first;
    g_autoptr(GError) error = NULL;

    run_cli_args (launcher, args, 0, &out, &err);
    g_assert_true (json_parser_load_from_data (parser, out, -1, &error));
    g_assert_no_error (error);
    root = json_node_get_object (json_parser_get_root (parser));
    g_assert_cmpstr (json_object_get_string_member (root, "project"), ==, "helm");
    g_assert_cmpstr (json_object_get_string_member (root, "repository"), ==, "helm/helm");
    g_assert_cmpstr (json_object_get_string_member (root, "label"), ==, "good first issue");
    g_assert_true (json_object_get_boolean_member (root, "from_cache"));
    g_assert_cmpstr (json_object_get_string_member (root, "stale_reason"), ==,
                     "The server’s identity could not be verified");
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "issues")), ==, 3);
    first = json_array_get_object_element (json_object_get_array_member (root, "issues"), 0);
    g_assert_cmpint (json_object_get_int_member (first, "number"), ==, 1347);
    g_assert_cmpstr (json_object_get_string_member (first, "url"), ==,
                     "https://github.com/helm/helm/issues/1347");
    g_assert_cmpint (json_object_get_int_member (first, "comments"), ==, 4);
    g_assert_false (json_object_get_boolean_member (first, "assigned"));
  }

  /* The setting off: nothing sent, one line, exit 1 */
  write_settings (config, api, FALSE);
  requests = test_github_requests ();
  {
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;

    run_cli (launcher, "helm", 1, &out, &err);
    g_assert_cmpstr (out, ==, "");
    g_assert_cmpstr (err, ==,
                     "cncf-guide: the issues were not looked up: GitHub look-ups are turned off\n");
  }
  g_assert_cmpuint (test_github_requests (), ==, requests);

  /* No cache, nobody there: the reason, exit 1 */
  write_settings (config, "https://127.0.0.1:1", TRUE);
  {
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;

    run_cli (launcher, "helm", 1, &out, &err);
    g_assert_cmpstr (out, ==, "");
    g_assert_cmpstr (err, ==,
                     "cncf-guide: the issues were not looked up: The server could not be reached\n");
  }

  /* No such project */
  {
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;

    run_cli (launcher, "no-such-project", 1, &out, &err);
    g_assert_cmpstr (err, ==, "cncf-guide: no project with the id “no-such-project” (try --list)\n");
  }
  (void) outcome;
}

void
test_github_add_limit_tests (void)
{
  g_test_add_func ("/github/not-modified", test_not_modified);
  g_test_add_func ("/github/rate-limited", test_rate_limited);
  g_test_add_func ("/github/secondary-limit", test_secondary_limit);
  g_test_add_func ("/github/offline", test_offline);
  g_test_add_func ("/github/disabled", test_disabled);
  g_test_add_func ("/github/stale-on-failure", test_stale_on_failure);
  g_test_add_func ("/github/cancel", test_cancel);
  g_test_add_func ("/github/cache-links-refused", test_cache_links_refused);
  g_test_add_func ("/github/command-line", test_command_line);
}
