/* test-cli-facts.c: the command line's language filter, orders, JSON
 * output and repository facts, run as a subprocess without a display
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <json-glib/json-glib.h>

#include "cli-run.h"

/* One column of a tab-separated list, in order */
static GPtrArray *
tab_column (const char *out,
            guint       column)
{
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);
  GPtrArray *values = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; lines[i] != NULL && lines[i][0] != '\0'; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", -1);

      g_assert_cmpuint (g_strv_length (fields), >, column);
      g_ptr_array_add (values, g_strdup (fields[column]));
    }
  return values;
}

#define tab_ids(out) tab_column ((out), 0)

/* The project objects of --list --format json, parsed by json-glib */
static JsonArray *
json_projects (const char *out)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root;

  json_parser_load_from_data (parser, out, -1, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "catalog_date"), !=, NULL);
  return json_array_ref (json_object_get_array_member (root, "projects"));
}

static void
test_list_language (void)
{
  g_auto(Run) rust = { 0 };
  g_auto(Run) rust_json = { 0 };
  g_auto(Run) go = { 0 };
  g_auto(Run) other = { 0 };
  g_autoptr(GPtrArray) ids = NULL;
  g_autoptr(JsonArray) projects = NULL;

  run_binary (&rust, "--list", "--language", "rust", NULL);
  g_assert_cmpint (rust.status, ==, 0);
  ids = tab_ids (rust.out);
  g_assert_cmpuint (ids->len, >=, 10);

  /* Every one of them is a Rust project, as --info and json say */
  run_binary (&rust_json, "--list", "--language", "RUST", "--format", "json", NULL);
  g_assert_cmpint (rust_json.status, ==, 0);
  projects = json_projects (rust_json.out);
  g_assert_cmpuint (json_array_get_length (projects), ==, ids->len);
  for (guint i = 0; i < ids->len; i++)
    {
      JsonObject *p = json_array_get_object_element (projects, i);
      g_auto(Run) info = { 0 };

      g_assert_cmpstr (json_object_get_string_member (p, "language"), ==, "Rust");
      g_assert_cmpstr (json_object_get_string_member (p, "id"), ==, ids->pdata[i]);
      if (i < 3)
        {
          run_binary (&info, "--info", ids->pdata[i], NULL);
          g_assert_nonnull (strstr (info.out, "\nlanguage: Rust\n"));
        }
    }

  run_binary (&go, "--list", "--language", "go", NULL);
  g_assert_cmpuint (count_lines (go.out), >, 150);
  g_assert_nonnull (strstr (go.out, "dex\tDex\t"));
  g_assert_null (strstr (go.out, "\ntikv\t"));

  /* "other": outside the top languages, or none known */
  run_binary (&other, "--list", "--language", "other", NULL);
  g_assert_cmpint (other.status, ==, 0);
  g_assert_cmpuint (count_lines (other.out), >, 0);
  g_assert_null (strstr (other.out, "dex\t"));
}

static void
test_sort (void)
{
  g_auto(Run) activity = { 0 };
  g_auto(Run) json = { 0 };
  g_auto(Run) name = { 0 };
  g_auto(Run) newest = { 0 };
  g_autoptr(JsonArray) projects = NULL;
  gint64 previous = G_MAXINT64;
  gboolean seen_archived = FALSE;
  g_autoptr(GPtrArray) names = NULL;

  run_binary (&activity, "--list", "--sort", "activity", NULL);
  g_assert_cmpint (activity.status, ==, 0);
  run_binary (&json, "--list", "--sort", "activity", "--format", "json", NULL);
  projects = json_projects (json.out);
  g_assert_cmpuint (json_array_get_length (projects), ==, count_lines (activity.out));
  /* The most active first, then fewer and fewer commits; archived last */
  for (guint i = 0; i < json_array_get_length (projects); i++)
    {
      JsonObject *p = json_array_get_object_element (projects, i);
      gboolean archived = g_str_equal (json_object_get_string_member (p, "maturity"), "archived");
      JsonNode *commits = json_object_get_member (p, "commits");

      g_assert_true (!seen_archived || archived);
      if (archived && !seen_archived)
        previous = G_MAXINT64;
      seen_archived |= archived;
      if (JSON_NODE_HOLDS_NULL (commits))
        {
          previous = -1;
          continue;
        }
      g_assert_cmpint (json_node_get_int (commits), <=, previous);
      previous = json_node_get_int (commits);
    }
  g_assert_true (seen_archived);
  {
    g_autoptr(GPtrArray) ids = tab_ids (activity.out);
    JsonObject *first = json_array_get_object_element (projects, 0);

    g_assert_cmpstr (ids->pdata[0], ==, json_object_get_string_member (first, "id"));
    g_assert_cmpint (json_object_get_int_member (first, "commits"), >, 1000);
  }

  run_binary (&name, "--list", "--sort", "name", "--maturity", "graduated", NULL);
  names = tab_column (name.out, 1);
  g_assert_cmpuint (names->len, >, 30);
  for (guint i = 1; i < names->len; i++)
    {
      g_autofree char *a = g_utf8_casefold (names->pdata[i - 1], -1);
      g_autofree char *b = g_utf8_casefold (names->pdata[i], -1);

      g_assert_cmpstr (a, <=, b);
    }

  run_binary (&newest, "--list", "--sort", "newest", "--format", "json", NULL);
  g_clear_pointer (&projects, json_array_unref);
  projects = json_projects (newest.out);
  {
    const char *last = "9999-12-31";

    for (guint i = 0; i < json_array_get_length (projects); i++)
      {
        JsonObject *p = json_array_get_object_element (projects, i);
        const char *accepted = json_object_get_string_member (p, "accepted");

        if (g_str_equal (json_object_get_string_member (p, "maturity"), "archived"))
          break;
        g_assert_nonnull (accepted);
        g_assert_cmpstr (accepted, <=, last);
        last = accepted;
      }
  }
}

