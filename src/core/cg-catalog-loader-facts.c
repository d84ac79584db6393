/* cg-catalog-loader-facts.c: schema 1's repository facts, validated
 *
 * The optional project members catalog-import takes from repo-facts.json:
 * language, languages, the DCO/CLA flags of legal, newcomer_labels, health,
 * activity, facts_date and facts_source, and the curated search aliases.
 * Each rule fails the whole load with a message naming its JSON path, like
 * the rules of cg-catalog-loader.c.
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cg-catalog"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "cg-catalog-loader-private.h"
#include "cg-catalog-private.h"
#include "cg-project-private.h"

#define MAX_LANGUAGES 8
#define MAX_LABELS 8
#define MAX_ALIASES 16
#define MAX_WORD_BYTES 64    /* a language, a label, an alias */
#define MAX_COMMITS 10000000
#define MAX_AUTHORS 1000000

/* A string of at most MAX_WORD_BYTES; NULL without error when absent. */
static gboolean
get_word (JsonObject  *object,
          const char  *key,
          const Path  *parent,
          char       **out,
          GError     **error)
{
  Path path = { parent, key, 0 };

  if (!get_string (object, key, FALSE, TEXT_NAME, parent, out, error))
    return FALSE;
  if (*out != NULL && strlen (*out) > MAX_WORD_BYTES)
    return fail (error, CG_CATALOG_ERROR_INVALID, &path, _("longer than %d bytes"),
                 MAX_WORD_BYTES);
  return TRUE;
}

static gboolean
node_is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

static gboolean
node_is_number (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) &&
         (json_node_get_value_type (node) == G_TYPE_INT64 ||
          json_node_get_value_type (node) == G_TYPE_DOUBLE);
}

/* A list of at most @max short words, each once; @lower_case asks that
 * each be in lower case. */
static gboolean
load_words (JsonObject  *object,
            const char  *key,
            guint        max,
            gboolean     lower_case,
            const Path  *parent,
            GStrv       *out,
            GError     **error)
{
  Path path = { parent, key, 0 };
  g_autoptr(GStrvBuilder) builder = NULL;
  g_autoptr(GHashTable) seen = NULL;
  JsonArray *array;
  guint n;

  if (!get_array (object, key, FALSE, parent, &array, error) ||
      !check_list_length (array, max, &path, error))
    return FALSE;
  if (array == NULL)
    return TRUE;
  /* Most projects list none: nothing to make for them */
  builder = g_strv_builder_new ();
  seen = g_hash_table_new (g_str_hash, g_str_equal);

  n = json_array_get_length (array);

  for (guint i = 0; i < n; i++)
    {
      Path item_path = { &path, NULL, i };
      JsonNode *node = json_array_get_element (array, i);
      const char *word;

      if (!node_is_string (node))
        return fail (error, CG_CATALOG_ERROR_INVALID, &item_path,
                     _("expected a string, found %s"), node_kind (node));
      word = json_node_get_string (node);
      if (!check_text (word, TEXT_NAME, &item_path, error))
        return FALSE;
      if (strlen (word) > MAX_WORD_BYTES)
        return fail (error, CG_CATALOG_ERROR_INVALID, &item_path, _("longer than %d bytes"),
                     MAX_WORD_BYTES);
      if (lower_case)
        {
          g_autofree char *lower = g_utf8_strdown (word, -1);

          if (!g_str_equal (lower, word))
            return fail (error, CG_CATALOG_ERROR_INVALID, &item_path,
                         _("“%s” is not in lower case"), word);
        }
      if (!g_hash_table_add (seen, (gpointer) word))
        return fail (error, CG_CATALOG_ERROR_INVALID, &item_path, _("“%s” is listed twice"),
                     word);
      g_strv_builder_add (builder, word);
    }

  g_strfreev (*out);
  *out = g_strv_builder_end (builder);
  return TRUE;
}

