/* cg-project.c: one CNCF project, read-only
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cg-project"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "cg-project-private.h"

G_DEFINE_ENUM_TYPE (CgMaturity, cg_maturity,
  G_DEFINE_ENUM_VALUE (CG_MATURITY_GRADUATED, "graduated"),
  G_DEFINE_ENUM_VALUE (CG_MATURITY_INCUBATING, "incubating"),
  G_DEFINE_ENUM_VALUE (CG_MATURITY_SANDBOX, "sandbox"),
  G_DEFINE_ENUM_VALUE (CG_MATURITY_ARCHIVED, "archived"))

G_DEFINE_ENUM_TYPE (CgLegalKind, cg_legal_kind,
  G_DEFINE_ENUM_VALUE (CG_LEGAL_UNKNOWN, "unknown"),
  G_DEFINE_ENUM_VALUE (CG_LEGAL_CLA, "cla"),
  G_DEFINE_ENUM_VALUE (CG_LEGAL_DCO, "dco"),
  G_DEFINE_ENUM_VALUE (CG_LEGAL_NONE, "none"))

static const char * const maturity_ids[CG_N_MATURITIES] = {
  "graduated", "incubating", "sandbox", "archived",
};

static const char * const legal_ids[] = { "unknown", "cla", "dco", "none" };

const char * const _cg_project_health_keys[CG_PROJECT_N_HEALTH] = {
  CG_HEALTH_CODE_OF_CONDUCT, CG_HEALTH_SECURITY_POLICY, CG_HEALTH_MAINTAINERS,
  CG_HEALTH_GOVERNANCE,
};

gboolean
cg_maturity_from_string (const char *str,
                         CgMaturity *out)
{
  for (guint i = 0; i < G_N_ELEMENTS (maturity_ids); i++)
    {
      if (g_strcmp0 (str, maturity_ids[i]) == 0)
        {
          *out = (CgMaturity) i;
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * cg_project_id_is_valid:
 * @id: (nullable): a project id, from a catalog, a file or the command line
 *
 * Returns: whether @id has the form of a catalog id: 1 to 64 lower-case
 *   ASCII letters, digits and “-”, not starting with “-”
 */
gboolean
cg_project_id_is_valid (const char *id)
{
  gsize len = id ? strlen (id) : 0;

  if (len == 0 || len > 64 || !(g_ascii_islower (id[0]) || g_ascii_isdigit (id[0])))
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (!(g_ascii_islower (id[i]) || g_ascii_isdigit (id[i]) || id[i] == '-'))
      return FALSE;
  return TRUE;
}

const char *
cg_maturity_to_string (CgMaturity maturity)
{
  g_return_val_if_fail (maturity < CG_N_MATURITIES, NULL);

  return maturity_ids[maturity];
}

const char *
cg_maturity_get_title (CgMaturity maturity)
{
  switch (maturity)
    {
    case CG_MATURITY_GRADUATED:
      return _("Graduated");
    case CG_MATURITY_INCUBATING:
      return _("Incubating");
    case CG_MATURITY_SANDBOX:
      return _("Sandbox");
    case CG_MATURITY_ARCHIVED:
      return _("Archived");
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * cg_maturity_mask_parse:
 * @list: "graduated,sandbox"
 * @mask: (out): one bit per #CgMaturity
 *
 * Returns: %FALSE with @error naming the unknown level.
 */
gboolean
cg_maturity_mask_parse (const char  *list,
                        guint       *mask,
                        GError     **error)
{
  g_auto(GStrv) parts = g_strsplit (list, ",", -1);
  guint result = 0;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      CgMaturity m;
      char *part = g_strstrip (parts[i]);

      if (*part == '\0')
        continue;
      if (!cg_maturity_from_string (part, &m))
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("unknown maturity level “%s” (expected graduated, incubating, "
                         "sandbox or archived)"), part);
          return FALSE;
        }
      result |= 1u << m;
    }

  if (result == 0)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("no maturity level given (expected graduated, incubating, "
                             "sandbox or archived)"));
      return FALSE;
    }

  *mask = result;
  return TRUE;
}

