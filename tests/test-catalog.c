/* test-catalog.c: the bundled catalog, and every rule of schema 1
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cg-catalog.h"

#define HEAD "{\"schema_version\":1,\"catalog_date\":\"2026-11-28\","
#define GOOD_PROJECT "{\"id\":\"a\",\"name\":\"A\",\"maturity\":\"sandbox\"}"
/* A catalog with one project whose other members are FIELDS. */
#define WITH(FIELDS) \
  HEAD "\"projects\":[{\"id\":\"a\",\"name\":\"A\",\"maturity\":\"sandbox\"," FIELDS "}]}"

typedef struct
{
  const char *name;
  const char *json;
  const char *message;  /* a part of the error message that must appear */
} BadCase;

static const BadCase bad_cases[] = {
  { "empty", "", "empty" },
  { "whitespace", " \n\t ", "empty" },
  { "null", "null", "expected a JSON object, found null" },
  { "array-root", "[" GOOD_PROJECT "]", "expected a JSON object, found an array" },
  { "string-root", "\"catalog\"", "expected a JSON object, found a string" },
  { "truncated", HEAD "\"projects\":[{\"id\":\"a\",\"na", "line 1" },
  { "truncated-string", HEAD "\"projects\":[{\"id\":\"a", "string not terminated" },
  { "html", "<!DOCTYPE html><html><body>Sign in to the Wi-Fi</body></html>", "web page" },
  { "invalid-utf8", HEAD "\"projects\":[{\"id\":\"a\",\"name\":\"\xC3\x28\",\"maturity\":\"sandbox\"}]}",
    "not valid UTF-8" },
  { "utf16-bom", "\xFF\xFE{\x00}", "not valid UTF-8" },
  { "utf8-bom", "\xEF\xBB\xBF{}", "byte-order mark" },
  { "nul-escape", WITH ("\"summary\":\"a\\u0000b\""), "NUL character" },
  { "lone-surrogate", WITH ("\"summary\":\"\\ud800\""), "surrogate" },
  { "comment", "{ // a comment\n \"schema_version\": 1 }", "comments are not allowed" },
  { "block-comment", "/* x */ {}", "comments are not allowed" },
  { "single-quotes", "{'schema_version': 1}", "double quotes" },
  { "trailing-comma-object", HEAD "\"projects\":[" GOOD_PROJECT "],}", "trailing comma" },
  { "trailing-comma-array", HEAD "\"projects\":[" GOOD_PROJECT ",]}", "trailing comma" },
  { "hex-number", "{\"schema_version\":0x10}", "hexadecimal" },
  { "huge-integer", "{\"schema_version\":99999999999999999999999}", "number too large" },
  { "huge-double", "{\"schema_version\":1e999}", "number too large" },
  { "text-after-end", "{} {}", "after the end" },
  { "no-schema-version", "{\"catalog_date\":\"2026-11-28\",\"projects\":[" GOOD_PROJECT "]}",
    "schema_version: missing" },
  { "schema-version-string", "{\"schema_version\":\"1\"}",
    "schema_version: expected a whole number, found a string" },
  { "schema-version-float", "{\"schema_version\":1.5}", "schema_version: expected a whole number" },
  { "schema-version-newer", "{\"schema_version\":2,\"projects\":\"whatever\"}",
    "schema_version: this catalog needs a newer CNCF Contributor Guide" },
  { "schema-version-zero", "{\"schema_version\":0}", "schema_version: unknown schema version 0" },
  { "no-date", "{\"schema_version\":1,\"projects\":[" GOOD_PROJECT "]}", "catalog_date: missing" },
  { "bad-catalog-date", "{\"schema_version\":1,\"catalog_date\":\"2026-02-30\",\"projects\":[]}",
    "catalog_date: “2026-02-30” is not a date" },
  { "no-projects-member", HEAD "\"sources\":[]}", "projects: missing" },
  { "projects-object", HEAD "\"projects\":{}}", "projects: expected an array, found an object" },
  { "projects-empty", HEAD "\"projects\":[]}", "projects: no projects" },
  { "project-not-object", HEAD "\"projects\":[" GOOD_PROJECT ",42]}",
    "projects[1]: expected an object, found a number" },
  { "missing-id", HEAD "\"projects\":[{\"name\":\"A\",\"maturity\":\"sandbox\"}]}",
    "projects[0].id: missing" },
  { "missing-name", HEAD "\"projects\":[{\"id\":\"a\",\"maturity\":\"sandbox\"}]}",
    "projects[0].name: missing" },
  { "missing-maturity", HEAD "\"projects\":[{\"id\":\"a\",\"name\":\"A\"}]}",
    "projects[0].maturity: missing" },
  { "name-number", HEAD "\"projects\":[{\"id\":\"a\",\"name\":7,\"maturity\":\"sandbox\"}]}",
    "projects[0].name: expected a string, found a number" },
  { "name-empty", HEAD "\"projects\":[{\"id\":\"a\",\"name\":\"\",\"maturity\":\"sandbox\"}]}",
    "projects[0].name: empty" },
  { "unknown-maturity", HEAD "\"projects\":[{\"id\":\"a\",\"name\":\"A\",\"maturity\":\"mature\"}]}",
    "projects[0].maturity: unknown maturity “mature”" },
  { "id-uppercase", HEAD "\"projects\":[{\"id\":\"Kubernetes\",\"name\":\"A\",\"maturity\":\"sandbox\"}]}",
    "projects[0].id: “Kubernetes” is not an id" },
  { "id-slash", HEAD "\"projects\":[{\"id\":\"../etc\",\"name\":\"A\",\"maturity\":\"sandbox\"}]}",
    "projects[0].id:" },
  { "id-too-long", HEAD "\"projects\":[{\"id\":\"a1234567890123456789012345678901234567890123456789"
    "0123456789012345\",\"name\":\"A\",\"maturity\":\"sandbox\"}]}", "projects[0].id:" },
  { "duplicate-id", HEAD "\"projects\":[" GOOD_PROJECT "," GOOD_PROJECT "]}",
    "projects[1].id: duplicate id “a”" },
  { "http-url", WITH ("\"repository\":\"http://github.com/a/a\""),
    "projects[0].repository: not an https URL" },
  { "javascript-url", WITH ("\"homepage\":\"javascript:alert(1)\""),
    "projects[0].homepage: not an https URL" },
  { "file-url", WITH ("\"homepage\":\"file:///etc/passwd\""), "projects[0].homepage: not an https URL" },
  { "smb-url", WITH ("\"contributor_guide\":\"smb://evil.example/x.desktop\""),
    "projects[0].contributor_guide: not an https URL" },
  { "data-url", WITH ("\"homepage\":\"data:text/html,hi\""), "projects[0].homepage: not an https URL" },
  { "userinfo-url", WITH ("\"homepage\":\"https://github.com@evil.example/\""),
    "projects[0].homepage: contains user information" },
  { "no-host-url", WITH ("\"homepage\":\"https:///nohost\""), "projects[0].homepage: has no valid host" },
  { "space-url", WITH ("\"homepage\":\"https://example.com/a b\""),
    "projects[0].homepage: contains whitespace" },
  { "newline-url", WITH ("\"homepage\":\"https://example.com/\\n\""),
    "projects[0].homepage: contains a control character" },
  { "bidi-url", WITH ("\"homepage\":\"https://example.com/\\u202Eexe.txt\""),
    "projects[0].homepage: contains a bidirectional control character" },
  { "zero-width-url", WITH ("\"homepage\":\"https://exa\\u200Bmple.com/\""),
    "projects[0].homepage: contains an invisible character" },
  { "chat-url-http", WITH ("\"chat\":[{\"title\":\"Slack\",\"url\":\"http://slack.example.com/\"}]"),
    "projects[0].chat[0].url: not an https URL" },
  { "chat-missing-title", WITH ("\"chat\":[{\"url\":\"https://slack.example.com/\"}]"),
    "projects[0].chat[0].title: missing" },
  { "chat-not-array", WITH ("\"chat\":\"#general\""),
    "projects[0].chat: expected an array, found a string" },
  { "list-url-ssh", WITH ("\"mailing_lists\":[{\"title\":\"x\",\"url\":\"ssh://example.com\"}]"),
    "projects[0].mailing_lists[0].url: not an https URL" },
  { "control-in-name", HEAD "\"projects\":[{\"id\":\"a\",\"name\":\"A\\u0007\",\"maturity\":\"sandbox\"}]}",
    "projects[0].name: contains a control character" },
  { "bidi-in-name", HEAD "\"projects\":[{\"id\":\"a\",\"name\":\"A\\u202Eb\",\"maturity\":\"sandbox\"}]}",
    "projects[0].name: contains a bidirectional control character" },
  { "tab-in-name", HEAD "\"projects\":[{\"id\":\"a\",\"name\":\"A\\tB\",\"maturity\":\"sandbox\"}]}",
    "projects[0].name: contains a control character" },
  { "name-padded", HEAD "\"projects\":[{\"id\":\"a\",\"name\":\" A\",\"maturity\":\"sandbox\"}]}",
    "projects[0].name: starts or ends with whitespace" },
  { "newline-in-summary", WITH ("\"summary\":\"one\\ntwo\""),
    "projects[0].summary: contains a control character" },
  { "bad-date", WITH ("\"dates\":{\"accepted\":\"2018-13-01\"}"),
    "projects[0].dates.accepted: “2018-13-01” is not a date" },
  { "date-format", WITH ("\"dates\":{\"graduated\":\"06/03/2018\"}"),
    "projects[0].dates.graduated:" },
  { "dates-array", WITH ("\"dates\":[]"), "projects[0].dates: expected an object, found an array" },
  { "legal-kind", WITH ("\"legal\":{\"kind\":\"contract\"}"),
    "projects[0].legal.kind: unknown legal requirement “contract”" },
  { "legal-url", WITH ("\"legal\":{\"kind\":\"cla\",\"title\":\"CLA\",\"url\":\"ftp://example.com/\"}"),
    "projects[0].legal.url: not an https URL" },
  { "source-url", WITH ("\"description_source\":{\"title\":\"x\",\"url\":\"http://example.com\"}"),
    "projects[0].description_source.url: not an https URL" },
  { "maturity-level-unknown", HEAD "\"maturity_levels\":[{\"id\":\"gold\",\"title\":\"Gold\"}],"
    "\"projects\":[" GOOD_PROJECT "]}", "maturity_levels[0].id: unknown maturity “gold”" },
  { "community-link", HEAD "\"community\":[{\"id\":\"toc\",\"title\":\"TOC\",\"links\":[{\"title\":"
    "\"x\",\"url\":\"javascript:x\"}]}],\"projects\":[" GOOD_PROJECT "]}",
    "community[0].links[0].url: not an https URL" },
  { "curated-unknown", WITH ("\"curated\":[\"summary\",\"maturity\"]"),
    "projects[0].curated[1]: “maturity” is not a field people curate" },
  { "curated-not-array", WITH ("\"curated\":\"chat\""),
    "projects[0].curated: expected an array, found a string" },
  { "source-license-type", HEAD "\"sources\":[{\"title\":\"x\",\"url\":\"https://example.com/\","
    "\"license\":4}],\"projects\":[" GOOD_PROJECT "]}",
    "sources[0].license: expected a string, found a number" },
};

