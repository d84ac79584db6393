/* cg-refresh.c: a new catalog from the CNCF landscape, or a clear reason why not
 *
 * One request at a time, cancellable, through the guarded download
 * (cg-download.c: deadline, size cap, redirects only to addresses that
 * pass the link policy, JSON type). The status must be 200, or 304 for a
 * cached catalog that is current. Parsing, import and the cache write run
 * in a thread. Whatever
 * fails, the catalog shown and the cache stay as they were.
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cg-refresh"

#include "config.h"

#include <libsoup/soup.h>
#include <glib/gi18n.h>

#include "cg-download.h"
#include "cg-link.h"
#include "cg-refresh.h"

G_DEFINE_QUARK (cg-refresh-error-quark, cg_refresh_error)

struct _CgRefresh
{
  GObject       parent_instance;

  CgCache      *cache;
  CgCatalog    *base;
  char         *source_url;
  GTlsDatabase *tls_database;
  guint         deadline;
  CgDownloader *downloader;
  GTask        *task;       /* the refresh running, if any */
};

G_DEFINE_FINAL_TYPE (CgRefresh, cg_refresh, G_TYPE_OBJECT)

typedef struct
{
  CgCatalog *base;
  CgCache   *cache;
  GBytes    *body;
  char      *etag;
  char      *source_url;
} Import;

static void
import_free (Import *import)
{
  g_clear_object (&import->base);
  g_clear_object (&import->cache);
  g_clear_pointer (&import->body, g_bytes_unref);
  g_free (import->etag);
  g_free (import->source_url);
  g_free (import);
}

void
cg_refresh_result_free (CgRefreshResult *result)
{
  if (result == NULL)
    return;
  g_clear_object (&result->catalog);
  g_clear_pointer (&result->warning, g_free);
  g_free (result);
}

/* Ends the running refresh, with a result or an error. */
static void
finish (GTask           *task,
        CgRefreshResult *result,
        GError          *error)
{
  CgRefresh *self = g_task_get_source_object (task);

  if (self->task == task)
    g_clear_object (&self->task);

  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, result, (GDestroyNotify) cg_refresh_result_free);
  g_object_unref (task);
}

/* The download's reason, as a refresh error: same words, except where a
 * catalog is the point. */
static GError *
refresh_error_from_download (GError *error)
{
  static const struct { CgDownloadError from; CgRefreshError to; } codes[] = {
    { CG_DOWNLOAD_ERROR_BAD_URL, CG_REFRESH_ERROR_BAD_SOURCE },
    { CG_DOWNLOAD_ERROR_OFFLINE, CG_REFRESH_ERROR_OFFLINE },
    { CG_DOWNLOAD_ERROR_UNREACHABLE, CG_REFRESH_ERROR_UNREACHABLE },
    { CG_DOWNLOAD_ERROR_TIMEOUT, CG_REFRESH_ERROR_TIMEOUT },
    { CG_DOWNLOAD_ERROR_TLS, CG_REFRESH_ERROR_TLS },
    { CG_DOWNLOAD_ERROR_REDIRECT, CG_REFRESH_ERROR_REDIRECT },
    { CG_DOWNLOAD_ERROR_NOT_JSON, CG_REFRESH_ERROR_NOT_A_CATALOG },
    { CG_DOWNLOAD_ERROR_TOO_LARGE, CG_REFRESH_ERROR_TOO_LARGE },
    { CG_DOWNLOAD_ERROR_TRUNCATED, CG_REFRESH_ERROR_TRUNCATED },
    { CG_DOWNLOAD_ERROR_UNREADABLE, CG_REFRESH_ERROR_NOT_A_CATALOG },
  };

  if (error->domain != CG_DOWNLOAD_ERROR)
    return g_error_copy (error);  /* cancelled */

  if (error->code == CG_DOWNLOAD_ERROR_NOT_JSON)
    return g_error_new_literal (CG_REFRESH_ERROR, CG_REFRESH_ERROR_NOT_A_CATALOG,
                                _("The download was not a CNCF catalog"));
  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    if (codes[i].from == (CgDownloadError) error->code)
      return g_error_new_literal (CG_REFRESH_ERROR, codes[i].to, error->message);
  return g_error_new_literal (CG_REFRESH_ERROR, CG_REFRESH_ERROR_UNREACHABLE, error->message);
}

