/* test-search-provider.c: the GNOME Shell search provider, called over D-Bus
 *
 * Runs under its own session bus (dbus-run-session, see tests/meson.build):
 * the app registers on it as it would on a desktop, and a second connection
 * calls it as GNOME Shell would.
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cg-application.h"
#include "cg-project-page.h"
#include "cg-search-provider.h"
#include "cg-window-private.h"

#define PROVIDER_PATH "/io/github/cncf_guide/ContributorGuide/SearchProvider"
#define PROVIDER_IFACE "org.gnome.Shell.SearchProvider2"

static CgApplication *app;
static GDBusConnection *shell;  /* plays GNOME Shell */

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

/* Calls the provider and lets the app answer in this same process. */
static GVariant *
call (const char *method,
      GVariant   *parameters)
{
  GVariant *reply = NULL;
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  g_dbus_connection_call (shell, APP_ID, PROVIDER_PATH, PROVIDER_IFACE, method, parameters,
                          NULL, G_DBUS_CALL_FLAGS_NONE, 5000, NULL, call_done_cb, &reply);
  while (reply == NULL)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
  return reply;
}

static GVariant *
terms (const char *first,
       ...)
{
  GVariantBuilder builder;
  va_list args;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("as"));
  va_start (args, first);
  for (const char *t = first; t != NULL; t = va_arg (args, const char *))
    g_variant_builder_add (&builder, "s", t);
  va_end (args);
  return g_variant_builder_end (&builder);
}

static void
test_initial_results (void)
{
  g_autoptr(GVariant) reply = call ("GetInitialResultSet", g_variant_new ("(@as)",
                                                                         terms ("kubern", NULL)));
  g_autofree const char **ids = NULL;

  g_variant_get (reply, "(^a&s)", &ids);
  g_assert_cmpuint (g_strv_length ((char **) ids), >=, 1);
  g_assert_cmpuint (g_strv_length ((char **) ids), <=, CG_SEARCH_PROVIDER_MAX_RESULTS);
  /* The same ranking as the app */
  g_assert_cmpstr (ids[0], ==, "kubernetes");
}

static void
test_several_terms_and_nothing (void)
{
  g_autoptr(GVariant) mesh = call ("GetInitialResultSet",
                                   g_variant_new ("(@as)", terms ("service", "mesh", NULL)));
  g_autoptr(GVariant) none = call ("GetInitialResultSet",
                                   g_variant_new ("(@as)", terms ("qqqqzzzz", NULL)));
  g_autoptr(GVariant) blank = call ("GetInitialResultSet",
                                    g_variant_new ("(@as)", terms ("  ", NULL)));
  g_autofree const char **ids = NULL;

  g_variant_get (mesh, "(^a&s)", &ids);
  g_assert_cmpuint (g_strv_length ((char **) ids), ==, CG_SEARCH_PROVIDER_MAX_RESULTS);
  g_assert_cmpuint (g_variant_n_children (g_variant_get_child_value (none, 0)), ==, 0);
  g_assert_cmpuint (g_variant_n_children (g_variant_get_child_value (blank, 0)), ==, 0);
}

static void
test_subsearch (void)
{
  g_autoptr(GVariant) reply = NULL;
  g_autofree const char **ids = NULL;
  const char *previous[] = { "linkerd", "kubernetes", "envoy", NULL };

  /* Narrowing keeps only previous results, in the app's order */
  reply = call ("GetSubsearchResultSet",
                g_variant_new ("(^as@as)", previous, terms ("link", NULL)));
  g_variant_get (reply, "(^a&s)", &ids);
  g_assert_cmpuint (g_strv_length ((char **) ids), ==, 1);
  g_assert_cmpstr (ids[0], ==, "linkerd");
}

static void
test_result_metas (void)
{
  const char *ids[] = { "kubernetes", "no-such-project", "rkt", NULL };
  g_autoptr(GVariant) reply = call ("GetResultMetas", g_variant_new ("(^as)", ids));
  g_autoptr(GVariant) metas = g_variant_get_child_value (reply, 0);
  g_autoptr(GVariant) first = NULL;
  g_autoptr(GVariant) second = NULL;
  const char *name = NULL, *description = NULL, *id = NULL;

  /* Unknown ids are left out */
  g_assert_cmpuint (g_variant_n_children (metas), ==, 2);
  first = g_variant_get_child_value (metas, 0);
  g_assert_true (g_variant_lookup (first, "id", "&s", &id));
  g_assert_true (g_variant_lookup (first, "name", "&s", &name));
  g_assert_true (g_variant_lookup (first, "description", "&s", &description));
  g_assert_cmpstr (id, ==, "kubernetes");
  g_assert_cmpstr (name, ==, "Kubernetes");
  g_assert_cmpstr (description, ==, "Graduated · Orchestration");
  second = g_variant_get_child_value (metas, 1);
  g_assert_true (g_variant_lookup (second, "description", "&s", &description));
  g_assert_true (g_str_has_prefix (description, "Archived"));
}

