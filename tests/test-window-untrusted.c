/* test-window-untrusted.c: text from outside is shown as written, and opens nothing
 *
 * A catalog (as `--catalog` gives it), a project id (as `--project` and the
 * Shell's ActivateResult give it), file names and messages carry the same
 * hostile text to every surface that shows it: the community page, the
 * project page and list, the header, toasts and About. Each must show it
 * literally, as plain text, and launch nothing.
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "cg-cache.h"
#include "cg-link.h"
#include "cg-project-row.h"
#include "cg-project-page-private.h"
#include "cg-test-window-util.h"
#include "cg-test-util.h"

#define HOSTILE "<b>x</b> & <a href=\"file:///etc/passwd\">y</a>"
/* Valid markup: before escaping, a live link that no policy checked */
#define LINK_ONLY "<a href=\"file:///etc/passwd\">passwd</a>"
#define SOURCE_URL "https://example.com/catalog.json?a=1&b=2"

/* Longer than libadwaita's toast animations */
#define SHOW_MS 500

static char *tmp_dir;

/* JSON string literal of @text */
static char *
json_string (const char *text)
{
  g_autoptr(JsonNode) node = json_node_init_string (json_node_alloc (), text);

  return json_to_string (node, FALSE);
}

/* A small catalog whose every shown field holds @text (or variants of it) */
static char *
write_hostile_catalog (void)
{
  g_autofree char *h = json_string (HOSTILE);
  g_autofree char *link_only = json_string (LINK_ONLY);
  g_autofree char *json = g_strdup_printf (
    "{\"schema_version\":1,\"catalog_date\":\"2026-11-28\","
    "\"sources\":[{\"title\":%s,\"url\":\"https://example.com/a\",\"license\":%s},"
    "{\"title\":\"Data http://evil.example/x\",\"url\":\"https://example.com/b\"},"
    "{\"title\":\"Mail <x@example.com?attach=/etc/passwd>\",\"url\":\"https://example.com/c\"}],"
    "\"community\":[{\"id\":\"evil\",\"title\":%s,\"summary\":%s,"
    "\"links\":[{\"title\":%s,\"url\":\"https://example.com/d\"}]},"
    "{\"id\":\"amp\",\"title\":\"A & B\",\"summary\":%s}],"
    "\"projects\":[{\"id\":\"evil\",\"name\":%s,\"maturity\":\"sandbox\",\"focus\":%s,"
    "\"summary\":%s,\"description\":%s,\"repository\":\"https://example.com/e\","
    "\"chat\":[{\"title\":%s,\"channel\":%s,\"url\":\"https://example.com/f\"}]}]}",
    h, h, h, h, h, link_only, h, h, h, h, h, h);
  char *path = g_build_filename (tmp_dir, "hostile.json", NULL);

  g_assert_true (g_file_set_contents (path, json, -1, NULL));
  return path;
}

static void
load_catalog_file (const char *path)
{
  g_action_group_activate_action (G_ACTION_GROUP (app), "load-catalog",
                                  g_variant_new_bytestring (path));
}

/* The hostile catalog in the window, as `--catalog` gives it */
static void
ensure_hostile_catalog (void)
{
  if (cg_catalog_lookup (get_window ()->catalog, "evil") == NULL)
    {
      g_autofree char *path = write_hostile_catalog ();

      load_catalog_file (path);
    }
  g_assert_nonnull (cg_catalog_lookup (get_window ()->catalog, "evil"));
}

/* A label that shows @text: as plain text, or as markup that means it */
static void
assert_shows (GtkWidget  *widget,
              const char *text)
{
  GtkLabel *label = find_label (widget, text);

  if (label == NULL)
    g_error ("no label shows “%s”", text);
}

