/* cg-refresh.h
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cg-cache.h"
#include "cg-download.h"
#include "cg-landscape.h"

G_BEGIN_DECLS

#define CG_REFRESH_DEFAULT_URL "https://landscape.cncf.io/api/projects/all.json"
#define CG_REFRESH_DEFAULT_DEADLINE 30
#define CG_REFRESH_MAX_SIZE (16 * 1024 * 1024)

#define CG_REFRESH_ERROR (cg_refresh_error_quark ())

typedef enum
{
  CG_REFRESH_ERROR_BUSY,
  CG_REFRESH_ERROR_BAD_SOURCE,
  CG_REFRESH_ERROR_OFFLINE,
  CG_REFRESH_ERROR_UNREACHABLE,
  CG_REFRESH_ERROR_TIMEOUT,
  CG_REFRESH_ERROR_TLS,
  CG_REFRESH_ERROR_HTTP_STATUS,
  CG_REFRESH_ERROR_REDIRECT,
  CG_REFRESH_ERROR_NOT_A_CATALOG,
  CG_REFRESH_ERROR_INCOMPLETE,
  CG_REFRESH_ERROR_TOO_LARGE,
  CG_REFRESH_ERROR_TRUNCATED,
} CgRefreshError;

GQuark cg_refresh_error_quark (void);

/**
 * CgRefreshResult:
 * @updated: %FALSE when the server said the cached catalog is current
 * @catalog: (nullable): the new catalog, when @updated
 * @stats: what the import took and skipped
 * @warning: (nullable): a problem that did not stop the refresh, such as
 *   a cache that could not be written (the new catalog is still shown)
 */
typedef struct
{
  gboolean       updated;
  CgCatalog     *catalog;
  CgImportStats  stats;
  char          *warning;
} CgRefreshResult;

void cg_refresh_result_free (CgRefreshResult *result);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CgRefreshResult, cg_refresh_result_free)

#define CG_TYPE_REFRESH (cg_refresh_get_type ())

G_DECLARE_FINAL_TYPE (CgRefresh, cg_refresh, CG, REFRESH, GObject)

CgRefresh       *cg_refresh_new            (CgCache              *cache,
                                            CgCatalog            *base);
void             cg_refresh_set_source_url (CgRefresh            *self,
                                            const char           *url);
void             cg_refresh_set_tls_database (CgRefresh          *self,
                                            GTlsDatabase         *database);
void             cg_refresh_set_deadline   (CgRefresh            *self,
                                            guint                 seconds);
gboolean         cg_refresh_is_running     (CgRefresh            *self);
void             cg_refresh_run_async      (CgRefresh            *self,
                                            GCancellable         *cancellable,
                                            GAsyncReadyCallback   callback,
                                            gpointer              user_data);
CgRefreshResult *cg_refresh_run_finish     (CgRefresh            *self,
                                            GAsyncResult         *result,
                                            GError              **error);
guint            cg_catalog_count_new      (CgCatalog            *catalog,
                                            CgCatalog            *before);

G_END_DECLS
