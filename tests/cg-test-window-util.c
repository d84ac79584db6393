/* cg-test-window-util.c: what the window tests share
 *
 * The app is made once per test program, with its own empty cache, no
 * refresh at start, and a link seam that records instead of opening.
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gdk/x11/gdkx.h>

#include <glib/gstdio.h>

#include "cg-test-window-util.h"
#include "cg-test-util.h"

CgApplication *app;
GPtrArray *launched;

static void
record_launch (GtkWindow  *parent,
               const char *uri,
               gpointer    user_data)
{
  g_ptr_array_add (launched, g_strdup (uri));
}

/* Before g_test_run(): the app, registered, with no window yet */
void
cg_test_window_init (int    *argc,
                     char ***argv)
{
  g_autoptr(GError) error = NULL;

  gtk_test_init (argc, argv, NULL);
  adw_init ();
  {
    /* Tests never reach for the network on their own */
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);
    g_settings_set_boolean (settings, "refresh-on-start", FALSE);
    g_settings_set_boolean (settings, "github-lookups", FALSE);
  }
  /* As GNOME lays out title buttons, for screenshots like a user's */
  g_object_set (gtk_settings_get_default (), "gtk-decoration-layout", ":close", NULL);

  /* A cache of our own, empty at start */
  {
    g_autofree char *cache = g_dir_make_tmp ("cg-test-window-cache-XXXXXX", NULL);
    g_setenv ("XDG_CACHE_HOME", cache, TRUE);
  }

  launched = g_ptr_array_new_with_free_func (g_free);
  app = g_object_new (CG_TYPE_APPLICATION,
                      "application-id", APP_ID,
                      "flags", G_APPLICATION_NON_UNIQUE,
                      "resource-base-path", RESOURCE_PREFIX,
                      NULL);
  cg_application_set_uri_launcher (app, record_launch, NULL);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
}

/* After g_test_run() */
void
cg_test_window_finish (void)
{
  GtkWindow *window = cg_application_get_main_window (app);

  if (window != NULL)
    gtk_window_destroy (window);
  iterate_for (50);
  g_clear_object (&app);
  g_clear_pointer (&launched, g_ptr_array_unref);
}

CgWindow *
get_window (void)
{
  GtkWindow *window = cg_application_get_main_window (app);

  g_assert_nonnull (window);
  return CG_WINDOW (window);
}

void
iterate_for (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (2000);
    }
}

/* Iterates until @condition holds, failing after a generous deadline. */
void
wait_until (Condition   condition,
            gpointer    data,
            const char *what)
{
  gint64 end = g_get_monotonic_time () + cg_test_seconds (10) * G_USEC_PER_SEC;

  while (!condition (data))
    {
      if (g_get_monotonic_time () > end)
        g_error ("timed out waiting for %s", what);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

gboolean
window_is_mapped (gpointer data)
{
  GtkWindow *window = cg_application_get_main_window (app);

  return window != NULL && gtk_widget_get_mapped (GTK_WIDGET (window));
}

/* A new main window of the given size, as the settings would restore it. */
void
reopen_window (int width,
               int height)
{
  GtkWindow *old = cg_application_get_main_window (app);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  if (old != NULL)
    gtk_window_destroy (old);
  g_settings_set (settings, "window-size", "(ii)", width, height);
  g_settings_set_boolean (settings, "window-maximized", FALSE);
  g_application_activate (G_APPLICATION (app));
  wait_until (window_is_mapped, NULL, "the window to map");
  iterate_for (300);
}

/* @widget as drawn, into $CG_SCREENSHOT_DIR/@name.png */
void
save_widget_screenshot (GtkWidget  *widget,
                        const char *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  const char *dir = g_getenv ("CG_SCREENSHOT_DIR");
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  int width = 0, height = 0;

  iterate_for (400);
  /* A widget not drawn yet (just shown or resized, on a loaded machine)
   * snapshots to nothing: wait for it to be drawn */
  while (node == NULL)
    {
      g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();

      width = gtk_widget_get_width (widget);
      height = gtk_widget_get_height (widget);
      if (width > 0 && height > 0)
        {
          gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
          node = gtk_snapshot_to_node (snapshot);
        }
      if (node == NULL)
        {
          g_assert_cmpint (g_get_monotonic_time (), <, deadline);
          iterate_for (100);
        }
    }
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_nonnull (dir);
  g_mkdir_with_parents (dir, 0755);
  path = g_strdup_printf ("%s/%s.png", dir, name);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s (%dx%d)", path, width, height);
}

/* The main window as drawn */
void
save_screenshot (const char *name)
{
  save_widget_screenshot (GTK_WIDGET (get_window ()), name);
}

GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return window;
    }
  return NULL;
}

