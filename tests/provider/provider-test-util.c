/* provider-test-util.c
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "provider-test-util.h"
#include "../cg-test-util.h"

#define APP_PATH "/io/github/cncf_guide/ContributorGuide"

const char *provider_name = APP_ID ".SearchProvider";
GDBusConnection *bus;

static GPtrArray *app_calls;  /* "Method arg…", one a call, in order */
static GPtrArray *held;       /* invocations not answered yet, or NULL */
static char *cache;

static const char app_xml[] =
  "<node>"
  "  <interface name='org.freedesktop.Application'>"
  "    <method name='Activate'>"
  "      <arg type='a{sv}' name='platform_data' direction='in'/>"
  "    </method>"
  "    <method name='Open'>"
  "      <arg type='as' name='uris' direction='in'/>"
  "      <arg type='a{sv}' name='platform_data' direction='in'/>"
  "    </method>"
  "    <method name='ActivateAction'>"
  "      <arg type='s' name='action_name' direction='in'/>"
  "      <arg type='av' name='parameter' direction='in'/>"
  "      <arg type='a{sv}' name='platform_data' direction='in'/>"
  "    </method>"
  "  </interface>"
  "</node>";

/* Records a call to the app as text: the method, then its arguments. */
static void
app_method_cb (GDBusConnection       *connection,
               const char            *sender,
               const char            *object_path,
               const char            *interface_name,
               const char            *method_name,
               GVariant              *parameters,
               GDBusMethodInvocation *invocation,
               gpointer               user_data)
{
  GString *line = g_string_new (method_name);

  if (g_str_equal (method_name, "ActivateAction"))
    {
      g_autoptr(GVariant) args = g_variant_get_child_value (parameters, 1);
      const char *action;

      g_variant_get_child (parameters, 0, "&s", &action);
      g_string_append_printf (line, " %s", action);
      for (gsize i = 0; i < g_variant_n_children (args); i++)
        {
          g_autoptr(GVariant) boxed = g_variant_get_child_value (args, i);
          g_autoptr(GVariant) arg = g_variant_get_variant (boxed);

          g_string_append_c (line, ' ');
          g_string_append (line, g_variant_is_of_type (arg, G_VARIANT_TYPE_STRING)
                                 ? g_variant_get_string (arg, NULL) : "(not a string)");
        }
    }
  else if (g_str_equal (method_name, "Open"))
    g_string_append (line, " (uris)");

  g_ptr_array_add (app_calls, g_string_free (line, FALSE));
  if (held != NULL)
    g_ptr_array_add (held, invocation);
  else
    g_dbus_method_invocation_return_value (invocation, NULL);
}

static const GDBusInterfaceVTable app_vtable = { app_method_cb, NULL, NULL };

/**
 * provider_test_init:
 * @timeout_ms: the provider's inactivity timeout, for the instances that
 *   the bus starts from now on
 *
 * Connects to the private bus (dbus-run-session with the test's config),
 * makes the bus start the provider with an empty cache of its own and
 * @timeout_ms, and owns the app's name in its place.
 */
void
provider_test_init (int    *argc,
                    char ***argv,
                    guint   timeout_ms)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDBusNodeInfo) info = NULL;
  g_autoptr(GVariant) reply = NULL;
  g_autofree char *timeout = g_strdup_printf ("%u", timeout_ms);
  GVariantBuilder env;

  g_test_init (argc, argv, NULL);

  if (g_getenv ("CG_TEST_PROVIDER_NAME") != NULL)
    provider_name = g_getenv ("CG_TEST_PROVIDER_NAME");

  bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_assert_no_error (error);

  cache = g_dir_make_tmp ("cg-test-provider-XXXXXX", &error);
  g_assert_no_error (error);

  /* What the bus gives the processes it starts from now on */
  g_variant_builder_init (&env, G_VARIANT_TYPE ("a{ss}"));
  g_variant_builder_add (&env, "{ss}", "XDG_CACHE_HOME", cache);
  g_variant_builder_add (&env, "{ss}", "CG_SEARCH_PROVIDER_TIMEOUT_MS", timeout);
  g_variant_builder_add (&env, "{ss}", "LANGUAGE", "C");
  g_variant_builder_add (&env, "{ss}", "LC_ALL", "C.UTF-8");
  reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "UpdateActivationEnvironment",
                                       g_variant_new ("(a{ss})", &env), NULL,
                                       G_DBUS_CALL_FLAGS_NONE, -1, NULL, &error);
  g_assert_no_error (error);

  /* Play the app: whatever the provider starts comes here. (Unless the
   * provider is the app, as it was before it had its own binary: set
   * CG_TEST_PROVIDER_NAME to the app's id to run these tests against that.) */
  app_calls = g_ptr_array_new_with_free_func (g_free);
  if (g_str_equal (provider_name, APP_ID))
    return;
  info = g_dbus_node_info_new_for_xml (app_xml, &error);
  g_assert_no_error (error);
  g_dbus_connection_register_object (bus, APP_PATH, info->interfaces[0], &app_vtable,
                                     NULL, NULL, &error);
  g_assert_no_error (error);
  g_clear_pointer (&reply, g_variant_unref);
  reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "RequestName",
                                       g_variant_new ("(su)", APP_ID, 4 /* DO_NOT_QUEUE */),
                                       G_VARIANT_TYPE ("(u)"), G_DBUS_CALL_FLAGS_NONE, -1,
                                       NULL, &error);
  g_assert_no_error (error);
}

