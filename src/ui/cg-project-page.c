/* cg-project-page.c: everything about one project, and its links
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cg-project-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "cg-application.h"
#include "cg-contribute-steps.h"
#include "cg-link-row.h"
#include "cg-maturity-badge.h"
#include "cg-page-util.h"
#include "cg-project-page-private.h"


G_DEFINE_FINAL_TYPE (CgProjectPage, cg_project_page, GTK_TYPE_WIDGET)

static GtkWidget *
add_group (CgProjectPage *self,
           const char    *title)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  gtk_box_append (self->groups, group);
  return group;
}

static void
add_link (GtkWidget  *group,
          const char *title,
          const char *detail,
          const char *uri)
{
  if (uri != NULL)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                               cg_link_row_new (title, detail, uri));
}

static void
add_links (CgProjectPage *self,
           CgProject     *project)
{
  gboolean archived = cg_project_get_maturity (project) == CG_MATURITY_ARCHIVED;
  const char *guide = archived ? cg_project_get_contributor_guide (project) : NULL;
  const char *maintainers = cg_project_get_health (project, CG_HEALTH_MAINTAINERS);
  const char *governance = cg_project_get_health (project, CG_HEALTH_GOVERNANCE);
  GtkWidget *group;

  if (cg_project_get_repository (project) == NULL && guide == NULL &&
      cg_project_get_homepage (project) == NULL && maintainers == NULL && governance == NULL)
    return;

  group = add_group (self, _("Links"));
  add_link (group, _("Repository"), NULL, cg_project_get_repository (project));
  /* An active project's guide is the first step of Start Contributing */
  add_link (group, _("Contributor Guide"), NULL, guide);
  add_link (group, _("Homepage"), NULL, cg_project_get_homepage (project));
  add_link (group, _("Maintainers"), NULL, maintainers);
  add_link (group, _("Governance"), NULL, governance);
}

/* The app's GitHub client, when the page is in one of its windows */
static CgGithub *
find_github (CgProjectPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkApplication *app = GTK_IS_WINDOW (root) ? gtk_window_get_application (GTK_WINDOW (root))
                                             : NULL;

  return CG_IS_APPLICATION (app) ? cg_application_get_github (CG_APPLICATION (app)) : NULL;
}

/* Good first issues and the repository on GitHub, before the catalog's
 * facts; not for an archived project, which takes no contributions */
static void
add_github (CgProjectPage *self,
            CgProject     *project)
{
  gboolean archived = cg_project_get_maturity (project) == CG_MATURITY_ARCHIVED;

  gtk_box_append (self->groups, self->github_section);
  cg_github_section_set_project (CG_GITHUB_SECTION (self->github_section),
                                 archived ? NULL : find_github (self), project);
}

static void
add_people (CgProjectPage *self,
            CgProject     *project)
{
  GPtrArray *chat = cg_project_get_chat (project);
  GPtrArray *lists = cg_project_get_mailing_lists (project);
  GtkWidget *group;

  if (chat->len == 0 && lists->len == 0)
    return;

  group = add_group (self, _("Talk to the People"));

  for (guint i = 0; i < chat->len; i++)
    {
      CgLinkItem *link = chat->pdata[i];
      /* TRANSLATORS: a chat channel on a chat service, "#prometheus on CNCF Slack" */
      g_autofree char *title = link->detail ? g_strdup_printf (_("%s on %s"), link->detail,
                                                               link->title)
                                            : g_strdup (link->title);

      const char *detail = NULL;

      /* "Chat" under a title that already says how to chat is noise */
      if (link->may_expire)
        detail = _("Invitation link; it may have expired");
      else if (!link->detail && !g_str_equal (link->title, "Chat"))
        detail = _("Chat");
      add_link (group, title, detail, link->url);
    }

  for (guint i = 0; i < lists->len; i++)
    {
      CgLinkItem *link = lists->pdata[i];

      add_link (group, link->title, _("Mailing list or forum"), link->url);
    }
}

