/* test-search.c: search and ranking, as the design describes them
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cg-search.h"

static CgCatalog *bundled;

static GPtrArray *
search_ids (CgCatalog  *catalog,
            const char *query,
            guint       mask)
{
  g_autoptr(CgSearchResult) result = cg_search_run (catalog, query, mask);
  GPtrArray *ids = g_ptr_array_new ();

  for (guint i = 0; i < result->positions->len; i++)
    g_ptr_array_add (ids, (gpointer) cg_project_get_id (
      cg_catalog_get_project (catalog, g_array_index (result->positions, guint, i))));
  g_ptr_array_add (ids, NULL);
  return ids;
}

static gboolean
contains (GPtrArray  *ids,
          const char *id)
{
  return g_strv_contains ((const char * const *) ids->pdata, id);
}

static int
index_of (GPtrArray  *ids,
          const char *id)
{
  for (guint i = 0; ids->pdata[i] != NULL; i++)
    if (g_str_equal (ids->pdata[i], id))
      return (int) i;
  return -1;
}

static void
test_mesh (void)
{
  g_autoptr(GPtrArray) ids = search_ids (bundled, "mesh", 0);

  g_assert_true (contains (ids, "envoy"));
  g_assert_true (contains (ids, "linkerd"));
  g_assert_false (contains (ids, "prometheus"));
  /* Both are "Service Mesh" projects: Envoy before Linkerd by name */
  g_assert_cmpint (index_of (ids, "envoy"), <, index_of (ids, "linkerd"));
}

static void
test_case_folding (void)
{
  g_autoptr(GPtrArray) upper = search_ids (bundled, "TRACING", 0);
  g_autoptr(GPtrArray) lower = search_ids (bundled, "tracing", 0);

  g_assert_true (contains (upper, "jaeger"));
  g_assert_true (contains (upper, "opentracing"));
  g_assert_cmpuint (upper->len, ==, lower->len);
  for (guint i = 0; i + 1 < upper->len; i++)
    g_assert_cmpstr (upper->pdata[i], ==, lower->pdata[i]);
}

static void
test_prefix_ranks_first (void)
{
  g_autoptr(GPtrArray) ids = search_ids (bundled, "kubern", 0);
  g_autoptr(GPtrArray) exact = search_ids (bundled, "Kubernetes", 0);

  g_assert_cmpstr (ids->pdata[0], ==, "kubernetes");
  /* Many projects mention Kubernetes; the name match still leads. */
  g_assert_cmpuint (ids->len, >, 3);
  g_assert_cmpstr (exact->pdata[0], ==, "kubernetes");
}

/* Name-prefix matches of one maturity, accepted at different times */
static const char established_catalog[] =
    "{\"schema_version\":1,\"catalog_date\":\"2026-11-28\",\"projects\":["
  "{\"id\":\"a-late\",\"name\":\"Flux Alpha\",\"maturity\":\"graduated\","
  "\"dates\":{\"accepted\":\"2023-01-01\"}},"
  "{\"id\":\"b-undated\",\"name\":\"Flux Beta\",\"maturity\":\"graduated\"},"
  "{\"id\":\"c-early\",\"name\":\"Flux Gamma\",\"maturity\":\"graduated\","
  "\"dates\":{\"accepted\":\"2016-01-01\"}},"
  "{\"id\":\"d-older-sandbox\",\"name\":\"Flux Delta\",\"maturity\":\"sandbox\","
  "\"dates\":{\"accepted\":\"2010-01-01\"}},"
  "{\"id\":\"e-word\",\"name\":\"Old Flux\",\"maturity\":\"graduated\","
  "\"dates\":{\"accepted\":\"2001-01-01\"}}"
  "]}";

/* "kube" starts many names; Kubernetes, in the CNCF since 2016, leads the
 * graduated ones that came after it */
