/* provider-test-util.h: the search provider's tests play GNOME Shell and
 * the app on a private session bus
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define PROVIDER_PATH "/io/github/cncf_guide/ContributorGuide/SearchProvider"
#define PROVIDER_IFACE "org.gnome.Shell.SearchProvider2"

/* The provider's bus name, as the .ini names it */
extern const char *provider_name;
/* Our connection: calls the provider as the Shell does, and owns the
 * app's name, recording what the provider asks the app to do */
extern GDBusConnection *bus;

void        provider_test_init     (int        *argc,
                                    char     ***argv,
                                    guint       timeout_ms);
GVariant   *terms                  (const char *first,
                                    ...) G_GNUC_NULL_TERMINATED;
GVariant   *call_provider          (const char *method,
                                    GVariant   *parameters);
const char **reply_ids             (GVariant   *reply);
GVariant   *metas_of               (GVariant   *ids);
char       *provider_owner         (void);
guint32     provider_pid           (void);
void        assert_same_instance   (const char *owner,
                                    guint32     pid);
GPtrArray  *app_calls_settle       (void);
void        app_calls_clear        (void);
void        app_hold_replies       (gboolean    hold);
char       *meta_string            (GVariant   *metas,
                                    guint       i,
                                    const char *key);
char       *cache_dir              (void);

G_END_DECLS
