/* test-window-facts.c: the project page's Start Contributing steps and
 * facts, and finding a project by language, in the real window
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cg-contribute-steps.h"
#include "cg-language-filter.h"
#include "cg-project-page-private.h"
#include "cg-test-window-util.h"

/* ---- reading the page as a person sees it ---- */

static GtkWidget *
find_group (const char *title)
{
  g_autoptr(GPtrArray) groups = g_ptr_array_new ();

  collect_widgets (GTK_WIDGET (get_window ()->project_page), ADW_TYPE_PREFERENCES_GROUP, TRUE,
                   groups);
  for (guint i = 0; i < groups->len; i++)
    if (g_strcmp0 (adw_preferences_group_get_title (groups->pdata[i]), title) == 0)
      return groups->pdata[i];
  return NULL;
}

/* The visible rows of a group, each as "title | subtitle", plus " -> URI"
 * for a row that opens a link */
static GPtrArray *
group_rows (const char *title)
{
  GtkWidget *group = find_group (title);
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);

  if (group == NULL)
    return texts;

  collect_widgets (group, ADW_TYPE_ACTION_ROW, TRUE, rows);
  for (guint i = 0; i < rows->len; i++)
    {
      AdwActionRow *row = rows->pdata[i];
      const char *subtitle = adw_action_row_get_subtitle (row);
      GString *text = g_string_new (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));

      /* Outside text never goes through markup */
      g_assert_false (adw_preferences_row_get_use_markup (ADW_PREFERENCES_ROW (row)));
      if (subtitle != NULL && *subtitle != '\0')
        g_string_append_printf (text, " | %s", subtitle);
      if (CG_IS_LINK_ROW (row) && cg_link_row_get_uri (CG_LINK_ROW (row)) != NULL)
        g_string_append_printf (text, " -> %s", cg_link_row_get_uri (CG_LINK_ROW (row)));
      g_ptr_array_add (texts, g_string_free (text, FALSE));
    }
  return texts;
}

static void
assert_rows (const char        *group,
             const char *const *expected)
{
  g_autoptr(GPtrArray) rows = group_rows (group);
  guint n = g_strv_length ((char **) expected);

  for (guint i = 0; i < rows->len; i++)
    g_test_message ("%s: %s", group, (char *) rows->pdata[i]);
  for (guint i = 0; i < MIN (n, rows->len); i++)
    g_assert_cmpstr (rows->pdata[i], ==, expected[i]);
  g_assert_cmpuint (rows->len, ==, n);
}

