/* test-window-github.c: the project page's GitHub groups, in the real
 * window, against a server on 127.0.0.1 playing GitHub
 *
 * The window tests never reach the real GitHub (tests/meson.build turns
 * look-ups off); this one turns them on against its own server, which
 * answers each repository as the test says and can hold an answer back.
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <libsoup/soup.h>

#include "cg-github-section-private.h"
#include "cg-link-row.h"
#include "cg-project-page-private.h"
#include "cg-test-server.h"
#include "cg-test-window-util.h"

static SoupServer *server;
static guint16 port;
static char *issues_fixture;
static char *repository_fixture;
static GHashTable *behaviours;   /* "owner/repo" → "ok", "empty", "hold", … */
static GPtrArray *held;          /* messages held back */
static gint64 reset_sent;
static char *last_issues_query;
static guint n_requests;         /* every request the server saw */

/* ---- the server ---------------------------------------------------------- */

static void
respond (SoupServerMessage *msg,
         guint              status,
         const char        *body)
{
  cg_test_respond (msg, status, "application/json; charset=utf-8", body);
}

static void
respond_fixture (SoupServerMessage *msg,
                 const char        *fixture,
                 const char        *full_name,
                 gboolean           archived)
{
  g_autoptr(GString) body = g_string_new (fixture);

  g_string_replace (body, "example-org/example-repo", full_name, 0);
  if (archived)
    g_string_replace (body, "\"archived\": false", "\"archived\": true", 0);
  respond (msg, 200, body->str);
}

static void
server_cb (SoupServer        *soup_server,
           SoupServerMessage *msg,
           const char        *path,
           GHashTable        *query,
           gpointer           user_data)
{
  SoupMessageHeaders *resp = soup_server_message_get_response_headers (msg);
  g_auto(GStrv) parts = g_strsplit (path, "/", 0);
  g_autofree char *full_name = NULL;
  const char *behaviour;
  gboolean issues;

  if (g_strv_length (parts) < 4)
    {
      respond (msg, 404, "{\"message\": \"Not Found\"}");
      return;
    }
  full_name = g_strdup_printf ("%s/%s", parts[2], parts[3]);
  issues = parts[4] != NULL && g_str_equal (parts[4], "issues");
  n_requests++;
  if (issues)
    {
      g_free (last_issues_query);
      last_issues_query = g_strdup (g_uri_get_query (soup_server_message_get_uri (msg)));
    }
  behaviour = g_hash_table_lookup (behaviours, full_name);
  if (behaviour == NULL)
    behaviour = "ok";

  if (g_str_equal (behaviour, "hold"))
    {
      soup_server_message_pause (msg);
      g_ptr_array_add (held, g_object_ref (msg));
      return;
    }
  if (g_str_equal (behaviour, "missing"))
    respond (msg, 404, "{\"message\": \"Not Found\"}");
  else if (g_str_equal (behaviour, "limited"))
    {
      g_autofree char *reset = g_strdup_printf ("%" G_GINT64_FORMAT, reset_sent);

      soup_message_headers_replace (resp, "x-ratelimit-limit", "60");
      soup_message_headers_replace (resp, "x-ratelimit-remaining", "0");
      soup_message_headers_replace (resp, "x-ratelimit-reset", reset);
      respond (msg, 403, "{\"message\": \"API rate limit exceeded\"}");
    }
  else if (issues && g_str_equal (behaviour, "empty"))
    respond (msg, 200, "[]");
  else if (issues && g_str_equal (behaviour, "hostile"))
    {
      g_autofree char *body = g_strdup_printf (
        "[{\"number\": 7, \"html_url\": \"https://github.com/%s/issues/7\","
        " \"title\": \"<b>Bold</b> & <a href='x'>link</a> \\u202egnp.exe\", \"comments\": 1},"
        " {\"number\": 8, \"html_url\": \"https://evil.example/%s/issues/8\","
        " \"title\": \"Elsewhere\"}]", full_name, full_name);
      respond (msg, 200, body);
    }
  else
    respond_fixture (msg, issues ? issues_fixture : repository_fixture, full_name,
                     g_str_equal (behaviour, "archived"));
}

