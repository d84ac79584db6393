/* cg-project-page.h
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cg-project.h"
#include "cg-shortlist.h"

G_BEGIN_DECLS

#define CG_TYPE_PROJECT_PAGE (cg_project_page_get_type ())

G_DECLARE_FINAL_TYPE (CgProjectPage, cg_project_page, CG, PROJECT_PAGE, GtkWidget)

CgProject *cg_project_page_get_project (CgProjectPage *self);
void       cg_project_page_set_project (CgProjectPage *self,
                                        CgProject     *project);
void       cg_project_page_set_shortlist (CgProjectPage *self,
                                          CgShortlist   *shortlist);
void       cg_project_page_toggle_star (CgProjectPage *self);

G_END_DECLS
