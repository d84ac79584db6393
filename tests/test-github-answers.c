/* test-github-answers.c: what GitHub answers, good and bad, and what is
 * made of it
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cg-test-server.h"
#include "cg-time.h"
#include "test-github.h"

#define ISSUE(owner, repo, n) \
  "\"html_url\": \"https://github.com/" owner "/" repo "/issues/" #n "\""

/* The answers built in code: hostile text, links elsewhere, a NUL */
char *
test_github_special_issues (const char *repo,
                            const char *owner)
{
  g_autoptr(GString) s = g_string_new ("[");
  g_autofree char *base = g_strdup_printf ("https://github.com/%s/%s/issues", owner, repo);

  if (g_str_equal (repo, "hostile"))
    {
      g_autofree char *long_title = g_strnfill (65535 - 100, 'A');

      g_string_append_printf (s,
        "{\"number\": 1, \"html_url\": \"%s/1\", \"updated_at\": \"2026-11-28T10:00:00Z\","
        " \"title\": \"<b>bold</b> &amp; <a href=\\\"https://evil.example\\\">click</a>\","
        " \"user\": {\"login\": \"evil\\u202euser\"},"
        " \"labels\": [{\"name\": \"good\\u200b first\\u2066 issue\"}, {\"name\": \"\\u200b\"}]},",
        base);
      g_string_append_printf (s,
        "{\"number\": 2, \"html_url\": \"%s/2\","
        " \"title\": \"\\u202eexe.txt\\u202c and\\u0007 bell\\ttab\\nnewline\\u200d\\u2028end\"},",
        base);
      g_string_append_printf (s, "{\"number\": 3, \"html_url\": \"%s/3\", \"title\": \"%s\"},",
                              base, long_title);
      g_string_append_printf (s, "{\"number\": 4, \"html_url\": \"%s/4\", \"title\": \" \\u200f \"}",
                              base);
    }
  else if (g_str_equal (repo, "elsewhere"))
    {
      g_string_append_printf (s,
        "{\"number\": 1, \"html_url\": \"https://evil.example/%s/%s/issues/1\"},"
        "{\"number\": 2, \"html_url\": \"https://github.com/other/repo/issues/2\"},"
        "{\"number\": 3, \"html_url\": \"http://github.com/%s/%s/issues/3\"},"
        "{\"number\": 4, \"html_url\": \"%s/5\"},"
        "{\"number\": 5, \"html_url\": \"%s/5?next=javascript:alert(1)\"},"
        "{\"number\": 6, \"html_url\": \"%s/6\", \"title\": \"Kept\"},"
        "{\"number\": \"7\", \"html_url\": \"%s/7\"},"
        "{\"number\": 8, \"html_url\": \"%s/8\", \"title\": [\"not\", \"text\"], \"comments\": \"9\"},"
        "{\"number\": 9, \"html_url\": 9},"
        "{\"number\": -10, \"html_url\": \"%s/-10\"},"
        "{\"number\": 11, \"html_url\": \"https://github.com/%s/%s/issues/11#\\u202e\"},"
        "{\"number\": 12, \"html_url\": \"%s/12\", \"pull_request\": {\"url\": \"x\"}},"
        "\"a string\", null, 12, [13]",
        owner, repo, owner, repo, base, base, base, base, base, base, owner, repo, base);
    }
  else
    g_string_append_printf (s, "{\"number\": 1, \"html_url\": \"%s/1\", \"title\": \"a\\u0000b\"}",
                            base);

  g_string_append (s, "]");
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static void
test_issues_ok (void)
{
  g_autofree char *dir = test_github_cache_dir ();
  g_autoptr(CgGithub) github = test_github_new (dir);
  g_auto(Outcome) outcome = { 0 };
  g_autofree char *agent = g_strdup_printf ("cncf-guide/%s", PACKAGE_VERSION);
  SoupMessageHeaders *headers;
  CgGithubIssue *issue;

  test_github_issues (github, "ok", NULL, &outcome);
  g_assert_no_error (outcome.error);
  g_assert_false (outcome.answer->from_cache);
  g_assert_null (outcome.answer->stale_reason);
  g_assert_nonnull (outcome.answer->fetched);

  /* The pull request #1350 is left out; GitHub's order is kept */
  g_assert_cmpuint (outcome.answer->issues->len, ==, 3);
  issue = outcome.answer->issues->pdata[0];
  g_assert_cmpuint (issue->number, ==, 1347);
  g_assert_cmpstr (issue->title, ==, "Document the --dry-run flag");
  g_assert_cmpstr (issue->url, ==, "https://github.com/example-org/ok/issues/1347");
  g_assert_cmpuint (issue->comments, ==, 4);
  g_assert_false (issue->assigned);
  g_assert_cmpstr (issue->author, ==, "octocat");
  g_assert_cmpstrv (issue->labels, ((const char *[]) { "good first issue", "kind/documentation", NULL }));
  {
    g_autofree char *updated = g_date_time_format_iso8601 (issue->updated);
    g_assert_cmpstr (updated, ==, "2026-11-26T17:45:12Z");
  }
  issue = outcome.answer->issues->pdata[1];
  g_assert_cmpuint (issue->number, ==, 1288);
  g_assert_true (issue->assigned);
  issue = outcome.answer->issues->pdata[2];
  g_assert_cmpuint (issue->number, ==, 1101);
  g_assert_cmpuint (issue->comments, ==, 12);

  /* The request GitHub asks for, without a token */
  g_assert_cmpstr (test_github_last_query (), ==,
                   "state=open&labels=good%20first%20issue&sort=updated&per_page=20");
  headers = test_github_last_headers ();
  g_assert_cmpstr (soup_message_headers_get_one (headers, "Accept"), ==,
                   "application/vnd.github+json");
  g_assert_cmpstr (soup_message_headers_get_one (headers, "X-GitHub-Api-Version"), ==,
                   "2022-11-28");
  g_assert_cmpstr (soup_message_headers_get_one (headers, "User-Agent"), ==, agent);
  g_assert_null (soup_message_headers_get_one (headers, "Authorization"));
  g_assert_null (soup_message_headers_get_one (headers, "If-None-Match"));
}

static void
test_label_encoded (void)
{
  g_autofree char *dir = test_github_cache_dir ();
  g_autoptr(CgGithub) github = test_github_new (dir);
  g_auto(Outcome) outcome = { 0 };

  test_github_issues (github, "label", "good first issue+C++ & more/kind?", &outcome);
  g_assert_no_error (outcome.error);
  g_assert_cmpstr (test_github_last_query (), ==,
                   "state=open&labels=good%20first%20issue%2BC%2B%2B%20%26%20more%2Fkind%3F"
                   "&sort=updated&per_page=20");
}

static void
test_repository_ok (void)
{
  g_autofree char *dir = test_github_cache_dir ();
  g_autoptr(CgGithub) github = test_github_new (dir);
  g_auto(Outcome) outcome = { 0 };
  CgGithubRepository *repository;

  test_github_repository (github, "ok", &outcome);
  g_assert_no_error (outcome.error);
  repository = outcome.answer->repository;
  g_assert_nonnull (repository);
  g_assert_null (outcome.answer->issues);
  g_assert_cmpstr (repository->full_name, ==, "example-org/ok");
  g_assert_cmpuint (repository->stars, ==, 23456);
  g_assert_cmpuint (repository->forks, ==, 1520);
  g_assert_cmpuint (repository->open_issues, ==, 412);
  g_assert_false (repository->archived);
  g_assert_cmpstr (repository->license, ==, "Apache-2.0");
  g_assert_cmpstr (repository->language, ==, "Go");
  g_assert_cmpstr (repository->default_branch, ==, "main");
  {
    g_autofree char *pushed = g_date_time_format_iso8601 (repository->pushed);
    g_assert_cmpstr (pushed, ==, "2026-11-27T14:03:00Z");
  }
  g_assert_null (test_github_last_query ());
}

static void
test_redirects (void)
{
  g_autofree char *dir = test_github_cache_dir ();
  g_autoptr(CgGithub) github = test_github_new (dir);
  g_auto(Outcome) outcome = { 0 };

  /* A renamed repository: 301 to the same API host is followed */
  test_github_repository (github, "renamed", &outcome);
  g_assert_no_error (outcome.error);
  g_assert_cmpstr (outcome.answer->repository->full_name, ==, "example-org/ok");

  /* The issues of a renamed repository name the new one: kept */
  test_github_issues (github, "renamed", NULL, &outcome);
  g_assert_no_error (outcome.error);
  g_assert_cmpuint (outcome.answer->issues->len, ==, 3);
  g_assert_cmpstr (((CgGithubIssue *) outcome.answer->issues->pdata[0])->url, ==,
                   "https://github.com/example-org/ok/issues/1347");

  /* ... from the cache too */
  {
    g_autoptr(CgGithub) offline = test_github_new (dir);
    g_autoptr(GNetworkMonitor) monitor = cg_test_offline_monitor_new ();

    cg_github_set_network_monitor (offline, monitor);
    test_github_issues (offline, "renamed", NULL, &outcome);
    g_assert_no_error (outcome.error);
    g_assert_true (outcome.answer->from_cache);
    g_assert_cmpuint (outcome.answer->issues->len, ==, 3);
  }

  /* To another host (the same server by another name): refused */
  test_github_repository (github, "moved-away", &outcome);
  g_assert_error (outcome.error, CG_GITHUB_ERROR, CG_GITHUB_ERROR_FAILED);
  g_assert_cmpstr (outcome.error->message, ==, "The server sent the download to an unsafe address");
}

typedef struct
{
  const char *repo;
  int         code;
  const char *message;
} Fault;

static const Fault faults[] = {
  { "missing", CG_GITHUB_ERROR_NOT_FOUND, "GitHub has no repository example-org/missing" },
  { "forbidden", CG_GITHUB_ERROR_HTTP_STATUS, "GitHub answered 403" },
  { "html", CG_GITHUB_ERROR_FAILED, "The server’s answer was not JSON" },
  { "invalid", CG_GITHUB_ERROR_BAD_ANSWER, "GitHub’s answer could not be read" },
  { "deep", CG_GITHUB_ERROR_BAD_ANSWER, "nested more than 64 levels" },
  { "big", CG_GITHUB_ERROR_FAILED, "The download was larger than 2 MiB" },
  { "drip", CG_GITHUB_ERROR_FAILED, "The download took too long" },
  { "nul", CG_GITHUB_ERROR_BAD_ANSWER, "NUL character" },
};

static void
test_fault (gconstpointer data)
{
  const Fault *fault = data;
  g_autofree char *dir = test_github_cache_dir ();
  g_autoptr(CgGithub) github = test_github_new (dir);
  g_auto(Outcome) outcome = { 0 };

  /* A server that drips bytes forever meets the deadline; short here */
  if (g_str_equal (fault->repo, "drip"))
    cg_github_set_deadline (github, 2);
  test_github_issues (github, fault->repo, NULL, &outcome);
  g_assert_null (outcome.answer);
  g_assert_error (outcome.error, CG_GITHUB_ERROR, fault->code);
  if (strstr (outcome.error->message, fault->message) == NULL)
    g_error ("%s: expected “%s” in “%s”", fault->repo, fault->message, outcome.error->message);
  /* Nothing cached from a bad answer */
  g_assert_false (g_file_test (dir, G_FILE_TEST_EXISTS));
}

static void
test_hostile_text (void)
{
  g_autofree char *dir = test_github_cache_dir ();
  g_autoptr(CgGithub) github = test_github_new (dir);
  g_auto(Outcome) outcome = { 0 };
  CgGithubIssue *issue;

  test_github_issues (github, "hostile", NULL, &outcome);
  g_assert_no_error (outcome.error);
  g_assert_cmpuint (outcome.answer->issues->len, ==, 4);

  /* Markup stays literal text (the UI shows it without markup) */
  issue = outcome.answer->issues->pdata[0];
  g_assert_cmpstr (issue->title, ==, "<b>bold</b> &amp; <a href=\"https://evil.example\">click</a>");
  g_assert_cmpstr (issue->author, ==, "eviluser");
  g_assert_cmpstrv (issue->labels, ((const char *[]) { "good first issue", NULL }));

  /* Bidi overrides, controls, zero-width gone; whitespace one space */
  issue = outcome.answer->issues->pdata[1];
  g_assert_cmpstr (issue->title, ==, "exe.txt and bell tab newline end");

  /* 64 KiB: capped */
  issue = outcome.answer->issues->pdata[2];
  g_assert_cmpuint (g_utf8_strlen (issue->title, -1), ==, CG_GITHUB_MAX_TITLE + 1);
  g_assert_true (g_str_has_suffix (issue->title, "AAA…"));

  /* Nothing visible left: a title in our words */
  issue = outcome.answer->issues->pdata[3];
  g_assert_cmpstr (issue->title, ==, "Issue 4");
}

static void
test_links_elsewhere (void)
{
  g_autofree char *dir = test_github_cache_dir ();
  g_autoptr(CgGithub) github = test_github_new (dir);
  g_auto(Outcome) outcome = { 0 };
  CgGithubIssue *issue;

  /* Dropped: other hosts, repositories, schemes and numbers, wrong
   * types, and a pull request even with an issue's address */
  test_github_issues (github, "elsewhere", NULL, &outcome);
  g_assert_no_error (outcome.error);
  g_assert_cmpuint (outcome.answer->issues->len, ==, 2);
  issue = outcome.answer->issues->pdata[0];
  g_assert_cmpuint (issue->number, ==, 6);
  g_assert_cmpstr (issue->url, ==, "https://github.com/example-org/elsewhere/issues/6");
  g_assert_cmpstr (issue->title, ==, "Kept");
  issue = outcome.answer->issues->pdata[1];
  g_assert_cmpuint (issue->number, ==, 8);
  g_assert_cmpstr (issue->title, ==, "Issue 8");
  g_assert_cmpuint (issue->comments, ==, 0);
}

static void
test_clean_text (void)
{
  g_autofree char *nothing = cg_github_clean_text ("\u200b\u202e \t", 10);
  g_autofree char *cut = cg_github_clean_text ("Dépôt ünïcode", 5);
  g_autofree char *accents = cg_github_clean_text ("e\u0301te\u0301", 10);
  g_autofree char *bad_utf8 = cg_github_clean_text ("a\xff" "b", 10);

  g_assert_null (nothing);
  g_assert_cmpstr (cut, ==, "Dépôt…");
  g_assert_cmpstr (accents, ==, "e\u0301te\u0301");  /* combining marks stay */
  g_assert_cmpstr (bad_utf8, ==, "a\uFFFDb");
}

static void
test_url_parse (void)
{
  static const struct { const char *url; const char *owner; const char *repo; } cases[] = {
    { "https://github.com/kubernetes/kubernetes", "kubernetes", "kubernetes" },
    { "https://github.com/Apicurio/apicurio-registry/", "Apicurio", "apicurio-registry" },
    { "https://github.com/helm/helm.git", "helm", "helm" },
    { "https://github.com/a-b/c.d_e", "a-b", "c.d_e" },
    { "https://github.com/CoHDI", NULL, NULL },
    { "https://github.com/o/r/issues", NULL, NULL },
    { "http://github.com/o/r", NULL, NULL },
    { "https://gitlab.com/o/r", NULL, NULL },
    { "https://github.com.evil.example/o/r", NULL, NULL },
    { "https://user@github.com/o/r", NULL, NULL },
    { "https://github.com:8443/o/r", NULL, NULL },
    { "https://github.com/o/r?tab=readme", NULL, NULL },
    { "https://github.com/o/r#x", NULL, NULL },
    { "https://github.com/o/..", NULL, NULL },
    { "https://github.com/o/%2e%2e", NULL, NULL },
    { "https://github.com/-o/r", NULL, NULL },
    { "https://github.com/o_o/r", NULL, NULL },
    { "https://github.com/o/r\u202e", NULL, NULL },
    { "", NULL, NULL },
    { NULL, NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *owner = NULL;
      g_autofree char *repo = NULL;
      gboolean ok = cg_github_url_parse (cases[i].url, &owner, &repo);

      if (ok != (cases[i].owner != NULL))
        g_error ("%s: expected %s", cases[i].url, cases[i].owner ? "a repository" : "a refusal");
      g_assert_cmpstr (owner, ==, cases[i].owner);
      g_assert_cmpstr (repo, ==, cases[i].repo);
    }

}

static void
test_time_words (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
  g_autoptr(GDateTime) now = g_date_time_new (tz, 2026, 11, 29, 14, 30, 0);
  static const struct { int days, hours, minutes; const char *ago; } cases[] = {
    { 0, 0, 0, "just now" }, { 0, 0, 5, "5 minutes ago" }, { 0, 1, 0, "1 hour ago" },
    { 0, 3, 0, "3 hours ago" }, { 1, 0, 0, "yesterday" }, { 3, 0, 0, "3 days ago" },
    { 65, 0, 0, "2 months ago" }, { 800, 0, 0, "2 years ago" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GDateTime) then = g_date_time_add_full (now, 0, 0, -cases[i].days,
                                                        -cases[i].hours, -cases[i].minutes, 0);
      g_autofree char *ago = cg_time_describe_ago (then, now);
      g_assert_cmpstr (ago, ==, cases[i].ago);
    }

  {
    g_autoptr(GDateTime) today = g_date_time_new (tz, 2026, 11, 29, 9, 10, 0);
    g_autoptr(GDateTime) yesterday = g_date_time_new (tz, 2026, 11, 28, 18, 20, 0);
    g_autoptr(GDateTime) earlier = g_date_time_new (tz, 2026, 11, 12, 18, 20, 0);
    g_autoptr(GDateTime) last_year = g_date_time_new (tz, 2025, 11, 12, 18, 20, 0);
    g_autofree char *a = cg_time_describe_as_of (today, now);
    g_autofree char *b = cg_time_describe_as_of (yesterday, now);
    g_autofree char *c = cg_time_describe_as_of (earlier, now);
    g_autofree char *d = cg_time_describe_as_of (last_year, now);

    g_assert_cmpstr (a, ==, "As of today, 09:10");
    g_assert_cmpstr (b, ==, "As of yesterday, 18:20");
    g_assert_cmpstr (c, ==, "As of 12 November, 18:20");
    g_assert_cmpstr (d, ==, "As of 12 November 2025, 18:20");
  }
}

static void
test_pick_label (void)
{
  const char *usable[] = { "help wanted", "good first issue", NULL };
  const char *quoted[] = { "say \"hi\"", NULL };
  const char *empty[] = { "", NULL };
  const char *none[] = { NULL };

  g_assert_cmpstr (cg_github_pick_label (usable), ==, "help wanted");
  g_assert_cmpstr (cg_github_pick_label (quoted), ==, "good first issue");
  g_assert_cmpstr (cg_github_pick_label (empty), ==, "good first issue");
  g_assert_cmpstr (cg_github_pick_label (none), ==, "good first issue");
  g_assert_cmpstr (cg_github_pick_label (NULL), ==, "good first issue");
}

void
test_github_add_answer_tests (void)
{
  g_test_add_func ("/github/pick-label", test_pick_label);
  g_test_add_func ("/github/time-words", test_time_words);
  g_test_add_func ("/github/issues-ok", test_issues_ok);
  g_test_add_func ("/github/label-encoded", test_label_encoded);
  g_test_add_func ("/github/repository-ok", test_repository_ok);
  g_test_add_func ("/github/redirects", test_redirects);
  for (guint i = 0; i < G_N_ELEMENTS (faults); i++)
    {
      g_autofree char *path = g_strdup_printf ("/github/fault/%s", faults[i].repo);
      g_test_add_data_func (path, &faults[i], test_fault);
    }
  g_test_add_func ("/github/hostile-text", test_hostile_text);
  g_test_add_func ("/github/links-elsewhere", test_links_elsewhere);
  g_test_add_func ("/github/clean-text", test_clean_text);
  g_test_add_func ("/github/url-parse", test_url_parse);
}