static gboolean
load_languages (CgProject   *project,
                JsonObject  *object,
                const Path  *parent,
                GError     **error)
{
  Path path = { parent, "languages", 0 };
  JsonArray *array;
  guint n;

  if (!get_array (object, "languages", FALSE, parent, &array, error) ||
      !check_list_length (array, MAX_LANGUAGES, &path, error))
    return FALSE;
  if (array == NULL || (n = json_array_get_length (array)) == 0)
    return TRUE;

  project->languages = g_new0 (CgLanguageShare, n);
  for (guint i = 0; i < n; i++)
    {
      Path item_path = { &path, NULL, i };
      Path share_path = { &item_path, "share", 0 };
      JsonObject *entry = get_object (json_array_get_element (array, i), &item_path, error);
      JsonNode *share;
      double value;

      if (entry == NULL)
        return FALSE;
      /* Counted first, so that finalize frees what was read */
      project->n_languages = i + 1;
      if (!get_word (entry, "name", &item_path, &project->languages[i].name, error))
        return FALSE;
      if (project->languages[i].name == NULL)
        {
          Path name_path = { &item_path, "name", 0 };
          return fail (error, CG_CATALOG_ERROR_INVALID, &name_path, _("missing"));
        }
      share = member (entry, "share");
      if (share == NULL)
        return fail (error, CG_CATALOG_ERROR_INVALID, &share_path, _("missing"));
      if (!node_is_number (share))
        return fail (error, CG_CATALOG_ERROR_INVALID, &share_path,
                     _("expected a number, found %s"), node_kind (share));
      value = json_node_get_double (share);
      if (!isfinite (value) || value < 0 || value > 100)
        return fail (error, CG_CATALOG_ERROR_INVALID, &share_path,
                     _("a share of %g is not between 0 and 100"), value);
      project->languages[i].share = value;
    }

  return TRUE;
}

/* true, false, or absent/null for unknown */
static gboolean
get_fact (JsonObject  *object,
          const char  *key,
          const Path  *parent,
          CgFact      *out,
          GError     **error)
{
  Path path = { parent, key, 0 };
  JsonNode *node = member (object, key);

  *out = CG_FACT_UNKNOWN;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return fail (error, CG_CATALOG_ERROR_INVALID, &path,
                 _("expected true, false or null, found %s"), node_kind (node));
  *out = json_node_get_boolean (node) ? CG_FACT_REQUIRED : CG_FACT_NOT_STATED;
  return TRUE;
}

static gboolean
load_legal_flags (CgProject   *project,
                  JsonObject  *object,
                  const Path  *parent,
                  GError     **error)
{
  Path path = { parent, "legal", 0 };
  JsonNode *node = member (object, "legal");
  JsonObject *legal;
  const char *kind;

  if (node == NULL)
    return TRUE;
  /* cg-catalog-loader.c reports a legal member that is not an object */
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return TRUE;
  legal = json_node_get_object (node);

  if (!get_fact (legal, "dco", &path, &project->dco, error) ||
      !get_fact (legal, "cla", &path, &project->cla, error) ||
      !get_url (legal, "cla_url", FALSE, &path, &project->cla_url, error))
    return FALSE;

  /* A flag that denies the kind older builds show would mislead one of them */
  node = member (legal, "kind");
  kind = node != NULL && node_is_string (node) ? json_node_get_string (node) : NULL;
  if (g_strcmp0 (kind, "dco") == 0 && project->dco == CG_FACT_NOT_STATED)
    {
      Path dco_path = { &path, "dco", 0 };
      return fail (error, CG_CATALOG_ERROR_INVALID, &dco_path,
                   _("false, but the kind is “dco”"));
    }
  if (g_strcmp0 (kind, "cla") == 0 && project->cla == CG_FACT_NOT_STATED)
    {
      Path cla_path = { &path, "cla", 0 };
      return fail (error, CG_CATALOG_ERROR_INVALID, &cla_path,
                   _("false, but the kind is “cla”"));
    }
  if (g_strcmp0 (kind, "none") == 0 &&
      (project->dco == CG_FACT_REQUIRED || project->cla == CG_FACT_REQUIRED))
    {
      Path kind_path = { &path, "kind", 0 };
      return fail (error, CG_CATALOG_ERROR_INVALID, &kind_path,
                   _("“none”, but a DCO or CLA flag is true"));
    }
  if (project->cla_url != NULL && project->cla != CG_FACT_REQUIRED)
    {
      Path url_path = { &path, "cla_url", 0 };
      return fail (error, CG_CATALOG_ERROR_INVALID, &url_path,
                   _("a CLA link, but cla is not true"));
    }

  return TRUE;
}

static gboolean
load_health (CgProject   *project,
             JsonObject  *object,
             const Path  *parent,
             GError     **error)
{
  Path path = { parent, "health", 0 };
  JsonNode *node = member (object, "health");
  JsonObject *health;

  if (node == NULL)
    return TRUE;
  if ((health = get_object (node, &path, error)) == NULL)
    return FALSE;

  for (guint i = 0; i < CG_PROJECT_N_HEALTH; i++)
    if (!get_url (health, _cg_project_health_keys[i], FALSE, &path, &project->health[i], error))
      return FALSE;

  return TRUE;
}

