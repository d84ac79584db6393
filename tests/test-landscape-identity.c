/* test-landscape-identity.c: a refresh keeps what it knows
 *
 * Each case is the bundled catalog written in the landscape API's shape
 * (tests/cg-test-api.c), changed the way upstream data misleads, and run
 * through cg_landscape_import(), the function the refresh runs.
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "cg-chat-link.h"
#include "cg-cli.h"
#include "cg-landscape.h"
#include "cg-test-api.h"

static CgCatalog *bundled;

static guint
count_with (CgCatalog  *catalog,
            gboolean  (*has) (CgProject *))
{
  guint n = 0;

  for (guint i = 0; i < cg_catalog_get_n_projects (catalog); i++)
    if (has (cg_catalog_get_project (catalog, i)))
      n++;
  return n;
}

static gboolean
has_chat (CgProject *p)
{
  return cg_project_get_chat (p)->len > 0;
}

static gboolean
has_list (CgProject *p)
{
  return cg_project_get_mailing_lists (p)->len > 0;
}

/* The unchanged API gives the catalog back: the ground all cases stand on */
static void
test_unchanged (void)
{
  g_autoptr(JsonArray) items = cg_test_api_items_from_catalog (bundled, G_MAXUINT);
  g_autoptr(GError) error = NULL;
  CgImportStats stats;
  g_autoptr(CgCatalog) catalog = cg_test_api_import (items, bundled, &stats, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (stats.n_projects, ==, cg_catalog_get_n_projects (bundled));
  g_assert_cmpuint (stats.n_new, ==, 0);
  g_assert_cmpuint (stats.n_merged, ==, 0);
  g_assert_cmpuint (stats.n_renamed, ==, 0);
  g_assert_cmpuint (stats.kept_fields, ==, 0);
  g_assert_cmpuint (count_with (catalog, has_chat), ==, count_with (bundled, has_chat));
  g_assert_cmpuint (count_with (catalog, has_list), ==, count_with (bundled, has_list));
}

static void
assert_kubernetes_whole (CgCatalog *catalog)
{
  CgProject *known = cg_catalog_lookup (bundled, "kubernetes");
  CgProject *k8s = cg_catalog_lookup (catalog, "kubernetes");

  g_assert_nonnull (k8s);
  g_assert_cmpstr (cg_project_get_repository (k8s), ==, cg_project_get_repository (known));
  g_assert_cmpstr (cg_project_get_category (k8s), ==, cg_project_get_category (known));
  g_assert_cmpstr (cg_project_get_date (k8s, "graduated"), ==,
                   cg_project_get_date (known, "graduated"));
  g_assert_cmpuint (cg_project_get_chat (k8s)->len, ==, cg_project_get_chat (known)->len);
  g_assert_cmpstr (((CgLinkItem *) cg_project_get_chat (k8s)->pdata[0])->url, ==,
                   ((CgLinkItem *) cg_project_get_chat (known)->pdata[0])->url);
}

/* A thin duplicate (the CNAI sub-landscape repeats Kubernetes) merges into
 * the full item, first or last */
static void
test_duplicates_merged (void)
{
  g_autoptr(GBytes) first_bytes = NULL;
  g_autoptr(GBytes) last_bytes = NULL;

  for (guint place = 0; place < 2; place++)
    {
      g_autoptr(JsonArray) items = cg_test_api_items_from_catalog (bundled, G_MAXUINT);
      g_autoptr(JsonArray) arranged = json_array_new ();
      JsonObject *thin = json_object_new ();
      g_autoptr(GError) error = NULL;
      CgImportStats stats;
      g_autoptr(CgCatalog) catalog = NULL;

      json_object_set_string_member (thin, "name", "Kubernetes");
      json_object_set_string_member (thin, "maturity", "graduated");
      json_object_set_string_member (thin, "category", "CNAI");
      if (place == 0)
        json_array_add_object_element (arranged, thin);
      for (guint i = 0; i < json_array_get_length (items); i++)
        json_array_add_element (arranged, json_node_copy (json_array_get_element (items, i)));
      if (place == 1)
        json_array_add_object_element (arranged, thin);

      catalog = cg_test_api_import (arranged, bundled, &stats, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (stats.n_merged, ==, 1);
      g_assert_cmpuint (stats.n_new, ==, 0);
      g_assert_cmpuint (stats.n_projects, ==, cg_catalog_get_n_projects (bundled));
      assert_kubernetes_whole (catalog);
      {
        g_autofree char *outcome = cg_cli_describe_update (catalog, bundled, &stats);

        g_assert_cmpstr (outcome, ==, "Catalog updated: 255 projects, 0 new, 1 duplicate merged");
      }
      if (place == 0)
        first_bytes = cg_catalog_to_bytes (catalog);
      else
        last_bytes = cg_catalog_to_bytes (catalog);
    }
  /* The same catalog whatever the order */
  g_assert_true (g_bytes_equal (first_bytes, last_bytes));
}

/* "Notary Project" renamed "Notary" upstream keeps its id and curated facts */
static void
test_rename_keeps_identity (void)
{
  g_autoptr(JsonArray) items = cg_test_api_items_from_catalog (bundled, G_MAXUINT);
  g_autoptr(GError) error = NULL;
  CgImportStats stats;
  g_autoptr(CgCatalog) catalog = NULL;
  CgProject *known = cg_catalog_lookup (bundled, "notary-project");
  CgProject *renamed;

  g_assert_nonnull (known);
  json_object_set_string_member (cg_test_api_find_item (items, "Notary Project"), "name", "Notary");
  json_object_remove_member (cg_test_api_find_item (items, "Notary"), "id");

  catalog = cg_test_api_import (items, bundled, &stats, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stats.n_renamed, ==, 1);
  g_assert_cmpuint (stats.n_new, ==, 0);
  g_assert_null (cg_catalog_lookup (catalog, "notary"));
  renamed = cg_catalog_lookup (catalog, "notary-project");
  g_assert_nonnull (renamed);
  g_assert_cmpstr (cg_project_get_name (renamed), ==, "Notary");
  g_assert_cmpstr (cg_project_get_summary (renamed), ==, cg_project_get_summary (known));
  g_assert_cmpstr (cg_project_get_license (renamed), ==, cg_project_get_license (known));
  g_assert_cmpint (cg_project_get_legal_kind (renamed), ==, cg_project_get_legal_kind (known));
  g_assert_cmpstr (cg_project_get_focus (renamed), ==, cg_project_get_focus (known));
  {
    g_autofree char *outcome = cg_cli_describe_update (catalog, bundled, &stats);

    g_assert_cmpstr (outcome, ==, "Catalog updated: 255 projects, 0 new, 1 renamed");
  }
}

/* A rename found by homepage when the repository moved too */
static void
test_rename_by_homepage (void)
{
  g_autoptr(JsonArray) items = cg_test_api_items_from_catalog (bundled, G_MAXUINT);
  g_autoptr(GError) error = NULL;
  CgImportStats stats;
  g_autoptr(CgCatalog) catalog = NULL;
  JsonObject *item = cg_test_api_find_item (items, "Chaos Mesh");

  json_object_set_string_member (item, "name", "Chaos Mesh Project");
  json_object_remove_member (item, "repositories");
  json_object_remove_member (item, "id");
  catalog = cg_test_api_import (items, bundled, &stats, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stats.n_renamed, ==, 1);
  g_assert_cmpstr (cg_project_get_name (cg_catalog_lookup (catalog, "chaos-mesh")), ==,
                   "Chaos Mesh Project");
}

/* No item carries any chat member: a change of format, not news */
static void
test_schema_drift_keeps_known (void)
{
  static const char * const chat_members[] = {
    "slack_url", "chat_channel", "mailing_list_url", "gitter_url", "discord_url",
    "github_discussions_url",
  };
  g_autoptr(JsonArray) items = cg_test_api_items_from_catalog (bundled, G_MAXUINT);
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;
  CgImportStats stats;
  g_autoptr(CgCatalog) catalog = NULL;

  for (guint i = 0; i < json_array_get_length (items); i++)
    for (guint k = 0; k < G_N_ELEMENTS (chat_members); k++)
      json_object_remove_member (json_array_get_object_element (items, i), chat_members[k]);

  catalog = cg_test_api_import (items, bundled, &stats, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_with (catalog, has_chat), ==, count_with (bundled, has_chat));
  g_assert_cmpuint (count_with (catalog, has_list), ==, count_with (bundled, has_list));
  g_assert_true (stats.kept_fields & CG_IMPORT_FIELD_CHAT);
  g_assert_true (stats.kept_fields & CG_IMPORT_FIELD_MAILING_LISTS);
  kept = cg_import_stats_describe_kept (&stats);
  g_assert_nonnull (strstr (kept, "The landscape no longer lists chat channels; "
                                  "the known ones were kept."));
  {
    g_autofree char *outcome = cg_cli_describe_update (catalog, bundled, &stats);

    g_assert_cmpstr (outcome, ==, "Catalog updated: 255 projects, 0 new. "
                                  "The landscape no longer lists chat channels; the known ones "
                                  "were kept. The landscape no longer lists mailing lists; the "
                                  "known ones were kept.");
  }
}

/* A download that drops most chats while some items still carry one is
 * refused whole */
static void
test_mass_drop_refused (void)
{
  g_autoptr(JsonArray) items = cg_test_api_items_from_catalog (bundled, G_MAXUINT);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) body = NULL;
  g_autoptr(GBytes) out = NULL;
  guint kept = 0;

  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonObject *item = json_array_get_object_element (items, i);

      if (json_object_has_member (item, "slack_url") && kept++ >= 20)
        {
          json_object_remove_member (item, "slack_url");
          json_object_remove_member (item, "chat_channel");
          json_object_remove_member (item, "gitter_url");
          json_object_remove_member (item, "discord_url");
          json_object_remove_member (item, "github_discussions_url");
        }
    }
  body = cg_test_api_to_bytes (items);
  out = cg_landscape_import (body, bundled, "2026-11-28", NULL, &error);
  g_assert_null (out);
  g_assert_error (error, CG_LANDSCAPE_ERROR, CG_LANDSCAPE_ERROR_INCOMPLETE);
  g_assert_nonnull (strstr (error->message, "chat channels"));
}

