/* cg-landscape.h
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cg-catalog.h"

G_BEGIN_DECLS

#define CG_LANDSCAPE_ERROR (cg_landscape_error_quark ())

typedef enum
{
  CG_LANDSCAPE_ERROR_NOT_A_CATALOG,
  CG_LANDSCAPE_ERROR_INCOMPLETE,
} CgLandscapeError;

/* Fields whose known values an import kept (CgImportStats.kept_fields) */
typedef enum
{
  CG_IMPORT_FIELD_CHAT          = 1 << 0,
  CG_IMPORT_FIELD_MAILING_LISTS = 1 << 1,
  CG_IMPORT_FIELD_REPOSITORY    = 1 << 2,
  CG_IMPORT_FIELD_HOMEPAGE      = 1 << 3,
  CG_IMPORT_FIELD_DATES         = 1 << 4,
  CG_IMPORT_FIELD_CATEGORY      = 1 << 5,
  CG_IMPORT_FIELD_ALL           = (1 << 6) - 1,
} CgImportField;

typedef struct
{
  guint n_projects;   /* in the new catalog */
  guint n_new;        /* not in the base catalog */
  guint n_skipped;    /* items that broke a rule */
  guint n_merged;     /* duplicate items merged into another of the same project */
  guint n_renamed;    /* known projects found under a new name (they keep their id) */
  guint kept_fields;  /* CgImportField: fields the download no longer carries, kept */
} CgImportStats;

GQuark  cg_landscape_error_quark (void);

char   *cg_landscape_slugify     (const char     *name);
char   *cg_import_stats_describe_kept (const CgImportStats *stats);
GBytes *cg_landscape_import      (GBytes         *api_json,
                                  CgCatalog      *base,
                                  const char     *date,
                                  CgImportStats  *stats,
                                  GError        **error);

G_END_DECLS
