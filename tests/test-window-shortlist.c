/* test-window-shortlist.c: the star, "My notes" and the "Starred" chip in
 * the real window, driven with X key presses and typing (xdotool)
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "cg-project-page-private.h"
#include "cg-project-row.h"
#include "cg-test-window-util.h"

static char *data_home;
static char *shortlist_path;

/* Real X input: the pointer over the window (no window manager under
 * Xvfb: the window sits at 0,0 and keyboard focus follows the pointer) */
static void
xdotool (const char *first,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int status;
  va_list args;

  g_ptr_array_add (argv, (gpointer) "xdotool");
  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  iterate_for (100);
}

static gboolean
window_is_active (gpointer data)
{
  return gtk_window_is_active (GTK_WINDOW (get_window ()));
}

static void
point_at_window (void)
{
  xdotool ("mousemove", "300", "20", NULL);
  wait_until (window_is_active, NULL, "the window to have the keyboard");
}

/* A real click in the middle of @widget */
static void
click (GtkWidget *widget)
{
  GtkWidget *window = GTK_WIDGET (get_window ());
  graphene_point_t point;
  double dx, dy;
  g_autofree char *x = NULL;
  g_autofree char *y = NULL;

  g_assert_true (gtk_widget_compute_point (widget, window,
                                           &GRAPHENE_POINT_INIT (gtk_widget_get_width (widget) / 2.f,
                                                                 gtk_widget_get_height (widget) / 2.f),
                                           &point));
  gtk_native_get_surface_transform (GTK_NATIVE (window), &dx, &dy);
  x = g_strdup_printf ("%d", (int) (point.x + dx));
  y = g_strdup_printf ("%d", (int) (point.y + dy));
  xdotool ("mousemove", x, y, "click", "1", NULL);
  iterate_for (200);
}

static void
focus_notes (void)
{
  CgWindow *window = get_window ();

  point_at_window ();
  gtk_widget_grab_focus (GTK_WIDGET (window->project_page->notes_view));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (window->project_page->notes_view)));
}

static char *
notes_text (void)
{
  GtkTextBuffer *buffer = get_window ()->project_page->notes_buffer;
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* What is on disk, read as another process would */
static CgShortlist *
read_back (void)
{
  CgShortlist *shortlist = cg_shortlist_new (shortlist_path);

  g_assert_true (cg_shortlist_load (shortlist, NULL));
  return shortlist;
}

typedef struct
{
  const char *id;
  const char *note;   /* NULL: check the star only */
  gboolean    starred;
} Expect;

static gboolean
saved_as (gpointer data)
{
  const Expect *expect = data;
  g_autoptr(CgShortlist) disk = read_back ();

  return cg_shortlist_contains (disk, expect->id) == expect->starred &&
         (expect->note == NULL ||
          g_strcmp0 (cg_shortlist_get_note (disk, expect->id), expect->note) == 0);
}

static gboolean
saves_done (gpointer data)
{
  return !cg_shortlist_is_saving (cg_application_get_shortlist (app));
}

static const char *
chip_label (void)
{
  return adw_button_content_get_label (get_window ()->chip_starred_content);
}

static void
collect_rows (GtkWidget *widget,
              GPtrArray *rows)
{
  if (CG_IS_PROJECT_ROW (widget) && gtk_widget_get_mapped (widget))
    g_ptr_array_add (rows, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_rows (child, rows);
}

/* Whether the row of @id shows a star (the star is the row's only
 * GtkImage with the css class "star") */
static gboolean
row_shows_star (const char *id)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  GtkEditable *search = GTK_EDITABLE (get_window ()->search_entry);
  g_autofree char *query = g_strdup (gtk_editable_get_text (search));

  /* Searched for and scrolled to the top, so that its row is on screen */
  gtk_editable_set_text (search, id);
  iterate_for (200);
  gtk_adjustment_set_value (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (get_window ()->list_view)), 0);
  iterate_for (200);
  collect_rows (GTK_WIDGET (get_window ()->list_view), rows);
  for (guint i = 0; i < rows->len; i++)
    {
      CgProject *project = cg_project_row_get_project (rows->pdata[i]);

      if (project == NULL || g_strcmp0 (cg_project_get_id (project), id) != 0)
        continue;
      for (GtkWidget *w = gtk_widget_get_first_child (gtk_widget_get_first_child (rows->pdata[i]));
           w != NULL; w = gtk_widget_get_next_sibling (w))
        if (GTK_IS_IMAGE (w) && gtk_widget_has_css_class (w, "star"))
          {
            gboolean visible = gtk_widget_get_visible (w);

            gtk_editable_set_text (search, query);
            iterate_for (300);
            return visible;
          }
    }
  g_error ("no row for %s (query %s, %u rows)", id, gtk_editable_get_text (search), rows->len);
  return FALSE;
}

