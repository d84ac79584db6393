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

typedef struct
{
  guint n_projects;   /* in the new catalog */
  guint n_new;        /* not in the base catalog */
  guint n_skipped;    /* items that broke a rule */
} CgImportStats;

GQuark  cg_landscape_error_quark (void);

char   *cg_landscape_slugify     (const char     *name);
GBytes *cg_landscape_import      (GBytes         *api_json,
                                  CgCatalog      *base,
                                  const char     *date,
                                  CgImportStats  *stats,
                                  GError        **error);

G_END_DECLS
