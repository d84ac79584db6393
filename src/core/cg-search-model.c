/* cg-search-model.c: the catalog as the window lists it
 *
 * A GListModel of CgProject: the catalog filtered by the search text, the
 * maturity chips and the language filter, in the chosen order (search rank
 * by default). It runs the same cg_search_run_with() as the command line,
 * so both always agree; one pass filters and orders, which is cheaper than
 * a filter model chained to a sort model.
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cg-search-model"

#include "config.h"

#include <string.h>

#include "cg-search-model.h"
#include "cg-shortlist.h"

struct _CgSearchModel
{
  GObject         parent_instance;

  CgCatalog      *catalog;
  char           *query;
  guint           maturity_mask;
  char           *language;
  CgSortOrder     sort;
  CgSearchResult *result;

  /* The "Starred" chip */
  CgShortlist    *shortlist;
  gboolean        starred_only;
  guint           n_starred;     /* starred among the matches the chips let through */
  GPtrArray      *missing;       /* listed after the rest: starred, not in the catalog */
  GHashTable     *stand_ins;     /* id → CgProject, the same object every time */
  GStrv           last_starred;  /* to tell a new star from a saved note */

  GArray         *between;  /* while a long change is told in two steps, the
                             * rows both lists share, which the list sees */
};

enum {
  PROP_0,
  PROP_CATALOG,
  PROP_QUERY,
  PROP_MATURITY_MASK,
  PROP_LANGUAGE,
  PROP_SORT,
  PROP_N_ITEMS,
  PROP_N_STARRED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CgSearchModel, cg_search_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
cg_search_model_get_item_type (GListModel *model)
{
  return CG_TYPE_PROJECT;
}

static guint
cg_search_model_get_n_items (GListModel *model)
{
  CgSearchModel *self = CG_SEARCH_MODEL (model);

  if (self->between != NULL)
    return self->between->len;
  return (self->result ? self->result->positions->len : 0) +
         (self->missing ? self->missing->len : 0);
}

static gpointer
cg_search_model_get_item (GListModel *model,
                          guint       position)
{
  CgSearchModel *self = CG_SEARCH_MODEL (model);

  if (self->between != NULL)
    return position < self->between->len
      ? g_object_ref (cg_catalog_get_project (self->catalog,
                                              g_array_index (self->between, guint, position)))
      : NULL;
  if (self->result == NULL)
    return NULL;
  if (position >= self->result->positions->len)
    {
      position -= self->result->positions->len;
      return self->missing && position < self->missing->len
        ? g_object_ref (self->missing->pdata[position]) : NULL;
    }

  return g_object_ref (cg_catalog_get_project (self->catalog,
                                               g_array_index (self->result->positions,
                                                              guint, position)));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = cg_search_model_get_item_type;
  iface->get_n_items = cg_search_model_get_n_items;
  iface->get_item = cg_search_model_get_item;
}

static void apply_shortlist (CgSearchModel *self);

/* More rows than GTK's list keeps widgets for */
#define LONG_CHANGE 256

/* Tells the list only what changed between @before and @after (catalog
 * positions, in list order): the rows in front of the first difference
 * and after the last one stay as they are, bound and drawn. Typing a
 * letter mostly changes the end of a long list, or nothing. */
static void
emit_changes (CgSearchModel  *self,
              CgSearchResult *before,
              CgSearchResult *after)
{
  guint old_n = before ? before->positions->len : 0;
  guint new_n = after ? after->positions->len : 0;
  const guint *a = before ? (const guint *) (gpointer) before->positions->data : NULL;
  const guint *b = after ? (const guint *) (gpointer) after->positions->data : NULL;
  guint common = MIN (old_n, new_n);
  guint prefix = 0, suffix = 0;

  while (prefix < common && a[prefix] == b[prefix])
    prefix++;
  while (suffix < common - prefix && a[old_n - 1 - suffix] == b[new_n - 1 - suffix])
    suffix++;

  if (prefix + suffix < old_n && new_n - prefix - suffix > LONG_CHANGE)
    {
      /* A long change in two steps, first the rows that go, then those
       * that come: when GTK 4.8's list loses the row it tracks (the top
       * one, the focused one) in a change, it looks for it among every
       * added row, which at 100,000 projects cost more than the search. */
      self->between = g_array_sized_new (FALSE, FALSE, sizeof (guint), prefix + suffix);
      g_array_append_vals (self->between, a, prefix);
      g_array_append_vals (self->between, a + old_n - suffix, suffix);
      g_list_model_items_changed (G_LIST_MODEL (self), prefix, old_n - prefix - suffix, 0);
      g_clear_pointer (&self->between, g_array_unref);
      g_list_model_items_changed (G_LIST_MODEL (self), prefix, 0, new_n - prefix - suffix);
    }
  else if (prefix + suffix < MAX (old_n, new_n))
    g_list_model_items_changed (G_LIST_MODEL (self), prefix, old_n - prefix - suffix,
                                new_n - prefix - suffix);
  else if (new_n == 0 || before == NULL || after == NULL ||
           memcmp (before->counts, after->counts, sizeof before->counts) != 0)
    /* The same rows, but the counts behind the chips moved (a match that
     * the chips hide came or went), or still nothing matches (a new query
     * may have another suggestion): an empty change, so that whoever shows
     * the counts or the suggestion looks again */
    g_list_model_items_changed (G_LIST_MODEL (self), 0, 0, 0);

  if (old_n != new_n)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

/* @narrowing: the new result is a subset of the old one's matches (see
 * cg_search_run_with()); @new_catalog: positions of the old result name
 * other projects */
static void
refilter (CgSearchModel *self,
          gboolean       narrowing,
          gboolean       new_catalog)
{
  guint old_n = cg_search_model_get_n_items (G_LIST_MODEL (self));
  gboolean had_missing = self->missing != NULL && self->missing->len > 0;
  g_autoptr(CgSearchResult) previous = g_steal_pointer (&self->result);

  if (self->catalog != NULL)
    {
      CgSearchOptions options = { self->maturity_mask, self->language, self->sort };

      self->result = cg_search_run_with (self->catalog, narrowing ? previous : NULL,
                                         self->query, &options);
    }
  apply_shortlist (self);

  /* A new catalog, or starred projects no longer in the catalog listed
   * after the matches: the whole list */
  if (new_catalog || had_missing || (self->missing != NULL && self->missing->len > 0))
    {
      guint new_n = cg_search_model_get_n_items (G_LIST_MODEL (self));

      g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n, new_n);
      if (old_n != new_n)
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
    }
  else
    emit_changes (self, previous, self->result);
}

static void
cg_search_model_finalize (GObject *object)
{
  CgSearchModel *self = (CgSearchModel *) object;

  g_clear_pointer (&self->result, cg_search_result_free);
  if (self->shortlist != NULL)
    g_signal_handlers_disconnect_by_data (self->shortlist, self);
  g_clear_object (&self->shortlist);
  g_clear_pointer (&self->missing, g_ptr_array_unref);
  g_clear_pointer (&self->stand_ins, g_hash_table_unref);
  g_clear_pointer (&self->last_starred, g_strfreev);
  g_clear_object (&self->catalog);
  g_clear_pointer (&self->query, g_free);
  g_clear_pointer (&self->language, g_free);

  G_OBJECT_CLASS (cg_search_model_parent_class)->finalize (object);
}

static void
cg_search_model_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CgSearchModel *self = CG_SEARCH_MODEL (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      g_value_set_object (value, self->catalog);
      break;
    case PROP_QUERY:
      g_value_set_string (value, self->query);
      break;
    case PROP_MATURITY_MASK:
      g_value_set_uint (value, self->maturity_mask);
      break;
    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;
    case PROP_SORT:
      g_value_set_enum (value, self->sort);
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, cg_search_model_get_n_items (G_LIST_MODEL (self)));
      break;
    case PROP_N_STARRED:
      g_value_set_uint (value, self->n_starred);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_search_model_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  CgSearchModel *self = CG_SEARCH_MODEL (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      cg_search_model_set_catalog (self, g_value_get_object (value));
      break;
    case PROP_QUERY:
      cg_search_model_set_query (self, g_value_get_string (value));
      break;
    case PROP_MATURITY_MASK:
      cg_search_model_set_maturity_mask (self, g_value_get_uint (value));
      break;
    case PROP_LANGUAGE:
      cg_search_model_set_language (self, g_value_get_string (value));
      break;
    case PROP_SORT:
      cg_search_model_set_sort (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_search_model_class_init (CgSearchModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cg_search_model_finalize;
  object_class->get_property = cg_search_model_get_property;
  object_class->set_property = cg_search_model_set_property;

  properties[PROP_CATALOG] =
    g_param_spec_object ("catalog", NULL, NULL, CG_TYPE_CATALOG,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_QUERY] =
    g_param_spec_string ("query", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MATURITY_MASK] =
    g_param_spec_uint ("maturity-mask", NULL, NULL, 0, CG_MATURITY_MASK_ALL, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SORT] =
    g_param_spec_enum ("sort", NULL, NULL, CG_TYPE_SORT_ORDER, CG_SORT_RELEVANCE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_STARRED] =
    g_param_spec_uint ("n-starred", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cg_search_model_init (CgSearchModel *self)
{
}

CgSearchModel *
cg_search_model_new (CgCatalog *catalog)
{
  return g_object_new (CG_TYPE_SEARCH_MODEL, "catalog", catalog, NULL);
}

/**
 * cg_search_model_get_catalog:
 * Returns: (transfer none) (nullable):
 */
CgCatalog *
cg_search_model_get_catalog (CgSearchModel *self)
{
  g_return_val_if_fail (CG_IS_SEARCH_MODEL (self), NULL);
  return self->catalog;
}

void
cg_search_model_set_catalog (CgSearchModel *self,
                             CgCatalog     *catalog)
{
  g_return_if_fail (CG_IS_SEARCH_MODEL (self));
  g_return_if_fail (catalog == NULL || CG_IS_CATALOG (catalog));

  if (g_set_object (&self->catalog, catalog))
    {
      refilter (self, FALSE, TRUE);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATALOG]);
    }
}

const char *
cg_search_model_get_query (CgSearchModel *self)
{
  g_return_val_if_fail (CG_IS_SEARCH_MODEL (self), NULL);
  return self->query;
}

void
cg_search_model_set_query (CgSearchModel *self,
                           const char    *query)
{
  g_return_if_fail (CG_IS_SEARCH_MODEL (self));

  if (g_strcmp0 (query, self->query) == 0)
    return;

  g_free (self->query);
  self->query = g_strdup (query);
  refilter (self, TRUE, FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUERY]);
}

guint
cg_search_model_get_maturity_mask (CgSearchModel *self)
{
  g_return_val_if_fail (CG_IS_SEARCH_MODEL (self), 0);
  return self->maturity_mask;
}

/**
 * cg_search_model_set_maturity_mask:
 * @mask: one bit per #CgMaturity; 0 lets all through
 */
void
cg_search_model_set_maturity_mask (CgSearchModel *self,
                                   guint          mask)
{
  g_return_if_fail (CG_IS_SEARCH_MODEL (self));

  mask &= CG_MATURITY_MASK_ALL;
  if (mask == self->maturity_mask)
    return;

  self->maturity_mask = mask;
  refilter (self, TRUE, FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MATURITY_MASK]);
}

const char *
cg_search_model_get_language (CgSearchModel *self)
{
  g_return_val_if_fail (CG_IS_SEARCH_MODEL (self), NULL);
  return self->language;
}

/**
 * cg_search_model_set_language:
 * @language: (nullable): a primary language as the catalog names it ("Go"),
 *   %CG_LANGUAGE_OTHER for every project outside
 *   cg_catalog_get_top_languages(), or %NULL for all
 */
void
cg_search_model_set_language (CgSearchModel *self,
                              const char    *language)
{
  g_return_if_fail (CG_IS_SEARCH_MODEL (self));

  if (g_strcmp0 (language, self->language) == 0)
    return;

  g_free (self->language);
  self->language = g_strdup (language);
  refilter (self, FALSE, FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

CgSortOrder
cg_search_model_get_sort (CgSearchModel *self)
{
  g_return_val_if_fail (CG_IS_SEARCH_MODEL (self), CG_SORT_RELEVANCE);
  return self->sort;
}

/**
 * cg_search_model_set_sort:
 * @sort: the list order; archived projects come last in every one
 */
void
cg_search_model_set_sort (CgSearchModel *self,
                          CgSortOrder    sort)
{
  g_return_if_fail (CG_IS_SEARCH_MODEL (self));
  g_return_if_fail (sort <= CG_SORT_NEWEST);

  if (sort == self->sort)
    return;

  self->sort = sort;
  refilter (self, TRUE, FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT]);
}

/**
 * cg_search_model_get_count:
 *
 * Returns: how many projects at @maturity match the query and the language
 *   filter, whatever the mask
 */
guint
cg_search_model_get_count (CgSearchModel *self,
                           CgMaturity     maturity)
{
  g_return_val_if_fail (CG_IS_SEARCH_MODEL (self), 0);
  g_return_val_if_fail (maturity < CG_N_MATURITIES, 0);

  return self->result ? self->result->counts[maturity] : 0;
}

/**
 * cg_search_model_find:
 *
 * Returns: the position of @project, or %G_MAXUINT when it is not listed
 */
guint
cg_search_model_find (CgSearchModel *self,
                      CgProject     *project)
{
  g_return_val_if_fail (CG_IS_SEARCH_MODEL (self), G_MAXUINT);

  if (self->result == NULL || project == NULL)
    return G_MAXUINT;

  for (guint i = 0; i < self->result->positions->len; i++)
    if (cg_catalog_get_project (self->catalog,
                                g_array_index (self->result->positions, guint, i)) == project)
      return i;
  for (guint i = 0; self->missing != NULL && i < self->missing->len; i++)
    if (self->missing->pdata[i] == project)
      return self->result->positions->len + i;

  return G_MAXUINT;
}

/* The starred filter, on the search result: counts the starred matches
 * the maturity chips let through; with the "Starred" chip on, keeps only
 * those (and the maturity counts count only those) and lists the starred
 * ids the catalog no longer has after them. */
static gboolean
shows_missing (CgSearchModel *self,
               const char    *id)
{
  g_autofree char *folded = NULL;

  /* It has no maturity and no language to match a filter */
  if (self->maturity_mask != 0 || self->language != NULL)
    return FALSE;
  if (self->query == NULL || *g_strstrip (folded = g_utf8_casefold (self->query, -1)) == '\0')
    return TRUE;
  return strstr (id, folded) != NULL;
}

static CgProject *
stand_in (CgSearchModel *self,
          const char    *id)
{
  CgProject *project;

  if (self->stand_ins == NULL)
    self->stand_ins = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  project = g_hash_table_lookup (self->stand_ins, id);
  if (project == NULL)
    {
      project = cg_project_new_missing (id);
      g_hash_table_insert (self->stand_ins, g_strdup (id), project);
    }
  return project;
}

static void
apply_shortlist (CgSearchModel *self)
{
  guint old_n_starred = self->n_starred;
  g_auto(GStrv) starred = NULL;
  CgSearchResult *result = self->result;

  self->n_starred = 0;
  g_clear_pointer (&self->missing, g_ptr_array_unref);
  if (result == NULL || self->shortlist == NULL)
    goto out;

  if (cg_shortlist_get_n_starred (self->shortlist) > 0)
    for (guint i = 0; i < result->matches->len; i++)
      {
        CgProject *project = cg_catalog_get_project (self->catalog,
                                                     g_array_index (result->matches, guint, i));

        if ((self->maturity_mask == 0 ||
             (self->maturity_mask & (1u << cg_project_get_maturity (project))) != 0) &&
            cg_shortlist_contains (self->shortlist, cg_project_get_id (project)))
          self->n_starred++;
      }

  starred = cg_shortlist_dup_starred (self->shortlist);
  self->missing = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; starred[i] != NULL; i++)
    if (cg_shortlist_resolve (self->catalog, starred[i]) == NULL && shows_missing (self, starred[i]))
      {
        self->n_starred++;
        if (self->starred_only)
          g_ptr_array_add (self->missing, g_object_ref (stand_in (self, starred[i])));
      }

  if (self->starred_only)
    {
      guint kept = 0;

      for (guint i = 0; i < result->positions->len; i++)
        {
          guint position = g_array_index (result->positions, guint, i);
          CgProject *project = cg_catalog_get_project (self->catalog, position);

          if (cg_shortlist_contains (self->shortlist, cg_project_get_id (project)))
            g_array_index (result->positions, guint, kept++) = position;
        }
      g_array_set_size (result->positions, kept);

      memset (result->counts, 0, sizeof result->counts);
      for (guint i = 0; i < result->matches->len; i++)
        {
          CgProject *project = cg_catalog_get_project (self->catalog,
                                                       g_array_index (result->matches, guint, i));

          if (cg_shortlist_contains (self->shortlist, cg_project_get_id (project)))
            result->counts[cg_project_get_maturity (project)]++;
        }
    }

out:
  if (self->n_starred != old_n_starred)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_STARRED]);
}

