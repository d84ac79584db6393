/* cg-link-row.h
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CG_TYPE_LINK_ROW (cg_link_row_get_type ())

G_DECLARE_FINAL_TYPE (CgLinkRow, cg_link_row, CG, LINK_ROW, AdwActionRow)

GtkWidget  *cg_link_row_new     (const char *title,
                                 const char *detail,
                                 const char *uri);
const char *cg_link_row_get_uri (CgLinkRow  *self);

G_END_DECLS
