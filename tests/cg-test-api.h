/* cg-test-api.h: a catalog in the landscape API's shape, for tests
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "cg-catalog.h"
#include "cg-landscape.h"

G_BEGIN_DECLS

JsonArray *cg_test_api_items_from_catalog (CgCatalog *catalog,
                                           guint      limit);
GBytes    *cg_test_api_to_bytes           (JsonArray *items);
JsonObject *cg_test_api_find_item         (JsonArray  *items,
                                           const char *name);
CgCatalog *cg_test_api_import             (JsonArray     *items,
                                           CgCatalog     *base,
                                           CgImportStats *stats,
                                           GError       **error);

G_END_DECLS
