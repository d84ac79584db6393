/* cg-test-server.c: local TLS servers and waiting, for the network tests
 *
 * Real TLS with a test certificate authority (tests/data/test-cert.pem),
 * which the code under test is given as its TLS database.
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cg-test-server.h"
#include "cg-test-util.h"

/**
 * cg_test_tls_load:
 *
 * Returns: %FALSE when there is no TLS backend (glib-networking) or no
 *   test certificate: the test should then be skipped (exit 77)
 */
gboolean
cg_test_tls_load (GTlsCertificate **certificate,
                  GTlsDatabase    **database)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *cert_path = g_build_filename (g_getenv ("CG_TEST_DATA"), "test-cert.pem", NULL);
  g_autofree char *key_path = g_build_filename (g_getenv ("CG_TEST_DATA"), "test-key.pem", NULL);

  *certificate = g_tls_certificate_new_from_files (cert_path, key_path, &error);
  if (*certificate == NULL)
    {
      g_test_message ("%s", error->message);
      return FALSE;
    }
  *database = g_tls_file_database_new (cert_path, &error);
  g_assert_no_error (error);
  return TRUE;
}

/**
 * cg_test_server_start:
 * @server: made with the test certificate, handlers added
 *
 * Returns: the https port it listens on, on 127.0.0.1
 */
guint16
cg_test_server_start (SoupServer *server)
{
  g_autoptr(GError) error = NULL;
  GSList *uris;
  guint16 port;

  soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY | SOUP_SERVER_LISTEN_HTTPS,
                            &error);
  g_assert_no_error (error);
  uris = soup_server_get_uris (server);
  port = (guint16) g_uri_get_port (uris->data);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
  return port;
}

/**
 * cg_test_respond:
 * @body: (nullable): the whole body, a string
 */
void
cg_test_respond (SoupServerMessage *msg,
                 guint              status,
                 const char        *type,
                 const char        *body)
{
  soup_server_message_set_status (msg, status, NULL);
  if (body != NULL)
    soup_server_message_set_response (msg, type, SOUP_MEMORY_COPY, body, strlen (body));
}

/**
 * cg_test_wait:
 *
 * Runs the main context until *@done, within a generous deadline
 * (scaled by CG_TEST_TIMEOUT_SCALE).
 */
void
cg_test_wait (const gboolean *done)
{
  gint64 deadline = g_get_monotonic_time () + cg_test_seconds (60) * G_USEC_PER_SEC;

  while (!*done)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
}

/**
 * cg_test_read_data:
 *
 * Returns: (transfer full): the file @name in tests/data
 */
char *
cg_test_read_data (const char *name,
                   gsize      *length)
{
  g_autofree char *path = g_build_filename (g_getenv ("CG_TEST_DATA"), name, NULL);
  g_autoptr(GError) error = NULL;
  char *data;

  g_file_get_contents (path, &data, length, &error);
  g_assert_no_error (error);
  return data;
}

void
cg_test_remove_tree (const char *path)
{
  const char *argv[] = { "rm", "-rf", path, NULL };

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
                NULL, NULL);
}

/* A network monitor that says offline */
#define TEST_TYPE_OFFLINE_MONITOR (test_offline_monitor_get_type ())
G_DECLARE_FINAL_TYPE (TestOfflineMonitor, test_offline_monitor, TEST, OFFLINE_MONITOR, GObject)

struct _TestOfflineMonitor
{
  GObject parent_instance;
};

enum { PROP_0, PROP_AVAILABLE, PROP_METERED, PROP_CONNECTIVITY };

static gboolean
offline_init (GInitable     *initable,
              GCancellable  *cancellable,
              GError       **error)
{
  return TRUE;
}

static void
offline_initable_iface_init (GInitableIface *iface)
{
  iface->init = offline_init;
}

static void
offline_monitor_iface_init (GNetworkMonitorInterface *iface)
{
}

G_DEFINE_TYPE_WITH_CODE (TestOfflineMonitor, test_offline_monitor, G_TYPE_OBJECT,
                         G_IMPLEMENT_INTERFACE (G_TYPE_INITABLE, offline_initable_iface_init)
                         G_IMPLEMENT_INTERFACE (G_TYPE_NETWORK_MONITOR, offline_monitor_iface_init))

static void
offline_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  if (prop_id == PROP_CONNECTIVITY)
    g_value_set_enum (value, G_NETWORK_CONNECTIVITY_LOCAL);
  else
    g_value_set_boolean (value, FALSE);
}

static void
test_offline_monitor_class_init (TestOfflineMonitorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = offline_get_property;
  g_object_class_override_property (object_class, PROP_AVAILABLE, "network-available");
  g_object_class_override_property (object_class, PROP_METERED, "network-metered");
  g_object_class_override_property (object_class, PROP_CONNECTIVITY, "connectivity");
}

static void
test_offline_monitor_init (TestOfflineMonitor *self)
{
}

/**
 * cg_test_offline_monitor_new:
 *
 * Returns: (transfer full): a network monitor that says the computer is
 *   offline
 */
GNetworkMonitor *
cg_test_offline_monitor_new (void)
{
  return g_initable_new (TEST_TYPE_OFFLINE_MONITOR, NULL, NULL, NULL);
}
