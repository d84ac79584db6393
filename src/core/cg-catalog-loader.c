/* cg-catalog-loader.c: schema 1, validated whole or refused
 *
 * Every rule of the catalog schema is checked here. The first fault ends
 * the load with a one-line message that names its JSON path, for example
 * "projects[12].repository: not an https URL".
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cg-catalog"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "cg-catalog-loader-private.h"
#include "cg-catalog-private.h"
#include "cg-link.h"
#include "cg-project-private.h"
#include "cg-search.h"

#define MAX_NAME_BYTES 256
#define MAX_LINE_BYTES 1024

/* Combining marks (Unicode categories Mn, Mc, Me) in a row on one base
 * character, in any text. Real text needs few: Vietnamese two, Hebrew
 * pointing three, Indic and Tibetan clusters up to four; a hundred stacked
 * marks ("Zalgo") draw over the header bar and the rows around. Format
 * characters between the marks (ZWJ, ZWNJ) neither count nor reset. */
#define MAX_COMBINING_MARKS 4

/* Every list of the schema has a cap, so no catalog can make a view build
 * thousands of rows (10,000 chat links froze the window for 21 s). Real
 * catalogs stay far below: at most 3 chats, 2 lists, 12 links, 3 sources. */
#define MAX_CHAT_LINKS         32
#define MAX_MAILING_LISTS      32
#define MAX_SECTION_LINKS      64   /* a community section's or maturity level's links */
#define MAX_SOURCES            64
#define MAX_COMMUNITY_SECTIONS 64
#define MAX_MATURITY_LEVELS    CG_N_MATURITIES

static void
append_path (GString    *out,
             const Path *path)
{
  if (path == NULL)
    return;

  append_path (out, path->parent);
  if (path->key != NULL)
    {
      if (out->len > 0)
        g_string_append_c (out, '.');
      g_string_append (out, path->key);
    }
  else
    g_string_append_printf (out, "[%u]", path->index);
}

gboolean
fail (GError    **error,
      int         code,
      const Path *path,
      const char *format,
      ...)
{
  g_autoptr(GString) where = g_string_new (NULL);
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  append_path (where, path);
  if (where->len == 0)
    g_string_append (where, _("catalog"));

  g_set_error (error, CG_CATALOG_ERROR, code, "%s: %s", where->str, message);
  return FALSE;
}

const char *
node_kind (JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      return _("an object");
    case JSON_NODE_ARRAY:
      return _("an array");
    case JSON_NODE_NULL:
      return _("null");
    case JSON_NODE_VALUE:
    default:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_STRING:
          return _("a string");
        case G_TYPE_BOOLEAN:
          return _("a boolean");
        default:
          return _("a number");
        }
    }
}

