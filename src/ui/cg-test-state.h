/* cg-test-state.h: what the window shows, written to a file for UI tests
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cg-window.h"

G_BEGIN_DECLS

void cg_test_state_install (CgWindow *window);

G_END_DECLS
