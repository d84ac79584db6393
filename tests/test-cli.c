/* test-cli.c: the command line, run as a subprocess without a display
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>
#include <gio/gio.h>
#include <json-glib/json-glib.h>

typedef struct
{
  int    status;   /* exit status; -1 when killed by a signal */
  char  *out;
  char  *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static char *tmpdir;

static void
run_binary (Run        *run,
            const char *first,
            ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  va_list args;

  g_ptr_array_add (argv, (gpointer) g_getenv ("CG_BINARY"));
  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  /* Headless means headless: no display of any kind. */
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  g_subprocess_launcher_setenv (launcher, "LANGUAGE", "C", TRUE);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);

  g_subprocess_communicate_utf8 (process, NULL, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  g_subprocess_wait (process, NULL, &error);
  g_assert_no_error (error);

  run->status = g_subprocess_get_if_exited (process) ? g_subprocess_get_exit_status (process) : -1;
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p != '\0'; p++)
    if (*p == '\n')
      n++;
  return n;
}

/* The user-facing promise for every error: exit 1, one line on stderr, nothing on stdout. */
static void
assert_one_line_error (const Run  *run,
                       const char *expected)
{
  if (run->status != 1)
    g_error ("expected exit 1, got %d; stderr: %s", run->status, run->err);
  g_assert_cmpuint (count_lines (run->err), ==, 1);
  g_assert_true (g_str_has_prefix (run->err, "cncf-guide: "));
  g_assert_cmpstr (run->out, ==, "");
  if (expected != NULL && strstr (run->err, expected) == NULL)
    g_error ("expected “%s” in “%s”", expected, run->err);
}

static char *
write_temp (const char *name,
            const char *data,
            gssize      length)
{
  char *path = g_build_filename (tmpdir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, data, length, &error);
  g_assert_no_error (error);
  return path;
}

static void
test_version (void)
{
  g_auto(Run) run = { 0 };

  run_binary (&run, "--version", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "cncf-guide " PACKAGE_VERSION "\n");
}

static void
test_list (void)
{
  g_auto(Run) run = { 0 };
  g_auto(GStrv) lines = NULL;
  static const char * const order[] = { "graduated", "incubating", "sandbox", "archived" };
  guint level = 0;

  run_binary (&run, "--list", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");

  lines = g_strsplit (run.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), >=, 26);
  for (guint i = 0; lines[i + 1] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", -1);

      g_assert_cmpuint (g_strv_length (fields), ==, 4);
      /* maturity never goes back */
      while (level < 4 && !g_str_equal (fields[2], order[level]))
        level++;
      g_assert_cmpuint (level, <, 4);
    }
  g_assert_cmpstr (lines[g_strv_length (lines) - 1], ==, "");
  g_assert_nonnull (strstr (run.out, "kubernetes\tKubernetes\tgraduated\tOrchestration\n"));
}

static void
test_list_maturity (void)
{
  g_auto(Run) run = { 0 };
  g_auto(Run) two = { 0 };

  run_binary (&run, "--list", "--maturity", "archived", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "rkt\trkt\tarchived\t"));
  g_assert_nonnull (strstr (run.out, "opentracing\tOpenTracing\tarchived\t"));
  g_assert_nonnull (strstr (run.out, "openmetrics\tOpenMetrics\tarchived\t"));
  g_assert_null (strstr (run.out, "\tgraduated\t"));

  run_binary (&two, "--list", "--maturity", "sandbox,archived", NULL);
  g_assert_cmpint (two.status, ==, 0);
  g_assert_nonnull (strstr (two.out, "telepresence\tTelepresence\tsandbox\t"));
  g_assert_nonnull (strstr (two.out, "rkt\trkt\tarchived\t"));
  /* sandbox lines come before archived ones */
  g_assert_true (strstr (two.out, "\tsandbox\t") < strstr (two.out, "\tarchived\t"));
  g_assert_cmpuint (count_lines (two.out), >, count_lines (run.out));
}

