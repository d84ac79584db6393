/* test-landscape.c: importing the landscape API, item by item
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "cg-landscape.h"

#define SAMPLE_PATH "/../shared/data/landscape2-api-projects-all.sample.json"

/* A small base: Kubernetes with curated fields, and four others. */
static const char base_json[] =
  "{\"schema_version\":1,\"catalog_date\":\"2026-01-01\","
  "\"maturity_levels\":[{\"id\":\"graduated\",\"title\":\"Graduated\"}],"
  "\"community\":[{\"id\":\"toc\",\"title\":\"TOC\",\"links\":[{\"title\":\"TOC\","
  "\"url\":\"https://github.com/cncf/toc\"}]}],"
  "\"projects\":["
  "{\"id\":\"kubernetes\",\"name\":\"Kubernetes\",\"maturity\":\"incubating\","
  "\"focus\":\"Orchestration\",\"summary\":\"Runs containers.\",\"license\":\"Apache-2.0\","
  "\"legal\":{\"kind\":\"cla\",\"title\":\"CNCF CLA\",\"url\":\"https://github.com/cncf/cla\"},"
  "\"contributor_guide\":\"https://github.com/kubernetes/community\","
  "\"homepage\":\"https://old.example.org/\","
  "\"chat\":[{\"title\":\"Old Slack\",\"url\":\"https://old-slack.example.org/\"}],"
  "\"curated\":[\"focus\",\"legal\",\"contributor_guide\",\"license\",\"mailing_lists\"]},"
  "{\"id\":\"b\",\"name\":\"B\",\"maturity\":\"sandbox\"},"
  "{\"id\":\"c\",\"name\":\"C\",\"maturity\":\"sandbox\"},"
  "{\"id\":\"d\",\"name\":\"D\",\"maturity\":\"sandbox\"},"
  "{\"id\":\"e\",\"name\":\"E\",\"maturity\":\"sandbox\"}]}";

static CgCatalog *
load_base (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (base_json, sizeof base_json - 1);
  g_autoptr(GError) error = NULL;
  CgCatalog *catalog = cg_catalog_new_from_bytes (bytes, &error);

  g_assert_no_error (error);
  return catalog;
}

static GBytes *
import_string (const char     *json,
               CgCatalog      *base,
               CgImportStats  *stats,
               GError        **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));

  return cg_landscape_import (bytes, base, "2026-11-28", stats, error);
}

/* Imports @json onto the small base and loads the result, which must load */
static CgCatalog *
import_and_load (const char    *json,
                 CgImportStats *stats)
{
  g_autoptr(CgCatalog) base = load_base ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) out = import_string (json, base, stats, &error);
  CgCatalog *catalog;

  g_assert_no_error (error);
  catalog = cg_catalog_new_from_bytes (out, &error);
  g_assert_no_error (error);
  return catalog;
}

