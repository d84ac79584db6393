/* cg-search-provider.c: projects in the GNOME Shell overview
 *
 * Implements org.gnome.Shell.SearchProvider2 with the app's own search and
 * ranking, so the overview and the window always agree.
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cg-search-provider"

#include "config.h"

#include <glib/gi18n.h>

#include "cg-application.h"
#include "cg-search.h"
#include "cg-search-provider.h"

struct _CgSearchProvider
{
  GObject          parent_instance;

  CgApplication   *application;  /* weak */
  GDBusConnection *connection;
  guint            registration_id;
};

G_DEFINE_FINAL_TYPE (CgSearchProvider, cg_search_provider, G_TYPE_OBJECT)

static const char introspection_xml[] =
  "<node>"
  "  <interface name='org.gnome.Shell.SearchProvider2'>"
  "    <method name='GetInitialResultSet'>"
  "      <arg type='as' name='terms' direction='in'/>"
  "      <arg type='as' name='results' direction='out'/>"
  "    </method>"
  "    <method name='GetSubsearchResultSet'>"
  "      <arg type='as' name='previous_results' direction='in'/>"
  "      <arg type='as' name='terms' direction='in'/>"
  "      <arg type='as' name='results' direction='out'/>"
  "    </method>"
  "    <method name='GetResultMetas'>"
  "      <arg type='as' name='identifiers' direction='in'/>"
  "      <arg type='aa{sv}' name='metas' direction='out'/>"
  "    </method>"
  "    <method name='ActivateResult'>"
  "      <arg type='s' name='identifier' direction='in'/>"
  "      <arg type='as' name='terms' direction='in'/>"
  "      <arg type='u' name='timestamp' direction='in'/>"
  "    </method>"
  "    <method name='LaunchSearch'>"
  "      <arg type='as' name='terms' direction='in'/>"
  "      <arg type='u' name='timestamp' direction='in'/>"
  "    </method>"
  "  </interface>"
  "</node>";

static char *
join_terms (GVariant *terms)
{
  g_autofree const char **strv = g_variant_get_strv (terms, NULL);

  return g_strjoinv (" ", (char **) strv);
}

static GVariant *
search (CgSearchProvider *self,
        GVariant         *terms,
        GVariant         *previous)
{
  CgCatalog *catalog = cg_application_get_catalog (self->application);
  g_autofree char *query = join_terms (terms);
  g_autoptr(CgSearchResult) result = NULL;
  g_autoptr(GHashTable) allowed = NULL;
  GVariantBuilder builder;
  guint n = 0;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("as"));

  /* The overview asks for nothing until a few letters are typed; a
   * blank query would list the whole catalog, which helps nobody. */
  if (*g_strstrip (query) == '\0')
    return g_variant_builder_end (&builder);

  if (previous != NULL)
    {
      g_autofree const char **ids = g_variant_get_strv (previous, NULL);

      allowed = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; ids[i] != NULL; i++)
        g_hash_table_add (allowed, (gpointer) ids[i]);
      result = cg_search_run (catalog, query, 0);
      for (guint i = 0; i < result->positions->len && n < CG_SEARCH_PROVIDER_MAX_RESULTS; i++)
        {
          const char *id = cg_project_get_id (
            cg_catalog_get_project (catalog, g_array_index (result->positions, guint, i)));

          if (g_hash_table_contains (allowed, id))
            {
              g_variant_builder_add (&builder, "s", id);
              n++;
            }
        }
      return g_variant_builder_end (&builder);
    }

  result = cg_search_run (catalog, query, 0);
  for (guint i = 0; i < result->positions->len && n < CG_SEARCH_PROVIDER_MAX_RESULTS; i++, n++)
    g_variant_builder_add (&builder, "s", cg_project_get_id (
      cg_catalog_get_project (catalog, g_array_index (result->positions, guint, i))));

  return g_variant_builder_end (&builder);
}

static GVariant *
result_metas (CgSearchProvider *self,
              GVariant         *identifiers)
{
  CgCatalog *catalog = cg_application_get_catalog (self->application);
  g_autofree const char **ids = g_variant_get_strv (identifiers, NULL);
  GVariantBuilder builder;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("aa{sv}"));
  for (guint i = 0; ids[i] != NULL; i++)
    {
      CgProject *project = cg_catalog_lookup (catalog, ids[i]);
      const char *focus;
      g_autofree char *description = NULL;

      if (project == NULL)
        continue;

      focus = cg_project_get_focus (project);
      /* TRANSLATORS: in the GNOME Shell overview: a maturity, then a focus */
      description = focus ? g_strdup_printf (_("%s · %s"),
                                             cg_maturity_get_title (cg_project_get_maturity (project)),
                                             focus)
                          : g_strdup (cg_maturity_get_title (cg_project_get_maturity (project)));

      g_variant_builder_open (&builder, G_VARIANT_TYPE ("a{sv}"));
      g_variant_builder_add (&builder, "{sv}", "id", g_variant_new_string (ids[i]));
      g_variant_builder_add (&builder, "{sv}", "name",
                             g_variant_new_string (cg_project_get_name (project)));
      g_variant_builder_add (&builder, "{sv}", "description", g_variant_new_string (description));
      g_variant_builder_close (&builder);
    }

  return g_variant_builder_end (&builder);
}

