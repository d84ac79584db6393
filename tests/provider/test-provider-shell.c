/* test-provider-shell.c: the search provider as GNOME Shell uses it
 *
 * Runs under dbus-run-session with a bus of the test's own (see
 * provider-bus.conf.in): the bus starts the build's provider on the first
 * call, as a desktop's bus starts the installed one, and this process
 * plays the Shell and the app.
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "cg-catalog.h"
#include "../cg-test-util.h"
#include "provider-test-util.h"

#define TIMEOUT_MS 5000  /* long beside the pauses between calls, short for the test */

static CgCatalog *bundled;
static char *first_owner;
static guint32 first_pid;

static CgMaturity
maturity_of (const char *id)
{
  CgProject *project = cg_catalog_lookup (bundled, id);

  g_assert_nonnull (project);
  return cg_project_get_maturity (project);
}

static guint
index_of (const char **ids,
          const char  *id)
{
  for (guint i = 0; ids[i] != NULL; i++)
    if (g_str_equal (ids[i], id))
      return i;
  return G_MAXUINT;
}

/* The Shell's sequence for typing "kube", then "ed", then choosing the first
 * result, against an instance the bus started: one process answers it all. */
static void
test_shell_sequence (void)
{
  g_autoptr(GVariant) initial = NULL;
  g_autoptr(GVariant) metas = NULL;
  g_autoptr(GVariant) sub = NULL;
  g_autoptr(GVariant) sub_metas = NULL;
  g_autoptr(GVariant) activated = NULL;
  g_autofree const char **ids = NULL;
  g_autofree const char **sub_ids = NULL;
  g_autofree char *name = NULL;
  g_autofree char *description = NULL;
  GPtrArray *app_calls;

  /* Nothing runs until the Shell asks */
  g_assert_null (provider_owner ());

  initial = call_provider ("GetInitialResultSet", g_variant_new ("(@as)", terms ("kube", NULL)));
  first_owner = provider_owner ();
  g_assert_nonnull (first_owner);
  first_pid = provider_pid ();
  ids = reply_ids (initial);
  g_assert_cmpuint (g_strv_length ((char **) ids), >=, 5);
  g_assert_cmpstr (ids[0], ==, "kubernetes");

  /* The Shell pauses between keystrokes; the provider waits for the next */
  g_usleep (300 * 1000);
  metas = metas_of (g_variant_new_strv (ids, -1));
  assert_same_instance (first_owner, first_pid);
  g_assert_cmpuint (g_variant_n_children (metas), ==,
                    g_strv_length ((char **) ids));
  name = meta_string (metas, 0, "name");
  description = meta_string (metas, 0, "description");
  g_assert_cmpstr (name, ==, "Kubernetes");
  g_assert_cmpstr (description, ==, "Graduated · Orchestration");

  g_usleep (300 * 1000);
  sub = call_provider ("GetSubsearchResultSet",
                       g_variant_new ("(^as@as)", ids, terms ("kubeed", NULL)));
  assert_same_instance (first_owner, first_pid);
  sub_ids = reply_ids (sub);
  g_assert_cmpstr (sub_ids[0], ==, "kubeedge");
  /* Narrowed: Kubernetes has no word starting "kubeed" */
  g_assert_cmpuint (index_of (sub_ids, "kubernetes"), ==, G_MAXUINT);

  g_usleep (300 * 1000);
  sub_metas = metas_of (g_variant_new_strv (sub_ids, -1));
  assert_same_instance (first_owner, first_pid);
  g_assert_cmpuint (g_variant_n_children (sub_metas), ==,
                    g_strv_length ((char **) sub_ids));

  g_usleep (300 * 1000);
  app_calls_clear ();
  activated = call_provider ("ActivateResult",
                             g_variant_new ("(s@asu)", "kubeedge", terms ("kubeed", NULL), 0));
  app_calls = app_calls_settle ();
  assert_same_instance (first_owner, first_pid);
  /* The app is asked, through its own name, to show that project */
  g_assert_cmpuint (app_calls->len, ==, 1);
  g_assert_cmpstr (app_calls->pdata[0], ==, "ActivateAction show-project kubeedge");
}