static void
test_slugify (void)
{
  static const char * const cases[][2] = {
    { "Kubernetes", "kubernetes" },
    { "Open Policy Agent (OPA)", "open-policy-agent-opa" },
    { "Épsilon Tracer (ET)", "epsilon-tracer-et" },
    { "  --CDK for Kubernetes (CDK8s)--  ", "cdk-for-kubernetes-cdk8s" },
    { "日本", "project" },
    { "", "project" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *slug = cg_landscape_slugify (cases[i][0]);
      g_assert_cmpstr (slug, ==, cases[i][1]);
    }

  {
    g_autofree char *long_name = g_strnfill (200, 'a');
    g_autofree char *slug = cg_landscape_slugify (long_name);
    g_assert_cmpuint (strlen (slug), ==, 64);
  }
}

static void
test_real_sample (void)
{
  g_autofree char *path = g_strconcat (g_getenv ("CG_SOURCE_DIR"), SAMPLE_PATH, NULL);
  g_autoptr(GBytes) sample = NULL;
  g_autoptr(GBytes) out = NULL;
  g_autoptr(CgCatalog) base = load_base ();
  g_autoptr(CgCatalog) catalog = NULL;
  g_autoptr(GError) error = NULL;
  CgImportStats stats;
  CgProject *k8s;
  char *contents;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    {
      g_test_skip ("the real API sample (shared/data) is absent");
      return;
    }
  sample = g_bytes_new_take (contents, length);

  out = cg_landscape_import (sample, base, "2026-11-28", &stats, &error);
  g_assert_no_error (error);
  catalog = cg_catalog_new_from_bytes (out, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (stats.n_projects, ==, 5);
  g_assert_cmpuint (stats.n_skipped, ==, 0);
  g_assert_cmpuint (stats.n_new, ==, 4);
  g_assert_cmpstr (cg_catalog_get_date (catalog), ==, "2026-11-28");
  /* The base's maturity levels and community carry over */
  g_assert_nonnull (cg_catalog_get_maturity_level (catalog, CG_MATURITY_GRADUATED));
  g_assert_cmpuint (cg_catalog_get_community (catalog)->len, ==, 1);

  k8s = cg_catalog_lookup (catalog, "kubernetes");
  g_assert_nonnull (k8s);
  /* Facts from the download */
  g_assert_cmpint (cg_project_get_maturity (k8s), ==, CG_MATURITY_GRADUATED);
  g_assert_cmpstr (cg_project_get_homepage (k8s), ==, "https://kubernetes.io/");
  g_assert_cmpstr (cg_project_get_date (k8s, "graduated"), ==, "2018-03-06");
  /* Curated fields from the base win */
  g_assert_cmpstr (cg_project_get_summary (k8s), ==, "Runs containers.");
  g_assert_cmpstr (cg_project_get_focus (k8s), ==, "Orchestration");
  g_assert_cmpint (cg_project_get_legal_kind (k8s), ==, CG_LEGAL_CLA);
  g_assert_cmpstr (cg_project_get_contributor_guide (k8s), ==,
                   "https://github.com/kubernetes/community");
  g_assert_true (cg_project_is_curated (k8s, "legal"));
  /* A field nobody curated comes fresh from the download… */
  g_assert_cmpstr (((CgLinkItem *) cg_project_get_chat (k8s)->pdata[0])->url, ==,
                   "https://slack.k8s.io/");
  /* …and a curated field the base lacks stays absent, though the API has it */
  g_assert_cmpuint (cg_project_get_mailing_lists (k8s)->len, ==, 0);

  /* A new project takes what the API gives */
  {
    CgProject *item = cg_catalog_lookup (catalog, "item-1");
    g_assert_nonnull (item);
    g_assert_cmpstr (cg_project_get_description (item), ==, "This is the description of item 1");
    g_assert_cmpstr (cg_project_get_repository (item), ==, "https://github.com/cncf/landscape2");
    g_assert_cmpstr (cg_project_get_focus (item), ==, "Subcategory 1-1");
  }
}

static void
test_items_skipped_one_by_one (void)
{
  g_autoptr(CgCatalog) catalog = NULL;
  CgImportStats stats;

  catalog = import_and_load (
    "[{\"name\":\"Good One\",\"maturity\":\"sandbox\",\"homepage_url\":\"http://good.example.org/\","
    "\"slack_url\":\"https://slack.cncf.io/\",\"chat_channel\":\"#good\","
    "\"repositories\":[{\"url\":\"https://github.com/a/b\",\"primary\":true,\"license\":\"MIT\"}]},"
    " {\"name\":\"Evil Link\",\"maturity\":\"sandbox\",\"homepage_url\":\"javascript:alert(1)\"},"
    " {\"name\":\"B\",\"maturity\":\"sandbox\",\"accepted_at\":\"2020-01-02T00:00:00Z\"},"
    " {\"name\":\"C\",\"maturity\":\"archived\"},"
    " {\"name\":5,\"maturity\":\"sandbox\"},"
    " {\"name\":\"No Maturity\"},"
    " {\"name\":\"Odd\",\"maturity\":\"mature\"},"
    " {\"name\":\"Typed\",\"maturity\":\"sandbox\",\"homepage_url\":[1]},"
    " {\"name\":\"Repos\",\"maturity\":\"sandbox\",\"repositories\":\"x\"},"
    " {\"name\":\"Bidi\\u202e\",\"maturity\":\"sandbox\"},"
    " {\"name\":\"B\",\"maturity\":\"graduated\"},"
    " \"just a string\", 42, null]",
    &stats);

  g_assert_cmpuint (stats.n_projects, ==, 4);
  g_assert_cmpuint (stats.n_skipped, ==, 9);
  g_assert_cmpuint (stats.n_merged, ==, 1);
  g_assert_cmpuint (stats.n_new, ==, 2);
  g_assert_cmpuint (cg_catalog_get_n_projects (catalog), ==, 4);

  {
    CgProject *good = cg_catalog_lookup (catalog, "good-one");
    CgLinkItem *chat;

    g_assert_nonnull (good);
    /* http upgraded to https */
    g_assert_cmpstr (cg_project_get_homepage (good), ==, "https://good.example.org/");
    g_assert_cmpstr (cg_project_get_license (good), ==, "MIT");
    chat = cg_project_get_chat (good)->pdata[0];
    g_assert_cmpstr (chat->title, ==, "CNCF Slack");
    g_assert_cmpstr (chat->detail, ==, "#good");
  }
  /* An unsafe link is dropped, the item kept */
  g_assert_null (cg_project_get_homepage (cg_catalog_lookup (catalog, "evil-link")));
  /* A date with a time keeps its day; a duplicate name is merged into the
   * richer item */
  g_assert_cmpstr (cg_project_get_date (cg_catalog_lookup (catalog, "b"), "accepted"), ==,
                   "2020-01-02");
  g_assert_cmpint (cg_project_get_maturity (cg_catalog_lookup (catalog, "b")), ==,
                   CG_MATURITY_SANDBOX);
}

/* Found by fuzzing: a date whose 10th byte cuts a character was cut there,
 * then walked past its end. Dates are checked as ASCII YYYY-MM-DD; a date
 * of another form is dropped, its item kept. */
static void
test_hostile_dates (void)
{
  g_autoptr(CgCatalog) catalog = NULL;
  CgImportStats stats;
  CgProject *project;

  catalog = import_and_load (
    "[{\"name\":\"B\",\"maturity\":\"sandbox\",\"accepted_at\":\"2020-01-0\\u00e9\","
    "\"graduated_at\":\"2016-03-1\\ud83d\\ude00\",\"incubating_at\":\"2019-02-03junk\","
    "\"archived_at\":\"2021-1-01\"},"
    " {\"name\":\"C\",\"maturity\":\"sandbox\",\"accepted_at\":\"\\u0662\\u0660\\u0662\\u0660-01-01\"},"
    " {\"name\":\"D\",\"maturity\":\"sandbox\",\"accepted_at\":\"2020-01-02 10:00\"},"
    " {\"name\":\"E\",\"maturity\":\"sandbox\",\"accepted_at\":\"2020-01-0\"}]",
    &stats);
  g_assert_cmpuint (stats.n_skipped, ==, 0);
  g_assert_cmpuint (stats.n_projects, ==, 4);

  project = cg_catalog_lookup (catalog, "b");
  g_assert_nonnull (project);
  g_assert_null (cg_project_get_date (project, "accepted"));
  g_assert_null (cg_project_get_date (project, "graduated"));
  g_assert_null (cg_project_get_date (project, "incubating"));
  g_assert_null (cg_project_get_date (project, "archived"));
  /* Arabic-Indic digits are digits to Unicode, not to a date */
  g_assert_null (cg_project_get_date (cg_catalog_lookup (catalog, "c"), "accepted"));
  g_assert_cmpstr (cg_project_get_date (cg_catalog_lookup (catalog, "d"), "accepted"), ==,
                   "2020-01-02");
  g_assert_null (cg_project_get_date (cg_catalog_lookup (catalog, "e"), "accepted"));
}

/* "primary": {} raised a Json-CRITICAL: json-glib's typed getters assert
 * on the wrong type. Only a real boolean counts. */
static void
test_hostile_types (void)
{
  g_autoptr(CgCatalog) catalog = NULL;
  CgImportStats stats;

  catalog = import_and_load (
    "[{\"name\":\"B\",\"maturity\":\"sandbox\"}, {\"name\":\"C\",\"maturity\":\"sandbox\"},"
    " {\"name\":\"D\",\"maturity\":\"sandbox\","
    "\"repositories\":[{\"url\":\"https://github.com/d/one\",\"primary\":{}},"
    "{\"url\":\"https://github.com/d/two\",\"primary\":\"true\"},"
    "{\"url\":\"https://github.com/d/three\",\"primary\":true}]},"
    " {\"name\":\"E\",\"maturity\":\"sandbox\","
    "\"repositories\":[{\"url\":\"https://github.com/e/e\",\"primary\":[true]}]}]",
    &stats);
  g_assert_cmpuint (stats.n_projects, ==, 4);

  g_assert_cmpstr (cg_project_get_repository (cg_catalog_lookup (catalog, "d")), ==,
                   "https://github.com/d/three");
  /* A single repository is the primary one, whatever its flag says */
  g_assert_cmpstr (cg_project_get_repository (cg_catalog_lookup (catalog, "e")), ==,
                   "https://github.com/e/e");
}

static void
test_refused (void)
{
  g_autoptr(CgCatalog) base = load_base ();
  g_autofree char *deep = g_strnfill (100000, '[');
  struct { const char *json; int code; } cases[] = {
    { "", CG_LANDSCAPE_ERROR_NOT_A_CATALOG },
    { "<!doctype html><html></html>", CG_LANDSCAPE_ERROR_NOT_A_CATALOG },
    { "{\"projects\":[]}", CG_LANDSCAPE_ERROR_NOT_A_CATALOG },
    { "[1,2", CG_LANDSCAPE_ERROR_NOT_A_CATALOG },
    { NULL, CG_LANDSCAPE_ERROR_NOT_A_CATALOG },
    { "[]", CG_LANDSCAPE_ERROR_INCOMPLETE },
    { "[1, \"x\", {\"name\": 3}]", CG_LANDSCAPE_ERROR_INCOMPLETE },
    { "[{\"name\":\"Only\",\"maturity\":\"sandbox\"},"
      " {\"name\":\"Two\",\"maturity\":\"sandbox\"}]", CG_LANDSCAPE_ERROR_INCOMPLETE },
  };

  cases[4].json = deep;
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) out = import_string (cases[i].json, base, NULL, &error);

      g_assert_null (out);
      g_assert_error (error, CG_LANDSCAPE_ERROR, cases[i].code);
    }
}