/* Lets the held answers go, as GitHub answering late */
static void
release_held (void)
{
  for (guint i = 0; i < held->len; i++)
    {
      SoupServerMessage *msg = held->pdata[i];

      respond (msg, 200, "[]");
      soup_server_message_unpause (msg);
    }
  g_ptr_array_set_size (held, 0);
}

/* ---- the page ---------------------------------------------------------------- */

static CgGithubSection *
section (void)
{
  return CG_GITHUB_SECTION (get_window ()->project_page->github_section);
}

static gboolean
answered (gpointer data)
{
  CgGithubSection *s = section ();

  return !gtk_widget_get_visible (s->spinner) && s->pending == 0;
}

static gboolean
has_held (gpointer data)
{
  return held->len >= GPOINTER_TO_UINT (data);
}

static void
show (const char *id)
{
  g_assert_true (cg_window_show_project (get_window (), id));
}

static void
show_and_wait (const char *id)
{
  show (id);
  wait_until (answered, NULL, "GitHub's answers");
  iterate_for (100);
}

static const char *
title_of (gpointer row)
{
  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
}

static const char *
subtitle_of (gpointer row)
{
  return adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
}

static CgLinkRow *
issue_row (guint i)
{
  CgGithubSection *s = section ();
  guint n = 0;

  for (guint j = 0; j < s->issue_rows->len; j++)
    if (gtk_widget_has_css_class (s->issue_rows->pdata[j], "github-issue") && n++ == i)
      return s->issue_rows->pdata[j];
  return NULL;
}

static guint
n_issue_rows (void)
{
  guint n = 0;

  while (issue_row (n) != NULL)
    n++;
  return n;
}

static const char *
fact (const char *title)
{
  CgGithubSection *s = section ();

  for (guint i = 0; i < s->fact_rows->len; i++)
    if (g_strcmp0 (title_of (s->fact_rows->pdata[i]), title) == 0)
      return subtitle_of (s->fact_rows->pdata[i]);
  return NULL;
}

/* The GitHub groups at the top of the view */
static void
scroll_to_github (void)
{
  CgProjectPage *page = get_window ()->project_page;
  graphene_point_t point;

  iterate_for (200);
  g_assert_true (gtk_widget_compute_point (GTK_WIDGET (section ()), GTK_WIDGET (page->content),
                                           &GRAPHENE_POINT_INIT (0, 0), &point));
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (page->scroller),
                            MAX (point.y - 12, 0));
}

/* Whether @data, a row, is laid out inside the page's view */
static gboolean
row_in_view (gpointer data)
{
  GtkWidget *scroller = GTK_WIDGET (get_window ()->project_page->scroller);
  graphene_rect_t bounds;

  return gtk_widget_compute_bounds (GTK_WIDGET (data), scroller, &bounds) &&
         bounds.origin.y >= 0 &&
         bounds.origin.y + bounds.size.height <= gtk_widget_get_height (scroller);
}

/* Wide, then 360 px wide, then wide again */
static void
screenshots (const char *name,
             const char *id,
             gboolean    wait)
{
  g_autofree char *wide = g_strdup_printf ("wide-github-%s", name);
  g_autofree char *narrow = g_strdup_printf ("narrow-github-%s", name);

  save_screenshot (wide);
  reopen_window (360, 720);
  if (wait)
    show_and_wait (id);
  else
    show (id);
  scroll_to_github ();
  save_screenshot (narrow);
  reopen_window (1100, 720);
}

/* ---- the tests ----------------------------------------------------------------- */

