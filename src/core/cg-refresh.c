/* cg-refresh.c: a new catalog from the CNCF landscape, or a clear reason why not
 *
 * One request at a time, cancellable. libsoup's own timeout is per I/O
 * step, so an overall deadline cancels a server that drips bytes. The
 * decoded body is capped while it streams (a small gzip body can inflate
 * to gigabytes). Redirects are followed by hand, and only to URLs that
 * pass the link policy (libsoup would follow https to http). The status
 * must be 200 with a JSON type; a body shorter than its Content-Length is
 * refused. Parsing, import and the cache write run in a thread. Whatever
 * fails, the catalog shown and the cache stay as they were.
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cg-refresh"

#include "config.h"

#include <libsoup/soup.h>
#include <glib/gi18n.h>

#include "cg-link.h"
#include "cg-refresh.h"

#define CHUNK_SIZE (64 * 1024)

G_DEFINE_QUARK (cg-refresh-error-quark, cg_refresh_error)

struct _CgRefresh
{
  GObject       parent_instance;

  CgCache      *cache;
  CgCatalog    *base;
  char         *source_url;
  GTlsDatabase *tls_database;
  guint         deadline;
  SoupSession  *session;
  GTask        *task;       /* the refresh running, if any */
};

G_DEFINE_FINAL_TYPE (CgRefresh, cg_refresh, G_TYPE_OBJECT)

typedef struct
{
  CgRefresh    *self;
  GCancellable *cancellable;       /* ours: the deadline and the caller's both cancel it */
  GCancellable *caller_cancellable;
  gulong        caller_handler;
  guint         deadline_id;
  gboolean      timed_out;
  char         *source_url;
  GUri         *uri;
  guint         redirects;
  char         *etag_sent;
  char         *etag;
  SoupMessage  *message;
  GInputStream *stream;
  GByteArray   *body;
  goffset       content_length;    /* -1 when unknown or encoded */
} Run;

static void
run_free (Run *run)
{
  g_clear_handle_id (&run->deadline_id, g_source_remove);
  if (run->caller_handler != 0)
    g_cancellable_disconnect (run->caller_cancellable, run->caller_handler);
  g_clear_object (&run->caller_cancellable);
  g_clear_object (&run->cancellable);
  g_clear_pointer (&run->source_url, g_free);
  g_clear_pointer (&run->uri, g_uri_unref);
  g_clear_pointer (&run->etag_sent, g_free);
  g_clear_pointer (&run->etag, g_free);
  g_clear_object (&run->message);
  g_clear_object (&run->stream);
  g_clear_pointer (&run->body, g_byte_array_unref);
  g_free (run);
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
  Run *run = g_task_get_task_data (task);

  g_clear_handle_id (&run->deadline_id, g_source_remove);
  if (self->task == task)
    g_clear_object (&self->task);

  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, result, (GDestroyNotify) cg_refresh_result_free);
  g_object_unref (task);
}

static GError *
refresh_error (CgRefreshError  code,
               const char     *message)
{
  return g_error_new_literal (CG_REFRESH_ERROR, code, message);
}

static GError *
too_large (void)
{
  return g_error_new (CG_REFRESH_ERROR, CG_REFRESH_ERROR_TOO_LARGE,
                      _("The download was larger than %d MiB"),
                      CG_REFRESH_MAX_SIZE / (1024 * 1024));
}

/* What went wrong, in words a person understands. */
static GError *
explain (Run    *run,
         GError *error)
{
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      if (run->timed_out)
        return refresh_error (CG_REFRESH_ERROR_TIMEOUT, _("The download took too long"));
      return g_error_copy (error);
    }
  if (error->domain == G_RESOLVER_ERROR ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NETWORK_UNREACHABLE) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_HOST_UNREACHABLE))
    return refresh_error (CG_REFRESH_ERROR_OFFLINE, _("You are offline"));
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CONNECTION_REFUSED))
    return refresh_error (CG_REFRESH_ERROR_UNREACHABLE, _("The server could not be reached"));
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
    return refresh_error (CG_REFRESH_ERROR_TIMEOUT, _("The download took too long"));
  if (error->domain == G_TLS_ERROR)
    return refresh_error (CG_REFRESH_ERROR_TLS,
                          _("The server’s identity could not be verified"));
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PARTIAL_INPUT) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CONNECTION_CLOSED) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_BROKEN_PIPE))
    return refresh_error (CG_REFRESH_ERROR_TRUNCATED, _("The download was cut short"));
  if (error->domain == SOUP_SESSION_ERROR)
    return refresh_error (CG_REFRESH_ERROR_NOT_A_CATALOG,
                          _("The server’s answer could not be read"));

  return g_error_new (CG_REFRESH_ERROR, CG_REFRESH_ERROR_UNREACHABLE,
                      _("The download failed: %s"), error->message);
}

