/* test-refresh.c: refresh against servers this test starts on 127.0.0.1
 *
 * Real TLS with a test certificate authority (tests/data/test-cert.pem),
 * injected as the TLS database. A SoupServer answers the HTTP cases; a raw
 * TLS socket server in threads answers the byte-level faults. Every case
 * checks the cache file and the catalog that would be shown afterwards.
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <json-glib/json-glib.h>
#include <libsoup/soup.h>
#include <glib/gstdio.h>

#include "cg-refresh.h"
#include "cg-test-util.h"
#include "cg-test-api.h"
#include "cg-test-server.h"

static GTlsCertificate *certificate;
static GTlsDatabase *database;
static SoupServer *server;
static guint16 soup_port;
static guint16 raw_port;
static GBytes *api_body;        /* the bundled catalog as the API, plus 3 projects */
static GBytes *gzip_bomb;       /* 20 MiB of JSON-ish spaces, gzipped */
static CgCatalog *bundled;
static char *tmpdir;
static volatile gint raw_stop;
static GCancellable *raw_cancellable;  /* stops the accepting thread */

/* ---- the API body ------------------------------------------------------ */

static GBytes *
make_api_body (guint extra,
               guint limit)
{
  g_autoptr(JsonArray) items = cg_test_api_items_from_catalog (bundled, limit);

  for (guint i = 0; i < extra; i++)
    {
      g_autofree char *name = g_strdup_printf ("New Project %u", i + 1);
      JsonObject *item = json_object_new ();

      json_object_set_string_member (item, "name", name);
      json_object_set_string_member (item, "maturity", "sandbox");
      json_object_set_string_member (item, "homepage_url", "http://new.example.org/");
      json_array_add_object_element (items, item);
    }
  return cg_test_api_to_bytes (items);
}

static GBytes *
make_gzip_bomb (void)
{
  g_autoptr(GZlibCompressor) compressor = g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP, 9);
  g_autoptr(GOutputStream) memory = g_memory_output_stream_new_resizable ();
  g_autoptr(GOutputStream) gzip = g_converter_output_stream_new (memory, G_CONVERTER (compressor));
  g_autofree char *spaces = g_strnfill (1024 * 1024, ' ');

  g_output_stream_write_all (gzip, "[", 1, NULL, NULL, NULL);
  for (int i = 0; i < 20; i++)
    g_output_stream_write_all (gzip, spaces, 1024 * 1024, NULL, NULL, NULL);
  g_output_stream_write_all (gzip, "]", 1, NULL, NULL, NULL);
  g_output_stream_close (gzip, NULL, NULL);
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (memory));
}

/* ---- the SoupServer ---------------------------------------------------- */

static void
respond (SoupServerMessage *msg,
         guint              status,
         const char        *type,
         GBytes            *body)
{
  soup_server_message_set_status (msg, status, NULL);
  if (body != NULL)
    soup_server_message_set_response (msg, type, SOUP_MEMORY_COPY,
                                      g_bytes_get_data (body, NULL), g_bytes_get_size (body));
}