static void
test_bad_case (gconstpointer data)
{
  const BadCase *bad = data;
  g_autoptr(GBytes) bytes = g_bytes_new_static (bad->json, strlen (bad->json));
  g_autoptr(GError) error = NULL;
  g_autoptr(CgCatalog) catalog = cg_catalog_new_from_bytes (bytes, &error);

  g_assert_null (catalog);
  g_assert_error (error, CG_CATALOG_ERROR,
                  g_str_has_prefix (bad->name, "schema-version-newer")
                  ? CG_CATALOG_ERROR_NEEDS_NEWER_APP : CG_CATALOG_ERROR_INVALID);
  if (strstr (error->message, bad->message) == NULL)
    g_error ("%s: expected “%s” in “%s”", bad->name, bad->message, error->message);
  /* One line, always. */
  g_assert_null (strchr (error->message, '\n'));
}

static CgCatalog *
load_string (const char *json,
             GError    **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));

  return cg_catalog_new_from_bytes (bytes, error);
}

static void
test_deep_nesting (void)
{
  const gsize depth = 100000;
  g_autoptr(GError) error = NULL;
  g_autoptr(CgCatalog) catalog = NULL;
  g_autofree char *json = g_malloc (depth * 2 + 1);

  memset (json, '[', depth);
  memset (json + depth, ']', depth);
  json[depth * 2] = '\0';

  catalog = load_string (json, &error);
  g_assert_null (catalog);
  g_assert_nonnull (strstr (error->message, "nested more than 64 levels deep"));

  /* A nested value inside an otherwise good catalog, just past the limit. */
  g_clear_error (&error);
  {
    g_autoptr(GString) s = g_string_new (HEAD "\"projects\":[{\"id\":\"a\",\"name\":\"A\","
                                         "\"maturity\":\"sandbox\",\"extra\":");
    for (int i = 0; i < 70; i++)
      g_string_append_c (s, '[');
    for (int i = 0; i < 70; i++)
      g_string_append_c (s, ']');
    g_string_append (s, "}]}");
    g_clear_object (&catalog);
    catalog = load_string (s->str, &error);
    g_assert_null (catalog);
    g_assert_error (error, CG_CATALOG_ERROR, CG_CATALOG_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "nested more than 64 levels deep"));
  }
}

