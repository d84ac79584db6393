/* cg-test-server.h: local TLS servers and waiting, for the network tests
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libsoup/soup.h>

G_BEGIN_DECLS

gboolean  cg_test_tls_load      (GTlsCertificate    **certificate,
                                 GTlsDatabase       **database);
guint16   cg_test_server_start  (SoupServer          *server);
void      cg_test_respond       (SoupServerMessage   *msg,
                                 guint                status,
                                 const char          *type,
                                 const char          *body);
void      cg_test_wait          (const gboolean      *done);
char     *cg_test_read_data     (const char          *name,
                                 gsize               *length);
GNetworkMonitor *cg_test_offline_monitor_new (void);
void      cg_test_remove_tree   (const char          *path);

G_END_DECLS
