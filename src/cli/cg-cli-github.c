/* cg-cli-github.c: `cncf-guide --issues ID`, a project's open newcomer issues
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cg-cli"

#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "cg-cli.h"
#include "cg-github.h"
#include "cg-settings.h"

typedef struct
{
  GMainLoop      *loop;
  CgGithubAnswer *answer;
  GError         *error;
} Wait;

static void
fetched_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Wait *wait = user_data;

  wait->answer = cg_github_fetch_finish (CG_GITHUB (source), result, &wait->error);
  g_main_loop_quit (wait->loop);
}

/**
 * cg_cli_new_github:
 * @settings: (nullable): the app's settings
 *
 * Returns: (transfer full): a GitHub client as the settings say:
 *   `github-lookups` and `github-api-url`, caching in
 *   `$XDG_CACHE_HOME/cncf-guide/github`
 */
CgGithub *
cg_cli_new_github (GSettings *settings)
{
  CgGithub *github = cg_github_new_default ();

  cg_settings_apply_to_github (settings, github);
  return github;
}

/**
 * cg_cli_issues:
 * @id: a project id from the catalog
 *
 * Prints the project's open newcomer issues, one a line:
 * `number<TAB>title<TAB>updated<TAB>url`, from GitHub or, when GitHub
 * cannot be asked, from the last answer (saying so on stderr).
 *
 * Returns: the exit status: 0 when there is a list to print (empty
 *   included), 1 with one line on stderr otherwise
 */
int
cg_cli_issues (const char *id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CgCatalog) catalog = cg_cli_load_shown_catalog (&error);
  g_autoptr(GSettings) settings = cg_settings_new ();
  g_autoptr(CgGithub) github = NULL;
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *owner = NULL;
  g_autofree char *repo = NULL;
  Wait wait = { loop, NULL, NULL };
  CgProject *project;

  if (catalog == NULL)
    {
      cg_cli_print_error (error->message);
      return 1;
    }
  project = cg_catalog_lookup (catalog, id);
  if (project == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("no project with the id “%s” (try --list)"),
                                                  id);
      cg_cli_print_error (message);
      return 1;
    }
  if (!cg_github_url_parse (cg_project_get_repository (project), &owner, &repo))
    {
      g_autofree char *message = g_strdup_printf (_("%s has no GitHub repository"),
                                                  cg_project_get_name (project));
      cg_cli_print_error (message);
      return 1;
    }

  github = cg_cli_new_github (settings);
  cg_github_issues_async (github, owner, repo, NULL, NULL, fetched_cb, &wait);
  g_main_loop_run (loop);

  if (wait.answer == NULL)
    {
      g_autofree char *shown = cg_cli_make_printable (wait.error->message, -1);

      g_printerr (_("cncf-guide: the issues were not looked up: %s\n"), shown);
      g_clear_error (&wait.error);
      return 1;
    }

  if (wait.answer->from_cache)
    {
      g_autoptr(GDateTime) local = g_date_time_to_local (wait.answer->fetched);
      g_autofree char *when = g_date_time_format (local, "%Y-%m-%d %H:%M");

      /* TRANSLATORS: "You are offline; the issues as of 2026-11-29 18:20" */
      g_printerr (_("cncf-guide: %s; the issues as of %s\n"),
                  wait.answer->stale_reason ? wait.answer->stale_reason : "", when);
    }

  for (guint i = 0; i < wait.answer->issues->len; i++)
    {
      CgGithubIssue *issue = wait.answer->issues->pdata[i];
      g_autofree char *updated = issue->updated
                                 ? g_date_time_format (issue->updated, "%Y-%m-%dT%H:%M:%SZ")
                                 : g_strdup ("");

      /* Titles are cleaned of tabs and newlines: one issue stays one line */
      g_string_append_printf (out, "%" G_GUINT64_FORMAT "\t%s\t%s\t%s\n",
                              issue->number, issue->title, updated, issue->url);
    }
  cg_github_answer_free (wait.answer);

  fwrite (out->str, 1, out->len, stdout);
  return fflush (stdout) == 0 ? 0 : 1;
}
