/* test-window.c: the real window, driven as a person would, under Xvfb
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "cg-test-api.h"
#include "config.h"

#include <string.h>
#include <libsoup/soup.h>
#include <glib/gstdio.h>

#include "cg-project-row.h"
#include "cg-search.h"
#include "cg-project-page-private.h"
#include "cg-test-window-util.h"

static void
test_initial_list (void)
{
  CgWindow *window = get_window ();
  g_autoptr(CgSearchResult) expected = cg_search_run (window->catalog, NULL, 0);
  g_autoptr(GPtrArray) ids = listed_ids ();

  /* The whole catalog, in the command line's order */
  g_assert_cmpuint (ids->len, ==, cg_catalog_get_n_projects (window->catalog));
  for (guint i = 0; i < ids->len; i++)
    g_assert_cmpstr (ids->pdata[i], ==,
                     cg_project_get_id (cg_catalog_get_project (
                       window->catalog, g_array_index (expected->positions, guint, i))));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->list_stack), ==, "list");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->content_stack), ==, "none");
  /* After the first frame, the list view sees every project */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (window->selection)), ==, ids->len);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window->list_view)));
}

static void
test_search_and_chips (void)
{
  CgWindow *window = get_window ();
  g_autoptr(GPtrArray) mesh = NULL;
  g_autoptr(GPtrArray) archived = NULL;
  g_autoptr(CgSearchResult) counts = NULL;

  type_search ("mesh");
  mesh = listed_ids ();
  g_assert_cmpint (position_of (mesh, "envoy"), >=, 0);
  g_assert_cmpint (position_of (mesh, "linkerd"), >=, 0);
  /* Projects named for meshes lead; then the service meshes by focus */
  g_assert_cmpstr (mesh->pdata[0], ==, "meshery");
  g_assert_cmpint (position_of (mesh, "prometheus"), ==, -1);

  /* The chips count what the search finds at each level */
  counts = cg_search_run (window->catalog, "mesh", 0);
  for (guint m = 0; m < CG_N_MATURITIES; m++)
    {
      GtkToggleButton *chips[] = { window->chip_graduated, window->chip_incubating,
                                   window->chip_sandbox, window->chip_archived };
      g_autofree char *expected = g_strdup_printf ("%s %u", cg_maturity_get_title (m),
                                                   counts->counts[m]);

      g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (chips[m])), ==, expected);
    }

  /* Search and chips combine */
  gtk_toggle_button_set_active (window->chip_graduated, TRUE);
  {
    g_autoptr(GPtrArray) graduated_mesh = listed_ids ();

    g_assert_cmpuint (graduated_mesh->len, ==, counts->counts[CG_MATURITY_GRADUATED]);
    /* Among graduated projects, Envoy and Linkerd lead the list */
    g_assert_cmpint (position_of (graduated_mesh, "envoy"), >=, 0);
    g_assert_cmpint (position_of (graduated_mesh, "envoy"), <, 3);
    g_assert_cmpint (position_of (graduated_mesh, "linkerd"), <, 3);
  }
  save_screenshot ("wide-search-mesh");
  gtk_toggle_button_set_active (window->chip_graduated, FALSE);

  /* An empty search lists everything; a chip narrows it */
  type_search ("");
  gtk_toggle_button_set_active (window->chip_archived, TRUE);
  archived = listed_ids ();
  g_assert_cmpint (position_of (archived, "rkt"), >=, 0);
  g_assert_cmpint (position_of (archived, "opentracing"), >=, 0);
  g_assert_cmpint (position_of (archived, "openmetrics"), >=, 0);
  g_assert_cmpint (position_of (archived, "kubernetes"), ==, -1);
  {
    g_autofree char *label = g_strdup_printf ("%s %u", cg_maturity_get_title (CG_MATURITY_ARCHIVED),
                                              archived->len);
    g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (window->chip_archived)), ==, label);
  }
  gtk_toggle_button_set_active (window->chip_sandbox, TRUE);
  {
    g_autoptr(GPtrArray) two = listed_ids ();
    g_assert_cmpuint (two->len, >, archived->len);
    g_assert_cmpint (position_of (two, "telepresence"), <, position_of (two, "rkt"));
  }
  gtk_widget_activate_action (GTK_WIDGET (window), "win.clear-search", NULL);
  g_assert_false (gtk_toggle_button_get_active (window->chip_archived));
  g_assert_false (gtk_toggle_button_get_active (window->chip_sandbox));
  {
    g_autoptr(GPtrArray) all = listed_ids ();
    g_assert_cmpuint (all->len, ==, cg_catalog_get_n_projects (window->catalog));
  }
}