static void
add_about (CgProjectPage *self,
           CgProject     *project)
{
  const char *description = cg_project_get_description (project);
  CgLinkItem *source = cg_project_get_description_source (project);
  GtkWidget *group;
  GtkWidget *label;

  if (description == NULL)
    return;

  group = add_group (self, _("About"));
  label = cg_page_paragraph_new (description);
  gtk_widget_add_css_class (label, "description");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), label);

  if (source != NULL)
    {
      GtkWidget *box = gtk_list_box_new ();

      gtk_widget_add_css_class (box, "boxed-list");
      gtk_widget_set_margin_top (box, 12);
      gtk_list_box_set_selection_mode (GTK_LIST_BOX (box), GTK_SELECTION_NONE);
      gtk_list_box_append (GTK_LIST_BOX (box),
                           cg_link_row_new (source->title, _("Quoted from"), source->url));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), box);
    }
}

static void
add_milestones (CgProjectPage *self,
                CgProject     *project)
{
  static const char * const which[] = { "accepted", "incubating", "graduated", "archived" };
  const char *titles[] = {
    _("Accepted by the CNCF"), _("Incubating since"), _("Graduated"), _("Archived"),
  };
  GtkWidget *group = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (which); i++)
    {
      const char *date = cg_project_get_date (project, which[i]);
      g_autofree char *shown = NULL;

      if (date == NULL)
        continue;
      if (group == NULL)
        group = add_group (self, _("Milestones"));
      shown = cg_page_format_date (date);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 cg_page_info_row_new (titles[i], shown));
    }
}

static void
cg_project_page_dispose (GObject *object)
{
  CgProjectPage *self = (CgProjectPage *) object;

  _cg_project_page_shortlist_dispose (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), CG_TYPE_PROJECT_PAGE);
  g_clear_object (&self->github_section);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (cg_project_page_parent_class)->dispose (object);
}

static void
cg_project_page_class_init (CgProjectPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cg_project_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/cg-project-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CgProjectPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, CgProjectPage, content);
  gtk_widget_class_bind_template_child (widget_class, CgProjectPage, archived_box);
  gtk_widget_class_bind_template_child (widget_class, CgProjectPage, name_label);
  gtk_widget_class_bind_template_child (widget_class, CgProjectPage, badge);
  gtk_widget_class_bind_template_child (widget_class, CgProjectPage, focus_label);
  gtk_widget_class_bind_template_child (widget_class, CgProjectPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, CgProjectPage, groups);
  gtk_widget_class_bind_template_child (widget_class, CgProjectPage, star_button);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
cg_project_page_init (CgProjectPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->github_section = g_object_ref_sink (cg_github_section_new ());
  _cg_project_page_shortlist_init (self);
}

/**
 * cg_project_page_get_project:
 * Returns: (transfer none) (nullable):
 */
CgProject *
cg_project_page_get_project (CgProjectPage *self)
{
  g_return_val_if_fail (CG_IS_PROJECT_PAGE (self), NULL);
  return self->project;
}

void
cg_project_page_set_project (CgProjectPage *self,
                             CgProject     *project)
{
  const char *focus;
  const char *category;
  g_autofree char *focus_text = NULL;

  g_return_if_fail (CG_IS_PROJECT_PAGE (self));
  g_return_if_fail (CG_IS_PROJECT (project));

  g_set_object (&self->project, project);

  cg_page_clear_box (self->groups);

  gtk_label_set_label (self->name_label, cg_project_get_name (project));
  cg_maturity_badge_set (self->badge, cg_project_get_maturity (project));
  gtk_widget_set_visible (self->archived_box,
                          cg_project_get_maturity (project) == CG_MATURITY_ARCHIVED);

  focus = cg_project_get_focus (project);
  category = cg_project_get_category (project);
  if (focus != NULL && category != NULL && g_strcmp0 (focus, category) != 0)
    focus_text = g_strdup_printf ("%s · %s", focus, category);
  else
    focus_text = g_strdup (focus ? focus : category);
  gtk_label_set_label (self->focus_label, focus_text);
  gtk_widget_set_visible (GTK_WIDGET (self->focus_label), focus_text != NULL);

  gtk_label_set_label (self->summary_label, cg_project_get_summary (project));
  gtk_widget_set_visible (GTK_WIDGET (self->summary_label),
                          cg_project_get_summary (project) != NULL);

  /* An archived project takes no contributions: its notice says so */
  if (cg_project_get_maturity (project) != CG_MATURITY_ARCHIVED)
    gtk_box_append (self->groups, cg_contribute_steps_new (project));
  add_github (self, project);
  gtk_box_append (self->groups, cg_contribute_facts_new (project));
  add_people (self, project);
  add_links (self, project);
  add_about (self, project);
  add_milestones (self, project);
  _cg_project_page_shortlist_show (self, project);

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}
