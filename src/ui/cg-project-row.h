/* cg-project-row.h
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cg-project.h"
#include "cg-shortlist.h"

G_BEGIN_DECLS

#define CG_TYPE_PROJECT_ROW (cg_project_row_get_type ())

G_DECLARE_FINAL_TYPE (CgProjectRow, cg_project_row, CG, PROJECT_ROW, GtkWidget)

CgProject *cg_project_row_get_project (CgProjectRow *self);
void       cg_project_row_set_project (CgProjectRow *self,
                                       CgProject    *project);
void       cg_project_row_set_shortlist (CgProjectRow *self,
                                         CgShortlist  *shortlist);

G_END_DECLS
