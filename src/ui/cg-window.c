/* cg-window.c: the main window: search, maturity chips, list, pages
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cg-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cg-application.h"
#include "cg-cli.h"
#include "cg-community-page.h"
#include "cg-language-filter.h"
#include "cg-link.h"
#include "cg-page-util.h"
#include "cg-project-page.h"
#include "cg-project-row.h"
#include "cg-search.h"
#include "cg-settings.h"
#include "cg-search-model.h"
#include "cg-test-state.h"
#include "cg-window-private.h"

G_DEFINE_FINAL_TYPE (CgWindow, cg_window, ADW_TYPE_APPLICATION_WINDOW)

#define FIRST_FRAME_ROWS 40

static GtkToggleButton *
chip_for (CgWindow   *self,
          CgMaturity  maturity)
{
  GtkToggleButton *chips[CG_N_MATURITIES] = {
    self->chip_graduated, self->chip_incubating, self->chip_sandbox, self->chip_archived,
  };

  return chips[maturity];
}

static void
update_chips (CgWindow *self)
{
  for (guint m = 0; m < CG_N_MATURITIES; m++)
    {
      /* TRANSLATORS: a filter button: a maturity level and how many projects it holds */
      g_autofree char *label = g_strdup_printf (_("%s %u"), cg_maturity_get_title (m),
                                                cg_search_model_get_count (self->model, m));

      gtk_button_set_label (GTK_BUTTON (chip_for (self, m)), label);
    }
}

static void
update_empty_state (CgWindow *self)
{
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->model));

  gtk_stack_set_visible_child_name (self->list_stack, n > 0 ? "list" : "empty");
  if (n > 0)
    return;
  _cg_window_shortlist_update_empty (self);

  g_clear_pointer (&self->suggestion, g_free);
  if (self->catalog != NULL && *query != '\0')
    self->suggestion = cg_search_suggest (self->catalog, query);

  if (self->suggestion != NULL)
    {
      /* TRANSLATORS: a button that searches for the closest project name */
      g_autofree char *text = g_strdup_printf (_("Did you mean %s?"), self->suggestion);

      gtk_label_set_label (self->suggestion_label, text);
    }
  gtk_widget_set_visible (self->suggestion_button, self->suggestion != NULL);
}

/* Where the list is: how many projects, which catalog, and whether the
 * last refresh failed (the catalog shown then is the older one). */
static void
update_status (CgWindow *self)
{
  g_autoptr(GString) status = g_string_new (NULL);
  g_autofree char *date = NULL;
  guint total;

  if (self->catalog == NULL)
    return;

  /* The catalog's count; the chips give the result's */
  total = cg_catalog_get_n_projects (self->catalog);
  date = cg_page_format_date (cg_catalog_get_date (self->catalog));
  g_string_printf (status, ngettext ("%u project", "%u projects", total), total);
  /* TRANSLATORS: follows the number of projects; %s is the catalog's date */
  g_string_append_printf (status, _(" · catalog of %s"), date);
  if (self->refresh_error != NULL)
    /* TRANSLATORS: follows the catalog's date when a refresh failed */
    g_string_append (status, _(" · not refreshed"));

  gtk_label_set_label (self->status_label, status->str);
  if (self->refresh_error != NULL)
    g_string_append_printf (status, "\n%s", self->refresh_error);
  /* The whole line, and why a refresh failed, when the line is cut short */
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->status_label), status->str);
}

static void
select_shown_project (CgWindow *self)
{
  CgProject *shown = cg_project_page_get_project (self->project_page);
  guint position = cg_search_model_find (self->model, shown);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "project") != 0)
    position = GTK_INVALID_LIST_POSITION;

  self->selecting = TRUE;
  gtk_single_selection_set_selected (self->selection,
                                     position == G_MAXUINT ? GTK_INVALID_LIST_POSITION : position);
  self->selecting = FALSE;
}

static void
on_model_items_changed_cb (CgWindow *self)
{
  update_chips (self);
  update_empty_state (self);
  select_shown_project (self);
}

/* A new query or filter shows the top of its result; back to the whole list
 * (the search cleared, say by Escape), the shown project's row. */
