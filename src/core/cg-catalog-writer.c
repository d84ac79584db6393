/* cg-catalog-writer.c: a catalog back to schema 1 JSON
 *
 * The refresh writes what it imported in the same schema as the bundled
 * catalog, and reads it back through the same validating loader, at once
 * and at every start from the cache.
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cg-catalog"

#include "config.h"

#include "cg-catalog-private.h"
#include "cg-project-private.h"

static void
add_string (JsonBuilder *builder,
            const char  *key,
            const char  *value)
{
  if (value == NULL)
    return;
  json_builder_set_member_name (builder, key);
  json_builder_add_string_value (builder, value);
}

static void
add_link (JsonBuilder *builder,
          CgLinkItem  *link,
          const char  *detail_key)
{
  json_builder_begin_object (builder);
  add_string (builder, "title", link->title);
  if (detail_key != NULL)
    add_string (builder, detail_key, link->detail);
  add_string (builder, "url", link->url);
  if (link->may_expire)
    {
      json_builder_set_member_name (builder, "may_expire");
      json_builder_add_boolean_value (builder, TRUE);
    }
  json_builder_end_object (builder);
}

/* A list of strings, left out when empty */
static void
add_strings (JsonBuilder *builder,
             const char  *key,
             GStrv        strings)
{
  if (strings == NULL || strings[0] == NULL)
    return;
  json_builder_set_member_name (builder, key);
  json_builder_begin_array (builder);
  for (guint i = 0; strings[i] != NULL; i++)
    json_builder_add_string_value (builder, strings[i]);
  json_builder_end_array (builder);
}

static void
add_links (JsonBuilder *builder,
           const char  *key,
           GPtrArray   *links,
           const char  *detail_key)
{
  if (links == NULL || links->len == 0)
    return;
  json_builder_set_member_name (builder, key);
  json_builder_begin_array (builder);
  for (guint i = 0; i < links->len; i++)
    add_link (builder, links->pdata[i], detail_key);
  json_builder_end_array (builder);
}

/* true, false, or left out for unknown */
static void
add_fact (JsonBuilder *builder,
          const char  *key,
          CgFact       fact)
{
  if (fact == CG_FACT_UNKNOWN)
    return;
  json_builder_set_member_name (builder, key);
  json_builder_add_boolean_value (builder, fact == CG_FACT_REQUIRED);
}

/* The repository facts but legal's flags, in the order catalog-import writes them */
static void
add_facts (JsonBuilder *builder,
           CgProject   *p)
{
  gboolean any_health = FALSE;

  add_string (builder, "language", p->language);
  if (p->n_languages > 0)
    {
      json_builder_set_member_name (builder, "languages");
      json_builder_begin_array (builder);
      for (guint i = 0; i < p->n_languages; i++)
        {
          json_builder_begin_object (builder);
          add_string (builder, "name", p->languages[i].name);
          json_builder_set_member_name (builder, "share");
          json_builder_add_double_value (builder, p->languages[i].share);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
    }
  add_strings (builder, "newcomer_labels", p->newcomer_labels);

  for (guint i = 0; i < CG_PROJECT_N_HEALTH; i++)
    any_health |= p->health[i] != NULL;
  if (any_health)
    {
      json_builder_set_member_name (builder, "health");
      json_builder_begin_object (builder);
      for (guint i = 0; i < CG_PROJECT_N_HEALTH; i++)
        add_string (builder, _cg_project_health_keys[i], p->health[i]);
      json_builder_end_object (builder);
    }

  if (p->has_activity)
    {
      json_builder_set_member_name (builder, "activity");
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "commits");
      json_builder_add_int_value (builder, p->commits);
      json_builder_set_member_name (builder, "authors");
      json_builder_add_int_value (builder, p->authors);
      json_builder_set_member_name (builder, "window");
      json_builder_begin_array (builder);
      json_builder_add_string_value (builder, p->window_from);
      json_builder_add_string_value (builder, p->window_to);
      json_builder_end_array (builder);
      add_string (builder, "last_commit", p->last_commit);
      json_builder_end_object (builder);
    }
}

static void
add_section (JsonBuilder *builder,
             CgSection   *section)
{
  json_builder_begin_object (builder);
  add_string (builder, "id", section->id);
  add_string (builder, "title", section->title);
  add_string (builder, "summary", section->summary);
  add_string (builder, "url", section->url);
  add_links (builder, "links", section->links, NULL);
  json_builder_end_object (builder);
}