static void
test_oversized (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CgCatalog) catalog = NULL;
  g_autoptr(GString) s = g_string_new (HEAD "\"projects\":[{\"id\":\"a\",\"name\":\"A\","
                                       "\"maturity\":\"sandbox\",\"description\":\"");

  /* A 100 KiB string */
  for (int i = 0; i < 100 * 1024; i++)
    g_string_append_c (s, 'x');
  g_string_append (s, "\"}]}");
  catalog = load_string (s->str, &error);
  g_assert_null (catalog);
  g_assert_nonnull (strstr (error->message, "string longer than 65536 bytes"));
  g_clear_error (&error);

  /* Over 16 MiB in all */
  {
    gsize size = 17 * 1024 * 1024;
    g_autofree char *big = g_malloc (size);
    g_autoptr(GBytes) bytes = NULL;

    memset (big, ' ', size);
    big[0] = '{';
    big[size - 1] = '}';
    bytes = g_bytes_new_take (g_steal_pointer (&big), size);
    catalog = cg_catalog_new_from_bytes (bytes, &error);
    g_assert_null (catalog);
    g_assert_nonnull (strstr (error->message, "larger than 16 MiB"));
  }
}

static void
test_nul_byte (void)
{
  static const char json[] = "{\"schema_version\":1\0}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, sizeof json - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(CgCatalog) catalog = cg_catalog_new_from_bytes (bytes, &error);

  g_assert_null (catalog);
  g_assert_nonnull (strstr (error->message, "NUL byte"));
}