/* Every link in a markup label's text passes the link policy */
static void
assert_links_safe (GtkLabel *label)
{
  const char *markup = gtk_label_get_label (label);

  if (!gtk_label_get_use_markup (label))
    return;
  for (const char *p = strstr (markup, "<a href=\""); p != NULL; p = strstr (p + 1, "<a href=\""))
    {
      const char *start = p + strlen ("<a href=\"");
      const char *end = strchr (start, '"');
      g_autofree char *href = g_strndup (start, end - start);
      g_auto(GStrv) parts = g_strsplit (href, "&amp;", -1);
      g_autofree char *uri = g_strjoinv ("&", parts);

      g_assert_true (cg_link_is_safe (uri));
    }
}

/* No label below @widget shows only part of @text, as markup would */
static void
assert_no_label_parsed (GtkWidget *widget)
{
  g_autoptr(GPtrArray) labels = collect_labels (widget, FALSE);

  for (guint i = 0; i < labels->len; i++)
    {
      const char *text = gtk_label_get_text (labels->pdata[i]);

      g_assert_cmpstr (text, !=, "y");
      g_assert_cmpstr (text, !=, "passwd");
      g_assert_cmpstr (text, !=, "x & y");
      assert_links_safe (labels->pdata[i]);
    }
}

/* ---- toasts, read from the overlay as a person would see them ---- */

/* The toast on screen: the overlay's toast widget that has not begun to hide */
static GtkWidget *
shown_toast_widget (void)
{
  GtkWidget *overlay = GTK_WIDGET (get_window ()->toast_overlay);

  for (GtkWidget *child = gtk_widget_get_first_child (overlay); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (g_str_equal (G_OBJECT_TYPE_NAME (child), "AdwToastWidget") &&
        gtk_widget_get_can_target (child))
      return child;
  return NULL;
}

/* The text of the toast on screen, as drawn: its first label */
static char *
shown_toast_text (void)
{
  GtkWidget *widget = shown_toast_widget ();
  g_autoptr(GPtrArray) labels = NULL;

  if (widget == NULL)
    return NULL;
  labels = collect_labels (widget, FALSE);
  g_assert_cmpuint (labels->len, >=, 1);
  return g_strdup (gtk_label_get_text (labels->pdata[0]));
}

/* The toast's own button, when it shows one */
static GtkWidget *
find_toast_button (void)
{
  GtkWidget *widget = shown_toast_widget ();

  for (GtkWidget *c = widget ? gtk_widget_get_first_child (widget) : NULL; c;
       c = gtk_widget_get_next_sibling (c))
    if (GTK_IS_BUTTON (c) && gtk_widget_get_visible (c) &&
        gtk_button_get_label (GTK_BUTTON (c)) != NULL)
      return c;
  return NULL;
}

/* Puts away every toast, one by one as a person would, and says how many
 * there were; @last gets the text of the last one. */
static guint
dismiss_all_toasts (char **last)
{
  guint n = 0;
  GtkWidget *widget;

  /* As slowly as a person would: libadwaita 1.2 crashes when a toast is
   * put away before its showing has ended */
  while (iterate_for (SHOW_MS), (widget = shown_toast_widget ()) != NULL)
    {
      AdwToast *toast = NULL;

      if (last != NULL)
        {
          g_free (*last);
          *last = shown_toast_text ();
        }
      g_object_get (widget, "toast", &toast, NULL);
      g_assert_nonnull (toast);
      adw_toast_dismiss (toast);
      g_object_unref (toast);
      n++;
      /* 10,000 would show one by one; more than that says enough */
      if (n > 10)
        break;
    }
  return n;
}

static void
test_community (void)
{
  CgWindow *window = get_window ();
  GtkWidget *page = GTK_WIDGET (window->community_page);

  ensure_hostile_catalog ();
  g_ptr_array_set_size (launched, 0);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-community", NULL);
  iterate_for (100);

  /* The section's title and summary, and its link's title, as written */
  assert_shows (page, HOSTILE);
  g_assert_nonnull (find_link_row (page, HOSTILE));
  assert_shows (page, "A & B");
  assert_shows (page, LINK_ONLY);
  assert_no_label_parsed (page);
  g_assert_cmpuint (launched->len, ==, 0);
  save_screenshot ("untrusted-community");

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_DARK);
  save_screenshot ("untrusted-community-dark");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_DEFAULT);

  /* On a phone */
  reopen_window (360, 720);
  gtk_widget_activate_action (GTK_WIDGET (get_window ()), "win.show-community", NULL);
  assert_shows (GTK_WIDGET (get_window ()->community_page), HOSTILE);
  save_screenshot ("untrusted-community-narrow");
  reopen_window (1100, 720);
}

