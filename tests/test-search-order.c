/* test-search-order.c: language search and filter, aliases, list orders
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cg-search-model.h"

static CgCatalog *bundled;

/* A catalog made to tell the orders apart */
static const char order_catalog[] =
  "{\"schema_version\":1,\"catalog_date\":\"2026-11-28\",\"projects\":["
  "{\"id\":\"old-busy\",\"name\":\"Old Busy\",\"maturity\":\"archived\",\"language\":\"Go\","
  "\"dates\":{\"accepted\":\"2026-01-01\"},"
  "\"activity\":{\"commits\":9000,\"authors\":10,\"window\":[\"2025-09-01\",\"2026-08-31\"]}},"
  "{\"id\":\"quiet\",\"name\":\"Quiet\",\"maturity\":\"graduated\",\"language\":\"Go\","
  "\"dates\":{\"accepted\":\"2016-01-01\"},"
  "\"activity\":{\"commits\":3,\"authors\":1,\"window\":[\"2025-09-01\",\"2026-08-31\"]}},"
  "{\"id\":\"busy\",\"name\":\"Busy\",\"maturity\":\"sandbox\",\"language\":\"Rust\","
  "\"dates\":{\"accepted\":\"2024-05-01\"},"
  "\"activity\":{\"commits\":500,\"authors\":40,\"window\":[\"2025-09-01\",\"2026-08-31\"]}},"
  "{\"id\":\"unknown\",\"name\":\"Anon\",\"maturity\":\"incubating\"},"
  "{\"id\":\"kube\",\"name\":\"Kube Thing\",\"maturity\":\"sandbox\",\"language\":\"Go\","
  "\"aliases\":[\"kt\",\"golang\"],\"dates\":{\"accepted\":\"2025-01-01\"},"
  "\"activity\":{\"commits\":80,\"authors\":8,\"window\":[\"2025-09-01\",\"2026-08-31\"]}},"
  "{\"id\":\"haskell\",\"name\":\"Lambda\",\"maturity\":\"sandbox\",\"language\":\"Haskell\","
  "\"summary\":\"kt is mentioned here\"}"
  "]}";

static CgCatalog *
order_catalog_new (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (order_catalog, sizeof order_catalog - 1);
  g_autoptr(GError) error = NULL;
  CgCatalog *catalog = cg_catalog_new_from_bytes (bytes, &error);

  g_assert_no_error (error);
  return catalog;
}

/* The ids, in order, NULL-terminated */
static GPtrArray *
ids_with (CgCatalog   *catalog,
          const char  *query,
          const char  *language,
          CgSortOrder  sort)
{
  CgSearchOptions options = { 0, language, sort };
  g_autoptr(CgSearchResult) result = cg_search_run_with (catalog, NULL, query, &options);
  GPtrArray *ids = g_ptr_array_new ();

  for (guint i = 0; i < result->positions->len; i++)
    g_ptr_array_add (ids, (gpointer) cg_project_get_id (
      cg_catalog_get_project (catalog, g_array_index (result->positions, guint, i))));
  g_ptr_array_add (ids, NULL);
  return ids;
}

#define assert_ids(ids, ...) \
  g_assert_cmpstrv ((const char * const *) (ids)->pdata, ((const char *[]) { __VA_ARGS__, NULL }))

static void
test_orders (void)
{
  g_autoptr(CgCatalog) catalog = order_catalog_new ();
  g_autoptr(GPtrArray) relevance = ids_with (catalog, NULL, NULL, CG_SORT_RELEVANCE);
  g_autoptr(GPtrArray) name = ids_with (catalog, NULL, NULL, CG_SORT_NAME);
  g_autoptr(GPtrArray) activity = ids_with (catalog, NULL, NULL, CG_SORT_ACTIVITY);
  g_autoptr(GPtrArray) newest = ids_with (catalog, NULL, NULL, CG_SORT_NEWEST);

  /* Without a query, relevance is maturity then name */
  assert_ids (relevance, "quiet", "unknown", "busy", "kube", "haskell", "old-busy");
  assert_ids (name, "unknown", "busy", "kube", "haskell", "quiet", "old-busy");
  /* Most commits first, unknown activity after, the archived one last
   * however busy it was */
  assert_ids (activity, "busy", "kube", "quiet", "unknown", "haskell", "old-busy");
  /* Latest accepted first, no date after, archived last */
  assert_ids (newest, "kube", "busy", "quiet", "unknown", "haskell", "old-busy");
}

