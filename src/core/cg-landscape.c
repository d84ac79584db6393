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
#include "cg-chat-link.h"
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

/* A chat link, named after the workspace it names (cg-chat-link.c);
 * @title, when given, wins (the API's Gitter and Discord members). */
static void
add_chat (JsonArray  *chat,
          const char *title,
          const char *channel,
          const char *url)
{
  g_autofree char *clean = clean_url (url);
  g_auto(CgChatLink) link = { 0 };
  JsonObject *entry;

  if (clean == NULL || !cg_chat_link_classify (clean, &link))
    return;
  entry = json_object_new ();
  json_object_set_string_member (entry, "title", title ? title : link.title);
  if (channel != NULL && *channel != '\0')
    json_object_set_string_member (entry, "channel", channel);
  json_object_set_string_member (entry, "url", link.url);
  if (link.may_expire)
    json_object_set_boolean_member (entry, "may_expire", TRUE);
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

  /* The primary repository, and its license and language when the API gives them */
  repositories = json_object_get_member (item, "repositories");
  if (repositories != NULL && JSON_NODE_HOLDS_ARRAY (repositories))
    {
      JsonArray *array = json_node_get_array (repositories);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *repo_node = json_array_get_element (array, i);
          JsonObject *repo;
          const char *url = NULL, *license = NULL, *language = NULL;

          if (!JSON_NODE_HOLDS_OBJECT (repo_node))
            return NULL;
          repo = json_node_get_object (repo_node);
          if (!string_member (repo, "url", &url) || !string_member (repo, "license", &license) ||
              !string_member (repo, "language", &language))
            return NULL;
          if (!boolean_member (repo, "primary", FALSE) &&
              json_array_get_length (array) > 1)
            continue;
          set_url (out, "repository", url);
          if (license != NULL)
            json_object_set_string_member (out, "license", license);
          if (language != NULL)
            json_object_set_string_member (out, "language", language);
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

/* A stable key for a link: lower-case, without "www.", a trailing "/" or
 * ".git", so that "https://GitHub.com/x/y.git" and "https://github.com/x/y/"
 * are one key */
static char *
link_key (const char *url)
{
  g_autofree char *lower = NULL;
  gsize len;

  if (url == NULL)
    return NULL;
  lower = g_ascii_strdown (url, -1);
  if (g_str_has_prefix (lower, "https://www."))
    memmove (lower + strlen ("https://"), lower + strlen ("https://www."),
             strlen (lower + strlen ("https://www.")) + 1);
  len = strlen (lower);
  while (len > 0 && lower[len - 1] == '/')
    lower[--len] = '\0';
  if (g_str_has_suffix (lower, ".git"))
    lower[len - 4] = '\0';
  return g_steal_pointer (&lower);
}

/* How the base catalog's projects are found again in a download: by name,
 * then (for a renamed item) by repository, homepage or id. A repository or
 * homepage that two projects share says nothing and is left out. */
typedef struct
{
  GHashTable *by_name;        /* name → CgProject */
  GHashTable *by_repository;  /* link key → CgProject, or NULL when shared */
  GHashTable *by_homepage;    /* link key → CgProject, or NULL when shared */
} BaseIndex;

static void
index_link (GHashTable *table,
            const char *url,
            CgProject  *project)
{
  char *key = link_key (url);

  if (key == NULL)
    return;
  if (g_hash_table_contains (table, key))
    g_hash_table_replace (table, key, NULL);
  else
    g_hash_table_insert (table, key, project);
}

static void
base_index_init (BaseIndex *index,
                 CgCatalog *base)
{
  index->by_name = g_hash_table_new (g_str_hash, g_str_equal);
  index->by_repository = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  index->by_homepage = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < cg_catalog_get_n_projects (base); i++)
    {
      CgProject *project = cg_catalog_get_project (base, i);

      g_hash_table_insert (index->by_name, (gpointer) cg_project_get_name (project), project);
      index_link (index->by_repository, cg_project_get_repository (project), project);
      index_link (index->by_homepage, cg_project_get_homepage (project), project);
    }
}

static void
base_index_clear (BaseIndex *index)
{
  g_clear_pointer (&index->by_name, g_hash_table_unref);
  g_clear_pointer (&index->by_repository, g_hash_table_unref);
  g_clear_pointer (&index->by_homepage, g_hash_table_unref);
}

static CgProject *
lookup_link (GHashTable *table,
             JsonObject *mapped,
             const char *member)
{
  g_autofree char *key = NULL;

  if (!json_object_has_member (mapped, member))
    return NULL;
  key = link_key (json_object_get_string_member (mapped, member));
  return g_hash_table_lookup (table, key);
}

/* One mapped item of the download, and the known project it is */
typedef struct
{
  JsonObject *mapped;
  CgProject  *known;
  gboolean    renamed;
  guint       position;   /* in the download, for messages */
} Item;

static void
item_clear (Item *item)
{
  g_clear_pointer (&item->mapped, json_object_unref);
}

/* How much an item says: its members, and each chat link */
static guint
richness (JsonObject *mapped)
{
  guint n = json_object_get_size (mapped);

  if (json_object_has_member (mapped, "chat"))
    n += json_array_get_length (json_object_get_array_member (mapped, "chat"));
  if (json_object_has_member (mapped, "dates"))
    n += json_object_get_size (json_object_get_object_member (mapped, "dates"));
  return n;
}

static char *
object_to_string (JsonObject *object)
{
  g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), object);

  return json_to_string (node, FALSE);
}

