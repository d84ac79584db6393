/* cg-contribute-steps.c: "Start Contributing", the steps a newcomer
 * follows, and the facts about the project below them
 *
 * Every step and fact is shown: what the catalog does not know reads
 * "Not known" rather than being left out. Catalog text goes into rows
 * with markup off (cg-link-row.c, cg-page-util.c).
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cg-contribute-steps"

#include "config.h"

#include <glib/gi18n.h>

#include "cg-contribute-steps.h"
#include "cg-github-url.h"
#include "cg-link-row.h"
#include "cg-page-util.h"

#define MAX_LANGUAGES_SHOWN 3

static const char *
not_known (void)
{
  /* TRANSLATORS: a fact the catalog does not have */
  return _("Not known");
}

/* A row of text that opens nothing; its subtitle may be NULL */
static GtkWidget *
text_row_new (const char *title,
              const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  return row;
}

/* A link row, or a text row when there is no link */
static GtkWidget *
link_or_text_row_new (const char *title,
                      const char *detail,
                      const char *uri)
{
  if (uri != NULL)
    return cg_link_row_new (title, detail, uri);
  return text_row_new (title, detail);
}

/* Adds @row to @group as (the first row of) step @number; 0 continues the
 * step before it */
static void
add_step (GtkWidget *group,
          guint      number,
          GtkWidget *row)
{
  g_autofree char *text = number ? g_strdup_printf ("%u", number) : NULL;
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (label, "step-number");
  if (number == 0)
    gtk_widget_add_css_class (label, "continued");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), label);
  gtk_widget_add_css_class (row, "step");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
}

static void
add_guide_step (GtkWidget *group,
                CgProject *project)
{
  const char *guide = cg_project_get_contributor_guide (project);
  const char *repository = cg_project_get_repository (project);
  const char *homepage = cg_project_get_homepage (project);

  if (guide != NULL)
    add_step (group, 1, cg_link_row_new (_("Read the contributor guide"), NULL, guide));
  else if (repository != NULL)
    add_step (group, 1, cg_link_row_new (_("No contributor guide is known"),
                                         _("Start from the repository"), repository));
  else if (homepage != NULL)
    add_step (group, 1, cg_link_row_new (_("No contributor guide is known"),
                                         _("Start from the homepage"), homepage));
  else
    add_step (group, 1, text_row_new (_("No contributor guide is known"),
                                      _("Nor is a repository or a homepage")));
}

static void
add_legal_step (GtkWidget *group,
                CgProject *project)
{
  CgFact dco = cg_project_get_dco (project);
  CgFact cla = cg_project_get_cla (project);
  guint number = 2;

  if (dco == CG_FACT_REQUIRED)
    {
      add_step (group, number,
                /* TRANSLATORS: keep "git commit -s" as it is: it is the command */
                cg_link_row_new (_("Sign off every commit (DCO): git commit -s"),
                                 _("Developer Certificate of Origin"), CG_DCO_URL));
      number = 0;
    }

  if (cla == CG_FACT_REQUIRED)
    {
      CgLinkItem *legal = cg_project_get_legal (project);
      const char *url = cg_project_get_cla_url (project);
      const char *title = legal != NULL && cg_project_get_legal_kind (project) == CG_LEGAL_CLA
                          ? legal->title : NULL;

      add_step (group, number,
                link_or_text_row_new (_("Sign the CLA before your first pull request"),
                                      url ? title : _("The catalog has no link to it"), url));
      number = 0;
    }

  if (number == 0)
    return;

  if (cg_project_get_legal_kind (project) == CG_LEGAL_NONE)
    add_step (group, number, text_row_new (_("No sign-off or CLA is asked for"), NULL));
  else if (dco == CG_FACT_NOT_STATED || cla == CG_FACT_NOT_STATED)
    add_step (group, number, text_row_new (_("Sign-off (DCO) or CLA"),
                                           _("Not stated in the repository")));
  else
    add_step (group, number, text_row_new (_("Sign-off (DCO) or CLA"), not_known ()));
}

