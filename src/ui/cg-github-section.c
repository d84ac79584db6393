/* cg-github-section.c: a project's open newcomer issues and repository
 * facts, live from GitHub or from the last look
 *
 * Two groups on the project page. "Good first issues" shows a spinner
 * while GitHub is asked, the rest of the page already there; then up to
 * ten issues, each opening on GitHub through the link policy, and a row to
 * all of them; or, in words, that none are open, why GitHub could not be
 * asked, or how old the list shown is. "On GitHub" gives stars, open
 * issues, the last change, and a warning when GitHub says archived and the
 * catalog does not. Every string from GitHub is plain text (rows with
 * markup off). A new project cancels the look-ups of the last one, and an
 * answer for another project than the one shown is dropped.
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cg-github-section"

#include "config.h"

#include <glib/gi18n.h>

#include "cg-github-section-private.h"
#include "cg-link-row.h"
#include "cg-page-util.h"
#include "cg-time.h"

G_DEFINE_FINAL_TYPE (CgGithubSection, cg_github_section, GTK_TYPE_WIDGET)

typedef struct
{
  CgGithubSection *self;
  guint            generation;
  char            *owner;
  char            *repo;
  char            *label;
} Lookup;

static void
lookup_free (Lookup *lookup)
{
  g_object_unref (lookup->self);
  g_free (lookup->owner);
  g_free (lookup->repo);
  g_free (lookup->label);
  g_free (lookup);
}

static void
clear_rows (GtkWidget *group,
            GPtrArray *rows)
{
  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), rows->pdata[i]);
  g_ptr_array_set_size (rows, 0);
}

static void
add_row (GtkWidget *group,
         GPtrArray *rows,
         GtkWidget *row)
{
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  g_ptr_array_add (rows, row);
}

/* A row of our own words: how old, why not, none open */
static GtkWidget *
status_row_new (const char *title,
                const char *subtitle,
                const char *icon_name)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  if (subtitle != NULL)
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
    }
  if (icon_name != NULL)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name (icon_name);

      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      g_str_equal (icon_name, "dialog-warning-symbolic")
                                        ? _("Warning") : _("Information"), -1);
      if (g_str_equal (icon_name, "dialog-warning-symbolic"))
        gtk_widget_add_css_class (icon, "warning");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
    }
  gtk_widget_add_css_class (row, "github-status");
  return row;
}

static void
set_status (CgGithubSection *self,
            GtkWidget       *row)
{
  self->status_row = row;
  add_row (self->issues_group, self->issue_rows, row);
}