/* Duplicates of one project are ordered so that the order of the download
 * does not matter: the richest first, then the one in the known project's
 * category, then by their bytes. */
static int
compare_duplicates (gconstpointer a,
                    gconstpointer b)
{
  const Item *x = *(const Item * const *) a;
  const Item *y = *(const Item * const *) b;
  guint rx = richness (x->mapped), ry = richness (y->mapped);
  g_autofree char *sx = NULL;
  g_autofree char *sy = NULL;

  if (rx != ry)
    return rx > ry ? -1 : 1;
  if (x->known != NULL && cg_project_get_category (x->known) != NULL)
    {
      const char *category = cg_project_get_category (x->known);
      gboolean in_x = json_object_has_member (x->mapped, "category") &&
                      g_strcmp0 (json_object_get_string_member (x->mapped, "category"),
                                 category) == 0;
      gboolean in_y = json_object_has_member (y->mapped, "category") &&
                      g_strcmp0 (json_object_get_string_member (y->mapped, "category"),
                                 category) == 0;

      if (in_x != in_y)
        return in_x ? -1 : 1;
    }
  sx = object_to_string (x->mapped);
  sy = object_to_string (y->mapped);
  return strcmp (sx, sy);
}

/* The first of @group keeps what it has; the others fill its gaps. */
static JsonObject *
merge_duplicates (GPtrArray *group)
{
  JsonObject *into;

  g_ptr_array_sort (group, compare_duplicates);
  into = ((Item *) group->pdata[0])->mapped;
  for (guint i = 1; i < group->len; i++)
    {
      JsonObject *other = ((Item *) group->pdata[i])->mapped;
      g_autoptr(GList) members = json_object_get_members (other);

      for (GList *l = members; l != NULL; l = l->next)
        if (!json_object_has_member (into, l->data))
          json_object_set_member (into, l->data,
                                  json_node_copy (json_object_get_member (other, l->data)));
    }
  return into;
}

/* What the download is expected to carry for a catalog member: the API
 * members it comes from. A member that the known catalog holds for many
 * projects while no item of the download carries any of its API members
 * means the API changed its format, not that the facts went away. */
static const struct
{
  const char     *member;
  CgImportField   field;
  const char     *api_members[7];
} watched_fields[] = {
  { "chat", CG_IMPORT_FIELD_CHAT,
    { "slack_url", "chat_channel", "gitter_url", "discord_url", "github_discussions_url", NULL } },
  { "mailing_lists", CG_IMPORT_FIELD_MAILING_LISTS, { "mailing_list_url", NULL } },
  { "repository", CG_IMPORT_FIELD_REPOSITORY, { "repositories", NULL } },
  { "homepage", CG_IMPORT_FIELD_HOMEPAGE, { "homepage_url", NULL } },
  { "dates", CG_IMPORT_FIELD_DATES,
    { "accepted_at", "incubating_at", "graduated_at", "archived_at", NULL } },
  { "category", CG_IMPORT_FIELD_CATEGORY, { "category", NULL } },
  { "focus", CG_IMPORT_FIELD_CATEGORY, { "subcategory", NULL } },
};