static void
show_result_start (CgWindow *self)
{
  const char *query = cg_search_model_get_query (self->model);

  if ((query == NULL || *query == '\0') && cg_search_model_get_maturity_mask (self->model) == 0 &&
      cg_search_model_get_language (self->model) == NULL &&
      gtk_single_selection_get_selected (self->selection) != GTK_INVALID_LIST_POSITION)
    cg_window_scroll_to_selected (self);
  else
    cg_window_scroll_to_top (self);
}

static void
set_query (CgWindow   *self,
           const char *text)
{
  if (g_strcmp0 (text, cg_search_model_get_query (self->model)) == 0)
    return;
  cg_search_model_set_query (self->model, text);
  show_result_start (self);
}

/* The community page is built when first shown, and again after a new catalog */
static void
update_community (CgWindow *self)
{
  if (self->community_stale && self->catalog != NULL)
    {
      cg_community_page_set_catalog (self->community_page, self->catalog);
      self->community_stale = FALSE;
    }
}

static void
show_project (CgWindow  *self,
              CgProject *project,
              gboolean   navigate)
{
  cg_project_page_set_project (self->project_page, project);
  adw_window_title_set_title (self->content_title, cg_project_get_name (project));
  gtk_stack_set_visible_child_name (self->content_stack, "project");
  if (navigate)
    {
      adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
      if (adw_leaflet_get_folded (self->leaflet))
        gtk_widget_grab_focus (self->back_button);
    }
}

static void
on_selection_changed_cb (CgWindow *self)
{
  CgProject *project;

  if (self->selecting)
    return;

  project = gtk_single_selection_get_selected_item (self->selection);
  if (project != NULL && project != cg_project_page_get_project (self->project_page))
    show_project (self, project, FALSE);
}

static void
on_list_activate_cb (CgWindow *self,
                     guint     position)
{
  g_autoptr(CgProject) project = g_list_model_get_item (G_LIST_MODEL (self->model), position);

  if (project == NULL)
    return;

  self->selecting = TRUE;
  gtk_single_selection_set_selected (self->selection, position);
  self->selecting = FALSE;
  show_project (self, project, TRUE);
}

/* Rows whose list items GTK dropped, for the list items it makes next.
 * GTK 4.8 makes a new list item for each row a keystroke changes (up to
 * ~200), and building a row (box, labels, badge) and disposing of it were
 * a fifth of a keystroke's list update at 100,000 projects. */
#define ROW_POOL_MAX 256

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              GPtrArray                *pool)
{
  if (pool->len > 0)
    {
      g_autoptr(GtkWidget) row = g_ptr_array_steal_index_fast (pool, pool->len - 1);

      gtk_list_item_set_child (item, row);
    }
  else
    gtk_list_item_set_child (item, g_object_new (CG_TYPE_PROJECT_ROW, NULL));
}

static void
teardown_row_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 GPtrArray                *pool)
{
  GtkWidget *row = gtk_list_item_get_child (item);

  if (row == NULL || pool->len >= ROW_POOL_MAX)
    return;
  g_ptr_array_add (pool, g_object_ref (row));
  gtk_list_item_set_child (item, NULL);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             CgWindow                 *self)
{
  cg_project_row_set_shortlist (CG_PROJECT_ROW (gtk_list_item_get_child (item)), self->shortlist);
  cg_project_row_set_project (CG_PROJECT_ROW (gtk_list_item_get_child (item)),
                              gtk_list_item_get_item (item));
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  cg_project_row_set_project (CG_PROJECT_ROW (gtk_list_item_get_child (item)), NULL);
}