/* Exact and well-known names first, archived last: the window's ranking */
static void
test_ranking (void)
{
  g_autoptr(GVariant) kube = call_provider ("GetInitialResultSet",
                                            g_variant_new ("(@as)", terms ("kube", NULL)));
  g_autoptr(GVariant) mesh = call_provider ("GetInitialResultSet",
                                            g_variant_new ("(@as)",
                                                           terms ("service", "mesh", NULL)));
  g_autofree const char **kube_ids = reply_ids (kube);
  g_autofree const char **mesh_ids = reply_ids (mesh);

  g_assert_cmpstr (kube_ids[0], ==, "kubernetes");
  g_assert_cmpuint (index_of (kube_ids, "kubernetes"), <, index_of (kube_ids, "kubeedge"));
  g_assert_cmpuint (index_of (kube_ids, "kubernetes"), <, index_of (kube_ids, "kubeflow"));

  g_assert_cmpuint (g_strv_length ((char **) mesh_ids), >=, 5);
  g_assert_cmpuint (index_of (mesh_ids, "istio"), <, 5);
  g_assert_cmpuint (index_of (mesh_ids, "linkerd"), <, 5);
  for (guint i = 0; i < 5; i++)
    g_assert_cmpint (maturity_of (mesh_ids[i]), !=, CG_MATURITY_ARCHIVED);
  assert_same_instance (first_owner, first_pid);
}

/* Starred projects come first among equally good matches: Kubeflow, a
 * "kube" prefix match like KubeEdge (which joined the CNCF first), once
 * starred with the command line, but not before Kubernetes, whose alias
 * "kube" is an exact match; archived projects stay after active ones even
 * when starred */
static void
test_starred_first (void)
{
  const char *star[] = { g_getenv ("CG_BINARY"), "--star", NULL, NULL };
  const char *archived = NULL;
  g_autofree char *shortlist = g_build_filename (g_get_user_data_dir (), "cncf-guide",
                                                 "shortlist.json", NULL);

  /* Nothing starred from an earlier run */
  g_unlink (shortlist);
  for (guint i = 0; i < cg_catalog_get_n_projects (bundled) && archived == NULL; i++)
    if (cg_project_get_maturity (cg_catalog_get_project (bundled, i)) == CG_MATURITY_ARCHIVED)
      archived = cg_project_get_id (cg_catalog_get_project (bundled, i));

  for (guint k = 0; k < 2; k++)
    {
      g_autoptr(GError) error = NULL;
      int status = 0;

      star[2] = k == 0 ? "kubeflow" : archived;
      g_assert_true (g_spawn_sync (NULL, (char **) star, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL,
                                   NULL, NULL, NULL, &status, &error));
      g_assert_no_error (error);
      g_assert_true (g_spawn_check_wait_status (status, NULL));
    }

  {
    g_autoptr(GVariant) kube = call_provider ("GetInitialResultSet",
                                              g_variant_new ("(@as)", terms ("kube", NULL)));
    g_autoptr(GVariant) name = call_provider ("GetInitialResultSet",
                                              g_variant_new ("(@as)", terms (archived, NULL)));
    g_autofree const char **kube_ids = reply_ids (kube);
    g_autofree const char **name_ids = reply_ids (name);

    g_assert_cmpstr (kube_ids[0], ==, "kubernetes");
    g_assert_cmpuint (index_of (kube_ids, "kubeflow"), <, index_of (kube_ids, "kubeedge"));
    /* The starred archived project still comes after every active match */
    for (guint i = 0; name_ids[i] != NULL; i++)
      if (g_strcmp0 (name_ids[i], archived) == 0)
        for (guint j = i + 1; name_ids[j] != NULL; j++)
          g_assert_cmpint (maturity_of (name_ids[j]), ==, CG_MATURITY_ARCHIVED);
  }

  /* Unstarred again: the usual order comes back */
  {
    const char *unstar[] = { g_getenv ("CG_BINARY"), "--unstar", "kubeflow", NULL };
    g_autoptr(GError) error = NULL;
    g_autoptr(GVariant) kube = NULL;
    g_autofree const char **kube_ids = NULL;
    int status = 0;

    g_assert_true (g_spawn_sync (NULL, (char **) unstar, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL,
                                 NULL, NULL, NULL, &status, &error));
    g_assert_no_error (error);
    g_assert_true (g_spawn_check_wait_status (status, NULL));
    kube = call_provider ("GetInitialResultSet", g_variant_new ("(@as)", terms ("kube", NULL)));
    kube_ids = reply_ids (kube);
    g_assert_cmpuint (index_of (kube_ids, "kubeedge"), <, index_of (kube_ids, "kubeflow"));
  }
  assert_same_instance (first_owner, first_pid);
}

