/* cg-search-provider.h
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Where GNOME Shell finds the provider (see the .search-provider.ini) */
#define CG_SEARCH_PROVIDER_BUS_NAME APP_ID ".SearchProvider"
#define CG_SEARCH_PROVIDER_PATH "/io/github/cncf_guide/ContributorGuide/SearchProvider"
/* Where the app itself is: GApplication's path for APP_ID */
#define CG_SEARCH_PROVIDER_APP_PATH "/io/github/cncf_guide/ContributorGuide"

/* Results of one search, best first; the Shell shows the first few. */
#define CG_SEARCH_PROVIDER_MAX_RESULTS 25
/* Ids read from one GetResultMetas call, and metas answered for them:
 * the first MAX_METAS distinct ids among the first SCAN_IDS. */
#define CG_SEARCH_PROVIDER_SCAN_IDS 1000
#define CG_SEARCH_PROVIDER_MAX_METAS 100
/* Longest unknown id shown as a name, in bytes, before "…" */
#define CG_SEARCH_PROVIDER_MAX_NAME 120

#define CG_TYPE_SEARCH_PROVIDER (cg_search_provider_get_type ())

G_DECLARE_FINAL_TYPE (CgSearchProvider, cg_search_provider, CG, SEARCH_PROVIDER, GObject)

CgSearchProvider *cg_search_provider_new        (GApplication      *application);
gboolean          cg_search_provider_register   (CgSearchProvider  *self,
                                                 GDBusConnection   *connection,
                                                 GError           **error);
void              cg_search_provider_unregister (CgSearchProvider  *self);

G_END_DECLS