static void
test_project_page (void)
{
  CgWindow *window = get_window ();
  CgProject *k8s = cg_catalog_lookup (window->catalog, "kubernetes");
  guint position;
  CgLinkRow *row;

  type_search ("kubernetes");
  position = cg_search_model_find (window->model, k8s);
  g_assert_cmpuint (position, ==, 0);

  /* Selecting a row shows its page */
  gtk_single_selection_set_selected (window->selection, position);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->content_stack), ==, "project");
  g_assert_true (cg_project_page_get_project (window->project_page) == k8s);
  g_assert_cmpstr (adw_window_title_get_title (window->content_title), ==, "Kubernetes");
  iterate_for (100);

  /* Its rows carry the catalog's links */
  row = find_link_row (GTK_WIDGET (window->project_page), "Repository");
  g_assert_nonnull (row);
  g_assert_cmpstr (cg_link_row_get_uri (row), ==, cg_project_get_repository (k8s));
  row = find_link_row (GTK_WIDGET (window->project_page), "Read the contributor guide");
  g_assert_nonnull (row);
  g_assert_cmpstr (cg_link_row_get_uri (row), ==, cg_project_get_contributor_guide (k8s));
  g_assert_nonnull (find_link_row (GTK_WIDGET (window->project_page), "Kubernetes Slack"));
  row = find_link_row (GTK_WIDGET (window->project_page),
                       "Sign the CLA before your first pull request");
  g_assert_nonnull (row);
  g_assert_cmpstr (cg_link_row_get_uri (row), ==, "https://github.com/cncf/cla");

  /* Activating the repository row opens exactly that link */
  row = find_link_row (GTK_WIDGET (window->project_page), "Repository");
  g_ptr_array_set_size (launched, 0);
  adw_action_row_activate (ADW_ACTION_ROW (row));
  g_assert_cmpuint (launched->len, ==, 1);
  g_assert_cmpstr (launched->pdata[0], ==, "https://github.com/kubernetes/kubernetes");

  save_screenshot ("wide-project");

  /* A channel reads as "#helm-dev on Kubernetes Slack" */
  cg_window_show_project (window, "helm");
  iterate_for (50);
  g_assert_nonnull (find_link_row (GTK_WIDGET (window->project_page),
                                   "#helm-dev on Kubernetes Slack"));

  /* An archived project says so at the top */
  cg_window_show_project (window, "rkt");
  iterate_for (50);
  g_assert_true (gtk_widget_get_visible (window->project_page->archived_box));
  save_screenshot ("wide-archived-project");
  cg_window_show_project (window, "kubernetes");
  g_assert_false (gtk_widget_get_visible (window->project_page->archived_box));
  type_search ("");
}