static void
test_issues_listed (void)
{
  CgGithubSection *s;
  CgLinkRow *row;

  show_and_wait ("helm");
  s = section ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (s)));
  g_assert_cmpstr (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (s->issues_group)), ==,
                   "Good first issues");
  g_assert_null (s->status_row);

  /* The pull request is not listed; GitHub's order */
  g_assert_cmpuint (n_issue_rows (), ==, 3);
  row = issue_row (0);
  g_assert_cmpstr (title_of (row), ==, "Document the --dry-run flag");
  g_assert_false (adw_preferences_row_get_use_markup (ADW_PREFERENCES_ROW (row)));
  g_assert_true (g_str_has_prefix (subtitle_of (row), "#1347 · updated "));
  g_assert_true (g_str_has_suffix (subtitle_of (row), " · 4 comments"));
  g_assert_cmpstr (cg_link_row_get_uri (row), ==, "https://github.com/helm/helm/issues/1347");
  g_assert_true (g_str_has_suffix (subtitle_of (issue_row (1)), " · 0 comments · assigned"));
  g_assert_true (g_str_has_suffix (subtitle_of (issue_row (2)), " · 12 comments"));

  /* The row to all of them */
  row = g_ptr_array_index (s->issue_rows, s->issue_rows->len - 1);
  g_assert_cmpstr (title_of (row), ==, "All newcomer issues on GitHub");
  /* GitHub's issue search for the label (the link policy decides the escapes) */
  g_assert_true (g_str_has_prefix (cg_link_row_get_uri (row), "https://github.com/helm/helm/issues?q="));
  g_assert_nonnull (strstr (cg_link_row_get_uri (row), "%22good+first+issue%22"));

  /* The facts */
  g_assert_true (gtk_widget_get_visible (s->facts_group));
  /* Grouped as the locale says: none in C.UTF-8 */
  g_assert_cmpstr (fact ("Stars"), ==, "23456");
  g_assert_cmpstr (fact ("Open issues and pull requests"), ==, "412");
  g_assert_true (g_str_has_prefix (fact ("Activity"), "last change "));
  g_assert_cmpstr (fact ("Main language"), ==, "Go");
  g_assert_null (s->archived_row);

  /* A click opens the issue on GitHub */
  scroll_to_github ();
  g_ptr_array_set_size (launched, 0);
  wait_until (row_in_view, issue_row (0), "the issue to scroll into view");
  click_widget (GTK_WIDGET (issue_row (0)));
  g_assert_cmpuint (launched->len, ==, 1);
  g_assert_cmpstr (launched->pdata[0], ==, "https://github.com/helm/helm/issues/1347");

  scroll_to_github ();
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_DARK);
  save_screenshot ("wide-github-issues-dark");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_DEFAULT);
  screenshots ("issues", "helm", TRUE);
}

static void
test_loading_and_switch (void)
{
  CgWindow *window = get_window ();
  CgGithubSection *s;

  g_hash_table_insert (behaviours, g_strdup ("kubernetes/kubernetes"), g_strdup ("hold"));
  show ("kubernetes");
  wait_until (has_held, GUINT_TO_POINTER (2), "both look-ups to reach the server");

  /* Loading: a spinner in the group, the rest of the page already shown */
  s = section ();
  g_assert_true (gtk_widget_get_visible (s->spinner));
  g_assert_true (gtk_spinner_get_spinning (GTK_SPINNER (s->spinner)));
  g_assert_cmpstr (title_of (s->status_row), ==, "Looking up open issues on GitHub…");
  g_assert_cmpstr (gtk_label_get_label (window->project_page->name_label), ==, "Kubernetes");
  g_assert_nonnull (gtk_widget_get_next_sibling (GTK_WIDGET (s)));
  g_assert_false (gtk_widget_get_visible (s->facts_group));
  scroll_to_github ();
  save_screenshot ("wide-github-loading");

  /* Another page, then the late answers: they never land there */
  show_and_wait ("helm");
  release_held ();
  iterate_for (500);
  g_assert_cmpstr (cg_project_get_id (cg_project_page_get_project (window->project_page)), ==,
                   "helm");
  g_assert_cmpuint (n_issue_rows (), ==, 3);
  g_assert_cmpstr (cg_link_row_get_uri (issue_row (0)), ==,
                   "https://github.com/helm/helm/issues/1347");
  g_assert_cmpstr (fact ("Stars"), ==, "23456");

  /* Narrow, loading */
  reopen_window (360, 720);
  show ("kubernetes");
  wait_until (has_held, GUINT_TO_POINTER (2), "both look-ups to reach the server");
  scroll_to_github ();
  save_screenshot ("narrow-github-loading");
  release_held ();
  reopen_window (1100, 720);
  g_hash_table_remove (behaviours, "kubernetes/kubernetes");
}

