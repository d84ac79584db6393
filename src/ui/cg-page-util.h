/* cg-page-util.h: small widgets the project and community pages share
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkWidget *cg_page_paragraph_new (const char *text);
GtkWidget *cg_page_info_row_new  (const char *title,
                                  const char *value);
char      *cg_page_format_date   (const char *iso_date);
void       cg_page_clear_box     (GtkBox     *box);

G_END_DECLS
