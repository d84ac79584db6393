/* cg-test-window.h: driving the real window under Xvfb, for the UI tests
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cg-application.h"
#include "cg-window-private.h"

G_BEGIN_DECLS

typedef gboolean (*CgTestCondition) (gpointer data);

void      cg_test_window_set_app   (CgApplication   *app);
CgWindow *cg_test_window_get       (void);
void      cg_test_iterate_for      (guint            ms);
void      cg_test_wait_until       (CgTestCondition  condition,
                                    gpointer         data,
                                    const char      *what);
void      cg_test_reopen_window    (int              width,
                                    int              height);
void      cg_test_save_screenshot  (const char      *name);
void      cg_test_click            (GtkWidget       *widget);

G_END_DECLS