gboolean
cg_legal_kind_from_string (const char  *str,
                           CgLegalKind *out)
{
  for (guint i = 0; i < G_N_ELEMENTS (legal_ids); i++)
    {
      if (g_strcmp0 (str, legal_ids[i]) == 0)
        {
          *out = (CgLegalKind) i;
          return TRUE;
        }
    }
  return FALSE;
}

const char *
cg_legal_kind_to_string (CgLegalKind kind)
{
  g_return_val_if_fail (kind < G_N_ELEMENTS (legal_ids), NULL);

  return legal_ids[kind];
}

G_DEFINE_FINAL_TYPE (CgProject, cg_project, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_MATURITY,
  PROP_FOCUS,
  PROP_CATEGORY,
  PROP_SUMMARY,
  PROP_DESCRIPTION,
  PROP_DESCRIPTION_SOURCE,
  PROP_HOMEPAGE,
  PROP_REPOSITORY,
  PROP_CONTRIBUTOR_GUIDE,
  PROP_CHAT,
  PROP_MAILING_LISTS,
  PROP_LICENSE,
  PROP_LEGAL_KIND,
  PROP_LEGAL,
  PROP_DATE_ACCEPTED,
  PROP_DATE_INCUBATING,
  PROP_DATE_GRADUATED,
  PROP_DATE_ARCHIVED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

CgProject *
_cg_project_new (void)
{
  return g_object_new (CG_TYPE_PROJECT, NULL);
}

static void
cg_project_finalize (GObject *object)
{
  CgProject *self = (CgProject *) object;

  g_free (self->id);
  g_free (self->name);
  g_free (self->focus);
  g_free (self->category);
  g_free (self->summary);
  g_free (self->description);
  g_clear_pointer (&self->description_source, cg_link_item_unref);
  g_free (self->homepage);
  g_free (self->repository);
  g_free (self->contributor_guide);
  g_clear_pointer (&self->chat, g_ptr_array_unref);
  g_clear_pointer (&self->mailing_lists, g_ptr_array_unref);
  g_free (self->license);
  g_clear_pointer (&self->legal, cg_link_item_unref);
  g_free (self->date_accepted);
  g_free (self->date_incubating);
  g_free (self->date_graduated);
  g_free (self->date_archived);
  g_strfreev (self->curated);
  g_free (self->language);
  for (guint i = 0; i < self->n_languages; i++)
    g_free (self->languages[i].name);
  g_free (self->languages);
  g_free (self->cla_url);
  g_strfreev (self->newcomer_labels);
  for (guint i = 0; i < CG_PROJECT_N_HEALTH; i++)
    g_free (self->health[i]);
  g_free (self->window_from);
  g_free (self->window_to);
  g_free (self->last_commit);
  g_free (self->facts_date);
  g_clear_pointer (&self->facts_source, cg_link_item_unref);
  g_strfreev (self->aliases);
  g_strfreev (self->former_ids);
  g_free (self->sort_key);

  G_OBJECT_CLASS (cg_project_parent_class)->finalize (object);
}

static void
cg_project_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  CgProject *self = CG_PROJECT (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_string (value, self->id); break;
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_MATURITY: g_value_set_enum (value, self->maturity); break;
    case PROP_FOCUS: g_value_set_string (value, self->focus); break;
    case PROP_CATEGORY: g_value_set_string (value, self->category); break;
    case PROP_SUMMARY: g_value_set_string (value, self->summary); break;
    case PROP_DESCRIPTION: g_value_set_string (value, self->description); break;
    case PROP_DESCRIPTION_SOURCE: g_value_set_boxed (value, self->description_source); break;
    case PROP_HOMEPAGE: g_value_set_string (value, self->homepage); break;
    case PROP_REPOSITORY: g_value_set_string (value, self->repository); break;
    case PROP_CONTRIBUTOR_GUIDE: g_value_set_string (value, self->contributor_guide); break;
    case PROP_CHAT: g_value_set_boxed (value, self->chat); break;
    case PROP_MAILING_LISTS: g_value_set_boxed (value, self->mailing_lists); break;
    case PROP_LICENSE: g_value_set_string (value, self->license); break;
    case PROP_LEGAL_KIND: g_value_set_enum (value, self->legal_kind); break;
    case PROP_LEGAL: g_value_set_boxed (value, self->legal); break;
    case PROP_DATE_ACCEPTED: g_value_set_string (value, self->date_accepted); break;
    case PROP_DATE_INCUBATING: g_value_set_string (value, self->date_incubating); break;
    case PROP_DATE_GRADUATED: g_value_set_string (value, self->date_graduated); break;
    case PROP_DATE_ARCHIVED: g_value_set_string (value, self->date_archived); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
string_property (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, NULL,
                              G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY |
                              G_PARAM_STATIC_STRINGS);
}

static GParamSpec *
boxed_property (const char *name,
                GType       type)
{
  return g_param_spec_boxed (name, NULL, NULL, type,
                             G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY |
                             G_PARAM_STATIC_STRINGS);
}

static void
cg_project_class_init (CgProjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cg_project_finalize;
  object_class->get_property = cg_project_get_property;

  properties[PROP_ID] = string_property ("id");
  properties[PROP_NAME] = string_property ("name");
  properties[PROP_MATURITY] =
    g_param_spec_enum ("maturity", NULL, NULL, CG_TYPE_MATURITY, CG_MATURITY_SANDBOX,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FOCUS] = string_property ("focus");
  properties[PROP_CATEGORY] = string_property ("category");
  properties[PROP_SUMMARY] = string_property ("summary");
  properties[PROP_DESCRIPTION] = string_property ("description");
  properties[PROP_DESCRIPTION_SOURCE] = boxed_property ("description-source", CG_TYPE_LINK_ITEM);
  properties[PROP_HOMEPAGE] = string_property ("homepage");
  properties[PROP_REPOSITORY] = string_property ("repository");
  properties[PROP_CONTRIBUTOR_GUIDE] = string_property ("contributor-guide");
  properties[PROP_CHAT] = boxed_property ("chat", G_TYPE_PTR_ARRAY);
  properties[PROP_MAILING_LISTS] = boxed_property ("mailing-lists", G_TYPE_PTR_ARRAY);
  properties[PROP_LICENSE] = string_property ("license");
  properties[PROP_LEGAL_KIND] =
    g_param_spec_enum ("legal-kind", NULL, NULL, CG_TYPE_LEGAL_KIND, CG_LEGAL_UNKNOWN,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LEGAL] = boxed_property ("legal", CG_TYPE_LINK_ITEM);
  properties[PROP_DATE_ACCEPTED] = string_property ("date-accepted");
  properties[PROP_DATE_INCUBATING] = string_property ("date-incubating");
  properties[PROP_DATE_GRADUATED] = string_property ("date-graduated");
  properties[PROP_DATE_ARCHIVED] = string_property ("date-archived");

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cg_project_init (CgProject *self)
{
  self->maturity = CG_MATURITY_SANDBOX;
  self->legal_kind = CG_LEGAL_UNKNOWN;
  self->newcomer_labels = g_new0 (char *, 1);
  self->aliases = g_new0 (char *, 1);
  self->chat = g_ptr_array_new_with_free_func ((GDestroyNotify) cg_link_item_unref);
  self->mailing_lists = g_ptr_array_new_with_free_func ((GDestroyNotify) cg_link_item_unref);
}

const char *
cg_project_get_id (CgProject *self)
{
  g_return_val_if_fail (CG_IS_PROJECT (self), NULL);
  return self->id;
}

const char *
cg_project_get_name (CgProject *self)
{
  g_return_val_if_fail (CG_IS_PROJECT (self), NULL);
  return self->name;
}

CgMaturity
cg_project_get_maturity (CgProject *self)
{
  g_return_val_if_fail (CG_IS_PROJECT (self), CG_MATURITY_SANDBOX);
  return self->maturity;
}

const char *
cg_project_get_focus (CgProject *self)
{
  g_return_val_if_fail (CG_IS_PROJECT (self), NULL);
  return self->focus;
}

const char *
cg_project_get_category (CgProject *self)
{
  g_return_val_if_fail (CG_IS_PROJECT (self), NULL);
  return self->category;
}

const char *
cg_project_get_summary (CgProject *self)
{
  g_return_val_if_fail (CG_IS_PROJECT (self), NULL);
  return self->summary;
}

const char *
cg_project_get_description (CgProject *self)
{
  g_return_val_if_fail (CG_IS_PROJECT (self), NULL);
  return self->description;
}

/**
 * cg_project_get_description_source:
 * Returns: (transfer none) (nullable):
 */
CgLinkItem *
cg_project_get_description_source (CgProject *self)
{
  g_return_val_if_fail (CG_IS_PROJECT (self), NULL);
  return self->description_source;
}

const char *
cg_project_get_homepage (CgProject *self)
{
  g_return_val_if_fail (CG_IS_PROJECT (self), NULL);
  return self->homepage;
}

const char *
cg_project_get_repository (CgProject *self)
{
  g_return_val_if_fail (CG_IS_PROJECT (self), NULL);
  return self->repository;
}

const char *
cg_project_get_contributor_guide (CgProject *self)
{
  g_return_val_if_fail (CG_IS_PROJECT (self), NULL);
  return self->contributor_guide;
}

/**
 * cg_project_get_chat:
 * Returns: (transfer none) (element-type CgLinkItem): never %NULL
 */
GPtrArray *
cg_project_get_chat (CgProject *self)
{
  g_return_val_if_fail (CG_IS_PROJECT (self), NULL);
  return self->chat;
}

/**
 * cg_project_get_mailing_lists:
 * Returns: (transfer none) (element-type CgLinkItem): never %NULL
 */
GPtrArray *
cg_project_get_mailing_lists (CgProject *self)
{
  g_return_val_if_fail (CG_IS_PROJECT (self), NULL);
  return self->mailing_lists;
}

const char *
cg_project_get_license (CgProject *self)
{
  g_return_val_if_fail (CG_IS_PROJECT (self), NULL);
  return self->license;
}

CgLegalKind
cg_project_get_legal_kind (CgProject *self)
{
  g_return_val_if_fail (CG_IS_PROJECT (self), CG_LEGAL_UNKNOWN);
  return self->legal_kind;
}

/**
 * cg_project_get_legal:
 * Returns: (transfer none) (nullable): the legal requirement's title and link
 */
CgLinkItem *
cg_project_get_legal (CgProject *self)
{
  g_return_val_if_fail (CG_IS_PROJECT (self), NULL);
  return self->legal;
}

/**
 * cg_project_get_former_ids:
 *
 * Returns: (transfer none) (array zero-terminated=1) (nullable): the ids
 *   the project had before a rename upstream, which still find it
 *   (cg_catalog_lookup()); from the catalog's `former_ids`
 */
const char * const *
cg_project_get_former_ids (CgProject *self)
{
  g_return_val_if_fail (CG_IS_PROJECT (self), NULL);
  return (const char * const *) self->former_ids;
}

/**
 * cg_project_is_curated:
 * @field: a schema 1 member name, such as "chat"
 *
 * Returns: whether people curated @field, so that a refresh keeps it
 */
gboolean
cg_project_is_curated (CgProject  *self,
                       const char *field)
{
  g_return_val_if_fail (CG_IS_PROJECT (self), FALSE);

  return self->curated != NULL && g_strv_contains ((const char * const *) self->curated, field);
}

/**
 * cg_project_get_date:
 * @which: "accepted", "incubating", "graduated" or "archived"
 *
 * Returns: (nullable): a `YYYY-MM-DD` date
 */
const char *
cg_project_get_date (CgProject  *self,
                     const char *which)
{
  g_return_val_if_fail (CG_IS_PROJECT (self), NULL);

  if (g_str_equal (which, "accepted"))
    return self->date_accepted;
  if (g_str_equal (which, "incubating"))
    return self->date_incubating;
  if (g_str_equal (which, "graduated"))
    return self->date_graduated;
  if (g_str_equal (which, "archived"))
    return self->date_archived;

  g_return_val_if_reached (NULL);
}

/**
 * cg_project_get_language:
 *
 * The primary language of the project's repository, as GitHub names it
 * ("Go", "Rust"), read by catalog-import from the repository or, after a
 * refresh, from the landscape when it names one.
 *
 * Returns: (nullable): the language, or %NULL when unknown (meta
 *   repositories such as a `community` one have none)
 */
const char *
cg_project_get_language (CgProject *self)
{
  g_return_val_if_fail (CG_IS_PROJECT (self), NULL);
  return self->language;
}

/**
 * cg_project_get_languages:
 * @n_languages: (out): how many
 *
 * The repository's languages by share of its code, largest first, at most 8.
 *
 * Returns: (array length=n_languages) (transfer none) (nullable): the
 *   languages, each with its share in percent (0–100); %NULL when unknown
 */
const CgLanguageShare *
cg_project_get_languages (CgProject *self,
                          guint     *n_languages)
{
  g_return_val_if_fail (CG_IS_PROJECT (self), NULL);
  g_return_val_if_fail (n_languages != NULL, NULL);

  *n_languages = self->n_languages;
  return self->languages;
}

/**
 * cg_project_get_dco:
 *
 * Whether the repository asks for a Developer Certificate of Origin sign-off
 * on every commit. A curated legal rule without flags counts: "dco" means
 * required, "none" means not stated.
 *
 * Returns: %CG_FACT_REQUIRED, %CG_FACT_NOT_STATED (the text read says
 *   nothing of it) or %CG_FACT_UNKNOWN (nothing was read)
 */
CgFact
cg_project_get_dco (CgProject *self)
{
  g_return_val_if_fail (CG_IS_PROJECT (self), CG_FACT_UNKNOWN);

  if (self->dco != CG_FACT_UNKNOWN)
    return self->dco;
  if (self->legal_kind == CG_LEGAL_DCO)
    return CG_FACT_REQUIRED;
  if (self->legal_kind == CG_LEGAL_NONE)
    return CG_FACT_NOT_STATED;
  return CG_FACT_UNKNOWN;
}

/**
 * cg_project_get_cla:
 *
 * Whether the repository asks contributors to sign a Contributor License
 * Agreement; see cg_project_get_dco().
 *
 * Returns: a #CgFact
 */
CgFact
cg_project_get_cla (CgProject *self)
{
  g_return_val_if_fail (CG_IS_PROJECT (self), CG_FACT_UNKNOWN);

  if (self->cla != CG_FACT_UNKNOWN)
    return self->cla;
  if (self->legal_kind == CG_LEGAL_CLA)
    return CG_FACT_REQUIRED;
  if (self->legal_kind == CG_LEGAL_NONE)
    return CG_FACT_NOT_STATED;
  return CG_FACT_UNKNOWN;
}

/**
 * cg_project_get_cla_url:
 *
 * Returns: (nullable): where to sign the CLA (an https URL that passed the
 *   link policy); for a curated CLA rule, its link; %NULL when none is known
 */
const char *
cg_project_get_cla_url (CgProject *self)
{
  g_return_val_if_fail (CG_IS_PROJECT (self), NULL);

  if (self->cla_url != NULL)
    return self->cla_url;
  if (cg_project_get_cla (self) == CG_FACT_REQUIRED && self->legal != NULL &&
      self->legal_kind == CG_LEGAL_CLA)
    return self->legal->url;
  return NULL;
}

/**
 * cg_project_get_newcomer_labels:
 *
 * The issue labels the contributor guide names for newcomers, such as
 * "good first issue", at most 8.
 *
 * Returns: (transfer none) (array zero-terminated=1): the labels; empty,
 *   never %NULL, when none is known
 */
const char *const *
cg_project_get_newcomer_labels (CgProject *self)
{
  g_return_val_if_fail (CG_IS_PROJECT (self), NULL);
  return (const char *const *) self->newcomer_labels;
}

/**
 * cg_project_get_health:
 * @which: %CG_HEALTH_CODE_OF_CONDUCT, %CG_HEALTH_SECURITY_POLICY,
 *   %CG_HEALTH_MAINTAINERS or %CG_HEALTH_GOVERNANCE
 *
 * Returns: (nullable): the link to that community-health file of the
 *   repository, or %NULL when none was found
 */
const char *
cg_project_get_health (CgProject  *self,
                       const char *which)
{
  g_return_val_if_fail (CG_IS_PROJECT (self), NULL);

  for (guint i = 0; i < CG_PROJECT_N_HEALTH; i++)
    if (g_str_equal (which, _cg_project_health_keys[i]))
      return self->health[i];

  g_return_val_if_reached (NULL);
}

/**
 * cg_project_get_activity:
 * @commits: (out) (optional): non-merge commits in the window
 * @authors: (out) (optional): distinct non-bot authors in the window
 * @window_from: (out) (optional) (transfer none): first day of the window, `YYYY-MM-DD`
 * @window_to: (out) (optional) (transfer none): last day of the window
 * @last_commit: (out) (optional) (transfer none) (nullable): the date of
 *   the newest commit, which may lie outside the window
 *
 * The repository's activity over a fixed one-year window, counted by
 * catalog-import from the repository's history.
 *
 * Returns: %FALSE when the activity is unknown (the outs are then untouched)
 */
gboolean
cg_project_get_activity (CgProject   *self,
                         guint       *commits,
                         guint       *authors,
                         const char **window_from,
                         const char **window_to,
                         const char **last_commit)
{
  g_return_val_if_fail (CG_IS_PROJECT (self), FALSE);

  if (!self->has_activity)
    return FALSE;
  if (commits != NULL)
    *commits = self->commits;
  if (authors != NULL)
    *authors = self->authors;
  if (window_from != NULL)
    *window_from = self->window_from;
  if (window_to != NULL)
    *window_to = self->window_to;
  if (last_commit != NULL)
    *last_commit = self->last_commit;
  return TRUE;
}

/**
 * cg_project_get_facts_date:
 *
 * Returns: (nullable): the date (`YYYY-MM-DD`) of the commit the
 *   repository facts were read at
 */
const char *
cg_project_get_facts_date (CgProject *self)
{
  g_return_val_if_fail (CG_IS_PROJECT (self), NULL);
  return self->facts_date;
}

/**
 * cg_project_get_facts_source:
 *
 * Returns: (transfer none) (nullable): the repository and commit the
 *   repository facts were read at ("dexidp/dex at ab64ed7") with its link
 */
CgLinkItem *
cg_project_get_facts_source (CgProject *self)
{
  g_return_val_if_fail (CG_IS_PROJECT (self), NULL);
  return self->facts_source;
}

/**
 * cg_project_get_aliases:
 *
 * Search aliases from the curated file ("k8s", "golang"), lower-case; a
 * search matches them as it matches the name.
 *
 * Returns: (transfer none) (array zero-terminated=1): never %NULL
 */
const char *const *
cg_project_get_aliases (CgProject *self)
{
  g_return_val_if_fail (CG_IS_PROJECT (self), NULL);
  return (const char *const *) self->aliases;
}

/**
 * cg_project_new_missing:
 * @id: a starred project id that the catalog no longer has
 *
 * Returns: (transfer full): a stand-in for the shortlist's views: the id
 *   as its name, no facts, cg_project_is_missing() TRUE
 */
CgProject *
cg_project_new_missing (const char *id)
{
  CgProject *self = _cg_project_new ();

  self->id = g_strdup (id);
  self->name = g_strdup (id);
  self->sort_key = g_strdup (id);
  self->missing = TRUE;
  return self;
}

/**
 * cg_project_is_missing:
 *
 * Returns: whether this stands for a starred project no longer in the catalog
 */
gboolean
cg_project_is_missing (CgProject *self)
{
  g_return_val_if_fail (CG_IS_PROJECT (self), FALSE);
  return self->missing;
}
