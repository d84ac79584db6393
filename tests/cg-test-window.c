/* cg-test-window.c: driving the real window under Xvfb, for the UI tests
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gdk/x11/gdkx.h>
#include <glib/gstdio.h>

#include "cg-test-window.h"

static CgApplication *test_app;

void
cg_test_window_set_app (CgApplication *app)
{
  test_app = app;
}

CgWindow *
cg_test_window_get (void)
{
  GtkWindow *window = cg_application_get_main_window (test_app);

  g_assert_nonnull (window);
  return CG_WINDOW (window);
}

void
cg_test_iterate_for (guint ms)
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
cg_test_wait_until (CgTestCondition  condition,
                    gpointer         data,
                    const char      *what)
{
  gint64 end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!condition (data))
    {
      if (g_get_monotonic_time () > end)
        g_error ("timed out waiting for %s", what);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static gboolean
window_is_mapped (gpointer data)
{
  GtkWindow *window = cg_application_get_main_window (test_app);

  return window != NULL && gtk_widget_get_mapped (GTK_WIDGET (window));
}

/* A new main window of the given size, as the settings would restore it. */
void
cg_test_reopen_window (int width,
                       int height)
{
  GtkWindow *old = cg_application_get_main_window (test_app);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  if (old != NULL)
    gtk_window_destroy (old);
  g_settings_set (settings, "window-size", "(ii)", width, height);
  g_settings_set_boolean (settings, "window-maximized", FALSE);
  g_application_activate (G_APPLICATION (test_app));
  cg_test_wait_until (window_is_mapped, NULL, "the window to map");
  cg_test_iterate_for (300);
}

void
cg_test_save_screenshot (const char *name)
{
  GtkWidget *widget = GTK_WIDGET (cg_test_window_get ());
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  const char *dir = g_getenv ("CG_SCREENSHOT_DIR");
  int width, height;

  cg_test_iterate_for (400);
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  paintable = gtk_widget_paintable_new (widget);
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (widget)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_nonnull (dir);
  g_mkdir_with_parents (dir, 0755);
  path = g_strdup_printf ("%s/%s.png", dir, name);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s (%dx%d)", path, width, height);
}

/* A real click in the middle of @widget, through the X server. */
void
cg_test_click (GtkWidget *widget)
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
  cg_test_iterate_for (200);
}
