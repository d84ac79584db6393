/* cg-test-state.c: what the window shows, written to a file for UI tests
 *
 * Off unless CG_TEST_STATE_FILE names a file. Then SIGUSR1 makes the window
 * write, as "key=value" lines, what a person sees: the page, the search, the
 * selected and the visible rows, where the focus is, the sidebar's width.
 * The tests drive the window with real X input and read this back.
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cg-test-state"

#include "config.h"

#include <signal.h>
#include <glib-unix.h>
#include <glib/gstdio.h>

#include "cg-link-row.h"
#include "cg-project-row.h"
#include "cg-test-state.h"
#include "cg-window-private.h"

typedef struct
{
  double      y;
  const char *id;
} VisibleRow;

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  const VisibleRow *ra = a, *rb = b;

  return (ra->y > rb->y) - (ra->y < rb->y);
}

static CgProjectRow *
project_row_in (GtkWidget *item)
{
  GtkWidget *child = gtk_widget_get_first_child (item);

  return CG_IS_PROJECT_ROW (child) ? CG_PROJECT_ROW (child) : NULL;
}

/* The rows at least partly inside the list's viewport, top first */
static void
append_visible_rows (CgWindow *self,
                     GString  *out)
{
  GtkWidget *list = GTK_WIDGET (self->list_view);
  int height = gtk_widget_get_height (list);
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (VisibleRow));
  CgProject *selected = gtk_single_selection_get_selected_item (self->selection);
  gboolean selected_visible = FALSE;

  for (GtkWidget *item = gtk_widget_get_first_child (list); item;
       item = gtk_widget_get_next_sibling (item))
    {
      CgProjectRow *row = project_row_in (item);
      graphene_rect_t bounds;
      VisibleRow visible;

      if (row == NULL || cg_project_row_get_project (row) == NULL ||
          !gtk_widget_get_mapped (item) || !gtk_widget_compute_bounds (item, list, &bounds))
        continue;
      /* Wholly inside, give or take a pixel */
      if (bounds.origin.y < -1 || bounds.origin.y + bounds.size.height > height + 1)
        continue;
      visible.y = bounds.origin.y;
      visible.id = cg_project_get_id (cg_project_row_get_project (row));
      g_array_append_val (rows, visible);
      if (cg_project_row_get_project (row) == selected)
        selected_visible = TRUE;
    }
  g_array_sort (rows, compare_rows);

  g_string_append (out, "visible=");
  for (guint i = 0; i < rows->len; i++)
    g_string_append_printf (out, "%s%s", i ? "," : "", g_array_index (rows, VisibleRow, i).id);
  g_string_append_printf (out, "\nselected_visible=%d\n", selected_visible);
}

static void
append_focus (CgWindow *self,
              GString  *out)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  const char *chips[] = { "graduated", "incubating", "sandbox", "archived" };
  GtkWidget *chip_widgets[] = {
    GTK_WIDGET (self->chip_graduated), GTK_WIDGET (self->chip_incubating),
    GTK_WIDGET (self->chip_sandbox), GTK_WIDGET (self->chip_archived),
  };

  g_string_append (out, "focus=");
  for (GtkWidget *w = focus; w != NULL; w = gtk_widget_get_parent (w))
    {
      if (w == GTK_WIDGET (self->search_entry))
        {
          g_string_append (out, "search");
          goto done;
        }
      for (guint i = 0; i < G_N_ELEMENTS (chips); i++)
        if (w == chip_widgets[i])
          {
            g_string_append_printf (out, "chip:%s", chips[i]);
            goto done;
          }
      if (w == GTK_WIDGET (self->language_dropdown) || w == GTK_WIDGET (self->sort_dropdown))
        {
          g_string_append (out, w == GTK_WIDGET (self->sort_dropdown) ? "sort" : "language");
          goto done;
        }
      if (CG_IS_LINK_ROW (w))
        {
          g_string_append_printf (out, "link:%s", cg_link_row_get_uri (CG_LINK_ROW (w)));
          goto done;
        }
      if (gtk_widget_get_parent (w) == GTK_WIDGET (self->list_view))
        {
          CgProjectRow *row = project_row_in (w);
          CgProject *project = row ? cg_project_row_get_project (row) : NULL;

          g_string_append_printf (out, "row:%s", project ? cg_project_get_id (project) : "");
          goto done;
        }
      if (w == GTK_WIDGET (self->list_view))
        {
          g_string_append (out, "list");
          goto done;
        }
    }
  if (focus != NULL)
    g_string_append_printf (out, "%s:%s", G_OBJECT_TYPE_NAME (focus),
                            gtk_widget_get_name (focus));
done:
  g_string_append_printf (out, "\nfocus_sidebar=%d\nfocus_visible=%d\n",
                          focus != NULL && gtk_widget_is_ancestor (focus, self->sidebar),
                          gtk_window_get_focus_visible (GTK_WINDOW (self)));
}