static void
test_project (void)
{
  CgWindow *window = get_window ();
  GtkWidget *row;

  ensure_hostile_catalog ();
  g_assert_true (cg_window_show_project (window, "evil"));
  iterate_for (100);

  /* The page: name, focus, summary, description, chat link */
  g_assert_cmpstr (gtk_label_get_text (window->project_page->name_label), ==, HOSTILE);
  g_assert_false (gtk_label_get_use_markup (window->project_page->name_label));
  g_assert_cmpstr (gtk_label_get_text (window->project_page->summary_label), ==, HOSTILE);
  g_assert_false (gtk_label_get_use_markup (window->project_page->summary_label));
  g_assert_cmpstr (gtk_label_get_text (window->project_page->focus_label), ==, HOSTILE);
  g_assert_false (gtk_label_get_use_markup (window->project_page->focus_label));
  g_assert_nonnull (find_link_row (GTK_WIDGET (window->project_page), HOSTILE " on " HOSTILE));
  assert_no_label_parsed (GTK_WIDGET (window->project_page));

  /* The header's title */
  g_assert_cmpstr (adw_window_title_get_title (window->content_title), ==, HOSTILE);
  assert_shows (GTK_WIDGET (window->content_title), HOSTILE);

  /* The row in the list */
  row = g_object_ref_sink (g_object_new (CG_TYPE_PROJECT_ROW, NULL));
  cg_project_row_set_project (CG_PROJECT_ROW (row), cg_catalog_lookup (window->catalog, "evil"));
  assert_shows (row, HOSTILE);
  assert_no_label_parsed (row);
  g_object_unref (row);
  assert_no_label_parsed (GTK_WIDGET (window->list_view));
  g_assert_cmpuint (launched->len, ==, 0);
  save_screenshot ("untrusted-project");
}