static gboolean
chip_says (gpointer data)
{
  return g_strcmp0 (chip_label (), data) == 0;
}

/* Ctrl+D stars; the chip counts it; the row shows it; it is on disk */
static void
test_star (void)
{
  CgWindow *window = get_window ();
  Expect starred = { "kubernetes", NULL, TRUE };
  Expect unstarred = { "kubernetes", NULL, FALSE };

  g_assert_cmpstr (chip_label (), ==, "Starred 2");
  g_assert_true (row_shows_star ("helm"));

  g_assert_true (cg_window_show_project (window, "kubernetes"));
  g_assert_false (gtk_toggle_button_get_active (window->project_page->star_button));
  point_at_window ();
  xdotool ("key", "ctrl+d", NULL);
  wait_until (saved_as, &starred, "Ctrl+D to star kubernetes on disk");
  wait_until (chip_says, (gpointer) "Starred 3", "the chip to count 3");
  g_assert_true (gtk_toggle_button_get_active (window->project_page->star_button));
  g_assert_true (row_shows_star ("kubernetes"));
  {
    const char *tooltip = gtk_widget_get_tooltip_text (GTK_WIDGET (window->project_page->star_button));
    g_assert_cmpstr (tooltip, ==, "Remove from your shortlist (Ctrl+D)");
  }
  gtk_test_accessible_assert_property (window->project_page->star_button,
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Starred");
  gtk_test_accessible_assert_property (window->project_page->notes_view,
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "My notes");

  /* Again: unstarred */
  xdotool ("key", "ctrl+d", NULL);
  wait_until (saved_as, &unstarred, "Ctrl+D to unstar kubernetes");
  wait_until (chip_says, (gpointer) "Starred 2", "the chip to count 2");
  g_assert_false (row_shows_star ("kubernetes"));

  /* The star button itself */
  click (GTK_WIDGET (window->project_page->star_button));
  wait_until (saved_as, &starred, "the star button to star kubernetes");
}

/* Typed notes are saved after a pause, and at once on a page switch */
static void
test_notes (void)
{
  CgWindow *window = get_window ();
  Expect typed = { "kubernetes", "Ask about SIG Docs", TRUE };
  Expect switched = { "kubernetes", "Ask about SIG Docs, then lunch", TRUE };
  g_autofree char *text = NULL;

  g_assert_true (cg_window_show_project (window, "kubernetes"));
  focus_notes ();
  xdotool ("type", "--delay", "20", "Ask about SIG Docs", NULL);
  g_assert_cmpstr ((text = notes_text ()), ==, "Ask about SIG Docs");
  wait_until (saved_as, &typed, "the note to be saved after typing");

  /* Typing, then another project at once: nothing is lost */
  xdotool ("type", "--delay", "10", ", then lunch", NULL);
  g_assert_true (cg_window_show_project (window, "helm"));
  wait_until (saves_done, NULL, "the saves to finish");
  g_assert_true (saved_as (&switched));

  /* Helm's own note is shown */
  g_clear_pointer (&text, g_free);
  g_assert_cmpstr ((text = notes_text ()), ==, "Talk to the maintainers at booth P4");
  save_screenshot ("shortlist-starred-page");

  /* Back on Kubernetes, its note is there */
  g_assert_true (cg_window_show_project (window, "kubernetes"));
  g_clear_pointer (&text, g_free);
  g_assert_cmpstr ((text = notes_text ()), ==, "Ask about SIG Docs, then lunch");
}

/* Non-ASCII and right-to-left text pasted into the note survive (xdotool
 * cannot type outside the keymap under Xvfb; people paste or use an input
 * method, which inserts text the same way) */
static void
test_note_text (void)
{
  CgWindow *window = get_window ();
  Expect typed = { "helm", "Grüße שלום", TRUE };

  g_assert_true (cg_window_show_project (window, "helm"));
  gtk_text_buffer_set_text (window->project_page->notes_buffer, "", -1);
  focus_notes ();
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (window->project_page->notes_view)),
                          "Grüße שלום");
  xdotool ("key", "ctrl+v", NULL);
  wait_until (saved_as, &typed, "the non-ASCII note to be saved");
  gtk_text_buffer_set_text (window->project_page->notes_buffer,
                            "Talk to the maintainers at booth P4", -1);
}

