/* cg-link.h
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define CG_LINK_MAX_LENGTH 2048

#define CG_LINK_ERROR (cg_link_error_quark ())

typedef enum
{
  CG_LINK_ERROR_EMPTY,
  CG_LINK_ERROR_TOO_LONG,
  CG_LINK_ERROR_BAD_CHARACTER,
  CG_LINK_ERROR_NOT_A_URL,
  CG_LINK_ERROR_NOT_HTTPS,
  CG_LINK_ERROR_NO_HOST,
  CG_LINK_ERROR_USER_INFO,
} CgLinkError;

GQuark     cg_link_error_quark (void);

gboolean   cg_link_check       (const char  *uri,
                                GError     **error);
gboolean   cg_link_is_safe     (const char  *uri);
char      *cg_link_normalize   (const char  *uri,
                                GError     **error);
char      *cg_link_get_host    (const char  *uri);
gboolean   cg_unichar_is_bidi_control (gunichar c);

G_END_DECLS