static gboolean
write_state_cb (gpointer user_data)
{
  CgWindow *self = user_data;
  const char *path = g_getenv ("CG_TEST_STATE_FILE");
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *tmp = g_strconcat (path, ".tmp", NULL);
  CgProject *selected = gtk_single_selection_get_selected_item (self->selection);
  CgProject *shown = cg_project_page_get_project (self->project_page);
  gboolean folded = adw_leaflet_get_folded (self->leaflet);
  GtkToggleButton *chips[] = {
    self->chip_graduated, self->chip_incubating, self->chip_sandbox, self->chip_archived,
  };

  g_string_append_printf (out, "title=%s\n", gtk_window_get_title (GTK_WINDOW (self)));
  g_string_append_printf (out, "folded=%d\n", folded);
  g_string_append_printf (out, "side=%s\n",
                          adw_leaflet_get_visible_child (self->leaflet) == self->sidebar
                            ? "list" : "page");
  g_string_append_printf (out, "content=%s\n",
                          gtk_stack_get_visible_child_name (self->content_stack));
  g_string_append_printf (out, "shown=%s\n", shown ? cg_project_get_id (shown) : "");
  g_string_append_printf (out, "query=%s\n",
                          gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  g_string_append_printf (out, "list_stack=%s\n",
                          gtk_stack_get_visible_child_name (self->list_stack));
  g_string_append_printf (out, "n_rows=%u\n",
                          g_list_model_get_n_items (G_LIST_MODEL (self->selection)));
  g_string_append_printf (out, "selected=%s\n", selected ? cg_project_get_id (selected) : "");
  {
    g_autoptr(CgProject) first = g_list_model_get_item (G_LIST_MODEL (self->selection), 0);

    g_string_append_printf (out, "first=%s\n", first ? cg_project_get_id (first) : "");
  }
  append_visible_rows (self, out);
  append_focus (self, out);
  g_string_append_printf (out, "sidebar_width=%d\n", gtk_widget_get_width (self->sidebar));
  for (guint i = 0; i < G_N_ELEMENTS (chips); i++)
    {
      GtkWidget *chip = GTK_WIDGET (chips[i]);
      graphene_rect_t bounds = GRAPHENE_RECT_INIT (0, 0, 0, 0);

      if (!gtk_widget_compute_bounds (chip, GTK_WIDGET (self), &bounds))
        bounds = GRAPHENE_RECT_INIT (0, 0, 0, 0);
      g_string_append_printf (out, "chip%u=%d,%d,%d,%d,%d\n", i,
                              gtk_toggle_button_get_active (chips[i]),
                              (int) bounds.origin.x, (int) bounds.origin.y,
                              (int) bounds.size.width, (int) bounds.size.height);
    }
  /* The list filters and order, where the drop-downs are, and the whole
   * list in its order */
  {
    GtkWidget *dropdowns[] = { GTK_WIDGET (self->language_dropdown),
                               GTK_WIDGET (self->sort_dropdown) };
    const char *names[] = { "language_dropdown", "sort_dropdown" };
    const char *language = cg_search_model_get_language (self->model);
    GListModel *model = G_LIST_MODEL (self->model);

    g_string_append_printf (out, "language=%s\n", language ? language : "");
    g_string_append_printf (out, "sort=%s\n",
                            cg_sort_order_to_string (cg_search_model_get_sort (self->model)));
    for (guint i = 0; i < G_N_ELEMENTS (dropdowns); i++)
      {
        graphene_rect_t bounds = GRAPHENE_RECT_INIT (0, 0, 0, 0);

        if (!gtk_widget_compute_bounds (dropdowns[i], GTK_WIDGET (self), &bounds))
          bounds = GRAPHENE_RECT_INIT (0, 0, 0, 0);
        g_string_append_printf (out, "%s=%d,%d,%d,%d\n", names[i],
                                (int) bounds.origin.x, (int) bounds.origin.y,
                                (int) bounds.size.width, (int) bounds.size.height);
      }
    g_string_append (out, "listed=");
    for (guint i = 0; i < g_list_model_get_n_items (model); i++)
      {
        g_autoptr(CgProject) project = g_list_model_get_item (model, i);

        g_string_append_printf (out, "%s%s", i ? "," : "", cg_project_get_id (project));
      }
    g_string_append_c (out, '\n');
  }
  g_string_append_printf (out, "status=%s\n", cg_window_get_status (self));
  g_string_append_printf (out, "toast=%s\n", self->last_toast ? self->last_toast : "");

  /* Written whole, then renamed: the test never reads half a state */
  if (!g_file_set_contents (tmp, out->str, out->len, &error) || g_rename (tmp, path) != 0)
    g_warning ("Could not write the test state: %s", error ? error->message : path);

  return G_SOURCE_CONTINUE;
}

/**
 * cg_test_state_install:
 *
 * With CG_TEST_STATE_FILE set, writes @window's state to that file on every
 * SIGUSR1, for UI tests. Does nothing otherwise.
 */
void
cg_test_state_install (CgWindow *window)
{
  if (g_getenv ("CG_TEST_STATE_FILE") == NULL)
    return;

  g_unix_signal_add_full (G_PRIORITY_LOW, SIGUSR1, write_state_cb,
                          g_object_ref (window), g_object_unref);
}
