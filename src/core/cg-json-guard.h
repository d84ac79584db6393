/* cg-json-guard.h
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define CG_JSON_MAX_SIZE   (16 * 1024 * 1024)
#define CG_JSON_MAX_DEPTH  64
#define CG_JSON_MAX_STRING (64 * 1024)
/* At most this many elements in one array, or members in one object */
#define CG_JSON_MAX_ELEMENTS 200000
/* Parsing may take at most this many times the input's size in memory
 * (and 1 MiB for any input) */
#define CG_JSON_MAX_AMPLIFICATION 20

#define CG_JSON_GUARD_ERROR (cg_json_guard_error_quark ())

typedef enum
{
  CG_JSON_GUARD_ERROR_EMPTY,
  CG_JSON_GUARD_ERROR_TOO_LARGE,
  CG_JSON_GUARD_ERROR_ENCODING,
  CG_JSON_GUARD_ERROR_SYNTAX,
  CG_JSON_GUARD_ERROR_TOO_DEEP,
  CG_JSON_GUARD_ERROR_LIMIT,
} CgJsonGuardError;

GQuark   cg_json_guard_error_quark (void);

gboolean cg_json_guard_check       (const char  *data,
                                    gsize        length,
                                    GError     **error);

G_END_DECLS
