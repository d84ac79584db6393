/* cg-landscape.c: the CNCF landscape API (api/projects/all.json) as a catalog
 *
 * Foreign data is taken item by item: an item that breaks a rule is
 * skipped and counted, never fatal. Facts (maturity, dates, links,
 * category) come from the download; the curated fields of the base
 * catalog (the bundled one) win over imported ones. The result is schema
 * 1 JSON, which the caller loads through the validating loader.
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cg-landscape"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "cg-catalog-private.h"
#include "cg-json-guard.h"
#include "cg-landscape.h"
#include "cg-link.h"
#include "cg-project-private.h"

G_DEFINE_QUARK (cg-landscape-error-quark, cg_landscape_error)

/* Our own words: the summary of a project we know always stays */
/**
 * cg_landscape_slugify:
 *
 * Returns: (transfer full): an id made from @name, as tools/catalog-import
 *   makes them: "Open Policy Agent (OPA)" → "open-policy-agent-opa"
 */
char *
cg_landscape_slugify (const char *name)
{
  g_autofree char *decomposed = g_utf8_normalize (name, -1, G_NORMALIZE_NFKD);
  GString *slug = g_string_new (NULL);

  for (const char *p = decomposed; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_ismark (c))
        continue;
      if (c < 0x80 && g_ascii_isalnum ((char) c))
        g_string_append_c (slug, g_ascii_tolower ((char) c));
      else if (slug->len > 0 && slug->str[slug->len - 1] != '-')
        g_string_append_c (slug, '-');
    }

  if (slug->len > 64)
    g_string_truncate (slug, 64);
  while (slug->len > 0 && slug->str[slug->len - 1] == '-')
    g_string_truncate (slug, slug->len - 1);
  if (slug->len == 0)
    g_string_append (slug, "project");

  return g_string_free (slug, FALSE);
}

/* A string member, or NULL when absent or null; FALSE when of another type. */
static gboolean
string_member (JsonObject  *object,
               const char  *key,
               const char **out)
{
  JsonNode *node = json_object_get_member (object, key);

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return FALSE;
  *out = json_node_get_string (node);
  return TRUE;
}

/* A boolean member, or @fallback when absent, null or of another type
 * (json-glib's typed getters assert on the wrong type). */
static gboolean
boolean_member (JsonObject *object,
                const char *key,
                gboolean    fallback)
{
  JsonNode *node = json_object_get_member (object, key);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return fallback;
  return json_node_get_boolean (node);
}

/* The day of an API date: "2020-01-02" or "2020-01-02T…", checked as
 * ASCII before anything walks it; NULL for anything else. */
static char *
api_day (const char *date)
{
  static const char pattern[] = "dddd-dd-dd";

  if (date == NULL)
    return NULL;
  for (guint i = 0; i < sizeof pattern - 1; i++)
    {
      if (pattern[i] == 'd' ? !g_ascii_isdigit (date[i]) : date[i] != pattern[i])
        return NULL;
    }
  if (date[10] != '\0' && date[10] != 'T' && date[10] != ' ')
    return NULL;
  return g_strndup (date, 10);
}

/* http becomes https; a link that still fails the policy is dropped. */
static char *
clean_url (const char *url)
{
  g_autofree char *upgraded = NULL;

  if (url == NULL)
    return NULL;
  if (g_str_has_prefix (url, "http://"))
    url = upgraded = g_strconcat ("https://", url + strlen ("http://"), NULL);
  return cg_link_is_safe (url) ? g_strdup (url) : NULL;
}

static void
set_url (JsonObject *object,
         const char *key,
         const char *url)
{
  g_autofree char *clean = clean_url (url);

  if (clean != NULL)
    json_object_set_string_member (object, key, clean);
}

static const char *
chat_title (const char *url)
{
  g_autofree char *host = cg_link_get_host (url);

  /* Catalog data, like the bundled catalog's, is not translated */
  if (host == NULL)
    return "Chat";
  if (g_str_equal (host, "slack.cncf.io") || g_str_equal (host, "cloud-native.slack.com") ||
      g_str_equal (host, "communityinviter.com"))
    return "CNCF Slack";
  if (g_str_equal (host, "slack.k8s.io") || g_str_equal (host, "kubernetes.slack.com"))
    return "Kubernetes Slack";
  if (strstr (host, "slack") != NULL || strstr (url, "slack") != NULL)
    return "Slack";
  if (strstr (host, "discord") != NULL)
    return "Discord";
  if (strstr (host, "gitter") != NULL)
    return "Gitter";
  if (strstr (host, "matrix") != NULL)
    return "Matrix";
  return "Chat";
}

