/* cg-cli.h
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cg-catalog.h"
#include "cg-github.h"
#include "cg-landscape.h"

G_BEGIN_DECLS

#define CG_CLI_CONTINUE (-1)

const GOptionEntry *cg_cli_get_option_entries (void);
int                 cg_cli_handle_options     (GVariantDict *options);
char               *cg_cli_describe_update    (CgCatalog    *catalog,
                                               CgCatalog    *before,
                                               const CgImportStats *stats);
CgCatalog          *cg_cli_load_shown_catalog (GError      **error);
int                 cg_cli_refresh            (void);
int                 cg_cli_issues             (const char   *id,
                                               gboolean      json);
CgGithub           *cg_cli_new_github         (GSettings    *settings);
int                 cg_cli_shortlist          (GVariantDict *options,
                                               const char   *catalog_path);
CgCatalog          *cg_cli_load_catalog       (const char   *path,
                                               GError      **error);
void                cg_cli_append_project_line (GString     *out,
                                                CgProject   *project);
int                 cg_cli_fail               (const char   *format,
                                               ...) G_GNUC_PRINTF (1, 2);
char               *cg_cli_make_printable     (const char   *text,
                                               gssize        max_chars);
void                cg_cli_print_error        (const char   *message);

G_END_DECLS
