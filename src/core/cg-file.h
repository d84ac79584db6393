/* cg-file.h
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  CG_FILE_LOAD_NONE = 0,
  CG_FILE_LOAD_NOFOLLOW = 1 << 0,  /* refuse a symbolic link */
} CgFileLoadFlags;

GBytes *cg_file_load_bounded (const char       *path,
                              gsize             max_size,
                              CgFileLoadFlags   flags,
                              GError          **error);

G_END_DECLS