static void
test_good_variants (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CgCatalog) catalog = NULL;
  CgProject *project;

  /* Unknown keys are ignored; null optional members are absent. */
  catalog = load_string (HEAD "\"future_member\":{\"x\":[1,2,3]},\"projects\":[{\"id\":\"zz-top\","
                         "\"name\":\"Ünïcödé 日本 Project\",\"maturity\":\"incubating\","
                         "\"also_unknown\":true,\"focus\":null,\"dates\":{\"archived\":null,"
                         "\"accepted\":\"2024-02-29\"},\"description\":\"Line one.\\nLine two.\","
                         "\"legal\":{\"kind\":\"dco\"},\"chat\":[{\"title\":\"Slack\","
                         "\"channel\":\"#zz\",\"url\":\"https://slack.example.com/\"}]},"
                         "{\"id\":\"a\",\"name\":\"A\",\"maturity\":\"graduated\"}]}",
                         &error);
  g_assert_no_error (error);
  g_assert_nonnull (catalog);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (catalog)), ==, 2);

  /* List order: graduated first */
  g_assert_cmpstr (cg_project_get_id (cg_catalog_get_project (catalog, 0)), ==, "a");

  project = cg_catalog_lookup (catalog, "zz-top");
  g_assert_nonnull (project);
  g_assert_cmpstr (cg_project_get_name (project), ==, "Ünïcödé 日本 Project");
  g_assert_null (cg_project_get_focus (project));
  g_assert_cmpstr (cg_project_get_date (project, "accepted"), ==, "2024-02-29");
  g_assert_null (cg_project_get_date (project, "archived"));
  g_assert_cmpint (cg_project_get_legal_kind (project), ==, CG_LEGAL_DCO);
  g_assert_cmpuint (cg_project_get_chat (project)->len, ==, 1);
  g_assert_cmpstr (((CgLinkItem *) cg_project_get_chat (project)->pdata[0])->detail, ==, "#zz");
  g_assert_null (cg_catalog_lookup (catalog, "nope"));
}