static void
test_round_trip (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CgCatalog) bundled = cg_catalog_new_bundled (&error);
  g_autoptr(GBytes) bytes = cg_catalog_to_bytes (bundled);
  g_autoptr(CgCatalog) again = cg_catalog_new_from_bytes (bytes, &error);
  g_autoptr(GBytes) bytes_again = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (cg_catalog_get_n_projects (again), ==, cg_catalog_get_n_projects (bundled));
  /* Writing it again gives the same bytes: nothing lost, nothing added */
  bytes_again = cg_catalog_to_bytes (again);
  g_assert_true (g_bytes_equal (bytes, bytes_again));
  g_assert_cmpstr (cg_project_get_contributor_guide (cg_catalog_lookup (again, "kubernetes")), ==,
                   cg_project_get_contributor_guide (cg_catalog_lookup (bundled, "kubernetes")));

  /* Every member of every bundled project is written back, the repository
   * facts included, so that a cached catalog keeps them */
  {
    g_autoptr(GBytes) resource = g_resources_lookup_data (
      "/io/github/cncf_guide/ContributorGuide/catalog.json", 0, &error);
    g_autoptr(JsonParser) source = json_parser_new ();
    g_autoptr(JsonParser) written = json_parser_new ();
    JsonArray *source_projects, *written_projects;
    gsize length;
    const char *data;

    g_assert_no_error (error);
    data = g_bytes_get_data (resource, &length);
    g_assert_true (json_parser_load_from_data (source, data, (gssize) length, NULL));
    data = g_bytes_get_data (bytes, &length);
    g_assert_true (json_parser_load_from_data (written, data, (gssize) length, NULL));
    source_projects = json_object_get_array_member (
      json_node_get_object (json_parser_get_root (source)), "projects");
    written_projects = json_object_get_array_member (
      json_node_get_object (json_parser_get_root (written)), "projects");
    g_assert_cmpuint (json_array_get_length (source_projects), ==,
                      json_array_get_length (written_projects));
    for (guint i = 0; i < json_array_get_length (source_projects); i++)
      {
        JsonObject *p = json_array_get_object_element (source_projects, i);
        const char *id = json_object_get_string_member (p, "id");
        JsonNode *match = NULL;

        for (guint j = 0; j < json_array_get_length (written_projects) && match == NULL; j++)
          if (g_str_equal (id, json_object_get_string_member (
                             json_array_get_object_element (written_projects, j), "id")))
            match = json_array_get_element (written_projects, j);
        g_assert_nonnull (match);
        if (!json_node_equal (json_array_get_element (source_projects, i), match))
          g_error ("%s is written differently: %s", id, json_to_string (match, FALSE));
      }
  }
}