static void
on_shortlist_changed_cb (CgSearchModel *self)
{
  g_auto(GStrv) starred = cg_shortlist_dup_starred (self->shortlist);

  /* A saved note changes nothing listed */
  if (self->last_starred != NULL && g_strv_equal ((const char * const *) starred,
                                                  (const char * const *) self->last_starred))
    return;
  g_strfreev (self->last_starred);
  self->last_starred = g_steal_pointer (&starred);

  if (self->starred_only)
    refilter (self, TRUE, FALSE);  /* the same query: it only narrows the last matches */
  else
    apply_shortlist (self); /* the list stays, the count follows */
}

/**
 * cg_search_model_set_shortlist:
 * @shortlist: (nullable): the person's shortlist, for the "Starred" chip
 *
 * The model then counts the starred projects (#CgSearchModel:n-starred)
 * and follows the shortlist's changes.
 */
void
cg_search_model_set_shortlist (CgSearchModel *self,
                               CgShortlist   *shortlist)
{
  g_return_if_fail (CG_IS_SEARCH_MODEL (self));
  g_return_if_fail (shortlist == NULL || CG_IS_SHORTLIST (shortlist));

  if (self->shortlist == shortlist)
    return;
  if (self->shortlist != NULL)
    g_signal_handlers_disconnect_by_data (self->shortlist, self);
  g_set_object (&self->shortlist, shortlist);
  g_clear_pointer (&self->last_starred, g_strfreev);
  if (shortlist != NULL)
    {
      self->last_starred = cg_shortlist_dup_starred (shortlist);
      g_signal_connect_swapped (shortlist, "changed", G_CALLBACK (on_shortlist_changed_cb), self);
    }
  refilter (self, TRUE, FALSE);
}

/**
 * cg_search_model_set_starred_only:
 *
 * Lists only starred projects (the "Starred" chip), those no longer in
 * the catalog last.
 */
void
cg_search_model_set_starred_only (CgSearchModel *self,
                                  gboolean       starred_only)
{
  g_return_if_fail (CG_IS_SEARCH_MODEL (self));

  starred_only = !!starred_only;
  if (self->starred_only == starred_only)
    return;
  self->starred_only = starred_only;
  /* Turning it on narrows; off needs the whole result again */
  refilter (self, starred_only, FALSE);
}

/**
 * cg_search_model_get_starred_only:
 *
 * Returns: whether only starred projects are listed
 */
gboolean
cg_search_model_get_starred_only (CgSearchModel *self)
{
  g_return_val_if_fail (CG_IS_SEARCH_MODEL (self), FALSE);
  return self->starred_only;
}

/**
 * cg_search_model_get_n_starred:
 *
 * Returns: how many starred projects match the query, the maturity chips
 *   and the language (those no longer in the catalog count when no
 *   maturity or language is chosen)
 */
guint
cg_search_model_get_n_starred (CgSearchModel *self)
{
  g_return_val_if_fail (CG_IS_SEARCH_MODEL (self), 0);
  return self->n_starred;
}
