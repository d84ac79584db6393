/* cg-cache.c: the last good catalog download, kept between runs
 *
 * Two files in $XDG_CACHE_HOME/cncf-guide/: catalog.json (schema 1, read
 * back through the validating loader) and catalog.ini (its ETag, source
 * and when it was fetched). Both are written with
 * g_file_set_contents_full (CONSISTENT | DURABLE): a temporary file beside
 * the target, synced, renamed over it; on any failure the old file stays
 * byte for byte. (g_file_replace_contents would leave a truncated file
 * behind on a full disk.) Nothing is written outside the folder.
 *
 * Every step checks its result and says what really happened; symbolic
 * links are refused at every step (the folder, each file, when reading).
 * Temporary files a killed write left behind are swept at start, and a
 * catalog dated after today (saved while the clock was wrong) is never
 * preferred: it would shadow every newer catalog.
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cg-cache"

#include "config.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "cg-cache.h"
#include "cg-catalog-private.h"
#include "cg-file.h"

#define CATALOG_FILE "catalog.json"
#define META_FILE "catalog.ini"
#define META_GROUP "cache"
#define MAX_META_SIZE (64 * 1024)
/* g_file_set_contents_full() writes "NAME.XXXXXX" beside NAME; one older
 * than this was left by a write that never finished */
#define STALE_TEMPORARY_SECONDS (60 * 60)

G_DEFINE_QUARK (cg-cache-error-quark, cg_cache_error)

struct _CgCache
{
  GObject  parent_instance;

  char    *directory;
  gboolean read_only;
};

G_DEFINE_FINAL_TYPE (CgCache, cg_cache, G_TYPE_OBJECT)

static void
cg_cache_finalize (GObject *object)
{
  g_clear_pointer (&CG_CACHE (object)->directory, g_free);

  G_OBJECT_CLASS (cg_cache_parent_class)->finalize (object);
}

static void
cg_cache_class_init (CgCacheClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cg_cache_finalize;
}

static void
cg_cache_init (CgCache *self)
{
}

/**
 * cg_cache_new:
 * @directory: the folder the cache owns
 */
CgCache *
cg_cache_new (const char *directory)
{
  CgCache *self = g_object_new (CG_TYPE_CACHE, NULL);

  self->directory = g_strdup (directory);
  return self;
}

/**
 * cg_cache_new_default:
 *
 * Returns: (transfer full): the cache in `$XDG_CACHE_HOME/cncf-guide`
 */
CgCache *
cg_cache_new_default (void)
{
  g_autofree char *directory = g_build_filename (g_get_user_cache_dir (), "cncf-guide", NULL);

  return cg_cache_new (directory);
}

/**
 * cg_cache_set_read_only:
 * @read_only: whether this reader must leave the files as they are
 *
 * For a process that only reads what the app keeps (the search provider):
 * a damaged cached catalog is then not set aside but left for the app,
 * which sets it aside and tells the person.
 */
void
cg_cache_set_read_only (CgCache  *self,
                        gboolean  read_only)
{
  g_return_if_fail (CG_IS_CACHE (self));
  self->read_only = read_only;
}

const char *
cg_cache_get_directory (CgCache *self)
{
  g_return_val_if_fail (CG_IS_CACHE (self), NULL);
  return self->directory;
}

static char *
path_of (CgCache    *self,
         const char *name)
{
  return g_build_filename (self->directory, name, NULL);
}

/**
 * cg_cache_get_catalog_path:
 *
 * Where the cached catalog is (or would be), for those who watch it
 * change: the search provider reloads when its modification time does.
 *
 * Returns: (transfer full): a file name in the cache's folder
 */
char *
cg_cache_get_catalog_path (CgCache *self)
{
  g_return_val_if_fail (CG_IS_CACHE (self), NULL);
  return path_of (self, CATALOG_FILE);
}