static void
test_bundled (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CgCatalog) catalog = cg_catalog_new_bundled (&error);
  guint counts[CG_N_MATURITIES] = { 0 };
  GPtrArray *community;
  CgProject *project;
  guint n;

  g_assert_no_error (error);
  g_assert_nonnull (catalog);

  n = g_list_model_get_n_items (G_LIST_MODEL (catalog));
  g_assert_cmpuint (n, >=, 25);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CgProject) p = g_list_model_get_item (G_LIST_MODEL (catalog), i);

      g_assert_nonnull (cg_project_get_name (p));
      g_assert_nonnull (cg_project_get_summary (p));
      if (cg_project_get_repository (p) != NULL)
        g_assert_true (g_str_has_prefix (cg_project_get_repository (p), "https://"));
      counts[cg_project_get_maturity (p)]++;
      /* List order: maturity never goes back */
      if (i > 0)
        g_assert_cmpint (cg_project_get_maturity (cg_catalog_get_project (catalog, i - 1)), <=,
                         cg_project_get_maturity (p));
    }

  /* The 25 projects of the 2018 guide are all there, with today's facts. */
  {
    static const struct { const char *id; CgMaturity maturity; } guide[] = {
      { "kubernetes", CG_MATURITY_GRADUATED }, { "prometheus", CG_MATURITY_GRADUATED },
      { "cni", CG_MATURITY_INCUBATING }, { "containerd", CG_MATURITY_GRADUATED },
      { "coredns", CG_MATURITY_GRADUATED }, { "envoy", CG_MATURITY_GRADUATED },
      { "fluentd", CG_MATURITY_GRADUATED }, { "grpc", CG_MATURITY_INCUBATING },
      { "helm", CG_MATURITY_GRADUATED }, { "jaeger", CG_MATURITY_GRADUATED },
      { "linkerd", CG_MATURITY_GRADUATED }, { "nats", CG_MATURITY_INCUBATING },
      { "notary-project", CG_MATURITY_INCUBATING }, { "opentracing", CG_MATURITY_ARCHIVED },
      { "rkt", CG_MATURITY_ARCHIVED }, { "tuf", CG_MATURITY_GRADUATED },
      { "vitess", CG_MATURITY_GRADUATED }, { "cloudevents", CG_MATURITY_GRADUATED },
      { "harbor", CG_MATURITY_GRADUATED }, { "open-policy-agent", CG_MATURITY_GRADUATED },
      { "rook", CG_MATURITY_GRADUATED }, { "spiffe", CG_MATURITY_GRADUATED },
      { "spire", CG_MATURITY_GRADUATED }, { "telepresence", CG_MATURITY_SANDBOX },
      { "openmetrics", CG_MATURITY_ARCHIVED },
    };

    for (guint i = 0; i < G_N_ELEMENTS (guide); i++)
      {
        project = cg_catalog_lookup (catalog, guide[i].id);
        if (project == NULL)
          g_error ("%s is missing from the bundled catalog", guide[i].id);
        g_assert_cmpint (cg_project_get_maturity (project), ==, guide[i].maturity);
        g_assert_nonnull (cg_project_get_focus (project));
        g_assert_nonnull (cg_project_get_summary (project));
        g_assert_nonnull (cg_project_get_license (project));
        g_assert_nonnull (cg_project_get_repository (project));
      }
  }

  project = cg_catalog_lookup (catalog, "telepresence");
  g_assert_cmpstr (cg_project_get_repository (project), ==,
                   "https://github.com/telepresenceio/telepresence");
  project = cg_catalog_lookup (catalog, "linkerd");
  g_assert_cmpstr (cg_project_get_repository (project), ==, "https://github.com/linkerd/linkerd2");
  project = cg_catalog_lookup (catalog, "kubernetes");
  g_assert_cmpint (cg_project_get_legal_kind (project), ==, CG_LEGAL_CLA);
  g_assert_nonnull (cg_project_get_description_source (project));
  g_assert_cmpstr (cg_project_get_date (project, "graduated"), ==, "2018-03-06");
  g_assert_null (strstr (cg_project_get_description (project), "thatfacilitates"));
  project = cg_catalog_lookup (catalog, "helm");
  g_assert_cmpint (cg_project_get_legal_kind (project), ==, CG_LEGAL_DCO);
  project = cg_catalog_lookup (catalog, "rkt");
  g_assert_cmpstr (cg_project_get_date (project, "archived"), ==, "2019-08-16");
  /* freenode is gone */
  for (guint i = 0; i < n; i++)
    {
      GPtrArray *chat = cg_project_get_chat (cg_catalog_get_project (catalog, i));

      for (guint j = 0; j < chat->len; j++)
        g_assert_null (strstr (((CgLinkItem *) chat->pdata[j])->url, "freenode"));
    }

  /* Four maturity levels, each explained, with the criteria link */
  for (guint m = 0; m < CG_N_MATURITIES; m++)
    {
      CgSection *level = cg_catalog_get_maturity_level (catalog, m);

      g_assert_nonnull (level);
      g_assert_cmpstr (level->id, ==, cg_maturity_to_string (m));
      g_assert_nonnull (level->summary);
      g_assert_nonnull (level->url);
    }

  /* The community sections of the guide, brought up to date */
  community = cg_catalog_get_community (catalog);
  {
    static const char * const ids[] = { "toc", "tags", "toc-contributors", "ambassadors",
                                        "meetups", "mentoring" };
    for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
      {
        gboolean found = FALSE;

        for (guint j = 0; j < community->len; j++)
          {
            CgSection *section = community->pdata[j];

            if (g_str_equal (section->id, ids[i]))
              {
                found = TRUE;
                g_assert_nonnull (section->summary);
                g_assert_cmpuint (section->links->len, >, 0);
              }
          }
        if (!found)
          g_error ("community section %s is missing", ids[i]);
      }
  }

  /* Every CNCF project of the landscape of 2026-08-07 */
  g_assert_cmpuint (n, ==, 255);
  g_assert_cmpuint (counts[CG_MATURITY_GRADUATED], ==, 38);
  g_assert_cmpuint (counts[CG_MATURITY_INCUBATING], ==, 38);
  g_assert_cmpuint (counts[CG_MATURITY_SANDBOX], ==, 151);
  g_assert_cmpuint (counts[CG_MATURITY_ARCHIVED], ==, 28);
  g_assert_cmpuint (cg_catalog_get_sources (catalog)->len, >, 0);
}