static void
test_language_filter (void)
{
  g_autoptr(CgCatalog) catalog = order_catalog_new ();
  g_autoptr(GPtrArray) go = ids_with (catalog, NULL, "Go", CG_SORT_ACTIVITY);
  g_autoptr(GPtrArray) rust = ids_with (catalog, NULL, "Rust", CG_SORT_RELEVANCE);
  g_autoptr(GPtrArray) other = NULL;
  g_autoptr(GArray) top = cg_catalog_get_top_languages (catalog);
  CgLanguageCount *entry;

  assert_ids (go, "kube", "quiet", "old-busy");
  assert_ids (rust, "busy");

  /* Go 3, then Haskell and Rust by name, then no "other": nothing is left
   * but the project of no known language */
  g_assert_cmpuint (top->len, ==, 4);
  entry = &g_array_index (top, CgLanguageCount, 0);
  g_assert_cmpstr (entry->name, ==, "Go");
  g_assert_cmpuint (entry->count, ==, 3);
  g_assert_cmpstr (g_array_index (top, CgLanguageCount, 1).name, ==, "Haskell");
  g_assert_cmpstr (g_array_index (top, CgLanguageCount, 2).name, ==, "Rust");
  entry = &g_array_index (top, CgLanguageCount, 3);
  g_assert_cmpstr (entry->name, ==, CG_LANGUAGE_OTHER);
  g_assert_cmpuint (entry->count, ==, 1);
  other = ids_with (catalog, NULL, CG_LANGUAGE_OTHER, CG_SORT_RELEVANCE);
  assert_ids (other, "unknown");
}

static void
test_language_search_and_aliases (void)
{
  g_autoptr(CgCatalog) catalog = order_catalog_new ();
  g_autoptr(GPtrArray) rust = ids_with (catalog, "rust", NULL, CG_SORT_RELEVANCE);
  g_autoptr(GPtrArray) kt = ids_with (catalog, "kt", NULL, CG_SORT_RELEVANCE);
  g_autoptr(GPtrArray) golang = ids_with (catalog, "golang", NULL, CG_SORT_RELEVANCE);

  assert_ids (rust, "busy");
  /* An alias ranks as the name: above a summary that mentions it */
  assert_ids (kt, "kube", "haskell");
  assert_ids (golang, "kube");
}

static gboolean
has (GPtrArray  *ids,
     const char *id)
{
  return g_strv_contains ((const char * const *) ids->pdata, id);
}