static gboolean
list_has (gpointer data)
{
  return g_list_model_get_n_items (G_LIST_MODEL (get_window ()->model)) == GPOINTER_TO_UINT (data);
}

/* The "Starred" chip, with search and maturity chips; a project no longer
 * in the catalog */
static void
test_starred_chip (void)
{
  CgWindow *window = get_window ();
  g_autoptr(CgProject) last = NULL;
  g_autofree char *text = NULL;
  GListModel *model = G_LIST_MODEL (window->model);

  wait_until (saves_done, NULL, "the saves to finish");
  click (GTK_WIDGET (window->chip_starred));
  g_assert_true (gtk_toggle_button_get_active (window->chip_starred));
  wait_until (list_has, GUINT_TO_POINTER (3), "the starred list");
  last = g_list_model_get_item (model, 2);
  g_assert_cmpstr (cg_project_get_id (last), ==, "gone-project");
  g_assert_true (cg_project_is_missing (last));
  save_screenshot ("shortlist-starred-chip");

  /* With a maturity chip: Helm and Kubernetes are graduated */
  click (GTK_WIDGET (window->chip_graduated));
  wait_until (list_has, GUINT_TO_POINTER (2), "starred and graduated");
  g_assert_cmpstr (chip_label (), ==, "Starred 2");
  click (GTK_WIDGET (window->chip_graduated));

  /* With a search */
  gtk_editable_set_text (GTK_EDITABLE (window->search_entry), "helm");
  wait_until (list_has, GUINT_TO_POINTER (1), "starred and matching helm");
  g_assert_cmpstr (chip_label (), ==, "Starred 1");
  gtk_editable_set_text (GTK_EDITABLE (window->search_entry), "");
  wait_until (list_has, GUINT_TO_POINTER (3), "the starred list again");

  /* The project no longer in the catalog: its note, a notice, no facts */
  g_signal_emit_by_name (window->list_view, "activate", 2);
  g_assert_true (cg_project_page_get_project (window->project_page) == last);
  g_assert_true (gtk_widget_get_visible (window->project_page->missing_box));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window->project_page->badge)));
  g_assert_true (gtk_toggle_button_get_active (window->project_page->star_button));
  g_assert_cmpstr ((text = notes_text ()), ==, "Met Ana at booth S12 <b>not bold</b>");
  save_screenshot ("shortlist-missing");

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_DARK);
  save_screenshot ("shortlist-missing-dark");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_DEFAULT);

  click (GTK_WIDGET (window->chip_starred));
  g_assert_cmpuint (g_list_model_get_n_items (model), >, 200);
}

static gboolean
toast_says (gpointer data)
{
  return get_window ()->last_toast != NULL && strstr (get_window ()->last_toast, data) != NULL;
}