static void
test_established_first (void)
{
  g_autoptr(GPtrArray) kube = search_ids (bundled, "kube", 0);
  g_autoptr(GBytes) bytes = g_bytes_new_static (established_catalog,
                                                sizeof established_catalog - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(CgCatalog) catalog = NULL;
  g_autoptr(GPtrArray) flux = NULL;
  g_autoptr(GPtrArray) all = NULL;
  static const char * const expected[] = {
    "c-early", "a-late", "b-undated", "d-older-sandbox", "e-word", NULL
  };

  g_assert_cmpstr (kube->pdata[0], ==, "kubernetes");
  g_assert_cmpint (index_of (kube, "kubernetes"), <, index_of (kube, "kubeedge"));
  g_assert_cmpint (index_of (kube, "kubernetes"), <, index_of (kube, "kubeflow"));

  /* Maturity first, then the earliest accepted; the name prefix outranks a
   * word of the name, however old */
  catalog = cg_catalog_new_from_bytes (bytes, &error);
  g_assert_no_error (error);
  flux = search_ids (catalog, "flu", 0);
  g_assert_cmpstrv ((const char * const *) flux->pdata, expected);

  /* No query: the list stays in name order */
  all = search_ids (catalog, "", 0);
  g_assert_cmpstr (all->pdata[0], ==, "a-late");
  g_assert_cmpstr (all->pdata[1], ==, "b-undated");
}

static void
test_accents (void)
{
  g_autoptr(GPtrArray) ids = search_ids (bundled, "kübernetes", 0);
  g_autoptr(GPtrArray) ids2 = search_ids (bundled, "PROMÉTHEUS", 0);

  g_assert_cmpstr (ids->pdata[0], ==, "kubernetes");
  g_assert_cmpstr (ids2->pdata[0], ==, "prometheus");
}

static void
test_and (void)
{
  g_autoptr(GPtrArray) both = search_ids (bundled, "service mesh", 0);
  g_autoptr(GPtrArray) service = search_ids (bundled, "service", 0);

  g_assert_true (contains (both, "envoy"));
  g_assert_true (contains (both, "linkerd"));
  /* CoreDNS is about service discovery, not meshes */
  g_assert_true (contains (service, "coredns"));
  g_assert_false (contains (both, "coredns"));
  g_assert_cmpuint (both->len, <, service->len);
}

static void
test_word_start_only (void)
{
  /* "ernetes" is inside "kubernetes" but starts no word */
  g_autoptr(GPtrArray) ids = search_ids (bundled, "ernetes", 0);

  g_assert_false (contains (ids, "kubernetes"));
}

static void
test_empty_query (void)
{
  g_autoptr(CgSearchResult) result = cg_search_run (bundled, "", 0);
  g_autoptr(CgSearchResult) spaces = cg_search_run (bundled, "   ", 0);
  guint n = cg_catalog_get_n_projects (bundled);

  g_assert_cmpuint (result->positions->len, ==, n);
  g_assert_cmpuint (spaces->positions->len, ==, n);
  /* The design's order: maturity, then name */
  for (guint i = 0; i < n; i++)
    g_assert_cmpuint (g_array_index (result->positions, guint, i), ==, i);
  for (guint i = 1; i < n; i++)
    {
      CgProject *a = cg_catalog_get_project (bundled, i - 1);
      CgProject *b = cg_catalog_get_project (bundled, i);

      g_assert_cmpint (cg_project_get_maturity (a), <=, cg_project_get_maturity (b));
      if (cg_project_get_maturity (a) == cg_project_get_maturity (b))
        {
          g_autofree char *fa = g_utf8_casefold (cg_project_get_name (a), -1);
          g_autofree char *fb = g_utf8_casefold (cg_project_get_name (b), -1);

          g_assert_cmpint (strcmp (fa, fb), <=, 0);
        }
    }
}

static void
test_maturity_mask_and_counts (void)
{
  g_autoptr(CgSearchResult) all = cg_search_run (bundled, NULL, 0);
  g_autoptr(CgSearchResult) archived = cg_search_run (bundled, NULL, 1u << CG_MATURITY_ARCHIVED);
  g_autoptr(CgSearchResult) two = cg_search_run (bundled, NULL,
                                                 (1u << CG_MATURITY_ARCHIVED) |
                                                 (1u << CG_MATURITY_SANDBOX));
  g_autoptr(GPtrArray) ids = search_ids (bundled, NULL, 1u << CG_MATURITY_ARCHIVED);
  guint total = 0;

  g_assert_true (contains (ids, "rkt"));
  g_assert_true (contains (ids, "opentracing"));
  g_assert_true (contains (ids, "openmetrics"));
  g_assert_false (contains (ids, "kubernetes"));
  g_assert_cmpuint (archived->positions->len, ==, all->counts[CG_MATURITY_ARCHIVED]);
  g_assert_cmpuint (two->positions->len, ==,
                    all->counts[CG_MATURITY_ARCHIVED] + all->counts[CG_MATURITY_SANDBOX]);

  /* The counts ignore the mask: they are what each chip would add. */
  for (guint m = 0; m < CG_N_MATURITIES; m++)
    {
      g_assert_cmpuint (archived->counts[m], ==, all->counts[m]);
      total += all->counts[m];
    }
  g_assert_cmpuint (total, ==, cg_catalog_get_n_projects (bundled));
}

/* A catalog made to tell each rank apart. */
static const char rank_catalog[] =
  "{\"schema_version\":1,\"catalog_date\":\"2026-11-28\",\"projects\":["
  "{\"id\":\"text\",\"name\":\"Alpha\",\"maturity\":\"graduated\",\"summary\":\"a flux tool\"},"
  "{\"id\":\"focus\",\"name\":\"Beta\",\"maturity\":\"archived\",\"focus\":\"Flux things\"},"
  "{\"id\":\"word\",\"name\":\"Gamma Flux\",\"maturity\":\"sandbox\"},"
  "{\"id\":\"prefix\",\"name\":\"Fluxion\",\"maturity\":\"sandbox\"},"
  "{\"id\":\"exact\",\"name\":\"Flux\",\"maturity\":\"archived\"},"
  "{\"id\":\"exact-graduated\",\"name\":\"FLUX\",\"maturity\":\"graduated\"},"
  "{\"id\":\"none\",\"name\":\"Delta\",\"maturity\":\"graduated\",\"summary\":\"influx\"}"
  "]}";

static void
test_rank_order (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (rank_catalog, sizeof rank_catalog - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(CgCatalog) catalog = cg_catalog_new_from_bytes (bytes, &error);
  g_autoptr(GPtrArray) ids = NULL;
  /* Archived projects after all others, each part by rank */
  static const char * const expected[] = {
    "exact-graduated", "prefix", "word", "text", "exact", "focus", NULL
  };

  g_assert_no_error (error);
  ids = search_ids (catalog, "flux", 0);
  g_assert_cmpstrv ((const char * const *) ids->pdata, expected);
}

/* "service mesh" names three archived meshes; the live ones come first */
static void
test_archived_last (void)
{
  g_autoptr(GPtrArray) ids = search_ids (bundled, "service mesh", 0);
  gboolean archived_seen = FALSE;

  g_assert_cmpint (index_of (ids, "istio"), <, 5);
  g_assert_cmpint (index_of (ids, "linkerd"), <, 5);
  for (guint i = 0; ids->pdata[i] != NULL; i++)
    {
      CgMaturity maturity = cg_project_get_maturity (cg_catalog_lookup (bundled, ids->pdata[i]));

      if (maturity == CG_MATURITY_ARCHIVED)
        archived_seen = TRUE;
      else
        g_assert_false (archived_seen);
    }
  g_assert_true (archived_seen);
}

static void
test_hostile_queries (void)
{
  g_autofree char *huge = g_strnfill (1024 * 1024, 'k');
  static const char * const queries[] = {
    ".*[(", "%s%n%s%n", "<b>bold</b>", "🚀 kubernetes", "שלום", "İstanbul", "\xe2\x80\xae",
    "&amp;", "\\", "'", "\"",
  };

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_autoptr(CgSearchResult) result = cg_search_run (bundled, queries[i], 0);
      g_autofree char *suggestion = cg_search_suggest (bundled, queries[i]);

      g_assert_nonnull (result->positions);
    }

  {
    g_autoptr(CgSearchResult) result = cg_search_run (bundled, huge, 0);
    g_autofree char *suggestion = cg_search_suggest (bundled, huge);

    g_assert_cmpuint (result->positions->len, ==, 0);
    g_assert_null (suggestion);
  }

  {
    /* An emoji next to a real word still finds it */
    g_autoptr(GPtrArray) ids = search_ids (bundled, "🚀 kubernetes", 0);
    g_assert_cmpstr (ids->pdata[0], ==, "kubernetes");
  }
}

/* Refining the previous result gives exactly what a fresh search gives. */
static void
test_refine (void)
{
  static const char * const typed[] = {
    "k", "ku", "kub", "kube", "kuber", "kuber o", "kuber or", "kube", "s", "se", "service",
    "service m", "service mesh", "service mesh x", "", "t", "tr", "TRACING",
  };
  CgSearchResult *previous = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    {
      for (guint mask = 0; mask <= CG_MATURITY_MASK_ALL; mask += 5)
        {
          g_autoptr(CgSearchResult) fresh = cg_search_run (bundled, typed[i], mask);
          g_autoptr(CgSearchResult) refined = cg_search_refine (bundled, previous, typed[i], mask);

          g_assert_cmpuint (fresh->positions->len, ==, refined->positions->len);
          g_assert_cmpmem (fresh->positions->data, fresh->positions->len * sizeof (guint),
                           refined->positions->data, refined->positions->len * sizeof (guint));
          g_assert_cmpmem (fresh->counts, sizeof fresh->counts,
                           refined->counts, sizeof refined->counts);
        }
      g_clear_pointer (&previous, cg_search_result_free);
      previous = cg_search_run (bundled, typed[i], 0);
    }
  g_clear_pointer (&previous, cg_search_result_free);
}

static void
test_suggest (void)
{
  g_autofree char *a = cg_search_suggest (bundled, "kubernets");
  g_autofree char *b = cg_search_suggest (bundled, "Promethues");
  g_autofree char *c = cg_search_suggest (bundled, "zzzzzzzzzz");
  g_autofree char *d = cg_search_suggest (bundled, "ab");

  g_assert_cmpstr (a, ==, "Kubernetes");
  g_assert_cmpstr (b, ==, "Prometheus");
  g_assert_null (c);
  g_assert_null (d);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  g_test_init (&argc, &argv, NULL);

  bundled = cg_catalog_new_bundled (&error);
  g_assert_no_error (error);

  g_test_add_func ("/search/mesh", test_mesh);
  g_test_add_func ("/search/case-folding", test_case_folding);
  g_test_add_func ("/search/prefix-ranks-first", test_prefix_ranks_first);
  g_test_add_func ("/search/established-first", test_established_first);
  g_test_add_func ("/search/accents", test_accents);
  g_test_add_func ("/search/and", test_and);
  g_test_add_func ("/search/word-start-only", test_word_start_only);
  g_test_add_func ("/search/empty-query", test_empty_query);
  g_test_add_func ("/search/maturity", test_maturity_mask_and_counts);
  g_test_add_func ("/search/rank-order", test_rank_order);
  g_test_add_func ("/search/archived-last", test_archived_last);
  g_test_add_func ("/search/hostile-queries", test_hostile_queries);
  g_test_add_func ("/search/suggest", test_suggest);
  g_test_add_func ("/search/refine", test_refine);

  ret = g_test_run ();
  g_clear_object (&bundled);
  return ret;
}