/* "#1347 · updated 3 days ago · 4 comments · assigned" */
static char *
describe_issue (CgGithubIssue *issue,
                GDateTime     *now)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_string_append_printf (text, "#%" G_GUINT64_FORMAT, issue->number);
  if (issue->updated != NULL)
    {
      g_autofree char *ago = cg_time_describe_ago (issue->updated, now);

      g_string_append (text, " · ");
      /* TRANSLATORS: "updated 3 days ago" */
      g_string_append_printf (text, _("updated %s"), ago);
    }
  g_string_append (text, " · ");
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u comment", "%u comments",
                                             issue->comments), issue->comments);
  if (issue->assigned)
    {
      g_string_append (text, " · ");
      g_string_append (text, _("assigned"));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
show_all_row (CgGithubSection *self,
              Lookup          *lookup)
{
  g_autofree char *url = cg_github_url_issues_with_label (lookup->owner, lookup->repo,
                                                          lookup->label);

  if (url != NULL)
    add_row (self->issues_group, self->issue_rows,
             cg_link_row_new (_("All newcomer issues on GitHub"), NULL, url));
}

static void
stop_spinner (CgGithubSection *self)
{
  gtk_spinner_set_spinning (GTK_SPINNER (self->spinner), FALSE);
  gtk_widget_set_visible (self->spinner, FALSE);
}

/* GitHub's answer, if it is for the project shown; else %FALSE, and
 * @lookup is freed */
static gboolean
take_answer (GObject         *source,
             GAsyncResult    *result,
             Lookup          *lookup,
             CgGithubAnswer **answer,
             GError         **error)
{
  *answer = cg_github_fetch_finish (CG_GITHUB (source), result, error);
  if (g_error_matches (*error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
      lookup->generation != lookup->self->generation)
    {
      lookup_free (lookup);
      return FALSE;
    }
  if (lookup->self->pending > 0)
    lookup->self->pending--;
  return TRUE;
}

static void
issues_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  Lookup *lookup = user_data;
  CgGithubSection *self = lookup->self;
  g_autoptr(GError) error = NULL;
  g_autoptr(CgGithubAnswer) answer = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  if (!take_answer (source, result, lookup, &answer, &error))
    return;

  stop_spinner (self);
  clear_rows (self->issues_group, self->issue_rows);
  self->status_row = NULL;

  if (g_error_matches (error, CG_GITHUB_ERROR, CG_GITHUB_ERROR_DISABLED) ||
      g_error_matches (error, CG_GITHUB_ERROR, CG_GITHUB_ERROR_BAD_REPOSITORY))
    {
      gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
      lookup_free (lookup);
      return;
    }

  if (answer == NULL)
    set_status (self, status_row_new (_("GitHub could not be asked"), error->message,
                                      "dialog-warning-symbolic"));
  else
    {
      GPtrArray *issues = answer->issues;

      if (answer->from_cache)
        {
          g_autofree char *as_of = cg_time_describe_as_of (answer->fetched, now);

          set_status (self, status_row_new (as_of, answer->stale_reason,
                                            "document-open-recent-symbolic"));
        }
      if (issues->len == 0)
        {
          /* TRANSLATORS: %s is the project's newcomer label, "good first issue" */
          g_autofree char *none = g_strdup_printf (_("No open issues labelled “%s” right now"),
                                                   lookup->label);
          GtkWidget *row = status_row_new (none, NULL, NULL);

          if (self->status_row == NULL)
            self->status_row = row;
          add_row (self->issues_group, self->issue_rows, row);
        }
      for (guint i = 0; i < issues->len && i < CG_GITHUB_SECTION_MAX_ISSUES; i++)
        {
          CgGithubIssue *issue = issues->pdata[i];
          g_autofree char *detail = describe_issue (issue, now);
          GtkWidget *row = cg_link_row_new (issue->title, NULL, issue->url);

          /* The address is in the tooltip; the row says what matters */
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), detail);
          adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
          gtk_widget_add_css_class (row, "github-issue");
          add_row (self->issues_group, self->issue_rows, row);
        }
    }

  show_all_row (self, lookup);
  lookup_free (lookup);
}

static char *
format_count (guint64 n)
{
  /* Grouped as the locale groups thousands: "23,456" */
  return g_strdup_printf ("%'" G_GUINT64_FORMAT, n);
}

static void
repository_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  Lookup *lookup = user_data;
  CgGithubSection *self = lookup->self;
  g_autoptr(GError) error = NULL;
  g_autoptr(CgGithubAnswer) answer = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  CgGithubRepository *repository;

  if (!take_answer (source, result, lookup, &answer, &error))
    return;

  clear_rows (self->facts_group, self->fact_rows);
  self->archived_row = NULL;
  /* The issues group says why GitHub could not be asked */
  gtk_widget_set_visible (self->facts_group, answer != NULL);
  if (answer == NULL)
    {
      lookup_free (lookup);
      return;
    }
  repository = answer->repository;

  if (repository->archived && cg_project_get_maturity (self->project) != CG_MATURITY_ARCHIVED)
    {
      self->archived_row = status_row_new (_("Archived on GitHub"),
                                           _("The catalog lists this project as active, but its "
                                             "repository is archived: it may no longer take "
                                             "contributions there."),
                                           "dialog-warning-symbolic");
      gtk_widget_add_css_class (self->archived_row, "github-archived");
      add_row (self->facts_group, self->fact_rows, self->archived_row);
    }

  {
    g_autofree char *stars = format_count (repository->stars);
    g_autofree char *open = format_count (repository->open_issues);

    add_row (self->facts_group, self->fact_rows, cg_page_info_row_new (_("Stars"), stars));
    add_row (self->facts_group, self->fact_rows,
             cg_page_info_row_new (_("Open issues and pull requests"), open));
  }
  if (repository->pushed != NULL)
    {
      g_autofree char *ago = cg_time_describe_ago (repository->pushed, now);
      /* TRANSLATORS: "last change 2 days ago" */
      g_autofree char *text = g_strdup_printf (_("last change %s"), ago);

      add_row (self->facts_group, self->fact_rows, cg_page_info_row_new (_("Activity"), text));
    }
  if (repository->language != NULL)
    add_row (self->facts_group, self->fact_rows,
             cg_page_info_row_new (_("Main language"), repository->language));
  if (answer->from_cache)
    {
      g_autofree char *as_of = cg_time_describe_as_of (answer->fetched, now);

      add_row (self->facts_group, self->fact_rows, status_row_new (as_of, answer->stale_reason,
                                                                   NULL));
    }
  lookup_free (lookup);
}