static void
test_refused_links (void)
{
  CgWindow *window = get_window ();
  static const char * const bad[] = {
    "javascript:alert(1)", "http://example.com/", "file:///etc/passwd",
    "https://github.com@evil.example/", "https://example.com/\xe2\x80\xae", "smb://x.example/a",
  };
  GtkWidget *row;

  /* The copy button copies a link and says so (toasts come after the
   * screenshots: without a window manager they never time out) */
  cg_window_show_project (window, "kubernetes");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.copy-uri", "s",
                              "https://github.com/kubernetes/kubernetes");
  g_assert_cmpstr (window->last_toast, ==, "Link copied");
  g_clear_pointer (&window->last_toast, g_free);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.copy-uri", "s", "javascript:alert(1)");
  g_assert_null (window->last_toast);

  /* Checked again at the click: nothing launches, a toast says why */
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_ptr_array_set_size (launched, 0);
      g_clear_pointer (&window->last_toast, g_free);
      gtk_widget_activate_action (GTK_WIDGET (window), "win.open-uri", "s", bad[i]);
      g_assert_cmpuint (launched->len, ==, 0);
      g_assert_nonnull (window->last_toast);
      g_assert_true (g_str_has_prefix (window->last_toast, "The link was not opened: "));
    }

  /* A row made from a refused link offers no way to open or copy it */
  row = g_object_ref_sink (cg_link_row_new ("Evil", NULL, "javascript:alert(1)"));
  g_assert_null (cg_link_row_get_uri (CG_LINK_ROW (row)));
  g_assert_false (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                   "Link refused: not an https URL");
  g_ptr_array_set_size (launched, 0);
  adw_action_row_activate (ADW_ACTION_ROW (row));
  g_assert_cmpuint (launched->len, ==, 0);
  g_object_unref (row);
}

static void
test_bad_catalog_file (void)
{
  CgWindow *window = get_window ();
  g_autoptr(CgCatalog) before = g_object_ref (window->catalog);
  g_autofree char *dir = g_dir_make_tmp ("cg-test-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "evil.json", NULL);
  g_autofree char *good_path = g_build_filename (dir, "small.json", NULL);

  g_assert_true (g_file_set_contents (path,
    "{\"schema_version\":1,\"catalog_date\":\"2026-11-28\",\"projects\":[{\"id\":\"x\","
    "\"name\":\"X\",\"maturity\":\"sandbox\",\"repository\":\"javascript:alert(1)\"}]}", -1, NULL));

  /* Refused whole: the catalog shown stays, and a toast says why */
  g_action_group_activate_action (G_ACTION_GROUP (app), "load-catalog",
                                  g_variant_new_bytestring (path));
  g_assert_true (window->catalog == before);
  g_assert_nonnull (strstr (window->last_toast, "projects[0].repository: not an https URL"));
  g_assert_null (cg_catalog_lookup (window->catalog, "x"));

  /* A good one replaces it */
  g_assert_true (g_file_set_contents (good_path,
    "{\"schema_version\":1,\"catalog_date\":\"2026-11-28\",\"projects\":[{\"id\":\"x\","
    "\"name\":\"<b>X & Y</b>\",\"maturity\":\"sandbox\","
    "\"repository\":\"https://example.com/x\"}]}", -1, NULL));
  g_action_group_activate_action (G_ACTION_GROUP (app), "load-catalog",
                                  g_variant_new_bytestring (good_path));
  g_assert_nonnull (cg_catalog_lookup (window->catalog, "x"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (window->model)), ==, 1);
  /* Markup in a name is shown literally */
  cg_window_show_project (window, "x");
  g_assert_cmpstr (gtk_label_get_label (window->project_page->name_label), ==, "<b>X & Y</b>");

  cg_application_set_catalog (app, before);
  g_remove (path);
  g_remove (good_path);
  g_rmdir (dir);
}

static gboolean
list_is_empty (gpointer data)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (get_window ()->list_stack), "empty") == 0;
}

