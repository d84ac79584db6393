/* test-provider-app.c: the search provider starts the real app
 *
 * The app registers on a private bus as on a desktop; the bus starts the
 * build's provider on the first call; what the provider asks the app to do
 * must show in the window.
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cg-application.h"
#include "cg-project-page.h"
#include "cg-window-private.h"
#include "../cg-test-util.h"

#define PROVIDER_NAME APP_ID ".SearchProvider"
#define PROVIDER_PATH "/io/github/cncf_guide/ContributorGuide/SearchProvider"
#define PROVIDER_IFACE "org.gnome.Shell.SearchProvider2"
#define HOSTILE "<b>x</b> & <a href=\"file:///etc/passwd\">y</a>"

static CgApplication *app;
static guint launched;  /* links opened */

static void
record_launch (GtkWindow  *parent,
               const char *uri,
               gpointer    user_data)
{
  launched++;
}

static void
call_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  GVariant **reply = user_data;
  g_autoptr(GError) error = NULL;

  *reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, &error);
  g_assert_no_error (error);
}

/* Calls the provider as the Shell does, letting the app run meanwhile */
static void
call_provider (const char *method,
               GVariant   *parameters)
{
  g_autoptr(GVariant) reply = NULL;
  gint64 deadline = g_get_monotonic_time () + cg_test_seconds (60) * G_USEC_PER_SEC;

  g_dbus_connection_call (g_application_get_dbus_connection (G_APPLICATION (app)),
                          PROVIDER_NAME, PROVIDER_PATH, PROVIDER_IFACE, method, parameters,
                          NULL, G_DBUS_CALL_FLAGS_NONE, 60000, NULL, call_done_cb, &reply);
  while (reply == NULL)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
}

static CgWindow *
window (void)
{
  GtkWindow *main_window = cg_application_get_main_window (app);

  return main_window ? CG_WINDOW (main_window) : NULL;
}

static gboolean
shows_project (gpointer id)
{
  CgProject *project;

  if (window () == NULL || !gtk_widget_get_mapped (GTK_WIDGET (window ())))
    return FALSE;
  project = cg_project_page_get_project (window ()->project_page);
  return project != NULL && g_str_equal (cg_project_get_id (project), id) &&
         g_str_equal (gtk_stack_get_visible_child_name (window ()->content_stack), "project");
}

static gboolean
shows_search (gpointer text)
{
  return window () != NULL && gtk_widget_get_mapped (GTK_WIDGET (window ())) &&
         g_str_equal (gtk_editable_get_text (GTK_EDITABLE (window ()->search_entry)), text);
}

/* The app answers the provider in this process: run it until @done, with
 * a generous deadline */
static void
wait_until (GSourceFunc done,
            gpointer    data)
{
  gint64 deadline = g_get_monotonic_time () + cg_test_seconds (30) * G_USEC_PER_SEC;

  while (!done (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static GVariant *
terms (const char *first,
       const char *second)
{
  const char *strv[] = { first, second, NULL };

  return g_variant_new_strv (strv, -1);
}

/* Choosing a result in the overview opens the window on that project */
static void
test_activate_result (void)
{
  g_assert_null (window ());
  call_provider ("ActivateResult", g_variant_new ("(s@asu)", "helm", terms ("helm", NULL), 0));
  wait_until (shows_project, (gpointer) "helm");
}

/* Enter in the overview: the window with that search */
static void
test_launch_search (void)
{
  call_provider ("LaunchSearch", g_variant_new ("(@asu)", terms ("service", "mesh"), 0));
  wait_until (shows_search, (gpointer) "service mesh");
  g_assert_cmpstr (cg_search_model_get_query (window ()->model), ==, "service mesh");
}

/* A hostile id opens no project: the window searches for the terms, as
 * typed, and nothing is launched */
static void
test_activate_hostile_id (void)
{
  call_provider ("ActivateResult", g_variant_new ("(s@asu)", HOSTILE,
                                                  terms ("<b>x</b>", "&"), 0));
  wait_until (shows_search, (gpointer) "<b>x</b> &");
  g_assert_cmpstr (cg_project_get_id (cg_project_page_get_project (window ()->project_page)),
                   ==, "helm");
  g_assert_cmpuint (launched, ==, 0);
}

/* The toast on screen, as drawn: the label of the overlay's toast widget */
static const char *
shown_toast_text (CgWindow *shown)
{
  for (GtkWidget *w = gtk_widget_get_first_child (GTK_WIDGET (shown->toast_overlay)); w;
       w = gtk_widget_get_next_sibling (w))
    if (g_str_equal (G_OBJECT_TYPE_NAME (w), "AdwToastWidget") && gtk_widget_get_can_target (w))
      {
        GtkWidget *label = gtk_widget_get_first_child (w);

        while (label != NULL && !GTK_IS_LABEL (label))
          label = gtk_widget_get_first_child (label);
        return label ? gtk_label_get_text (GTK_LABEL (label)) : NULL;
      }
  return NULL;
}

static void
count_reply_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GVariant) reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result,
                                                             NULL);
  guint *n = user_data;

  (*n)++;
}

