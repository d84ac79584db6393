/* bench-github.c: what reading GitHub's answers costs, in figures
 *
 * Prints the time to check, parse and clean a list of 20 issues (the most
 * one look-up asks for), a repository, and the largest answer allowed
 * (2 MiB of issues). cg-github.c parses in a thread because of these.
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cg-github.h"

static GBytes *
issues_body (guint n,
             guint title_length)
{
  g_autoptr(GString) s = g_string_new ("[");
  g_autofree char *title = g_strnfill (title_length, 'x');

  for (guint i = 0; i < n; i++)
    g_string_append_printf (s,
      "%s{\"number\": %u, \"html_url\": \"https://github.com/o/r/issues/%u\","
      " \"title\": \"%s \\u202e\\u200b<b>markup</b>\", \"updated_at\": \"2026-11-26T17:45:12Z\","
      " \"comments\": 4, \"assignees\": [], \"user\": {\"login\": \"octocat\"},"
      " \"labels\": [{\"name\": \"good first issue\", \"color\": \"7057ff\"}]}",
      i ? "," : "", i + 1, i + 1, title);
  g_string_append (s, "]");
  return g_string_free_to_bytes (g_steal_pointer (&s));
}

static void
time_issues (const char *what,
             GBytes     *body,
             guint       rounds)
{
  gint64 start = g_get_monotonic_time ();
  guint kept = 0;

  for (guint i = 0; i < rounds; i++)
    {
      g_autoptr(GPtrArray) issues = cg_github_parse_issues (body, "o", "r", NULL);
      kept = issues->len;
    }
  g_print ("%-44s %8.1f µs  (%zu bytes, %u issues kept)\n", what,
           (double) (g_get_monotonic_time () - start) / rounds, g_bytes_get_size (body), kept);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GBytes) twenty = issues_body (20, 60);
  g_autoptr(GBytes) long_titles = issues_body (20, 60000);
  g_autoptr(GBytes) most = issues_body (5000, 300);

  time_issues ("20 issues, 60-character titles", twenty, 2000);
  time_issues ("20 issues, 60 000-character titles", long_titles, 20);
  time_issues ("the 2 MiB cap of issues (20 kept)", most, 5);
  return 0;
}