GVariant *
terms (const char *first,
       ...)
{
  GVariantBuilder builder;
  va_list args;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("as"));
  va_start (args, first);
  for (const char *t = first; t != NULL; t = va_arg (args, const char *))
    g_variant_builder_add (&builder, "s", t);
  va_end (args);
  return g_variant_builder_end (&builder);
}

/* Calls the provider as the Shell does; a generous deadline, never a
 * measure: the first call starts the provider. */
GVariant *
call_provider (const char *method,
               GVariant   *parameters)
{
  g_autoptr(GError) error = NULL;
  GVariant *reply = g_dbus_connection_call_sync (bus, provider_name, PROVIDER_PATH,
                                                 PROVIDER_IFACE, method, parameters, NULL,
                                                 G_DBUS_CALL_FLAGS_NONE,
                                                 (int) cg_test_seconds (60) * 1000, NULL,
                                                 &error);

  g_assert_no_error (error);
  return reply;
}

/* Returns: (transfer container): the ids of a result-set reply */
const char **
reply_ids (GVariant *reply)
{
  const char **ids = NULL;

  g_variant_get (reply, "(^a&s)", &ids);
  return ids;
}

/* Calls GetResultMetas for @ids (floating, consumed).
 * Returns: (transfer full): the metas, aa{sv} */
GVariant *
metas_of (GVariant *ids)
{
  g_autoptr(GVariant) reply = call_provider ("GetResultMetas", g_variant_new ("(@as)", ids));

  return g_variant_get_child_value (reply, 0);
}

static GVariant *
ask_bus (const char *method,
         const char *type)
{
  g_autoptr(GError) error = NULL;
  GVariant *reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus",
                                                 "/org/freedesktop/DBus", "org.freedesktop.DBus",
                                                 method, g_variant_new ("(s)", provider_name),
                                                 G_VARIANT_TYPE (type), G_DBUS_CALL_FLAGS_NONE,
                                                 -1, NULL, &error);

  g_assert_no_error (error);
  return reply;
}

/* Returns: (transfer full) (nullable): the provider's unique name, or
 * %NULL when no process has it */
char *
provider_owner (void)
{
  g_autoptr(GVariant) has = ask_bus ("NameHasOwner", "(b)");
  g_autoptr(GVariant) owner = NULL;
  char *name = NULL;

  if (!g_variant_get_boolean (g_variant_get_child_value (has, 0)))
    return NULL;
  owner = ask_bus ("GetNameOwner", "(s)");
  g_variant_get (owner, "(s)", &name);
  return name;
}

guint32
provider_pid (void)
{
  g_autoptr(GVariant) reply = ask_bus ("GetConnectionUnixProcessID", "(u)");
  guint32 pid;

  g_variant_get (reply, "(u)", &pid);
  return pid;
}

/* The provider is still the process that answered before. */
void
assert_same_instance (const char *owner,
                      guint32     pid)
{
  g_autofree char *now = provider_owner ();

  g_assert_cmpstr (now, ==, owner);
  g_assert_cmpuint (provider_pid (), ==, pid);
}

/**
 * app_calls_settle:
 *
 * The provider calls the app before it answers the call that made it
 * do so; a round trip to the provider later, all of those calls are
 * queued here. This dispatches them.
 *
 * Returns: (transfer none): what the app was asked, in order
 */
GPtrArray *
app_calls_settle (void)
{
  g_autoptr(GVariant) ping = call_provider ("GetInitialResultSet",
                                            g_variant_new ("(@as)", terms ("", NULL)));

  while (g_main_context_iteration (NULL, FALSE))
    ;
  return app_calls;
}

/**
 * app_hold_replies:
 * @hold: whether the app keeps the provider waiting for its answers (as
 *   while it starts); %FALSE answers every call kept so far
 */
void
app_hold_replies (gboolean hold)
{
  if (hold && held == NULL)
    held = g_ptr_array_new ();
  else if (!hold && held != NULL)
    {
      for (guint i = 0; i < held->len; i++)
        g_dbus_method_invocation_return_value (held->pdata[i], NULL);
      g_clear_pointer (&held, g_ptr_array_unref);
    }
}

void
app_calls_clear (void)
{
  g_ptr_array_set_size (app_calls, 0);
}

/* Returns: (transfer full): the string @key of the @i-th meta */
char *
meta_string (GVariant   *metas,
             guint       i,
             const char *key)
{
  g_autoptr(GVariant) meta = g_variant_get_child_value (metas, i);
  char *value = NULL;

  g_assert_true (g_variant_lookup (meta, key, "s", &value));
  return value;
}

/* Returns: (transfer full): the provider's cache folder (cncf-guide/ in
 * its XDG_CACHE_HOME) */
char *
cache_dir (void)
{
  return g_build_filename (cache, "cncf-guide", NULL);
}