gboolean
check_text (const char *text,
            TextKind    kind,
            const Path *path,
            GError    **error)
{
  gsize len = strlen (text);
  guint n_marks = 0;  /* combining marks in a row */

  if (kind == TEXT_NAME)
    {
      if (len == 0)
        return fail (error, CG_CATALOG_ERROR_INVALID, path, _("empty"));
      if (len > MAX_NAME_BYTES)
        return fail (error, CG_CATALOG_ERROR_INVALID, path,
                     _("longer than %d bytes"), MAX_NAME_BYTES);
      if (g_ascii_isspace (text[0]) || g_ascii_isspace (text[len - 1]))
        return fail (error, CG_CATALOG_ERROR_INVALID, path,
                     _("starts or ends with whitespace"));
    }
  else if (kind == TEXT_LINE && len > MAX_LINE_BYTES)
    return fail (error, CG_CATALOG_ERROR_INVALID, path,
                 _("longer than %d bytes"), MAX_LINE_BYTES);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c;

      GUnicodeType type;

      /* Plain printable ASCII, the common case, needs no decoding. */
      if ((guchar) *p >= 0x20 && (guchar) *p < 0x7f)
        {
          n_marks = 0;
          continue;
        }

      c = g_utf8_get_char (p);
      type = g_unichar_type (c);
      if (type == G_UNICODE_NON_SPACING_MARK || type == G_UNICODE_SPACING_MARK ||
          type == G_UNICODE_ENCLOSING_MARK)
        {
          if (++n_marks > MAX_COMBINING_MARKS)
            return fail (error, CG_CATALOG_ERROR_INVALID, path,
                         _("more than %d combining marks on one character"),
                         MAX_COMBINING_MARKS);
        }
      else if (type != G_UNICODE_FORMAT)
        n_marks = 0;

      if (c == '\n' && kind == TEXT_PARAGRAPHS)
        continue;
      if (g_unichar_iscntrl (c))
        return fail (error, CG_CATALOG_ERROR_INVALID, path, _("contains a control character"));
      if (cg_unichar_is_bidi_control (c))
        return fail (error, CG_CATALOG_ERROR_INVALID, path,
                     _("contains a bidirectional control character"));
      if (kind == TEXT_NAME && (g_unichar_isspace (c) && c != ' '))
        return fail (error, CG_CATALOG_ERROR_INVALID, path,
                     _("contains whitespace other than spaces"));
      if (kind == TEXT_NAME && type == G_UNICODE_FORMAT)
        return fail (error, CG_CATALOG_ERROR_INVALID, path,
                     _("contains an invisible character"));
    }

  return TRUE;
}

/* Looks up @key in @object; absent and null are the same. */
JsonNode *
member (JsonObject *object,
        const char *key)
{
  JsonNode *node = json_object_get_member (object, key);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;
  return node;
}

/* An optional boolean member; *out stays as it is when absent. */
static gboolean
get_boolean (JsonObject  *object,
             const char  *key,
             const Path  *parent,
             gboolean    *out,
             GError     **error)
{
  Path path = { parent, key, 0 };
  JsonNode *node = member (object, key);

  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return fail (error, CG_CATALOG_ERROR_INVALID, &path,
                 _("expected true or false, found %s"), node_kind (node));
  *out = json_node_get_boolean (node);
  return TRUE;
}

gboolean
get_string (JsonObject  *object,
            const char  *key,
            gboolean     required,
            TextKind     kind,
            const Path  *parent,
            char       **out,
            GError     **error)
{
  Path path = { parent, key, 0 };
  JsonNode *node = member (object, key);

  if (node == NULL)
    {
      if (required)
        return fail (error, CG_CATALOG_ERROR_INVALID, &path, _("missing"));
      return TRUE;
    }

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return fail (error, CG_CATALOG_ERROR_INVALID, &path,
                 _("expected a string, found %s"), node_kind (node));

  if (!check_text (json_node_get_string (node), kind, &path, error))
    return FALSE;

  g_free (*out);
  *out = g_strdup (json_node_get_string (node));
  return TRUE;
}

gboolean
get_url (JsonObject  *object,
         const char  *key,
         gboolean     required,
         const Path  *parent,
         char       **out,
         GError     **error)
{
  Path path = { parent, key, 0 };
  g_autoptr(GError) link_error = NULL;
  g_autofree char *url = NULL;

  if (!get_string (object, key, required, TEXT_LINE, parent, &url, error))
    return FALSE;
  if (url == NULL)
    return TRUE;

  if (!cg_link_check (url, &link_error))
    return fail (error, CG_CATALOG_ERROR_INVALID, &path, "%s", link_error->message);

  *out = g_steal_pointer (&url);
  return TRUE;
}

static gboolean
read_digits (const char *text,
             guint       count,
             guint       min,
             guint       max,
             guint      *out)
{
  guint value = 0;

  for (guint i = 0; i < count; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      value = value * 10 + (guint) (text[i] - '0');
    }

  *out = value;
  return value >= min && value <= max;
}