/* A field the known catalog holds for at least this many projects is one
 * the download must keep; it may drop at most a third of them. */
#define WATCH_MIN_PROJECTS 10
#define WATCH_MAX_DROP_DIVISOR 3

/* The known projects as schema 1 objects, made once per import */
static GHashTable *
base_objects_new (CgCatalog *base)
{
  GHashTable *objects = g_hash_table_new_full (NULL, NULL, NULL,
                                               (GDestroyNotify) json_node_unref);

  for (guint i = 0; i < cg_catalog_get_n_projects (base); i++)
    {
      CgProject *project = cg_catalog_get_project (base, i);

      g_hash_table_insert (objects, project, _cg_project_to_json (project));
    }
  return objects;
}

static JsonNode *
known_member (GHashTable *base_objects,
              CgProject  *project,
              const char *member)
{
  JsonNode *node = g_hash_table_lookup (base_objects, project);

  return node ? json_object_get_member (json_node_get_object (node), member) : NULL;
}

static guint
count_having (GHashTable *base_objects,
              const char *member)
{
  GHashTableIter iter;
  gpointer project;
  guint n = 0;

  g_hash_table_iter_init (&iter, base_objects);
  while (g_hash_table_iter_next (&iter, &project, NULL))
    if (known_member (base_objects, project, member) != NULL)
      n++;
  return n;
}

/* Which watched fields no item of @items carries at all */
static guint
fields_missing_from (JsonArray *items)
{
  guint carried = 0, all = 0;

  for (guint f = 0; f < G_N_ELEMENTS (watched_fields); f++)
    all |= watched_fields[f].field;

  for (guint i = 0; i < json_array_get_length (items) && carried != all; i++)
    {
      JsonNode *node = json_array_get_element (items, i);
      JsonObject *item;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      item = json_node_get_object (node);
      for (guint f = 0; f < G_N_ELEMENTS (watched_fields); f++)
        for (guint k = 0; watched_fields[f].api_members[k] != NULL; k++)
          {
            JsonNode *value = json_object_get_member (item, watched_fields[f].api_members[k]);

            if (value != NULL && !JSON_NODE_HOLDS_NULL (value))
              carried |= watched_fields[f].field;
          }
    }
  return all & ~carried;
}

static const char *
field_description (CgImportField field)
{
  switch (field)
    {
    case CG_IMPORT_FIELD_CHAT: return _("chat channels");
    case CG_IMPORT_FIELD_MAILING_LISTS: return _("mailing lists");
    case CG_IMPORT_FIELD_REPOSITORY: return _("repositories");
    case CG_IMPORT_FIELD_HOMEPAGE: return _("homepages");
    case CG_IMPORT_FIELD_DATES: return _("dates");
    case CG_IMPORT_FIELD_CATEGORY: return _("categories");
    default: return _("facts");
    }
}

/**
 * cg_import_stats_describe_kept:
 * @stats: what an import did
 *
 * Returns: (transfer full) (nullable): one sentence a field, such as "The
 *   landscape no longer lists chat channels; the known ones were kept.", or
 *   %NULL when the import kept nothing that way
 */
char *
cg_import_stats_describe_kept (const CgImportStats *stats)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint bit = 1; bit < CG_IMPORT_FIELD_ALL; bit <<= 1)
    if (stats->kept_fields & bit)
      {
        if (text->len > 0)
          g_string_append_c (text, ' ');
        /* TRANSLATORS: %s is "chat channels", "mailing lists", … */
        g_string_append_printf (text, _("The landscape no longer lists %s; the known ones were kept."),
                                field_description (bit));
      }
  return text->len > 0 ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
}

/* Copies @known's @member into @mapped, where @mapped has none */
static void
keep_member (GHashTable *base_objects,
             JsonObject *mapped,
             CgProject  *known,
             const char *member)
{
  JsonNode *value = known_member (base_objects, known, member);

  if (value != NULL && !json_object_has_member (mapped, member))
    json_object_set_member (mapped, member, json_node_copy (value));
}