static void
test_about (void)
{
  GtkWindow *about;
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(CgCache) cache = cg_cache_new_default ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (tmp_dir, "hostile.json", NULL);
  g_autofree char *contents = NULL;
  gsize length;

  ensure_hostile_catalog ();
  /* The catalog came from a source whose address holds "&" */
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  g_assert_true (cg_cache_store (cache, bytes, NULL, SOURCE_URL, &error));
  g_assert_no_error (error);

  g_ptr_array_set_size (launched, 0);
  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  iterate_for (200);
  about = find_toplevel (ADW_TYPE_ABOUT_WINDOW);
  g_assert_nonnull (about);

  /* The catalog line, whole */
  assert_shows (GTK_WIDGET (about), "Catalog of 2026-11-28, 1 projects. Downloaded from "
                SOURCE_URL ".");
  /* The sources' titles, as written, linking nowhere of their own */
  assert_shows (GTK_WIDGET (about), HOSTILE);
  assert_shows (GTK_WIDGET (about), "Data http://evil.example/x");
  assert_shows (GTK_WIDGET (about), "Mail <x@example.com?attach=/etc/passwd>");
  assert_shows (GTK_WIDGET (about), "Data from https://example.com/a\n\nLicense: " HOSTILE);
  assert_no_label_parsed (GTK_WIDGET (about));
  gtk_widget_activate_action (GTK_WIDGET (about), "about.subpage", "s", "legal");
  save_widget_screenshot (GTK_WIDGET (about), "untrusted-about-legal");

  /* Every row that opens a link opens one that passes the policy */
  {
    g_autoptr(GPtrArray) stack = g_ptr_array_new ();

    g_ptr_array_add (stack, about);
    while (stack->len > 0)
      {
        GtkWidget *w = g_ptr_array_steal_index (stack, stack->len - 1);

        if (GTK_IS_ACTIONABLE (w) &&
            g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (w)), "about.show-url") == 0)
          g_ptr_array_add (rows, w);
        for (GtkWidget *c = gtk_widget_get_first_child (w); c; c = gtk_widget_get_next_sibling (c))
          g_ptr_array_add (stack, c);
      }
  }
  for (guint i = 0; i < rows->len; i++)
    {
      GVariant *target = gtk_actionable_get_action_target_value (rows->pdata[i]);

      g_assert_true (cg_link_is_safe (g_variant_get_string (target, NULL)));
    }

  /* Links pass the policy and open through the app: a bad one opens nothing */
  gtk_widget_activate_action (GTK_WIDGET (about), "about.show-url", "s", "file:///etc/passwd");
  gtk_widget_activate_action (GTK_WIDGET (about), "about.show-url", "s",
                              "mailto:x@example.com?attach=/etc/passwd");
  gtk_widget_activate_action (GTK_WIDGET (about), "about.show-url", "s", "http://evil.example/x");
  g_assert_cmpuint (launched->len, ==, 0);
  {
    gboolean handled = FALSE;

    g_signal_emit_by_name (about, "activate-link", "https://example.com/a", &handled);
    g_assert_true (handled);
    g_assert_cmpuint (launched->len, ==, 1);
    g_assert_cmpstr (launched->pdata[0], ==, "https://example.com/a");
  }
  gtk_window_destroy (about);
}

static void
test_toast_text (void)
{
  CgWindow *window = get_window ();
  g_autofree char *text = NULL;
  g_autofree char *bad_name = g_build_filename (tmp_dir, "<b>x & <a href='file:y'>z\xff.json", NULL);
  const char *control = "a\x1b[31mred\xe2\x80\xae" "cba";

  dismiss_all_toasts (NULL);
  g_ptr_array_set_size (launched, 0);

  cg_window_show_toast (window, HOSTILE);
  text = shown_toast_text ();
  g_assert_cmpstr (text, ==, HOSTILE);
  g_clear_pointer (&text, g_free);
  g_assert_cmpuint (dismiss_all_toasts (NULL), ==, 1);

  /* --project ID, as the command line and ActivateResult hand it over */
  g_action_group_activate_action (G_ACTION_GROUP (app), "show-project",
                                  g_variant_new_string (HOSTILE));
  text = shown_toast_text ();
  g_assert_cmpstr (text, ==, "No project with the id “" HOSTILE "”");
  g_clear_pointer (&text, g_free);
  dismiss_all_toasts (NULL);

  /* --catalog with a name that is markup and not even UTF-8 */
  g_assert_true (g_file_set_contents (bad_name, "{", -1, NULL));
  load_catalog_file (bad_name);
  text = shown_toast_text ();
  g_assert_nonnull (text);
  g_assert_true (g_str_has_prefix (text, "<b>x & <a href='file:y'>z\xef\xbf\xbd.json was not loaded: "));
  g_clear_pointer (&text, g_free);
  dismiss_all_toasts (NULL);
  g_remove (bad_name);

  /* Terminal escapes and bidi controls show as replacement characters */
  cg_window_show_toast (window, control);
  text = shown_toast_text ();
  g_assert_cmpstr (text, ==, "a\xef\xbf\xbd[31mred\xef\xbf\xbd" "cba");
  g_clear_pointer (&text, g_free);
  dismiss_all_toasts (NULL);

  /* A huge one is cut, on a character boundary */
  {
    g_autoptr(GString) huge = g_string_new (NULL);

    for (guint i = 0; i < 100000; i++)
      g_string_append (huge, "é&");
    cg_window_show_toast (window, huge->str);
    text = shown_toast_text ();
    g_assert_cmpuint (g_utf8_strlen (text, -1), ==, CG_WINDOW_MAX_TOAST_CHARS + 1);
    g_assert_true (g_str_has_prefix (text, "é&é&"));
    g_assert_true (g_str_has_suffix (text, "…"));
    g_clear_pointer (&text, g_free);
    dismiss_all_toasts (NULL);
  }
  g_assert_cmpuint (launched->len, ==, 0);
}

