/* cg-time.h
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *cg_time_describe_ago   (GDateTime *then,
                              GDateTime *now);
char *cg_time_describe_as_of (GDateTime *then,
                              GDateTime *now);

G_END_DECLS
