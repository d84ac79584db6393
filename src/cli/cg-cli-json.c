/* cg-cli-json.c: --format json, one document with stable keys
 *
 * Every key is always present: a fact nobody knows is null, an empty list
 * is [], so that a script can read any key without checking for it. The
 * document is made with json-glib's builder and generator.
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cg-cli"

#include "config.h"

#include <stdio.h>
#include <json-glib/json-glib.h>

#include "cg-cli-json.h"

/**
 * cg_cli_fact_to_string:
 *
 * Returns: "required", "not stated" or "unknown"
 */
const char *
cg_cli_fact_to_string (CgFact fact)
{
  switch (fact)
    {
    case CG_FACT_REQUIRED:
      return "required";
    case CG_FACT_NOT_STATED:
      return "not stated";
    case CG_FACT_UNKNOWN:
    default:
      return "unknown";
    }
}

/**
 * cg_cli_describe_legal:
 *
 * The legal rule in a few stable words: "dco", "cla", "dco and cla",
 * "not stated" (the repository's text names neither) or "unknown".
 *
 * Returns: (transfer full):
 */
char *
cg_cli_describe_legal (CgProject *project)
{
  CgFact dco = cg_project_get_dco (project);
  CgFact cla = cg_project_get_cla (project);

  if (dco == CG_FACT_REQUIRED && cla == CG_FACT_REQUIRED)
    return g_strdup ("dco and cla");
  if (dco == CG_FACT_REQUIRED)
    return g_strdup ("dco");
  if (cla == CG_FACT_REQUIRED)
    return g_strdup ("cla");
  if (dco == CG_FACT_NOT_STATED && cla == CG_FACT_NOT_STATED)
    return g_strdup ("not stated");
  return g_strdup ("unknown");
}

static void
add_string (JsonBuilder *builder,
            const char  *key,
            const char  *value)
{
  json_builder_set_member_name (builder, key);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_fact (JsonBuilder *builder,
          const char  *key,
          CgFact       fact)
{
  json_builder_set_member_name (builder, key);
  if (fact == CG_FACT_UNKNOWN)
    json_builder_add_null_value (builder);
  else
    json_builder_add_boolean_value (builder, fact == CG_FACT_REQUIRED);
}

static void
add_link (JsonBuilder *builder,
          const char  *key,
          CgLinkItem  *link,
          const char  *detail_key)
{
  if (key != NULL)
    json_builder_set_member_name (builder, key);
  if (link == NULL)
    {
      json_builder_add_null_value (builder);
      return;
    }
  json_builder_begin_object (builder);
  add_string (builder, "title", link->title);
  if (detail_key != NULL)
    add_string (builder, detail_key, link->detail);
  add_string (builder, "url", link->url);
  json_builder_end_object (builder);
}

static void
add_links (JsonBuilder *builder,
           const char  *key,
           GPtrArray   *links,
           const char  *detail_key)
{
  json_builder_set_member_name (builder, key);
  json_builder_begin_array (builder);
  for (guint i = 0; i < links->len; i++)
    add_link (builder, NULL, links->pdata[i], detail_key);
  json_builder_end_array (builder);
}

static void
add_strv (JsonBuilder       *builder,
          const char        *key,
          const char *const *strv)
{
  json_builder_set_member_name (builder, key);
  json_builder_begin_array (builder);
  for (guint i = 0; strv[i] != NULL; i++)
    json_builder_add_string_value (builder, strv[i]);
  json_builder_end_array (builder);
}

static void
add_commits (JsonBuilder *builder,
             CgProject   *project)
{
  guint commits;

  json_builder_set_member_name (builder, "commits");
  if (cg_project_get_activity (project, &commits, NULL, NULL, NULL, NULL))
    json_builder_add_int_value (builder, commits);
  else
    json_builder_add_null_value (builder);
}

/**
 * cg_cli_print_json_document:
 *
 * Prints the document @builder made, indented, on standard output.
 *
 * Returns: an exit status
 */
int
cg_cli_print_json_document (JsonBuilder *builder)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = json_builder_get_root (builder);
  g_autofree char *text = NULL;
  gsize length;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, &length);
  fwrite (text, 1, length, stdout);
  fputc ('\n', stdout);
  return fflush (stdout) == 0 ? 0 : 1;
}