static void
method_call_cb (GDBusConnection       *connection,
                const char            *sender,
                const char            *object_path,
                const char            *interface_name,
                const char            *method_name,
                GVariant              *parameters,
                GDBusMethodInvocation *invocation,
                gpointer               user_data)
{
  CgSearchProvider *self = user_data;

  if (self->application == NULL)
    {
      g_dbus_method_invocation_return_error_literal (invocation, G_DBUS_ERROR,
                                                     G_DBUS_ERROR_FAILED,
                                                     "The application is closing");
      return;
    }

  /* Answering may load the catalog: keep the service alive meanwhile. */
  g_application_hold (G_APPLICATION (self->application));

  if (g_str_equal (method_name, "GetInitialResultSet"))
    {
      g_autoptr(GVariant) terms = g_variant_get_child_value (parameters, 0);
      g_dbus_method_invocation_return_value (invocation,
                                             g_variant_new_tuple ((GVariant *[]) {
                                               search (self, terms, NULL) }, 1));
    }
  else if (g_str_equal (method_name, "GetSubsearchResultSet"))
    {
      g_autoptr(GVariant) previous = g_variant_get_child_value (parameters, 0);
      g_autoptr(GVariant) terms = g_variant_get_child_value (parameters, 1);
      g_dbus_method_invocation_return_value (invocation,
                                             g_variant_new_tuple ((GVariant *[]) {
                                               search (self, terms, previous) }, 1));
    }
  else if (g_str_equal (method_name, "GetResultMetas"))
    {
      g_autoptr(GVariant) ids = g_variant_get_child_value (parameters, 0);
      g_dbus_method_invocation_return_value (invocation,
                                             g_variant_new_tuple ((GVariant *[]) {
                                               result_metas (self, ids) }, 1));
    }
  else if (g_str_equal (method_name, "ActivateResult"))
    {
      const char *id;

      g_variant_get (parameters, "(&s@asu)", &id, NULL, NULL);
      cg_application_open_project (self->application, id);
      g_dbus_method_invocation_return_value (invocation, NULL);
    }
  else if (g_str_equal (method_name, "LaunchSearch"))
    {
      g_autoptr(GVariant) terms = g_variant_get_child_value (parameters, 0);
      g_autofree char *query = join_terms (terms);

      cg_application_open_search (self->application, query);
      g_dbus_method_invocation_return_value (invocation, NULL);
    }
  else
    g_dbus_method_invocation_return_error (invocation, G_DBUS_ERROR,
                                           G_DBUS_ERROR_UNKNOWN_METHOD,
                                           "Unknown method %s", method_name);

  g_application_release (G_APPLICATION (self->application));
}

static const GDBusInterfaceVTable vtable = { method_call_cb, NULL, NULL };

static void
cg_search_provider_dispose (GObject *object)
{
  CgSearchProvider *self = (CgSearchProvider *) object;

  cg_search_provider_unregister (self);
  g_clear_weak_pointer (&self->application);

  G_OBJECT_CLASS (cg_search_provider_parent_class)->dispose (object);
}

static void
cg_search_provider_class_init (CgSearchProviderClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cg_search_provider_dispose;
}

static void
cg_search_provider_init (CgSearchProvider *self)
{
}

CgSearchProvider *
cg_search_provider_new (CgApplication *application)
{
  CgSearchProvider *self = g_object_new (CG_TYPE_SEARCH_PROVIDER, NULL);

  g_set_weak_pointer (&self->application, application);
  return self;
}

/**
 * cg_search_provider_register:
 * @app_object_path: the application's object path; the provider lives
 *   at that path plus %CG_SEARCH_PROVIDER_PATH_SUFFIX
 */
gboolean
cg_search_provider_register (CgSearchProvider  *self,
                             GDBusConnection   *connection,
                             const char        *app_object_path,
                             GError           **error)
{
  g_autoptr(GDBusNodeInfo) info = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (CG_IS_SEARCH_PROVIDER (self), FALSE);
  g_return_val_if_fail (self->registration_id == 0, FALSE);

  info = g_dbus_node_info_new_for_xml (introspection_xml, error);
  if (info == NULL)
    return FALSE;

  path = g_strconcat (app_object_path, CG_SEARCH_PROVIDER_PATH_SUFFIX, NULL);
  self->registration_id = g_dbus_connection_register_object (connection, path,
                                                             info->interfaces[0], &vtable,
                                                             self, NULL, error);
  if (self->registration_id == 0)
    return FALSE;

  self->connection = g_object_ref (connection);
  return TRUE;
}

void
cg_search_provider_unregister (CgSearchProvider *self)
{
  g_return_if_fail (CG_IS_SEARCH_PROVIDER (self));

  if (self->registration_id != 0)
    g_dbus_connection_unregister_object (self->connection, self->registration_id);
  self->registration_id = 0;
  g_clear_object (&self->connection);
}