static void
add_hello_step (GtkWidget *group,
                CgProject *project)
{
  GPtrArray *chat = cg_project_get_chat (project);
  GPtrArray *lists = cg_project_get_mailing_lists (project);
  g_autofree char *title = NULL;
  CgLinkItem *link;

  if (chat->len == 0 && lists->len == 0)
    {
      add_step (group, 3, text_row_new (_("Say hello"), _("No chat channel is known")));
      return;
    }

  link = chat->len > 0 ? chat->pdata[0] : lists->pdata[0];
  if (link->detail != NULL)
    /* TRANSLATORS: a chat channel on a chat service: "Say hello in #dex on Kubernetes Slack" */
    title = g_strdup_printf (_("Say hello in %s on %s"), link->detail, link->title);
  else
    /* TRANSLATORS: a chat service or a mailing list: "Say hello on Kubernetes Slack" */
    title = g_strdup_printf (_("Say hello on %s"), link->title);

  add_step (group, 3, cg_link_row_new (title, NULL, link->url));
}

static void
add_issue_step (GtkWidget *group,
                CgProject *project)
{
  const char *repository = cg_project_get_repository (project);
  const char *label = NULL;
  g_autofree char *url = cg_github_url_first_issue (repository,
                                                    cg_project_get_newcomer_labels (project),
                                                    &label);
  g_autofree char *detail = NULL;

  if (url != NULL && label != NULL)
    /* TRANSLATORS: the issue label a project gives newcomers, "good first issue" */
    detail = g_strdup_printf (_("Open issues labelled “%s”"), label);
  else if (url != NULL)
    detail = g_strdup (_("GitHub’s list of issues for newcomers"));
  else if (repository != NULL)
    {
      add_step (group, 4, cg_link_row_new (_("Find a first issue"),
                                           _("Look for issues marked for newcomers"),
                                           repository));
      return;
    }
  else
    {
      add_step (group, 4, text_row_new (_("Find a first issue"), not_known ()));
      return;
    }

  add_step (group, 4, cg_link_row_new (_("Find a first issue"), detail, url));
}

/**
 * cg_contribute_steps_new:
 * @project: an active project (not archived)
 *
 * The steps a newcomer follows: read the contributor guide, the legal
 * step (DCO sign-off, CLA, both, or what is known of it), say hello on the
 * first chat channel, find a first issue.
 *
 * Returns: (transfer floating): an #AdwPreferencesGroup
 */
GtkWidget *
cg_contribute_steps_new (CgProject *project)
{
  GtkWidget *group = adw_preferences_group_new ();

  g_return_val_if_fail (CG_IS_PROJECT (project), NULL);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Start Contributing"));
  gtk_widget_add_css_class (group, "contribute-steps");
  add_guide_step (group, project);
  add_legal_step (group, project);
  add_hello_step (group, project);
  add_issue_step (group, project);
  return group;
}

/* "August 2026" from "2026-08-31" */
static char *
format_month (const char *iso_date)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autofree char *iso = g_strconcat (iso_date, "T00:00:00Z", NULL);
  g_autoptr(GDateTime) dt = g_date_time_new_from_iso8601 (iso, utc);
  char *shown = NULL;

  /* TRANSLATORS: a month and its year, see the g_date_time_format() manual;
   * %OB is the month's name on its own where the language has that form */
  if (dt != NULL)
    shown = g_date_time_format (dt, C_("month", "%B %Y"));
  return shown ? shown : g_strdup (iso_date);
}

/* "1,620" in the user's locale */
static char *
format_count (guint n)
{
  return g_strdup_printf ("%'u", n);
}

/**
 * cg_contribute_activity_text:
 *
 * The project's activity in words: "1,620 commits by 252 people in the
 * year to August 2026", or "No commits since February 2020".
 *
 * Returns: (transfer full) (nullable): the text, or %NULL when the
 *   catalog knows nothing of the activity
 */