/* Chat links are named after the workspace they name; CNCF invitation
 * tokens become the stable invitation page */
static void
test_chat_links (void)
{
  static const struct
  {
    const char *url, *title, *kept;
    gboolean may_expire;
  } cases[] = {
    { "https://join.slack.com/t/cloud-native/shared_invite/zt-fyy3b8up-qHeDNVqbz1j8HDY6g1cY4w",
      "CNCF Slack", "https://slack.cncf.io/", FALSE },
    { "https://join.slack.com/t/kubernetes/shared_invite/zt-abc", "Kubernetes Slack",
      "https://slack.k8s.io/", FALSE },
    { "https://join.slack.com/t/fluent-all/shared_invite/zt-xyz", "fluent-all Slack",
      "https://join.slack.com/t/fluent-all/shared_invite/zt-xyz", TRUE },
    { "https://communityinviter.com/apps/kube-ovn/kube-ovn", "kube-ovn Slack",
      "https://communityinviter.com/apps/kube-ovn/kube-ovn", FALSE },
    { "https://communityinviter.com/apps/cloud-native/cncf", "CNCF Slack",
      "https://communityinviter.com/apps/cloud-native/cncf", FALSE },
    { "https://cloud-native.slack.com/archives/C01", "CNCF Slack",
      "https://cloud-native.slack.com/archives/C01", FALSE },
    { "https://slack.cncf.io/", "CNCF Slack", "https://slack.cncf.io/", FALSE },
    { "https://slack.k8s.io/", "Kubernetes Slack", "https://slack.k8s.io/", FALSE },
    { "https://discord.gg/abc", "Discord", "https://discord.gg/abc", FALSE },
    { "https://gitter.im/x/y", "Gitter", "https://gitter.im/x/y", FALSE },
    { "https://example.org/chat", "Chat", "https://example.org/chat", FALSE },
    /* Tokens whose workspace cannot be read */
    { "https://join.slack.com/t//shared_invite/zt-abc", "Slack",
      "https://join.slack.com/t//shared_invite/zt-abc", TRUE },
    { "https://join.slack.com/share/zt-abc", "Slack", "https://join.slack.com/share/zt-abc", TRUE },
    /* Slack's own site is no workspace */
    { "https://www.slack.com/", "Slack", "https://www.slack.com/", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(CgChatLink) link = { 0 };

      g_test_message ("%s", cases[i].url);
      g_assert_true (cg_chat_link_classify (cases[i].url, &link));
      g_assert_cmpstr (link.title, ==, cases[i].title);
      g_assert_cmpstr (link.url, ==, cases[i].kept);
      g_assert_cmpint (link.may_expire, ==, cases[i].may_expire);
    }
  {
    g_auto(CgChatLink) link = { 0 };

    g_assert_false (cg_chat_link_classify ("http://slack.cncf.io/", &link));
    g_assert_false (cg_chat_link_classify ("javascript:alert(1)", &link));
  }

  /* Through the refresh: Chaos Mesh's token link becomes the CNCF page */
  {
    g_autoptr(JsonArray) items = cg_test_api_items_from_catalog (bundled, G_MAXUINT);
    g_autoptr(GError) error = NULL;
    g_autoptr(CgCatalog) catalog = NULL;
    CgLinkItem *chat;

    json_object_set_string_member (cg_test_api_find_item (items, "Chaos Mesh"), "slack_url",
                                   "https://join.slack.com/t/cloud-native/shared_invite/zt-1");
    json_object_set_string_member (cg_test_api_find_item (items, "Chaos Mesh"), "chat_channel",
                                   "#project-chaos-mesh");
    json_object_set_string_member (cg_test_api_find_item (items, "Kube-OVN"), "slack_url",
                                   "https://join.slack.com/t/kubeovn/shared_invite/zt-2");
    catalog = cg_test_api_import (items, bundled, NULL, &error);
    g_assert_no_error (error);
    chat = cg_project_get_chat (cg_catalog_lookup (catalog, "chaos-mesh"))->pdata[0];
    g_assert_cmpstr (chat->url, ==, "https://slack.cncf.io/");
    g_assert_cmpstr (chat->title, ==, "CNCF Slack");
    g_assert_cmpstr (chat->detail, ==, "#project-chaos-mesh");
    g_assert_false (chat->may_expire);
    chat = cg_project_get_chat (cg_catalog_lookup (catalog, "kube-ovn"))->pdata[0];
    g_assert_cmpstr (chat->title, ==, "kubeovn Slack");
    g_assert_true (chat->may_expire);

    /* The mark survives the cache */
    {
      g_autoptr(GBytes) bytes = cg_catalog_to_bytes (catalog);
      g_autoptr(CgCatalog) again = cg_catalog_new_from_bytes (bytes, &error);

      g_assert_no_error (error);
      chat = cg_project_get_chat (cg_catalog_lookup (again, "kube-ovn"))->pdata[0];
      g_assert_true (chat->may_expire);
    }
  }
}

static const char former_catalog[] =
  "{\"schema_version\":1,\"catalog_date\":\"2026-01-01\",\"projects\":["
  "{\"id\":\"notary-project\",\"name\":\"Notary\",\"maturity\":\"incubating\","
  "\"former_ids\":[\"notary\",\"notation\"]},"
  "{\"id\":\"other\",\"name\":\"Other\",\"maturity\":\"sandbox\"}]}";

/* Former ids keep finding the project: in the core, after a refresh and a
 * cache round trip, and on the command line */
static void
test_former_ids (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (former_catalog, sizeof former_catalog - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(CgCatalog) catalog = cg_catalog_new_from_bytes (bytes, &error);
  g_autoptr(GBytes) written = NULL;
  g_autoptr(CgCatalog) again = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (cg_project_get_id (cg_catalog_lookup (catalog, "notary")), ==,
                   "notary-project");
  g_assert_cmpstr (cg_project_get_id (cg_catalog_lookup (catalog, "notation")), ==,
                   "notary-project");
  g_assert_null (cg_catalog_lookup (catalog, "notar"));
  written = cg_catalog_to_bytes (catalog);
  again = cg_catalog_new_from_bytes (written, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cg_project_get_id (cg_catalog_lookup (again, "notary")), ==, "notary-project");

  /* Bad former ids are refused, with their place */
  {
    static const struct { const char *former, *message; } bad[] = {
      { "[\"other\"]", "projects[0].former_ids[0]: “other” already names another project" },
      { "[\"Bad Id\"]", "projects[0].former_ids[0]: “Bad Id” is not an id" },
      { "[3]", "projects[0].former_ids[0]: expected a string" },
      { "\"x\"", "projects[0].former_ids: expected" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
      {
        g_autofree char *json = g_strdup_printf (
          "{\"schema_version\":1,\"catalog_date\":\"2026-01-01\",\"projects\":["
          "{\"id\":\"a\",\"name\":\"A\",\"maturity\":\"sandbox\",\"former_ids\":%s},"
          "{\"id\":\"other\",\"name\":\"Other\",\"maturity\":\"sandbox\"}]}",
          bad[i].former);
        g_autoptr(GBytes) bad_bytes = g_bytes_new (json, strlen (json));
        g_autoptr(GError) bad_error = NULL;
        g_autoptr(CgCatalog) refused = cg_catalog_new_from_bytes (bad_bytes, &bad_error);

        g_assert_null (refused);
        g_assert_error (bad_error, CG_CATALOG_ERROR, CG_CATALOG_ERROR_INVALID);
        g_test_message ("%s", bad_error->message);
        g_assert_true (g_str_has_prefix (bad_error->message, bad[i].message));
      }
  }

  /* A refresh carries them */
  {
    g_autoptr(JsonArray) items = json_array_new ();
    JsonObject *item = json_object_new ();
    g_autoptr(GBytes) body = NULL;
    g_autoptr(GBytes) out = NULL;
    g_autoptr(CgCatalog) refreshed = NULL;

    json_object_set_string_member (item, "name", "Notary");
    json_object_set_string_member (item, "maturity", "incubating");
    json_array_add_object_element (items, item);
    item = json_object_new ();
    json_object_set_string_member (item, "name", "Other");
    json_object_set_string_member (item, "maturity", "sandbox");
    json_array_add_object_element (items, item);
    body = cg_test_api_to_bytes (items);
    out = cg_landscape_import (body, catalog, "2026-11-28", NULL, &error);
    g_assert_no_error (error);
    refreshed = cg_catalog_new_from_bytes (out, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (cg_project_get_id (cg_catalog_lookup (refreshed, "notation")), ==,
                     "notary-project");
  }

  /* --info and --list take the catalog's word for it */
  if (g_getenv ("CG_BINARY") != NULL)
    {
      g_autofree char *path = NULL;
      g_autofree char *out = NULL;
      int fd = g_file_open_tmp ("cg-former-XXXXXX.json", &path, &error);
      int status = 0;
      const char *argv[] = { g_getenv ("CG_BINARY"), "--info", "notary", "--catalog", NULL, NULL };

      g_assert_no_error (error);
      close (fd);
      g_assert_true (g_file_set_contents (path, former_catalog, -1, &error));
      argv[4] = path;
      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL,
                                   NULL, &out, NULL, &status, &error));
      g_assert_no_error (error);
      g_assert_true (g_spawn_check_wait_status (status, NULL));
      g_assert_nonnull (strstr (out, "notary-project"));
      g_unlink (path);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  /* The outcome lines are asserted in English */
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);
  bundled = cg_catalog_new_bundled (&error);
  g_assert_no_error (error);

  g_test_add_func ("/landscape-identity/unchanged", test_unchanged);
  g_test_add_func ("/landscape-identity/duplicates-merged", test_duplicates_merged);
  g_test_add_func ("/landscape-identity/rename-keeps-identity", test_rename_keeps_identity);
  g_test_add_func ("/landscape-identity/rename-by-homepage", test_rename_by_homepage);
  g_test_add_func ("/landscape-identity/schema-drift-keeps-known", test_schema_drift_keeps_known);
  g_test_add_func ("/landscape-identity/mass-drop-refused", test_mass_drop_refused);
  g_test_add_func ("/landscape-identity/chat-links", test_chat_links);
  g_test_add_func ("/landscape-identity/former-ids", test_former_ids);

  status = g_test_run ();
  g_object_unref (bundled);
  return status;
}