/* A change that cannot be saved says so, and the star shows what is saved */
static void
test_not_saved (void)
{
  CgWindow *window = get_window ();
  g_autofree char *lock = g_strconcat (shortlist_path, ".lock", NULL);
  g_autoptr(GBytes) before = NULL;
  g_autofree char *text = NULL;

  wait_until (saves_done, NULL, "the saves to finish");
  g_assert_true (cg_window_show_project (window, "falco"));
  {
    char *data;
    gsize length;
    g_assert_true (g_file_get_contents (shortlist_path, &data, &length, NULL));
    before = g_bytes_new_take (data, length);
  }

  /* A lock file that leads elsewhere: nothing can be saved */
  g_assert_cmpint (g_unlink (lock), ==, 0);
  g_assert_cmpint (symlink ("/nonexistent/lock", lock), ==, 0);
  g_clear_pointer (&window->last_toast, g_free);

  point_at_window ();
  xdotool ("key", "ctrl+d", NULL);
  wait_until (toast_says, (gpointer) "Your change was not saved", "the toast");
  wait_until (saves_done, NULL, "the failed save");
  iterate_for (100);
  g_assert_false (gtk_toggle_button_get_active (window->project_page->star_button));

  g_clear_pointer (&window->last_toast, g_free);
  focus_notes ();
  xdotool ("type", "--delay", "10", "lost?", NULL);
  wait_until (toast_says, (gpointer) "Your change was not saved", "the toast for the note");
  g_assert_cmpstr ((text = notes_text ()), ==, "lost?");
  save_screenshot ("shortlist-not-saved");
  {
    char *data;
    gsize length;
    g_autoptr(GBytes) after = NULL;

    g_assert_true (g_file_get_contents (shortlist_path, &data, &length, NULL));
    after = g_bytes_new_take (data, length);
    g_assert_true (g_bytes_equal (before, after));
  }

  /* Fixed: the next page switch saves the note kept in the view */
  g_assert_cmpint (g_unlink (lock), ==, 0);
  g_assert_true (cg_window_show_project (window, "helm"));
  {
    Expect kept = { "falco", "lost?", FALSE };
    wait_until (saved_as, &kept, "the note to be saved after all");
  }
}

/* The command line changes the shortlist while the window runs: the
 * window follows, and neither overwrites the other */
static void
test_command_line_meanwhile (void)
{
  CgWindow *window = get_window ();
  const char *argv[] = { g_getenv ("CG_BINARY"), "--note", "envoy", "from the command line",
                         NULL };
  const char *star[] = { g_getenv ("CG_BINARY"), "--star", "envoy", NULL };
  Expect both = { "kubernetes", "Ask about SIG Docs, then lunch", TRUE };
  int status;

  wait_until (saves_done, NULL, "the saves to finish");
  g_assert_true (g_spawn_sync (NULL, (char **) star, NULL, 0, NULL, NULL, NULL, NULL,
                               &status, NULL));
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, 0, NULL, NULL, NULL, NULL,
                               &status, NULL));
  g_assert_cmpint (status, ==, 0);
  wait_until (chip_says, (gpointer) "Starred 4", "the window to see the command line's star");

  g_assert_true (cg_window_show_project (window, "envoy"));
  {
    g_autofree char *text = notes_text ();
    g_assert_cmpstr (text, ==, "from the command line");
  }
  /* The window's own note on another project is still there */
  g_assert_true (saved_as (&both));
}

static gboolean
no_window (gpointer data)
{
  return cg_application_get_main_window (app) == NULL;
}

/* Typing, then closing the window at once: the note is saved; and the
 * starred page in a narrow window, light and dark */