static void
test_toast_burst (void)
{
  CgWindow *window = get_window ();
  g_autofree char *last = NULL;
  guint n;

  dismiss_all_toasts (NULL);

  /* 10,000 different messages: the first stays on screen, the newest wait */
  for (guint i = 0; i < 10000; i++)
    {
      g_autofree char *text = g_strdup_printf ("Message %u", i);

      cg_window_show_toast (window, text);
    }
  n = dismiss_all_toasts (&last);
  g_assert_cmpuint (n, >=, 1);
  g_assert_cmpuint (n, <=, CG_WINDOW_MAX_TOASTS);
  g_assert_cmpstr (last, ==, "Message 9999");

  /* 10,000 times the same id, as a D-Bus caller could: one toast */
  for (guint i = 0; i < 10000; i++)
    g_action_group_activate_action (G_ACTION_GROUP (app), "show-project",
                                    g_variant_new_string ("no-such-project"));
  g_assert_cmpuint (dismiss_all_toasts (&last), ==, 1);
  g_assert_cmpstr (last, ==, "No project with the id “no-such-project”");

  /* Two different messages in a row both show, as after a refresh */
  cg_window_show_toast (window, "Catalog updated");
  cg_window_show_toast (window, "The catalog could not be saved");
  g_assert_cmpuint (dismiss_all_toasts (&last), ==, 2);
  g_assert_cmpstr (last, ==, "The catalog could not be saved");
}

static void
clipboard_read_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  char **text = user_data;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);
  if (*text == NULL)
    *text = g_strdup ("");
}

static void
test_link_error (void)
{
  CgWindow *window = get_window ();
  const char *uri = "https://example.com/a?b=1&c=2";
  g_autoptr(GError) error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                                                 "Operation not supported");
  g_autofree char *text = NULL;
  g_autofree char *copied = NULL;
  GtkWidget *button;
  gint64 deadline;

  dismiss_all_toasts (NULL);

  /* What opening a link without a web browser leads to */
  cg_window_show_link_error (window, uri, error);
  text = shown_toast_text ();
  g_assert_cmpstr (text, ==, "No web browser could open the link");
  g_assert_null (strstr (text, "Operation not supported"));

  /* Its button copies the link */
  button = find_toast_button ();
  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "Copy Link");
  save_screenshot ("untrusted-link-error-toast");
  g_signal_emit_by_name (button, "clicked");
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (window)), NULL,
                                 clipboard_read_cb, &copied);
  deadline = g_get_monotonic_time () + cg_test_seconds (10) * G_USEC_PER_SEC;
  while (copied == NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpstr (copied, ==, uri);
  g_assert_cmpstr (window->last_toast, ==, "Link copied");
  g_assert_cmpuint (launched->len, ==, 0);
  dismiss_all_toasts (NULL);
}

/* A desktop with no app for any link: XDG folders that hold the system's
 * MIME database and icons, and no applications or mimeapps.list. Before
 * anything reads them. */
static const char *kept[] = { "mime", "icons" };

