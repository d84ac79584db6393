/* cg-catalog.h
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cg-project.h"
#include "cg-section.h"

G_BEGIN_DECLS

#define CG_CATALOG_SCHEMA_VERSION 1
#define CG_CATALOG_MAX_PROJECTS 200000

#define CG_CATALOG_ERROR (cg_catalog_error_quark ())

typedef enum
{
  CG_CATALOG_ERROR_INVALID,
  CG_CATALOG_ERROR_NEEDS_NEWER_APP,
  CG_CATALOG_ERROR_READ,
} CgCatalogError;

GQuark cg_catalog_error_quark (void);

/* The language filter: how many languages it lists, and its last entry */
#define CG_CATALOG_TOP_LANGUAGES 8
#define CG_LANGUAGE_OTHER "other"

typedef struct
{
  char  *name;   /* a language, or CG_LANGUAGE_OTHER */
  guint  count;  /* projects */
} CgLanguageCount;

#define CG_TYPE_CATALOG (cg_catalog_get_type ())

G_DECLARE_FINAL_TYPE (CgCatalog, cg_catalog, CG, CATALOG, GObject)

CgCatalog  *cg_catalog_new_from_bytes     (GBytes        *bytes,
                                           GError       **error);
CgCatalog  *cg_catalog_new_from_file      (GFile         *file,
                                           GCancellable  *cancellable,
                                           GError       **error);
CgCatalog  *cg_catalog_new_bundled        (GError       **error);

guint       cg_catalog_get_schema_version (CgCatalog     *self);
const char *cg_catalog_get_date           (CgCatalog     *self);
guint       cg_catalog_get_n_projects     (CgCatalog     *self);
CgProject  *cg_catalog_get_project        (CgCatalog     *self,
                                           guint          position);
CgProject  *cg_catalog_lookup             (CgCatalog     *self,
                                           const char    *id);
GPtrArray  *cg_catalog_get_sources        (CgCatalog     *self);
GPtrArray  *cg_catalog_get_maturity_levels (CgCatalog    *self);
CgSection  *cg_catalog_get_maturity_level (CgCatalog     *self,
                                           CgMaturity     maturity);
GPtrArray  *cg_catalog_get_community      (CgCatalog     *self);
GBytes     *cg_catalog_to_bytes           (CgCatalog     *self);
int         cg_catalog_get_age_days       (CgCatalog     *self,
                                           GDateTime     *now);
GArray     *cg_catalog_get_top_languages  (CgCatalog     *self);

G_END_DECLS