/* In a thread: bytes → catalog → cache. */
static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Import *import = task_data;
  g_autoptr(CgRefreshResult) result = g_new0 (CgRefreshResult, 1);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) catalog_json = NULL;

  catalog_json = cg_landscape_import (import->body, import->base, today, &result->stats, &error);
  if (catalog_json != NULL)
    result->catalog = cg_catalog_new_from_bytes (catalog_json, &error);

  if (result->catalog == NULL)
    {
      if (g_error_matches (error, CG_LANDSCAPE_ERROR, CG_LANDSCAPE_ERROR_INCOMPLETE))
        g_task_return_new_error (task, CG_REFRESH_ERROR, CG_REFRESH_ERROR_INCOMPLETE,
                                 _("The download was incomplete: %s"), error->message);
      else
        g_task_return_new_error (task, CG_REFRESH_ERROR, CG_REFRESH_ERROR_NOT_A_CATALOG,
                                 _("The download was not a CNCF catalog: %s"), error->message);
      return;
    }

  result->updated = TRUE;
  g_clear_error (&error);
  if (!cg_cache_store (import->cache, catalog_json, import->etag, import->source_url, &error))
    result->warning = g_strdup (error->message);

  g_task_return_pointer (task, g_steal_pointer (&result), (GDestroyNotify) cg_refresh_result_free);
}

static void
imported_cb (GObject      *source,
             GAsyncResult *async_result,
             gpointer      user_data)
{
  GTask *task = user_data;
  GError *error = NULL;
  CgRefreshResult *result = g_task_propagate_pointer (G_TASK (async_result), &error);

  finish (task, result, error);
}

static void
downloaded_cb (GObject      *source,
               GAsyncResult *async_result,
               gpointer      user_data)
{
  GTask *task = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(CgDownloadResult) download = cg_downloader_fetch_finish (CG_DOWNLOADER (source),
                                                                     async_result, &error);
  Import *import;
  GTask *import_task;

  if (download == NULL)
    {
      finish (task, NULL, refresh_error_from_download (error));
      return;
    }

  if (download->status == SOUP_STATUS_NOT_MODIFIED)
    {
      finish (task, g_new0 (CgRefreshResult, 1), NULL);
      return;
    }

  if (download->status != SOUP_STATUS_OK)
    {
      finish (task, NULL, g_error_new (CG_REFRESH_ERROR, CG_REFRESH_ERROR_HTTP_STATUS,
                                       _("The server answered %u"), download->status));
      return;
    }

  import = g_new0 (Import, 1);
  import->base = g_object_ref (((CgRefresh *) g_task_get_source_object (task))->base);
  import->cache = g_object_ref (((CgRefresh *) g_task_get_source_object (task))->cache);
  import->body = g_bytes_ref (download->body);
  import->etag = g_strdup (download->etag);
  import->source_url = g_strdup (g_task_get_task_data (task));

  import_task = g_task_new (NULL, NULL, imported_cb, task);
  g_task_set_task_data (import_task, import, (GDestroyNotify) import_free);
  g_task_run_in_thread (import_task, import_thread);
  g_object_unref (import_task);
}

static void
cg_refresh_dispose (GObject *object)
{
  CgRefresh *self = (CgRefresh *) object;

  g_clear_object (&self->downloader);
  g_clear_object (&self->cache);
  g_clear_object (&self->base);
  g_clear_object (&self->tls_database);
  g_clear_pointer (&self->source_url, g_free);

  G_OBJECT_CLASS (cg_refresh_parent_class)->dispose (object);
}

static void
cg_refresh_class_init (CgRefreshClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cg_refresh_dispose;
}

static void
cg_refresh_init (CgRefresh *self)
{
  self->source_url = g_strdup (CG_REFRESH_DEFAULT_URL);
  self->deadline = CG_REFRESH_DEFAULT_DEADLINE;
}