static void
server_cb (SoupServer        *soup_server,
           SoupServerMessage *msg,
           const char        *path,
           GHashTable        *query,
           gpointer           user_data)
{
  SoupMessageHeaders *req = soup_server_message_get_request_headers (msg);
  SoupMessageHeaders *resp = soup_server_message_get_response_headers (msg);

  if (g_str_equal (path, "/ok") || g_str_equal (path, "/api/projects/all.json"))
    {
      const char *etag = soup_message_headers_get_one (req, "If-None-Match");

      soup_message_headers_replace (resp, "ETag", "\"v1\"");
      if (g_strcmp0 (etag, "\"v1\"") == 0)
        soup_server_message_set_status (msg, SOUP_STATUS_NOT_MODIFIED, NULL);
      else
        respond (msg, SOUP_STATUS_OK, "application/json", api_body);
    }
  else if (g_str_equal (path, "/404"))
    cg_test_respond (msg, 404, "text/html", "<html>Not found</html>");
  else if (g_str_equal (path, "/500"))
    cg_test_respond (msg, 500, "text/plain", "oops");
  else if (g_str_equal (path, "/503"))
    {
      soup_message_headers_replace (resp, "Retry-After", "120");
      cg_test_respond (msg, 503, "text/plain", "busy");
    }
  else if (g_str_equal (path, "/html"))
    cg_test_respond (msg, 200, "text/html", "<!doctype html><html><body>Landscape</body></html>");
  else if (g_str_equal (path, "/json-typed-html"))
    cg_test_respond (msg, 200, "application/json", "<!doctype html><html></html>");
  else if (g_str_equal (path, "/invalid-json"))
    cg_test_respond (msg, 200, "application/json", "[{\"name\": \"x\",]");
  else if (g_str_equal (path, "/deep"))
    {
      g_autofree char *deep = g_strnfill (100000, '[');
      cg_test_respond (msg, 200, "application/json", deep);
    }
  else if (g_str_equal (path, "/wrong-types"))
    cg_test_respond (msg, 200, "application/json", "[1, true, \"x\", {\"name\": [1]}, null]");
  else if (g_str_equal (path, "/object-root"))
    cg_test_respond (msg, 200, "application/json", "{\"projects\": []}");
  else if (g_str_equal (path, "/too-few"))
    {
      g_autoptr(GBytes) few = make_api_body (0, 20);
      respond (msg, 200, "application/json", few);
    }
  else if (g_str_equal (path, "/empty"))
    cg_test_respond (msg, 200, "application/json", "");
  else if (g_str_equal (path, "/too-large"))
    {
      g_autofree char *big = g_strnfill (17 * 1024 * 1024, ' ');
      cg_test_respond (msg, 200, "application/json", big);
    }
  else if (g_str_equal (path, "/too-large-chunked"))
    {
      SoupMessageBody *body = soup_server_message_get_response_body (msg);
      g_autofree char *chunk = g_strnfill (1024 * 1024, ' ');

      soup_message_headers_set_encoding (resp, SOUP_ENCODING_CHUNKED);
      soup_message_headers_set_content_type (resp, "application/json", NULL);
      soup_server_message_set_status (msg, 200, NULL);
      for (int i = 0; i < 17; i++)
        soup_message_body_append (body, SOUP_MEMORY_COPY, chunk, strlen (chunk));
      soup_message_body_complete (body);
    }
  else if (g_str_equal (path, "/gzip-bomb"))
    {
      soup_message_headers_replace (resp, "Content-Encoding", "gzip");
      respond (msg, 200, "application/json", gzip_bomb);
    }
  else if (g_str_equal (path, "/redirect-ok"))
    {
      soup_message_headers_replace (resp, "Location", "/ok");
      soup_server_message_set_status (msg, 302, NULL);
    }
  else if (g_str_equal (path, "/redirect-http"))
    {
      g_autofree char *to = g_strdup_printf ("http://127.0.0.1:%u/ok", soup_port);
      soup_message_headers_replace (resp, "Location", to);
      soup_server_message_set_status (msg, 301, NULL);
    }
  else if (g_str_equal (path, "/redirect-file"))
    {
      soup_message_headers_replace (resp, "Location", "file:///etc/passwd");
      soup_server_message_set_status (msg, 302, NULL);
    }
  else if (g_str_equal (path, "/redirect-loop"))
    {
      soup_message_headers_replace (resp, "Location", "/redirect-loop");
      soup_server_message_set_status (msg, 307, NULL);
    }
  else
    cg_test_respond (msg, 404, "text/plain", "no such test");
}

/* ---- the raw TLS server ---------------------------------------------- */