static void
test_empty_state (void)
{
  CgWindow *window = get_window ();
  g_autoptr(GPtrArray) ids = NULL;

  type_search ("kubernets");
  wait_until (list_is_empty, NULL, "the empty state");
  g_assert_true (gtk_widget_get_visible (window->suggestion_button));
  g_assert_cmpstr (gtk_label_get_label (window->suggestion_label), ==,
                   "Did you mean Kubernetes?");
  save_screenshot ("wide-empty-suggestion");

  /* Its button searches for the suggestion */
  g_signal_emit_by_name (window->suggestion_button, "clicked");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (window->search_entry)), ==, "Kubernetes");
  ids = listed_ids ();
  g_assert_cmpstr (ids->pdata[0], ==, "kubernetes");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->list_stack), ==, "list");

  /* Nothing close: no suggestion, only the way out */
  type_search ("zzzzqqqq");
  wait_until (list_is_empty, NULL, "the empty state");
  g_assert_false (gtk_widget_get_visible (window->suggestion_button));

  /* Escape clears the search */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.escape", NULL);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (window->search_entry)), ==, "");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (window->model)), ==,
                    cg_catalog_get_n_projects (window->catalog));

  /* Enter in the search opens the best match */
  type_search ("prometheus");
  g_signal_emit_by_name (window->search_entry, "activate");
  g_assert_cmpstr (cg_project_get_id (cg_project_page_get_project (window->project_page)), ==,
                   "prometheus");
  type_search ("");
}

/* Keys, sent to the controllers that handle them */
static void
test_keyboard (void)
{
  CgWindow *window = get_window ();
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window->search_entry));
  GtkWidget *focus;
  gboolean handled = FALSE;

  type_search ("mesh");
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller) && !handled)
        g_signal_emit_by_name (controller, "key-pressed", GDK_KEY_Down, 0, 0, &handled);
    }

  /* Down from the search moves focus into the list */
  g_assert_true (handled);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, GTK_WIDGET (window->list_view)));

  /* Ctrl+F brings it back to the search */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.focus-search", NULL);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (focus == GTK_WIDGET (window->search_entry) ||
                 gtk_widget_is_ancestor (focus, GTK_WIDGET (window->search_entry)));
  type_search ("");
}

static void
test_community (void)
{
  CgWindow *window = get_window ();

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-community", NULL);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->content_stack), ==, "community");
  iterate_for (100);
  g_assert_nonnull (find_link_row (GTK_WIDGET (window->community_page), "TOC repository"));
  g_assert_nonnull (find_link_row (GTK_WIDGET (window->community_page),
                                   "Project Lifecycle and Graduation Criteria"));
  g_ptr_array_set_size (launched, 0);
  adw_action_row_activate (ADW_ACTION_ROW (find_link_row (GTK_WIDGET (window->community_page),
                                                          "TOC repository")));
  g_assert_cmpuint (launched->len, ==, 1);
  g_assert_cmpstr (launched->pdata[0], ==, "https://github.com/cncf/toc");
  save_screenshot ("wide-community");
}

