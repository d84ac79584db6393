/* test-github.c: the GitHub client against a server this test starts on
 * 127.0.0.1
 *
 * The server plays GitHub: /repos/OWNER/REPO and /repos/OWNER/REPO/issues,
 * answering by REPO (see server_cb), from fixtures in the shape of the
 * GitHub REST API reference (tests/data/github-*.json). It counts every
 * request, so a test can assert that nothing was sent.
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "cg-github.h"
#include "cg-test-server.h"
#include "cg-test-util.h"
#include "test-github.h"

static GTlsCertificate *certificate;
static GTlsDatabase *database;
static SoupServer *server;
static guint16 port;
static char *tmpdir;
static char *issues_fixture;
static char *repository_fixture;

/* What the server saw */
static gint n_requests;
static gint n_bodies;
static char *last_query;
static SoupMessageHeaders *last_headers;
static gint64 reset_sent;
static gboolean failing;

/* ---- the server -------------------------------------------------------- */

/* A fixture, its example-org/example-repo made OWNER/REPO */
static void
respond_fixture (SoupServerMessage *msg,
                 const char        *fixture,
                 const char        *owner,
                 const char        *repo)
{
  g_autofree char *full = g_strdup_printf ("%s/%s", owner, repo);
  g_autoptr(GString) body = g_string_new (fixture);

  g_string_replace (body, "example-org/example-repo", full, 0);
  g_atomic_int_inc (&n_bodies);
  cg_test_respond (msg, 200, "application/json; charset=utf-8", body->str);
}

typedef struct
{
  SoupServerMessage *msg;
  guint              id;
} Drip;

static gboolean
drip_cb (gpointer data)
{
  Drip *drip = data;

  soup_message_body_append (soup_server_message_get_response_body (drip->msg),
                            SOUP_MEMORY_STATIC, " ", 1);
  soup_server_message_unpause (drip->msg);
  return G_SOURCE_CONTINUE;
}

static void
drip_finished_cb (SoupServerMessage *msg,
                  gpointer           data)
{
  Drip *drip = data;

  g_clear_handle_id (&drip->id, g_source_remove);
  g_free (drip);
}

static void
server_cb (SoupServer        *soup_server,
           SoupServerMessage *msg,
           const char        *path,
           GHashTable        *query,
           gpointer           user_data)
{
  SoupMessageHeaders *req = soup_server_message_get_request_headers (msg);
  SoupMessageHeaders *resp = soup_server_message_get_response_headers (msg);
  g_auto(GStrv) parts = g_strsplit (path, "/", 0);
  guint n = g_strv_length (parts);
  const char *owner;
  const char *repo;
  gboolean issues;

  g_atomic_int_inc (&n_requests);
  g_clear_pointer (&last_headers, soup_message_headers_unref);
  last_headers = soup_message_headers_ref (req);
  g_free (last_query);
  last_query = g_strdup (g_uri_get_query (soup_server_message_get_uri (msg)));

  /* "", "repos", OWNER, REPO[, "issues"] */
  if (n < 4 || !g_str_equal (parts[1], "repos"))
    {
      cg_test_respond (msg, 404, "application/json", "{\"message\": \"Not Found\"}");
      return;
    }
  owner = parts[2];
  repo = parts[3];
  issues = n == 5 && g_str_equal (parts[4], "issues");

  if (failing)
    {
      cg_test_respond (msg, 502, "application/json", "{\"message\": \"Server Error\"}");
      return;
    }

  soup_message_headers_replace (resp, "x-ratelimit-limit", "60");
  soup_message_headers_replace (resp, "x-ratelimit-remaining", "42");
  soup_message_headers_replace (resp, "x-ratelimit-reset", "2000000000");

  if (g_str_equal (repo, "ok") || g_str_equal (repo, "label") || g_str_equal (repo, "helm"))
    {
      const char *etag = soup_message_headers_get_one (req, "If-None-Match");

      soup_message_headers_replace (resp, "ETag", "W/\"e1\"");
      if (g_strcmp0 (etag, "W/\"e1\"") == 0)
        soup_server_message_set_status (msg, SOUP_STATUS_NOT_MODIFIED, NULL);
      else
        respond_fixture (msg, issues ? issues_fixture : repository_fixture, owner, repo);
    }
  else if (g_str_equal (repo, "limited"))
    {
      g_autofree char *reset = g_strdup_printf ("%" G_GINT64_FORMAT, reset_sent);

      soup_message_headers_replace (resp, "x-ratelimit-remaining", "0");
      soup_message_headers_replace (resp, "x-ratelimit-reset", reset);
      cg_test_respond (msg, 403, "application/json",
               "{\"message\": \"API rate limit exceeded for 127.0.0.1.\", "
               "\"documentation_url\": \"https://docs.github.com/rest/overview/rate-limits-for-the-rest-api\"}");
    }
  else if (g_str_equal (repo, "pause"))
    {
      soup_message_headers_replace (resp, "retry-after", "120");
      cg_test_respond (msg, 429, "application/json",
               "{\"message\": \"You have exceeded a secondary rate limit.\"}");
    }
  else if (g_str_equal (repo, "forbidden"))
    cg_test_respond (msg, 403, "application/json", "{\"message\": \"Repository access blocked\"}");
  else if (g_str_equal (repo, "renamed"))
    {
      g_autofree char *to = g_strdup_printf ("https://127.0.0.1:%u/repos/%s/ok%s", port, owner,
                                             issues ? "/issues?state=open" : "");
      soup_message_headers_replace (resp, "Location", to);
      cg_test_respond (msg, 301, "application/json", "{\"message\": \"Moved Permanently\"}");
    }
  else if (g_str_equal (repo, "moved-away"))
    {
      g_autofree char *to = g_strdup_printf ("https://localhost:%u/repos/%s/ok", port, owner);
      soup_message_headers_replace (resp, "Location", to);
      cg_test_respond (msg, 301, "application/json", "{\"message\": \"Moved Permanently\"}");
    }
  else if (g_str_equal (repo, "html"))
    cg_test_respond (msg, 200, "text/html", "<!doctype html><html><body>Unicorn!</body></html>");
  else if (g_str_equal (repo, "invalid"))
    cg_test_respond (msg, 200, "application/json", "[{\"number\": 1,]");
  else if (g_str_equal (repo, "deep"))
    {
      g_autofree char *deep = g_strnfill (100000, '[');
      cg_test_respond (msg, 200, "application/json", deep);
    }
  else if (g_str_equal (repo, "big"))
    {
      g_autofree char *big = g_strnfill (3 * 1024 * 1024, ' ');
      big[0] = '[';
      big[3 * 1024 * 1024 - 1] = ']';
      cg_test_respond (msg, 200, "application/json", big);
    }
  else if (g_str_equal (repo, "drip"))
    {
      Drip *drip = g_new0 (Drip, 1);

      soup_message_headers_set_encoding (resp, SOUP_ENCODING_CHUNKED);
      soup_message_headers_set_content_type (resp, "application/json", NULL);
      soup_server_message_set_status (msg, 200, NULL);
      soup_message_body_append (soup_server_message_get_response_body (msg),
                                SOUP_MEMORY_STATIC, "[", 1);
      drip->msg = msg;
      drip->id = g_timeout_add (300, drip_cb, drip);
      g_signal_connect (msg, "finished", G_CALLBACK (drip_finished_cb), drip);
    }
  else if (g_str_equal (repo, "hostile") || g_str_equal (repo, "elsewhere") ||
           g_str_equal (repo, "nul"))
    {
      g_autofree char *body = test_github_special_issues (repo, owner);
      g_atomic_int_inc (&n_bodies);
      cg_test_respond (msg, 200, "application/json", body);
    }
  else
    cg_test_respond (msg, 404, "application/json", "{\"message\": \"Not Found\"}");
}