static void
test_list_search (void)
{
  g_auto(Run) run = { 0 };
  g_auto(Run) mesh = { 0 };
  g_auto(Run) none = { 0 };

  run_binary (&run, "--list", "--search", "kubern", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "kubernetes\tKubernetes\t"));

  run_binary (&mesh, "--list", "--search", "mesh", "--maturity", "graduated", NULL);
  g_assert_nonnull (strstr (mesh.out, "envoy\tEnvoy\t"));
  g_assert_nonnull (strstr (mesh.out, "linkerd\tLinkerd\t"));
  g_assert_true (strstr (mesh.out, "envoy\t") < strstr (mesh.out, "linkerd\t"));

  /* No match is not an error */
  run_binary (&none, "--list", "--search", "qqqqqqqq", NULL);
  g_assert_cmpint (none.status, ==, 0);
  g_assert_cmpstr (none.out, ==, "");
}

static void
test_info (void)
{
  g_auto(Run) run = { 0 };
  g_auto(Run) k8s = { 0 };

  run_binary (&run, "--info", "telepresence", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "id: telepresence\nname: Telepresence\n"));
  g_assert_nonnull (strstr (run.out, "\nrepository: https://github.com/telepresenceio/telepresence\n"));
  g_assert_nonnull (strstr (run.out, "\nmaturity: sandbox\n"));

  run_binary (&k8s, "--info", "kubernetes", NULL);
  g_assert_nonnull (strstr (k8s.out, "\nlegal: cla\n"));
  g_assert_nonnull (strstr (k8s.out, "\nchat: Kubernetes Slack <https://slack.k8s.io/>\n"));
  g_assert_nonnull (strstr (k8s.out, "\ngraduated: 2018-03-06\n"));
  /* every line is "field: value" */
  {
    g_auto(GStrv) lines = g_strsplit (k8s.out, "\n", -1);
    for (guint i = 0; lines[i + 1] != NULL; i++)
      g_assert_nonnull (strstr (lines[i], ": "));
  }
}

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

static void
test_argument_errors (void)
{
  g_auto(Run) a = { 0 };
  g_auto(Run) b = { 0 };
  g_auto(Run) c = { 0 };
  g_auto(Run) d = { 0 };
  g_auto(Run) e = { 0 };

  run_binary (&a, "--info", "no-such-project", NULL);
  assert_one_line_error (&a, "no-such-project");

  run_binary (&b, "--list", "--maturity", "golden", NULL);
  assert_one_line_error (&b, "golden");

  run_binary (&c, "--list", "--info", "kubernetes", NULL);
  assert_one_line_error (&c, "cannot be used together");

  run_binary (&d, "--list", "--catalog", "/nonexistent/catalog.json", NULL);
  assert_one_line_error (&d, "/nonexistent/catalog.json");

  run_binary (&e, "--list", "--maturity", ",", NULL);
  assert_one_line_error (&e, "no maturity level");

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
}

static void
test_validate (void)
{
  g_autofree char *good = write_temp ("good.json",
                                      "{\"schema_version\":1,\"catalog_date\":\"2026-11-28\","
                                      "\"projects\":[{\"id\":\"x\",\"name\":\"X\","
                                      "\"maturity\":\"sandbox\"},{\"id\":\"y\",\"name\":\"Y\","
                                      "\"maturity\":\"graduated\"}]}", -1);
  g_auto(Run) run = { 0 };
  g_auto(Run) list = { 0 };

  run_binary (&run, "--validate", good, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "ok: 2 projects\n");

  run_binary (&list, "--list", "--catalog", good, NULL);
  g_assert_cmpint (list.status, ==, 0);
  g_assert_cmpstr (list.out, ==, "y\tY\tgraduated\t\nx\tX\tsandbox\t\n");
}

