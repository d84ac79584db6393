/* test-cli-shortlist.c: --starred, --star, --unstar, --note and
 * --export-shortlist, run as subprocesses without a display
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <json-glib/json-glib.h>

#include "cli-run.h"
#include "shortlist-util.h"

/* The shortlist commands, on a shortlist in a folder of their own */
static char *
use_data_home (const char *name)
{
  char *home = new_folder (name);

  g_setenv ("XDG_DATA_HOME", home, TRUE);
  return home;
}

static void
test_shortlist (void)
{
  g_autofree char *home = use_data_home ("cli-shortlist");
  g_auto(Run) star = { 0 };
  g_auto(Run) star2 = { 0 };
  g_auto(Run) note = { 0 };
  g_auto(Run) list = { 0 };
  g_auto(Run) unstar = { 0 };
  g_auto(Run) after = { 0 };

  run_binary (&star, "--star", "helm", NULL);
  g_assert_cmpint (star.status, ==, 0);
  g_assert_cmpstr (star.out, ==, "");
  run_binary (&star2, "--star", "kubernetes", NULL);
  g_assert_cmpint (star2.status, ==, 0);
  run_binary (&note, "--note", "helm", "Grüße — שלום\nline two", NULL);
  g_assert_cmpint (note.status, ==, 0);

  run_binary (&list, "--starred", NULL);
  g_assert_cmpint (list.status, ==, 0);
  g_assert_cmpstr (list.out, ==,
                   "helm\tHelm\tgraduated\tPackage Management\n"
                   "kubernetes\tKubernetes\tgraduated\tOrchestration\n");

  run_binary (&unstar, "--unstar", "kubernetes", NULL);
  g_assert_cmpint (unstar.status, ==, 0);
  run_binary (&after, "--starred", NULL);
  g_assert_cmpstr (after.out, ==, "helm\tHelm\tgraduated\tPackage Management\n");

  {
    g_autofree char *path = g_build_filename (home, "cncf-guide", "shortlist.json", NULL);
    g_autoptr(CgShortlist) shortlist = cg_shortlist_new (path);

    g_assert_true (cg_shortlist_load (shortlist, NULL));
    g_assert_cmpstr (cg_shortlist_get_note (shortlist, "helm"), ==, "Grüße — שלום\nline two");
  }

  rm_tree (home);
}

static void
test_shortlist_errors (void)
{
  g_autofree char *home = use_data_home ("cli-shortlist-errors");
  const char *cases[][5] = {
    { "--star", "no-such-project", NULL, NULL, "no project with the id “no-such-project”" },
    { "--unstar", "no-such-project", NULL, NULL, "no project with the id" },
    { "--note", "no-such-project", "text", NULL, "no project with the id" },
    { "--star", "../etc", NULL, NULL, "no project with the id" },
    { "--note", "helm", NULL, NULL, "--note needs an id and one text" },
    { "--note", "helm", "a", "b", "--note needs an id and one text" },
    { "--star", "helm", "--list", NULL, "cannot be used together" },
    { "--starred", "--star", "helm", NULL, "cannot be used together" },
    { "--starred", "stray", NULL, NULL, "unexpected argument “stray”" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Run) run = { 0 };

      run_binary (&run, cases[i][0], cases[i][1], cases[i][2], cases[i][3], NULL);
      assert_one_line_error (&run, cases[i][4]);
    }

  /* Nothing was saved */
  {
    g_autofree char *path = g_build_filename (home, "cncf-guide", "shortlist.json", NULL);
    g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  }
  rm_tree (home);
}

static void
test_shortlist_missing_and_damaged (void)
{
  g_autofree char *home = use_data_home ("cli-shortlist-missing");
  g_autofree char *folder = g_build_filename (home, "cncf-guide", NULL);
  g_autofree char *path = g_build_filename (folder, "shortlist.json", NULL);
  g_auto(Run) list = { 0 };
  g_auto(Run) unstar = { 0 };
  g_auto(Run) damaged = { 0 };
  g_autofree char *listing = NULL;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path,
    "{\"shortlist_version\":1,\"items\":["
    "{\"id\":\"gone-project\",\"starred\":\"2026-01-01T00:00:00Z\",\"note\":\"met them\"},"
    "{\"id\":\"helm\",\"starred\":\"2026-01-02T00:00:00+01:00\"}]}", -1, NULL));

  run_binary (&list, "--starred", NULL);
  g_assert_cmpint (list.status, ==, 0);
  g_assert_cmpstr (list.out, ==,
                   "gone-project\tgone-project\t\tno longer in the catalog\n"
                   "helm\tHelm\tgraduated\tPackage Management\n");

  /* A project no longer in the catalog can still be taken off */
  run_binary (&unstar, "--unstar", "gone-project", NULL);
  g_assert_cmpint (unstar.status, ==, 0);

  /* A damaged file: set aside, a message, an empty shortlist */
  g_assert_true (g_file_set_contents (path, "{\"shortlist_version\":1,\"items\":[", -1, NULL));
  run_binary (&damaged, "--starred", NULL);
  g_assert_cmpint (damaged.status, ==, 0);
  g_assert_cmpstr (damaged.out, ==, "");
  g_assert_cmpuint (count_lines (damaged.err), ==, 1);
  g_assert_nonnull (strstr (damaged.err, "was damaged"));
  g_assert_nonnull (strstr (damaged.err, "kept as"));
  listing = list_folder (folder);
  g_assert_true (g_str_has_prefix (listing, "shortlist.json.damaged-"));

  rm_tree (home);
}