gboolean
check_date (const char *date,
            const Path *path,
            GError    **error)
{
  guint y, m, d;

  if (strlen (date) != 10 || date[4] != '-' || date[7] != '-' ||
      !read_digits (date, 4, 1, 9999, &y) ||
      !read_digits (date + 5, 2, 1, 12, &m) ||
      !read_digits (date + 8, 2, 1, 31, &d) ||
      !g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    return fail (error, CG_CATALOG_ERROR_INVALID, path,
                 _("“%s” is not a date of the form YYYY-MM-DD"), date);
  return TRUE;
}

gboolean
get_date (JsonObject  *object,
          const char  *key,
          const Path  *parent,
          char       **out,
          GError     **error)
{
  Path path = { parent, key, 0 };
  g_autofree char *date = NULL;

  if (!get_string (object, key, FALSE, TEXT_LINE, parent, &date, error))
    return FALSE;
  if (date == NULL)
    return TRUE;
  if (!check_date (date, &path, error))
    return FALSE;

  *out = g_steal_pointer (&date);
  return TRUE;
}

JsonObject *
get_object (JsonNode   *node,
            const Path *path,
            GError    **error)
{
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      fail (error, CG_CATALOG_ERROR_INVALID, path, _("expected an object, found %s"),
            node_kind (node));
      return NULL;
    }
  return json_node_get_object (node);
}

/* Returns the array at @key, an empty result for absent or null, or NULL
 * with @error set. */
gboolean
get_array (JsonObject  *object,
           const char  *key,
           gboolean     required,
           const Path  *parent,
           JsonArray  **out,
           GError     **error)
{
  Path path = { parent, key, 0 };
  JsonNode *node = member (object, key);

  *out = NULL;
  if (node == NULL)
    {
      if (required)
        return fail (error, CG_CATALOG_ERROR_INVALID, &path, _("missing"));
      return TRUE;
    }
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail (error, CG_CATALOG_ERROR_INVALID, &path, _("expected an array, found %s"),
                 node_kind (node));

  *out = json_node_get_array (node);
  return TRUE;
}

/**
 * check_list_length:
 * @array: (nullable): a list of the schema, as get_array() found it
 * @max: its cap, one of the MAX_* constants above
 * @path: where @array is, for the message
 *
 * The one rule for every list: more than @max entries is a fault
 * ("projects[3].chat: more than 32 entries"). Call it right after
 * get_array() for each list, new ones too (cg-catalog-loader-facts.c does).
 */
gboolean
check_list_length (JsonArray  *array,
                   guint       max,
                   const Path *path,
                   GError    **error)
{
  if (array != NULL && json_array_get_length (array) > max)
    return fail (error, CG_CATALOG_ERROR_INVALID, path, _("more than %u entries"), max);
  return TRUE;
}

/* An object with title, url and one optional detail member. */
CgLinkItem *
load_link (JsonNode   *node,
           const char *detail_key,
           gboolean    url_required,
           const Path *path,
           GError    **error)
{
  g_autofree char *title = NULL;
  g_autofree char *url = NULL;
  g_autofree char *detail = NULL;
  gboolean may_expire = FALSE;
  JsonObject *object = get_object (node, path, error);
  CgLinkItem *link;

  if (object == NULL ||
      !get_string (object, "title", TRUE, TEXT_NAME, path, &title, error) ||
      !get_url (object, "url", url_required, path, &url, error) ||
      (detail_key != NULL &&
       !get_string (object, detail_key, FALSE, TEXT_NAME, path, &detail, error)) ||
      !get_boolean (object, "may_expire", path, &may_expire, error))
    return NULL;

  link = cg_link_item_new (title, url, detail);
  link->may_expire = may_expire;
  return link;
}

