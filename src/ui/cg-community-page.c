/* cg-community-page.c: the maturity levels and the community around the projects
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cg-community-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "cg-community-page.h"
#include "cg-link-item.h"
#include "cg-link-row.h"
#include "cg-page-util.h"

struct _CgCommunityPage
{
  GtkWidget          parent_instance;

  GtkScrolledWindow *scroller;
  GtkBox            *groups;
};

G_DEFINE_FINAL_TYPE (CgCommunityPage, cg_community_page, GTK_TYPE_WIDGET)

static void
add_levels (CgCommunityPage *self,
            CgCatalog       *catalog)
{
  GtkWidget *group = adw_preferences_group_new ();
  g_autoptr(GPtrArray) urls = g_ptr_array_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("How Projects Mature"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Every CNCF project is at one of these levels. "
                                           "The Technical Oversight Committee moves it up "
                                           "when it meets the criteria."));

  for (guint m = 0; m < CG_N_MATURITIES; m++)
    {
      CgSection *level = cg_catalog_get_maturity_level (catalog, m);
      GtkWidget *row;

      if (level == NULL)
        continue;

      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), level->title);
      if (level->summary != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), level->summary);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);

      if (level->url != NULL &&
          !g_ptr_array_find_with_equal_func (urls, level->url, g_str_equal, NULL))
        g_ptr_array_add (urls, level->url);
    }

  for (guint i = 0; i < urls->len; i++)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                               cg_link_row_new (_("Project Lifecycle and Graduation Criteria"),
                                                NULL, urls->pdata[i]));

  gtk_box_append (self->groups, group);
}

static void
add_section (CgCommunityPage *self,
             CgSection       *section)
{
  GtkWidget *group = adw_preferences_group_new ();
  /* A group's title and description are Pango markup: the catalog's text is
   * escaped, so that it shows as written and can hold no link. */
  g_autofree char *title = g_markup_escape_text (section->title, -1);
  g_autofree char *summary = section->summary ? g_markup_escape_text (section->summary, -1)
                                              : NULL;

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (summary != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), summary);

  if (section->url != NULL)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                               cg_link_row_new (section->title, NULL, section->url));
  for (guint i = 0; i < section->links->len; i++)
    {
      CgLinkItem *link = section->links->pdata[i];

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 cg_link_row_new (link->title, NULL, link->url));
    }

  gtk_box_append (self->groups, group);
}

static void
cg_community_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CG_TYPE_COMMUNITY_PAGE);

  G_OBJECT_CLASS (cg_community_page_parent_class)->dispose (object);
}

static void
cg_community_page_class_init (CgCommunityPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cg_community_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/cg-community-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CgCommunityPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, CgCommunityPage, groups);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
cg_community_page_init (CgCommunityPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
cg_community_page_set_catalog (CgCommunityPage *self,
                               CgCatalog       *catalog)
{
  GPtrArray *community;

  g_return_if_fail (CG_IS_COMMUNITY_PAGE (self));
  g_return_if_fail (CG_IS_CATALOG (catalog));

  cg_page_clear_box (self->groups);

  add_levels (self, catalog);
  community = cg_catalog_get_community (catalog);
  for (guint i = 0; i < community->len; i++)
    add_section (self, community->pdata[i]);
}
