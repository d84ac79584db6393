/* cg-window.h
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cg-catalog.h"
#include "cg-shortlist.h"

G_BEGIN_DECLS

#define CG_TYPE_WINDOW (cg_window_get_type ())

/* The toast shown and those waiting, at most */
#define CG_WINDOW_MAX_TOASTS 3
/* A longer message is cut: a toast is one line */
#define CG_WINDOW_MAX_TOAST_CHARS 300

G_DECLARE_FINAL_TYPE (CgWindow, cg_window, CG, WINDOW, AdwApplicationWindow)

CgWindow  *cg_window_new             (GtkApplication *application);
void       cg_window_set_catalog     (CgWindow       *self,
                                      CgCatalog      *catalog);
void       cg_window_set_search      (CgWindow       *self,
                                      const char     *text);
void       cg_window_set_maturity_mask (CgWindow     *self,
                                      guint           mask);
gboolean   cg_window_show_project    (CgWindow       *self,
                                      const char     *id);
void       cg_window_show_community  (CgWindow       *self);
void       cg_window_show_toast      (CgWindow       *self,
                                      const char     *text);
void       cg_window_show_link_error (CgWindow       *self,
                                      const char     *uri,
                                      const GError   *error);
void       cg_window_set_refreshing  (CgWindow       *self,
                                      gboolean        refreshing);
void       cg_window_set_shortlist   (CgWindow       *self,
                                      CgShortlist    *shortlist);
void       cg_window_set_starred_only (CgWindow      *self,
                                       gboolean       starred_only);
void       cg_window_set_refresh_error (CgWindow     *self,
                                      const char     *message);
const char *cg_window_get_status     (CgWindow       *self);

G_END_DECLS
