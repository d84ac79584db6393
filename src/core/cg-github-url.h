/* cg-github-url.h
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define CG_GITHUB_MAX_OWNER 39
#define CG_GITHUB_MAX_REPO 100

gboolean cg_github_owner_is_valid (const char  *owner);
gboolean cg_github_repo_is_valid  (const char  *repo);
gboolean cg_github_url_parse      (const char  *url,
                                   char       **owner,
                                   char       **repo);

G_END_DECLS
