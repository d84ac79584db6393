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

gboolean  cg_github_url_parse             (const char        *url,
                                           char             **owner,
                                           char             **repo);
char     *cg_github_url_issues_with_label (const char        *owner,
                                           const char        *repo,
                                           const char        *label);
char     *cg_github_url_contribute        (const char        *owner,
                                           const char        *repo);
char     *cg_github_url_first_issue       (const char        *repository,
                                           const char *const *newcomer_labels,
                                           const char       **label_used);

G_END_DECLS