static GKeyFile *
load_meta (CgCache *self)
{
  g_autofree char *path = path_of (self, META_FILE);
  g_autoptr(GBytes) bytes = cg_file_load_bounded (path, MAX_META_SIZE, CG_FILE_LOAD_NOFOLLOW,
                                                  NULL);
  GKeyFile *meta = g_key_file_new ();
  gsize length;
  const char *data;

  if (bytes == NULL)
    {
      g_key_file_unref (meta);
      return NULL;
    }
  data = g_bytes_get_data (bytes, &length);
  if (length == 0 || !g_key_file_load_from_data (meta, data, length, G_KEY_FILE_NONE, NULL))
    {
      g_key_file_unref (meta);
      return NULL;
    }
  return meta;
}

/* Is the cache folder a plain folder, not a link to elsewhere? */
static gboolean
directory_is_plain (CgCache *self)
{
  GStatBuf st;

  return g_lstat (self->directory, &st) == 0 && S_ISDIR (st.st_mode) && !S_ISLNK (st.st_mode);
}

/* A damaged cache is moved aside, in its own folder, so it is neither read
 * again nor lost for a bug report; when it cannot be moved it is removed.
 * Returns what really happened, for the warning: "has been set aside",
 * "has been removed", or why neither was possible. */
static char *
set_aside (CgCache    *self,
           const char *reason)
{
  g_autofree char *path = path_of (self, CATALOG_FILE);
  g_autofree char *aside = path_of (self, CATALOG_FILE ".damaged");
  g_autofree char *meta = path_of (self, META_FILE);
  int saved;

  /* Without its catalog the ETag would make the server answer "not modified" */
  if (g_unlink (meta) != 0 && errno != ENOENT)
    g_debug ("%s: %s", meta, g_strerror (errno));

  if (g_rename (path, aside) == 0)
    return g_strdup_printf (_("The saved catalog was damaged and has been set aside as %s: %s"),
                            aside, reason);
  saved = errno;
  if (g_unlink (path) == 0)
    return g_strdup_printf (_("The saved catalog was damaged and has been removed (it could not "
                              "be set aside: %s): %s"), g_strerror (saved), reason);
  saved = errno;
  if (saved == ENOENT)
    return g_strdup_printf (_("The saved catalog was damaged and is gone: %s"), reason);
  return g_strdup_printf (_("The saved catalog is damaged and could not be set aside or "
                            "removed (%s); it will be ignored: %s"), g_strerror (saved), reason);
}

/* Today, in UTC, as the refresh dates the catalogs it makes */
static char *
today_utc (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%d");
}

/**
 * cg_cache_load:
 * @catalog: (out) (transfer full) (nullable): the cached catalog, or %NULL
 *   when there is none
 *
 * A cached catalog dated after today (UTC) was saved while the clock was
 * wrong; it is set aside like a damaged one, as it would otherwise shadow
 * every newer catalog.
 *
 * Returns: %FALSE when a cached catalog was there but damaged (too large,
 *   not a regular file, a symbolic link, not a valid catalog, dated in the
 *   future) or the folder is not a plain folder; @error then says what
 *   was done about it. A read-only cache (cg_cache_set_read_only()) leaves
 *   a damaged catalog where it is, for the app to set aside.
 */
gboolean
cg_cache_load (CgCache    *self,
               CgCatalog **catalog,
               GError    **error)
{
  g_autofree char *path = NULL;
  g_autofree char *today = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *outcome = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(CgCatalog) loaded = NULL;
  GStatBuf st;

  g_return_val_if_fail (CG_IS_CACHE (self), FALSE);

  *catalog = NULL;
  if (g_lstat (self->directory, &st) != 0)
    return TRUE;  /* no cache yet */
  if (!directory_is_plain (self))
    {
      g_set_error (error, CG_CACHE_ERROR, CG_CACHE_ERROR_UNSAFE,
                   _("The saved catalog was not read: %s is not a plain folder"),
                   self->directory);
      return FALSE;
    }

  path = path_of (self, CATALOG_FILE);
  if (g_lstat (path, &st) != 0)
    return TRUE;  /* no cache yet */

  loaded = _cg_catalog_new_from_path (path, CG_FILE_LOAD_NOFOLLOW, &local_error);
  today = today_utc ();
  if (loaded == NULL)
    reason = g_strdup (local_error->message);
  else if (strcmp (cg_catalog_get_date (loaded), today) > 0)
    reason = g_strdup_printf (_("it is dated %s, after today (the clock was wrong when it was "
                                "saved)"), cg_catalog_get_date (loaded));
  else
    {
      *catalog = g_steal_pointer (&loaded);
      return TRUE;
    }

  if (self->read_only)
    {
      g_set_error (error, CG_CACHE_ERROR, CG_CACHE_ERROR_DAMAGED,
                   _("The saved catalog is damaged: %s"), reason);
      return FALSE;
    }

  outcome = set_aside (self, reason);
  g_set_error_literal (error, CG_CACHE_ERROR, CG_CACHE_ERROR_DAMAGED, outcome);
  return FALSE;
}

