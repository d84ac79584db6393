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
#include "cg-cli-json.h"
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

static char *
format_time (GDateTime *time)
{
  return time ? g_date_time_format (time, "%Y-%m-%dT%H:%M:%SZ") : NULL;
}

static void
add_string (JsonBuilder *builder,
            const char  *key,
            const char  *value)
{
  json_builder_set_member_name (builder, key);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

/* {"project", "repository", "label", "fetched", "from_cache",
 * "stale_reason", "issues": [{"number", "title", "updated", "url",
 * "comments", "assigned", "labels"}]} */
static int
print_json (CgProject      *project,
            const char     *owner,
            const char     *repo,
            const char     *label,
            CgGithubAnswer *answer)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  g_autofree char *full_name = g_strdup_printf ("%s/%s", owner, repo);
  g_autofree char *fetched = format_time (answer->fetched);

  json_builder_begin_object (builder);
  add_string (builder, "project", cg_project_get_id (project));
  add_string (builder, "repository", full_name);
  add_string (builder, "label", label);
  add_string (builder, "fetched", fetched);
  json_builder_set_member_name (builder, "from_cache");
  json_builder_add_boolean_value (builder, answer->from_cache);
  add_string (builder, "stale_reason", answer->stale_reason);
  json_builder_set_member_name (builder, "issues");
  json_builder_begin_array (builder);
  for (guint i = 0; i < answer->issues->len; i++)
    {
      CgGithubIssue *issue = answer->issues->pdata[i];
      g_autofree char *updated = format_time (issue->updated);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "number");
      json_builder_add_int_value (builder, (gint64) issue->number);
      add_string (builder, "title", issue->title);
      add_string (builder, "updated", updated);
      add_string (builder, "url", issue->url);
      json_builder_set_member_name (builder, "comments");
      json_builder_add_int_value (builder, issue->comments);
      json_builder_set_member_name (builder, "assigned");
      json_builder_add_boolean_value (builder, issue->assigned);
      json_builder_set_member_name (builder, "labels");
      json_builder_begin_array (builder);
      for (guint j = 0; issue->labels[j] != NULL; j++)
        json_builder_add_string_value (builder, issue->labels[j]);
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  return cg_cli_print_json_document (builder);
}

/**
 * cg_cli_issues:
 * @id: a project id from the catalog
 * @json: print one JSON document instead of lines
 *
 * Prints the project's open newcomer issues (with its first newcomer
 * label, or "good first issue"), one a line:
 * `number<TAB>title<TAB>updated<TAB>url`, from GitHub or, when GitHub
 * cannot be asked, from the last answer (saying so on stderr).
 *
 * Returns: the exit status: 0 when there is a list to print (empty
 *   included), 1 with one line on stderr otherwise
 */
int
cg_cli_issues (const char *id,
               gboolean    json)
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
  const char *label;
  int status;

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

  label = cg_github_pick_label (cg_project_get_newcomer_labels (project));
  github = cg_cli_new_github (settings);
  cg_github_issues_async (github, owner, repo, label, NULL, fetched_cb, &wait);
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

  if (json)
    {
      status = print_json (project, owner, repo, label, wait.answer);
      cg_github_answer_free (wait.answer);
      return status;
    }

  for (guint i = 0; i < wait.answer->issues->len; i++)
    {
      CgGithubIssue *issue = wait.answer->issues->pdata[i];
      g_autofree char *updated = format_time (issue->updated);

      /* Titles are cleaned of tabs and newlines: one issue stays one line */
      g_string_append_printf (out, "%" G_GUINT64_FORMAT "\t%s\t%s\t%s\n",
                              issue->number, issue->title, updated ? updated : "", issue->url);
    }
  cg_github_answer_free (wait.answer);

  fwrite (out->str, 1, out->len, stdout);
  return fflush (stdout) == 0 ? 0 : 1;
}