/* Damaged copies of the real catalog: each is refused or loaded whole,
 * never a crash. The seed is fixed, so a failure repeats. */
static void
test_mutations (void)
{
  g_autoptr(GBytes) original = g_resources_lookup_data (RESOURCE_PREFIX "/catalog.json", 0, NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261128);
  gsize length;
  const guchar *data;
  guint refused = 0;

  g_assert_nonnull (original);
  data = g_bytes_get_data (original, &length);

  for (guint round = 0; round < 400; round++)
    {
      g_autofree guchar *copy = g_memdup2 (data, length);
      gsize copy_length = length;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(CgCatalog) catalog = NULL;
      guint n_edits = 1 + (guint) g_rand_int_range (rand, 0, 8);

      for (guint e = 0; e < n_edits; e++)
        {
          gsize at = (gsize) g_rand_int_range (rand, 0, (gint32) copy_length);

          switch (g_rand_int_range (rand, 0, 3))
            {
            case 0:
              copy[at] = (guchar) g_rand_int_range (rand, 0, 256);
              break;
            case 1:
              {
                static const char json_bytes[] = "{}[],:\"\\ 0e-";
                copy[at] = json_bytes[g_rand_int_range (rand, 0, sizeof json_bytes - 1)];
              }
              break;
            default:
              copy_length = at;  /* truncate */
              break;
            }
          if (copy_length == 0)
            break;
        }

      bytes = g_bytes_new (copy, copy_length);
      catalog = cg_catalog_new_from_bytes (bytes, &error);
      g_assert_true ((catalog == NULL) != (error == NULL));
      if (catalog == NULL)
        {
          g_assert_null (strchr (error->message, '\n'));
          refused++;
        }
    }

  /* Most damage must be caught */
  g_assert_cmpuint (refused, >, 200);
}

