/* cg-download.c: one guarded way to download a JSON answer over https
 *
 * Shared by the catalog refresh and the GitHub client. libsoup's own
 * timeout is per I/O step, so an overall deadline cancels a server that
 * drips bytes. The decoded body is capped while it streams (a small gzip
 * body can inflate to gigabytes). Redirects are followed by hand, and only
 * where the request allows (libsoup would follow https to http). A 200
 * must carry a JSON type; a body shorter than its Content-Length is
 * refused. Every failure is explained in words a person understands.
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cg-download"

#include "config.h"

#include <glib/gi18n.h>

#include "cg-download.h"
#include "cg-link.h"

#define CHUNK_SIZE (64 * 1024)

G_DEFINE_QUARK (cg-download-error-quark, cg_download_error)

struct _CgDownloader
{
  GObject       parent_instance;

  GTlsDatabase *tls_database;
  SoupSession  *session;
};

G_DEFINE_FINAL_TYPE (CgDownloader, cg_downloader, G_TYPE_OBJECT)

typedef struct
{
  CgDownloader        *self;
  GCancellable        *cancellable;       /* ours: the deadline and the caller's both cancel it */
  GCancellable        *caller_cancellable;
  gulong               caller_handler;
  guint                deadline_id;
  gboolean             timed_out;
  GUri                *first_uri;
  GUri                *uri;
  guint                redirects;
  char                *etag_sent;
  char                *accept;
  GStrv                extra_headers;
  gsize                max_size;
  CgDownloadRedirects  redirect_policy;
  SoupMessage         *message;
  GInputStream        *stream;
  GByteArray          *body;
  goffset              content_length;    /* -1 when unknown or encoded */
} Run;

static void
run_free (Run *run)
{
  g_clear_handle_id (&run->deadline_id, g_source_remove);
  if (run->caller_handler != 0)
    g_cancellable_disconnect (run->caller_cancellable, run->caller_handler);
  g_clear_object (&run->caller_cancellable);
  g_clear_object (&run->cancellable);
  g_clear_pointer (&run->first_uri, g_uri_unref);
  g_clear_pointer (&run->uri, g_uri_unref);
  g_clear_pointer (&run->etag_sent, g_free);
  g_clear_pointer (&run->accept, g_free);
  g_clear_pointer (&run->extra_headers, g_strfreev);
  g_clear_object (&run->message);
  g_clear_object (&run->stream);
  g_clear_pointer (&run->body, g_byte_array_unref);
  g_clear_object (&run->self);
  g_free (run);
}

/**
 * cg_download_result_free:
 */
void
cg_download_result_free (CgDownloadResult *result)
{
  if (result == NULL)
    return;
  g_clear_pointer (&result->body, g_bytes_unref);
  g_clear_pointer (&result->etag, g_free);
  g_clear_pointer (&result->url, g_free);
  g_clear_pointer (&result->headers, soup_message_headers_unref);
  g_free (result);
}

/* Ends the download, with a result or an error. */
static void
finish (GTask            *task,
        CgDownloadResult *result,
        GError           *error)
{
  Run *run = g_task_get_task_data (task);

  g_clear_handle_id (&run->deadline_id, g_source_remove);

  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, result, (GDestroyNotify) cg_download_result_free);
  g_object_unref (task);
}

static GError *
download_error (CgDownloadError  code,
                const char      *message)
{
  return g_error_new_literal (CG_DOWNLOAD_ERROR, code, message);
}

static GError *
too_large (Run *run)
{
  /* TRANSLATORS: the limit is in mebibytes: "larger than 16 MiB" */
  return g_error_new (CG_DOWNLOAD_ERROR, CG_DOWNLOAD_ERROR_TOO_LARGE,
                      _("The download was larger than %u MiB"),
                      (guint) MAX (run->max_size / (1024 * 1024), 1));
}