static void
on_search_changed_cb (CgWindow *self)
{
  set_query (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
on_stop_search_cb (CgWindow *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void on_suggestion_clicked_cb (CgWindow *self);

static void
on_search_activate_cb (CgWindow *self)
{
  /* Enter in the search opens the best match, or takes the
   * "Did you mean" offered when nothing matches. */
  on_search_changed_cb (self);
  if (g_list_model_get_n_items (G_LIST_MODEL (self->model)) > 0)
    on_list_activate_cb (self, 0);
  else if (self->suggestion != NULL && gtk_widget_get_visible (self->suggestion_button))
    on_suggestion_clicked_cb (self);
}

static gboolean
on_search_key_pressed_cb (CgWindow        *self,
                          guint            keyval,
                          guint            keycode,
                          GdkModifierType  state)
{
  /* Down from the search goes into the list, on its first row (the list
   * itself would focus the row it last had, wherever the result put it) */
  if ((keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down) &&
      g_list_model_get_n_items (G_LIST_MODEL (self->model)) > 0)
    {
      g_autoptr(CgProject) first = g_list_model_get_item (G_LIST_MODEL (self->selection), 0);

      gtk_window_set_focus_visible (GTK_WINDOW (self), TRUE);
      cg_window_scroll_to_top (self);
      return cg_window_focus_row (self, first) ||
             gtk_widget_child_focus (GTK_WIDGET (self->list_view), GTK_DIR_TAB_FORWARD);
    }

  return GDK_EVENT_PROPAGATE;
}

static void
on_chip_toggled_cb (CgWindow *self)
{
  guint mask = 0;

  for (guint m = 0; m < CG_N_MATURITIES; m++)
    if (gtk_toggle_button_get_active (chip_for (self, m)))
      mask |= 1u << m;

  if (mask == cg_search_model_get_maturity_mask (self->model))
    return;
  cg_search_model_set_maturity_mask (self->model, mask);
  show_result_start (self);
}

static void
on_language_selected_cb (CgWindow *self)
{
  const char *language = cg_language_filter_get_selected (self->language_dropdown);

  /* A language filter shows as on, like a checked chip */
  if (language != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->language_dropdown), "filtering");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->language_dropdown), "filtering");
  if (g_strcmp0 (language, cg_search_model_get_language (self->model)) == 0)
    return;
  cg_search_model_set_language (self->model, language);
  show_result_start (self);
}

static void
on_sort_selected_cb (CgWindow *self)
{
  guint sort = gtk_drop_down_get_selected (self->sort_dropdown);

  /* The entries are in the order of CgSortOrder */
  if (sort > CG_SORT_NEWEST || sort == cg_search_model_get_sort (self->model))
    return;
  cg_search_model_set_sort (self->model, sort);
  cg_window_scroll_to_top (self);
}

static void
on_suggestion_clicked_cb (CgWindow *self)
{
  g_autofree char *text = g_strdup (self->suggestion);

  if (text == NULL)
    return;

  /* Search for the name alone: the filters may be what hid it. */
  cg_window_set_maturity_mask (self, 0);
  cg_language_filter_select (self->language_dropdown, NULL);
  cg_window_set_search (self, text);
}

static void
on_leaflet_folded_cb (CgWindow *self)
{
  gboolean folded = adw_leaflet_get_folded (self->leaflet);

  /* A tap opens a project on a phone; with a pointer, selecting does. */
  gtk_list_view_set_single_click_activate (self->list_view, folded);
}

static void
on_leaflet_visible_child_cb (CgWindow *self)
{
  /* Coming back to the list: focus returns to it. */
  if (adw_leaflet_get_folded (self->leaflet) &&
      adw_leaflet_get_visible_child (self->leaflet) == self->sidebar)
    cg_window_focus_list (self);
}

static void
focus_search_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CgWindow *self = CG_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
clear_search_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CgWindow *self = CG_WINDOW (widget);

  cg_window_set_maturity_mask (self, 0);
  cg_window_set_starred_only (self, FALSE);
  cg_language_filter_select (self->language_dropdown, NULL);
  cg_window_set_search (self, "");
}

static void
escape_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CgWindow *self = CG_WINDOW (widget);

  /* Escape clears the search; with nothing to clear, it goes back. */
  if (*gtk_editable_get_text (GTK_EDITABLE (self->search_entry)) != '\0')
    cg_window_set_search (self, "");
  else if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CgWindow *self = CG_WINDOW (widget);

  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* Built when asked for, not with every window as GtkApplication would */
