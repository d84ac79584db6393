/* cg-search-provider.h
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _CgApplication CgApplication;

#define CG_SEARCH_PROVIDER_PATH_SUFFIX "/SearchProvider"
#define CG_SEARCH_PROVIDER_MAX_RESULTS 5

#define CG_TYPE_SEARCH_PROVIDER (cg_search_provider_get_type ())

G_DECLARE_FINAL_TYPE (CgSearchProvider, cg_search_provider, CG, SEARCH_PROVIDER, GObject)

CgSearchProvider *cg_search_provider_new        (CgApplication     *application);
gboolean          cg_search_provider_register   (CgSearchProvider  *self,
                                                 GDBusConnection   *connection,
                                                 const char        *app_object_path,
                                                 GError           **error);
void              cg_search_provider_unregister (CgSearchProvider  *self);

G_END_DECLS
