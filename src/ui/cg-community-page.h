/* cg-community-page.h
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cg-catalog.h"

G_BEGIN_DECLS

#define CG_TYPE_COMMUNITY_PAGE (cg_community_page_get_type ())

G_DECLARE_FINAL_TYPE (CgCommunityPage, cg_community_page, CG, COMMUNITY_PAGE, GtkWidget)

void cg_community_page_set_catalog (CgCommunityPage *self,
                                    CgCatalog       *catalog);

G_END_DECLS