static gboolean
deadline_cb (gpointer user_data)
{
  Run *run = user_data;

  run->deadline_id = 0;
  run->timed_out = TRUE;
  g_cancellable_cancel (run->cancellable);
  return G_SOURCE_REMOVE;
}

static void
caller_cancelled_cb (GCancellable *caller,
                     gpointer      user_data)
{
  g_cancellable_cancel (G_CANCELLABLE (user_data));
}

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

static void start_request (GTask *task);

static void
read_cb (GObject      *source,
         GAsyncResult *async_result,
         gpointer      user_data)
{
  GTask *task = user_data;
  Run *run = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) chunk = g_input_stream_read_bytes_finish (G_INPUT_STREAM (source),
                                                              async_result, &error);
  Import *import;
  GTask *import_task;

  if (chunk == NULL)
    {
      finish (task, NULL, explain (run, error));
      return;
    }

  if (g_bytes_get_size (chunk) > 0)
    {
      if (run->body->len + g_bytes_get_size (chunk) > CG_REFRESH_MAX_SIZE)
        {
          finish (task, NULL, too_large ());
          return;
        }
      g_byte_array_append (run->body, g_bytes_get_data (chunk, NULL), g_bytes_get_size (chunk));
      g_input_stream_read_bytes_async (run->stream, CHUNK_SIZE, G_PRIORITY_DEFAULT,
                                       run->cancellable, read_cb, task);
      return;
    }

  /* The end. libsoup reports no error for a body cut short of its
   * Content-Length, so compare. */
  if (run->content_length >= 0 && (goffset) run->body->len < run->content_length)
    {
      finish (task, NULL, refresh_error (CG_REFRESH_ERROR_TRUNCATED,
                                         _("The download was cut short")));
      return;
    }

  g_clear_handle_id (&run->deadline_id, g_source_remove);

  import = g_new0 (Import, 1);
  import->base = g_object_ref (run->self->base);
  import->cache = g_object_ref (run->self->cache);
  import->body = g_byte_array_free_to_bytes (g_steal_pointer (&run->body));
  import->etag = g_strdup (run->etag);
  import->source_url = g_strdup (run->source_url);

  import_task = g_task_new (NULL, NULL, imported_cb, task);
  g_task_set_task_data (import_task, import, (GDestroyNotify) import_free);
  g_task_run_in_thread (import_task, import_thread);
  g_object_unref (import_task);
}

static gboolean
is_json (const char *content_type)
{
  return content_type != NULL &&
         (g_ascii_strcasecmp (content_type, "application/json") == 0 ||
          g_str_has_suffix (content_type, "+json"));
}

static gboolean
follow_redirect (GTask *task)
{
  Run *run = g_task_get_task_data (task);
  SoupMessageHeaders *headers = soup_message_get_response_headers (run->message);
  const char *location = soup_message_headers_get_one (headers, "Location");
  g_autoptr(GUri) target = NULL;
  g_autofree char *target_string = NULL;
  g_autoptr(GError) error = NULL;

  if (location != NULL)
    target = g_uri_parse_relative (run->uri, location, G_URI_FLAGS_NONE, NULL);
  if (target != NULL)
    target_string = g_uri_to_string (target);

  if (target_string == NULL || !cg_link_check (target_string, &error))
    {
      finish (task, NULL, refresh_error (CG_REFRESH_ERROR_REDIRECT,
                                         _("The server sent the download to an unsafe address")));
      return FALSE;
    }
  if (++run->redirects > CG_REFRESH_MAX_REDIRECTS)
    {
      finish (task, NULL, refresh_error (CG_REFRESH_ERROR_REDIRECT,
                                         _("The server redirected the download too many times")));
      return FALSE;
    }

  g_clear_pointer (&run->uri, g_uri_unref);
  run->uri = g_steal_pointer (&target);
  return TRUE;
}

