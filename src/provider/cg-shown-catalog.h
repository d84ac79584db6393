/* cg-shown-catalog.h
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cg-cache.h"
#include "cg-catalog.h"

G_BEGIN_DECLS

#define CG_TYPE_SHOWN_CATALOG (cg_shown_catalog_get_type ())

G_DECLARE_FINAL_TYPE (CgShownCatalog, cg_shown_catalog, CG, SHOWN_CATALOG, GObject)

CgShownCatalog *cg_shown_catalog_new    (CgCache        *cache,
                                         GError        **error);
CgCatalog      *cg_shown_catalog_get    (CgShownCatalog *self);
GHashTable     *cg_shown_catalog_get_starred (CgShownCatalog *self);
CgProject      *cg_shown_catalog_lookup (CgShownCatalog *self,
                                         const char     *id,
                                         gboolean       *former);

G_END_DECLS