static void
add_chat (JsonArray  *chat,
          const char *title,
          const char *channel,
          const char *url)
{
  g_autofree char *clean = clean_url (url);
  JsonObject *entry;

  if (clean == NULL)
    return;
  entry = json_object_new ();
  json_object_set_string_member (entry, "title", title ? title : chat_title (clean));
  if (channel != NULL && *channel != '\0')
    json_object_set_string_member (entry, "channel", channel);
  json_object_set_string_member (entry, "url", clean);
  json_array_add_object_element (chat, entry);
}

/* One API item as a schema 1 project object, or NULL when it breaks a rule. */
static JsonObject *
map_item (JsonNode *node)
{
  g_autoptr(JsonObject) out = json_object_new ();
  g_autoptr(JsonArray) chat = json_array_new ();
  g_autoptr(JsonObject) dates = json_object_new ();
  JsonObject *item;
  const char *name, *maturity, *category, *subcategory, *homepage, *description, *slack,
             *channel, *gitter, *discord, *discussions, *list;
  static const char * const date_keys[][2] = {
    { "accepted_at", "accepted" }, { "incubating_at", "incubating" },
    { "graduated_at", "graduated" }, { "archived_at", "archived" },
  };
  JsonNode *repositories;
  g_autofree char *id = NULL;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return NULL;
  item = json_node_get_object (node);

  if (!string_member (item, "name", &name) || name == NULL ||
      !string_member (item, "maturity", &maturity) || maturity == NULL ||
      !string_member (item, "category", &category) ||
      !string_member (item, "subcategory", &subcategory) ||
      !string_member (item, "homepage_url", &homepage) ||
      !string_member (item, "description", &description) ||
      !string_member (item, "slack_url", &slack) ||
      !string_member (item, "chat_channel", &channel) ||
      !string_member (item, "gitter_url", &gitter) ||
      !string_member (item, "discord_url", &discord) ||
      !string_member (item, "github_discussions_url", &discussions) ||
      !string_member (item, "mailing_list_url", &list))
    return NULL;

  id = cg_landscape_slugify (name);
  json_object_set_string_member (out, "id", id);
  json_object_set_string_member (out, "name", name);
  json_object_set_string_member (out, "maturity", maturity);
  if (subcategory != NULL)
    json_object_set_string_member (out, "focus", subcategory);
  if (category != NULL)
    json_object_set_string_member (out, "category", category);
  if (description != NULL)
    json_object_set_string_member (out, "description", description);
  set_url (out, "homepage", homepage);

  /* The primary repository, and its license when the API gives one */
  repositories = json_object_get_member (item, "repositories");
  if (repositories != NULL && JSON_NODE_HOLDS_ARRAY (repositories))
    {
      JsonArray *array = json_node_get_array (repositories);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *repo_node = json_array_get_element (array, i);
          JsonObject *repo;
          const char *url = NULL, *license = NULL;

          if (!JSON_NODE_HOLDS_OBJECT (repo_node))
            return NULL;
          repo = json_node_get_object (repo_node);
          if (!string_member (repo, "url", &url) || !string_member (repo, "license", &license))
            return NULL;
          if (!boolean_member (repo, "primary", FALSE) &&
              json_array_get_length (array) > 1)
            continue;
          set_url (out, "repository", url);
          if (license != NULL)
            json_object_set_string_member (out, "license", license);
          break;
        }
    }
  else if (repositories != NULL && !JSON_NODE_HOLDS_NULL (repositories))
    return NULL;

  if (slack != NULL)
    add_chat (chat, NULL, channel, slack);
  add_chat (chat, "Gitter", NULL, gitter);
  add_chat (chat, "Discord", NULL, discord);
  add_chat (chat, "GitHub Discussions", NULL, discussions);
  if (json_array_get_length (chat) > 0)
    json_object_set_array_member (out, "chat", json_array_ref (chat));

  if (list != NULL)
    {
      g_autofree char *clean = clean_url (list);

      if (clean != NULL)
        {
          JsonArray *lists = json_array_new ();
          JsonObject *entry = json_object_new ();

          json_object_set_string_member (entry, "title", "Mailing list");
          json_object_set_string_member (entry, "url", clean);
          json_array_add_object_element (lists, entry);
          json_object_set_array_member (out, "mailing_lists", lists);
        }
    }

  for (guint i = 0; i < G_N_ELEMENTS (date_keys); i++)
    {
      const char *date;
      g_autofree char *day = NULL;

      if (!string_member (item, date_keys[i][0], &date))
        return NULL;
      /* The API may add a time: keep the day; a date of another form is dropped */
      day = api_day (date);
      if (day != NULL)
        json_object_set_string_member (dates, date_keys[i][1], day);
    }
  if (json_object_get_size (dates) > 0)
    json_object_set_object_member (out, "dates", json_object_ref (dates));

  return g_steal_pointer (&out);
}

/* The base catalog's projects by name */
static GHashTable *
index_by_name (CgCatalog *base)
{
  GHashTable *names = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < cg_catalog_get_n_projects (base); i++)
    {
      CgProject *project = cg_catalog_get_project (base, i);

      g_hash_table_insert (names, (gpointer) cg_project_get_name (project), project);
    }
  return names;
}