/* Refuses a download that would drop more than a third of the values of
 * a field the known catalog holds for many projects (curated values are
 * kept, so they count neither way) */
static gboolean
check_drops (GHashTable *base_objects,
             GPtrArray  *items,
             GError    **error)
{
  for (guint f = 0; f < G_N_ELEMENTS (watched_fields); f++)
    {
      const char *member = watched_fields[f].member;
      guint had = 0, lost = 0;

      for (guint i = 0; i < items->len; i++)
        {
          Item *item = items->pdata[i];

          /* A curated member stays whatever the download says */
          if (item->known == NULL || known_member (base_objects, item->known, member) == NULL ||
              cg_project_is_curated (item->known, member))
            continue;
          had++;
          if (!json_object_has_member (item->mapped, member))
            lost++;
        }

      if (had >= WATCH_MIN_PROJECTS && lost * WATCH_MAX_DROP_DIVISOR > had)
        {
          g_set_error (error, CG_LANDSCAPE_ERROR, CG_LANDSCAPE_ERROR_INCOMPLETE,
                       /* TRANSLATORS: "it would remove the chat channels of 120 of 141 projects" */
                       _("it would remove the %s of %u of %u projects"),
                       field_description (watched_fields[f].field), lost, had);
          return FALSE;
        }
    }
  return TRUE;
}

/* What catalog-import read from the project's repository, which the
 * landscape API does not carry, and the curated search aliases: a refresh
 * keeps them from the base catalog. */
static const char * const repository_facts[] = {
  "contributor_guide", "legal", "languages", "newcomer_labels", "health", "activity",
  "facts_date", "facts_source", "aliases",
};

/* ...but takes these from the download where it has them */
static const char * const fresher_facts[] = { "license", "language" };

/* The base project's repository facts, its summary and former ids are
 * kept; its curated members replace the imported ones, and a curated member
 * the base lacks was removed on purpose (a dead chat, say) and is removed
 * from the import too. */