static void
add_project (JsonBuilder *builder,
             CgProject   *p)
{
  json_builder_begin_object (builder);
  add_string (builder, "id", p->id);
  add_string (builder, "name", p->name);
  add_string (builder, "maturity", cg_maturity_to_string (p->maturity));
  add_string (builder, "focus", p->focus);
  add_string (builder, "category", p->category);
  add_string (builder, "summary", p->summary);
  add_string (builder, "description", p->description);
  if (p->description_source != NULL)
    {
      json_builder_set_member_name (builder, "description_source");
      add_link (builder, p->description_source, NULL);
    }
  add_string (builder, "homepage", p->homepage);
  add_string (builder, "repository", p->repository);
  add_string (builder, "contributor_guide", p->contributor_guide);
  add_links (builder, "chat", p->chat, "channel");
  add_links (builder, "mailing_lists", p->mailing_lists, NULL);
  add_string (builder, "license", p->license);
  if (p->legal_kind != CG_LEGAL_UNKNOWN || p->legal != NULL || p->dco != CG_FACT_UNKNOWN ||
      p->cla != CG_FACT_UNKNOWN)
    {
      json_builder_set_member_name (builder, "legal");
      json_builder_begin_object (builder);
      add_string (builder, "kind", cg_legal_kind_to_string (p->legal_kind));
      if (p->legal != NULL)
        {
          add_string (builder, "title", p->legal->title);
          add_string (builder, "url", p->legal->url);
        }
      add_fact (builder, "dco", p->dco);
      add_fact (builder, "cla", p->cla);
      add_string (builder, "cla_url", p->cla_url);
      json_builder_end_object (builder);
    }
  add_facts (builder, p);
  if (p->date_accepted || p->date_incubating || p->date_graduated || p->date_archived)
    {
      json_builder_set_member_name (builder, "dates");
      json_builder_begin_object (builder);
      add_string (builder, "accepted", p->date_accepted);
      add_string (builder, "incubating", p->date_incubating);
      add_string (builder, "graduated", p->date_graduated);
      add_string (builder, "archived", p->date_archived);
      json_builder_end_object (builder);
    }
  add_strings (builder, "aliases", p->aliases);
  add_string (builder, "facts_date", p->facts_date);
  if (p->facts_source != NULL)
    {
      json_builder_set_member_name (builder, "facts_source");
      add_link (builder, p->facts_source, NULL);
    }
  add_strings (builder, "former_ids", p->former_ids);
  add_strings (builder, "curated", p->curated);
  json_builder_end_object (builder);
}

/**
 * _cg_project_to_json:
 *
 * Returns: (transfer full): @project as a schema 1 project object
 */
JsonNode *
_cg_project_to_json (CgProject *project)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();

  add_project (builder, project);
  return json_builder_get_root (builder);
}

/**
 * _cg_catalog_to_json:
 * @date: (nullable): the catalog date to write, or %NULL for @self's
 * @projects: (nullable) (element-type JsonNode): project objects to write
 *   instead of @self's
 *
 * Returns: (transfer full): a schema 1 catalog: @self's sources, maturity
 *   levels and community, with @projects
 */
JsonNode *
_cg_catalog_to_json (CgCatalog  *self,
                     const char *date,
                     GPtrArray  *projects)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "schema_version");
  json_builder_add_int_value (builder, CG_CATALOG_SCHEMA_VERSION);
  add_string (builder, "catalog_date", date ? date : self->date);

  json_builder_set_member_name (builder, "sources");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->sources->len; i++)
    add_link (builder, self->sources->pdata[i], "license");
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "maturity_levels");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->maturity_levels->len; i++)
    if (self->maturity_levels->pdata[i] != NULL)
      add_section (builder, self->maturity_levels->pdata[i]);
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "community");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->community->len; i++)
    add_section (builder, self->community->pdata[i]);
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "projects");
  json_builder_begin_array (builder);
  if (projects != NULL)
    for (guint i = 0; i < projects->len; i++)
      json_builder_add_value (builder, json_node_ref (projects->pdata[i]));
  else
    for (guint i = 0; i < self->projects->len; i++)
      add_project (builder, self->projects->pdata[i]);
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/**
 * cg_catalog_to_bytes:
 *
 * Returns: (transfer full): @self as schema 1 JSON, which
 *   cg_catalog_new_from_bytes() reads back to the same catalog
 */
GBytes *
cg_catalog_to_bytes (CgCatalog *self)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  gsize length;
  char *data;

  g_return_val_if_fail (CG_IS_CATALOG (self), NULL);

  root = _cg_catalog_to_json (self, NULL, NULL);
  json_generator_set_root (generator, root);
  data = json_generator_to_data (generator, &length);
  return g_bytes_new_take (data, length);
}