/* Is @name a temporary file of g_file_set_contents_full() for @target? */
static gboolean
is_temporary_of (const char *name,
                 const char *target)
{
  gsize len = strlen (target);

  if (strncmp (name, target, len) != 0 || name[len] != '.' || strlen (name + len + 1) != 6)
    return FALSE;
  for (const char *p = name + len + 1; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p))
      return FALSE;
  return TRUE;
}

/**
 * cg_cache_sweep:
 *
 * Removes the temporary files that writes killed half-way left in the
 * cache folder (`catalog.json.XXXXXX`, `catalog.ini.XXXXXX`), once they
 * are an hour old (a younger one may be another instance's write in
 * progress). Only regular files are removed; links, folders and every
 * other name stay. cg_cache_choose_catalog() does this at start.
 *
 * Returns: how many files were removed
 */
guint
cg_cache_sweep (CgCache *self)
{
  g_autoptr(GDir) dir = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  const char *name;
  guint n_removed = 0;

  g_return_val_if_fail (CG_IS_CACHE (self), 0);

  if (!directory_is_plain (self) || (dir = g_dir_open (self->directory, 0, NULL)) == NULL)
    return 0;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      GStatBuf st;

      if (!is_temporary_of (name, CATALOG_FILE) && !is_temporary_of (name, META_FILE))
        continue;
      path = path_of (self, name);
      if (g_lstat (path, &st) != 0 || !S_ISREG (st.st_mode) ||
          now - (gint64) st.st_mtime < STALE_TEMPORARY_SECONDS)
        continue;
      if (g_unlink (path) == 0)
        n_removed++;
      else
        g_debug ("%s could not be removed: %s", path, g_strerror (errno));
    }

  return n_removed;
}

/**
 * cg_cache_get_etag:
 * @source_url: where the next download comes from
 *
 * Returns: (transfer full) (nullable): the ETag of the cached download, if
 *   it came from @source_url and is still there
 */
char *
cg_cache_get_etag (CgCache    *self,
                   const char *source_url)
{
  g_autoptr(GKeyFile) meta = load_meta (self);
  g_autofree char *source = NULL;
  g_autofree char *catalog = path_of (self, CATALOG_FILE);
  GStatBuf st;

  if (meta == NULL || g_lstat (catalog, &st) != 0 || !S_ISREG (st.st_mode))
    return NULL;
  source = g_key_file_get_string (meta, META_GROUP, "source", NULL);
  if (g_strcmp0 (source, source_url) != 0)
    return NULL;
  return g_key_file_get_string (meta, META_GROUP, "etag", NULL);
}

/**
 * cg_cache_get_source:
 *
 * Returns: (transfer full) (nullable): where the cached catalog came from
 */
char *
cg_cache_get_source (CgCache *self)
{
  g_autoptr(GKeyFile) meta = load_meta (self);

  return meta ? g_key_file_get_string (meta, META_GROUP, "source", NULL) : NULL;
}

static gboolean
ensure_directory (CgCache  *self,
                  GError  **error)
{
  GStatBuf st;

  if (g_mkdir_with_parents (self->directory, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, CG_CACHE_ERROR, CG_CACHE_ERROR_WRITE,
                   _("The catalog could not be saved in %s: %s"), self->directory,
                   g_strerror (saved));
      return FALSE;
    }

  /* The folder itself must not lead elsewhere */
  if (g_lstat (self->directory, &st) != 0 || S_ISLNK (st.st_mode) || !S_ISDIR (st.st_mode))
    {
      g_set_error (error, CG_CACHE_ERROR, CG_CACHE_ERROR_UNSAFE,
                   _("The catalog was not saved: %s is not a plain folder"), self->directory);
      return FALSE;
    }

  return TRUE;
}