static void
merge_curated (JsonObject *imported,
               CgProject  *curated)
{
  g_autoptr(JsonNode) node = _cg_project_to_json (curated);
  JsonObject *object = json_node_get_object (node);
  JsonNode *summary = json_object_get_member (object, "summary");
  JsonNode *list = json_object_get_member (object, "curated");
  JsonNode *former_ids = json_object_get_member (object, "former_ids");

  json_object_set_string_member (imported, "id", cg_project_get_id (curated));
  if (summary != NULL)
    json_object_set_member (imported, "summary", json_node_copy (summary));
  if (former_ids != NULL)
    json_object_set_member (imported, "former_ids", json_node_copy (former_ids));

  for (guint i = 0; i < G_N_ELEMENTS (repository_facts); i++)
    {
      JsonNode *member = json_object_get_member (object, repository_facts[i]);

      if (member != NULL)
        json_object_set_member (imported, repository_facts[i], json_node_copy (member));
    }
  for (guint i = 0; i < G_N_ELEMENTS (fresher_facts); i++)
    {
      JsonNode *member = json_object_get_member (object, fresher_facts[i]);

      if (member != NULL && !json_object_has_member (imported, fresher_facts[i]))
        json_object_set_member (imported, fresher_facts[i], json_node_copy (member));
    }

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

/* A known project found by @kind of key (0 repository, 1 homepage, 2 id) */
static CgProject *
lookup_key (BaseIndex  *index,
            CgCatalog  *base,
            JsonObject *mapped,
            guint       kind)
{
  switch (kind)
    {
    case 0: return lookup_link (index->by_repository, mapped, "repository");
    case 1: return lookup_link (index->by_homepage, mapped, "homepage");
    default: return cg_catalog_lookup (base, json_object_get_string_member (mapped, "id"));
    }
}

/* Finds the known project each item is: by name first (unless the item
 * has another repository and a renamed item has the known one); then, for items
 * whose name is not known, by repository, then homepage, then id, among
 * the known projects that no item named or claimed by a stronger key (a
 * rename upstream); then items named like a renamed item are its
 * duplicates. A new item whose id is a known project's id or former id
 * gets an id of its own ("helm-2"), so that it takes nothing from it. */
static void
match_items (GPtrArray *items,
             CgCatalog *base)
{
  BaseIndex index;
  g_autoptr(GHashTable) claimed = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) renamed_to = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) unnamed_repositories = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                                      g_free, NULL);

  base_index_init (&index, base);

  /* The repositories of items with a name we do not know: renames */
  for (guint i = 0; i < items->len; i++)
    {
      Item *item = items->pdata[i];

      if (!g_hash_table_contains (index.by_name,
                                  json_object_get_string_member (item->mapped, "name")) &&
          json_object_has_member (item->mapped, "repository"))
        g_hash_table_add (unnamed_repositories,
                          link_key (json_object_get_string_member (item->mapped, "repository")));
    }

  for (guint i = 0; i < items->len; i++)
    {
      Item *item = items->pdata[i];
      g_autofree char *theirs = NULL;
      g_autofree char *ours = NULL;

      item->known = g_hash_table_lookup (index.by_name,
                                         json_object_get_string_member (item->mapped, "name"));
      if (item->known == NULL)
        continue;
      /* Another project under a known name, while the known repository
       * went with a renamed item: the repository decides */
      if (json_object_has_member (item->mapped, "repository"))
        theirs = link_key (json_object_get_string_member (item->mapped, "repository"));
      ours = link_key (cg_project_get_repository (item->known));
      if (theirs != NULL && ours != NULL && !g_str_equal (theirs, ours) &&
          g_hash_table_contains (unnamed_repositories, ours))
        {
          item->known = NULL;
          continue;
        }
      g_hash_table_add (claimed, item->known);
    }

  /* The strongest key first over all items, so that the download's order
   * does not decide who is the renamed project */
  for (guint kind = 0; kind < 3; kind++)
    for (guint i = 0; i < items->len; i++)
      {
        Item *item = items->pdata[i];
        CgProject *found;

        if (item->known != NULL)
          continue;
        found = lookup_key (&index, base, item->mapped, kind);
        if (found != NULL && !g_hash_table_contains (claimed, found))
          {
            item->known = found;
            item->renamed = TRUE;
            g_hash_table_add (claimed, found);
            g_hash_table_insert (renamed_to,
                                 (gpointer) json_object_get_string_member (item->mapped, "name"),
                                 found);
          }
      }

  for (guint i = 0; i < items->len; i++)
    {
      Item *item = items->pdata[i];
      const char *id;

      if (item->known != NULL)
        continue;
      item->known = g_hash_table_lookup (renamed_to,
                                         json_object_get_string_member (item->mapped, "name"));
      if (item->known != NULL)
        {
          item->renamed = TRUE;
          continue;
        }
      id = json_object_get_string_member (item->mapped, "id");
      if (cg_catalog_lookup (base, id) != NULL)
        {
          g_autofree char *own = NULL;

          for (guint n = 2; own == NULL || cg_catalog_lookup (base, own) != NULL; n++)
            {
              g_free (own);
              own = g_strdup_printf ("%s-%u", id, n);
            }
          json_object_set_string_member (item->mapped, "id", own);
        }
    }

  base_index_clear (&index);
}

/* Items of one project (the same known project, or the same new id)
 * become one; returns the merged items in download order */
static GPtrArray *
merge_items (GPtrArray     *items,
             CgImportStats *counts)
{
  g_autoptr(GHashTable) groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                        (GDestroyNotify) g_ptr_array_unref);
  GPtrArray *merged = g_ptr_array_new ();

  for (guint i = 0; i < items->len; i++)
    {
      Item *item = items->pdata[i];
      const char *key = item->known ? cg_project_get_id (item->known)
                                    : json_object_get_string_member (item->mapped, "id");
      GPtrArray *group = g_hash_table_lookup (groups, key);

      if (group == NULL)
        {
          group = g_ptr_array_new ();
          g_hash_table_insert (groups, g_strdup (key), group);
          g_ptr_array_add (merged, item);
        }
      g_ptr_array_add (group, item);
    }

  for (guint i = 0; i < merged->len; i++)
    {
      Item *first = merged->pdata[i];
      const char *key = first->known ? cg_project_get_id (first->known)
                                     : json_object_get_string_member (first->mapped, "id");
      GPtrArray *group = g_hash_table_lookup (groups, key);
      JsonObject *into;
      gboolean renamed = TRUE;

      if (group->len == 1)
        continue;
      counts->n_merged += group->len - 1;
      /* Renamed only when no duplicate carries the known name */
      for (guint k = 0; k < group->len; k++)
        renamed &= ((Item *) group->pdata[k])->renamed;
      into = json_object_ref (merge_duplicates (group));
      /* The merged item takes the place of the first in the download */
      json_object_unref (first->mapped);
      first->mapped = into;
      first->renamed = renamed;
    }

  return merged;
}

