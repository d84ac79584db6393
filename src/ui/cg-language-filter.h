/* cg-language-filter.h: the window's language drop-down
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cg-catalog.h"

G_BEGIN_DECLS

void        cg_drop_down_fit_narrow         (GtkDropDown *dropdown);
void        cg_language_filter_fill         (GtkDropDown *dropdown,
                                             CgCatalog   *catalog);
const char *cg_language_filter_get_selected (GtkDropDown *dropdown);
gboolean    cg_language_filter_select       (GtkDropDown *dropdown,
                                             const char  *language);

G_END_DECLS
