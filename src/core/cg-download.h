/* cg-download.h
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <libsoup/soup.h>

G_BEGIN_DECLS

#define CG_DOWNLOAD_MAX_REDIRECTS 5

#define CG_DOWNLOAD_ERROR (cg_download_error_quark ())

typedef enum
{
  CG_DOWNLOAD_ERROR_BAD_URL,
  CG_DOWNLOAD_ERROR_OFFLINE,
  CG_DOWNLOAD_ERROR_UNREACHABLE,
  CG_DOWNLOAD_ERROR_TIMEOUT,
  CG_DOWNLOAD_ERROR_TLS,
  CG_DOWNLOAD_ERROR_REDIRECT,
  CG_DOWNLOAD_ERROR_NOT_JSON,
  CG_DOWNLOAD_ERROR_TOO_LARGE,
  CG_DOWNLOAD_ERROR_TRUNCATED,
  CG_DOWNLOAD_ERROR_UNREADABLE,
} CgDownloadError;

GQuark cg_download_error_quark (void);

/**
 * CgDownloadRedirects:
 * @CG_DOWNLOAD_REDIRECTS_SAFE: to any address that passes the link policy
 * @CG_DOWNLOAD_REDIRECTS_SAME_HOST: only to the same https host and port
 *   as the first request
 */
typedef enum
{
  CG_DOWNLOAD_REDIRECTS_SAFE,
  CG_DOWNLOAD_REDIRECTS_SAME_HOST,
} CgDownloadRedirects;

/**
 * CgDownloadRequest:
 * @url: an https address that passes the link policy
 * @etag: (nullable): sent as If-None-Match
 * @accept: (nullable): the Accept header; "application/json" when %NULL
 * @extra_headers: (nullable): more request headers, name and value
 *   pairs, %NULL-terminated
 * @max_size: the largest decoded body accepted, in bytes
 * @deadline: the whole download's limit, in seconds, redirects included
 * @redirects: where a redirect may lead
 *
 * What to download, and the limits. The strings are copied.
 */
typedef struct
{
  const char          *url;
  const char          *etag;
  const char          *accept;
  const char * const  *extra_headers;
  gsize                max_size;
  guint                deadline;
  CgDownloadRedirects  redirects;
} CgDownloadRequest;

/**
 * CgDownloadResult:
 * @status: the HTTP status of the final answer (never a redirect): 200
 *   with @body, 304 (the @etag sent is current), or any other status
 *   without a body, for the caller to explain
 * @body: (nullable): the decoded body of a 200 answer, whose content type
 *   was JSON, no larger than the cap and not cut short
 * @etag: (nullable): the server's ETag for @body
 * @url: the address that answered, after redirects
 * @headers: the final answer's headers (rate limits, Retry-After)
 */
typedef struct
{
  guint               status;
  GBytes             *body;
  char               *etag;
  char               *url;
  SoupMessageHeaders *headers;
} CgDownloadResult;

void cg_download_result_free (CgDownloadResult *result);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CgDownloadResult, cg_download_result_free)

#define CG_TYPE_DOWNLOADER (cg_downloader_get_type ())

G_DECLARE_FINAL_TYPE (CgDownloader, cg_downloader, CG, DOWNLOADER, GObject)

CgDownloader     *cg_downloader_new               (void);
void              cg_downloader_set_tls_database  (CgDownloader             *self,
                                                   GTlsDatabase             *database);
void              cg_downloader_fetch_async       (CgDownloader             *self,
                                                   const CgDownloadRequest  *request,
                                                   GCancellable             *cancellable,
                                                   GAsyncReadyCallback       callback,
                                                   gpointer                  user_data);
CgDownloadResult *cg_downloader_fetch_finish      (CgDownloader             *self,
                                                   GAsyncResult             *result,
                                                   GError                  **error);

G_END_DECLS