static void
test_age (void)
{
  g_autoptr(CgCatalog) catalog = load_string (HEAD "\"projects\":[" GOOD_PROJECT "]}", NULL);
  g_autoptr(GTimeZone) zone = g_time_zone_new_utc ();
  g_autoptr(GDateTime) same_day = g_date_time_new (zone, 2026, 11, 28, 23, 59, 0);
  g_autoptr(GDateTime) week_later = g_date_time_new (zone, 2026, 12, 5, 0, 0, 1);
  g_autoptr(GDateTime) before = g_date_time_new (zone, 2026, 11, 1, 12, 0, 0);

  /* catalog_date is 2026-11-28 */
  g_assert_cmpint (cg_catalog_get_age_days (catalog, same_day), ==, 0);
  g_assert_cmpint (cg_catalog_get_age_days (catalog, week_later), ==, 7);
  /* A clock behind the catalog never makes it old */
  g_assert_cmpint (cg_catalog_get_age_days (catalog, before), ==, 0);
}

static void
test_file_errors (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/catalog.json");
  g_autoptr(GFile) dir = g_file_new_for_path ("/");
  g_autoptr(GFile) pagemap = g_file_new_for_path ("/proc/self/pagemap");
  CgCatalog *catalog;

  catalog = cg_catalog_new_from_file (missing, NULL, &error);
  g_assert_null (catalog);
  g_assert_error (error, CG_CATALOG_ERROR, CG_CATALOG_ERROR_READ);
  g_clear_error (&error);

  catalog = cg_catalog_new_from_file (dir, NULL, &error);
  g_assert_null (catalog);
  g_assert_error (error, CG_CATALOG_ERROR, CG_CATALOG_ERROR_READ);
  g_clear_error (&error);

  /* A size that lies (procfs says 0) stops at the limit, not at the end */
  catalog = cg_catalog_new_from_file (pagemap, NULL, &error);
  g_assert_null (catalog);
  g_assert_error (error, CG_CATALOG_ERROR, CG_CATALOG_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "larger than 16 MiB");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/catalog/bundled", test_bundled);
  g_test_add_func ("/catalog/good-variants", test_good_variants);
  g_test_add_func ("/catalog/deep-nesting", test_deep_nesting);
  g_test_add_func ("/catalog/oversized", test_oversized);
  g_test_add_func ("/catalog/nul-byte", test_nul_byte);
  g_test_add_func ("/catalog/file-errors", test_file_errors);
  g_test_add_func ("/catalog/mutations", test_mutations);
  g_test_add_func ("/catalog/age", test_age);
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/catalog/bad/%s", bad_cases[i].name);
      g_test_add_data_func (path, &bad_cases[i], test_bad_case);
    }

  return g_test_run ();
}