static void
test_accessibility (void)
{
  CgWindow *window = get_window ();
  GtkWidget *row;

  gtk_test_accessible_assert_property (window->search_entry, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Search projects");
  /* GTK 4.8 exposes a toggle button as a button with a pressed state */
  gtk_test_accessible_assert_role (window->chip_graduated, GTK_ACCESSIBLE_ROLE_BUTTON);
  gtk_test_accessible_assert_state (window->chip_graduated, GTK_ACCESSIBLE_STATE_PRESSED,
                                    GTK_ACCESSIBLE_TRISTATE_FALSE);
  gtk_test_accessible_assert_property (window->list_view, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Projects");

  /* Icon-only buttons: a name and a tooltip */
  {
    GtkWidget *buttons[] = { window->back_button };
    for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
      {
        g_assert_nonnull (gtk_widget_get_tooltip_text (buttons[i]));
        gtk_test_accessible_assert_property (buttons[i], GTK_ACCESSIBLE_PROPERTY_LABEL,
                                             "Back to the list");
      }
  }

  /* A list row reads as name, maturity, focus, language */
  row = g_object_ref_sink (g_object_new (CG_TYPE_PROJECT_ROW, NULL));
  cg_project_row_set_project (CG_PROJECT_ROW (row),
                              cg_catalog_lookup (window->catalog, "kubernetes"));
  gtk_test_accessible_assert_property (row, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Kubernetes, Graduated, Orchestration, Go");
  g_object_unref (row);

  /* Link rows' copy buttons */
  cg_window_show_project (window, "kubernetes");
  iterate_for (50);
  {
    CgLinkRow *link = find_link_row (GTK_WIDGET (window->project_page), "Repository");
    GtkWidget *copy = NULL;
    g_autoptr(GPtrArray) stack = g_ptr_array_new ();

    g_ptr_array_add (stack, link);
    while (stack->len > 0 && copy == NULL)
      {
        GtkWidget *w = g_ptr_array_steal_index (stack, stack->len - 1);
        if (GTK_IS_BUTTON (w))
          copy = w;
        for (GtkWidget *c = gtk_widget_get_first_child (w); c; c = gtk_widget_get_next_sibling (c))
          g_ptr_array_add (stack, c);
      }
    g_assert_nonnull (copy);
    g_assert_cmpstr (gtk_widget_get_tooltip_text (copy), ==, "Copy Link");
    gtk_test_accessible_assert_property (copy, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                         "Copy Link to Repository");
  }
}

static void
test_about_and_shortcuts (void)
{
  CgWindow *window = get_window ();
  GtkWindow *about;
  GtkWindow *shortcuts;

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  iterate_for (200);
  about = find_toplevel (ADW_TYPE_ABOUT_WINDOW);
  g_assert_nonnull (about);
  g_assert_cmpstr (adw_about_window_get_version (ADW_ABOUT_WINDOW (about)), ==, PACKAGE_VERSION);
  /* The app icon is found even before installation */
  g_assert_true (gtk_icon_theme_has_icon (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                          APP_ID));
  g_assert_nonnull (strstr (adw_about_window_get_comments (ADW_ABOUT_WINDOW (about)),
                            "255 projects"));
  gtk_window_destroy (about);

  /* Ctrl+? opens the shortcuts window that GtkApplication loads from resources */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
  iterate_for (200);
  shortcuts = find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW);
  g_assert_nonnull (shortcuts);
  gtk_window_close (shortcuts);
  iterate_for (50);

  /* Ctrl+Q is the quit accelerator */
  {
    g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app),
                                                                  "app.quit");
    g_assert_cmpstr (accels[0], ==, "<Control>q");
  }
}

/* ---- refresh, against a server on 127.0.0.1 ---- */

static SoupServer *server;
static guint16 server_port;

static void
server_cb (SoupServer        *soup_server,
           SoupServerMessage *msg,
           const char        *path,
           GHashTable        *query,
           gpointer           user_data)
{
  if (g_str_equal (path, "/ok"))
    {
      GBytes *body = user_data;

      soup_server_message_set_status (msg, 200, NULL);
      soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_COPY,
                                        g_bytes_get_data (body, NULL), g_bytes_get_size (body));
    }
  else
    soup_server_message_set_status (msg, 503, NULL);
}

/* The bundled catalog as the landscape API would give it, plus one project */
static GBytes *
api_body (CgCatalog *catalog)
{
  g_autoptr(JsonArray) items = cg_test_api_items_from_catalog (catalog, G_MAXUINT);
  JsonObject *item = json_object_new ();

  json_object_set_string_member (item, "name", "Brand New Project");
  json_object_set_string_member (item, "maturity", "sandbox");
  json_array_add_object_element (items, item);
  return cg_test_api_to_bytes (items);
}

static gboolean
not_refreshing (gpointer data)
{
  return !gtk_widget_get_visible (GTK_WIDGET (get_window ()->refresh_spinner));
}

static void
refresh_from (const char *path)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *url = g_strdup_printf ("https://127.0.0.1:%u%s", server_port, path);

  g_settings_set_string (settings, "source-url", url);
  g_clear_pointer (&get_window ()->last_toast, g_free);
  g_action_group_activate_action (G_ACTION_GROUP (app), "refresh", NULL);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (get_window ()->refresh_spinner)));
  wait_until (not_refreshing, NULL, "the refresh to end");
}

