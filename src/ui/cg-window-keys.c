/* cg-window-keys.c: the window's keyboard and its list's position
 *
 * Type-to-search, the list as one Tab stop, F6 between the panes, Ctrl+W;
 * rows scrolled into view and focused by code.
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cg-window"

#include "config.h"

#include "cg-project-row.h"
#include "cg-window-private.h"

/* Scrolls the list so that the row at @position is in view. GTK 4.8 has
 * no gtk_list_view_scroll_to(); its list views have this action, which
 * moves the list's anchor (setting the adjustment instead makes GTK 4.8
 * look for a row at the old scroll offset, which a shorter result lacks). */
void
cg_window_scroll_to (CgWindow *self,
                     guint     position)
{
  if (position < g_list_model_get_n_items (G_LIST_MODEL (self->selection)))
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u",
                                position);
}

/* The list's viewport back at its first row */
void
cg_window_scroll_to_top (CgWindow *self)
{
  cg_window_scroll_to (self, 0);
}

/* The selected row inside the list's viewport, for a selection set by code */
void
cg_window_scroll_to_selected (CgWindow *self)
{
  cg_window_scroll_to (self, gtk_single_selection_get_selected (self->selection));
}

/* The focus on @project's row, when the list shows it */
gboolean
cg_window_focus_row (CgWindow  *self,
                     CgProject *project)
{
  for (GtkWidget *item = gtk_widget_get_first_child (GTK_WIDGET (self->list_view));
       item != NULL && project != NULL; item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *row = gtk_widget_get_first_child (item);

      if (CG_IS_PROJECT_ROW (row) && cg_project_row_get_project (CG_PROJECT_ROW (row)) == project &&
          gtk_widget_get_mapped (item))
        {
          gboolean focused;

          /* Focus set by code goes where the code says */
          self->focusing_row = TRUE;
          focused = gtk_widget_grab_focus (item);
          self->focusing_row = FALSE;
          return focused;
        }
    }
  return FALSE;
}

/* The list item showing @project at least partly inside the list's
 * viewport; for %NULL, the topmost item wholly inside it */
static GtkWidget *
item_in_view (CgWindow  *self,
              CgProject *project)
{
  GtkWidget *list = GTK_WIDGET (self->list_view);
  int height = gtk_widget_get_height (list);
  GtkWidget *top = NULL;
  float top_y = G_MAXFLOAT;

  for (GtkWidget *item = gtk_widget_get_first_child (list); item != NULL;
       item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *row = gtk_widget_get_first_child (item);
      CgProject *shown = CG_IS_PROJECT_ROW (row) ? cg_project_row_get_project (CG_PROJECT_ROW (row))
                                                 : NULL;
      graphene_rect_t bounds;
      float y, bottom;

      if (shown == NULL || !gtk_widget_get_mapped (item) ||
          !gtk_widget_compute_bounds (item, list, &bounds))
        continue;
      y = bounds.origin.y;
      bottom = y + bounds.size.height;
      if (project != NULL && shown == project && bottom > 0 && y < height)
        return item;
      /* Wholly inside, give or take a pixel */
      if (project == NULL && y >= -1 && bottom <= height + 1 && y < top_y)
        {
          top = item;
          top_y = y;
        }
    }
  return top;
}

/* The project of the list item @item, or of the item holding it */
static CgProject *
project_of_item (CgWindow  *self,
                 GtkWidget *widget)
{
  while (widget != NULL && gtk_widget_get_parent (widget) != GTK_WIDGET (self->list_view))
    widget = gtk_widget_get_parent (widget);
  widget = widget ? gtk_widget_get_first_child (widget) : NULL;
  return CG_IS_PROJECT_ROW (widget) ? cg_project_row_get_project (CG_PROJECT_ROW (widget)) : NULL;
}

/* Focus coming into the list from outside by Tab, Shift+Tab or F6 lands on
 * the row GTK 4.8 last focused there, wherever a new result or order has
 * put it since: often out of sight, with no focus ring to be seen. Then it
 * goes to the selected row when that is in view, else to the top row in
 * view. (A click focuses the row clicked, which is in view: left alone.) */
static void
on_focus_widget_cb (CgWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  gboolean in_list = focus != NULL && (focus == GTK_WIDGET (self->list_view) ||
                                       gtk_widget_is_ancestor (focus, GTK_WIDGET (self->list_view)));
  gboolean entered = in_list && !self->focus_in_list;
  CgProject *focused;
  GtkWidget *target;

  self->focus_in_list = in_list;
  if (!entered || self->focusing_row)
    return;
  focused = project_of_item (self, focus);
  if (focused != NULL && item_in_view (self, focused) != NULL)
    return;
  target = item_in_view (self, gtk_single_selection_get_selected_item (self->selection));
  if (target == NULL)
    target = item_in_view (self, NULL);
  if (target != NULL)
    cg_window_focus_row (self, project_of_item (self, target));
}

