/* cg-catalog-loader-private.h: what the schema 1 loader's files share
 *
 * cg-catalog-loader.c checks the core fields and cg-catalog-loader-facts.c
 * the repository facts, with the same helpers and the same error messages.
 * The helpers keep their short names in both files; their symbols carry the
 * _cg_loader_ prefix.
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "cg-link-item.h"
#include "cg-project.h"

G_BEGIN_DECLS

#define fail        _cg_loader_fail
#define node_kind   _cg_loader_node_kind
#define check_text  _cg_loader_check_text
#define member      _cg_loader_member
#define get_string  _cg_loader_get_string
#define get_url     _cg_loader_get_url
#define get_date    _cg_loader_get_date
#define check_date  _cg_loader_check_date
#define get_object  _cg_loader_get_object
#define get_array   _cg_loader_get_array
#define check_list_length _cg_loader_check_list_length
#define load_link   _cg_loader_load_link

/* A JSON path, built on the stack and only formatted on error. */
typedef struct _Path Path;
struct _Path
{
  const Path *parent;
  const char *key;    /* NULL for an array index */
  guint       index;
};

typedef enum
{
  TEXT_NAME,       /* one line, trimmed, short */
  TEXT_LINE,       /* one line */
  TEXT_PARAGRAPHS, /* may hold line breaks */
} TextKind;

G_GNUC_PRINTF (4, 5)
gboolean    fail       (GError    **error,
                        int         code,
                        const Path *path,
                        const char *format,
                        ...);
const char *node_kind  (JsonNode   *node);
gboolean    check_text (const char *text,
                        TextKind    kind,
                        const Path *path,
                        GError    **error);
JsonNode   *member     (JsonObject *object,
                        const char *key);
gboolean    get_string (JsonObject  *object,
                        const char  *key,
                        gboolean     required,
                        TextKind     kind,
                        const Path  *parent,
                        char       **out,
                        GError     **error);
gboolean    get_url    (JsonObject  *object,
                        const char  *key,
                        gboolean     required,
                        const Path  *parent,
                        char       **out,
                        GError     **error);
gboolean    get_date   (JsonObject  *object,
                        const char  *key,
                        const Path  *parent,
                        char       **out,
                        GError     **error);
gboolean    check_date (const char *date,
                        const Path *path,
                        GError    **error);
JsonObject *get_object (JsonNode   *node,
                        const Path *path,
                        GError    **error);
gboolean    get_array  (JsonObject  *object,
                        const char  *key,
                        gboolean     required,
                        const Path  *parent,
                        JsonArray  **out,
                        GError     **error);
gboolean    check_list_length (JsonArray  *array,
                               guint       max,
                               const Path *path,
                               GError    **error);
CgLinkItem *load_link  (JsonNode   *node,
                        const char *detail_key,
                        gboolean    url_required,
                        const Path *path,
                        GError    **error);

/* The repository facts of one project (cg-catalog-loader-facts.c) */
gboolean    _cg_catalog_load_facts (CgProject  *project,
                                    JsonObject *object,
                                    const Path *path,
                                    GError    **error);

G_END_DECLS