/* --format json is one document holding the same projects as the tab list */
static void
test_format_json (void)
{
  g_auto(Run) tab = { 0 };
  g_auto(Run) json = { 0 };
  g_auto(Run) info = { 0 };
  g_autoptr(GPtrArray) ids = NULL;
  g_autoptr(JsonArray) projects = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *dex, *legal, *activity;
  static const char * const keys[] = {
    "id", "name", "maturity", "focus", "category", "summary", "description",
    "description_source", "homepage", "repository", "contributor_guide", "chat",
    "mailing_lists", "license", "legal", "language", "languages", "newcomer_labels", "health",
    "activity", "dates", "aliases", "facts_date", "facts_source",
  };

  run_binary (&tab, "--list", "--search", "trac", NULL);
  run_binary (&json, "--list", "--search", "trac", "--format", "json", NULL);
  g_assert_cmpint (json.status, ==, 0);
  g_assert_cmpstr (json.err, ==, "");
  ids = tab_ids (tab.out);
  projects = json_projects (json.out);
  g_assert_cmpuint (ids->len, >, 3);
  g_assert_cmpuint (json_array_get_length (projects), ==, ids->len);
  for (guint i = 0; i < ids->len; i++)
    {
      JsonObject *p = json_array_get_object_element (projects, i);

      g_assert_cmpstr (json_object_get_string_member (p, "id"), ==, ids->pdata[i]);
      /* stable keys: always there, null when unknown */
      g_assert_true (json_object_has_member (p, "language"));
      g_assert_true (json_object_has_member (p, "commits"));
    }

  run_binary (&info, "--info", "dex", "--format", "json", NULL);
  g_assert_cmpint (info.status, ==, 0);
  json_parser_load_from_data (parser, info.out, -1, &error);
  g_assert_no_error (error);
  dex = json_node_get_object (json_parser_get_root (parser));
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    if (!json_object_has_member (dex, keys[i]))
      g_error ("--info --format json lacks “%s”", keys[i]);
  g_assert_cmpstr (json_object_get_string_member (dex, "license"), ==, "Apache-2.0");
  g_assert_cmpstr (json_object_get_string_member (dex, "language"), ==, "Go");
  g_assert_cmpstr (json_object_get_string_member (dex, "contributor_guide"), ==,
                   "https://github.com/dexidp/dex/blob/master/CONTRIBUTING.md");
  legal = json_object_get_object_member (dex, "legal");
  g_assert_cmpstr (json_object_get_string_member (legal, "rule"), ==, "dco");
  g_assert_true (json_object_get_boolean_member (legal, "dco"));
  g_assert_false (json_object_get_boolean_member (legal, "cla"));
  activity = json_object_get_object_member (dex, "activity");
  g_assert_cmpint (json_object_get_int_member (activity, "commits"), >, 0);
  g_assert_true (JSON_NODE_HOLDS_NULL (json_object_get_member (
    json_object_get_object_member (dex, "health"), "governance")));
}

/* What the issue asks of --info: dex's guide, DCO, license, language and
 * activity; kubescape's legal rule not stated */
