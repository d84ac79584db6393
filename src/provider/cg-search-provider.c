/* cg-search-provider.c: projects in the GNOME Shell overview
 *
 * Implements org.gnome.Shell.SearchProvider2 in its own small process (see
 * cg-search-provider-main.c) with the core's search and ranking, so the
 * overview and the window always agree. Every call is bounded, whatever a
 * caller sends:
 *
 * - GetInitialResultSet and GetSubsearchResultSet return at most
 *   %CG_SEARCH_PROVIDER_MAX_RESULTS ids. The terms are read up to the
 *   search's own limit (%CG_SEARCH_MAX_QUERY bytes). A subsearch runs the
 *   terms afresh and never reads the previous results: the catalog may
 *   have changed since (a refresh), and longer terms only narrow, so a
 *   fresh search is both right and fast.
 * - GetResultMetas reads at most %CG_SEARCH_PROVIDER_SCAN_IDS ids and
 *   answers the first %CG_SEARCH_PROVIDER_MAX_METAS distinct ones among
 *   them, in the order asked, duplicates ignored. Every id answered gets
 *   a meta, also one that is not in the catalog (any more): the Shell
 *   drops all of a provider's results when one meta is missing.
 * - ActivateResult and LaunchSearch start the app through D-Bus
 *   (org.freedesktop.Application on the app's own name) with an action
 *   it exports: "show-project" for a project in the catalog, else
 *   "search" with the terms. An id is never passed on unless it is a
 *   project's. While the app has not answered, later requests wait and
 *   only the last is sent: a flood of calls costs the app two requests.
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cg-search-provider"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "cg-search.h"
#include "cg-search-provider.h"
#include "cg-shown-catalog.h"

struct _CgSearchProvider
{
  GObject          parent_instance;

  GApplication    *application;  /* weak */
  GDBusConnection *connection;
  guint            registration_id;
  CgShownCatalog  *catalog;      /* loaded on the first call */
  guint            in_flight;    /* calls to the app not yet answered */
  struct Launch   *next;         /* the request waiting for them, or NULL */
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

/* @text cut to at most @max bytes at a character boundary; "…" marks a cut
 * when @ellipsis is set. */
static char *
cut_text (const char *text,
          gsize       max,
          gboolean    ellipsis)
{
  const char *end;

  if (strlen (text) <= max)
    return g_strdup (text);

  end = text + max;
  while (end > text && ((guchar) *end & 0xC0) == 0x80)
    end--;
  return ellipsis ? g_strdup_printf ("%.*s…", (int) (end - text), text)
                  : g_strndup (text, (gsize) (end - text));
}

/* The terms as one query, no longer than the search reads. */
static char *
join_terms (GVariant *terms)
{
  g_autoptr(GString) query = g_string_new (NULL);
  GVariantIter iter;
  const char *term;

  g_variant_iter_init (&iter, terms);
  while (query->len <= CG_SEARCH_MAX_QUERY && g_variant_iter_next (&iter, "&s", &term))
    {
      if (query->len > 0)
        g_string_append_c (query, ' ');
      g_string_append_len (query, term, (gssize) MIN (strlen (term), CG_SEARCH_MAX_QUERY + 1));
    }
  return cut_text (query->str, CG_SEARCH_MAX_QUERY, FALSE);
}

static CgShownCatalog *
get_catalog (CgSearchProvider *self)
{
  if (self->catalog == NULL)
    {
      g_autoptr(CgCache) cache = cg_cache_new_default ();
      g_autoptr(GError) error = NULL;

      /* The app's files: the app sets a damaged one aside and says so */
      cg_cache_set_read_only (cache, TRUE);
      self->catalog = cg_shown_catalog_new (cache, &error);
      /* The build checks the bundled catalog, so this is a broken build. */
      if (self->catalog == NULL)
        g_error ("The built-in catalog is broken: %s", error->message);
    }
  return self->catalog;
}

static GVariant *
search (CgSearchProvider *self,
        GVariant         *terms)
{
  CgShownCatalog *shown = get_catalog (self);
  CgCatalog *catalog = cg_shown_catalog_get (shown);
  g_autofree char *query = join_terms (terms);
  g_autoptr(CgSearchResult) result = NULL;
  CgSearchOptions options = { 0, NULL, CG_SORT_RELEVANCE, NULL };
  GVariantBuilder builder;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("as"));

  /* A blank query would list the whole catalog, which helps nobody. */
  if (*g_strstrip (query) == '\0')
    return g_variant_builder_end (&builder);

  /* Starred projects first among equally good matches */
  options.preferred = cg_shown_catalog_get_starred (shown);
  result = cg_search_run_with (catalog, NULL, query, &options);
  for (guint i = 0; i < result->positions->len && i < CG_SEARCH_PROVIDER_MAX_RESULTS; i++)
    g_variant_builder_add (&builder, "s", cg_project_get_id (
      cg_catalog_get_project (catalog, g_array_index (result->positions, guint, i))));

  return g_variant_builder_end (&builder);
}

