/* cg-cache.h
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cg-catalog.h"

G_BEGIN_DECLS

#define CG_CACHE_ERROR (cg_cache_error_quark ())

typedef enum
{
  CG_CACHE_ERROR_DAMAGED,
  CG_CACHE_ERROR_UNSAFE,
  CG_CACHE_ERROR_WRITE,
} CgCacheError;

GQuark cg_cache_error_quark (void);

#define CG_TYPE_CACHE (cg_cache_get_type ())

G_DECLARE_FINAL_TYPE (CgCache, cg_cache, CG, CACHE, GObject)

CgCache    *cg_cache_new              (const char  *directory);
CgCache    *cg_cache_new_default      (void);
void        cg_cache_set_read_only    (CgCache     *self,
                                       gboolean     read_only);
const char *cg_cache_get_directory    (CgCache     *self);
char       *cg_cache_get_catalog_path (CgCache     *self);
gboolean    cg_cache_load             (CgCache     *self,
                                       CgCatalog  **catalog,
                                       GError     **error);
guint       cg_cache_sweep            (CgCache     *self);
char       *cg_cache_get_etag         (CgCache     *self,
                                       const char  *source_url);
char       *cg_cache_get_source       (CgCache     *self);
gboolean    cg_cache_store            (CgCache     *self,
                                       GBytes      *catalog_json,
                                       const char  *etag,
                                       const char  *source_url,
                                       GError     **error);
CgCatalog  *cg_cache_choose_catalog   (CgCache     *self,
                                       CgCatalog   *bundled,
                                       GError     **warning);

G_END_DECLS