static gpointer
raw_connection_thread (gpointer data)
{
  g_autoptr(GSocketConnection) connection = data;
  g_autoptr(GIOStream) tls = NULL;
  g_autoptr(GError) error = NULL;
  GOutputStream *out;
  GInputStream *in;
  char request[4096] = { 0 };
  gsize got = 0;

  tls = g_tls_server_connection_new (G_IO_STREAM (connection), certificate, &error);
  if (tls == NULL || !g_tls_connection_handshake (G_TLS_CONNECTION (tls), NULL, NULL))
    return NULL;
  in = g_io_stream_get_input_stream (tls);
  out = g_io_stream_get_output_stream (tls);

  while (got < sizeof request - 1 && strstr (request, "\r\n\r\n") == NULL)
    {
      gssize n = g_input_stream_read (in, request + got, sizeof request - 1 - got, NULL, NULL);
      if (n <= 0)
        return NULL;
      got += (gsize) n;
    }

#define HEAD "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
  if (g_str_has_prefix (request, "GET /short "))
    {
      const char *reply = HEAD "Content-Length: 1000\r\nConnection: close\r\n\r\n[{\"name\":\"x\"";
      g_output_stream_write_all (out, reply, strlen (reply), NULL, NULL, NULL);
      g_io_stream_close (tls, NULL, NULL);
    }
  else if (g_str_has_prefix (request, "GET /drip "))
    {
      const char *reply = HEAD "Content-Length: 100000\r\n\r\n";
      g_output_stream_write_all (out, reply, strlen (reply), NULL, NULL, NULL);
      /* Drips for 20 s times the scale, ten times the deadline */
      for (guint i = 0; i < 100 * cg_test_timeout_scale () && !g_atomic_int_get (&raw_stop); i++)
        {
          if (!g_output_stream_write_all (out, " ", 1, NULL, NULL, NULL))
            break;
          g_output_stream_flush (out, NULL, NULL);
          g_usleep (200 * 1000);
        }
    }
  else
    {
      /* /silent: accept, then never answer (for 10 s times the scale) */
      for (guint i = 0; i < 200 * cg_test_timeout_scale () && !g_atomic_int_get (&raw_stop); i++)
        g_usleep (50 * 1000);
    }
  return NULL;
}

static gpointer
raw_accept_thread (gpointer data)
{
  GSocketListener *listener = data;

  for (;;)
    {
      GSocketConnection *connection = g_socket_listener_accept (listener, NULL, raw_cancellable,
                                                                NULL);

      if (connection == NULL)
        break;
      g_thread_unref (g_thread_new ("raw-connection", raw_connection_thread, connection));
    }
  return NULL;
}

/* ---- running a refresh ----------------------------------------------- */

typedef struct
{
  gboolean         done;
  CgRefreshResult *result;
  GError          *error;
} Outcome;

static void
outcome_clear (Outcome *outcome)
{
  g_clear_pointer (&outcome->result, cg_refresh_result_free);
  g_clear_error (&outcome->error);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Outcome, outcome_clear)

static void
refreshed_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  Outcome *outcome = user_data;

  outcome->result = cg_refresh_run_finish (CG_REFRESH (source), result, &outcome->error);
  outcome->done = TRUE;
}

static void
wait_for (Outcome *outcome)
{
  cg_test_wait (&outcome->done);
}

static char *
soup_url (const char *path)
{
  return g_strdup_printf ("https://127.0.0.1:%u%s", soup_port, path);
}

static char *
raw_url (const char *path)
{
  return g_strdup_printf ("https://127.0.0.1:%u%s", raw_port, path);
}

static CgRefresh *
new_refresh (CgCache    *cache,
             const char *url)
{
  CgRefresh *refresh = cg_refresh_new (cache, bundled);

  cg_refresh_set_tls_database (refresh, database);
  cg_refresh_set_source_url (refresh, url);
  /* Generous: only the tests of the deadline itself wait for it */
  cg_refresh_set_deadline (refresh, cg_test_seconds (30));
  return refresh;
}

/* Refreshes from @url within @deadline seconds */
static void
run_within (CgCache    *cache,
            const char *url,
            guint       deadline,
            Outcome    *outcome)
{
  g_autoptr(CgRefresh) refresh = new_refresh (cache, url);

  cg_refresh_set_deadline (refresh, deadline);
  cg_refresh_run_async (refresh, NULL, refreshed_cb, outcome);
  wait_for (outcome);
}

static void
run (CgCache    *cache,
     const char *url,
     Outcome    *outcome)
{
  run_within (cache, url, cg_test_seconds (30), outcome);
}

static char *
cache_dir_new (void)
{
  static guint counter;
  return g_strdup_printf ("%s/cache-%u/cncf-guide", tmpdir, ++counter);
}

static GBytes *
cache_bytes (CgCache *cache)
{
  g_autofree char *path = g_build_filename (cg_cache_get_directory (cache), "catalog.json", NULL);
  char *data;
  gsize length;

  if (!g_file_get_contents (path, &data, &length, NULL))
    return NULL;
  return g_bytes_new_take (data, length);
}