static void
test_none_open (void)
{
  CgGithubSection *s;

  g_hash_table_insert (behaviours, g_strdup ("etcd-io/etcd"), g_strdup ("empty"));
  show_and_wait ("etcd");
  s = section ();
  g_assert_cmpuint (n_issue_rows (), ==, 0);
  g_assert_cmpstr (title_of (s->status_row), ==,
                   "No open issues labelled “good first issue” right now");
  g_assert_cmpstr (title_of (g_ptr_array_index (s->issue_rows, s->issue_rows->len - 1)), ==,
                   "All newcomer issues on GitHub");
  scroll_to_github ();
  screenshots ("none-open", "etcd", TRUE);

  /* The catalog's newcomer label is the one asked for and named */
  g_hash_table_insert (behaviours, g_strdup ("easegress-io/easegress"), g_strdup ("empty"));
  show_and_wait ("easegress");
  g_assert_cmpstr (last_issues_query, ==,
                   "state=open&labels=help%20wanted&sort=updated&per_page=20");
  g_assert_cmpstr (title_of (section ()->status_row), ==,
                   "No open issues labelled “help wanted” right now");
}

static void
test_not_found (void)
{
  CgGithubSection *s;

  g_hash_table_insert (behaviours, g_strdup ("envoyproxy/envoy"), g_strdup ("missing"));
  show_and_wait ("envoy");
  s = section ();
  g_assert_cmpstr (title_of (s->status_row), ==, "GitHub could not be asked");
  g_assert_cmpstr (subtitle_of (s->status_row), ==, "GitHub has no repository envoyproxy/envoy");
  g_assert_false (gtk_widget_get_visible (s->facts_group));
  scroll_to_github ();
  screenshots ("not-found", "envoy", TRUE);
}

static void
test_hostile_and_archived (void)
{
  CgGithubSection *s;

  g_hash_table_insert (behaviours, g_strdup ("linkerd/linkerd2"), g_strdup ("hostile"));
  show_and_wait ("linkerd");
  s = section ();
  /* Markup shown as text, the bidi override gone, the link elsewhere dropped */
  if (s->status_row != NULL)
    g_test_message ("status: %s / %s", title_of (s->status_row), subtitle_of (s->status_row));
  g_assert_cmpuint (n_issue_rows (), ==, 1);
  g_assert_cmpstr (title_of (issue_row (0)), ==, "<b>Bold</b> & <a href='x'>link</a> gnp.exe");
  g_assert_false (adw_preferences_row_get_use_markup (ADW_PREFERENCES_ROW (issue_row (0))));

  g_hash_table_insert (behaviours, g_strdup ("containerd/containerd"), g_strdup ("archived"));
  show_and_wait ("containerd");
  s = section ();
  g_assert_nonnull (s->archived_row);
  g_assert_cmpstr (title_of (s->archived_row), ==, "Archived on GitHub");
  scroll_to_github ();
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (
                              get_window ()->project_page->scroller),
                            gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (
                              get_window ()->project_page->scroller)) + 300);
  screenshots ("archived", "containerd", TRUE);
}

static void
test_rate_limited_then_cached (void)
{
  CgGithubSection *s;
  g_autoptr(GDateTime) reset = NULL;
  g_autofree char *clock = NULL;
  g_autofree char *message = NULL;

  reset_sent = g_get_real_time () / G_USEC_PER_SEC + 1800;
  reset = g_date_time_new_from_unix_local (reset_sent);
  clock = g_date_time_format (reset, "%H:%M");
  message = g_strdup_printf ("GitHub allows 60 look-ups an hour without an account; "
                             "try again after %s", clock);

  g_hash_table_insert (behaviours, g_strdup ("prometheus/prometheus"), g_strdup ("limited"));
  show_and_wait ("prometheus");
  s = section ();
  g_assert_cmpstr (title_of (s->status_row), ==, "GitHub could not be asked");
  g_assert_cmpstr (subtitle_of (s->status_row), ==, message);
  scroll_to_github ();
  screenshots ("rate-limited", "prometheus", TRUE);

  /* Until then, helm's last answer, with its age and the reason */
  show_and_wait ("helm");
  s = section ();
  g_assert_cmpuint (n_issue_rows (), ==, 3);
  g_assert_true (g_str_has_prefix (title_of (s->status_row), "As of today, "));
  g_assert_cmpstr (subtitle_of (s->status_row), ==, message);
  scroll_to_github ();
  screenshots ("cached", "helm", TRUE);
}

