/* cg-catalog.c: the catalog, a GListModel of CgProject in list order
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cg-catalog"

#include "config.h"

#include <glib/gi18n.h>

#include "cg-catalog-private.h"
#include "cg-catalog-resources.h"
#include "cg-file.h"
#include "cg-json-guard.h"

#define BUNDLED_CATALOG RESOURCE_PREFIX "/catalog.json"

G_DEFINE_QUARK (cg-catalog-error-quark, cg_catalog_error)

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CgCatalog, cg_catalog, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
cg_catalog_get_item_type (GListModel *model)
{
  return CG_TYPE_PROJECT;
}

static guint
cg_catalog_get_n_items (GListModel *model)
{
  return CG_CATALOG (model)->projects->len;
}

static gpointer
cg_catalog_get_item (GListModel *model,
                     guint       position)
{
  CgCatalog *self = CG_CATALOG (model);

  if (position >= self->projects->len)
    return NULL;
  return g_object_ref (self->projects->pdata[position]);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = cg_catalog_get_item_type;
  iface->get_n_items = cg_catalog_get_n_items;
  iface->get_item = cg_catalog_get_item;
}

static void
section_unref_nullable (gpointer section)
{
  if (section != NULL)
    cg_section_unref (section);
}

static void
cg_catalog_finalize (GObject *object)
{
  CgCatalog *self = (CgCatalog *) object;

  /* First: the keys' thread reads the projects */
  _cg_search_keys_clear (self);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->by_former_id, g_hash_table_unref);
  g_clear_pointer (&self->projects, g_ptr_array_unref);
  g_clear_pointer (&self->community, g_ptr_array_unref);
  g_clear_pointer (&self->maturity_levels, g_ptr_array_unref);
  g_clear_pointer (&self->sources, g_ptr_array_unref);
  g_clear_pointer (&self->date, g_free);

  G_OBJECT_CLASS (cg_catalog_parent_class)->finalize (object);
}

static void
cg_catalog_class_init (CgCatalogClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cg_catalog_finalize;
}

static void
cg_catalog_init (CgCatalog *self)
{
  g_mutex_init (&self->keys_lock);
  self->sources = g_ptr_array_new_with_free_func ((GDestroyNotify) cg_link_item_unref);
  self->maturity_levels = g_ptr_array_new_with_free_func (section_unref_nullable);
  g_ptr_array_set_size (self->maturity_levels, CG_N_MATURITIES);
  self->community = g_ptr_array_new_with_free_func ((GDestroyNotify) cg_section_unref);
  self->projects = g_ptr_array_new_with_free_func (g_object_unref);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->by_former_id = g_hash_table_new (g_str_hash, g_str_equal);
}

/**
 * cg_catalog_new_from_bytes:
 * @bytes: a catalog in schema 1, from anywhere
 *
 * Checks the bytes (strict JSON within the size, depth and string limits),
 * then every rule of the schema.
 *
 * Returns: (transfer full) (nullable): the whole catalog, or %NULL with
 *   @error naming the place of the first fault
 */
CgCatalog *
cg_catalog_new_from_bytes (GBytes  *bytes,
                           GError **error)
{
  g_autoptr(CgCatalog) self = NULL;
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length = 0;
  const char *data;

  g_return_val_if_fail (bytes != NULL, NULL);

  data = g_bytes_get_data (bytes, &length);
  if (!cg_json_guard_check (data, length, &local_error))
    {
      g_set_error (error, CG_CATALOG_ERROR, CG_CATALOG_ERROR_INVALID,
                   "%s", local_error->message);
      return NULL;
    }

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, (gssize) length, &local_error))
    {
      g_set_error (error, CG_CATALOG_ERROR, CG_CATALOG_ERROR_INVALID,
                   "%s", local_error->message);
      return NULL;
    }

  self = g_object_new (CG_TYPE_CATALOG, NULL);
  if (!_cg_catalog_load_json (self, json_parser_get_root (parser), error))
    return NULL;
  /* Off the first keystroke, a search finds the keys ready; the thread
   * that makes them frees the parse tree too */
  _cg_search_keys_start (self, G_OBJECT (g_steal_pointer (&parser)));

  return g_steal_pointer (&self);
}

/**
 * _cg_catalog_new_from_path:
 * @path: a local file name
 * @flags: %CG_FILE_LOAD_NOFOLLOW refuses a symbolic link
 *
 * Reads at most 16 MiB and one chunk more, whatever the file's reported
 * size, then loads it like cg_catalog_new_from_bytes().
 *
 * Returns: (transfer full) (nullable):
 */
CgCatalog *
_cg_catalog_new_from_path (const char       *path,
                           CgFileLoadFlags   flags,
                           GError          **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = cg_file_load_bounded (path, CG_JSON_MAX_SIZE, flags, &local_error);

  if (bytes == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE))
        g_set_error (error, CG_CATALOG_ERROR, CG_CATALOG_ERROR_INVALID,
                     _("larger than %d MiB"), CG_JSON_MAX_SIZE / (1024 * 1024));
      else
        g_set_error (error, CG_CATALOG_ERROR, CG_CATALOG_ERROR_READ, "%s", local_error->message);
      return NULL;
    }

  return cg_catalog_new_from_bytes (bytes, error);
}

