/* cg-search-private.h: what cg-search.c and cg-search-order.c share
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cg-search.h"

G_BEGIN_DECLS

GHashTable *_cg_search_language_filter_new (CgCatalog   *catalog,
                                            const char  *language);
gboolean    _cg_search_language_matches    (const char  *project_language,
                                            const char  *language,
                                            GHashTable  *top);
void        _cg_search_sort                (CgCatalog   *catalog,
                                            GArray      *positions,
                                            CgSortOrder  order);

G_END_DECLS