/**
 * cg_cache_store:
 * @catalog_json: a catalog that already loaded whole
 * @etag: (nullable): the server's ETag for it
 *
 * Replaces the cached catalog atomically and durably; on failure the old
 * cache stays as it was.
 */
gboolean
cg_cache_store (CgCache     *self,
                GBytes      *catalog_json,
                const char  *etag,
                const char  *source_url,
                GError     **error)
{
  g_autoptr(GKeyFile) meta = g_key_file_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GError) local_error = NULL;
  g_autofree char *catalog_path = NULL;
  g_autofree char *meta_path = NULL;
  g_autofree char *meta_data = NULL;
  g_autofree char *fetched = g_date_time_format_iso8601 (now);
  gsize meta_length;
  gsize length;
  const char *data = g_bytes_get_data (catalog_json, &length);

  g_return_val_if_fail (CG_IS_CACHE (self), FALSE);

  if (!ensure_directory (self, error))
    return FALSE;

  catalog_path = path_of (self, CATALOG_FILE);
  meta_path = path_of (self, META_FILE);

  /* The catalog first: a stale ETag beside a newer catalog only costs a
   * full download, the other way round would keep old data as current. */
  if (!g_file_set_contents_full (catalog_path, data, (gssize) length,
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                 0600, &local_error))
    {
      g_set_error (error, CG_CACHE_ERROR, CG_CACHE_ERROR_WRITE,
                   _("The catalog could not be saved: %s"), local_error->message);
      return FALSE;
    }

  g_key_file_set_string (meta, META_GROUP, "source", source_url);
  g_key_file_set_string (meta, META_GROUP, "fetched", fetched);
  if (etag != NULL)
    g_key_file_set_string (meta, META_GROUP, "etag", etag);
  meta_data = g_key_file_to_data (meta, &meta_length, NULL);
  if (!g_file_set_contents_full (meta_path, meta_data, (gssize) meta_length,
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                 0600, &local_error))
    {
      /* The catalog is saved; without its ETag the next refresh downloads in
       * full. An old ETag that stays would name the wrong catalog: say so. */
      if (g_unlink (meta_path) != 0 && errno != ENOENT)
        {
          int saved = errno;

          g_set_error (error, CG_CACHE_ERROR, CG_CACHE_ERROR_WRITE,
                       _("The catalog was saved, but not its details (%s), and the old ones "
                         "could not be removed: %s"), local_error->message, g_strerror (saved));
          return FALSE;
        }
      g_set_error (error, CG_CACHE_ERROR, CG_CACHE_ERROR_WRITE,
                   _("The catalog could not be saved: %s"), local_error->message);
      return FALSE;
    }

  return TRUE;
}

/**
 * cg_cache_choose_catalog:
 * @bundled: the catalog built into the app
 * @warning: (out) (optional): why the cache was set aside, if it was
 *
 * Sweeps stale temporary files first (cg_cache_sweep()).
 *
 * Returns: (transfer full): the newer of the cached and the bundled
 *   catalog, by their own dates; the cache wins a tie, as it was made
 *   from the bundled catalog and a download. A cache dated after today
 *   never wins (see cg_cache_load()).
 */
CgCatalog *
cg_cache_choose_catalog (CgCache    *self,
                         CgCatalog  *bundled,
                         GError    **warning)
{
  g_autoptr(CgCatalog) cached = NULL;

  g_return_val_if_fail (CG_IS_CACHE (self), NULL);
  g_return_val_if_fail (CG_IS_CATALOG (bundled), NULL);

  if (!self->read_only)
    cg_cache_sweep (self);
  if (!cg_cache_load (self, &cached, warning) || cached == NULL)
    return g_object_ref (bundled);

  if (g_strcmp0 (cg_catalog_get_date (cached), cg_catalog_get_date (bundled)) >= 0)
    return g_steal_pointer (&cached);

  return g_object_ref (bundled);
}