static gboolean
load_links (JsonObject *object,
            const char *key,
            const char *detail_key,
            guint       max,
            const Path *parent,
            GPtrArray  *out,
            GError    **error)
{
  Path path = { parent, key, 0 };
  JsonArray *array;

  if (!get_array (object, key, FALSE, parent, &array, error) ||
      !check_list_length (array, max, &path, error))
    return FALSE;
  if (array == NULL)
    return TRUE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      Path item_path = { &path, NULL, i };
      CgLinkItem *link = load_link (json_array_get_element (array, i), detail_key, TRUE,
                                    &item_path, error);
      if (link == NULL)
        return FALSE;
      g_ptr_array_add (out, link);
    }

  return TRUE;
}

static gboolean
check_id (const char *id,
          const Path *path,
          GError    **error)
{
  if (cg_project_id_is_valid (id))
    return TRUE;
  return fail (error, CG_CATALOG_ERROR_INVALID, path,
               _("“%s” is not an id (lower-case letters, digits and “-”, at most 64)"), id);
}

/* Checks one string of a list, at @path */
typedef gboolean (*StringCheck) (const char  *value,
                                 const Path  *path,
                                 GError     **error);

/* An optional list of at most @max strings, each passing @check */
static gboolean
load_strings (JsonObject   *object,
              const char   *key,
              guint         max,
              StringCheck   check,
              const Path   *parent,
              GStrv        *out,
              GError      **error)
{
  Path path = { parent, key, 0 };
  g_autoptr(GStrvBuilder) builder = NULL;
  JsonArray *array;

  if (!get_array (object, key, FALSE, parent, &array, error) ||
      !check_list_length (array, max, &path, error))
    return FALSE;
  if (array == NULL)
    return TRUE;
  builder = g_strv_builder_new ();

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      Path item_path = { &path, NULL, i };
      JsonNode *node = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        return fail (error, CG_CATALOG_ERROR_INVALID, &item_path,
                     _("expected a string, found %s"), node_kind (node));
      if (!check (json_node_get_string (node), &item_path, error))
        return FALSE;
      g_strv_builder_add (builder, json_node_get_string (node));
    }

  *out = g_strv_builder_end (builder);
  return TRUE;
}

/* What may be listed in a project's "curated" member */
static const char * const curatable[] = {
  "focus", "summary", "description", "description_source", "contributor_guide", "chat",
  "mailing_lists", "license", "legal", "homepage", "repository", NULL,
};  /* "summary" is always kept, so listing it changes nothing */

static gboolean
check_curatable (const char  *field,
                 const Path  *path,
                 GError     **error)
{
  if (!g_strv_contains (curatable, field))
    return fail (error, CG_CATALOG_ERROR_INVALID, path,
                 _("“%s” is not a field people curate"), field);
  return TRUE;
}

/* Ids a project had before a rename upstream: they keep resolving */
#define MAX_FORMER_IDS 16