static void
test_offline (void)
{
  g_autoptr(GNetworkMonitor) offline = cg_test_offline_monitor_new ();
  CgGithub *github = cg_application_get_github (app);
  CgGithubSection *s;

  cg_github_set_network_monitor (github, offline);

  /* Seen before: the last list, how old, and why */
  show_and_wait ("helm");
  s = section ();
  g_assert_cmpuint (n_issue_rows (), ==, 3);
  g_assert_true (g_str_has_prefix (title_of (s->status_row), "As of today, "));
  g_assert_cmpstr (subtitle_of (s->status_row), ==, "You are offline");

  /* Never seen: why */
  show_and_wait ("jaeger");
  s = section ();
  g_assert_cmpuint (n_issue_rows (), ==, 0);
  g_assert_cmpstr (title_of (s->status_row), ==, "GitHub could not be asked");
  g_assert_cmpstr (subtitle_of (s->status_row), ==, "You are offline");
  g_assert_false (gtk_widget_get_visible (s->facts_group));
  scroll_to_github ();
  screenshots ("offline", "jaeger", TRUE);

  cg_github_set_network_monitor (github, NULL);
}

/* An archived project takes no contributions: GitHub is not asked */
static void
test_archived_in_catalog (void)
{
  guint before = n_requests;

  show ("brigade");
  iterate_for (500);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (section ())));
  g_assert_cmpuint (n_requests, ==, before);
}

static void
test_setting_off (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  g_settings_set_boolean (settings, "github-lookups", FALSE);
  show ("helm");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (section ())));
  g_assert_cmpuint (held->len, ==, 0);
  g_settings_set_boolean (settings, "github-lookups", TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GTlsCertificate) certificate = NULL;
  g_autoptr(GTlsDatabase) database = NULL;
  int ret;

  cg_test_window_init (&argc, &argv);
  if (!cg_test_tls_load (&certificate, &database))
    return 77;

  issues_fixture = cg_test_read_data ("github-issues.json", NULL);
  repository_fixture = cg_test_read_data ("github-repository.json", NULL);
  behaviours = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  held = g_ptr_array_new_with_free_func (g_object_unref);
  server = soup_server_new ("tls-certificate", certificate, NULL);
  soup_server_add_handler (server, NULL, server_cb, NULL, NULL);
  port = cg_test_server_start (server);

  /* GitHub, here: our server */
  {
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);
    g_autofree char *api = g_strdup_printf ("https://127.0.0.1:%u", port);

    g_settings_set_boolean (settings, "github-lookups", TRUE);
    g_settings_set_string (settings, "github-api-url", api);
  }
  cg_application_set_tls_database (app, database);
  /* The network monitor of a test machine may say anything */
  cg_github_set_network_monitor (cg_application_get_github (app), NULL);
  reopen_window (1100, 720);

  g_test_add_func ("/window-github/issues-listed", test_issues_listed);
  g_test_add_func ("/window-github/loading-and-switch", test_loading_and_switch);
  g_test_add_func ("/window-github/none-open", test_none_open);
  g_test_add_func ("/window-github/not-found", test_not_found);
  g_test_add_func ("/window-github/hostile-and-archived", test_hostile_and_archived);
  g_test_add_func ("/window-github/offline", test_offline);
  g_test_add_func ("/window-github/archived-in-catalog", test_archived_in_catalog);
  g_test_add_func ("/window-github/setting-off", test_setting_off);
  /* Last: GitHub stays "limited" for half an hour after it */
  g_test_add_func ("/window-github/rate-limited-then-cached", test_rate_limited_then_cached);

  ret = g_test_run ();

  cg_test_window_finish ();
  soup_server_disconnect (server);
  g_clear_object (&server);
  return ret;
}
