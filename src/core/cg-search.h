/* cg-search.h
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cg-catalog.h"

G_BEGIN_DECLS

/* How a project matched a query, best first. */
typedef enum
{
  CG_SEARCH_RANK_EXACT_NAME,
  CG_SEARCH_RANK_NAME_PREFIX,
  CG_SEARCH_RANK_NAME_WORD,
  CG_SEARCH_RANK_FOCUS,
  CG_SEARCH_RANK_TEXT,
  CG_SEARCH_N_RANKS,
} CgSearchRank;

/**
 * CgSearchResult:
 * @positions: (element-type guint): catalog positions of the matching
 *   projects that the maturity mask lets through, best first
 * @counts: matches of the query (and language) at each maturity, whatever
 *   the mask
 */
typedef struct
{
  GArray *positions;
  guint   counts[CG_N_MATURITIES];

  /*< private >*/
  GArray *matches;   /* every match, whatever the mask, in catalog order */
  char   *joined;    /* the folded query */
  char   *language;  /* the language filter it was made with */
} CgSearchResult;

#define CG_SEARCH_MAX_QUERY 1024

/* The orders of the project list */
typedef enum
{
  CG_SORT_RELEVANCE,  /* search rank, then maturity, then name */
  CG_SORT_NAME,
  CG_SORT_ACTIVITY,   /* most commits in the activity window first */
  CG_SORT_NEWEST,     /* latest accepted into the CNCF first */
} CgSortOrder;

#define CG_TYPE_SORT_ORDER (cg_sort_order_get_type ())
GType        cg_sort_order_get_type    (void) G_GNUC_CONST;
gboolean     cg_sort_order_from_string (const char  *str,
                                        CgSortOrder *out);
const char  *cg_sort_order_to_string   (CgSortOrder  order);

/**
 * CgSearchOptions:
 * @maturity_mask: one bit per #CgMaturity; 0 means all
 * @language: (nullable): a primary language ("Go"), %CG_LANGUAGE_OTHER
 *   for those outside cg_catalog_get_top_languages(), or %NULL for all
 * @sort: the order; archived projects come last in every one
 * @preferred: (nullable) (element-type utf8 utf8): ids (a set) that rank
 *   first among equally good matches: the starred projects
 */
typedef struct
{
  guint        maturity_mask;
  const char  *language;
  CgSortOrder  sort;
  GHashTable  *preferred;
} CgSearchOptions;

GStrv           cg_search_fold_words      (const char *text);
void            cg_search_prepare_project (CgProject  *project);
CgSearchResult *cg_search_run             (CgCatalog  *catalog,
                                           const char *query,
                                           guint       maturity_mask);
CgSearchResult *cg_search_refine          (CgCatalog      *catalog,
                                           CgSearchResult *previous,
                                           const char     *query,
                                           guint           maturity_mask);
CgSearchResult *cg_search_run_with        (CgCatalog             *catalog,
                                           CgSearchResult        *previous,
                                           const char            *query,
                                           const CgSearchOptions *options);
void            cg_search_result_free     (CgSearchResult *result);
char           *cg_search_suggest         (CgCatalog  *catalog,
                                           const char *query);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CgSearchResult, cg_search_result_free)

G_END_DECLS