static void
show_shortcuts_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  g_autoptr(GtkBuilder) builder =
    gtk_builder_new_from_resource (RESOURCE_PREFIX "/ui/cg-shortcuts-window.ui");
  GtkWindow *shortcuts = GTK_WINDOW (gtk_builder_get_object (builder, "shortcuts_window"));

  gtk_window_set_transient_for (shortcuts, GTK_WINDOW (widget));
  gtk_window_present (shortcuts);
}

static void
show_community_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  cg_window_show_community (CG_WINDOW (widget));
}

static void
open_uri_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  CgWindow *self = CG_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = cg_link_normalize (g_variant_get_string (parameter, NULL), &error);

  /* Checked at load, and again here, at the click. */
  if (uri == NULL)
    {
      g_autofree char *text = g_strdup_printf (_("The link was not opened: %s"), error->message);

      cg_window_show_toast (self, text);
      return;
    }

  cg_application_launch_uri (CG_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))),
                             GTK_WINDOW (self), uri);
}

static void
copy_uri_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  CgWindow *self = CG_WINDOW (widget);
  const char *uri = g_variant_get_string (parameter, NULL);

  if (!cg_link_is_safe (uri))
    return;

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), uri);
  cg_window_show_toast (self, _("Link copied"));
}

/* Rows added to the list per idle turn after the first frame */
#define ROWS_PER_IDLE 48

/* After the first frame, in idle time: the rest of the list, a screenful
 * at a time so that input is never kept waiting, and what would have
 * loaded librsvg before the first frame (the app icon, the status icon). */
static gboolean
after_first_frame_idle_cb (gpointer data)
{
  CgWindow *self = data;
  guint size = gtk_slice_list_model_get_size (self->slice);

  if (adw_status_page_get_icon_name (self->choose_page) == NULL)
    {
      adw_status_page_set_icon_name (self->choose_page, "view-list-symbolic");
      gtk_window_set_default_icon_name (APP_ID);
    }

  if (size < g_list_model_get_n_items (G_LIST_MODEL (self->model)))
    {
      gtk_slice_list_model_set_size (self->slice, size + ROWS_PER_IDLE);
      return G_SOURCE_CONTINUE;
    }

  gtk_slice_list_model_set_size (self->slice, G_MAXUINT);
  self->after_first_frame_id = 0;
  /* A project opened at start may sit below the first screenful */
  select_shown_project (self);
  cg_window_scroll_to_selected (self);
  return G_SOURCE_REMOVE;
}

static void
after_first_frame_cb (GdkFrameClock *clock,
                      CgWindow      *self)
{
  g_signal_handlers_disconnect_by_func (clock, after_first_frame_cb, self);
  if (self->after_first_frame_id == 0)
    self->after_first_frame_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE + 20,
                                                  after_first_frame_idle_cb, self, NULL);
}

static void
cg_window_map (GtkWidget *widget)
{
  CgWindow *self = CG_WINDOW (widget);

  GTK_WIDGET_CLASS (cg_window_parent_class)->map (widget);

  if (gtk_slice_list_model_get_size (self->slice) != G_MAXUINT)
    g_signal_connect_object (gtk_widget_get_frame_clock (widget), "after-paint",
                             G_CALLBACK (after_first_frame_cb), self, 0);
}

static void
cg_window_dispose (GObject *object)
{
  CgWindow *self = (CgWindow *) object;

  g_clear_handle_id (&self->after_first_frame_id, g_source_remove);

  if (self->settings != NULL)
    {
      int width, height;

      gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
      g_settings_set (self->settings, "window-size", "(ii)", width, height);
      g_settings_set_boolean (self->settings, "window-maximized",
                              gtk_window_is_maximized (GTK_WINDOW (self)));
    }

  _cg_window_shortlist_dispose (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), CG_TYPE_WINDOW);
  g_clear_pointer (&self->toasts, g_ptr_array_unref);
  g_clear_object (&self->selection);
  g_clear_object (&self->slice);
  g_clear_object (&self->model);
  g_clear_object (&self->catalog);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->suggestion, g_free);
  g_clear_pointer (&self->last_toast, g_free);
  g_clear_pointer (&self->refresh_error, g_free);

  G_OBJECT_CLASS (cg_window_parent_class)->dispose (object);
}