static void
sent_cb (GObject      *source,
         GAsyncResult *async_result,
         gpointer      user_data)
{
  GTask *task = user_data;
  Run *run = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  SoupMessageHeaders *headers;
  const char *encoding;
  guint status;

  run->stream = soup_session_send_finish (SOUP_SESSION (source), async_result, &error);
  if (run->stream == NULL)
    {
      finish (task, NULL, explain (run, error));
      return;
    }

  status = soup_message_get_status (run->message);
  headers = soup_message_get_response_headers (run->message);

  if (SOUP_STATUS_IS_REDIRECTION (status) && status != SOUP_STATUS_NOT_MODIFIED)
    {
      g_input_stream_close (run->stream, NULL, NULL);
      g_clear_object (&run->stream);
      if (follow_redirect (task))
        start_request (task);
      return;
    }

  if (status == SOUP_STATUS_NOT_MODIFIED)
    {
      CgRefreshResult *result = g_new0 (CgRefreshResult, 1);

      finish (task, result, NULL);
      return;
    }

  if (status != SOUP_STATUS_OK)
    {
      finish (task, NULL, g_error_new (CG_REFRESH_ERROR, CG_REFRESH_ERROR_HTTP_STATUS,
                                       _("The server answered %u"), status));
      return;
    }

  if (!is_json (soup_message_headers_get_content_type (headers, NULL)))
    {
      finish (task, NULL, refresh_error (CG_REFRESH_ERROR_NOT_A_CATALOG,
                                         _("The download was not a CNCF catalog")));
      return;
    }

  /* Content-Length counts the encoded bytes: compare only plain bodies */
  encoding = soup_message_headers_get_one (headers, "Content-Encoding");
  run->content_length = -1;
  if (soup_message_headers_get_encoding (headers) == SOUP_ENCODING_CONTENT_LENGTH &&
      (encoding == NULL || g_ascii_strcasecmp (encoding, "identity") == 0))
    run->content_length = soup_message_headers_get_content_length (headers);
  if (run->content_length > CG_REFRESH_MAX_SIZE)
    {
      finish (task, NULL, too_large ());
      return;
    }

  run->etag = g_strdup (soup_message_headers_get_one (headers, "ETag"));
  run->body = g_byte_array_new ();
  g_input_stream_read_bytes_async (run->stream, CHUNK_SIZE, G_PRIORITY_DEFAULT,
                                   run->cancellable, read_cb, task);
}

static void
start_request (GTask *task)
{
  Run *run = g_task_get_task_data (task);
  SoupMessageHeaders *headers;

  g_clear_object (&run->message);
  run->message = soup_message_new_from_uri (SOUP_METHOD_GET, run->uri);
  soup_message_add_flags (run->message, SOUP_MESSAGE_NO_REDIRECT);
  headers = soup_message_get_request_headers (run->message);
  soup_message_headers_replace (headers, "Accept", "application/json");
  if (run->etag_sent != NULL)
    soup_message_headers_replace (headers, "If-None-Match", run->etag_sent);

  soup_session_send_async (run->self->session, run->message, G_PRIORITY_DEFAULT,
                           run->cancellable, sent_cb, task);
}

static void
cg_refresh_dispose (GObject *object)
{
  CgRefresh *self = (CgRefresh *) object;

  if (self->session != NULL)
    soup_session_abort (self->session);
  g_clear_object (&self->session);
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
  g_return_if_fail (self->session == NULL);

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
  GTask *task;
  Run *run;

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

  if (self->session == NULL)
    {
      g_autofree char *agent = g_strdup_printf ("cncf-guide/%s", PACKAGE_VERSION);

      self->session = soup_session_new_with_options ("timeout", 10, "idle-timeout", 10,
                                                     "user-agent", agent, NULL);
      if (self->tls_database != NULL)
        soup_session_set_tls_database (self->session, self->tls_database);
    }

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, cg_refresh_run_async);
  run = g_new0 (Run, 1);
  run->self = self;
  run->cancellable = g_cancellable_new ();
  run->source_url = g_strdup (url);
  run->uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
  run->etag_sent = cg_cache_get_etag (self->cache, url);
  if (cancellable != NULL)
    {
      run->caller_cancellable = g_object_ref (cancellable);
      run->caller_handler = g_cancellable_connect (cancellable, G_CALLBACK (caller_cancelled_cb),
                                                   g_object_ref (run->cancellable),
                                                   g_object_unref);
    }
  g_task_set_task_data (task, run, (GDestroyNotify) run_free);
  run->deadline_id = g_timeout_add_seconds (self->deadline, deadline_cb, run);

  self->task = g_object_ref (task);
  start_request (task);
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
