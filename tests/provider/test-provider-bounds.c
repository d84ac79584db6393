/* test-provider-bounds.c: the search provider under hostile calls
 *
 * Any process on the session bus can call the provider. However many ids
 * or terms it sends, the answer is bounded and quick; whatever an id
 * holds, it is never passed on to the app. (The figures are in
 * bench/bench-provider; here the deadlines are generous.)
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "provider-test-util.h"
#include "../cg-test-util.h"

/* The rule the provider documents (cg-search-provider.h) */
#define SCAN_IDS 1000
#define MAX_METAS 100
#define MAX_RESULTS 25

#define HOSTILE "<b>x</b> & <a href=\"file:///etc/passwd\">y</a>"

static GVariant *
many_ids (guint    n,
          gboolean distinct)
{
  GVariantBuilder builder;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("as"));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("id-%u", distinct ? i : 0);

      g_variant_builder_add (&builder, "s", id);
    }
  return g_variant_builder_end (&builder);
}

/* 100,000 distinct ids: metas for the first MAX_METAS, in the order asked */
static void
test_many_distinct_ids (void)
{
  g_autoptr(GVariant) metas = metas_of (many_ids (100000, TRUE));
  g_autofree char *owner = provider_owner ();
  guint32 pid = provider_pid ();

  g_assert_cmpuint (g_variant_n_children (metas), ==, MAX_METAS);
  for (guint i = 0; i < MAX_METAS; i++)
    {
      g_autofree char *id = meta_string (metas, i, "id");
      g_autofree char *expected = g_strdup_printf ("id-%u", i);

      g_assert_cmpstr (id, ==, expected);
    }

  /* Still there, and still answering */
  {
    g_autoptr(GVariant) reply = call_provider ("GetInitialResultSet",
                                               g_variant_new ("(@as)", terms ("envoy", NULL)));
    g_autofree const char **ids = reply_ids (reply);

    g_assert_cmpstr (ids[0], ==, "envoy");
  }
  assert_same_instance (owner, pid);
}

/* Duplicates count once; only the first SCAN_IDS ids are read */
static void
test_duplicate_ids (void)
{
  GVariantBuilder builder;
  g_autoptr(GVariant) metas = NULL;
  g_autoptr(GVariant) early = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("as"));
  for (guint i = 0; i < 100000; i++)
    g_variant_builder_add (&builder, "s", i == 7 ? "envoy" : "kubernetes");
  g_variant_builder_add (&builder, "s", "helm");  /* after the first SCAN_IDS: not read */
  metas = metas_of (g_variant_builder_end (&builder));

  g_assert_cmpuint (g_variant_n_children (metas), ==, 2);
  first = meta_string (metas, 0, "id");
  second = meta_string (metas, 1, "id");
  g_assert_cmpstr (first, ==, "kubernetes");
  g_assert_cmpstr (second, ==, "envoy");

  /* Within the first SCAN_IDS, a new id is answered */
  g_variant_builder_init (&builder, G_VARIANT_TYPE ("as"));
  for (guint i = 0; i < SCAN_IDS - 1; i++)
    g_variant_builder_add (&builder, "s", "kubernetes");
  g_variant_builder_add (&builder, "s", "helm");
  early = metas_of (g_variant_builder_end (&builder));
  g_assert_cmpuint (g_variant_n_children (early), ==, 2);
}

/* A long id comes back whole as the id, and cut as the name shown */
static void
test_long_id (void)
{
  g_autofree char *long_id = g_strnfill (100000, 'a');
  const char *ids[] = { long_id, NULL };
  g_autoptr(GVariant) metas = metas_of (g_variant_new_strv (ids, -1));
  g_autofree char *id = meta_string (metas, 0, "id");
  g_autofree char *name = meta_string (metas, 0, "name");

  g_assert_cmpstr (id, ==, long_id);
  g_assert_cmpuint (strlen (name), <, 200);
  g_assert_true (g_str_has_suffix (name, "…"));
}

/* Previous results are not walked; many terms are read up to the
 * search's own limit */