/**
 * cg_refresh_new:
 * @cache: where the last good download is kept
 * @base: the bundled catalog, whose curated fields win over the download
 */
CgRefresh *
cg_refresh_new (CgCache   *cache,
                CgCatalog *base)
{
  CgRefresh *self = g_object_new (CG_TYPE_REFRESH, NULL);

  self->cache = g_object_ref (cache);
  self->base = g_object_ref (base);
  return self;
}

void
cg_refresh_set_source_url (CgRefresh  *self,
                           const char *url)
{
  g_return_if_fail (CG_IS_REFRESH (self));

  g_free (self->source_url);
  self->source_url = g_strdup (url);
}

/**
 * cg_refresh_set_tls_database:
 *
 * The certificates to trust instead of the system's (tests use their own
 * test certificate authority).
 */
void
cg_refresh_set_tls_database (CgRefresh    *self,
                             GTlsDatabase *database)
{
  g_return_if_fail (CG_IS_REFRESH (self));
  g_return_if_fail (self->downloader == NULL);

  g_set_object (&self->tls_database, database);
}

void
cg_refresh_set_deadline (CgRefresh *self,
                         guint      seconds)
{
  g_return_if_fail (CG_IS_REFRESH (self));
  self->deadline = MAX (seconds, 1);
}

gboolean
cg_refresh_is_running (CgRefresh *self)
{
  g_return_val_if_fail (CG_IS_REFRESH (self), FALSE);
  return self->task != NULL;
}

/**
 * cg_refresh_run_async:
 *
 * Downloads, checks, imports and caches the landscape. While one runs, a
 * second call fails at once with %CG_REFRESH_ERROR_BUSY.
 */
void
cg_refresh_run_async (CgRefresh           *self,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *url = NULL;
  g_autofree char *etag = NULL;
  CgDownloadRequest request = { 0 };
  GTask *task;

  g_return_if_fail (CG_IS_REFRESH (self));

  if (self->task != NULL)
    {
      g_task_report_new_error (self, callback, user_data, cg_refresh_run_async,
                               CG_REFRESH_ERROR, CG_REFRESH_ERROR_BUSY,
                               _("A refresh is already running"));
      return;
    }

  url = cg_link_normalize (self->source_url, &error);
  if (url == NULL)
    {
      g_task_report_new_error (self, callback, user_data, cg_refresh_run_async,
                               CG_REFRESH_ERROR, CG_REFRESH_ERROR_BAD_SOURCE,
                               _("The catalog source “%s” was refused: %s"),
                               self->source_url ? self->source_url : "", error->message);
      return;
    }

  if (self->downloader == NULL)
    {
      self->downloader = cg_downloader_new ();
      if (self->tls_database != NULL)
        cg_downloader_set_tls_database (self->downloader, self->tls_database);
    }

  etag = cg_cache_get_etag (self->cache, url);
  request.url = url;
  request.etag = etag;
  request.max_size = CG_REFRESH_MAX_SIZE;
  request.deadline = self->deadline;
  request.redirects = CG_DOWNLOAD_REDIRECTS_SAFE;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, cg_refresh_run_async);
  g_task_set_task_data (task, g_strdup (url), g_free);
  self->task = g_object_ref (task);
  cg_downloader_fetch_async (self->downloader, &request, cancellable, downloaded_cb, task);
}

/**
 * cg_refresh_run_finish:
 *
 * Returns: (transfer full) (nullable): what happened, or %NULL with @error
 *   saying why in words a person understands
 */
CgRefreshResult *
cg_refresh_run_finish (CgRefresh     *self,
                       GAsyncResult  *result,
                       GError       **error)
{
  g_return_val_if_fail (CG_IS_REFRESH (self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * cg_catalog_count_new:
 *
 * Returns: how many projects of @catalog @before did not have
 */
guint
cg_catalog_count_new (CgCatalog *catalog,
                      CgCatalog *before)
{
  guint n = 0;

  for (guint i = 0; i < cg_catalog_get_n_projects (catalog); i++)
    if (cg_catalog_lookup (before, cg_project_get_id (cg_catalog_get_project (catalog, i))) == NULL)
      n++;
  return n;
}