static void
add_meta (GVariantBuilder *builder,
          const char      *id,
          const char      *name,
          const char      *description)
{
  g_variant_builder_open (builder, G_VARIANT_TYPE ("a{sv}"));
  g_variant_builder_add (builder, "{sv}", "id", g_variant_new_string (id));
  g_variant_builder_add (builder, "{sv}", "name", g_variant_new_string (name));
  g_variant_builder_add (builder, "{sv}", "description", g_variant_new_string (description));
  g_variant_builder_close (builder);
}

static GVariant *
result_metas (CgSearchProvider *self,
              GVariant         *identifiers)
{
  CgShownCatalog *shown = get_catalog (self);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GVariantBuilder builder;
  GVariantIter iter;
  const char *id;
  guint scanned = 0;

  /* One catalog for the whole call */
  cg_shown_catalog_get (shown);

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("aa{sv}"));
  g_variant_iter_init (&iter, identifiers);
  while (scanned < CG_SEARCH_PROVIDER_SCAN_IDS &&
         g_hash_table_size (seen) < CG_SEARCH_PROVIDER_MAX_METAS &&
         g_variant_iter_next (&iter, "&s", &id))
    {
      gboolean former = FALSE;
      CgProject *project;

      scanned++;
      if (!g_hash_table_add (seen, (gpointer) id))
        continue;

      project = cg_shown_catalog_lookup (shown, id, &former);
      if (project != NULL && !former)
        {
          const char *focus = cg_project_get_focus (project);
          const char *maturity = cg_maturity_get_title (cg_project_get_maturity (project));
          /* TRANSLATORS: in the GNOME Shell overview: a maturity, then a focus */
          g_autofree char *description = focus ? g_strdup_printf (_("%s · %s"), maturity, focus)
                                               : g_strdup (maturity);

          add_meta (&builder, id, cg_project_get_name (project), description);
        }
      else if (project != NULL)
        {
          /* A refresh removed it between the Shell's search and this call */
          add_meta (&builder, id, cg_project_get_name (project),
                    _("No longer in the catalog"));
        }
      else
        {
          g_autofree char *name = cut_text (id, CG_SEARCH_PROVIDER_MAX_NAME, TRUE);

          add_meta (&builder, id, name, _("Not in the catalog"));
        }
    }

  return g_variant_builder_end (&builder);
}

/* One request to the app: an action with a string, then Activate or not */
typedef struct Launch
{
  char     *action;
  char     *argument;
  gboolean  activate;
} Launch;

static void
launch_free (Launch *launch)
{
  g_free (launch->action);
  g_free (launch->argument);
  g_free (launch);
}

static void send_launch (CgSearchProvider *self,
                         Launch           *launch);

static void
app_call_done_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(CgSearchProvider) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source),
                                                             result, &error);

  if (reply == NULL)
    g_message ("The app did not start: %s", error->message);

  if (--self->in_flight == 0 && self->next != NULL)
    {
      send_launch (self, g_steal_pointer (&self->next));
      g_application_release (self->application);  /* the hold for the waiting one */
    }
  g_application_release (self->application);
}

/* Calls the app's org.freedesktop.Application @method, which starts it if
 * it is not running; the provider stays up until the app answered. */
static void
call_app (CgSearchProvider *self,
          const char       *method,
          GVariant         *parameters)
{
  self->in_flight++;
  g_application_hold (self->application);
  g_dbus_connection_call (self->connection, APP_ID, CG_SEARCH_PROVIDER_APP_PATH,
                          "org.freedesktop.Application", method, parameters, NULL,
                          G_DBUS_CALL_FLAGS_NONE, -1, NULL, app_call_done_cb,
                          g_object_ref (self));
}

static GVariant *
no_platform_data (void)
{
  return g_variant_new_array (G_VARIANT_TYPE ("{sv}"), NULL, 0);
}

/* Takes @launch. */
static void
send_launch (CgSearchProvider *self,
             Launch           *launch)
{
  call_app (self, "ActivateAction",
            g_variant_new ("(s@av@a{sv})", launch->action,
                           g_variant_new_array (G_VARIANT_TYPE_VARIANT, (GVariant *[]) {
                             g_variant_new_variant (g_variant_new_string (launch->argument)) },
                             1),
                           no_platform_data ()));
  if (launch->activate)
    call_app (self, "Activate", g_variant_new ("(@a{sv})", no_platform_data ()));
  launch_free (launch);
}