/* Asks the app itself, as any process on the bus can, to show @id */
static void
show_project_async (const char *id,
                    guint      *replies)
{
  g_dbus_connection_call (g_application_get_dbus_connection (G_APPLICATION (app)), APP_ID,
                          "/io/github/cncf_guide/ContributorGuide",
                          "org.freedesktop.Application", "ActivateAction",
                          g_variant_new_parsed ("('show-project', [<%s>], @a{sv} {})", id),
                          NULL, G_DBUS_CALL_FLAGS_NONE, -1, NULL, count_reply_cb, replies);
}

/* The provider never passes on an id that is no project's, but any process
 * can ask the app directly: the id is said as plain text, and a burst of
 * such calls queues no more than the cap of toasts */
static void
test_app_show_unknown (void)
{
  gint64 deadline = g_get_monotonic_time () + cg_test_seconds (60) * G_USEC_PER_SEC;
  guint n = 0;

  show_project_async (HOSTILE, &n);
  while (n < 1)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
  g_assert_cmpstr (shown_toast_text (window ()), ==, "No project with the id “<b>x</b> & "
                   "<a href=\"file:///etc/passwd\">y</a>”");

  /* 100: the bus allows a connection 128 calls waiting for replies */
  n = 0;
  for (guint i = 0; i < 100; i++)
    {
      g_autofree char *id = g_strdup_printf ("no-such-project-%u", i);

      show_project_async (id, &n);
    }
  while (n < 100)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
  g_assert_cmpuint (window ()->toasts->len, <=, CG_WINDOW_MAX_TOASTS);
  g_assert_cmpstr (window ()->last_toast, ==, "No project with the id “no-such-project-99”");
  g_assert_cmpuint (launched, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) env = NULL;
  g_autofree char *cache = g_dir_make_tmp ("cg-test-provider-app-XXXXXX", NULL);
  GDBusConnection *bus;
  int ret;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  {
    /* Tests never reach for the network on their own */
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);
    g_settings_set_boolean (settings, "refresh-on-start", FALSE);
  }
  /* The app and the provider read the same (empty) cache */
  g_setenv ("XDG_CACHE_HOME", cache, TRUE);

  app = cg_application_new ();
  cg_application_set_uri_launcher (app, record_launch, NULL);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_assert_false (g_application_get_is_remote (G_APPLICATION (app)));

  bus = g_application_get_dbus_connection (G_APPLICATION (app));
  env = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                     "org.freedesktop.DBus", "UpdateActivationEnvironment",
                                     g_variant_new_parsed ("({'XDG_CACHE_HOME': %s},)", cache),
                                     NULL, G_DBUS_CALL_FLAGS_NONE, -1, NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/provider-app/activate-result", test_activate_result);
  g_test_add_func ("/provider-app/launch-search", test_launch_search);
  g_test_add_func ("/provider-app/activate-hostile-id", test_activate_hostile_id);
  g_test_add_func ("/provider-app/app-show-unknown", test_app_show_unknown);

  ret = g_test_run ();

  if (window () != NULL)
    gtk_window_destroy (GTK_WINDOW (window ()));
  g_clear_object (&app);
  return ret;
}