/* What went wrong, in words a person understands. */
static GError *
explain (Run    *run,
         GError *error)
{
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      if (run->timed_out)
        return download_error (CG_DOWNLOAD_ERROR_TIMEOUT, _("The download took too long"));
      return g_error_copy (error);
    }
  if (error->domain == G_RESOLVER_ERROR ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NETWORK_UNREACHABLE) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_HOST_UNREACHABLE))
    return download_error (CG_DOWNLOAD_ERROR_OFFLINE, _("You are offline"));
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CONNECTION_REFUSED))
    return download_error (CG_DOWNLOAD_ERROR_UNREACHABLE, _("The server could not be reached"));
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
    return download_error (CG_DOWNLOAD_ERROR_TIMEOUT, _("The download took too long"));
  if (error->domain == G_TLS_ERROR)
    return download_error (CG_DOWNLOAD_ERROR_TLS,
                           _("The server’s identity could not be verified"));
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PARTIAL_INPUT) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CONNECTION_CLOSED) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_BROKEN_PIPE))
    return download_error (CG_DOWNLOAD_ERROR_TRUNCATED, _("The download was cut short"));
  if (error->domain == SOUP_SESSION_ERROR)
    return download_error (CG_DOWNLOAD_ERROR_UNREADABLE,
                           _("The server’s answer could not be read"));

  return g_error_new (CG_DOWNLOAD_ERROR, CG_DOWNLOAD_ERROR_UNREACHABLE,
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

static CgDownloadResult *
result_new (Run *run)
{
  CgDownloadResult *result = g_new0 (CgDownloadResult, 1);

  result->status = soup_message_get_status (run->message);
  result->url = g_uri_to_string (run->uri);
  result->headers = soup_message_headers_ref (soup_message_get_response_headers (run->message));
  return result;
}

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
  CgDownloadResult *result;

  if (chunk == NULL)
    {
      finish (task, NULL, explain (run, error));
      return;
    }

  if (g_bytes_get_size (chunk) > 0)
    {
      if (run->body->len + g_bytes_get_size (chunk) > run->max_size)
        {
          finish (task, NULL, too_large (run));
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
      finish (task, NULL, download_error (CG_DOWNLOAD_ERROR_TRUNCATED,
                                          _("The download was cut short")));
      return;
    }

  result = result_new (run);
  result->body = g_byte_array_free_to_bytes (g_steal_pointer (&run->body));
  result->etag = g_strdup (soup_message_headers_get_one (result->headers, "ETag"));
  finish (task, result, NULL);
}

static gboolean
is_json (const char *content_type)
{
  return content_type != NULL &&
         (g_ascii_strcasecmp (content_type, "application/json") == 0 ||
          g_str_has_suffix (content_type, "+json"));
}

static gboolean
same_host (GUri *a,
           GUri *b)
{
  return g_strcmp0 (g_uri_get_scheme (a), g_uri_get_scheme (b)) == 0 &&
         g_uri_get_host (a) != NULL && g_uri_get_host (b) != NULL &&
         g_ascii_strcasecmp (g_uri_get_host (a), g_uri_get_host (b)) == 0 &&
         g_uri_get_port (a) == g_uri_get_port (b);
}

static void start_request (GTask *task);

/* Returns: %FALSE when the download has ended with an error */
static gboolean
follow_redirect (GTask *task)
{
  Run *run = g_task_get_task_data (task);
  SoupMessageHeaders *headers = soup_message_get_response_headers (run->message);
  const char *location = soup_message_headers_get_one (headers, "Location");
  g_autoptr(GUri) target = NULL;
  g_autofree char *target_string = NULL;

  if (location != NULL)
    target = g_uri_parse_relative (run->uri, location, G_URI_FLAGS_ENCODED, NULL);
  if (target != NULL)
    target_string = g_uri_to_string (target);

  if (target_string == NULL || !cg_link_check (target_string, NULL) ||
      (run->redirect_policy == CG_DOWNLOAD_REDIRECTS_SAME_HOST &&
       !same_host (run->first_uri, target)))
    {
      finish (task, NULL, download_error (CG_DOWNLOAD_ERROR_REDIRECT,
                                          _("The server sent the download to an unsafe address")));
      return FALSE;
    }
  if (++run->redirects > CG_DOWNLOAD_MAX_REDIRECTS)
    {
      finish (task, NULL, download_error (CG_DOWNLOAD_ERROR_REDIRECT,
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

  /* Any other status is the caller's to explain; its body is not read */
  if (status != SOUP_STATUS_OK)
    {
      finish (task, result_new (run), NULL);
      return;
    }

  if (!is_json (soup_message_headers_get_content_type (headers, NULL)))
    {
      finish (task, NULL, download_error (CG_DOWNLOAD_ERROR_NOT_JSON,
                                          _("The server’s answer was not JSON")));
      return;
    }

  /* Content-Length counts the encoded bytes: compare only plain bodies */
  encoding = soup_message_headers_get_one (headers, "Content-Encoding");
  run->content_length = -1;
  if (soup_message_headers_get_encoding (headers) == SOUP_ENCODING_CONTENT_LENGTH &&
      (encoding == NULL || g_ascii_strcasecmp (encoding, "identity") == 0))
    run->content_length = soup_message_headers_get_content_length (headers);
  if (run->content_length > (goffset) run->max_size)
    {
      finish (task, NULL, too_large (run));
      return;
    }

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
  soup_message_headers_replace (headers, "Accept", run->accept);
  for (guint i = 0; run->extra_headers != NULL && run->extra_headers[i] != NULL &&
                    run->extra_headers[i + 1] != NULL; i += 2)
    soup_message_headers_replace (headers, run->extra_headers[i], run->extra_headers[i + 1]);
  if (run->etag_sent != NULL)
    soup_message_headers_replace (headers, "If-None-Match", run->etag_sent);

  soup_session_send_async (run->self->session, run->message, G_PRIORITY_DEFAULT,
                           run->cancellable, sent_cb, task);
}

static void
cg_downloader_dispose (GObject *object)
{
  CgDownloader *self = (CgDownloader *) object;

  if (self->session != NULL)
    soup_session_abort (self->session);
  g_clear_object (&self->session);
  g_clear_object (&self->tls_database);

  G_OBJECT_CLASS (cg_downloader_parent_class)->dispose (object);
}

static void
cg_downloader_class_init (CgDownloaderClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cg_downloader_dispose;
}

static void
cg_downloader_init (CgDownloader *self)
{
}

/**
 * cg_downloader_new:
 *
 * Returns: (transfer full): a downloader with its own HTTP session, whose
 *   User-Agent names the app and its version
 */
CgDownloader *
cg_downloader_new (void)
{
  return g_object_new (CG_TYPE_DOWNLOADER, NULL);
}

/**
 * cg_downloader_set_tls_database:
 *
 * The certificates to trust instead of the system's (tests use their own
 * test certificate authority). Only before the first download.
 */
void
cg_downloader_set_tls_database (CgDownloader *self,
                                GTlsDatabase *database)
{
  g_return_if_fail (CG_IS_DOWNLOADER (self));
  g_return_if_fail (self->session == NULL);

  g_set_object (&self->tls_database, database);
}

/**
 * cg_downloader_fetch_async:
 * @request: what to download; copied
 *
 * Starts one download. Several may run at once; each has its own
 * deadline. Cancelling @cancellable ends it with %G_IO_ERROR_CANCELLED.
 */
void
cg_downloader_fetch_async (CgDownloader            *self,
                           const CgDownloadRequest *request,
                           GCancellable            *cancellable,
                           GAsyncReadyCallback      callback,
                           gpointer                 user_data)
{
  GTask *task;
  Run *run;
  GUri *uri = NULL;

  g_return_if_fail (CG_IS_DOWNLOADER (self));
  g_return_if_fail (request != NULL && request->max_size > 0);

  if (request->url != NULL && cg_link_check (request->url, NULL))
    uri = g_uri_parse (request->url, G_URI_FLAGS_ENCODED, NULL);
  if (uri == NULL)
    {
      g_task_report_new_error (self, callback, user_data, cg_downloader_fetch_async,
                               CG_DOWNLOAD_ERROR, CG_DOWNLOAD_ERROR_BAD_URL,
                               _("The address “%s” was refused"),
                               request->url ? request->url : "");
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
  g_task_set_source_tag (task, cg_downloader_fetch_async);
  run = g_new0 (Run, 1);
  run->self = g_object_ref (self);
  run->cancellable = g_cancellable_new ();
  run->first_uri = g_uri_ref (uri);
  run->uri = uri;
  run->etag_sent = g_strdup (request->etag);
  run->accept = g_strdup (request->accept ? request->accept : "application/json");
  run->extra_headers = g_strdupv ((char **) request->extra_headers);
  run->max_size = request->max_size;
  run->redirect_policy = request->redirects;
  if (cancellable != NULL)
    {
      run->caller_cancellable = g_object_ref (cancellable);
      run->caller_handler = g_cancellable_connect (cancellable, G_CALLBACK (caller_cancelled_cb),
                                                   g_object_ref (run->cancellable),
                                                   g_object_unref);
    }
  g_task_set_task_data (task, run, (GDestroyNotify) run_free);
  run->deadline_id = g_timeout_add_seconds (MAX (request->deadline, 1), deadline_cb, run);

  start_request (task);
}

/**
 * cg_downloader_fetch_finish:
 *
 * Returns: (transfer full) (nullable): the final answer, or %NULL with
 *   @error (%CG_DOWNLOAD_ERROR, or %G_IO_ERROR_CANCELLED) saying why in
 *   words a person understands
 */
CgDownloadResult *
cg_downloader_fetch_finish (CgDownloader  *self,
                            GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
