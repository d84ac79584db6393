/* test-cli.c: the command line, run as a subprocess without a display
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <sys/stat.h>
#include <glib/gstdio.h>
#include <gio/gio.h>

#include "cli-run.h"

static char *tmpdir;

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

/* procfs reports size 0 for endless files: --validate read
 * /proc/self/pagemap until memory ran out. A pipe must not block. */
static void
test_validate_lying_size (void)
{
  g_autofree char *fifo = g_build_filename (tmpdir, "pipe.json", NULL);
  g_auto(Run) pagemap = { 0 };
  g_auto(Run) pipe = { 0 };
  g_auto(Run) zero = { 0 };

  run_binary (&pagemap, "--validate", "/proc/self/pagemap", NULL);
  assert_one_line_error (&pagemap, "/proc/self/pagemap: larger than 16 MiB");

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  run_binary (&pipe, "--validate", fifo, NULL);
  assert_one_line_error (&pipe, "not a regular file");
  g_remove (fifo);

  run_binary (&zero, "--validate", "/dev/zero", NULL);
  assert_one_line_error (&zero, "not a regular file");
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
  g_test_add_func ("/cli/argument-errors", test_argument_errors);
  g_test_add_func ("/cli/validate", test_validate);
  g_test_add_func ("/cli/validate-bad", test_validate_bad);
  g_test_add_func ("/cli/validate-lying-size", test_validate_lying_size);
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