static void
test_refresh (void)
{
  CgWindow *window = get_window ();
  g_autoptr(CgCatalog) before = g_object_ref (window->catalog);
  guint n_before = cg_catalog_get_n_projects (before);
  g_autoptr(GBytes) body = api_body (before);
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;
  GSList *uris;

  server = soup_server_new ("tls-certificate", g_object_get_data (G_OBJECT (app), "test-cert"),
                            NULL);
  soup_server_add_handler (server, NULL, server_cb, body, NULL);
  soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY | SOUP_SERVER_LISTEN_HTTPS,
                            &error);
  g_assert_no_error (error);
  uris = soup_server_get_uris (server);
  server_port = (guint16) g_uri_get_port (uris->data);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);

  cg_window_show_project (window, "helm");
  type_search ("helm");
  gtk_toggle_button_set_active (window->chip_graduated, TRUE);

  /* A failure changes nothing and says why */
  refresh_from ("/503");
  g_assert_cmpstr (window->last_toast, ==, "The server answered 503");
  g_assert_true (window->catalog == before);

  /* Success: the new catalog, with search, chips and project kept */
  refresh_from ("/ok");
  expected = g_strdup_printf ("Catalog updated: %u projects, 1 new", n_before + 1);
  g_assert_cmpstr (window->last_toast, ==, expected);
  g_assert_true (window->catalog != before);
  g_assert_nonnull (cg_catalog_lookup (window->catalog, "brand-new-project"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (window->search_entry)), ==, "helm");
  g_assert_true (gtk_toggle_button_get_active (window->chip_graduated));
  g_assert_cmpstr (cg_project_get_id (cg_project_page_get_project (window->project_page)), ==,
                   "helm");
  g_assert_true (cg_project_page_get_project (window->project_page) ==
                 cg_catalog_lookup (window->catalog, "helm"));
  g_assert_cmpuint (gtk_single_selection_get_selected (window->selection), !=,
                    GTK_INVALID_LIST_POSITION);

  gtk_toggle_button_set_active (window->chip_graduated, FALSE);
  type_search ("");
  soup_server_disconnect (server);
  g_clear_object (&server);
}

static gboolean
is_folded (gpointer data)
{
  return adw_leaflet_get_folded (get_window ()->leaflet) == GPOINTER_TO_INT (data);
}

static void
test_narrow (void)
{
  CgWindow *window;

  reopen_window (360, 720);
  window = get_window ();
  /* The size comes from the settings */
  {
    int width, height;
    gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
    g_assert_cmpint (width, ==, 360);
    g_assert_cmpint (height, ==, 720);
  }
  wait_until (is_folded, GINT_TO_POINTER (TRUE), "the leaflet to fold");
  g_assert_true (adw_leaflet_get_visible_child (window->leaflet) == window->sidebar);
  g_assert_true (gtk_widget_get_visible (window->back_button));
  g_assert_true (gtk_list_view_get_single_click_activate (window->list_view));
  save_screenshot ("narrow-list");

  /* Enter (the list's activate) opens a project */
  g_signal_emit_by_name (window->list_view, "activate", 0);
  g_assert_true (adw_leaflet_get_visible_child (window->leaflet) == window->content);
  g_assert_true (gtk_widget_has_focus (window->back_button));
  save_screenshot ("narrow-project");

  /* Alt+Left goes back, and focus returns to the list */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  g_assert_true (adw_leaflet_get_visible_child (window->leaflet) == window->sidebar);

  type_search ("kubernets");
  wait_until (list_is_empty, NULL, "the empty state");
  save_screenshot ("narrow-empty-suggestion");
  type_search ("");

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_DARK);
  cg_window_show_project (window, "prometheus");
  save_screenshot ("narrow-project-dark");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_DEFAULT);
}

/* As `cncf-guide --project rkt` does: a project far down the list, opened
 * before the first frame */