static void
test_bundled (void)
{
  g_autoptr(GPtrArray) go = ids_with (bundled, "go", NULL, CG_SORT_RELEVANCE);
  g_autoptr(GPtrArray) rust = ids_with (bundled, "rust", NULL, CG_SORT_RELEVANCE);
  g_autoptr(GPtrArray) k8s = ids_with (bundled, "k8s", NULL, CG_SORT_RELEVANCE);
  g_autoptr(GPtrArray) otel = ids_with (bundled, "otel", NULL, CG_SORT_RELEVANCE);
  g_autoptr(GPtrArray) opa = ids_with (bundled, "opa", NULL, CG_SORT_RELEVANCE);
  g_autoptr(GPtrArray) tf = ids_with (bundled, "tf", NULL, CG_SORT_RELEVANCE);
  g_autoptr(GPtrArray) terraform = ids_with (bundled, "terraform", NULL, CG_SORT_RELEVANCE);
  g_autoptr(GPtrArray) golang = ids_with (bundled, "golang", NULL, CG_SORT_RELEVANCE);
  g_autoptr(GPtrArray) go_filter = ids_with (bundled, NULL, "Go", CG_SORT_RELEVANCE);
  g_autoptr(GArray) top = cg_catalog_get_top_languages (bundled);
  guint total = 0;

  /* Language is searchable */
  g_assert_true (has (go, "dex"));
  g_assert_true (has (rust, "tikv"));
  g_assert_false (has (rust, "dex"));
  g_assert_cmpuint (go->len - 1, >, 150);

  /* Aliases match at name rank */
  g_assert_cmpstr (k8s->pdata[0], ==, "kubernetes");
  g_assert_cmpstr (otel->pdata[0], ==, "opentelemetry");
  g_assert_cmpstr (opa->pdata[0], ==, "open-policy-agent");
  g_assert_cmpstr (tf->pdata[0], ==, "opentofu");
  g_assert_cmpstr (terraform->pdata[0], ==, "opentofu");
  /* golang finds every Go project */
  g_assert_cmpuint (golang->len, ==, go_filter->len);

  /* The drop-down: Go first, at most 8 languages then "other", all counted */
  g_assert_cmpstr (g_array_index (top, CgLanguageCount, 0).name, ==, "Go");
  g_assert_cmpuint (top->len, <=, CG_CATALOG_TOP_LANGUAGES + 1);
  g_assert_cmpstr (g_array_index (top, CgLanguageCount, top->len - 1).name, ==,
                   CG_LANGUAGE_OTHER);
  for (guint i = 0; i < top->len; i++)
    total += g_array_index (top, CgLanguageCount, i).count;
  g_assert_cmpuint (total, ==, cg_catalog_get_n_projects (bundled));
}

/* The window's model: chips, language and search combine; its order is
 * the one cg_search_run_with() gives the command line */
static void
test_model (void)
{
  g_autoptr(CgSearchModel) model = cg_search_model_new (bundled);
  CgSearchOptions options = { 1u << CG_MATURITY_SANDBOX, "Go", CG_SORT_ACTIVITY };
  g_autoptr(CgSearchResult) expected = NULL;
  guint all_go;

  cg_search_model_set_language (model, "Go");
  all_go = g_list_model_get_n_items (G_LIST_MODEL (model));
  g_assert_cmpuint (all_go, >, 150);
  cg_search_model_set_maturity_mask (model, 1u << CG_MATURITY_SANDBOX);
  cg_search_model_set_sort (model, CG_SORT_ACTIVITY);
  cg_search_model_set_query (model, "secu");
  g_assert_cmpint (cg_search_model_get_sort (model), ==, CG_SORT_ACTIVITY);
  g_assert_cmpstr (cg_search_model_get_language (model), ==, "Go");

  expected = cg_search_run_with (bundled, NULL, "secu", &options);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==,
                    expected->positions->len);
  g_assert_cmpuint (expected->positions->len, >, 2);
  for (guint i = 0; i < expected->positions->len; i++)
    {
      g_autoptr(CgProject) shown = g_list_model_get_item (G_LIST_MODEL (model), i);

      g_assert_true (shown == cg_catalog_get_project (
        bundled, g_array_index (expected->positions, guint, i)));
      g_assert_cmpstr (cg_project_get_language (shown), ==, "Go");
      g_assert_cmpint (cg_project_get_maturity (shown), ==, CG_MATURITY_SANDBOX);
    }
  /* The chips count what the query and the language let through */
  g_assert_cmpuint (cg_search_model_get_count (model, CG_MATURITY_SANDBOX), ==,
                    expected->positions->len);

  /* Widening the language after narrowing the query starts afresh */
  cg_search_model_set_language (model, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), >=,
                    expected->positions->len);
  cg_search_model_set_query (model, NULL);
  cg_search_model_set_maturity_mask (model, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==,
                    cg_catalog_get_n_projects (bundled));
}

