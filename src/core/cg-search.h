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
 * @counts: matches of the query at each maturity, whatever the mask
 */
typedef struct
{
  GArray *positions;
  guint   counts[CG_N_MATURITIES];

  /*< private >*/
  GArray *matches;   /* every match, whatever the mask, in catalog order */
  char   *joined;    /* the folded query */
} CgSearchResult;

#define CG_SEARCH_MAX_QUERY 1024

GStrv           cg_search_fold_words      (const char *text);
void            cg_search_prepare_project (CgProject  *project);
gboolean        cg_search_match           (CgProject  *project,
                                           GStrv       tokens,
                                           const char *joined,
                                           CgSearchRank *rank);
CgSearchResult *cg_search_run             (CgCatalog  *catalog,
                                           const char *query,
                                           guint       maturity_mask);
CgSearchResult *cg_search_refine          (CgCatalog      *catalog,
                                           CgSearchResult *previous,
                                           const char     *query,
                                           guint           maturity_mask);
void            cg_search_result_free     (CgSearchResult *result);
char           *cg_search_suggest         (CgCatalog  *catalog,
                                           const char *query);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CgSearchResult, cg_search_result_free)

G_END_DECLS
