/* cg-settings.h
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cg-github.h"

G_BEGIN_DECLS

GSettings *cg_settings_new                (void);
char      *cg_settings_get_source_url     (GSettings *settings);
gboolean   cg_settings_get_github_lookups (GSettings *settings);
char      *cg_settings_get_github_api_url (GSettings *settings);
void       cg_settings_apply_to_github    (GSettings *settings,
                                           CgGithub  *github);

G_END_DECLS