static void
test_subsearch_bounds (void)
{
  g_autoptr(GVariant) previous = many_ids (100000, TRUE);
  g_autoptr(GVariant) reply = call_provider ("GetSubsearchResultSet",
                                             g_variant_new ("(@as@as)", g_variant_ref (previous),
                                                            terms ("envoy", NULL)));
  g_autofree const char **ids = reply_ids (reply);
  GVariantBuilder builder;
  g_autoptr(GVariant) wide = NULL;
  g_autofree const char **wide_ids = NULL;

  g_assert_cmpstr (ids[0], ==, "envoy");

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("as"));
  for (guint i = 0; i < 100000; i++)
    g_variant_builder_add (&builder, "s", "k");
  wide = call_provider ("GetInitialResultSet", g_variant_new ("(@as)",
                                                             g_variant_builder_end (&builder)));
  wide_ids = reply_ids (wide);
  g_assert_cmpuint (g_strv_length ((char **) wide_ids), <=, MAX_RESULTS);
  g_assert_cmpuint (g_strv_length ((char **) wide_ids), >, 0);
}

/* A hostile id is no project: the app is asked to search for the terms
 * the person typed, never to show that id */
static void
test_activate_hostile_id (void)
{
  g_autoptr(GVariant) reply = NULL;
  GPtrArray *calls;

  app_calls_clear ();
  reply = call_provider ("ActivateResult",
                         g_variant_new ("(s@asu)", HOSTILE, terms ("<b>x</b>", "&", NULL), 0));
  calls = app_calls_settle ();

  g_assert_cmpuint (calls->len, ==, 2);
  g_assert_cmpstr (calls->pdata[0], ==, "ActivateAction search <b>x</b> &");
  g_assert_cmpstr (calls->pdata[1], ==, "Activate");
}

static void
count_reply_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  guint *replies = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source),
                                                             result, &error);

  g_assert_no_error (error);
  (*replies)++;
}

/* 100 ActivateResult calls while the app is busy starting: the app is
 * asked twice, for the first and the last, not a hundred times */
static void
test_activate_flood (void)
{
  guint replies = 0;
  gint64 deadline = g_get_monotonic_time () + cg_test_seconds (60) * G_USEC_PER_SEC;
  GPtrArray *calls;

  app_calls_clear ();
  app_hold_replies (TRUE);
  /* 100: the bus allows a connection 128 calls waiting for replies */
  for (guint i = 0; i < 100; i++)
    g_dbus_connection_call (bus, provider_name, PROVIDER_PATH, PROVIDER_IFACE, "ActivateResult",
                            g_variant_new ("(s@asu)",
                                           i == 0 ? "kubernetes" : i == 99 ? "helm" : "envoy",
                                           terms ("x", NULL), 0),
                            NULL, G_DBUS_CALL_FLAGS_NONE, 60000, NULL, count_reply_cb, &replies);
  while (replies < 100)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }

  app_hold_replies (FALSE);
  calls = app_calls_settle ();
  g_assert_cmpuint (calls->len, ==, 2);
  g_assert_cmpstr (calls->pdata[0], ==, "ActivateAction show-project kubernetes");
  g_assert_cmpstr (calls->pdata[1], ==, "ActivateAction show-project helm");
}

/* Enter in the overview: the app opens with that search */
static void
test_launch_search (void)
{
  g_autoptr(GVariant) reply = NULL;
  GPtrArray *calls;

  app_calls_clear ();
  reply = call_provider ("LaunchSearch", g_variant_new ("(@asu)",
                                                        terms ("service", "mesh", NULL), 0));
  calls = app_calls_settle ();

  g_assert_cmpuint (calls->len, ==, 2);
  g_assert_cmpstr (calls->pdata[0], ==, "ActivateAction search service mesh");
  g_assert_cmpstr (calls->pdata[1], ==, "Activate");
}

int
main (int   argc,
      char *argv[])
{
  provider_test_init (&argc, &argv, 60000);

  g_test_add_func ("/provider/many-distinct-ids", test_many_distinct_ids);
  g_test_add_func ("/provider/duplicate-ids", test_duplicate_ids);
  g_test_add_func ("/provider/long-id", test_long_id);
  g_test_add_func ("/provider/subsearch-bounds", test_subsearch_bounds);
  g_test_add_func ("/provider/activate-hostile-id", test_activate_hostile_id);
  g_test_add_func ("/provider/launch-search", test_launch_search);
  g_test_add_func ("/provider/activate-flood", test_activate_flood);

  return g_test_run ();
}