/**
 * cg_catalog_new_from_file:
 * @file: a local file
 *
 * Like cg_catalog_new_from_bytes(), but reads the file through a bound:
 * a file larger than 16 MiB is refused after 16 MiB and one chunk, even
 * when its reported size lies (procfs). Only regular files are read.
 *
 * Returns: (transfer full) (nullable):
 */
CgCatalog *
cg_catalog_new_from_file (GFile         *file,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error_literal (error, CG_CATALOG_ERROR, CG_CATALOG_ERROR_READ,
                           _("not a local file"));
      return NULL;
    }

  return _cg_catalog_new_from_path (path, CG_FILE_LOAD_NONE, error);
}

/**
 * cg_catalog_new_bundled:
 *
 * Returns: (transfer full) (nullable): the catalog compiled into the app
 */
CgCatalog *
cg_catalog_new_bundled (GError **error)
{
  g_autoptr(GBytes) bytes = g_resource_lookup_data (cg_catalog_get_resource (), BUNDLED_CATALOG,
                                                    G_RESOURCE_LOOKUP_FLAGS_NONE, error);

  if (bytes == NULL)
    return NULL;

  return cg_catalog_new_from_bytes (bytes, error);
}

guint
cg_catalog_get_schema_version (CgCatalog *self)
{
  g_return_val_if_fail (CG_IS_CATALOG (self), 0);
  return self->schema_version;
}

const char *
cg_catalog_get_date (CgCatalog *self)
{
  g_return_val_if_fail (CG_IS_CATALOG (self), NULL);
  return self->date;
}

guint
cg_catalog_get_n_projects (CgCatalog *self)
{
  g_return_val_if_fail (CG_IS_CATALOG (self), 0);
  return self->projects->len;
}

/**
 * cg_catalog_get_project:
 * Returns: (transfer none): the project at @position in list order
 */
CgProject *
cg_catalog_get_project (CgCatalog *self,
                        guint      position)
{
  g_return_val_if_fail (CG_IS_CATALOG (self), NULL);
  g_return_val_if_fail (position < self->projects->len, NULL);

  return self->projects->pdata[position];
}

/**
 * cg_catalog_lookup:
 * @id: (nullable): a project's id, or one of its former ids (the
 *   `former_ids` of the catalog: ids it had before a rename)
 *
 * Returns: (transfer none) (nullable): the project, or %NULL when no
 *   project has or had @id
 */
CgProject *
cg_catalog_lookup (CgCatalog  *self,
                   const char *id)
{
  CgProject *project;

  g_return_val_if_fail (CG_IS_CATALOG (self), NULL);

  if (id == NULL)
    return NULL;
  project = g_hash_table_lookup (self->by_id, id);
  return project ? project : g_hash_table_lookup (self->by_former_id, id);
}

/**
 * cg_catalog_get_sources:
 * Returns: (transfer none) (element-type CgLinkItem):
 */
GPtrArray *
cg_catalog_get_sources (CgCatalog *self)
{
  g_return_val_if_fail (CG_IS_CATALOG (self), NULL);
  return self->sources;
}

/**
 * cg_catalog_get_maturity_levels:
 * Returns: (transfer none) (element-type CgSection): in #CgMaturity order;
 *   a level the catalog lacks is %NULL
 */
GPtrArray *
cg_catalog_get_maturity_levels (CgCatalog *self)
{
  g_return_val_if_fail (CG_IS_CATALOG (self), NULL);
  return self->maturity_levels;
}

/**
 * cg_catalog_get_maturity_level:
 * Returns: (transfer none) (nullable):
 */
CgSection *
cg_catalog_get_maturity_level (CgCatalog  *self,
                               CgMaturity  maturity)
{
  g_return_val_if_fail (CG_IS_CATALOG (self), NULL);
  g_return_val_if_fail (maturity < CG_N_MATURITIES, NULL);

  return self->maturity_levels->pdata[maturity];
}

/**
 * cg_catalog_get_community:
 * Returns: (transfer none) (element-type CgSection):
 */
GPtrArray *
cg_catalog_get_community (CgCatalog *self)
{
  g_return_val_if_fail (CG_IS_CATALOG (self), NULL);
  return self->community;
}

/**
 * cg_catalog_get_age_days:
 * @now: the present, in the user's time zone
 *
 * Returns: how many whole days have passed since the catalog's date; 0
 *   for a date in the future (a wrong clock never forces a refresh)
 */
int
cg_catalog_get_age_days (CgCatalog *self,
                         GDateTime *now)
{
  g_autoptr(GDateTime) then = NULL;

  g_return_val_if_fail (CG_IS_CATALOG (self), 0);

  then = g_date_time_new (g_date_time_get_timezone (now),
                          (int) g_ascii_strtoll (self->date, NULL, 10),
                          (int) g_ascii_strtoll (self->date + 5, NULL, 10),
                          (int) g_ascii_strtoll (self->date + 8, NULL, 10), 0, 0, 0);
  if (then == NULL)
    return 0;
  return (int) MAX (0, g_date_time_difference (now, then) / G_TIME_SPAN_DAY);
}