static CgProject *
load_project (JsonNode   *node,
              const Path *path,
              GHashTable *seen,
              GError    **error)
{
  g_autoptr(CgProject) project = _cg_project_new ();
  g_autofree char *maturity = NULL;
  JsonObject *object = get_object (node, path, error);
  JsonNode *sub;

  if (object == NULL ||
      !get_string (object, "id", TRUE, TEXT_NAME, path, &project->id, error))
    return NULL;

  {
    Path id_path = { path, "id", 0 };

    if (!check_id (project->id, &id_path, error))
      return NULL;
    if (g_hash_table_contains (seen, project->id))
      {
        fail (error, CG_CATALOG_ERROR_INVALID, &id_path, _("duplicate id “%s”"), project->id);
        return NULL;
      }
  }

  if (!get_string (object, "name", TRUE, TEXT_NAME, path, &project->name, error) ||
      !get_string (object, "maturity", TRUE, TEXT_NAME, path, &maturity, error))
    return NULL;

  if (!cg_maturity_from_string (maturity, &project->maturity))
    {
      Path m_path = { path, "maturity", 0 };

      fail (error, CG_CATALOG_ERROR_INVALID, &m_path,
            _("unknown maturity “%s” (expected graduated, incubating, sandbox or archived)"),
            maturity);
      return NULL;
    }

  if (!get_string (object, "focus", FALSE, TEXT_NAME, path, &project->focus, error) ||
      !get_string (object, "category", FALSE, TEXT_NAME, path, &project->category, error) ||
      !get_string (object, "summary", FALSE, TEXT_LINE, path, &project->summary, error) ||
      !get_string (object, "description", FALSE, TEXT_PARAGRAPHS, path,
                   &project->description, error) ||
      !get_url (object, "homepage", FALSE, path, &project->homepage, error) ||
      !get_url (object, "repository", FALSE, path, &project->repository, error) ||
      !get_url (object, "contributor_guide", FALSE, path, &project->contributor_guide, error) ||
      !get_string (object, "license", FALSE, TEXT_NAME, path, &project->license, error) ||
      !load_links (object, "chat", "channel", MAX_CHAT_LINKS, path, project->chat, error) ||
      !load_links (object, "mailing_lists", NULL, MAX_MAILING_LISTS, path,
                   project->mailing_lists, error) ||
      !load_strings (object, "curated", G_N_ELEMENTS (curatable), check_curatable, path,
                     &project->curated, error) ||
      !load_strings (object, "former_ids", MAX_FORMER_IDS, check_id, path,
                     &project->former_ids, error) ||
      !_cg_catalog_load_facts (project, object, path, error))
    return NULL;

  if ((sub = member (object, "description_source")) != NULL)
    {
      Path s_path = { path, "description_source", 0 };

      project->description_source = load_link (sub, NULL, TRUE, &s_path, error);
      if (project->description_source == NULL)
        return NULL;
    }

  if ((sub = member (object, "legal")) != NULL)
    {
      Path l_path = { path, "legal", 0 };
      Path k_path = { &l_path, "kind", 0 };
      g_autofree char *kind = NULL;
      g_autofree char *title = NULL;
      g_autofree char *url = NULL;
      JsonObject *legal = get_object (sub, &l_path, error);

      if (legal == NULL ||
          !get_string (legal, "kind", TRUE, TEXT_NAME, &l_path, &kind, error) ||
          !get_string (legal, "title", FALSE, TEXT_NAME, &l_path, &title, error) ||
          !get_url (legal, "url", FALSE, &l_path, &url, error))
        return NULL;
      if (!cg_legal_kind_from_string (kind, &project->legal_kind))
        {
          fail (error, CG_CATALOG_ERROR_INVALID, &k_path,
                _("unknown legal requirement “%s” (expected cla, dco, none or unknown)"), kind);
          return NULL;
        }
      if (title != NULL)
        project->legal = cg_link_item_new (title, url, NULL);
    }

  if ((sub = member (object, "dates")) != NULL)
    {
      Path d_path = { path, "dates", 0 };
      JsonObject *dates = get_object (sub, &d_path, error);

      if (dates == NULL ||
          !get_date (dates, "accepted", &d_path, &project->date_accepted, error) ||
          !get_date (dates, "incubating", &d_path, &project->date_incubating, error) ||
          !get_date (dates, "graduated", &d_path, &project->date_graduated, error) ||
          !get_date (dates, "archived", &d_path, &project->date_archived, error))
        return NULL;
    }

  return g_steal_pointer (&project);
}

static CgSection *
load_section (JsonNode   *node,
              const Path *path,
              GError    **error)
{
  g_autoptr(CgSection) section = cg_section_new ();
  JsonObject *object = get_object (node, path, error);

  if (object == NULL ||
      !get_string (object, "id", TRUE, TEXT_NAME, path, &section->id, error) ||
      !get_string (object, "title", TRUE, TEXT_NAME, path, &section->title, error) ||
      !get_string (object, "summary", FALSE, TEXT_PARAGRAPHS, path, &section->summary, error) ||
      !get_url (object, "url", FALSE, path, &section->url, error) ||
      !load_links (object, "links", NULL, MAX_SECTION_LINKS, path, section->links, error))
    return NULL;

  return g_steal_pointer (&section);
}

