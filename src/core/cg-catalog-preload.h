/* cg-catalog-preload.h
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cg-cache.h"
#include "cg-catalog.h"

G_BEGIN_DECLS

typedef struct _CgCatalogPreload CgCatalogPreload;

CgCatalogPreload *cg_catalog_preload_start  (void);
gboolean          cg_catalog_preload_finish (CgCatalogPreload  *preload,
                                             CgCatalog        **bundled,
                                             CgCache          **cache,
                                             CgCatalog        **shown,
                                             char             **warning,
                                             GError           **error);
void              cg_catalog_preload_free   (CgCatalogPreload  *preload);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CgCatalogPreload, cg_catalog_preload_free)

G_END_DECLS