/* A cache holding one good download, as before each failure case. */
static CgCache *
primed_cache (void)
{
  g_autofree char *dir = cache_dir_new ();
  CgCache *cache = cg_cache_new (dir);
  g_autofree char *url = soup_url ("/ok");
  g_auto(Outcome) outcome = { 0 };

  run (cache, url, &outcome);
  g_assert_no_error (outcome.error);
  g_assert_true (outcome.result->updated);
  return cache;
}

/* ---- the tests ---------------------------------------------------------- */

static void
test_success (void)
{
  g_autofree char *dir = cache_dir_new ();
  g_autoptr(CgCache) cache = cg_cache_new (dir);
  g_autofree char *url = soup_url ("/ok");
  g_auto(Outcome) outcome = { 0 };
  g_autoptr(CgCatalog) shown = NULL;

  run (cache, url, &outcome);
  g_assert_no_error (outcome.error);
  g_assert_true (outcome.result->updated);
  g_assert_null (outcome.result->warning);
  g_assert_cmpuint (cg_catalog_get_n_projects (outcome.result->catalog), ==,
                    cg_catalog_get_n_projects (bundled) + 3);
  g_assert_cmpuint (cg_catalog_count_new (outcome.result->catalog, bundled), ==, 3);
  /* http in the download became https */
  g_assert_cmpstr (cg_project_get_homepage (cg_catalog_lookup (outcome.result->catalog,
                                                               "new-project-1")), ==,
                   "https://new.example.org/");
  /* The curated fields of the bundled catalog survive */
  g_assert_cmpstr (cg_project_get_contributor_guide (cg_catalog_lookup (outcome.result->catalog,
                                                                        "kubernetes")), ==,
                   cg_project_get_contributor_guide (cg_catalog_lookup (bundled, "kubernetes")));

  /* Cached, and what the next start shows */
  shown = cg_cache_choose_catalog (cache, bundled, NULL);
  g_assert_cmpuint (cg_catalog_get_n_projects (shown), ==, cg_catalog_get_n_projects (bundled) + 3);
  {
    g_autofree char *etag = cg_cache_get_etag (cache, url);
    g_assert_cmpstr (etag, ==, "\"v1\"");
  }
}

static void
test_not_modified (void)
{
  g_autoptr(CgCache) cache = primed_cache ();
  g_autoptr(GBytes) before = cache_bytes (cache);
  g_autofree char *url = soup_url ("/ok");
  g_auto(Outcome) outcome = { 0 };

  run (cache, url, &outcome);
  g_assert_no_error (outcome.error);
  g_assert_false (outcome.result->updated);
  g_assert_null (outcome.result->catalog);
  {
    g_autoptr(GBytes) after = cache_bytes (cache);
    g_assert_true (g_bytes_equal (before, after));
  }
}

typedef struct
{
  const char *path;
  gboolean    raw;
  int         code;
  const char *message;
} Failure;

static const Failure failures[] = {
  { "/404", FALSE, CG_REFRESH_ERROR_HTTP_STATUS, "The server answered 404" },
  { "/500", FALSE, CG_REFRESH_ERROR_HTTP_STATUS, "The server answered 500" },
  { "/503", FALSE, CG_REFRESH_ERROR_HTTP_STATUS, "The server answered 503" },
  { "/html", FALSE, CG_REFRESH_ERROR_NOT_A_CATALOG, "The download was not a CNCF catalog" },
  { "/json-typed-html", FALSE, CG_REFRESH_ERROR_NOT_A_CATALOG, "not a CNCF catalog" },
  { "/invalid-json", FALSE, CG_REFRESH_ERROR_NOT_A_CATALOG, "not a CNCF catalog" },
  { "/deep", FALSE, CG_REFRESH_ERROR_NOT_A_CATALOG, "nested more than 64 levels" },
  { "/object-root", FALSE, CG_REFRESH_ERROR_NOT_A_CATALOG, "not a CNCF catalog" },
  { "/empty", FALSE, CG_REFRESH_ERROR_NOT_A_CATALOG, "not a CNCF catalog" },
  { "/wrong-types", FALSE, CG_REFRESH_ERROR_INCOMPLETE, "The download was incomplete" },
  { "/too-few", FALSE, CG_REFRESH_ERROR_INCOMPLETE, "The download was incomplete" },
  { "/too-large", FALSE, CG_REFRESH_ERROR_TOO_LARGE, "larger than 16 MiB" },
  { "/too-large-chunked", FALSE, CG_REFRESH_ERROR_TOO_LARGE, "larger than 16 MiB" },
  { "/gzip-bomb", FALSE, CG_REFRESH_ERROR_TOO_LARGE, "larger than 16 MiB" },
  { "/redirect-http", FALSE, CG_REFRESH_ERROR_REDIRECT, "unsafe address" },
  { "/redirect-file", FALSE, CG_REFRESH_ERROR_REDIRECT, "unsafe address" },
  { "/redirect-loop", FALSE, CG_REFRESH_ERROR_REDIRECT, "too many times" },
  { "/short", TRUE, CG_REFRESH_ERROR_TRUNCATED, "cut short" },
  { "/silent", TRUE, CG_REFRESH_ERROR_TIMEOUT, "The download took too long" },
  { "/drip", TRUE, CG_REFRESH_ERROR_TIMEOUT, "The download took too long" },
};