static void
cg_window_class_init (CgWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cg_window_dispose;
  widget_class->map = cg_window_map;

  g_type_ensure (CG_TYPE_PROJECT_ROW);
  g_type_ensure (CG_TYPE_PROJECT_PAGE);
  g_type_ensure (CG_TYPE_COMMUNITY_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cg-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CgWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CgWindow, choose_page);
  gtk_widget_class_bind_template_child (widget_class, CgWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, CgWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, CgWindow, content);
  gtk_widget_class_bind_template_child (widget_class, CgWindow, status_label);
  gtk_widget_class_bind_template_child (widget_class, CgWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CgWindow, chip_graduated);
  gtk_widget_class_bind_template_child (widget_class, CgWindow, chip_incubating);
  gtk_widget_class_bind_template_child (widget_class, CgWindow, chip_sandbox);
  gtk_widget_class_bind_template_child (widget_class, CgWindow, chip_archived);
  gtk_widget_class_bind_template_child (widget_class, CgWindow, language_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CgWindow, sort_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CgWindow, list_stack);
  gtk_widget_class_bind_template_child (widget_class, CgWindow, list_view);
  gtk_widget_class_bind_template_child (widget_class, CgWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, CgWindow, suggestion_button);
  gtk_widget_class_bind_template_child (widget_class, CgWindow, suggestion_label);
  gtk_widget_class_bind_template_child (widget_class, CgWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, CgWindow, refresh_spinner);
  gtk_widget_class_bind_template_child (widget_class, CgWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, CgWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, CgWindow, project_page);
  gtk_widget_class_bind_template_child (widget_class, CgWindow, community_page);

  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_chip_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_language_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_sort_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_suggestion_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_leaflet_folded_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_leaflet_visible_child_cb);

  gtk_widget_class_install_action (widget_class, "win.focus-search", NULL, focus_search_action);
  gtk_widget_class_install_action (widget_class, "win.clear-search", NULL, clear_search_action);
  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "win.escape", NULL, escape_action);
  gtk_widget_class_install_action (widget_class, "win.show-community", NULL,
                                   show_community_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL,
                                   show_shortcuts_action);
  gtk_widget_class_install_action (widget_class, "win.open-uri", "s", open_uri_action);
  gtk_widget_class_install_action (widget_class, "win.copy-uri", "s", copy_uri_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "win.focus-search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_question, GDK_CONTROL_MASK,
                                       "win.show-help-overlay", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.escape", NULL);
  _cg_window_shortlist_class_init (widget_class);
  cg_window_keys_class_init (widget_class);
}

static void
cg_window_init (CgWindow *self)
{
  g_autoptr(GtkListItemFactory) factory = NULL;
  int width = 980, height = 680;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->toasts = g_ptr_array_new_with_free_func (g_object_unref);

  factory = gtk_signal_list_item_factory_new ();
  {
    GPtrArray *pool = g_ptr_array_new_with_free_func (g_object_unref);

    g_object_set_data_full (G_OBJECT (factory), "cg-row-pool", pool,
                            (GDestroyNotify) g_ptr_array_unref);
    g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), pool);
    g_signal_connect (factory, "teardown", G_CALLBACK (teardown_row_cb), pool);
  }
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  cg_drop_down_fit_narrow (self->language_dropdown);
  cg_drop_down_fit_narrow (self->sort_dropdown);

  self->model = cg_search_model_new (NULL);
  /* GtkListView makes ~200 rows before it knows its height; the first
   * frame needs a screenful, the rest comes right after it. */
  self->slice = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (self->model)), 0,
                                          FIRST_FRAME_ROWS);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->slice)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (self->model, "items-changed",
                           G_CALLBACK (on_model_items_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "notify::selected",
                           G_CALLBACK (on_selection_changed_cb), self, G_CONNECT_SWAPPED);

  {
    GtkEventController *keys = gtk_event_controller_key_new ();

    g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (on_search_key_pressed_cb), self);
    gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);
  }
  cg_window_keys_init (self);
  cg_test_state_install (self);
  on_leaflet_folded_cb (self);
  _cg_window_shortlist_init (self);

  self->settings = cg_settings_new ();
  if (self->settings != NULL)
    {
      gboolean maximized;

      g_settings_get (self->settings, "window-size", "(ii)", &width, &height);
      maximized = g_settings_get_boolean (self->settings, "window-maximized");
      if (maximized)
        gtk_window_maximize (GTK_WINDOW (self));
    }
  gtk_window_set_default_size (GTK_WINDOW (self), MAX (width, 360), MAX (height, 294));
}

