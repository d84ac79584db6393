/* cg-maturity-badge.h
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cg-project.h"

G_BEGIN_DECLS

void cg_maturity_badge_set (GtkLabel   *label,
                            CgMaturity  maturity);

G_END_DECLS