/* Adds @widget and those below it of @type (on screen, with @mapped_only)
 * to @found, in the order a person reads them */
void
collect_widgets (GtkWidget *widget,
                 GType      type,
                 gboolean   mapped_only,
                 GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) &&
      (!mapped_only || gtk_widget_get_mapped (widget)))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_widgets (child, type, mapped_only, found);
}

/* The link row titled @title that is on screen below @page */
CgLinkRow *
find_link_row (GtkWidget  *page,
               const char *title)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect_widgets (page, CG_TYPE_LINK_ROW, TRUE, rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (rows->pdata[i]), title) == 0)
      return rows->pdata[i];
  return NULL;
}

/**
 * collect_labels:
 * Returns: (transfer container): every GtkLabel below @widget, in order
 */
GPtrArray *
collect_labels (GtkWidget *widget,
                gboolean   mapped_only)
{
  GPtrArray *labels = g_ptr_array_new ();

  collect_widgets (widget, GTK_TYPE_LABEL, mapped_only, labels);
  return labels;
}

/* The label below @widget that shows @text, as a person reads it */
GtkLabel *
find_label (GtkWidget  *widget,
            const char *text)
{
  g_autoptr(GPtrArray) labels = collect_labels (widget, FALSE);

  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_text (labels->pdata[i]), text) == 0)
      return labels->pdata[i];
  return NULL;
}

/* A real click in the middle of @widget, through the X server. */
void
click_widget (GtkWidget *widget)
{
  GtkNative *native = gtk_widget_get_native (widget);
  GdkSurface *surface = gtk_native_get_surface (native);
  graphene_rect_t bounds;
  double dx, dy;
  g_autofree char *xid = NULL;
  g_autofree char *x = NULL;
  g_autofree char *y = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_assert_true (gtk_widget_compute_bounds (widget, GTK_WIDGET (native), &bounds));
  gtk_native_get_surface_transform (native, &dx, &dy);
  xid = g_strdup_printf ("%lu", (gulong) gdk_x11_surface_get_xid (surface));
  x = g_strdup_printf ("%d", (int) (dx + bounds.origin.x + bounds.size.width / 2));
  y = g_strdup_printf ("%d", (int) (dy + bounds.origin.y + bounds.size.height / 2));
  {
    const char *argv[] = { "xdotool", "mousemove", "--sync", "--window", xid, x, y,
                           "click", "1", NULL };

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
                  &status, &error);
  }
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);
  iterate_for (200);
}

static gboolean
query_is (gpointer data)
{
  return g_strcmp0 (cg_search_model_get_query (get_window ()->model), data) == 0;
}

/* Types into the search entry and waits for the list to follow. */
void
type_search (const char *text)
{
  CgWindow *window = get_window ();

  gtk_widget_grab_focus (GTK_WIDGET (window->search_entry));
  gtk_editable_set_text (GTK_EDITABLE (window->search_entry), text);
  wait_until (query_is, (gpointer) text, "the search to apply");
}

/* The ids of the listed projects, in the list's order */
GPtrArray *
listed_ids (void)
{
  GListModel *model = G_LIST_MODEL (get_window ()->model);
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(CgProject) project = g_list_model_get_item (model, i);
      g_ptr_array_add (ids, g_strdup (cg_project_get_id (project)));
    }
  return ids;
}

int
position_of (GPtrArray  *ids,
             const char *id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_str_equal (ids->pdata[i], id))
      return (int) i;
  return -1;
}