/* One project's members in a --list: id, name, maturity, focus, language,
 * license, accepted, commits */
static void
add_list_fields (JsonBuilder *builder,
                 CgProject   *project)
{
  add_string (builder, "id", cg_project_get_id (project));
  add_string (builder, "name", cg_project_get_name (project));
  add_string (builder, "maturity", cg_maturity_to_string (cg_project_get_maturity (project)));
  add_string (builder, "focus", cg_project_get_focus (project));
  add_string (builder, "language", cg_project_get_language (project));
  add_string (builder, "license", cg_project_get_license (project));
  add_string (builder, "accepted", cg_project_get_date (project, "accepted"));
  add_commits (builder, project);
}

/**
 * cg_cli_print_list_json:
 * @result: the projects to print, in order
 *
 * Prints `{"catalog_date": …, "projects": [{"id", "name", "maturity",
 * "focus", "language", "license", "accepted", "commits"}, …]}`.
 *
 * Returns: an exit status
 */
int
cg_cli_print_list_json (CgCatalog      *catalog,
                        CgSearchResult *result)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();

  json_builder_begin_object (builder);
  add_string (builder, "catalog_date", cg_catalog_get_date (catalog));
  json_builder_set_member_name (builder, "projects");
  json_builder_begin_array (builder);
  for (guint i = 0; i < result->positions->len; i++)
    {
      CgProject *project = cg_catalog_get_project (catalog,
                                                   g_array_index (result->positions, guint, i));

      json_builder_begin_object (builder);
      add_list_fields (builder, project);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  return cg_cli_print_json_document (builder);
}

static void
add_legal (JsonBuilder *builder,
           CgProject   *project)
{
  g_autofree char *rule = cg_cli_describe_legal (project);
  CgLinkItem *document = cg_project_get_legal (project);

  json_builder_set_member_name (builder, "legal");
  json_builder_begin_object (builder);
  add_string (builder, "rule", rule);
  add_string (builder, "kind", cg_legal_kind_to_string (cg_project_get_legal_kind (project)));
  add_fact (builder, "dco", cg_project_get_dco (project));
  add_fact (builder, "cla", cg_project_get_cla (project));
  add_string (builder, "cla_url", cg_project_get_cla_url (project));
  add_link (builder, "document", document, NULL);
  json_builder_end_object (builder);
}

static void
add_activity (JsonBuilder *builder,
              CgProject   *project)
{
  guint commits, authors;
  const char *from, *to, *last;

  json_builder_set_member_name (builder, "activity");
  if (!cg_project_get_activity (project, &commits, &authors, &from, &to, &last))
    {
      json_builder_add_null_value (builder);
      return;
    }
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "commits");
  json_builder_add_int_value (builder, commits);
  json_builder_set_member_name (builder, "authors");
  json_builder_add_int_value (builder, authors);
  json_builder_set_member_name (builder, "window");
  json_builder_begin_array (builder);
  json_builder_add_string_value (builder, from);
  json_builder_add_string_value (builder, to);
  json_builder_end_array (builder);
  add_string (builder, "last_commit", last);
  json_builder_end_object (builder);
}

/**
 * cg_cli_print_project_json:
 *
 * Prints every field of @project as one JSON object; see the README for
 * its keys.
 *
 * Returns: an exit status
 */