/* A meta for every id asked for, known or not, once each */
static void
test_metas_for_unknown_ids (void)
{
  const char *ids[] = { "kubernetes", "no-such-project", "<b>x</b> & y", "kubernetes", "", NULL };
  g_autoptr(GVariant) metas = metas_of (g_variant_new_strv (ids, -1));
  const char *expected[] = { "kubernetes", "no-such-project", "<b>x</b> & y", "" };

  g_assert_cmpuint (g_variant_n_children (metas), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *id = meta_string (metas, i, "id");
      g_autofree char *name = meta_string (metas, i, "name");
      g_autofree char *description = meta_string (metas, i, "description");

      g_assert_cmpstr (id, ==, expected[i]);
      if (i == 0)
        continue;
      /* Shown as it came, never as markup */
      g_assert_cmpstr (name, ==, expected[i]);
      g_assert_cmpstr (description, ==, "Not in the catalog");
    }
}

/* Writes the bundled catalog, without Helm and with Kubernetes renamed
 * (its former id "kube-old"), to the provider's cache: what a refresh by
 * the app would do. */
static void
write_changed_cache (void)
{
  g_autofree char *source = g_build_filename (g_getenv ("CG_SOURCE_DIR"), "resources",
                                              "catalog.json", NULL);
  g_autofree char *dir = cache_dir ();
  g_autofree char *path = g_build_filename (dir, "catalog.json", NULL);
  g_autofree char *tmp = g_build_filename (dir, "catalog.json.new", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *projects;

  json_parser_load_from_file (parser, source, &error);
  g_assert_no_error (error);
  projects = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                           "projects");
  for (guint i = json_array_get_length (projects); i-- > 0;)
    {
      JsonObject *project = json_array_get_object_element (projects, i);
      const char *id = json_object_get_string_member (project, "id");

      if (g_str_equal (id, "helm"))
        json_array_remove_element (projects, i);
      else if (g_str_equal (id, "kubernetes"))
        {
          g_autoptr(JsonArray) former = json_array_new ();

          json_object_set_string_member (project, "name", "Kubernetes Renamed");
          json_array_add_string_element (former, "kube-old");
          json_object_set_array_member (project, "former_ids", g_steal_pointer (&former));
        }
    }

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  json_generator_set_root (generator, json_parser_get_root (parser));
  json_generator_to_file (generator, tmp, &error);
  g_assert_no_error (error);
  /* Replaced whole, as the cache is */
  g_assert_cmpint (g_rename (tmp, path), ==, 0);
}

/* A refresh between the Shell's calls: the provider follows the catalog,
 * and the ids it gave before still get metas. */