/* The focus into the list, on the selected row when it has one in view */
void
cg_window_focus_list (CgWindow *self)
{
  if (!cg_window_focus_row (self, gtk_single_selection_get_selected_item (self->selection)))
    gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

/* Whether the focus is in a place that takes text itself */
static gboolean
focus_takes_text (CgWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  for (GtkWidget *w = focus; w != NULL; w = gtk_widget_get_parent (w))
    if (GTK_IS_EDITABLE (w) || GTK_IS_TEXT_VIEW (w))  /* "My notes" is a text view */
      return TRUE;
  return FALSE;
}

/* The search entry's text gets the focus, the cursor at its end, with the
 * text left unselected (so the key that brought it there adds to it). */
static GtkWidget *
focus_search_text (CgWindow *self)
{
  GtkWidget *text = GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (self->search_entry)));

  /* In a folded window the search must be seen while it is typed */
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  gtk_text_grab_focus_without_selecting (GTK_TEXT (text));
  gtk_editable_set_position (GTK_EDITABLE (self->search_entry), -1);
  return text;
}

/* Type-to-search: printable text typed anywhere but in a text field goes to
 * the search, with the focus, so that the rest of the typing follows.
 * Enter, Space, arrows and the like stay with the focused widget (Space
 * only goes to the search once typing is there). Ctrl+A outside a text
 * field selects the search's text, for typing over it. */
static gboolean
on_window_key_pressed_cb (GtkEventControllerKey *controller,
                          guint                  keyval,
                          guint                  keycode,
                          GdkModifierType        state,
                          CgWindow              *self)
{
  gunichar c = gdk_keyval_to_unicode (keyval);
  GdkModifierType mods = state & gtk_accelerator_get_default_mod_mask () & ~GDK_SHIFT_MASK;

  if (focus_takes_text (self))
    return GDK_EVENT_PROPAGATE;

  if (mods == GDK_CONTROL_MASK && (keyval == GDK_KEY_a || keyval == GDK_KEY_A))
    {
      focus_search_text (self);
      gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
      return GDK_EVENT_STOP;
    }

  if (mods != 0 || c == 0 || !g_unichar_isgraph (c))
    return GDK_EVENT_PROPAGATE;

  return gtk_event_controller_key_forward (controller, focus_search_text (self));
}

/* The list is one Tab stop: Tab and Shift+Tab leave it (the arrows move
 * inside it), where GTK 4.8 would walk every row. */
static gboolean
on_list_key_pressed_cb (CgWindow        *self,
                        guint            keyval,
                        guint            keycode,
                        GdkModifierType  state)
{
  GtkDirectionType direction;
  gboolean moved;

  if (keyval == GDK_KEY_Tab || keyval == GDK_KEY_KP_Tab)
    direction = (state & GDK_SHIFT_MASK) ? GTK_DIR_TAB_BACKWARD : GTK_DIR_TAB_FORWARD;
  else if (keyval == GDK_KEY_ISO_Left_Tab)
    direction = GTK_DIR_TAB_BACKWARD;
  else
    return GDK_EVENT_PROPAGATE;

  /* With the list closed to focus, the window's focus chain goes past it */
  gtk_widget_set_can_focus (GTK_WIDGET (self->list_view), FALSE);
  moved = gtk_widget_child_focus (GTK_WIDGET (self), direction);
  if (!moved)
    moved = gtk_widget_child_focus (GTK_WIDGET (self), direction);
  gtk_widget_set_can_focus (GTK_WIDGET (self->list_view), TRUE);
  gtk_window_set_focus_visible (GTK_WINDOW (self), TRUE);

  return moved ? GDK_EVENT_STOP : GDK_EVENT_PROPAGATE;
}

/* F6: between the sidebar and the page */
static void
cycle_pane_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CgWindow *self = CG_WINDOW (widget);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  gboolean to_page = focus == NULL || gtk_widget_is_ancestor (focus, self->sidebar) ||
                     focus == self->sidebar;

  if (adw_leaflet_get_folded (self->leaflet))
    {
      to_page = adw_leaflet_get_visible_child (self->leaflet) == self->sidebar;
      if (to_page && !adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD))
        return;
      if (!to_page)
        adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
    }

  if (to_page)
    {
      /* The page's body first; its header (the Back button) when the
       * body has nothing to focus */
      if (!gtk_widget_child_focus (GTK_WIDGET (self->content_stack), GTK_DIR_TAB_FORWARD))
        gtk_widget_child_focus (self->content, GTK_DIR_TAB_FORWARD);
    }
  else if (gtk_widget_get_mapped (GTK_WIDGET (self->list_view)))
    cg_window_focus_list (self);
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_window_set_focus_visible (GTK_WINDOW (self), TRUE);
}

/**
 * cg_window_keys_class_init:
 *
 * The window's key bindings: F6 and Shift+F6, Ctrl+W.
 */
void
cg_window_keys_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.cycle-pane", NULL, cycle_pane_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F6, 0, "win.cycle-pane", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F6, GDK_SHIFT_MASK,
                                       "win.cycle-pane", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
}

/**
 * cg_window_keys_init:
 *
 * Type-to-search on the window, Tab on the list: both look at keys before
 * the focused widget does. Focus coming into the list lands on a row in view.
 */
void
cg_window_keys_init (CgWindow *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_window_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (on_list_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), keys);

  g_signal_connect (self, "notify::focus-widget", G_CALLBACK (on_focus_widget_cb), NULL);
}