static gboolean
load_maturity_levels (CgCatalog  *self,
                      JsonObject *root,
                      GError    **error)
{
  Path path = { NULL, "maturity_levels", 0 };
  JsonArray *array;

  if (!get_array (root, "maturity_levels", FALSE, NULL, &array, error) ||
      !check_list_length (array, MAX_MATURITY_LEVELS, &path, error))
    return FALSE;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      Path item_path = { &path, NULL, i };
      Path id_path = { &item_path, "id", 0 };
      g_autoptr(CgSection) level = load_section (json_array_get_element (array, i),
                                                 &item_path, error);
      CgMaturity m;

      if (level == NULL)
        return FALSE;
      if (!cg_maturity_from_string (level->id, &m))
        return fail (error, CG_CATALOG_ERROR_INVALID, &id_path,
                     _("unknown maturity “%s” (expected graduated, incubating, sandbox or "
                       "archived)"), level->id);
      if (self->maturity_levels->pdata[m] != NULL)
        return fail (error, CG_CATALOG_ERROR_INVALID, &id_path, _("duplicate id “%s”"),
                     level->id);
      self->maturity_levels->pdata[m] = g_steal_pointer (&level);
    }

  return TRUE;
}

static gboolean
load_community (CgCatalog  *self,
                JsonObject *root,
                GError    **error)
{
  Path path = { NULL, "community", 0 };
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  JsonArray *array;

  if (!get_array (root, "community", FALSE, NULL, &array, error) ||
      !check_list_length (array, MAX_COMMUNITY_SECTIONS, &path, error))
    return FALSE;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      Path item_path = { &path, NULL, i };
      CgSection *section = load_section (json_array_get_element (array, i), &item_path, error);

      if (section == NULL)
        return FALSE;
      g_ptr_array_add (self->community, section);
      if (!g_hash_table_add (seen, section->id))
        {
          Path id_path = { &item_path, "id", 0 };
          return fail (error, CG_CATALOG_ERROR_INVALID, &id_path, _("duplicate id “%s”"),
                       section->id);
        }
    }

  return TRUE;
}

static int
compare_projects (gconstpointer a,
                  gconstpointer b)
{
  CgProject *pa = *(CgProject * const *) a;
  CgProject *pb = *(CgProject * const *) b;
  int cmp;

  if (pa->maturity != pb->maturity)
    return pa->maturity < pb->maturity ? -1 : 1;
  if ((cmp = strcmp (pa->sort_key, pb->sort_key)) != 0)
    return cmp;
  return strcmp (pa->id, pb->id);
}

static gboolean
load_projects (CgCatalog  *self,
               JsonObject *root,
               GError    **error)
{
  Path path = { NULL, "projects", 0 };
  JsonArray *array;
  guint n;

  if (!get_array (root, "projects", TRUE, NULL, &array, error))
    return FALSE;

  n = json_array_get_length (array);
  if (n == 0)
    return fail (error, CG_CATALOG_ERROR_INVALID, &path, _("no projects"));
  if (n > CG_CATALOG_MAX_PROJECTS)
    return fail (error, CG_CATALOG_ERROR_INVALID, &path, _("more than %d projects"),
                 CG_CATALOG_MAX_PROJECTS);

  for (guint i = 0; i < n; i++)
    {
      Path item_path = { &path, NULL, i };
      CgProject *project = load_project (json_array_get_element (array, i), &item_path,
                                         self->by_id, error);

      if (project == NULL)
        return FALSE;
      g_ptr_array_add (self->projects, project);
      g_hash_table_insert (self->by_id, project->id, project);
      cg_search_prepare_project (project);
    }

  /* A former id names one project, and no project has it as its id */
  for (guint i = 0; i < n; i++)
    {
      CgProject *project = self->projects->pdata[i];

      for (guint k = 0; project->former_ids != NULL && project->former_ids[k] != NULL; k++)
        {
          const char *former = project->former_ids[k];
          Path item_path = { &path, NULL, i };
          Path list_path = { &item_path, "former_ids", 0 };
          Path former_path = { &list_path, NULL, k };

          if (g_hash_table_contains (self->by_id, former) ||
              g_hash_table_contains (self->by_former_id, former))
            return fail (error, CG_CATALOG_ERROR_INVALID, &former_path,
                         _("“%s” already names another project"), former);
          g_hash_table_insert (self->by_former_id, (gpointer) former, project);
        }
    }

  g_ptr_array_sort (self->projects, compare_projects);
  for (guint i = 0; i < n; i++)
    ((CgProject *) self->projects->pdata[i])->order = i;

  return TRUE;
}

