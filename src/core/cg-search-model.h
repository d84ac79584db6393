/* cg-search-model.h
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cg-search.h"
#include "cg-shortlist.h"

G_BEGIN_DECLS

#define CG_TYPE_SEARCH_MODEL (cg_search_model_get_type ())

G_DECLARE_FINAL_TYPE (CgSearchModel, cg_search_model, CG, SEARCH_MODEL, GObject)

CgSearchModel *cg_search_model_new               (CgCatalog     *catalog);
CgCatalog     *cg_search_model_get_catalog       (CgSearchModel *self);
void           cg_search_model_set_catalog       (CgSearchModel *self,
                                                  CgCatalog     *catalog);
const char    *cg_search_model_get_query         (CgSearchModel *self);
void           cg_search_model_set_query         (CgSearchModel *self,
                                                  const char    *query);
guint          cg_search_model_get_maturity_mask (CgSearchModel *self);
void           cg_search_model_set_maturity_mask (CgSearchModel *self,
                                                  guint          mask);
const char    *cg_search_model_get_language      (CgSearchModel *self);
void           cg_search_model_set_language      (CgSearchModel *self,
                                                  const char    *language);
CgSortOrder    cg_search_model_get_sort          (CgSearchModel *self);
void           cg_search_model_set_sort          (CgSearchModel *self,
                                                  CgSortOrder    sort);
guint          cg_search_model_get_count         (CgSearchModel *self,
                                                  CgMaturity     maturity);
guint          cg_search_model_find              (CgSearchModel *self,
                                                  CgProject     *project);
void           cg_search_model_set_shortlist     (CgSearchModel *self,
                                                  CgShortlist   *shortlist);
void           cg_search_model_set_starred_only  (CgSearchModel *self,
                                                  gboolean       starred_only);
gboolean       cg_search_model_get_starred_only  (CgSearchModel *self);
guint          cg_search_model_get_n_starred     (CgSearchModel *self);

G_END_DECLS