static GtkLabel *
find_step_number (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "step-number"))
    return GTK_LABEL (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found = find_step_number (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The step numbers shown, in order: "[1][2][][3]", [] for a step's second row */
static char *
step_numbers (void)
{
  GtkWidget *group = find_group ("Start Contributing");
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  GString *numbers = g_string_new (NULL);

  g_assert_nonnull (group);
  collect_widgets (group, ADW_TYPE_ACTION_ROW, TRUE, rows);
  for (guint i = 0; i < rows->len; i++)
    {
      GtkLabel *number = find_step_number (rows->pdata[i]);

      g_assert_nonnull (number);
      g_string_append_printf (numbers, "[%s]", gtk_label_get_label (number));
    }
  return g_string_free (numbers, FALSE);
}

static void
show (const char *id)
{
  g_assert_true (cg_window_show_project (get_window (), id));
  iterate_for (100);
}

/* Screenshots of the page's top and of its facts, light and dark */
static void
screenshots (const char *id,
             const char *width_name)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  GtkAdjustment *scroll = gtk_scrolled_window_get_vadjustment (get_window ()->project_page->scroller);
  GtkWidget *facts = find_group ("Project Facts");

  for (guint dark = 0; dark < 2; dark++)
    {
      g_autofree char *top = g_strdup_printf ("%s-steps-%s%s", width_name, id,
                                              dark ? "-dark" : "");
      g_autofree char *below = g_strdup_printf ("%s-facts-%s%s", width_name, id,
                                                dark ? "-dark" : "");
      graphene_point_t at;

      adw_style_manager_set_color_scheme (style, dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                                      : ADW_COLOR_SCHEME_FORCE_LIGHT);
      gtk_adjustment_set_value (scroll, 0);
      save_screenshot (top);

      g_assert_nonnull (facts);
      g_assert_true (gtk_widget_compute_point (facts, GTK_WIDGET (get_window ()->project_page->content),
                                               &GRAPHENE_POINT_INIT (0, 0), &at));
      gtk_adjustment_set_value (scroll, at.y - 12);
      save_screenshot (below);
      gtk_adjustment_set_value (scroll, 0);
    }
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

/* ---- the steps ---- */

static void
test_dco (void)
{
  g_autofree char *numbers = NULL;

  show ("dex");
  assert_rows ("Start Contributing", (const char *[]) {
    "Read the contributor guide | github.com/dexidp/dex/blob/master/CONTRIBUTING.md"
      " -> https://github.com/dexidp/dex/blob/master/CONTRIBUTING.md",
    "Sign off every commit (DCO): git commit -s | Developer Certificate of Origin"
      " · developercertificate.org -> https://developercertificate.org/",
    "Say hello | No chat channel is known",
    "Find a first issue | Open issues labelled “good first issue”"
      " · github.com/dexidp/dex/issues?q=is%3Aissue+is%3Aopen+label%3A%22good+first+issue%22"
      " -> https://github.com/dexidp/dex/issues?q=is%3Aissue+is%3Aopen+label%3A%22good+first+issue%22",
    NULL });
  numbers = step_numbers ();
  g_assert_cmpstr (numbers, ==, "[1][2][3][4]");
  g_assert_false (gtk_widget_get_visible (get_window ()->project_page->archived_box));

  /* The facts below, all of them, in words */
  assert_rows ("Project Facts", (const char *[]) {
    "Language | Go 99%",
    "License | Apache-2.0",
    "Activity | 466 commits by 36 people in the year to August 2026",
    "Code of conduct | github.com/dexidp/dex/blob/master/.github/CODE_OF_CONDUCT.md"
      " -> https://github.com/dexidp/dex/blob/master/.github/CODE_OF_CONDUCT.md",
    "Security policy | github.com/dexidp/dex/blob/master/.github/SECURITY.md"
      " -> https://github.com/dexidp/dex/blob/master/.github/SECURITY.md",
    "Read from the repository on 6 August 2026 | dexidp/dex at ab64ed7"
      " · github.com/dexidp/dex/tree/ab64ed778070e983cbb10cfc07ea4bb397d14312"
      " -> https://github.com/dexidp/dex/tree/ab64ed778070e983cbb10cfc07ea4bb397d14312",
    NULL });

  /* Activating a step opens its link, and only that */
  g_ptr_array_set_size (launched, 0);
  adw_action_row_activate (ADW_ACTION_ROW (find_link_row (GTK_WIDGET (get_window ()->project_page),
                                                          "Find a first issue")));
  g_assert_cmpuint (launched->len, ==, 1);
  g_assert_cmpstr (launched->pdata[0], ==,
                   "https://github.com/dexidp/dex/issues?q=is%3Aissue+is%3Aopen+label%3A%22good+first+issue%22");
}

static void
test_cla (void)
{
  show ("headlamp");
  {
    g_autoptr(GPtrArray) rows = group_rows ("Start Contributing");

    g_assert_cmpuint (rows->len, ==, 4);
    g_assert_true (g_str_has_prefix (rows->pdata[1],
                                     "Sign the CLA before your first pull request"));
    g_assert_null (strstr (rows->pdata[1], "DCO"));
  }
}

static void
test_dco_and_cla (void)
{
  g_autofree char *numbers = NULL;

  show ("agones");
  assert_rows ("Start Contributing", (const char *[]) {
    "Read the contributor guide | github.com/agones-dev/agones/blob/main/CONTRIBUTING.md"
      " -> https://github.com/agones-dev/agones/blob/main/CONTRIBUTING.md",
    "Sign off every commit (DCO): git commit -s | Developer Certificate of Origin"
      " · developercertificate.org -> https://developercertificate.org/",
    "Sign the CLA before your first pull request | Google CLA · cla.developers.google.com"
      " -> https://cla.developers.google.com/",
    "Say hello | No chat channel is known",
    "Find a first issue | Open issues labelled “good first issue”"
      " · github.com/agones-dev/agones/issues?q=is%3Aissue+is%3Aopen+label%3A%22good+first+issue%22"
      " -> https://github.com/agones-dev/agones/issues?q=is%3Aissue+is%3Aopen+label%3A%22good+first+issue%22",
    NULL });
  /* Both rows are step 2: the second carries no number of its own */
  numbers = step_numbers ();
  g_assert_cmpstr (numbers, ==, "[1][2][][3][4]");
}

static void
test_not_stated (void)
{
  show ("kubescape");
  assert_rows ("Start Contributing", (const char *[]) {
    "Read the contributor guide | github.com/kubescape/kubescape/blob/master/CONTRIBUTING.md"
      " -> https://github.com/kubescape/kubescape/blob/master/CONTRIBUTING.md",
    "Sign-off (DCO) or CLA | Not stated in the repository",
    "Say hello on CNCF Slack | cloud-native.slack.com/messages/kubescape"
      " -> https://cloud-native.slack.com/messages/kubescape",
    /* No newcomer label named: GitHub's own page for newcomers */
    "Find a first issue | GitHub’s list of issues for newcomers"
      " · github.com/kubescape/kubescape/contribute"
      " -> https://github.com/kubescape/kubescape/contribute",
    NULL });
}

/* Nothing known: every step and fact still there, saying so */
static void
test_unknown (void)
{
  show ("cohdi");
  assert_rows ("Start Contributing", (const char *[]) {
    "No contributor guide is known | Start from the repository · github.com/CoHDI"
      " -> https://github.com/CoHDI",
    "Sign-off (DCO) or CLA | Not known",
    "Say hello | No chat channel is known",
    /* An organization, not a repository: no issue search is made up */
    "Find a first issue | Look for issues marked for newcomers · github.com/CoHDI"
      " -> https://github.com/CoHDI",
    NULL });
  assert_rows ("Project Facts", (const char *[]) {
    "Language | Not known",
    "License | Not known",
    "Activity | Not known",
    "Code of conduct | Not known",
    "Security policy | Not known",
    "Read from the repository | Not known",
    NULL });
}

static void
test_archived (void)
{
  show ("rkt");
  /* It takes no contributions: it says so, and shows no steps */
  g_assert_true (gtk_widget_get_visible (get_window ()->project_page->archived_box));
  g_assert_null (find_group ("Start Contributing"));
  /* Its facts stay, in words */
  {
    g_autoptr(GPtrArray) rows = group_rows ("Project Facts");

    g_assert_cmpuint (rows->len, ==, 6);
    g_assert_cmpstr (rows->pdata[2], ==, "Activity | No commits since February 2020");
  }
}

static const char *
dropdown_label (GtkDropDown *dropdown,
                guint        position)
{
  GListModel *model = gtk_drop_down_get_model (dropdown);
  g_autoptr(GtkStringObject) item = g_list_model_get_item (model, position);

  return item ? g_intern_string (gtk_string_object_get_string (item)) : NULL;
}

/* Text from the catalog is shown as it is, never read as markup */
static void
test_outside_text_plain (void)
{
  static const char json[] =
    "{\"schema_version\":1,\"catalog_date\":\"2026-11-28\",\"projects\":[{\"id\":\"x\","
    "\"name\":\"<b>X</b>\",\"maturity\":\"sandbox\",\"repository\":\"https://github.com/a/b\","
    "\"contributor_guide\":\"https://example.com/guide\","
    "\"chat\":[{\"title\":\"<b>Chat</b> & co\",\"channel\":\"#<i>c</i>\","
    "\"url\":\"https://chat.example.com/\"}],"
    "\"license\":\"MIT & <b>x</b>\",\"language\":\"<i>Go</i>\","
    "\"languages\":[{\"name\":\"<i>Go</i>\",\"share\":50.5}],"
    "\"legal\":{\"kind\":\"cla\",\"title\":\"<b>CLA</b> & more\",\"url\":\"https://cla.example.com/\","
    "\"dco\":true,\"cla\":true,\"cla_url\":\"https://cla.example.com/\"},"
    "\"newcomer_labels\":[\"<b>easy</b> & more+1\"],"
    "\"activity\":{\"commits\":1620,\"authors\":1,\"window\":[\"2025-09-01\",\"2026-08-31\"]},"
    "\"facts_date\":\"2026-08-21\",\"facts_source\":{\"title\":\"<b>a</b>/b at 1234567\","
    "\"url\":\"https://github.com/a/b/tree/1234567\"}}]}";
  CgWindow *window = get_window ();
  g_autoptr(CgCatalog) bundled = g_object_ref (window->catalog);
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, sizeof json - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(CgCatalog) catalog = cg_catalog_new_from_bytes (bytes, &error);

  g_assert_no_error (error);
  cg_application_set_catalog (app, catalog);
  show ("x");
  assert_rows ("Start Contributing", (const char *[]) {
    "Read the contributor guide | example.com/guide -> https://example.com/guide",
    "Sign off every commit (DCO): git commit -s | Developer Certificate of Origin"
      " · developercertificate.org -> https://developercertificate.org/",
    "Sign the CLA before your first pull request | <b>CLA</b> & more · cla.example.com"
      " -> https://cla.example.com/",
    "Say hello in #<i>c</i> on <b>Chat</b> & co | chat.example.com -> https://chat.example.com/",
    /* The label is escaped into the address, byte for byte */
    "Find a first issue | Open issues labelled “<b>easy</b> & more+1”"
      " · github.com/a/b/issues?q=is%3Aissue+is%3Aopen+label%3A%22%3Cb%3Eeasy%3C%2Fb%3E+%26+more%2B1%22"
      " -> https://github.com/a/b/issues?q=is%3Aissue+is%3Aopen+label%3A%22%3Cb%3Eeasy%3C%2Fb%3E+%26+more%2B1%22",
    NULL });
  assert_rows ("Project Facts", (const char *[]) {
    "Language | <i>Go</i> 50%",
    "License | MIT & <b>x</b>",
    /* One person: the singular */
    "Activity | 1620 commits by 1 person in the year to August 2026",
    "Code of conduct | Not known",
    "Security policy | Not known",
    "Read from the repository on 21 August 2026 | <b>a</b>/b at 1234567"
      " · github.com/a/b/tree/1234567 -> https://github.com/a/b/tree/1234567",
    NULL });
  /* The language drop-down too */
  g_assert_cmpstr (dropdown_label (window->language_dropdown, 1), ==, "<i>Go</i> 1");

  cg_application_set_catalog (app, bundled);
}

/* ---- finding a project by language ---- */

/* The ids `cncf-guide --list ARGS…` prints, in its order */
static GPtrArray *
cli_list (const char *first_arg,
          ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);
  int status;
  va_list args;

  g_ptr_array_add (argv, (gpointer) g_getenv ("CG_BINARY"));
  g_ptr_array_add (argv, (gpointer) "--list");
  va_start (args, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_assert_nonnull (argv->pdata[0]);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("cncf-guide --list failed: %s", err);

  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (*lines[i] != '\0')
      g_ptr_array_add (ids, g_strndup (lines[i], strcspn (lines[i], "\t")));
  return ids;
}

static void
assert_same_ids (GPtrArray *shown,
                 GPtrArray *expected)
{
  for (guint i = 0; i < MIN (shown->len, expected->len); i++)
    g_assert_cmpstr (shown->pdata[i], ==, expected->pdata[i]);
  g_assert_cmpuint (shown->len, ==, expected->len);
}

static guint
dropdown_find (GtkDropDown *dropdown,
               const char  *prefix)
{
  GListModel *model = gtk_drop_down_get_model (dropdown);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_str_has_prefix (dropdown_label (dropdown, i), prefix))
      return i;
  g_error ("no entry “%s…” in the drop-down", prefix);
}

static void
test_language_filter (void)
{
  CgWindow *window = get_window ();
  g_autoptr(GArray) top = cg_catalog_get_top_languages (window->catalog);
  GListModel *languages = gtk_drop_down_get_model (window->language_dropdown);
  CgLanguageCount *go = &g_array_index (top, CgLanguageCount, 0);

  /* Named for screen readers, explained in a tooltip */
  gtk_test_accessible_assert_property (window->language_dropdown, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Filter by language");
  gtk_test_accessible_assert_property (window->sort_dropdown, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Sort order");
  g_assert_nonnull (gtk_widget_get_tooltip_text (GTK_WIDGET (window->language_dropdown)));
  g_assert_nonnull (gtk_widget_get_tooltip_text (GTK_WIDGET (window->sort_dropdown)));

  /* "All languages", the top languages with their counts, then "Other" */
  g_assert_cmpuint (g_list_model_get_n_items (languages), ==, top->len + 1);
  g_assert_cmpstr (dropdown_label (window->language_dropdown, 0), ==, "All languages");
  g_assert_cmpuint (gtk_drop_down_get_selected (window->language_dropdown), ==, 0);
  g_assert_cmpstr (go->name, ==, "Go");
  {
    g_autofree char *expected = g_strdup_printf ("Go %u", go->count);
    CgLanguageCount *other = &g_array_index (top, CgLanguageCount, top->len - 1);
    g_autofree char *expected_other = g_strdup_printf ("Other %u", other->count);

    g_assert_cmpstr (dropdown_label (window->language_dropdown, 1), ==, expected);
    g_assert_cmpstr (other->name, ==, CG_LANGUAGE_OTHER);
    g_assert_cmpstr (dropdown_label (window->language_dropdown, top->len), ==, expected_other);
  }

  /* Drop-down and chips combine, in the command line's order */
  gtk_drop_down_set_selected (window->language_dropdown, 1);
  gtk_toggle_button_set_active (window->chip_sandbox, TRUE);
  {
    g_autoptr(GPtrArray) shown = listed_ids ();
    g_autoptr(GPtrArray) expected = cli_list ("--language", "go", "--maturity", "sandbox", NULL);

    g_assert_cmpuint (shown->len, >, 50);
    assert_same_ids (shown, expected);
    /* The chips count what the language lets through */
    {
      g_autofree char *label = g_strdup_printf ("Sandbox %u", shown->len);
      g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (window->chip_sandbox)), ==, label);
    }
  }
  save_screenshot ("wide-list-go-sandbox");

  /* …and the search, and the order */
  gtk_toggle_button_set_active (window->chip_incubating, TRUE);
  gtk_drop_down_set_selected (window->sort_dropdown,
                              dropdown_find (window->sort_dropdown, "Most active"));
  type_search ("security");
  {
    g_autoptr(GPtrArray) shown = listed_ids ();
    g_autoptr(GPtrArray) expected = cli_list ("--search", "security", "--language", "go",
                                              "--maturity", "incubating,sandbox",
                                              "--sort", "activity", NULL);

    g_assert_cmpuint (shown->len, >, 3);
    assert_same_ids (shown, expected);
  }

  /* "Other": every project outside the top languages, or with none known */
  type_search ("");
  gtk_drop_down_set_selected (window->language_dropdown, top->len);
  gtk_drop_down_set_selected (window->sort_dropdown,
                              dropdown_find (window->sort_dropdown, "By name"));
  {
    g_autoptr(GPtrArray) shown = listed_ids ();
    g_autoptr(GPtrArray) expected = cli_list ("--language", "other",
                                              "--maturity", "incubating,sandbox",
                                              "--sort", "name", NULL);

    assert_same_ids (shown, expected);
    g_assert_cmpint (position_of (shown, "cloudevents"), ==, -1);  /* graduated */
    g_assert_cmpint (position_of (shown, "openfeature"), >=, 0);   /* no language known */
  }

  /* A new catalog (a refresh) keeps the chosen language */
  gtk_drop_down_set_selected (window->language_dropdown, 1);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(CgCatalog) fresh = cg_catalog_new_bundled (&error);
    g_autoptr(GPtrArray) before = listed_ids ();
    g_autoptr(GPtrArray) after = NULL;

    g_assert_no_error (error);
    cg_application_set_catalog (app, fresh);
    g_assert_true (window->catalog == fresh);
    g_assert_cmpstr (cg_language_filter_get_selected (window->language_dropdown), ==, "Go");
    g_assert_cmpstr (cg_search_model_get_language (window->model), ==, "Go");
    after = listed_ids ();
    assert_same_ids (after, before);
  }

  /* Clearing the filters clears the language too; the order stays */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.clear-search", NULL);
  g_assert_cmpuint (gtk_drop_down_get_selected (window->language_dropdown), ==, 0);
  {
    g_autoptr(GPtrArray) shown = listed_ids ();
    g_autoptr(GPtrArray) expected = cli_list ("--sort", "name", NULL);

    assert_same_ids (shown, expected);
  }
  gtk_drop_down_set_selected (window->sort_dropdown, 0);
}