/**
 * cg_landscape_import:
 * @api_json: the bytes of `api/projects/all.json`
 * @base: the catalog shown now: its curated fields, repository facts,
 *   maturity levels and community sections carry over, and its projects
 *   keep their ids
 * @date: the new catalog's date, `YYYY-MM-DD`
 * @stats: (out caller-allocates) (optional): what was imported, merged,
 *   renamed and kept
 *
 * Takes the download item by item. An item is matched to a known project
 * by name, else by repository, homepage or id (a rename upstream: the
 * project keeps its id and curated fields). Items of the same project are
 * merged, whatever their order; a new item never takes a known project's
 * id or former id. A field that no item carries while many
 * known projects have it is a change of format: the known values stay.
 *
 * Returns: (transfer full) (nullable): a schema 1 catalog, or %NULL when
 *   the bytes are not a landscape (%CG_LANDSCAPE_ERROR_NOT_A_CATALOG), hold
 *   fewer than half the projects of @base, or would drop more than a third
 *   of a field's known values (%CG_LANDSCAPE_ERROR_INCOMPLETE)
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
  g_autoptr(GArray) items_store = g_array_new (FALSE, TRUE, sizeof (Item));
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  g_autoptr(GPtrArray) merged = NULL;
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) base_objects = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  CgImportStats counts = { 0 };
  JsonNode *api_root;
  JsonArray *api_items;
  guint missing;
  gsize length;
  const char *data = g_bytes_get_data (api_json, &length);
  char *out;

  g_return_val_if_fail (CG_IS_CATALOG (base), NULL);

  g_array_set_clear_func (items_store, (GDestroyNotify) item_clear);

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

  api_items = json_node_get_array (api_root);
  for (guint i = 0; i < json_array_get_length (api_items); i++)
    {
      Item item = { map_item (json_array_get_element (api_items, i)), NULL, FALSE, i };

      if (item.mapped == NULL)
        counts.n_skipped++;
      else
        g_array_append_val (items_store, item);
    }
  for (guint i = 0; i < items_store->len; i++)
    g_ptr_array_add (items, &g_array_index (items_store, Item, i));

  match_items (items, base);
  merged = merge_items (items, &counts);
  base_objects = base_objects_new (base);

  /* A change of format, not news: keep what is known */
  missing = fields_missing_from (api_items);
  for (guint f = 0; f < G_N_ELEMENTS (watched_fields); f++)
    {
      const char *member = watched_fields[f].member;

      if (!(missing & watched_fields[f].field) ||
          count_having (base_objects, member) < WATCH_MIN_PROJECTS)
        continue;
      counts.kept_fields |= watched_fields[f].field;
      for (guint i = 0; i < merged->len; i++)
        {
          Item *item = merged->pdata[i];

          if (item->known != NULL)
            keep_member (base_objects, item->mapped, item->known, member);
        }
    }

  if (!check_drops (base_objects, merged, error))
    return NULL;

  for (guint i = 0; i < merged->len; i++)
    {
      Item *item = merged->pdata[i];
      g_autoptr(JsonNode) node = NULL;
      g_autoptr(CgProject) checked = NULL;

      if (item->known != NULL)
        merge_curated (item->mapped, item->known);

      node = json_node_init_object (json_node_alloc (), item->mapped);
      checked = _cg_catalog_check_project (node, item->position, NULL);
      if (checked == NULL ||
          !g_hash_table_add (ids, g_strdup (json_object_get_string_member (item->mapped, "id"))))
        {
          counts.n_skipped++;
          continue;
        }
      if (item->known == NULL)
        counts.n_new++;
      else if (item->renamed)
        counts.n_renamed++;
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
