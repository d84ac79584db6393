/* cg-search-order.c: the list orders and the language filter
 *
 * Shared by the window, the command line and the Shell search provider
 * through cg_search_run_with(). In every order an archived project comes
 * after every active one: it takes no contributions.
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cg-search"

#include "config.h"

#include <string.h>

#include "cg-project-private.h"
#include "cg-search-private.h"

G_DEFINE_ENUM_TYPE (CgSortOrder, cg_sort_order,
  G_DEFINE_ENUM_VALUE (CG_SORT_RELEVANCE, "relevance"),
  G_DEFINE_ENUM_VALUE (CG_SORT_NAME, "name"),
  G_DEFINE_ENUM_VALUE (CG_SORT_ACTIVITY, "activity"),
  G_DEFINE_ENUM_VALUE (CG_SORT_NEWEST, "newest"))

static const char * const sort_ids[] = { "relevance", "name", "activity", "newest" };

/**
 * cg_sort_order_from_string:
 * @str: "relevance", "name", "activity" or "newest"
 *
 * Returns: whether @str names an order
 */
gboolean
cg_sort_order_from_string (const char  *str,
                           CgSortOrder *out)
{
  for (guint i = 0; i < G_N_ELEMENTS (sort_ids); i++)
    if (g_strcmp0 (str, sort_ids[i]) == 0)
      {
        *out = (CgSortOrder) i;
        return TRUE;
      }
  return FALSE;
}

const char *
cg_sort_order_to_string (CgSortOrder order)
{
  g_return_val_if_fail (order < G_N_ELEMENTS (sort_ids), NULL);
  return sort_ids[order];
}

static void
clear_language_count (gpointer data)
{
  g_free (((CgLanguageCount *) data)->name);
}

static int
compare_counts (gconstpointer a,
                gconstpointer b)
{
  const CgLanguageCount *ca = a, *cb = b;

  if (ca->count != cb->count)
    return ca->count > cb->count ? -1 : 1;
  return strcmp (ca->name, cb->name);
}

/**
 * cg_catalog_get_top_languages:
 *
 * The entries of the language filter: the %CG_CATALOG_TOP_LANGUAGES
 * primary languages that most projects of @self use, most first (ties by
 * name), each with its number of projects, then %CG_LANGUAGE_OTHER with the
 * number of the remaining projects (another language, or none known), when
 * there are any.
 *
 * Returns: (transfer full) (element-type CgLanguageCount): the entries
 */
GArray *
cg_catalog_get_top_languages (CgCatalog *self)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  GArray *out = g_array_new (FALSE, FALSE, sizeof (CgLanguageCount));
  GHashTableIter iter;
  gpointer key, value;
  guint n = cg_catalog_get_n_projects (self), listed = 0;

  g_array_set_clear_func (out, clear_language_count);
  for (guint i = 0; i < n; i++)
    {
      const char *language = cg_catalog_get_project (self, i)->language;

      if (language != NULL)
        g_hash_table_insert (counts, (gpointer) language,
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (
                               g_hash_table_lookup (counts, language)) + 1));
    }

  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      CgLanguageCount entry = { g_strdup (key), GPOINTER_TO_UINT (value) };
      g_array_append_val (out, entry);
    }
  g_array_sort (out, compare_counts);
  if (out->len > CG_CATALOG_TOP_LANGUAGES)
    g_array_set_size (out, CG_CATALOG_TOP_LANGUAGES);

  for (guint i = 0; i < out->len; i++)
    listed += g_array_index (out, CgLanguageCount, i).count;
  if (listed < n)
    {
      CgLanguageCount other = { g_strdup (CG_LANGUAGE_OTHER), n - listed };
      g_array_append_val (out, other);
    }

  return out;
}

/**
 * _cg_search_language_filter_new:
 * @language: (nullable): a language, %CG_LANGUAGE_OTHER, or %NULL for all
 *
 * Returns: (transfer full) (nullable): for %CG_LANGUAGE_OTHER, the set of
 *   top languages a project must not have; %NULL otherwise
 */
GHashTable *
_cg_search_language_filter_new (CgCatalog  *catalog,
                                const char *language)
{
  g_autoptr(GArray) top = NULL;
  GHashTable *set;

  if (g_strcmp0 (language, CG_LANGUAGE_OTHER) != 0)
    return NULL;

  top = cg_catalog_get_top_languages (catalog);
  set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < top->len; i++)
    {
      CgLanguageCount *entry = &g_array_index (top, CgLanguageCount, i);

      if (!g_str_equal (entry->name, CG_LANGUAGE_OTHER))
        g_hash_table_add (set, g_strdup (entry->name));
    }
  return set;
}

/**
 * _cg_search_language_matches:
 * @project_language: (nullable): a project's primary language
 * @top: what _cg_search_language_filter_new() made for @language
 *
 * Returns: whether a project of @project_language passes the language
 *   filter
 */
gboolean
_cg_search_language_matches (const char *project_language,
                             const char *language,
                             GHashTable *top)
{
  if (language == NULL)
    return TRUE;
  if (top != NULL)
    return project_language == NULL || !g_hash_table_contains (top, project_language);
  return g_strcmp0 (project_language, language) == 0;
}

typedef struct
{
  CgCatalog   *catalog;
  CgSortOrder  order;
} SortContext;

static int
compare_by_name (CgProject *a,
                 CgProject *b)
{
  int cmp = strcmp (a->sort_key, b->sort_key);

  return cmp != 0 ? cmp : strcmp (a->id, b->id);
}

static int
compare_positions (gconstpointer pa,
                   gconstpointer pb,
                   gpointer      data)
{
  const SortContext *context = data;
  CgProject *a = cg_catalog_get_project (context->catalog, *(const guint *) pa);
  CgProject *b = cg_catalog_get_project (context->catalog, *(const guint *) pb);
  gboolean a_archived = a->maturity == CG_MATURITY_ARCHIVED;
  gboolean b_archived = b->maturity == CG_MATURITY_ARCHIVED;

  if (a_archived != b_archived)
    return a_archived ? 1 : -1;

  switch (context->order)
    {
    case CG_SORT_ACTIVITY:
      if (a->has_activity != b->has_activity)
        return a->has_activity ? -1 : 1;
      if (a->commits != b->commits)
        return a->commits > b->commits ? -1 : 1;
      break;
    case CG_SORT_NEWEST:
      if ((a->date_accepted == NULL) != (b->date_accepted == NULL))
        return a->date_accepted != NULL ? -1 : 1;
      if (a->date_accepted != NULL)
        {
          int cmp = strcmp (b->date_accepted, a->date_accepted);

          if (cmp != 0)
            return cmp;
        }
      break;
    case CG_SORT_NAME:
    case CG_SORT_RELEVANCE:
    default:
      break;
    }

  return compare_by_name (a, b);
}

/**
 * _cg_search_sort:
 * @positions: (element-type guint): catalog positions, in relevance order
 *
 * Puts @positions in @order. Relevance order is already made by the rank
 * buckets; every other order is a stable sort with archived projects last.
 */
void
_cg_search_sort (CgCatalog  *catalog,
                 GArray     *positions,
                 CgSortOrder order)
{
  SortContext context = { catalog, order };

  if (order != CG_SORT_RELEVANCE)
    g_array_sort_with_data (positions, compare_positions, &context);
}