/* A renamed project: the former id still works, and the star moves */
static void
test_shortlist_renamed (void)
{
  g_autofree char *home = use_data_home ("cli-shortlist-renamed");
  g_autofree char *catalog = g_build_filename (home, "renamed.json", NULL);
  const char *catalog_json =
    "{\"schema_version\":1,\"catalog_date\":\"2026-01-01\",\"projects\":["
    "{\"id\":\"notary-project\",\"name\":\"Notary\",\"maturity\":\"incubating\","
    "\"former_ids\":[\"notary\"]}]}";
  g_autofree char *path = g_build_filename (home, "cncf-guide", "shortlist.json", NULL);
  g_auto(Run) star = { 0 };
  g_auto(Run) note = { 0 };
  g_auto(Run) list = { 0 };
  g_autoptr(CgShortlist) shortlist = NULL;

  g_assert_true (g_file_set_contents (catalog, catalog_json, -1, NULL));
  run_binary (&star, "--star", "notary", "--catalog", catalog, NULL);
  g_assert_cmpint (star.status, ==, 0);
  run_binary (&note, "--note", "notary", "booth 7", "--catalog", catalog, NULL);
  g_assert_cmpint (note.status, ==, 0);
  run_binary (&list, "--starred", "--catalog", catalog, NULL);
  g_assert_cmpstr (list.out, ==, "notary-project\tNotary\tincubating\t\n");

  shortlist = cg_shortlist_new (path);
  g_assert_true (cg_shortlist_load (shortlist, NULL));
  g_assert_true (cg_shortlist_contains (shortlist, "notary-project"));
  g_assert_false (cg_shortlist_contains (shortlist, "notary"));
  g_assert_cmpstr (cg_shortlist_get_note (shortlist, "notary-project"), ==, "booth 7");
  rm_tree (home);
}

static void
test_shortlist_export (void)
{
  g_autofree char *home = use_data_home ("cli-shortlist-export");
  g_autofree char *out = g_build_filename (home, "shortlist.md", NULL);
  g_auto(Run) export = { 0 };
  g_auto(Run) star = { 0 };
  g_auto(Run) note = { 0 };
  g_autofree char *markdown = NULL;

  run_binary (&star, "--star", "falco", NULL);
  run_binary (&note, "--note", "falco", "ask about <script>alert(1)</script> & [rules](x)", NULL);
  g_assert_cmpint (note.status, ==, 0);
  run_binary (&export, "--export-shortlist", out, NULL);
  g_assert_cmpint (export.status, ==, 0);

  g_assert_true (g_file_get_contents (out, &markdown, NULL, NULL));
  g_assert_nonnull (strstr (markdown, "\n## Falco\n"));
  g_assert_nonnull (strstr (markdown, "- Maturity: Graduated\n"));
  g_assert_nonnull (strstr (markdown, "<https://kubernetes.slack.com/messages/falco>"));
  g_assert_nonnull (strstr (markdown, "- First issues: <https://github.com/falcosecurity/falco/"));
  g_assert_nonnull (strstr (markdown, "> ask about \\<script\\>alert\\(1\\)\\<\\/script\\> \\& \\[rules\\]\\(x\\)\n"));
  rm_tree (home);
}

/* --starred --format json: the --list members, the star's time and the note */
static void
test_shortlist_json (void)
{
  g_autofree char *home = use_data_home ("cli-shortlist-json");
  g_autofree char *folder = g_build_filename (home, "cncf-guide", NULL);
  g_autofree char *path = g_build_filename (folder, "shortlist.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_auto(Run) list = { 0 };
  g_auto(Run) bad = { 0 };
  JsonArray *projects;
  JsonObject *helm, *gone;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path,
    "{\"shortlist_version\":1,\"items\":["
    "{\"id\":\"helm\",\"starred\":\"2026-01-01T00:00:00Z\",\"note\":\"שלום <b>\"},"
    "{\"id\":\"gone-project\",\"starred\":\"2026-01-02T00:00:00Z\"}]}", -1, NULL));

  run_binary (&list, "--starred", "--format", "json", NULL);
  g_assert_cmpint (list.status, ==, 0);
  json_parser_load_from_data (parser, list.out, -1, &error);
  g_assert_no_error (error);
  projects = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                           "projects");
  g_assert_cmpuint (json_array_get_length (projects), ==, 2);
  helm = json_array_get_object_element (projects, 0);
  g_assert_cmpstr (json_object_get_string_member (helm, "id"), ==, "helm");
  g_assert_cmpstr (json_object_get_string_member (helm, "maturity"), ==, "graduated");
  g_assert_true (json_object_get_boolean_member (helm, "in_catalog"));
  g_assert_cmpstr (json_object_get_string_member (helm, "starred"), ==, "2026-01-01T00:00:00Z");
  g_assert_cmpstr (json_object_get_string_member (helm, "note"), ==, "שלום <b>");
  gone = json_array_get_object_element (projects, 1);
  g_assert_cmpstr (json_object_get_string_member (gone, "id"), ==, "gone-project");
  g_assert_false (json_object_get_boolean_member (gone, "in_catalog"));

  run_binary (&bad, "--starred", "--format", "xml", NULL);
  assert_one_line_error (&bad, "--format");
  rm_tree (home);
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

  g_test_add_func ("/cli-shortlist/star-note-unstar", test_shortlist);
  g_test_add_func ("/cli-shortlist/errors", test_shortlist_errors);
  g_test_add_func ("/cli-shortlist/missing-and-damaged", test_shortlist_missing_and_damaged);
  g_test_add_func ("/cli-shortlist/renamed", test_shortlist_renamed);
  g_test_add_func ("/cli-shortlist/export", test_shortlist_export);
  g_test_add_func ("/cli-shortlist/json", test_shortlist_json);

  return g_test_run ();
}