static void
test_failure (gconstpointer data)
{
  const Failure *failure = data;
  g_autoptr(CgCache) cache = primed_cache ();
  g_autoptr(GBytes) before = cache_bytes (cache);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(CgCatalog) shown = NULL;
  g_autofree char *url = failure->raw ? raw_url (failure->path) : soup_url (failure->path);
  g_auto(Outcome) outcome = { 0 };

  /* A server that stalls is given 2 seconds (times the scale) */
  run_within (cache, url,
              cg_test_seconds (failure->code == CG_REFRESH_ERROR_TIMEOUT ? 2 : 30), &outcome);
  g_assert_null (outcome.result);
  g_assert_error (outcome.error, CG_REFRESH_ERROR, failure->code);
  if (strstr (outcome.error->message, failure->message) == NULL)
    g_error ("%s: expected “%s” in “%s”", failure->path, failure->message, outcome.error->message);

  /* The cache and what it shows are exactly as they were */
  after = cache_bytes (cache);
  g_assert_true (g_bytes_equal (before, after));
  shown = cg_cache_choose_catalog (cache, bundled, NULL);
  g_assert_cmpuint (cg_catalog_get_n_projects (shown), ==, cg_catalog_get_n_projects (bundled) + 3);
}

static void
test_redirect_followed (void)
{
  g_autofree char *dir = cache_dir_new ();
  g_autoptr(CgCache) cache = cg_cache_new (dir);
  g_autofree char *url = soup_url ("/redirect-ok");
  g_auto(Outcome) outcome = { 0 };

  run (cache, url, &outcome);
  g_assert_no_error (outcome.error);
  g_assert_true (outcome.result->updated);
}

static gboolean
cancel_cb (gpointer data)
{
  g_cancellable_cancel (data);
  return G_SOURCE_REMOVE;
}

