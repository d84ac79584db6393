/* cg-search-provider-main.c: cncf-guide-search-provider, the GNOME Shell
 * search provider as a D-Bus service
 *
 * A GApplication service (G_APPLICATION_IS_SERVICE) on its own bus name,
 * %CG_SEARCH_PROVIDER_BUS_NAME, started by D-Bus when the Shell first
 * asks. It links only the core (no GTK), so a cold start costs a catalog
 * load, not a toolkit. Every call holds the application while it is
 * answered; after the last one it stays up for the inactivity timeout
 * (%DEFAULT_TIMEOUT_MS, or $CG_SEARCH_PROVIDER_TIMEOUT_MS) for the
 * Shell's next keystroke, then exits.
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cg-search-provider"

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "cg-search-provider.h"

#define DEFAULT_TIMEOUT_MS 30000
#define MAX_TIMEOUT_MS (10 * 60 * 1000)

#define CG_TYPE_PROVIDER_APP (cg_provider_app_get_type ())
G_DECLARE_FINAL_TYPE (CgProviderApp, cg_provider_app, CG, PROVIDER_APP, GApplication)

struct _CgProviderApp
{
  GApplication      parent_instance;

  CgSearchProvider *provider;
};

G_DEFINE_FINAL_TYPE (CgProviderApp, cg_provider_app, G_TYPE_APPLICATION)

static gboolean
cg_provider_app_dbus_register (GApplication     *app,
                               GDBusConnection  *connection,
                               const char       *object_path,
                               GError          **error)
{
  CgProviderApp *self = CG_PROVIDER_APP (app);

  if (!G_APPLICATION_CLASS (cg_provider_app_parent_class)->dbus_register (app, connection,
                                                                          object_path, error))
    return FALSE;

  /* Exported before the name is owned, so the call that started the
   * service finds it. */
  self->provider = cg_search_provider_new (app);
  return cg_search_provider_register (self->provider, connection, error);
}

static void
cg_provider_app_dbus_unregister (GApplication    *app,
                                 GDBusConnection *connection,
                                 const char      *object_path)
{
  CgProviderApp *self = CG_PROVIDER_APP (app);

  if (self->provider != NULL)
    cg_search_provider_unregister (self->provider);
  g_clear_object (&self->provider);

  G_APPLICATION_CLASS (cg_provider_app_parent_class)->dbus_unregister (app, connection,
                                                                       object_path);
}

static void
cg_provider_app_finalize (GObject *object)
{
  g_clear_object (&CG_PROVIDER_APP (object)->provider);

  G_OBJECT_CLASS (cg_provider_app_parent_class)->finalize (object);
}

static void
cg_provider_app_class_init (CgProviderAppClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = cg_provider_app_finalize;
  app_class->dbus_register = cg_provider_app_dbus_register;
  app_class->dbus_unregister = cg_provider_app_dbus_unregister;
}

static void
cg_provider_app_init (CgProviderApp *self)
{
}

/* $CG_SEARCH_PROVIDER_TIMEOUT_MS, for tests and benchmarks, else the default */
static guint
inactivity_timeout (void)
{
  const char *text = g_getenv ("CG_SEARCH_PROVIDER_TIMEOUT_MS");
  guint64 ms;

  if (text != NULL && g_ascii_string_to_unsigned (text, 10, 1, MAX_TIMEOUT_MS, &ms, NULL))
    return (guint) ms;
  return DEFAULT_TIMEOUT_MS;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GApplication) app = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = g_object_new (CG_TYPE_PROVIDER_APP,
                      "application-id", CG_SEARCH_PROVIDER_BUS_NAME,
                      "flags", G_APPLICATION_IS_SERVICE,
                      NULL);
  g_application_set_inactivity_timeout (app, inactivity_timeout ());

  return g_application_run (app, argc, argv);
}
