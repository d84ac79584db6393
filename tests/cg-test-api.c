/* cg-test-api.c: a catalog in the landscape API's shape, for tests
 *
 * Every fact the API carries (`api/projects/all.json`: name, maturity,
 * category, subcategory, homepage_url, repositories, the chat and list
 * members, the dates) is written from the catalog, so that importing the
 * result changes nothing but what the test changes.
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cg-landscape.h"
#include "cg-test-api.h"

static void
set_string (JsonObject *object,
            const char *key,
            const char *value)
{
  if (value != NULL)
    json_object_set_string_member (object, key, value);
}

static void
add_chat (JsonObject *item,
          CgLinkItem *chat)
{
  const char *key = "slack_url";

  if (strstr (chat->url, "gitter") != NULL)
    key = "gitter_url";
  else if (strstr (chat->url, "discord") != NULL)
    key = "discord_url";
  else if (strstr (chat->url, "/discussions") != NULL)
    key = "github_discussions_url";
  if (json_object_has_member (item, key))
    return;
  json_object_set_string_member (item, key, chat->url);
  if (g_str_equal (key, "slack_url") && chat->detail != NULL)
    json_object_set_string_member (item, "chat_channel", chat->detail);
}

/**
 * cg_test_api_items_from_catalog:
 * @limit: at most this many projects
 *
 * Returns: (transfer full): the API items of @catalog's first @limit projects
 */
JsonArray *
cg_test_api_items_from_catalog (CgCatalog *catalog,
                                guint      limit)
{
  static const char * const dates[][2] = {
    { "accepted", "accepted_at" }, { "incubating", "incubating_at" },
    { "graduated", "graduated_at" }, { "archived", "archived_at" },
  };
  JsonArray *items = json_array_new ();
  guint n = MIN (limit, cg_catalog_get_n_projects (catalog));

  for (guint i = 0; i < n; i++)
    {
      CgProject *p = cg_catalog_get_project (catalog, i);
      JsonObject *item = json_object_new ();
      GPtrArray *chat = cg_project_get_chat (p);
      GPtrArray *lists = cg_project_get_mailing_lists (p);

      set_string (item, "id", cg_project_get_id (p));
      set_string (item, "name", cg_project_get_name (p));
      set_string (item, "maturity", cg_maturity_to_string (cg_project_get_maturity (p)));
      set_string (item, "category", cg_project_get_category (p));
      set_string (item, "subcategory", cg_project_get_focus (p));
      set_string (item, "homepage_url", cg_project_get_homepage (p));
      if (cg_project_get_repository (p) != NULL)
        {
          JsonArray *repositories = json_array_new ();
          JsonObject *repository = json_object_new ();

          json_object_set_string_member (repository, "url", cg_project_get_repository (p));
          json_object_set_boolean_member (repository, "primary", TRUE);
          set_string (repository, "license", cg_project_get_license (p));
          json_array_add_object_element (repositories, repository);
          json_object_set_array_member (item, "repositories", repositories);
        }
      for (guint k = 0; chat != NULL && k < chat->len; k++)
        add_chat (item, chat->pdata[k]);
      if (lists != NULL && lists->len > 0)
        set_string (item, "mailing_list_url", ((CgLinkItem *) lists->pdata[0])->url);
      for (guint k = 0; k < G_N_ELEMENTS (dates); k++)
        set_string (item, dates[k][1], cg_project_get_date (p, dates[k][0]));
      json_array_add_object_element (items, item);
    }
  return items;
}

/**
 * cg_test_api_to_bytes:
 *
 * Returns: (transfer full): @items as the bytes of `api/projects/all.json`
 */
GBytes *
cg_test_api_to_bytes (JsonArray *items)
{
  g_autoptr(JsonNode) root = json_node_init_array (json_node_alloc (), items);
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  gsize length;
  char *data;

  json_generator_set_root (generator, root);
  data = json_generator_to_data (generator, &length);
  return g_bytes_new_take (data, length);
}

/**
 * cg_test_api_find_item:
 *
 * Returns: (transfer none): the item of @items named @name; aborts the
 *   test when there is none
 */
JsonObject *
cg_test_api_find_item (JsonArray  *items,
                       const char *name)
{
  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonObject *item = json_array_get_object_element (items, i);

      if (g_strcmp0 (json_object_get_string_member (item, "name"), name) == 0)
        return item;
    }
  g_error ("no item named %s", name);
}

/**
 * cg_test_api_import:
 * @items: the download, in the API's shape
 * @base: the catalog shown before the refresh
 *
 * Runs @items through cg_landscape_import() and loads the result.
 *
 * Returns: (transfer full) (nullable): the refreshed catalog
 */
CgCatalog *
cg_test_api_import (JsonArray     *items,
                    CgCatalog     *base,
                    CgImportStats *stats,
                    GError       **error)
{
  g_autoptr(GBytes) body = cg_test_api_to_bytes (items);
  g_autoptr(GBytes) out = cg_landscape_import (body, base, "2026-11-28", stats, error);

  return out ? cg_catalog_new_from_bytes (out, error) : NULL;
}
