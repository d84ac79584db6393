/* cg-shown-catalog.c: the catalog the app shows, kept current
 *
 * The app shows the newer of its bundled catalog and the last download in
 * the cache (cg_cache_choose_catalog()). A long-lived process that answers
 * for the app (the search provider) must follow a refresh the app makes
 * meanwhile: before each answer it compares the cached file's modification
 * time, size and inode (one lstat(), no read) with what it loaded, and
 * reloads when they differ. The cache is replaced by rename, so a reader
 * never sees half a file.
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cg-shown-catalog"

#include "config.h"

#include <sys/stat.h>
#include <glib/gstdio.h>

#include "cg-shortlist.h"
#include "cg-shown-catalog.h"

typedef struct
{
  gboolean exists;
  gint64   mtime_ns;
  gint64   size;
  guint64  inode;
} Stamp;

struct _CgShownCatalog
{
  GObject    parent_instance;

  CgCache   *cache;
  char      *cache_path;
  CgCatalog *bundled;
  CgCatalog *catalog;   /* shown */
  CgCatalog *former;    /* shown before the last change, or NULL */
  Stamp      stamp;     /* of the cache file that @catalog came from */
  char       *shortlist_path;
  Stamp       shortlist_stamp;
  GHashTable *starred;  /* ids, read from the shortlist with that stamp */
};

G_DEFINE_FINAL_TYPE (CgShownCatalog, cg_shown_catalog, G_TYPE_OBJECT)

static Stamp
read_stamp (const char *path)
{
  Stamp stamp = { 0 };
  struct stat st;

  if (lstat (path, &st) == 0)
    {
      stamp.exists = TRUE;
      stamp.mtime_ns = (gint64) st.st_mtim.tv_sec * G_GINT64_CONSTANT (1000000000) +
                       st.st_mtim.tv_nsec;
      stamp.size = (gint64) st.st_size;
      stamp.inode = (guint64) st.st_ino;
    }
  return stamp;
}

static gboolean
stamp_equal (const Stamp *a,
             const Stamp *b)
{
  return a->exists == b->exists && a->mtime_ns == b->mtime_ns && a->size == b->size &&
         a->inode == b->inode;
}

static void
reload (CgShownCatalog *self)
{
  g_autoptr(GError) warning = NULL;
  g_autoptr(CgCatalog) chosen = NULL;

  self->stamp = read_stamp (self->cache_path);
  /* Without a cached file the bundled catalog is shown: no need to ask. */
  chosen = self->stamp.exists
    ? cg_cache_choose_catalog (self->cache, self->bundled, &warning)
    : g_object_ref (self->bundled);
  if (warning != NULL)
    g_message ("%s", warning->message);

  if (chosen == self->catalog)
    return;
  if (self->catalog != NULL)
    g_set_object (&self->former, self->catalog);
  g_set_object (&self->catalog, chosen);
}

static void
cg_shown_catalog_finalize (GObject *object)
{
  CgShownCatalog *self = (CgShownCatalog *) object;

  g_clear_object (&self->cache);
  g_clear_pointer (&self->cache_path, g_free);
  g_clear_object (&self->bundled);
  g_clear_object (&self->catalog);
  g_clear_object (&self->former);
  g_clear_pointer (&self->shortlist_path, g_free);
  g_clear_pointer (&self->starred, g_hash_table_unref);

  G_OBJECT_CLASS (cg_shown_catalog_parent_class)->finalize (object);
}

static void
cg_shown_catalog_class_init (CgShownCatalogClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cg_shown_catalog_finalize;
}

static void
cg_shown_catalog_init (CgShownCatalog *self)
{
}

/**
 * cg_shown_catalog_new:
 * @cache: the app's cache
 * @error: why the bundled catalog did not load (a broken build)
 *
 * Loads the bundled catalog and, when the cache holds a newer one, that.
 *
 * Returns: (transfer full) (nullable):
 */
CgShownCatalog *
cg_shown_catalog_new (CgCache  *cache,
                      GError  **error)
{
  g_autoptr(CgShownCatalog) self = g_object_new (CG_TYPE_SHOWN_CATALOG, NULL);

  g_return_val_if_fail (CG_IS_CACHE (cache), NULL);

  self->bundled = cg_catalog_new_bundled (error);
  if (self->bundled == NULL)
    return NULL;
  self->cache = g_object_ref (cache);
  self->cache_path = cg_cache_get_catalog_path (cache);
  reload (self);

  return g_steal_pointer (&self);
}

/**
 * cg_shown_catalog_get:
 *
 * Returns: (transfer none): the catalog the app shows now, reloaded first
 *   if the cached file changed since the last call
 */
CgCatalog *
cg_shown_catalog_get (CgShownCatalog *self)
{
  Stamp now;

  g_return_val_if_fail (CG_IS_SHOWN_CATALOG (self), NULL);

  now = read_stamp (self->cache_path);
  if (!stamp_equal (&now, &self->stamp))
    reload (self);
  return self->catalog;
}

/**
 * cg_shown_catalog_lookup:
 * @id: a project id, from anywhere
 * @former: (out) (optional): set to whether the project is only in the
 *   catalog shown before the last change (a refresh removed it)
 *
 * Looks in the catalog as of the last cg_shown_catalog_get(), so that all
 * the ids of one call are looked up in one catalog.
 *
 * Returns: (transfer none) (nullable): the project, from the current
 *   catalog or else the one before
 */
CgProject *
cg_shown_catalog_lookup (CgShownCatalog *self,
                         const char     *id,
                         gboolean       *former)
{
  CgProject *project;

  g_return_val_if_fail (CG_IS_SHOWN_CATALOG (self), NULL);

  project = cg_catalog_lookup (self->catalog, id);
  if (former != NULL)
    *former = FALSE;
  if (project != NULL || self->former == NULL)
    return project;

  project = cg_catalog_lookup (self->former, id);
  if (former != NULL)
    *former = project != NULL;
  return project;
}

/**
 * cg_shown_catalog_get_starred:
 *
 * The projects the person starred, read again only when the shortlist
 * file changed (one lstat() a call). The provider only looks: a damaged
 * shortlist reads as nothing starred and stays for the app to handle.
 *
 * Returns: (transfer none) (element-type utf8 utf8): the starred ids, a set
 */
GHashTable *
cg_shown_catalog_get_starred (CgShownCatalog *self)
{
  Stamp stamp;

  g_return_val_if_fail (CG_IS_SHOWN_CATALOG (self), NULL);

  if (self->shortlist_path == NULL)
    {
      g_autoptr(CgShortlist) shortlist = cg_shortlist_new_default ();

      self->shortlist_path = g_strdup (cg_shortlist_get_path (shortlist));
    }
  stamp = read_stamp (self->shortlist_path);
  if (self->starred == NULL || !stamp_equal (&stamp, &self->shortlist_stamp))
    {
      g_clear_pointer (&self->starred, g_hash_table_unref);
      self->starred = cg_shortlist_read_starred (self->shortlist_path);
      self->shortlist_stamp = stamp;
    }
  return self->starred;
}