static void
test_validate_bad (void)
{
  g_autofree char *deep = NULL;
  g_autofree char *random = g_malloc (4096);
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  struct { const char *name; const char *data; gssize len; const char *expected; } cases[] = {
    { "empty.json", "", 0, "empty" },
    { "null.json", "null", -1, "expected a JSON object" },
    { "array.json", "[]", -1, "expected a JSON object" },
    { "html.json", "<html><body>Login</body></html>", -1, "web page" },
    { "js.json", "{\"schema_version\":1,\"catalog_date\":\"2026-11-28\",\"projects\":[{\"id\":"
      "\"x\",\"name\":\"X\",\"maturity\":\"sandbox\",\"homepage\":\"javascript:alert(1)\"}]}", -1,
      "projects[0].homepage: not an https URL" },
    { "newer.json", "{\"schema_version\":7}", -1, "needs a newer CNCF Contributor Guide" },
    { "nul.json", "{\"a\":\0}", 7, "NUL" },
    { "deep.json", NULL, 0, "nested more than 64 levels deep" },
    { "random.bin", NULL, 4096, NULL },
  };

  deep = g_strnfill (100000, '[');
  cases[7].data = deep;
  cases[7].len = -1;
  for (guint i = 0; i < 4096; i++)
    random[i] = (char) g_rand_int_range (rand, 0, 256);
  cases[8].data = random;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = write_temp (cases[i].name, cases[i].data, cases[i].len);
      g_auto(Run) run = { 0 };

      run_binary (&run, "--validate", path, NULL);
      assert_one_line_error (&run, cases[i].expected);
      /* the message names the file */
      g_assert_nonnull (strstr (run.err, cases[i].name));
    }

  {
    g_auto(Run) run = { 0 };
    g_auto(Run) dir = { 0 };

    run_binary (&run, "--validate", "/nonexistent/x.json", NULL);
    assert_one_line_error (&run, "x.json");
    run_binary (&dir, "--validate", tmpdir, NULL);
    assert_one_line_error (&dir, "not a regular file");
  }
}

/* Text from a catalog or an argument never drives the terminal: escape
 * sequences, bells, bidi overrides and newlines are shown, not obeyed. */
static void
test_terminal_escapes (void)
{
  g_autofree char *path = write_temp ("escapes.json",
                                      "{\"schema_version\":1,\"catalog_date\":\"2026-11-28\","
                                      "\"projects\":[{\"id\":\"x\",\"name\":\"X\",\"maturity\":\"sandbox\","
                                      "\"curated\":[\"\\u001b]0;pwned\\u0007\\u001b[31mred"
                                      "\\u202e\\nsecond\"]}]}", -1);
  g_auto(Run) validate = { 0 };
  g_auto(Run) info = { 0 };

  run_binary (&validate, "--validate", path, NULL);
  assert_one_line_error (&validate, "\xef\xbf\xbd]0;pwned\xef\xbf\xbd\xef\xbf\xbd[31mred"
                         "\xef\xbf\xbd second");
  g_assert_null (strchr (validate.err, '\x1b'));
  g_assert_null (strchr (validate.err, '\a'));
  g_assert_null (strstr (validate.err, "\xe2\x80\xae"));

  run_binary (&info, "--info", "\x1b[2J\x1b[31mx", NULL);
  assert_one_line_error (&info, "no project with the id");
  g_assert_null (strchr (info.err, '\x1b'));
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);

  if (g_getenv ("CG_BINARY") == NULL)
    {
      g_printerr ("CG_BINARY must name the cncf-guide binary\n");
      return 1;
    }

  tmpdir = g_dir_make_tmp ("cg-test-cli-XXXXXX", NULL);

  g_test_add_func ("/cli/version", test_version);
  g_test_add_func ("/cli/list", test_list);
  g_test_add_func ("/cli/list-maturity", test_list_maturity);
  g_test_add_func ("/cli/list-search", test_list_search);
  g_test_add_func ("/cli/info", test_info);
  g_test_add_func ("/cli/info-facts", test_info_facts);
  g_test_add_func ("/cli/list-language", test_list_language);
  g_test_add_func ("/cli/sort", test_sort);
  g_test_add_func ("/cli/format-json", test_format_json);
  g_test_add_func ("/cli/archived-last", test_archived_last);
  g_test_add_func ("/cli/argument-errors", test_argument_errors);
  g_test_add_func ("/cli/validate", test_validate);
  g_test_add_func ("/cli/validate-bad", test_validate_bad);
  g_test_add_func ("/cli/terminal-escapes", test_terminal_escapes);

  ret = g_test_run ();

  {
    g_autoptr(GFile) dir = g_file_new_for_path (tmpdir);
    g_autoptr(GFileEnumerator) children = g_file_enumerate_children (dir, "standard::name", 0,
                                                                     NULL, NULL);
    GFileInfo *info;

    while (children && (info = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
      {
        g_autofree char *path = g_build_filename (tmpdir, g_file_info_get_name (info), NULL);
        g_remove (path);
        g_object_unref (info);
      }
    g_rmdir (tmpdir);
    g_free (tmpdir);
  }

  return ret;
}
