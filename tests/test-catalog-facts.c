/* test-catalog-facts.c: schema 1's repository facts and aliases, every rule
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cg-catalog.h"

#define HEAD "{\"schema_version\":1,\"catalog_date\":\"2026-11-28\","
/* A catalog with one project whose other members are FIELDS. */
#define WITH(FIELDS) \
  HEAD "\"projects\":[{\"id\":\"a\",\"name\":\"A\",\"maturity\":\"sandbox\"," FIELDS "}]}"
#define ACTIVITY(X) "\"activity\":{\"commits\":10,\"authors\":2," X "}"
#define WINDOW "\"window\":[\"2025-09-01\",\"2026-08-31\"]"

typedef struct
{
  const char *name;
  const char *json;
  const char *message;  /* a part of the error message that must appear */
} BadCase;

static const BadCase bad_cases[] = {
  { "language-type", WITH ("\"language\":7"), "projects[0].language: expected a string, found a number" },
  { "language-empty", WITH ("\"language\":\"\""), "projects[0].language: empty" },
  { "language-long", WITH ("\"language\":\"" "0123456789012345678901234567890123456789"
                           "01234567890123456789012345\""),
    "projects[0].language: longer than 64 bytes" },
  { "language-control", WITH ("\"language\":\"G\\u0007o\""),
    "projects[0].language: contains a control character" },
  { "language-bidi", WITH ("\"language\":\"G\xE2\x80\xAEo\""),
    "projects[0].language: contains a bidirectional control character" },
  { "languages-object", WITH ("\"languages\":{\"Go\":90}"),
    "projects[0].languages: expected an array, found an object" },
  { "languages-too-many", WITH ("\"languages\":[{\"name\":\"a\",\"share\":1},{\"name\":\"b\",\"share\":1},"
                                "{\"name\":\"c\",\"share\":1},{\"name\":\"d\",\"share\":1},{\"name\":\"e\","
                                "\"share\":1},{\"name\":\"f\",\"share\":1},{\"name\":\"g\",\"share\":1},"
                                "{\"name\":\"h\",\"share\":1},{\"name\":\"i\",\"share\":1}]"),
    "projects[0].languages: more than 8 entries" },
  { "languages-pair", WITH ("\"languages\":[[\"Go\",90.9]]"),
    "projects[0].languages[0]: expected an object, found an array" },
  { "languages-no-name", WITH ("\"languages\":[{\"share\":90.9}]"),
    "projects[0].languages[0].name: missing" },
  { "languages-no-share", WITH ("\"languages\":[{\"name\":\"Go\"}]"),
    "projects[0].languages[0].share: missing" },
  { "languages-share-string", WITH ("\"languages\":[{\"name\":\"Go\",\"share\":\"90\"}]"),
    "projects[0].languages[0].share: expected a number, found a string" },
  { "languages-share-high", WITH ("\"languages\":[{\"name\":\"Go\",\"share\":100.5}]"),
    "projects[0].languages[0].share: a share of 100.5 is not between 0 and 100" },
  { "languages-share-negative", WITH ("\"languages\":[{\"name\":\"Go\",\"share\":-1}]"),
    "projects[0].languages[0].share: a share of -1 is not between 0 and 100" },
  { "legal-dco-string", WITH ("\"legal\":{\"kind\":\"dco\",\"dco\":\"yes\"}"),
    "projects[0].legal.dco: expected true, false or null, found a string" },
  { "legal-cla-number", WITH ("\"legal\":{\"kind\":\"cla\",\"cla\":1}"),
    "projects[0].legal.cla: expected true, false or null, found a number" },
  { "legal-dco-denies-kind", WITH ("\"legal\":{\"kind\":\"dco\",\"dco\":false}"),
    "projects[0].legal.dco: false, but the kind is “dco”" },
  { "legal-cla-denies-kind", WITH ("\"legal\":{\"kind\":\"cla\",\"cla\":false,\"dco\":true}"),
    "projects[0].legal.cla: false, but the kind is “cla”" },
  { "legal-none-but-flag", WITH ("\"legal\":{\"kind\":\"none\",\"dco\":true}"),
    "projects[0].legal.kind: “none”, but a DCO or CLA flag is true" },
  { "legal-cla-url", WITH ("\"legal\":{\"kind\":\"cla\",\"cla\":true,\"cla_url\":\"http://cla.example.org/\"}"),
    "projects[0].legal.cla_url: not an https URL" },
  { "legal-cla-url-without-cla", WITH ("\"legal\":{\"kind\":\"dco\",\"dco\":true,\"cla\":false,"
                                       "\"cla_url\":\"https://cla.example.org/\"}"),
    "projects[0].legal.cla_url: a CLA link, but cla is not true" },
  { "labels-string", WITH ("\"newcomer_labels\":\"good first issue\""),
    "projects[0].newcomer_labels: expected an array, found a string" },
  { "labels-number", WITH ("\"newcomer_labels\":[\"good first issue\",3]"),
    "projects[0].newcomer_labels[1]: expected a string, found a number" },
  { "labels-too-many", WITH ("\"newcomer_labels\":[\"a\",\"b\",\"c\",\"d\",\"e\",\"f\",\"g\",\"h\",\"i\"]"),
    "projects[0].newcomer_labels: more than 8 entries" },
  { "labels-long", WITH ("\"newcomer_labels\":[\"" "0123456789012345678901234567890123456789"
                         "01234567890123456789012345\"]"),
    "projects[0].newcomer_labels[0]: longer than 64 bytes" },
  { "labels-twice", WITH ("\"newcomer_labels\":[\"help wanted\",\"help wanted\"]"),
    "projects[0].newcomer_labels[1]: “help wanted” is listed twice" },
  { "labels-newline", WITH ("\"newcomer_labels\":[\"good\\nfirst\"]"),
    "projects[0].newcomer_labels[0]: contains a control character" },
  { "labels-invisible", WITH ("\"newcomer_labels\":[\"good\xE2\x80\x8B\"]"),
    "projects[0].newcomer_labels[0]: contains an invisible character" },
  { "health-array", WITH ("\"health\":[]"), "projects[0].health: expected an object, found an array" },
  { "health-url", WITH ("\"health\":{\"security_policy\":\"javascript:alert(1)\"}"),
    "projects[0].health.security_policy: not an https URL" },
  { "health-user", WITH ("\"health\":{\"code_of_conduct\":\"https://evil@github.com/x\"}"),
    "projects[0].health.code_of_conduct: " },
  { "health-type", WITH ("\"health\":{\"maintainers\":true}"),
    "projects[0].health.maintainers: expected a string, found a boolean" },
  { "activity-string", WITH ("\"activity\":\"busy\""),
    "projects[0].activity: expected an object, found a string" },
  { "activity-no-commits", WITH ("\"activity\":{" WINDOW "}"),
    "projects[0].activity.commits: missing" },
  { "activity-commits-float", WITH ("\"activity\":{\"commits\":1.5," WINDOW "}"),
    "projects[0].activity.commits: expected a whole number, found a number" },
  { "activity-commits-negative", WITH ("\"activity\":{\"commits\":-1," WINDOW "}"),
    "projects[0].activity.commits: -1 is not between 0 and 10000000" },
  { "activity-commits-huge", WITH ("\"activity\":{\"commits\":99999999999," WINDOW "}"),
    "projects[0].activity.commits: 99999999999 is not between 0 and 10000000" },
  { "activity-no-authors", WITH ("\"activity\":{\"commits\":3," WINDOW "}"),
    "projects[0].activity.authors: missing" },
  { "activity-authors-string", WITH ("\"activity\":{\"commits\":3,\"authors\":\"2\"," WINDOW "}"),
    "projects[0].activity.authors: expected a whole number, found a string" },
  { "activity-authors-above-commits", WITH ("\"activity\":{\"commits\":3,\"authors\":4," WINDOW "}"),
    "projects[0].activity.authors: 4 authors for 3 commits" },
  { "activity-no-window", WITH (ACTIVITY ("\"last_commit\":\"2026-08-01\"")),
    "projects[0].activity.window: missing" },
  { "activity-window-one", WITH (ACTIVITY ("\"window\":[\"2025-09-01\"]")),
    "projects[0].activity.window: expected two dates, found 1 entries" },
  { "activity-window-number", WITH (ACTIVITY ("\"window\":[\"2025-09-01\",2026]")),
    "projects[0].activity.window[1]: expected a string, found a number" },
  { "activity-window-date", WITH (ACTIVITY ("\"window\":[\"2025-02-29\",\"2026-08-31\"]")),
    "projects[0].activity.window[0]: “2025-02-29” is not a date" },
  { "activity-window-backwards", WITH (ACTIVITY ("\"window\":[\"2026-08-31\",\"2025-09-01\"]")),
    "projects[0].activity.window: the window ends (2025-09-01) before it starts (2026-08-31)" },
  { "activity-last-commit", WITH (ACTIVITY (WINDOW ",\"last_commit\":\"yesterday\"")),
    "projects[0].activity.last_commit: “yesterday” is not a date" },
  { "facts-date", WITH ("\"facts_date\":\"2026-8-1\""),
    "projects[0].facts_date: “2026-8-1” is not a date" },
  { "facts-source-no-url", WITH ("\"facts_source\":{\"title\":\"a/a at 0123456\"}"),
    "projects[0].facts_source.url: missing" },
  { "facts-source-url", WITH ("\"facts_source\":{\"title\":\"x\",\"url\":\"https://github.com/a b\"}"),
    "projects[0].facts_source.url: contains whitespace" },
  { "facts-source-title", WITH ("\"facts_source\":{\"title\":\"\",\"url\":\"https://github.com/a\"}"),
    "projects[0].facts_source.title: empty" },
  { "facts-source-string", WITH ("\"facts_source\":\"https://github.com/a/a\""),
    "projects[0].facts_source: expected an object, found a string" },
  { "aliases-long", WITH ("\"aliases\":[\"" "0123456789012345678901234567890123456789"
                          "01234567890123456789012345\"]"),
    "projects[0].aliases[0]: longer than 64 bytes" },
  { "aliases-twice", WITH ("\"aliases\":[\"k8s\",\"k8s\"]"),
    "projects[0].aliases[1]: “k8s” is listed twice" },
  { "aliases-empty", WITH ("\"aliases\":[\"\"]"), "projects[0].aliases[0]: empty" },
  { "aliases-upper", WITH ("\"aliases\":[\"K8s\"]"), "projects[0].aliases[0]: “K8s” is not in lower case" },
  { "aliases-type", WITH ("\"aliases\":[null]"), "projects[0].aliases[0]: expected a string, found null" },
  { "aliases-too-many", WITH ("\"aliases\":[\"a\",\"b\",\"c\",\"d\",\"e\",\"f\",\"g\",\"h\",\"i\",\"j\","
                              "\"k\",\"l\",\"m\",\"n\",\"o\",\"p\",\"q\"]"),
    "projects[0].aliases: more than 16 entries" },
};

