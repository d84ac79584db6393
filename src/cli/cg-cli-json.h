/* cg-cli-json.h: --format json
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "cg-catalog.h"
#include "cg-search.h"
#include "cg-shortlist.h"

G_BEGIN_DECLS

const char *cg_cli_fact_to_string     (CgFact          fact);
char       *cg_cli_describe_legal     (CgProject      *project);
int         cg_cli_print_list_json    (CgCatalog      *catalog,
                                       CgSearchResult *result);
int         cg_cli_print_project_json (CgProject      *project);
int         cg_cli_print_json_document (JsonBuilder   *builder);
int         cg_cli_print_starred_json (CgCatalog      *catalog,
                                       CgShortlist    *shortlist);

G_END_DECLS