static void
test_cancel_and_busy (void)
{
  g_autoptr(CgCache) cache = primed_cache ();
  g_autoptr(GBytes) before = cache_bytes (cache);
  g_autoptr(GBytes) after = NULL;
  g_autofree char *url = raw_url ("/drip");
  g_autoptr(CgRefresh) refresh = new_refresh (cache, url);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_auto(Outcome) first = { 0 };
  g_auto(Outcome) second = { 0 };

  cg_refresh_set_deadline (refresh, cg_test_seconds (30));
  cg_refresh_run_async (refresh, cancellable, refreshed_cb, &first);
  g_assert_true (cg_refresh_is_running (refresh));

  /* One request at a time */
  cg_refresh_run_async (refresh, NULL, refreshed_cb, &second);
  wait_for (&second);
  g_assert_error (second.error, CG_REFRESH_ERROR, CG_REFRESH_ERROR_BUSY);

  /* Cancel mid-download */
  g_timeout_add (400, cancel_cb, cancellable);
  wait_for (&first);
  g_assert_error (first.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (cg_refresh_is_running (refresh));

  after = cache_bytes (cache);
  g_assert_true (g_bytes_equal (before, after));
}

static void
test_bad_sources (void)
{
  static const char * const sources[] = {
    "http://landscape.cncf.io/api/projects/all.json", "ftp://example.org/all.json", "",
    "https://example.org/a b", "javascript:alert(1)", "https://user@example.org/",
  };

  for (guint i = 0; i < G_N_ELEMENTS (sources); i++)
    {
      g_autofree char *dir = cache_dir_new ();
      g_autoptr(CgCache) cache = cg_cache_new (dir);
      g_auto(Outcome) outcome = { 0 };

      run (cache, sources[i], &outcome);
      g_assert_error (outcome.error, CG_REFRESH_ERROR, CG_REFRESH_ERROR_BAD_SOURCE);
      g_assert_true (g_str_has_prefix (outcome.error->message, "The catalog source"));
      g_assert_false (g_file_test (dir, G_FILE_TEST_EXISTS));
    }
}

static void
test_untrusted_certificate (void)
{
  g_autofree char *dir = cache_dir_new ();
  g_autoptr(CgCache) cache = cg_cache_new (dir);
  g_autofree char *url = soup_url ("/ok");
  g_autoptr(CgRefresh) refresh = cg_refresh_new (cache, bundled);
  g_auto(Outcome) outcome = { 0 };

  /* The system's certificate authorities do not know the test one */
  cg_refresh_set_source_url (refresh, url);
  cg_refresh_run_async (refresh, NULL, refreshed_cb, &outcome);
  wait_for (&outcome);
  g_assert_error (outcome.error, CG_REFRESH_ERROR, CG_REFRESH_ERROR_TLS);
}

static void
test_unreachable (void)
{
  g_autofree char *dir = cache_dir_new ();
  g_autoptr(CgCache) cache = cg_cache_new (dir);
  g_autoptr(GSocket) socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM,
                                            G_SOCKET_PROTOCOL_TCP, NULL);
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) any = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) bound = NULL;
  g_autofree char *url = NULL;
  g_auto(Outcome) outcome = { 0 };

  /* A port nobody listens on */
  g_assert_true (g_socket_bind (socket, any, FALSE, NULL));
  bound = g_socket_get_local_address (socket, NULL);
  url = g_strdup_printf ("https://127.0.0.1:%u/ok",
                         g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound)));
  g_socket_close (socket, NULL);

  run (cache, url, &outcome);
  g_assert_error (outcome.error, CG_REFRESH_ERROR, CG_REFRESH_ERROR_UNREACHABLE);
  g_assert_cmpstr (outcome.error->message, ==, "The server could not be reached");
}

static void
test_unwritable_cache (void)
{
  g_autofree char *blocker = g_build_filename (tmpdir, "blocker", NULL);
  g_autofree char *dir = g_build_filename (blocker, "cncf-guide", NULL);
  g_autoptr(CgCache) cache = cg_cache_new (dir);
  g_autofree char *url = soup_url ("/ok");
  g_auto(Outcome) outcome = { 0 };

  g_assert_true (g_file_set_contents (blocker, "a file, not a folder", -1, NULL));
  run (cache, url, &outcome);

  /* The new catalog is still there to show, with a warning */
  g_assert_no_error (outcome.error);
  g_assert_true (outcome.result->updated);
  g_assert_nonnull (outcome.result->catalog);
  g_assert_nonnull (outcome.result->warning);
  g_assert_true (g_str_has_prefix (outcome.result->warning, "The catalog could not be saved"));
}