static gboolean
get_count (JsonObject  *object,
           const char  *key,
           gboolean     required,
           guint        max,
           const Path  *parent,
           guint       *out,
           GError     **error)
{
  Path path = { parent, key, 0 };
  JsonNode *node = member (object, key);
  gint64 value;

  if (node == NULL)
    {
      if (required)
        return fail (error, CG_CATALOG_ERROR_INVALID, &path, _("missing"));
      return TRUE;
    }
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return fail (error, CG_CATALOG_ERROR_INVALID, &path, _("expected a whole number, found %s"),
                 node_kind (node));
  value = json_node_get_int (node);
  if (value < 0 || value > max)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, value);

      return fail (error, CG_CATALOG_ERROR_INVALID, &path, _("%s is not between 0 and %u"),
                   number, max);
    }
  *out = (guint) value;
  return TRUE;
}

static gboolean
load_activity (CgProject   *project,
               JsonObject  *object,
               const Path  *parent,
               GError     **error)
{
  Path path = { parent, "activity", 0 };
  Path w_path = { &path, "window", 0 };
  JsonNode *node = member (object, "activity");
  JsonObject *activity;
  JsonArray *window;

  if (node == NULL)
    return TRUE;
  if ((activity = get_object (node, &path, error)) == NULL ||
      !get_count (activity, "commits", TRUE, MAX_COMMITS, &path, &project->commits, error) ||
      !get_count (activity, "authors", TRUE, MAX_AUTHORS, &path, &project->authors, error) ||
      !get_date (activity, "last_commit", &path, &project->last_commit, error) ||
      !get_array (activity, "window", TRUE, &path, &window, error))
    return FALSE;

  if (project->authors > project->commits)
    {
      Path a_path = { &path, "authors", 0 };
      return fail (error, CG_CATALOG_ERROR_INVALID, &a_path,
                   _("%u authors for %u commits"), project->authors, project->commits);
    }
  if (json_array_get_length (window) != 2)
    return fail (error, CG_CATALOG_ERROR_INVALID, &w_path,
                 _("expected two dates, found %u entries"), json_array_get_length (window));

  for (guint i = 0; i < 2; i++)
    {
      Path item_path = { &w_path, NULL, i };
      JsonNode *day = json_array_get_element (window, i);

      if (!node_is_string (day))
        return fail (error, CG_CATALOG_ERROR_INVALID, &item_path,
                     _("expected a string, found %s"), node_kind (day));
      if (!check_date (json_node_get_string (day), &item_path, error))
        return FALSE;
      *(i == 0 ? &project->window_from : &project->window_to) =
        g_strdup (json_node_get_string (day));
    }
  if (strcmp (project->window_from, project->window_to) > 0)
    return fail (error, CG_CATALOG_ERROR_INVALID, &w_path,
                 _("the window ends (%s) before it starts (%s)"),
                 project->window_to, project->window_from);

  project->has_activity = TRUE;
  return TRUE;
}

/**
 * _cg_catalog_load_facts:
 * @project: the project being loaded
 * @object: its JSON object
 * @path: its JSON path, for error messages
 *
 * Reads and checks the repository facts and aliases of one project.
 *
 * Returns: %FALSE with @error set (%CG_CATALOG_ERROR_INVALID) at the first
 *   rule broken
 */
gboolean
_cg_catalog_load_facts (CgProject  *project,
                        JsonObject *object,
                        const Path *path,
                        GError    **error)
{
  JsonNode *node;

  if (!get_word (object, "language", path, &project->language, error) ||
      !load_languages (project, object, path, error) ||
      !load_legal_flags (project, object, path, error) ||
      !load_words (object, "newcomer_labels", MAX_LABELS, FALSE, path,
                   &project->newcomer_labels, error) ||
      !load_health (project, object, path, error) ||
      !load_activity (project, object, path, error) ||
      !get_date (object, "facts_date", path, &project->facts_date, error) ||
      !load_words (object, "aliases", MAX_ALIASES, TRUE, path, &project->aliases, error))
    return FALSE;

  if ((node = member (object, "facts_source")) != NULL)
    {
      Path s_path = { path, "facts_source", 0 };

      project->facts_source = load_link (node, NULL, TRUE, &s_path, error);
      if (project->facts_source == NULL)
        return FALSE;
    }

  return TRUE;
}
