/* cg-test-window-util.h: what the window tests share
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cg-application.h"
#include "cg-link-row.h"
#include "cg-window-private.h"

G_BEGIN_DECLS

/* The app under test, and every link it would have opened */
extern CgApplication *app;
extern GPtrArray     *launched;

typedef gboolean (*Condition) (gpointer data);

void        cg_test_window_init (int    *argc,
                                 char ***argv);
void        cg_test_window_finish (void);

CgWindow   *get_window        (void);
void        iterate_for       (guint       ms);
void        wait_until        (Condition   condition,
                               gpointer    data,
                               const char *what);
gboolean    window_is_mapped  (gpointer    data);
void        reopen_window     (int         width,
                               int         height);
void        save_screenshot   (const char *name);
void        save_widget_screenshot (GtkWidget  *widget,
                                    const char *name);
GtkWindow  *find_toplevel     (GType       type);
CgLinkRow  *find_link_row     (GtkWidget  *page,
                               const char *title);
void        collect_widgets   (GtkWidget  *widget,
                               GType       type,
                               gboolean    mapped_only,
                               GPtrArray  *found);
GPtrArray  *collect_labels    (GtkWidget  *widget,
                               gboolean    mapped_only);
GtkLabel   *find_label        (GtkWidget  *widget,
                               const char *text);
void        click_widget      (GtkWidget  *widget);

void        type_search       (const char *text);
GPtrArray  *listed_ids        (void);
int         position_of       (GPtrArray  *ids,
                               const char *id);

G_END_DECLS