char *
cg_contribute_activity_text (CgProject *project)
{
  guint commits = 0, authors = 0;
  const char *window_to = NULL;
  const char *last_commit = NULL;
  g_autofree char *commits_text = NULL;
  g_autofree char *people = NULL;
  g_autofree char *month = NULL;

  g_return_val_if_fail (CG_IS_PROJECT (project), NULL);

  if (!cg_project_get_activity (project, &commits, &authors, NULL, &window_to, &last_commit))
    return NULL;

  if (commits == 0 && last_commit != NULL)
    {
      month = format_month (last_commit);
      /* TRANSLATORS: the month of a project's last commit, "No commits since February 2020" */
      return g_strdup_printf (_("No commits since %s"), month);
    }

  if (commits == 0 && window_to != NULL)
    {
      month = format_month (window_to);
      /* TRANSLATORS: "No commits in the year to August 2026" */
      return g_strdup_printf (_("No commits in the year to %s"), month);
    }

  if (commits == 0)
    return g_strdup (_("No commits in a year"));

  commits_text = format_count (commits);
  {
    g_autofree char *authors_text = format_count (authors);

    /* TRANSLATORS: how many people made a project's commits, "252 people" */
    people = g_strdup_printf (ngettext ("%s person", "%s people", authors), authors_text);
  }

  if (window_to == NULL)
    /* TRANSLATORS: "1,620 commits by 252 people in a year" */
    return g_strdup_printf (ngettext ("%s commit by %s in a year",
                                      "%s commits by %s in a year", commits),
                            commits_text, people);

  month = format_month (window_to);
  /* TRANSLATORS: "1,620 commits by 252 people in the year to August 2026" */
  return g_strdup_printf (ngettext ("%s commit by %s in the year to %s",
                                    "%s commits by %s in the year to %s", commits),
                          commits_text, people, month);
}

/* "Go 62%, JavaScript 24%", or the primary language alone */
static char *
languages_text (CgProject *project,
                guint     *n_shown)
{
  guint n = 0;
  const CgLanguageShare *shares = cg_project_get_languages (project, &n);
  GString *text;

  *n_shown = 0;
  if (n == 0)
    {
      const char *language = cg_project_get_language (project);

      *n_shown = language != NULL;
      return g_strdup (language);
    }

  text = g_string_new (NULL);
  for (guint i = 0; i < n && i < MAX_LANGUAGES_SHOWN; i++)
    {
      if (i > 0)
        /* TRANSLATORS: between two languages of a list, "Go 62%, JavaScript 24%" */
        g_string_append (text, C_("list", ", "));
      /* TRANSLATORS: a programming language and its share of the code, "Go 62%" */
      g_string_append_printf (text, C_("language share", "%s %.0f%%"), shares[i].name,
                              shares[i].share);
      (*n_shown)++;
    }
  return g_string_free (text, FALSE);
}

static void
add_fact (GtkWidget  *group,
          const char *title,
          const char *value)
{
  GtkWidget *row = cg_page_info_row_new (title, value ? value : not_known ());

  if (value == NULL)
    gtk_widget_add_css_class (row, "unknown-fact");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
}

static void
add_fact_link (GtkWidget  *group,
               const char *title,
               const char *uri)
{
  if (uri != NULL)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), cg_link_row_new (title, NULL, uri));
  else
    add_fact (group, title, NULL);
}

static void
add_source (GtkWidget *group,
            CgProject *project)
{
  const char *date = cg_project_get_facts_date (project);
  CgLinkItem *source = cg_project_get_facts_source (project);
  g_autofree char *shown = NULL;
  g_autofree char *title = NULL;

  if (date == NULL)
    {
      add_fact (group, _("Read from the repository"), NULL);
      return;
    }

  shown = cg_page_format_date (date);
  /* TRANSLATORS: when the facts above were read, "Read from the repository on 21 August 2026" */
  title = g_strdup_printf (_("Read from the repository on %s"), shown);
  if (source != NULL)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                               cg_link_row_new (title, source->title, source->url));
  else
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), text_row_new (title, NULL));
}

/**
 * cg_contribute_facts_new:
 *
 * The facts a newcomer weighs: language(s), license, activity, code of
 * conduct, security policy, and where and when they were read.
 *
 * Returns: (transfer floating): an #AdwPreferencesGroup
 */
GtkWidget *
cg_contribute_facts_new (CgProject *project)
{
  GtkWidget *group = adw_preferences_group_new ();
  g_autofree char *languages = NULL;
  g_autofree char *activity = NULL;
  guint n_languages;

  g_return_val_if_fail (CG_IS_PROJECT (project), NULL);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Project Facts"));

  languages = languages_text (project, &n_languages);
  add_fact (group, ngettext ("Language", "Languages", MAX (n_languages, 1)), languages);
  add_fact (group, _("License"), cg_project_get_license (project));
  activity = cg_contribute_activity_text (project);
  add_fact (group, _("Activity"), activity);
  add_fact_link (group, _("Code of conduct"),
                 cg_project_get_health (project, CG_HEALTH_CODE_OF_CONDUCT));
  add_fact_link (group, _("Security policy"),
                 cg_project_get_health (project, CG_HEALTH_SECURITY_POLICY));
  add_source (group, project);
  return group;
}