static void
test_open_on_project (void)
{
  GtkWindow *old = cg_application_get_main_window (app);
  CgWindow *window;
  CgProject *rkt;

  gtk_window_destroy (old);
  g_action_group_activate_action (G_ACTION_GROUP (app), "show-project",
                                  g_variant_new_string ("rkt"));
  wait_until (window_is_mapped, NULL, "the window to map");
  iterate_for (300);

  window = get_window ();
  rkt = cg_catalog_lookup (window->catalog, "rkt");
  g_assert_true (cg_project_page_get_project (window->project_page) == rkt);
  g_assert_cmpuint (cg_search_model_find (window->model, rkt), >, 40);
  g_assert_cmpuint (gtk_single_selection_get_selected (window->selection), ==,
                    cg_search_model_find (window->model, rkt));

  /* --maturity and --search as the command line hands them over */
  g_action_group_activate_action (G_ACTION_GROUP (app), "filter-maturity",
                                  g_variant_new_string ("sandbox,archived"));
  g_assert_true (gtk_toggle_button_get_active (window->chip_sandbox));
  g_assert_true (gtk_toggle_button_get_active (window->chip_archived));
  g_assert_false (gtk_toggle_button_get_active (window->chip_graduated));
  g_action_group_activate_action (G_ACTION_GROUP (app), "search", g_variant_new_string ("rkt"));
  g_assert_cmpstr (cg_search_model_get_query (window->model), ==, "rkt");
  g_action_group_activate_action (G_ACTION_GROUP (app), "filter-maturity",
                                  g_variant_new_string ("bogus"));
  g_assert_true (gtk_toggle_button_get_active (window->chip_sandbox));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.clear-search", NULL);
}

static void
test_dark_wide (void)
{
  /* Closing a window saves its size for the next one */
  {
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);
    int width, height;

    gtk_window_set_default_size (GTK_WINDOW (get_window ()), 400, 700);
    gtk_window_destroy (GTK_WINDOW (get_window ()));
    g_settings_get (settings, "window-size", "(ii)", &width, &height);
    g_assert_cmpint (width, ==, 400);
    g_assert_cmpint (height, ==, 700);
  }
  reopen_window (1100, 720);
  wait_until (is_folded, GINT_TO_POINTER (FALSE), "the leaflet to unfold");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_DARK);
  cg_window_show_project (get_window (), "harbor");
  save_screenshot ("wide-project-dark");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_DEFAULT);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  cg_test_window_init (&argc, &argv);
  {
    g_autofree char *cert = g_build_filename (g_getenv ("CG_TEST_DATA"), "test-cert.pem", NULL);
    g_autofree char *key = g_build_filename (g_getenv ("CG_TEST_DATA"), "test-key.pem", NULL);
    g_autoptr(GTlsDatabase) database = g_tls_file_database_new (cert, &error);

    g_assert_no_error (error);
    cg_application_set_tls_database (app, database);
    g_object_set_data_full (G_OBJECT (app), "test-cert",
                            g_tls_certificate_new_from_files (cert, key, NULL), g_object_unref);
  }
  reopen_window (1100, 720);

  g_test_add_func ("/window/initial-list", test_initial_list);
  g_test_add_func ("/window/search-and-chips", test_search_and_chips);
  g_test_add_func ("/window/project-page", test_project_page);
  g_test_add_func ("/window/empty-state", test_empty_state);
  g_test_add_func ("/window/keyboard", test_keyboard);
  g_test_add_func ("/window/community", test_community);
  /* These leave toasts behind: after the wide screenshots */
  g_test_add_func ("/window/link-actions", test_refused_links);
  g_test_add_func ("/window/bad-catalog-file", test_bad_catalog_file);
  g_test_add_func ("/window/accessibility", test_accessibility);
  g_test_add_func ("/window/about-and-shortcuts", test_about_and_shortcuts);
  g_test_add_func ("/window/narrow", test_narrow);
  g_test_add_func ("/window/dark-wide", test_dark_wide);
  g_test_add_func ("/window/open-on-project", test_open_on_project);
  /* Last: it replaces the catalog with the test server's thinner one */
  g_test_add_func ("/window/refresh", test_refresh);

  ret = g_test_run ();

  cg_test_window_finish ();
  return ret;
}