static void
test_catalog_change (void)
{
  g_autofree char *dir = cache_dir ();
  g_autofree char *path = g_build_filename (dir, "catalog.json", NULL);
  const char *asked[] = { "helm", "kubernetes", "kube-old", NULL };
  g_autoptr(GVariant) before = call_provider ("GetInitialResultSet",
                                              g_variant_new ("(@as)", terms ("helm", NULL)));
  g_autofree const char **before_ids = reply_ids (before);
  g_autoptr(GVariant) after = NULL;
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GVariant) back = NULL;
  g_autofree const char **after_ids = NULL;
  g_autofree const char **back_ids = NULL;
  g_autofree char *damaged = NULL;
  g_autofree char *former_id = NULL;
  g_autofree char *former_name = NULL;
  g_autoptr(GVariant) activated = NULL;
  GPtrArray *app_calls;
  g_autofree char *helm_name = NULL;
  g_autofree char *helm_description = NULL;
  g_autofree char *kubernetes_name = NULL;

  g_assert_cmpstr (before_ids[0], ==, "helm");

  write_changed_cache ();
  after = call_provider ("GetInitialResultSet", g_variant_new ("(@as)", terms ("helm", NULL)));
  after_ids = reply_ids (after);
  g_assert_cmpuint (index_of (after_ids, "helm"), ==, G_MAXUINT);

  reply = metas_of (g_variant_new_strv (asked, -1));
  g_assert_cmpuint (g_variant_n_children (reply), ==, 3);
  helm_name = meta_string (reply, 0, "name");
  helm_description = meta_string (reply, 0, "description");
  kubernetes_name = meta_string (reply, 1, "name");
  g_assert_cmpstr (helm_name, ==, "Helm");
  g_assert_cmpstr (helm_description, ==, "No longer in the catalog");
  g_assert_cmpstr (kubernetes_name, ==, "Kubernetes Renamed");
  /* A former id: the project it names now, under the id asked for */
  former_id = meta_string (reply, 2, "id");
  former_name = meta_string (reply, 2, "name");
  g_assert_cmpstr (former_id, ==, "kube-old");
  g_assert_cmpstr (former_name, ==, "Kubernetes Renamed");
  app_calls_clear ();
  activated = call_provider ("ActivateResult",
                             g_variant_new ("(s@asu)", "kube-old", terms ("kube", NULL), 0));
  app_calls = app_calls_settle ();
  g_assert_cmpuint (app_calls->len, ==, 1);
  g_assert_cmpstr (app_calls->pdata[0], ==, "ActivateAction show-project kubernetes");

  /* A damaged cache: the bundled catalog is shown again, and the file is
   * left for the app to set aside and tell the person about */
  g_assert_true (g_file_set_contents (path, "{ damaged", -1, NULL));
  back = call_provider ("GetInitialResultSet", g_variant_new ("(@as)", terms ("helm", NULL)));
  back_ids = reply_ids (back);
  g_assert_cmpstr (back_ids[0], ==, "helm");
  g_assert_true (g_file_get_contents (path, &damaged, NULL, NULL));
  g_assert_cmpstr (damaged, ==, "{ damaged");
  g_assert_cmpint (g_unlink (path), ==, 0);
  assert_same_instance (first_owner, first_pid);
}

static void
owner_changed_cb (GDBusConnection *connection,
                  const char      *sender,
                  const char      *object_path,
                  const char      *interface_name,
                  const char      *signal_name,
                  GVariant        *parameters,
                  gpointer         user_data)
{
  gboolean *gone = user_data;
  const char *new_owner;

  g_variant_get (parameters, "(&s&s&s)", NULL, NULL, &new_owner);
  if (*new_owner == '\0')
    *gone = TRUE;
}

/* Idle for its inactivity timeout, the provider leaves the bus and exits */
static void
test_exits_when_idle (void)
{
  gboolean gone = FALSE;
  gint64 deadline = g_get_monotonic_time () + cg_test_seconds (60) * G_USEC_PER_SEC;
  guint id = g_dbus_connection_signal_subscribe (bus, "org.freedesktop.DBus",
                                                 "org.freedesktop.DBus", "NameOwnerChanged",
                                                 "/org/freedesktop/DBus", provider_name,
                                                 G_DBUS_SIGNAL_FLAGS_NONE, owner_changed_cb,
                                                 &gone, NULL);
  g_autofree char *owner = provider_owner ();

  /* Still the one process that answered every call so far */
  g_assert_cmpstr (owner, ==, first_owner);
  while (!gone)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
  g_dbus_connection_signal_unsubscribe (bus, id);

  /* and the process is gone, not only its name */
  while (kill ((pid_t) first_pid, 0) == 0)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_usleep (50 * 1000);
    }
  g_assert_cmpint (errno, ==, ESRCH);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  /* Longer under the sanitizers, where starting the command line that
   * stars a project takes seconds */
  provider_test_init (&argc, &argv, TIMEOUT_MS * cg_test_timeout_scale ());
  bundled = cg_catalog_new_bundled (&error);
  g_assert_no_error (error);

  g_test_add_func ("/provider/shell-sequence", test_shell_sequence);
  g_test_add_func ("/provider/ranking", test_ranking);
  g_test_add_func ("/provider/starred-first", test_starred_first);
  g_test_add_func ("/provider/metas-for-unknown-ids", test_metas_for_unknown_ids);
  g_test_add_func ("/provider/catalog-change", test_catalog_change);
  g_test_add_func ("/provider/exits-when-idle", test_exits_when_idle);

  ret = g_test_run ();
  g_clear_object (&bundled);
  return ret;
}