static Lookup *
lookup_new (CgGithubSection *self,
            const char      *owner,
            const char      *repo,
            const char      *label)
{
  Lookup *lookup = g_new0 (Lookup, 1);

  lookup->self = g_object_ref (self);
  lookup->generation = self->generation;
  lookup->owner = g_strdup (owner);
  lookup->repo = g_strdup (repo);
  lookup->label = g_strdup (label);
  return lookup;
}

/* The cancellable of the last project's look-ups, cancelled */
static void
cancel_lookups (CgGithubSection *self)
{
  self->generation++;
  self->pending = 0;
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
}

/* Off the page (another project, a closed window): no answer lands here */
static void
cg_github_section_unroot (GtkWidget *widget)
{
  CgGithubSection *self = CG_GITHUB_SECTION (widget);

  cancel_lookups (self);
  gtk_spinner_set_spinning (GTK_SPINNER (self->spinner), FALSE);

  GTK_WIDGET_CLASS (cg_github_section_parent_class)->unroot (widget);
}

static void
cg_github_section_dispose (GObject *object)
{
  CgGithubSection *self = (CgGithubSection *) object;
  GtkWidget *child;

  cancel_lookups (self);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->issue_rows, g_ptr_array_unref);
  g_clear_pointer (&self->fact_rows, g_ptr_array_unref);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (cg_github_section_parent_class)->dispose (object);
}

static void
cg_github_section_class_init (CgGithubSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cg_github_section_dispose;
  widget_class->unroot = cg_github_section_unroot;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
}

static void
cg_github_section_init (CgGithubSection *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 24);

  self->issue_rows = g_ptr_array_new ();
  self->fact_rows = g_ptr_array_new ();

  self->issues_group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->issues_group),
                                   _("Good first issues"));
  self->spinner = gtk_spinner_new ();
  gtk_widget_set_valign (self->spinner, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (self->spinner, _("Asking GitHub"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->spinner), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Asking GitHub"), -1);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self->issues_group),
                                           self->spinner);
  gtk_widget_set_parent (self->issues_group, GTK_WIDGET (self));

  self->facts_group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->facts_group), _("On GitHub"));
  gtk_widget_set_visible (self->facts_group, FALSE);
  gtk_widget_set_parent (self->facts_group, GTK_WIDGET (self));
}

GtkWidget *
cg_github_section_new (void)
{
  return g_object_new (CG_TYPE_GITHUB_SECTION, NULL);
}

/**
 * cg_github_section_set_project:
 * @github: (nullable): the app's GitHub client; %NULL hides the section
 * @project: the project shown
 *
 * Cancels the last project's look-ups and asks GitHub about @project's
 * repository: its open issues with its newcomer label, and its facts. The
 * section is hidden for a project without a GitHub repository, and when
 * GitHub look-ups are turned off.
 */
void
cg_github_section_set_project (CgGithubSection *self,
                               CgGithub        *github,
                               CgProject       *project)
{
  g_autofree char *owner = NULL;
  g_autofree char *repo = NULL;
  const char *label;

  g_return_if_fail (CG_IS_GITHUB_SECTION (self));
  g_return_if_fail (github == NULL || CG_IS_GITHUB (github));
  g_return_if_fail (CG_IS_PROJECT (project));

  cancel_lookups (self);
  g_set_object (&self->project, project);
  label = cg_github_pick_label (cg_project_get_newcomer_labels (project));
  clear_rows (self->issues_group, self->issue_rows);
  clear_rows (self->facts_group, self->fact_rows);
  self->status_row = NULL;
  self->archived_row = NULL;
  gtk_widget_set_visible (self->facts_group, FALSE);

  if (github == NULL || !cg_github_get_enabled (github) ||
      !cg_github_url_parse (cg_project_get_repository (project), &owner, &repo))
    {
      gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
      return;
    }

  gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
  gtk_widget_set_visible (self->spinner, TRUE);
  gtk_spinner_set_spinning (GTK_SPINNER (self->spinner), TRUE);
  set_status (self, status_row_new (_("Looking up open issues on GitHub…"), NULL, NULL));

  self->cancellable = g_cancellable_new ();
  self->pending = 2;
  cg_github_issues_async (github, owner, repo, label, self->cancellable, issues_cb,
                          lookup_new (self, owner, repo, label));
  cg_github_repository_async (github, owner, repo, self->cancellable, repository_cb,
                              lookup_new (self, owner, repo, label));
}