CgWindow *
cg_window_new (GtkApplication *application)
{
  return g_object_new (CG_TYPE_WINDOW, "application", application, NULL);
}

void
cg_window_set_catalog (CgWindow  *self,
                       CgCatalog *catalog)
{
  g_return_if_fail (CG_IS_WINDOW (self));
  g_return_if_fail (CG_IS_CATALOG (catalog));

  if (!g_set_object (&self->catalog, catalog))
    return;

  self->community_stale = TRUE;
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "community") == 0)
    update_community (self);
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "project") == 0)
    {
      /* Keep the shown project when the new catalog still has it. */
      CgProject *shown = cg_project_page_get_project (self->project_page);
      CgProject *same = shown ? cg_catalog_lookup (catalog, cg_project_get_id (shown)) : NULL;

      if (same != NULL)
        show_project (self, same, FALSE);
      else
        gtk_stack_set_visible_child_name (self->content_stack, "none");
    }
  g_clear_pointer (&self->refresh_error, g_free);
  cg_search_model_set_catalog (self->model, catalog);
  cg_language_filter_fill (self->language_dropdown, catalog);
  update_status (self);
}

void
cg_window_set_search (CgWindow   *self,
                      const char *text)
{
  g_return_if_fail (CG_IS_WINDOW (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text ? text : "");
  /* Apply at once rather than after the entry's typing delay. */
  set_query (self, text ? text : "");
}

void
cg_window_set_maturity_mask (CgWindow *self,
                             guint     mask)
{
  g_return_if_fail (CG_IS_WINDOW (self));

  for (guint m = 0; m < CG_N_MATURITIES; m++)
    gtk_toggle_button_set_active (chip_for (self, m), (mask & (1u << m)) != 0);
}

/**
 * cg_window_show_project:
 *
 * Returns: %FALSE, with a toast, when the catalog has no such project
 */
gboolean
cg_window_show_project (CgWindow   *self,
                        const char *id)
{
  CgProject *project;

  g_return_val_if_fail (CG_IS_WINDOW (self), FALSE);

  project = self->catalog ? cg_catalog_lookup (self->catalog, id) : NULL;
  if (project == NULL)
    {
      g_autofree char *text = g_strdup_printf (_("No project with the id “%s”"), id);

      cg_window_show_toast (self, text);
      return FALSE;
    }

  show_project (self, project, TRUE);
  select_shown_project (self);
  cg_window_scroll_to_selected (self);
  return TRUE;
}

void
cg_window_show_community (CgWindow *self)
{
  g_return_if_fail (CG_IS_WINDOW (self));

  self->selecting = TRUE;
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  self->selecting = FALSE;
  update_community (self);
  adw_window_title_set_title (self->content_title, _("Community"));
  gtk_stack_set_visible_child_name (self->content_stack, "community");
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

/* A message was put away, by its timeout, the person or the cap below */
static void
on_toast_dismissed_cb (AdwToast *toast,
                       CgWindow *self)
{
  if (self->toasts != NULL)
    g_ptr_array_remove (self->toasts, toast);
}

static gboolean
same_toast (AdwToast   *toast,
            const char *title,
            GVariant   *target)
{
  GVariant *other = adw_toast_get_action_target_value (toast);

  if (g_strcmp0 (adw_toast_get_title (toast), title) != 0)
    return FALSE;
  if (other == NULL || target == NULL)
    return other == target;
  return g_variant_equal (other, target);
}

/* @text may come from anywhere: it is shown as plain text, and a burst of
 * messages (a D-Bus caller, say) never queues more than a few. */
static void
add_toast (CgWindow   *self,
           const char *text,
           const char *uri)
{
  g_autofree char *shown = cg_cli_make_printable (text, CG_WINDOW_MAX_TOAST_CHARS);
  /* An AdwToast's title is Pango markup */
  g_autofree char *title = g_markup_escape_text (shown, -1);
  g_autoptr(GVariant) target = uri ? g_variant_ref_sink (g_variant_new_string (uri)) : NULL;
  AdwToast *toast;

  g_free (self->last_toast);
  self->last_toast = g_strdup (text);

  /* The same message again: the one there stays, and one on screen starts
   * its time again. toasts[0] is the one on screen: the overlay shows them
   * in the order they came, and nothing here reorders them. */
  for (guint i = 0; i < self->toasts->len; i++)
    if (same_toast (self->toasts->pdata[i], title, target))
      {
        if (i == 0)
          adw_toast_overlay_add_toast (self->toast_overlay,
                                       g_object_ref (self->toasts->pdata[0]));
        return;
      }

  /* Too many: the newest replace the oldest waiting; the one shown stays. */
  while (self->toasts->len >= CG_WINDOW_MAX_TOASTS)
    {
      g_autoptr(AdwToast) waiting = g_object_ref (self->toasts->pdata[1]);

      adw_toast_dismiss (waiting);
      g_ptr_array_remove (self->toasts, waiting);
    }

  toast = adw_toast_new (title);
  adw_toast_set_timeout (toast, 4);
  if (uri != NULL)
    {
      adw_toast_set_button_label (toast, _("Copy Link"));
      adw_toast_set_action_name (toast, "win.copy-uri");
      adw_toast_set_action_target_value (toast, target);
    }
  g_ptr_array_add (self->toasts, g_object_ref (toast));
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_toast_dismissed_cb), self, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/**
 * cg_window_show_toast:
 * @text: the message; it may quote text from outside, which is shown as
 *   plain text
 *
 * Shows @text in a toast. The same message twice shows once, and a burst
 * of messages keeps only the one on screen and the newest few.
 */
void
cg_window_show_toast (CgWindow   *self,
                      const char *text)
{
  g_return_if_fail (CG_IS_WINDOW (self));
  g_return_if_fail (text != NULL);

  add_toast (self, text, NULL);
}

/**
 * cg_window_show_link_error:
 * @uri: the link that could not be opened; it passed the link policy
 * @error: why
 *
 * Says in plain words that @uri could not be opened, and offers to copy it
 * so that the person can open it elsewhere.
 */
void
cg_window_show_link_error (CgWindow     *self,
                           const char   *uri,
                           const GError *error)
{
  g_return_if_fail (CG_IS_WINDOW (self));
  g_return_if_fail (uri != NULL);

  g_message ("%s was not opened: %s", uri, error ? error->message : "unknown error");

  /* Without a web browser, GIO says "Operation not supported" */
  if (error == NULL ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    add_toast (self, _("No web browser could open the link"), uri);
  else
    add_toast (self, _("The link could not be opened"), uri);
}

/**
 * cg_window_set_refreshing:
 *
 * Shows or hides the spinner that says a refresh is running.
 */
void
cg_window_set_refreshing (CgWindow *self,
                          gboolean  refreshing)
{
  g_return_if_fail (CG_IS_WINDOW (self));

  gtk_widget_set_visible (GTK_WIDGET (self->refresh_spinner), refreshing);
  gtk_spinner_set_spinning (self->refresh_spinner, refreshing);
}

/**
 * cg_window_set_refresh_error:
 * @message: (nullable): why the last refresh failed, or %NULL after one worked
 *
 * The status line then says the catalog shown was not refreshed; its tooltip
 * gives @message (shown as plain text).
 */
void
cg_window_set_refresh_error (CgWindow   *self,
                             const char *message)
{
  g_return_if_fail (CG_IS_WINDOW (self));

  g_free (self->refresh_error);
  self->refresh_error = g_strdup (message);
  update_status (self);
}

/**
 * cg_window_get_status:
 *
 * Returns: (transfer none): the status line under the list, such as
 *   "255 projects · catalog of 28 November 2026"
 */
const char *
cg_window_get_status (CgWindow *self)
{
  g_return_val_if_fail (CG_IS_WINDOW (self), NULL);

  return gtk_label_get_label (self->status_label);
}