/* In every order, no archived project above an active one */
static void
test_archived_last (void)
{
  static const char * const queries[] = { "mesh", "flux", "tracing", "open", NULL };

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    for (CgSortOrder sort = CG_SORT_RELEVANCE; sort <= CG_SORT_NEWEST; sort++)
      {
        CgSearchOptions options = { 0, NULL, sort };
        g_autoptr(CgSearchResult) result = cg_search_run_with (bundled, NULL, queries[q],
                                                               &options);
        gboolean archived_seen = FALSE;

        for (guint i = 0; i < result->positions->len; i++)
          {
            CgProject *p = cg_catalog_get_project (bundled,
                                                   g_array_index (result->positions, guint, i));
            gboolean archived = cg_project_get_maturity (p) == CG_MATURITY_ARCHIVED;

            if (archived_seen && !archived)
              g_error ("%s, sort %d: %s after an archived project", queries[q], sort,
                       cg_project_get_id (p));
            archived_seen |= archived;
          }
      }
}

static void
test_sort_names (void)
{
  CgSortOrder order;

  for (CgSortOrder sort = CG_SORT_RELEVANCE; sort <= CG_SORT_NEWEST; sort++)
    {
      g_assert_true (cg_sort_order_from_string (cg_sort_order_to_string (sort), &order));
      g_assert_cmpint (order, ==, sort);
    }
  g_assert_false (cg_sort_order_from_string ("stars", &order));
  g_assert_false (cg_sort_order_from_string (NULL, &order));
}

/* Starred (preferred) projects first among equally good matches only:
 * not above a better rank, and an archived one not above active ones */
static void
test_preferred_first (void)
{
  g_autoptr(GHashTable) starred = g_hash_table_new (g_str_hash, g_str_equal);
  const char *archived = NULL;
  CgSearchOptions options = { 0, NULL, CG_SORT_RELEVANCE, starred };

  for (guint i = 0; i < cg_catalog_get_n_projects (bundled) && archived == NULL; i++)
    if (cg_project_get_maturity (cg_catalog_get_project (bundled, i)) == CG_MATURITY_ARCHIVED)
      archived = cg_project_get_id (cg_catalog_get_project (bundled, i));
  g_hash_table_add (starred, (gpointer) "kubeflow");
  g_hash_table_add (starred, (gpointer) archived);

  {
    g_autoptr(GPtrArray) plain = ids_with (bundled, "kube", NULL, CG_SORT_RELEVANCE);
    g_autoptr(CgSearchResult) result = cg_search_run_with (bundled, NULL, "kube", &options);
    const char *first = cg_project_get_id (
      cg_catalog_get_project (bundled, g_array_index (result->positions, guint, 0)));
    const char *second = cg_project_get_id (
      cg_catalog_get_project (bundled, g_array_index (result->positions, guint, 1)));

    /* KubeEdge (accepted first) before Kubeflow without a star */
    g_assert_cmpstr (plain->pdata[1], ==, "kubeedge");
    /* The exact alias match stays first; the starred prefix match leads
     * the prefix matches */
    g_assert_cmpstr (first, ==, "kubernetes");
    g_assert_cmpstr (second, ==, "kubeflow");
    g_assert_cmpuint (result->positions->len, ==, plain->len - 1);
  }
  {
    g_autoptr(CgSearchResult) result = cg_search_run_with (bundled, NULL, "a", &options);
    gboolean seen_archived = FALSE;

    for (guint i = 0; i < result->positions->len; i++)
      {
        CgProject *p = cg_catalog_get_project (bundled, g_array_index (result->positions, guint, i));

        if (cg_project_get_maturity (p) == CG_MATURITY_ARCHIVED)
          seen_archived = TRUE;
        else
          g_assert_false (seen_archived);
      }
  }
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

  g_test_add_func ("/search-order/orders", test_orders);
  g_test_add_func ("/search-order/language-filter", test_language_filter);
  g_test_add_func ("/search-order/language-search-and-aliases", test_language_search_and_aliases);
  g_test_add_func ("/search-order/bundled", test_bundled);
  g_test_add_func ("/search-order/model", test_model);
  g_test_add_func ("/search-order/archived-last", test_archived_last);
  g_test_add_func ("/search-order/sort-names", test_sort_names);
  g_test_add_func ("/search-order/preferred-first", test_preferred_first);

  ret = g_test_run ();
  g_object_unref (bundled);
  return ret;
}