static void
test_bad_case (gconstpointer data)
{
  const BadCase *bad = data;
  g_autoptr(GBytes) bytes = g_bytes_new_static (bad->json, strlen (bad->json));
  g_autoptr(GError) error = NULL;
  g_autoptr(CgCatalog) catalog = cg_catalog_new_from_bytes (bytes, &error);

  g_assert_null (catalog);
  g_assert_error (error, CG_CATALOG_ERROR, CG_CATALOG_ERROR_INVALID);
  if (strstr (error->message, bad->message) == NULL)
    g_error ("%s: expected “%s” in “%s”", bad->name, bad->message, error->message);
  g_assert_null (strchr (error->message, '\n'));
}

static CgProject *
load_one (const char  *json,
          CgCatalog  **out)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GError) error = NULL;

  *out = cg_catalog_new_from_bytes (bytes, &error);
  g_assert_no_error (error);
  return cg_catalog_lookup (*out, "a");
}

static void
test_good (void)
{
  g_autoptr(CgCatalog) catalog = NULL;
  CgProject *project;
  const CgLanguageShare *languages;
  guint n = 99, commits = 0, authors = 0;
  const char *from = NULL, *to = NULL, *last = NULL;

  project = load_one (WITH ("\"language\":\"Go\",\"languages\":[{\"name\":\"Go\",\"share\":90.9},"
                            "{\"name\":\"Shell\",\"share\":9}],\"legal\":{\"kind\":\"cla\","
                            "\"title\":\"CNCF CLA\",\"url\":\"https://github.com/cncf/cla\","
                            "\"dco\":true,\"cla\":true,\"cla_url\":\"https://cla.example.org/\"},"
                            "\"newcomer_labels\":[\"good first issue\",\"help wanted\"],"
                            "\"health\":{\"code_of_conduct\":\"https://example.org/coc\","
                            "\"governance\":null,\"future\":\"x\"},"
                            ACTIVITY (WINDOW ",\"last_commit\":\"2026-08-18\"") ","
                            "\"facts_date\":\"2026-08-18\",\"facts_source\":{\"title\":\"a/a at 676cc64\","
                            "\"url\":\"https://github.com/a/a/tree/676cc64\"},\"aliases\":[\"k8s\",\"ä\"]"),
                      &catalog);
  g_assert_cmpstr (cg_project_get_language (project), ==, "Go");
  languages = cg_project_get_languages (project, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpstr (languages[1].name, ==, "Shell");
  g_assert_cmpfloat_with_epsilon (languages[0].share, 90.9, 1e-9);
  g_assert_cmpfloat_with_epsilon (languages[1].share, 9, 1e-9);
  g_assert_cmpint (cg_project_get_dco (project), ==, CG_FACT_REQUIRED);
  g_assert_cmpint (cg_project_get_cla (project), ==, CG_FACT_REQUIRED);
  g_assert_cmpint (cg_project_get_legal_kind (project), ==, CG_LEGAL_CLA);
  g_assert_cmpstr (cg_project_get_cla_url (project), ==, "https://cla.example.org/");
  g_assert_cmpstrv (cg_project_get_newcomer_labels (project),
                    ((const char *[]) { "good first issue", "help wanted", NULL }));
  g_assert_cmpstr (cg_project_get_health (project, CG_HEALTH_CODE_OF_CONDUCT), ==,
                   "https://example.org/coc");
  g_assert_null (cg_project_get_health (project, CG_HEALTH_GOVERNANCE));
  g_assert_null (cg_project_get_health (project, CG_HEALTH_SECURITY_POLICY));
  g_assert_true (cg_project_get_activity (project, &commits, &authors, &from, &to, &last));
  g_assert_cmpuint (commits, ==, 10);
  g_assert_cmpuint (authors, ==, 2);
  g_assert_cmpstr (from, ==, "2025-09-01");
  g_assert_cmpstr (to, ==, "2026-08-31");
  g_assert_cmpstr (last, ==, "2026-08-18");
  g_assert_true (cg_project_get_activity (project, NULL, NULL, NULL, NULL, NULL));
  g_assert_cmpstr (cg_project_get_facts_date (project), ==, "2026-08-18");
  g_assert_cmpstr (cg_project_get_facts_source (project)->title, ==, "a/a at 676cc64");
  g_assert_cmpstrv (cg_project_get_aliases (project), ((const char *[]) { "k8s", "ä", NULL }));
  g_clear_object (&catalog);

  /* Nothing known: everything unknown, lists empty but never NULL */
  project = load_one (WITH ("\"legal\":{\"kind\":\"unknown\",\"dco\":null},\"languages\":[]"), &catalog);
  g_assert_null (cg_project_get_language (project));
  g_assert_null (cg_project_get_languages (project, &n));
  g_assert_cmpuint (n, ==, 0);
  g_assert_cmpint (cg_project_get_dco (project), ==, CG_FACT_UNKNOWN);
  g_assert_cmpint (cg_project_get_cla (project), ==, CG_FACT_UNKNOWN);
  g_assert_null (cg_project_get_cla_url (project));
  g_assert_nonnull (cg_project_get_newcomer_labels (project));
  g_assert_null (cg_project_get_newcomer_labels (project)[0]);
  g_assert_nonnull (cg_project_get_aliases (project));
  g_assert_null (cg_project_get_aliases (project)[0]);
  g_assert_false (cg_project_get_activity (project, &commits, NULL, NULL, NULL, NULL));
  g_assert_null (cg_project_get_facts_date (project));
  g_assert_null (cg_project_get_facts_source (project));
  g_clear_object (&catalog);

  /* False flags: not stated, which is not "none" */
  project = load_one (WITH ("\"legal\":{\"kind\":\"unknown\",\"dco\":false,\"cla\":false}"), &catalog);
  g_assert_cmpint (cg_project_get_dco (project), ==, CG_FACT_NOT_STATED);
  g_assert_cmpint (cg_project_get_cla (project), ==, CG_FACT_NOT_STATED);
  g_assert_cmpint (cg_project_get_legal_kind (project), ==, CG_LEGAL_UNKNOWN);
  g_clear_object (&catalog);

  /* A curated rule without flags: the kind speaks for them */
  project = load_one (WITH ("\"legal\":{\"kind\":\"cla\",\"title\":\"CNCF CLA\","
                            "\"url\":\"https://github.com/cncf/cla\"}"), &catalog);
  g_assert_cmpint (cg_project_get_cla (project), ==, CG_FACT_REQUIRED);
  g_assert_cmpint (cg_project_get_dco (project), ==, CG_FACT_UNKNOWN);
  g_assert_cmpstr (cg_project_get_cla_url (project), ==, "https://github.com/cncf/cla");
  g_clear_object (&catalog);
  project = load_one (WITH ("\"legal\":{\"kind\":\"none\"}"), &catalog);
  g_assert_cmpint (cg_project_get_cla (project), ==, CG_FACT_NOT_STATED);
  g_assert_cmpint (cg_project_get_dco (project), ==, CG_FACT_NOT_STATED);
}

/* The bundled catalog, with the facts the issue names */
static void
test_bundled (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CgCatalog) catalog = cg_catalog_new_bundled (&error);
  CgProject *dex, *kubescape;
  guint commits = 0, with_language = 0, go = 0;

  g_assert_no_error (error);
  dex = cg_catalog_lookup (catalog, "dex");
  g_assert_cmpstr (cg_project_get_contributor_guide (dex), ==,
                   "https://github.com/dexidp/dex/blob/master/CONTRIBUTING.md");
  g_assert_cmpint (cg_project_get_dco (dex), ==, CG_FACT_REQUIRED);
  g_assert_cmpint (cg_project_get_cla (dex), ==, CG_FACT_NOT_STATED);
  g_assert_cmpstr (cg_project_get_license (dex), ==, "Apache-2.0");
  g_assert_cmpstr (cg_project_get_language (dex), ==, "Go");
  g_assert_true (cg_project_get_activity (dex, &commits, NULL, NULL, NULL, NULL));
  g_assert_cmpuint (commits, >, 0);
  g_assert_true (g_str_has_prefix (cg_project_get_facts_source (dex)->url,
                                   "https://github.com/dexidp/dex/tree/"));

  kubescape = cg_catalog_lookup (catalog, "kubescape");
  g_assert_cmpint (cg_project_get_dco (kubescape), ==, CG_FACT_NOT_STATED);
  g_assert_cmpint (cg_project_get_cla (kubescape), ==, CG_FACT_NOT_STATED);

  for (guint i = 0; i < cg_catalog_get_n_projects (catalog); i++)
    {
      const char *language = cg_project_get_language (cg_catalog_get_project (catalog, i));

      with_language += language != NULL;
      go += g_strcmp0 (language, "Go") == 0;
    }
  g_assert_cmpuint (with_language, >=, 230);
  g_assert_cmpuint (go, >, 150);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/catalog-facts/good", test_good);
  g_test_add_func ("/catalog-facts/bundled", test_bundled);
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/catalog-facts/bad/%s", bad_cases[i].name);
      g_test_add_data_func (path, &bad_cases[i], test_bad_case);
    }

  return g_test_run ();
}
