/* cg-github-private.h: shared by cg-github.c and cg-github-answer.c
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "cg-github.h"

G_BEGIN_DECLS

JsonNode           *_cg_github_parse_json         (GBytes              *json,
                                                   JsonParser          *parser,
                                                   GError             **error);
GPtrArray          *_cg_github_read_issues        (JsonNode            *root,
                                                   const char          *owner,
                                                   const char          *repo,
                                                   GError             **error);
CgGithubRepository *_cg_github_read_repository    (JsonNode            *root,
                                                   GError             **error);
JsonNode           *_cg_github_issues_to_json     (GPtrArray           *issues);
JsonNode           *_cg_github_repository_to_json (CgGithubRepository  *repository);

G_END_DECLS