static void
test_close_and_narrow (void)
{
  CgWindow *window = get_window ();
  Expect closed = { "helm", "Talk to the maintainers at booth P4, bye", TRUE };

  wait_until (saves_done, NULL, "the saves to finish");
  g_assert_true (cg_window_show_project (window, "helm"));
  focus_notes ();
  xdotool ("key", "ctrl+End", NULL);
  xdotool ("type", "--delay", "10", ", bye", NULL);
  gtk_window_close (GTK_WINDOW (window));
  wait_until (no_window, NULL, "the window to close");
  wait_until (saved_as, &closed, "the note to be saved on close");

  reopen_window (360, 720);
  window = get_window ();
  g_assert_true (cg_window_show_project (window, "helm"));
  {
    g_autofree char *text = notes_text ();
    g_assert_cmpstr (text, ==, closed.note);
  }
  save_screenshot ("shortlist-starred-page-narrow");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_DARK);
  save_screenshot ("shortlist-starred-page-narrow-dark");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);

  /* Ctrl+D with the list in sight stars nothing out of sight */
  {
    Expect unchanged = { "helm", NULL, TRUE };

    point_at_window ();
    xdotool ("key", "ctrl+d", NULL);
    iterate_for (300);
    wait_until (saves_done, NULL, "the saves to finish");
    g_assert_true (saved_as (&unchanged));
  }
  cg_window_set_starred_only (window, TRUE);
  save_screenshot ("shortlist-starred-chip-narrow-dark");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_DEFAULT);
}

/* Everything unstarred (from the command line): the chip's empty list
 * says how to star */
static void
test_nothing_starred (void)
{
  CgWindow *window = get_window ();
  const char *ids[] = { "helm", "kubernetes", "gone-project", "envoy" };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      const char *argv[] = { g_getenv ("CG_BINARY"), "--unstar", ids[i], NULL };
      int status;

      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, 0, NULL, NULL, NULL, NULL,
                                   &status, NULL));
      g_assert_cmpint (status, ==, 0);
    }
  wait_until (chip_says, (gpointer) "Starred 0", "the window to see the stars go");
  cg_window_set_starred_only (window, TRUE);
  wait_until (list_has, GUINT_TO_POINTER (0), "an empty starred list");
  g_assert_cmpstr (adw_status_page_get_title (window->empty_page), ==, "No Starred Projects");
  save_screenshot ("shortlist-nothing-starred-narrow");

  /* "Clear Search and Filters" clears this chip too */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.clear-search", NULL);
  g_assert_false (gtk_toggle_button_get_active (window->chip_starred));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (window->model)), >, 200);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *folder = NULL;
  int ret;

  /* A data folder of our own, before GTK reads where it is (icon themes
   * look there, and GLib keeps what it read first) */
  data_home = g_dir_make_tmp ("cg-test-window-shortlist-XXXXXX", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  cg_test_window_init (&argc, &argv);
  {
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);
    g_settings_set (settings, "window-size", "(ii)", 1100, 720);
    g_settings_set_boolean (settings, "window-maximized", FALSE);
  }

  folder = g_build_filename (data_home, "cncf-guide", NULL);
  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  shortlist_path = g_build_filename (folder, "shortlist.json", NULL);
  g_assert_true (g_file_set_contents (shortlist_path,
    "{\"shortlist_version\":1,\"items\":["
    "{\"id\":\"helm\",\"starred\":\"2026-11-01T09:00:00Z\","
    "\"note\":\"Talk to the maintainers at booth P4\"},"
    "{\"id\":\"gone-project\",\"starred\":\"2026-11-02T09:00:00Z\","
    "\"note\":\"Met Ana at booth S12 <b>not bold</b>\"}]}", -1, NULL));

  g_application_activate (G_APPLICATION (app));
  wait_until (window_is_mapped, NULL, "the window to map");
  iterate_for (300);

  g_test_add_func ("/window-shortlist/star", test_star);
  g_test_add_func ("/window-shortlist/notes", test_notes);
  g_test_add_func ("/window-shortlist/note-text", test_note_text);
  g_test_add_func ("/window-shortlist/starred-chip", test_starred_chip);
  g_test_add_func ("/window-shortlist/not-saved", test_not_saved);
  g_test_add_func ("/window-shortlist/command-line-meanwhile", test_command_line_meanwhile);
  g_test_add_func ("/window-shortlist/close-and-narrow", test_close_and_narrow);
  g_test_add_func ("/window-shortlist/nothing-starred", test_nothing_starred);

  ret = g_test_run ();
  cg_test_window_finish ();
  return ret;
}