/**
 * _cg_catalog_check_project:
 * @index: its place, for the error message ("projects[12].name: missing")
 *
 * Checks one project object against schema 1, on its own.
 *
 * Returns: (transfer full) (nullable):
 */
CgProject *
_cg_catalog_check_project (JsonNode  *node,
                           guint      index,
                           GError   **error)
{
  Path projects = { NULL, "projects", 0 };
  Path path = { &projects, NULL, index };
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  return load_project (node, &path, seen, error);
}

gboolean
_cg_catalog_load_json (CgCatalog  *self,
                       JsonNode   *root_node,
                       GError    **error)
{
  Path version_path = { NULL, "schema_version", 0 };
  Path sources_path = { NULL, "sources", 0 };
  JsonObject *root;
  JsonNode *version;
  JsonArray *sources;

  if (root_node == NULL || !JSON_NODE_HOLDS_OBJECT (root_node))
    return fail (error, CG_CATALOG_ERROR_INVALID, NULL,
                 _("expected a JSON object, found %s"),
                 root_node ? node_kind (root_node) : _("nothing"));
  root = json_node_get_object (root_node);

  version = member (root, "schema_version");
  if (version == NULL)
    return fail (error, CG_CATALOG_ERROR_INVALID, &version_path, _("missing"));
  if (!JSON_NODE_HOLDS_VALUE (version) || json_node_get_value_type (version) != G_TYPE_INT64)
    return fail (error, CG_CATALOG_ERROR_INVALID, &version_path,
                 _("expected a whole number, found %s"), node_kind (version));
  if (json_node_get_int (version) > CG_CATALOG_SCHEMA_VERSION)
    return fail (error, CG_CATALOG_ERROR_NEEDS_NEWER_APP, &version_path,
                 _("this catalog needs a newer CNCF Contributor Guide"));
  if (json_node_get_int (version) < 1)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (version));

      return fail (error, CG_CATALOG_ERROR_INVALID, &version_path,
                   _("unknown schema version %s"), number);
    }
  self->schema_version = (guint) json_node_get_int (version);

  if (!get_date (root, "catalog_date", NULL, &self->date, error))
    return FALSE;
  if (self->date == NULL)
    {
      Path date_path = { NULL, "catalog_date", 0 };
      return fail (error, CG_CATALOG_ERROR_INVALID, &date_path, _("missing"));
    }

  if (!get_array (root, "sources", FALSE, NULL, &sources, error) ||
      !check_list_length (sources, MAX_SOURCES, &sources_path, error))
    return FALSE;
  for (guint i = 0; sources != NULL && i < json_array_get_length (sources); i++)
    {
      Path item_path = { &sources_path, NULL, i };
      CgLinkItem *source = load_link (json_array_get_element (sources, i), "license", TRUE,
                                      &item_path, error);
      if (source == NULL)
        return FALSE;
      g_ptr_array_add (self->sources, source);
    }

  return load_maturity_levels (self, root, error) &&
         load_community (self, root, error) &&
         load_projects (self, root, error);
}