/* The base project's curated members, and its summary, replace the
 * imported ones; a curated member the base lacks was removed on purpose
 * (a dead chat, say) and is removed from the import too. */
static void
merge_curated (JsonObject *imported,
               CgProject  *curated)
{
  g_autoptr(JsonNode) node = _cg_project_to_json (curated);
  JsonObject *object = json_node_get_object (node);
  JsonNode *summary = json_object_get_member (object, "summary");
  JsonNode *list = json_object_get_member (object, "curated");

  json_object_set_string_member (imported, "id", cg_project_get_id (curated));
  if (summary != NULL)
    json_object_set_member (imported, "summary", json_node_copy (summary));

  if (list == NULL)
    return;
  json_object_set_member (imported, "curated", json_node_copy (list));
  for (guint i = 0; i < json_array_get_length (json_node_get_array (list)); i++)
    {
      const char *field = json_array_get_string_element (json_node_get_array (list), i);
      JsonNode *member = json_object_get_member (object, field);

      if (member != NULL)
        json_object_set_member (imported, field, json_node_copy (member));
      else if (json_object_has_member (imported, field))
        json_object_remove_member (imported, field);
    }
}

/**
 * cg_landscape_import:
 * @api_json: the bytes of `api/projects/all.json`
 * @base: the bundled catalog: its curated fields, maturity levels and
 *   community sections carry over
 * @date: the new catalog's date, `YYYY-MM-DD`
 * @stats: (out caller-allocates) (optional): what was imported
 *
 * Returns: (transfer full) (nullable): a schema 1 catalog, or %NULL when
 *   the bytes are not a landscape, or hold fewer than half the projects of
 *   @base (a truncated or wrong download)
 */
GBytes *
cg_landscape_import (GBytes         *api_json,
                     CgCatalog      *base,
                     const char     *date,
                     CgImportStats  *stats,
                     GError        **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GPtrArray) projects = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) base_names = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  CgImportStats counts = { 0 };
  JsonNode *api_root;
  JsonArray *items;
  gsize length;
  const char *data = g_bytes_get_data (api_json, &length);
  char *out;

  g_return_val_if_fail (CG_IS_CATALOG (base), NULL);

  if (!cg_json_guard_check (data, length, &local_error) ||
      !json_parser_load_from_data (parser, data, (gssize) length, &local_error))
    {
      g_set_error (error, CG_LANDSCAPE_ERROR, CG_LANDSCAPE_ERROR_NOT_A_CATALOG,
                   "%s", local_error->message);
      return NULL;
    }

  api_root = json_parser_get_root (parser);
  if (api_root == NULL || !JSON_NODE_HOLDS_ARRAY (api_root))
    {
      g_set_error_literal (error, CG_LANDSCAPE_ERROR, CG_LANDSCAPE_ERROR_NOT_A_CATALOG,
                           _("expected a list of projects"));
      return NULL;
    }

  items = json_node_get_array (api_root);
  base_names = index_by_name (base);
  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      g_autoptr(JsonObject) mapped = map_item (json_array_get_element (items, i));
      g_autoptr(JsonNode) node = NULL;
      g_autoptr(CgProject) checked = NULL;
      CgProject *curated;

      if (mapped == NULL)
        {
          counts.n_skipped++;
          continue;
        }

      /* By name, or by the id made from it */
      curated = g_hash_table_lookup (base_names, json_object_get_string_member (mapped, "name"));
      if (curated == NULL)
        curated = cg_catalog_lookup (base, json_object_get_string_member (mapped, "id"));
      if (curated != NULL)
        merge_curated (mapped, curated);
      else
        counts.n_new++;

      node = json_node_init_object (json_node_alloc (), mapped);
      checked = _cg_catalog_check_project (node, i, NULL);
      if (checked == NULL ||
          !g_hash_table_add (ids, g_strdup (json_object_get_string_member (mapped, "id"))))
        {
          counts.n_skipped++;
          if (curated == NULL)
            counts.n_new--;
          continue;
        }
      g_ptr_array_add (projects, g_steal_pointer (&node));
    }

  counts.n_projects = projects->len;
  if (stats != NULL)
    *stats = counts;

  if (projects->len == 0 || projects->len < (cg_catalog_get_n_projects (base) + 1) / 2)
    {
      g_set_error (error, CG_LANDSCAPE_ERROR, CG_LANDSCAPE_ERROR_INCOMPLETE,
                   _("only %u projects, fewer than half of the %u known"),
                   projects->len, cg_catalog_get_n_projects (base));
      return NULL;
    }

  root = _cg_catalog_to_json (base, date, projects);
  json_generator_set_root (generator, root);
  out = json_generator_to_data (generator, &length);
  return g_bytes_new_take (out, length);
}