/* Asks the app to do @action with @argument. While the app has not yet
 * answered the last request (it may be starting), a new one waits, and
 * replaces any that was already waiting: a flood of calls costs the app
 * two requests, the first and the last. */
static void
launch_app (CgSearchProvider *self,
            const char       *action,
            const char       *argument,
            gboolean          activate)
{
  Launch *launch = g_new0 (Launch, 1);

  launch->action = g_strdup (action);
  launch->argument = g_strdup (argument);
  launch->activate = activate;

  if (self->in_flight == 0)
    {
      send_launch (self, launch);
      return;
    }
  if (self->next == NULL)
    g_application_hold (self->application);
  else
    launch_free (self->next);
  self->next = launch;
}

static void
open_search (CgSearchProvider *self,
             GVariant         *terms)
{
  g_autofree char *query = join_terms (terms);

  /* "search" fills the window's search; Activate shows the window. */
  launch_app (self, "search", query, TRUE);
}

static void
activate_result (CgSearchProvider *self,
                 const char       *id,
                 GVariant         *terms)
{
  CgCatalog *catalog = cg_shown_catalog_get (get_catalog (self));
  CgProject *project = cg_catalog_lookup (catalog, id);

  /* Not a project (any more): show what the person searched for instead. */
  if (project == NULL)
    {
      open_search (self, terms);
      return;
    }

  /* "show-project" shows the window itself */
  launch_app (self, "show-project", cg_project_get_id (project), FALSE);
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
  GVariant *reply = NULL;

  /* Each call restarts the inactivity timeout. */
  g_application_hold (self->application);

  if (g_str_equal (method_name, "GetInitialResultSet"))
    {
      g_autoptr(GVariant) terms = g_variant_get_child_value (parameters, 0);

      reply = g_variant_new_tuple ((GVariant *[]) { search (self, terms) }, 1);
    }
  else if (g_str_equal (method_name, "GetSubsearchResultSet"))
    {
      g_autoptr(GVariant) terms = g_variant_get_child_value (parameters, 1);

      reply = g_variant_new_tuple ((GVariant *[]) { search (self, terms) }, 1);
    }
  else if (g_str_equal (method_name, "GetResultMetas"))
    {
      g_autoptr(GVariant) ids = g_variant_get_child_value (parameters, 0);

      reply = g_variant_new_tuple ((GVariant *[]) { result_metas (self, ids) }, 1);
    }
  else if (g_str_equal (method_name, "ActivateResult"))
    {
      g_autoptr(GVariant) terms = g_variant_get_child_value (parameters, 1);
      const char *id;

      g_variant_get_child (parameters, 0, "&s", &id);
      activate_result (self, id, terms);
    }
  else if (g_str_equal (method_name, "LaunchSearch"))
    {
      g_autoptr(GVariant) terms = g_variant_get_child_value (parameters, 0);

      open_search (self, terms);
    }

  /* GDBus checked the method and its signature against the interface. */
  g_dbus_method_invocation_return_value (invocation, reply);
  g_application_release (self->application);
}

static const GDBusInterfaceVTable vtable = { method_call_cb, NULL, NULL };

static void
cg_search_provider_dispose (GObject *object)
{
  CgSearchProvider *self = (CgSearchProvider *) object;

  cg_search_provider_unregister (self);
  g_clear_weak_pointer (&self->application);
  g_clear_object (&self->catalog);
  g_clear_pointer (&self->next, launch_free);

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

/**
 * cg_search_provider_new:
 * @application: the service, held while a call is answered or the app is
 *   being started
 */
CgSearchProvider *
cg_search_provider_new (GApplication *application)
{
  CgSearchProvider *self = g_object_new (CG_TYPE_SEARCH_PROVIDER, NULL);

  g_set_weak_pointer (&self->application, application);
  return self;
}

/**
 * cg_search_provider_register:
 *
 * Exports the provider at %CG_SEARCH_PROVIDER_PATH on @connection.
 */
gboolean
cg_search_provider_register (CgSearchProvider  *self,
                             GDBusConnection   *connection,
                             GError           **error)
{
  g_autoptr(GDBusNodeInfo) info = NULL;

  g_return_val_if_fail (CG_IS_SEARCH_PROVIDER (self), FALSE);
  g_return_val_if_fail (self->registration_id == 0, FALSE);

  info = g_dbus_node_info_new_for_xml (introspection_xml, error);
  if (info == NULL)
    return FALSE;

  self->registration_id = g_dbus_connection_register_object (connection,
                                                             CG_SEARCH_PROVIDER_PATH,
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