/* The command line shows what the refresh cached, and fails cleanly. */
static void
test_command_line (void)
{
  g_autofree char *home = g_build_filename (tmpdir, "cli", NULL);
  g_autofree char *dir = g_build_filename (home, "cncf-guide", NULL);
  g_autoptr(CgCache) cache = cg_cache_new (dir);
  g_autofree char *url = soup_url ("/ok");
  g_auto(Outcome) outcome = { 0 };
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (
    G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  const char *binary = g_getenv ("CG_BINARY");

  run (cache, url, &outcome);
  g_assert_no_error (outcome.error);

  g_subprocess_launcher_setenv (launcher, "XDG_CACHE_HOME", home, TRUE);
  g_subprocess_launcher_setenv (launcher, "LANGUAGE", "C", TRUE);
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");

  {
    g_autoptr(GSubprocess) list = g_subprocess_launcher_spawn (launcher, NULL, binary, "--list",
                                                               NULL);
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;

    g_assert_true (g_subprocess_communicate_utf8 (list, NULL, NULL, &out, &err, NULL));
    g_assert_cmpint (g_subprocess_get_exit_status (list), ==, 0);
    g_assert_nonnull (strstr (out, "new-project-1\tNew Project 1\tsandbox\t"));
  }

  /* --refresh against a server that is not there: one line, exit 1, cache kept */
  {
    g_autofree char *config = g_build_filename (tmpdir, "config", NULL);
    g_autofree char *settings_dir = g_build_filename (config, "glib-2.0", "settings", NULL);
    g_autofree char *keyfile = g_build_filename (settings_dir, "keyfile", NULL);
    g_autoptr(GSubprocess) refresh = NULL;
    g_autoptr(GBytes) before = cache_bytes (cache);
    g_autoptr(GBytes) after = NULL;
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;

    g_mkdir_with_parents (settings_dir, 0700);
    g_assert_true (g_file_set_contents (keyfile,
      "[io/github/cncf_guide/ContributorGuide]\n"
      "source-url='https://127.0.0.1:1/api/projects/all.json'\n", -1, NULL));
    g_subprocess_launcher_setenv (launcher, "GSETTINGS_BACKEND", "keyfile", TRUE);
    g_subprocess_launcher_setenv (launcher, "XDG_CONFIG_HOME", config, TRUE);

    refresh = g_subprocess_launcher_spawn (launcher, NULL, binary, "--refresh", NULL);
    g_assert_true (g_subprocess_communicate_utf8 (refresh, NULL, NULL, &out, &err, NULL));
    g_assert_cmpint (g_subprocess_get_exit_status (refresh), ==, 1);
    g_assert_cmpstr (out, ==, "");
    g_assert_cmpstr (err, ==,
                     "cncf-guide: the catalog was not refreshed: The server could not be reached\n");
    after = cache_bytes (cache);
    g_assert_true (g_bytes_equal (before, after));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSocketListener) listener = NULL;
  GThread *accept_thread;
  int ret;

  g_test_init (&argc, &argv, NULL);

  if (!cg_test_tls_load (&certificate, &database))
    return 77;

  bundled = cg_catalog_new_bundled (&error);
  g_assert_no_error (error);
  api_body = make_api_body (3, G_MAXUINT);
  gzip_bomb = make_gzip_bomb ();
  tmpdir = g_dir_make_tmp ("cg-test-refresh-XXXXXX", NULL);

  server = soup_server_new ("tls-certificate", certificate, NULL);
  soup_server_add_handler (server, NULL, server_cb, NULL, NULL);
  soup_port = cg_test_server_start (server);

  listener = g_socket_listener_new ();
  raw_port = g_socket_listener_add_any_inet_port (listener, NULL, &error);
  g_assert_no_error (error);
  raw_cancellable = g_cancellable_new ();
  accept_thread = g_thread_new ("raw-accept", raw_accept_thread, listener);

  g_test_add_func ("/refresh/success", test_success);
  g_test_add_func ("/refresh/not-modified", test_not_modified);
  for (guint i = 0; i < G_N_ELEMENTS (failures); i++)
    {
      g_autofree char *path = g_strdup_printf ("/refresh/failure%s", failures[i].path);
      g_test_add_data_func (path, &failures[i], test_failure);
    }
  g_test_add_func ("/refresh/redirect-followed", test_redirect_followed);
  g_test_add_func ("/refresh/cancel-and-busy", test_cancel_and_busy);
  g_test_add_func ("/refresh/bad-sources", test_bad_sources);
  g_test_add_func ("/refresh/untrusted-certificate", test_untrusted_certificate);
  g_test_add_func ("/refresh/unreachable", test_unreachable);
  g_test_add_func ("/refresh/unwritable-cache", test_unwritable_cache);
  g_test_add_func ("/refresh/command-line", test_command_line);

  ret = g_test_run ();

  /* The accepting thread ends before its listener closes (closing under it
   * raced: a CRITICAL under AddressSanitizer's slowness) */
  g_atomic_int_set (&raw_stop, 1);
  g_cancellable_cancel (raw_cancellable);
  g_thread_join (accept_thread);
  g_socket_listener_close (listener);
  soup_server_disconnect (server);
  g_clear_object (&server);
  cg_test_remove_tree (tmpdir);
  return ret;
}
