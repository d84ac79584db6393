/* cg-window-shortlist.c: the window's "Starred" chip, Ctrl+D, and the
 * shortlist's messages
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cg-window"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "cg-window-private.h"

static void
update_starred_chip (CgWindow *self)
{
  /* TRANSLATORS: a filter button: the projects the person starred, and how many */
  g_autofree char *label = g_strdup_printf (_("Starred %u"),
                                            cg_search_model_get_n_starred (self->model));

  adw_button_content_set_label (self->chip_starred_content, label);
}

static void
on_starred_chip_toggled_cb (CgWindow *self)
{
  cg_search_model_set_starred_only (self->model,
                                    gtk_toggle_button_get_active (self->chip_starred));
  _cg_window_shortlist_update_empty (self);
}

static void
on_shortlist_warning_cb (CgWindow   *self,
                         const char *message)
{
  cg_window_show_toast (self, message);
}

static void
toggle_star_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CgWindow *self = CG_WINDOW (widget);

  /* Only the project in sight: not one behind the list of a folded window */
  if (adw_leaflet_get_folded (self->leaflet) &&
      adw_leaflet_get_visible_child (self->leaflet) != self->content)
    return;
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "project") == 0 &&
      cg_project_page_get_project (self->project_page) != NULL)
    cg_project_page_toggle_star (self->project_page);
}

/**
 * _cg_window_shortlist_class_init:
 *
 * Ctrl+D stars or unstars the project shown, as bookmarks do in GNOME apps.
 */
void
_cg_window_shortlist_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.toggle-star", NULL, toggle_star_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK,
                                       "win.toggle-star", NULL);
}

/**
 * _cg_window_shortlist_init:
 *
 * Adds the "Starred" chip below the maturity chips.
 */
void
_cg_window_shortlist_init (CgWindow *self)
{
  GtkWidget *chips = gtk_widget_get_parent (GTK_WIDGET (self->chip_archived));

  self->chip_starred_content = ADW_BUTTON_CONTENT (adw_button_content_new ());
  adw_button_content_set_icon_name (self->chip_starred_content, "starred-symbolic");
  self->chip_starred = GTK_TOGGLE_BUTTON (gtk_toggle_button_new ());
  gtk_button_set_child (GTK_BUTTON (self->chip_starred), GTK_WIDGET (self->chip_starred_content));
  gtk_widget_set_name (GTK_WIDGET (self->chip_starred), "chip-starred");
  gtk_widget_add_css_class (GTK_WIDGET (self->chip_starred), "chip");
  gtk_widget_add_css_class (GTK_WIDGET (self->chip_starred), "starred");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->chip_starred),
                               _("Show only the projects you starred"));
  g_signal_connect_swapped (self->chip_starred, "toggled",
                            G_CALLBACK (on_starred_chip_toggled_cb), self);
  /* Below the maturity chips, in the grid's first column */
  gtk_grid_attach (GTK_GRID (chips), GTK_WIDGET (self->chip_starred), 0, 2, 1, 1);

  g_signal_connect_object (self->model, "notify::n-starred",
                           G_CALLBACK (update_starred_chip), self, G_CONNECT_SWAPPED);
  update_starred_chip (self);
}

/**
 * _cg_window_shortlist_update_empty:
 *
 * With the "Starred" chip on and nothing starred, the empty list says how
 * to star; otherwise it says nothing matches.
 */
void
_cg_window_shortlist_update_empty (CgWindow *self)
{
  gboolean none_starred = gtk_toggle_button_get_active (self->chip_starred) &&
                          (self->shortlist == NULL ||
                           cg_shortlist_get_n_starred (self->shortlist) == 0);

  adw_status_page_set_icon_name (self->empty_page,
                                 none_starred ? "starred-symbolic" : "edit-find-symbolic");
  adw_status_page_set_title (self->empty_page,
                             none_starred ? _("No Starred Projects") : _("No Projects Match"));
  adw_status_page_set_description (self->empty_page,
                                   none_starred
                                   ? _("Star a project on its page, or press Ctrl+D there, "
                                       "to find it here.")
                                   : _("Try other words, or fewer filters."));
}

/**
 * cg_window_set_shortlist:
 * @shortlist: the person's shortlist
 *
 * Shows the stars in the list and on the page, the "Starred" chip's
 * count and the shortlist's messages.
 */
void
cg_window_set_shortlist (CgWindow    *self,
                         CgShortlist *shortlist)
{
  g_return_if_fail (CG_IS_WINDOW (self));
  g_return_if_fail (CG_IS_SHORTLIST (shortlist));

  if (self->shortlist != NULL)
    g_signal_handlers_disconnect_by_data (self->shortlist, self);
  g_set_object (&self->shortlist, shortlist);
  g_signal_connect_swapped (shortlist, "warning", G_CALLBACK (on_shortlist_warning_cb), self);
  cg_search_model_set_shortlist (self->model, shortlist);
  cg_project_page_set_shortlist (self->project_page, shortlist);
  update_starred_chip (self);
}

/**
 * cg_window_set_starred_only:
 *
 * Sets the "Starred" chip.
 */
void
cg_window_set_starred_only (CgWindow *self,
                            gboolean  starred_only)
{
  g_return_if_fail (CG_IS_WINDOW (self));
  gtk_toggle_button_set_active (self->chip_starred, starred_only);
}

void
_cg_window_shortlist_dispose (CgWindow *self)
{
  if (self->shortlist != NULL)
    g_signal_handlers_disconnect_by_data (self->shortlist, self);
  g_clear_object (&self->shortlist);
}