static void
test_info_facts (void)
{
  g_auto(Run) dex = { 0 };
  g_auto(Run) kubescape = { 0 };
  g_auto(Run) gamma = { 0 };

  run_binary (&dex, "--info", "dex", NULL);
  g_assert_cmpint (dex.status, ==, 0);
  g_assert_nonnull (strstr (dex.out, "\ncontributor_guide: https://github.com/dexidp/dex/blob/master/CONTRIBUTING.md\n"));
  g_assert_nonnull (strstr (dex.out, "\nlegal_rule: dco\n"));
  g_assert_nonnull (strstr (dex.out, "\ndco: required\n"));
  g_assert_nonnull (strstr (dex.out, "\nlicense: Apache-2.0\n"));
  g_assert_nonnull (strstr (dex.out, "\nlanguage: Go\n"));
  g_assert_nonnull (strstr (dex.out, "\nactivity: "));
  g_assert_nonnull (strstr (dex.out, " commits by "));
  g_assert_nonnull (strstr (dex.out, "\nnewcomer_labels: good first issue"));
  g_assert_nonnull (strstr (dex.out, "\nfacts_source: dexidp/dex at "));

  run_binary (&kubescape, "--info", "kubescape", NULL);
  g_assert_nonnull (strstr (kubescape.out, "\nlegal_rule: not stated\n"));
  g_assert_nonnull (strstr (kubescape.out, "\ndco: not stated\n"));
  g_assert_nonnull (strstr (kubescape.out, "\ncla: not stated\n"));
}

/* Archived projects take no contributions: never above an active one */
static void
test_archived_last (void)
{
  static const char * const sorts[] = { "relevance", "name", "activity", "newest" };

  for (guint s = 0; s < G_N_ELEMENTS (sorts); s++)
    {
      g_auto(Run) mesh = { 0 };
      const char *first_archived;

      run_binary (&mesh, "--list", "--search", "mesh", "--sort", sorts[s], NULL);
      g_assert_cmpint (mesh.status, ==, 0);
      first_archived = strstr (mesh.out, "\tarchived\t");
      g_assert_nonnull (first_archived);
      g_assert_null (strstr (first_archived, "\tgraduated\t"));
      g_assert_null (strstr (first_archived, "\tincubating\t"));
      g_assert_null (strstr (first_archived, "\tsandbox\t"));
    }
}

/* An unknown --format, --sort or --language: one line, exit 1 */
static void
test_argument_errors (void)
{
  g_auto(Run) format = { 0 };
  g_auto(Run) info_format = { 0 };
  g_auto(Run) sort = { 0 };
  g_auto(Run) language = { 0 };

  run_binary (&format, "--list", "--format", "xml", NULL);
  assert_one_line_error (&format, "--format: unknown format “xml”");
  run_binary (&info_format, "--info", "dex", "--format", "JSON", NULL);
  assert_one_line_error (&info_format, "--format");
  run_binary (&sort, "--list", "--sort", "stars", NULL);
  assert_one_line_error (&sort, "--sort: unknown order “stars”");
  run_binary (&language, "--list", "--language", "cobol", NULL);
  assert_one_line_error (&language, "cobol");
}

/* --format, --sort and --language without --list (or --info) opened the
 * window, which ignores them: without a display, a GTK warning; with one,
 * a window unfiltered and unsorted. They get one line, exit 1. */
static void
test_list_options_alone (void)
{
  const char *options[][2] = {
    { "--format", "json" }, { "--sort", "activity" }, { "--language", "rust" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (options); i++)
    {
      g_auto(Run) run = { 0 };

      run_binary (&run, options[i][0], options[i][1], NULL);
      assert_one_line_error (&run, options[i][0]);
      g_assert_null (strstr (run.err, "display"));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (g_getenv ("CG_BINARY") == NULL)
    {
      g_printerr ("CG_BINARY must name the cncf-guide binary\n");
      return 1;
    }

  g_test_add_func ("/cli-facts/info-facts", test_info_facts);
  g_test_add_func ("/cli-facts/list-language", test_list_language);
  g_test_add_func ("/cli-facts/sort", test_sort);
  g_test_add_func ("/cli-facts/format-json", test_format_json);
  g_test_add_func ("/cli-facts/archived-last", test_archived_last);
  g_test_add_func ("/cli-facts/argument-errors", test_argument_errors);
  g_test_add_func ("/cli-facts/list-options-alone", test_list_options_alone);

  return g_test_run ();
}