static char *
hide_applications (void)
{
  const char *dirs = g_getenv ("XDG_DATA_DIRS");
  g_auto(GStrv) system = g_strsplit (dirs && *dirs ? dirs : "/usr/local/share:/usr/share", ":", -1);
  char *root = g_dir_make_tmp ("cg-test-no-browser-XXXXXX", NULL);

  for (guint k = 0; k < G_N_ELEMENTS (kept); k++)
    for (guint i = 0; system[i] != NULL; i++)
      {
        g_autofree char *target = g_build_filename (system[i], kept[k], NULL);
        g_autofree char *link = g_build_filename (root, kept[k], NULL);

        if (g_file_test (target, G_FILE_TEST_IS_DIR))
          {
            g_assert_cmpint (symlink (target, link), ==, 0);
            break;
          }
      }
  g_setenv ("XDG_DATA_DIRS", root, TRUE);
  g_setenv ("XDG_DATA_HOME", root, TRUE);
  g_setenv ("XDG_CONFIG_DIRS", root, TRUE);
  g_setenv ("XDG_CONFIG_HOME", root, TRUE);
  return root;
}

static void
remove_hidden_root (const char *root)
{
  for (guint k = 0; k < G_N_ELEMENTS (kept); k++)
    {
      g_autofree char *link = g_build_filename (root, kept[k], NULL);

      g_remove (link);
    }
  g_rmdir (root);
}

/* The real way a link opens, on a desktop with no web browser
 * (CG_TEST_NO_BROWSER=1, see tests/meson.build) */
static void
test_no_browser (void)
{
  CgWindow *window = get_window ();
  g_autofree char *text = NULL;
  gint64 deadline;

  if (g_getenv ("CG_TEST_NO_BROWSER") == NULL)
    {
      g_test_skip ("needs a desktop without a web browser: CG_TEST_NO_BROWSER=1");
      return;
    }

  dismiss_all_toasts (NULL);
  cg_application_set_uri_launcher (app, NULL, NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-uri", "s", "https://example.com/x");
  deadline = g_get_monotonic_time () + cg_test_seconds (10) * G_USEC_PER_SEC;
  while ((text = shown_toast_text ()) == NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpstr (text, ==, "No web browser could open the link");
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (find_toast_button ())), ==, "Copy Link");
  g_clear_pointer (&text, g_free);
  dismiss_all_toasts (NULL);

  /* From About, which belongs to no application: said in the main window */
  {
    GtkWindow *about;
    gboolean handled = FALSE;

    g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
    iterate_for (200);
    about = find_toplevel (ADW_TYPE_ABOUT_WINDOW);
    g_assert_nonnull (about);
    g_signal_emit_by_name (about, "activate-link", "https://example.com/y", &handled);
    g_assert_true (handled);
    deadline = g_get_monotonic_time () + cg_test_seconds (10) * G_USEC_PER_SEC;
    while ((text = shown_toast_text ()) == NULL && g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, FALSE);
    g_assert_cmpstr (text, ==, "No web browser could open the link");
    gtk_window_destroy (about);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *hidden_root = NULL;
  int ret;

  if (g_getenv ("CG_TEST_NO_BROWSER") != NULL)
    hidden_root = hide_applications ();
  cg_test_window_init (&argc, &argv);
  tmp_dir = g_dir_make_tmp ("cg-test-untrusted-XXXXXX", NULL);
  reopen_window (1100, 720);

  g_test_add_func ("/untrusted/community", test_community);
  g_test_add_func ("/untrusted/project", test_project);
  g_test_add_func ("/untrusted/about", test_about);
  g_test_add_func ("/untrusted/toast-text", test_toast_text);
  g_test_add_func ("/untrusted/toast-burst", test_toast_burst);
  g_test_add_func ("/untrusted/link-error", test_link_error);
  g_test_add_func ("/untrusted/no-browser", test_no_browser);

  ret = g_test_run ();

  cg_test_window_finish ();
  {
    g_autofree char *path = g_build_filename (tmp_dir, "hostile.json", NULL);
    g_remove (path);
    g_rmdir (tmp_dir);
  }
  if (hidden_root != NULL)
    remove_hidden_root (hidden_root);
  return ret;
}