/* ---- running a look-up ------------------------------------------------- */

void
outcome_clear (Outcome *outcome)
{
  g_clear_pointer (&outcome->answer, cg_github_answer_free);
  g_clear_error (&outcome->error);
  outcome->done = FALSE;
}

static void
fetched_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Outcome *outcome = user_data;

  outcome->answer = cg_github_fetch_finish (CG_GITHUB (source), result, &outcome->error);
  outcome->done = TRUE;
}

char *
test_github_cache_dir (void)
{
  static guint counter;
  return g_strdup_printf ("%s/cache-%u/github", tmpdir, ++counter);
}

char *
test_github_api_url (void)
{
  return g_strdup_printf ("https://127.0.0.1:%u", port);
}

CgGithub *
test_github_new (const char *cache_dir)
{
  CgGithub *github = cg_github_new (cache_dir);
  g_autofree char *api = test_github_api_url ();

  cg_github_set_tls_database (github, database);
  cg_github_set_api_url (github, api);
  cg_github_set_network_monitor (github, NULL);
  /* Generous: a slow machine or a sanitizer build still answers in time */
  cg_github_set_deadline (github, cg_test_seconds (15));
  return github;
}

void
test_github_issues (CgGithub   *github,
                    const char *repo,
                    const char *label,
                    Outcome    *outcome)
{
  outcome_clear (outcome);
  cg_github_issues_async (github, "example-org", repo, label, NULL, fetched_cb, outcome);
  cg_test_wait (&outcome->done);
}

void
test_github_repository (CgGithub   *github,
                        const char *repo,
                        Outcome    *outcome)
{
  outcome_clear (outcome);
  cg_github_repository_async (github, "example-org", repo, NULL, fetched_cb, outcome);
  cg_test_wait (&outcome->done);
}

guint
test_github_requests (void)
{
  return (guint) g_atomic_int_get (&n_requests);
}

guint
test_github_bodies (void)
{
  return (guint) g_atomic_int_get (&n_bodies);
}

const char *
test_github_last_query (void)
{
  return last_query;
}

SoupMessageHeaders *
test_github_last_headers (void)
{
  return last_headers;
}

void
test_github_set_failing (gboolean fail)
{
  failing = fail;
}

void
test_github_set_reset (gint64 reset)
{
  reset_sent = reset;
}

GTlsDatabase *
test_github_tls_database (void)
{
  return database;
}

const char *
test_github_tmpdir (void)
{
  return tmpdir;
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);

  if (!cg_test_tls_load (&certificate, &database))
    return 77;

  issues_fixture = cg_test_read_data ("github-issues.json", NULL);
  repository_fixture = cg_test_read_data ("github-repository.json", NULL);
  tmpdir = g_dir_make_tmp ("cg-test-github-XXXXXX", NULL);

  server = soup_server_new ("tls-certificate", certificate, NULL);
  soup_server_add_handler (server, NULL, server_cb, NULL, NULL);
  port = cg_test_server_start (server);

  test_github_add_answer_tests ();
  test_github_add_limit_tests ();

  ret = g_test_run ();

  soup_server_disconnect (server);
  g_clear_object (&server);
  cg_test_remove_tree (tmpdir);
  return ret;
}