/* A refresh keeps what was read from the repositories, which the landscape
 * API does not carry, and takes a license or language from the download
 * only where the download has one. */
static void
test_repository_facts_kept (void)
{
  static const char facts_base[] =
    "{\"schema_version\":1,\"catalog_date\":\"2026-01-01\",\"projects\":["
    "{\"id\":\"alpha\",\"name\":\"Alpha\",\"maturity\":\"sandbox\",\"license\":\"MIT\","
    "\"contributor_guide\":\"https://github.com/a/a/blob/main/CONTRIBUTING.md\","
    "\"legal\":{\"kind\":\"cla\",\"title\":\"CNCF CLA\",\"url\":\"https://github.com/cncf/cla\","
    "\"dco\":true,\"cla\":true,\"cla_url\":\"https://github.com/cncf/cla\"},"
    "\"language\":\"Go\",\"languages\":[{\"name\":\"Go\",\"share\":88.5}],"
    "\"newcomer_labels\":[\"good first issue\"],"
    "\"health\":{\"security_policy\":\"https://github.com/a/a/blob/main/SECURITY.md\"},"
    "\"activity\":{\"commits\":40,\"authors\":7,\"window\":[\"2025-09-01\",\"2026-08-31\"],"
    "\"last_commit\":\"2026-08-30\"},\"aliases\":[\"al\"],\"facts_date\":\"2026-08-30\","
    "\"facts_source\":{\"title\":\"a/a at 0123456\",\"url\":\"https://github.com/a/a/tree/0123456\"}},"
    "{\"id\":\"beta\",\"name\":\"Beta\",\"maturity\":\"sandbox\",\"license\":\"MIT\","
    "\"language\":\"Rust\",\"legal\":{\"kind\":\"unknown\",\"dco\":false,\"cla\":false}}]}";
  g_autoptr(GBytes) base_bytes = g_bytes_new_static (facts_base, sizeof facts_base - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(CgCatalog) base = cg_catalog_new_from_bytes (base_bytes, &error);
  g_autoptr(GBytes) out = NULL;
  g_autoptr(CgCatalog) catalog = NULL;
  CgProject *alpha, *beta;
  const CgLanguageShare *languages;
  guint n, commits = 0;

  g_assert_no_error (error);
  out = import_string ("[{\"name\":\"Alpha\",\"maturity\":\"incubating\","
                       "\"repositories\":[{\"url\":\"https://github.com/a/a\",\"primary\":true}]},"
                       "{\"name\":\"Beta\",\"maturity\":\"sandbox\",\"repositories\":"
                       "[{\"url\":\"https://github.com/b/b\",\"license\":\"Apache-2.0\","
                       "\"language\":\"C\"}]}]", base, NULL, &error);
  g_assert_no_error (error);
  catalog = cg_catalog_new_from_bytes (out, &error);
  g_assert_no_error (error);

  alpha = cg_catalog_lookup (catalog, "alpha");
  g_assert_cmpint (cg_project_get_maturity (alpha), ==, CG_MATURITY_INCUBATING);
  /* Nothing fresher in the download: the base's license and language stay */
  g_assert_cmpstr (cg_project_get_license (alpha), ==, "MIT");
  g_assert_cmpstr (cg_project_get_language (alpha), ==, "Go");
  languages = cg_project_get_languages (alpha, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpfloat_with_epsilon (languages[0].share, 88.5, 1e-9);
  g_assert_cmpstr (cg_project_get_contributor_guide (alpha), ==,
                   "https://github.com/a/a/blob/main/CONTRIBUTING.md");
  g_assert_cmpint (cg_project_get_dco (alpha), ==, CG_FACT_REQUIRED);
  g_assert_cmpint (cg_project_get_cla (alpha), ==, CG_FACT_REQUIRED);
  g_assert_cmpstr (cg_project_get_cla_url (alpha), ==, "https://github.com/cncf/cla");
  g_assert_cmpstr (cg_project_get_newcomer_labels (alpha)[0], ==, "good first issue");
  g_assert_cmpstr (cg_project_get_health (alpha, CG_HEALTH_SECURITY_POLICY), ==,
                   "https://github.com/a/a/blob/main/SECURITY.md");
  g_assert_true (cg_project_get_activity (alpha, &commits, NULL, NULL, NULL, NULL));
  g_assert_cmpuint (commits, ==, 40);
  g_assert_cmpstr (cg_project_get_aliases (alpha)[0], ==, "al");
  g_assert_cmpstr (cg_project_get_facts_date (alpha), ==, "2026-08-30");
  g_assert_cmpstr (cg_project_get_facts_source (alpha)->title, ==, "a/a at 0123456");

  /* The download names a license and a language: they are fresher */
  beta = cg_catalog_lookup (catalog, "beta");
  g_assert_cmpstr (cg_project_get_license (beta), ==, "Apache-2.0");
  g_assert_cmpstr (cg_project_get_language (beta), ==, "C");
  g_assert_cmpint (cg_project_get_dco (beta), ==, CG_FACT_NOT_STATED);
  g_assert_cmpint (cg_project_get_cla (beta), ==, CG_FACT_NOT_STATED);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/landscape/slugify", test_slugify);
  g_test_add_func ("/landscape/real-sample", test_real_sample);
  g_test_add_func ("/landscape/items-skipped-one-by-one", test_items_skipped_one_by_one);
  g_test_add_func ("/landscape/hostile-dates", test_hostile_dates);
  g_test_add_func ("/landscape/hostile-types", test_hostile_types);
  g_test_add_func ("/landscape/refused", test_refused);
  g_test_add_func ("/landscape/round-trip", test_round_trip);
  g_test_add_func ("/landscape/repository-facts-kept", test_repository_facts_kept);

  return g_test_run ();
}
