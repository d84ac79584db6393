/* cg-application.h
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cg-catalog.h"
#include "cg-github.h"
#include "cg-shortlist.h"
#include "cg-catalog-preload.h"

G_BEGIN_DECLS

#define CG_TYPE_APPLICATION (cg_application_get_type ())

G_DECLARE_FINAL_TYPE (CgApplication, cg_application, CG, APPLICATION, AdwApplication)

/**
 * CgUriLauncher:
 * @parent: the window the link was opened from
 * @uri: a link that passed the link policy
 *
 * Opens a link. The app's own launcher hands it to the desktop; tests
 * set one that records what would be opened.
 */
typedef void (*CgUriLauncher) (GtkWindow  *parent,
                               const char *uri,
                               gpointer    user_data);

CgApplication *cg_application_new              (void);
void           cg_application_set_uri_launcher (CgApplication *self,
                                                CgUriLauncher  launcher,
                                                gpointer       user_data);
void           cg_application_launch_uri       (CgApplication *self,
                                                GtkWindow     *parent,
                                                const char    *uri);
GtkWindow     *cg_application_get_main_window (CgApplication *self);
CgCatalog     *cg_application_get_catalog     (CgApplication *self);
void           cg_application_take_preload    (CgApplication    *self,
                                               CgCatalogPreload *preload);
void           cg_application_set_catalog     (CgApplication *self,
                                               CgCatalog     *catalog);
CgShortlist   *cg_application_get_shortlist   (CgApplication *self);
void           cg_application_set_tls_database (CgApplication *self,
                                                GTlsDatabase  *database);
CgGithub      *cg_application_get_github      (CgApplication *self);
void           cg_application_refresh         (CgApplication *self,
                                               gboolean       quiet);
void           cg_application_open_project    (CgApplication *self,
                                               const char    *id);
void           cg_application_open_search     (CgApplication *self,
                                               const char    *text);

G_END_DECLS
