/* window-test-util.h: what the window tests share: the application under
 * test, waiting, typing, reading the list, screenshots
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cg-application.h"
#include "cg-link-row.h"
#include "cg-window-private.h"

G_BEGIN_DECLS

extern CgApplication *app;
extern GPtrArray     *launched;  /* the links the app opened */

typedef gboolean (*Condition) (gpointer data);

CgWindow  *get_window        (void);
void       iterate_for       (guint        ms);
void       wait_until        (Condition    condition,
                              gpointer     data,
                              const char  *what);
void       type_search       (const char  *text);
GPtrArray *listed_ids        (void);
int        position_of       (GPtrArray   *ids,
                              const char  *id);
void       save_screenshot   (const char  *name);
void       collect_mapped    (GtkWidget   *widget,
                              GType        type,
                              GPtrArray   *found);
CgLinkRow *find_link_row     (GtkWidget   *page,
                              const char  *title);
gboolean   window_is_mapped  (gpointer     data);
void       reopen_window     (int          width,
                              int          height);
void       window_test_init  (int         *argc,
                              char      ***argv);
int        window_test_run   (void);

G_END_DECLS