static void
test_activate_result (void)
{
  g_autoptr(GVariant) reply = call ("ActivateResult",
                                    g_variant_new ("(s@asu)", "helm", terms ("helm", NULL), 0));
  GtkWindow *window = cg_application_get_main_window (app);

  /* The app opens on that project */
  g_assert_nonnull (window);
  g_assert_cmpstr (cg_project_get_id (cg_project_page_get_project (CG_WINDOW (window)->project_page)),
                   ==, "helm");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (CG_WINDOW (window)->content_stack), ==,
                   "project");
}

/* The toast on screen, as drawn: the label of the overlay's toast widget */
static const char *
shown_toast_text (CgWindow *window)
{
  for (GtkWidget *w = gtk_widget_get_first_child (GTK_WIDGET (window->toast_overlay)); w;
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

/* Any process on the bus can call ActivateResult with any id */
static void
test_activate_unknown (void)
{
  const char *hostile = "<b>x</b> & <a href=\"file:///etc/passwd\">y</a>";
  g_autoptr(GVariant) reply = call ("ActivateResult",
                                    g_variant_new ("(s@asu)", hostile, terms ("x", NULL), 0));
  CgWindow *window = CG_WINDOW (cg_application_get_main_window (app));
  guint n = 0;

  /* Said as plain text */
  g_assert_cmpstr (shown_toast_text (window), ==, "No project with the id “<b>x</b> & "
                   "<a href=\"file:///etc/passwd\">y</a>”");

  /* A burst of calls queues no more than the cap of toasts */
  for (guint i = 0; i < 1000; i++)
    {
      g_autofree char *id = g_strdup_printf ("no-such-project-%u", i);

      g_dbus_connection_call (shell, APP_ID, PROVIDER_PATH, PROVIDER_IFACE, "ActivateResult",
                              g_variant_new ("(s@asu)", id, terms ("x", NULL), 0),
                              NULL, G_DBUS_CALL_FLAGS_NONE, -1, NULL, count_reply_cb, &n);
    }
  while (n < 1000)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (window->toasts->len, <=, CG_WINDOW_MAX_TOASTS);
  g_assert_cmpstr (window->last_toast, ==, "No project with the id “no-such-project-999”");
}

static void
test_launch_search (void)
{
  g_autoptr(GVariant) reply = call ("LaunchSearch",
                                    g_variant_new ("(@asu)", terms ("service", "mesh", NULL), 0));
  CgWindow *window = CG_WINDOW (cg_application_get_main_window (app));

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (window->search_entry)), ==,
                   "service mesh");
  g_assert_cmpstr (cg_search_model_get_query (window->model), ==, "service mesh");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *address = NULL;
  int ret;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  {
    /* Tests never reach for the network on their own */
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);
    g_settings_set_boolean (settings, "refresh-on-start", FALSE);
  }

  {
    g_autofree char *cache = g_dir_make_tmp ("cg-test-provider-cache-XXXXXX", NULL);
    g_setenv ("XDG_CACHE_HOME", cache, TRUE);
  }
  app = cg_application_new ();
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_assert_false (g_application_get_is_remote (G_APPLICATION (app)));

  address = g_dbus_address_get_for_bus_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_assert_no_error (error);
  shell = g_dbus_connection_new_for_address_sync (address,
                                                  G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                                                  G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
                                                  NULL, NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/search-provider/initial-results", test_initial_results);
  g_test_add_func ("/search-provider/several-terms-and-nothing", test_several_terms_and_nothing);
  g_test_add_func ("/search-provider/subsearch", test_subsearch);
  g_test_add_func ("/search-provider/result-metas", test_result_metas);
  g_test_add_func ("/search-provider/activate-result", test_activate_result);
  g_test_add_func ("/search-provider/launch-search", test_launch_search);
  g_test_add_func ("/search-provider/activate-unknown", test_activate_unknown);

  ret = g_test_run ();

  if (cg_application_get_main_window (app))
    gtk_window_destroy (cg_application_get_main_window (app));
  g_clear_object (&shell);
  g_clear_object (&app);
  return ret;
}