/* ---- screenshots ---- */

static const char * const shown_projects[] = { "dex", "headlamp", "agones", "kubescape", "rkt" };

static void
test_screenshots_wide (void)
{
  reopen_window (1100, 1000);
  for (guint i = 0; i < G_N_ELEMENTS (shown_projects); i++)
    {
      show (shown_projects[i]);
      screenshots (shown_projects[i], "wide");
    }
}

static void
test_screenshots_narrow (void)
{
  reopen_window (360, 1000);
  {
    CgWindow *window = get_window ();

    /* The list with a language chosen fits 360 px: nothing widens it */
    gtk_drop_down_set_selected (window->language_dropdown, 1);
    gtk_toggle_button_set_active (window->chip_sandbox, TRUE);
    iterate_for (100);
    g_assert_cmpint (gtk_widget_get_width (window->sidebar), <=,
                     gtk_widget_get_width (GTK_WIDGET (window)));
    g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 360);
    save_screenshot ("narrow-list-go-sandbox");
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                        ADW_COLOR_SCHEME_FORCE_DARK);
    save_screenshot ("narrow-list-go-sandbox-dark");
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                        ADW_COLOR_SCHEME_DEFAULT);
    gtk_widget_activate_action (GTK_WIDGET (window), "win.clear-search", NULL);
  }
  for (guint i = 0; i < G_N_ELEMENTS (shown_projects); i++)
    {
      show (shown_projects[i]);
      /* Narrow, the page fills the window and nothing sticks out */
      g_assert_true (adw_leaflet_get_visible_child (get_window ()->leaflet) ==
                     get_window ()->content);
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (get_window ()->project_page->content)), <=,
                       gtk_widget_get_width (GTK_WIDGET (get_window ()->project_page->scroller)));
      screenshots (shown_projects[i], "narrow");
    }
  reopen_window (1100, 720);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  cg_test_window_init (&argc, &argv);
  reopen_window (1100, 720);

  g_test_add_func ("/window-facts/dco", test_dco);
  g_test_add_func ("/window-facts/cla", test_cla);
  g_test_add_func ("/window-facts/dco-and-cla", test_dco_and_cla);
  g_test_add_func ("/window-facts/not-stated", test_not_stated);
  g_test_add_func ("/window-facts/unknown", test_unknown);
  g_test_add_func ("/window-facts/archived", test_archived);
  g_test_add_func ("/window-facts/language-filter", test_language_filter);
  g_test_add_func ("/window-facts/outside-text-plain", test_outside_text_plain);
  g_test_add_func ("/window-facts/screenshots-wide", test_screenshots_wide);
  g_test_add_func ("/window-facts/screenshots-narrow", test_screenshots_narrow);

  ret = g_test_run ();
  cg_test_window_finish ();
  return ret;
}