int
cg_cli_print_project_json (CgProject *project)
{
  static const char * const dates[] = { "accepted", "incubating", "graduated", "archived" };
  static const char * const health[] = {
    CG_HEALTH_CODE_OF_CONDUCT, CG_HEALTH_SECURITY_POLICY, CG_HEALTH_MAINTAINERS,
    CG_HEALTH_GOVERNANCE,
  };
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  const CgLanguageShare *languages;
  guint n_languages;

  json_builder_begin_object (builder);
  add_string (builder, "id", cg_project_get_id (project));
  add_string (builder, "name", cg_project_get_name (project));
  add_string (builder, "maturity", cg_maturity_to_string (cg_project_get_maturity (project)));
  add_string (builder, "focus", cg_project_get_focus (project));
  add_string (builder, "category", cg_project_get_category (project));
  add_string (builder, "summary", cg_project_get_summary (project));
  add_string (builder, "description", cg_project_get_description (project));
  add_link (builder, "description_source", cg_project_get_description_source (project), NULL);
  add_string (builder, "homepage", cg_project_get_homepage (project));
  add_string (builder, "repository", cg_project_get_repository (project));
  add_string (builder, "contributor_guide", cg_project_get_contributor_guide (project));
  add_links (builder, "chat", cg_project_get_chat (project), "channel");
  add_links (builder, "mailing_lists", cg_project_get_mailing_lists (project), NULL);
  add_string (builder, "license", cg_project_get_license (project));
  add_legal (builder, project);
  add_string (builder, "language", cg_project_get_language (project));

  languages = cg_project_get_languages (project, &n_languages);
  json_builder_set_member_name (builder, "languages");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n_languages; i++)
    {
      json_builder_begin_object (builder);
      add_string (builder, "name", languages[i].name);
      json_builder_set_member_name (builder, "share");
      json_builder_add_double_value (builder, languages[i].share);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  add_strv (builder, "newcomer_labels", cg_project_get_newcomer_labels (project));
  json_builder_set_member_name (builder, "health");
  json_builder_begin_object (builder);
  for (guint i = 0; i < G_N_ELEMENTS (health); i++)
    add_string (builder, health[i], cg_project_get_health (project, health[i]));
  json_builder_end_object (builder);
  add_activity (builder, project);

  json_builder_set_member_name (builder, "dates");
  json_builder_begin_object (builder);
  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    add_string (builder, dates[i], cg_project_get_date (project, dates[i]));
  json_builder_end_object (builder);

  add_strv (builder, "aliases", cg_project_get_aliases (project));
  add_string (builder, "facts_date", cg_project_get_facts_date (project));
  add_link (builder, "facts_source", cg_project_get_facts_source (project), NULL);
  json_builder_end_object (builder);

  return cg_cli_print_json_document (builder);
}

/**
 * cg_cli_print_starred_json:
 * @shortlist: the person's shortlist
 *
 * Prints `{"catalog_date": …, "projects": [{the --list members…,
 * "in_catalog": true, "starred": "RFC 3339 time", "note": …}, …]}`, in the
 * order starred; a project no longer in the catalog has only "id",
 * "in_catalog": false, "starred" and "note".
 *
 * Returns: an exit status
 */
int
cg_cli_print_starred_json (CgCatalog   *catalog,
                           CgShortlist *shortlist)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  g_auto(GStrv) starred = cg_shortlist_dup_starred (shortlist);

  json_builder_begin_object (builder);
  add_string (builder, "catalog_date", cg_catalog_get_date (catalog));
  json_builder_set_member_name (builder, "projects");
  json_builder_begin_array (builder);
  for (guint i = 0; starred[i] != NULL; i++)
    {
      CgProject *project = cg_shortlist_resolve (catalog, starred[i]);
      g_autoptr(GDateTime) time =
        g_date_time_new_from_unix_utc (cg_shortlist_get_starred_time (shortlist, starred[i]));
      g_autofree char *when = g_date_time_format (time, "%Y-%m-%dT%H:%M:%SZ");

      json_builder_begin_object (builder);
      if (project != NULL)
        add_list_fields (builder, project);
      else
        add_string (builder, "id", starred[i]);
      json_builder_set_member_name (builder, "in_catalog");
      json_builder_add_boolean_value (builder, project != NULL);
      add_string (builder, "starred", when);
      add_string (builder, "note", cg_shortlist_get_note (shortlist, starred[i]));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  return cg_cli_print_json_document (builder);
}
