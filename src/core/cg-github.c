/* cg-github.c: open newcomer issues and repository facts from GitHub,
 * cached for offline use, within GitHub's rate limits
 *
 * No account and no token: GitHub allows 60 look-ups an hour. Each answer
 * is cached per repository in $XDG_CACHE_HOME/cncf-guide/github/ with its
 * ETag and time; a revisit sends If-None-Match, and a 304 (which GitHub
 * does not count) is served from the cache. When GitHub says the limit is
 * reached, the time it resets is remembered, on disk too, and nothing is
 * sent before it. Nothing is sent while the network monitor says offline,
 * or when the `github-lookups` setting is off. Downloads go through
 * cg-download.c: https, redirects only to the same API host, 2 MiB,
 * 15 seconds, JSON.
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cg-github"

#include "config.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "cg-download.h"
#include "cg-github.h"
#include "cg-github-private.h"
#include "cg-json-guard.h"
#include "cg-link.h"

#define RATE_FILE "rate-limit.ini"
#define RATE_GROUP "rate-limit"
#define DEFAULT_LIMIT 60
#define MAX_BLOCK (2 * 60 * 60)       /* no reset is trusted further ahead, in seconds */
#define SECONDARY_PAUSE 60            /* GitHub's advice without a header, in seconds */

G_DEFINE_QUARK (cg-github-error-quark, cg_github_error)

struct _CgGithub
{
  GObject          parent_instance;

  char            *cache_directory;
  char            *api_url;
  gboolean         enabled;
  guint            deadline;
  GTlsDatabase    *tls_database;
  GNetworkMonitor *monitor;
  CgDownloader    *downloader;
  gboolean         rate_loaded;
  gint64           blocked_until;    /* UTC seconds; 0 when GitHub may be asked */
  gboolean         blocked_hourly;   /* by the hourly limit, not a pause */
  guint            limit;            /* look-ups an hour, as GitHub last said */
};

G_DEFINE_FINAL_TYPE (CgGithub, cg_github, G_TYPE_OBJECT)

typedef enum
{
  KIND_ISSUES,
  KIND_REPOSITORY,
} Kind;

typedef struct
{
  Kind            kind;
  char           *owner;
  char           *repo;
  char           *url;
  char           *cache_path;
  char           *cache_directory;
  CgGithubAnswer *cached;
  char           *cached_etag;
  gboolean        renamed;       /* GitHub redirected: issues name the new repository */
  GBytes         *body;          /* a 200's, to parse in a thread */
  char           *etag;          /* the answer's */
  char           *failure;       /* why GitHub's answer is no answer, in words */
  int             failure_code;
  gboolean        failure_final; /* the cache is no answer either (not found) */
  char           *rate_path;
  char           *rate_data;     /* the rate limit, to keep on disk */
} Fetch;

static void
fetch_free (Fetch *fetch)
{
  g_free (fetch->owner);
  g_free (fetch->repo);
  g_free (fetch->url);
  g_free (fetch->cache_path);
  g_free (fetch->cache_directory);
  g_clear_pointer (&fetch->cached, cg_github_answer_free);
  g_free (fetch->cached_etag);
  g_clear_pointer (&fetch->body, g_bytes_unref);
  g_free (fetch->etag);
  g_free (fetch->failure);
  g_free (fetch->rate_path);
  g_free (fetch->rate_data);
  g_free (fetch);
}

void
cg_github_answer_free (CgGithubAnswer *answer)
{
  if (answer == NULL)
    return;
  g_clear_pointer (&answer->issues, g_ptr_array_unref);
  g_clear_pointer (&answer->repository, cg_github_repository_free);
  g_clear_pointer (&answer->fetched, g_date_time_unref);
  g_free (answer->stale_reason);
  g_free (answer);
}

/* ---- the cache ------------------------------------------------------------ */

/* A folder of our own, not a link leading elsewhere. */
static gboolean
ensure_directory (const char *directory)
{
  GStatBuf st;

  if (g_mkdir_with_parents (directory, 0700) != 0)
    return FALSE;
  return g_lstat (directory, &st) == 0 && S_ISDIR (st.st_mode) && !S_ISLNK (st.st_mode);
}

/* The file's contents, if it is a plain file of a sane size. */
static GBytes *
read_plain_file (const char *path)
{
  g_autofree char *directory = g_path_get_dirname (path);
  GStatBuf st;
  char *data;
  gsize length;

  if (g_lstat (directory, &st) != 0 || !S_ISDIR (st.st_mode) ||
      g_lstat (path, &st) != 0 || !S_ISREG (st.st_mode) ||
      st.st_size > 2 * CG_GITHUB_MAX_SIZE ||
      !g_file_get_contents (path, &data, &length, NULL))
    return NULL;
  return g_bytes_new_take (data, length);
}

/* Writes @data to @path atomically and durably; a failure only costs the
 * cache. Waits for the disk: call it in a thread. */
static void
write_file_now (const char *directory,
                const char *path,
                const char *data,
                gsize       length)
{
  g_autoptr(GError) error = NULL;

  if (!ensure_directory (directory))
    g_debug ("Not caching in %s: not a plain folder", directory);
  else if (!g_file_set_contents_full (path, data, (gssize) length,
                                      G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                      0600, &error))
    g_debug ("Not cached: %s", error->message);
}

/* The last answer for @fetch's address, if there is a readable one. */
static void
load_cache (Fetch *fetch)
{
  g_autoptr(GBytes) bytes = read_plain_file (fetch->cache_path);
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(CgGithubAnswer) answer = NULL;
  JsonObject *envelope;
  JsonNode *root;
  JsonNode *node;
  JsonNode *inner;

  if (bytes == NULL)
    return;
  root = _cg_github_parse_json (bytes, parser, NULL);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return;
  envelope = json_node_get_object (root);

  node = json_object_get_member (envelope, "url");
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING ||
      g_strcmp0 (json_node_get_string (node), fetch->url) != 0)
    return;  /* another label or API: not this answer */

  answer = g_new0 (CgGithubAnswer, 1);
  answer->from_cache = TRUE;
  node = json_object_get_member (envelope, "fetched");
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_INT64)
    return;
  answer->fetched = g_date_time_new_from_unix_utc (json_node_get_int (node));
  if (answer->fetched == NULL)
    return;

  node = json_object_get_member (envelope, "renamed");
  fetch->renamed = node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
                   json_node_get_value_type (node) == G_TYPE_BOOLEAN &&
                   json_node_get_boolean (node);

  inner = json_object_get_member (envelope, "answer");
  if (inner == NULL)
    return;
  if (fetch->kind == KIND_ISSUES)
    answer->issues = _cg_github_read_issues (inner, fetch->renamed ? NULL : fetch->owner,
                                             fetch->renamed ? NULL : fetch->repo, NULL);
  else
    answer->repository = _cg_github_read_repository (inner, NULL);
  if (answer->issues == NULL && answer->repository == NULL)
    return;

  node = json_object_get_member (envelope, "etag");
  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
      json_node_get_value_type (node) == G_TYPE_STRING &&
      strlen (json_node_get_string (node)) < 256)
    fetch->cached_etag = g_strdup (json_node_get_string (node));
  fetch->cached = g_steal_pointer (&answer);
}

/* In a thread: caches @answer, then returns it through @task, so that the
 * next look-up finds it */
static void
store_and_return (GTask          *task,
                  CgGithubAnswer *answer,
                  const char     *etag)
{
  Fetch *fetch = g_task_get_task_data (task);
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *data = NULL;
  gsize length;

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "url");
  json_builder_add_string_value (b, fetch->url);
  json_builder_set_member_name (b, "etag");
  if (etag != NULL && strlen (etag) < 256 && g_utf8_validate (etag, -1, NULL))
    json_builder_add_string_value (b, etag);
  else
    json_builder_add_null_value (b);
  json_builder_set_member_name (b, "fetched");
  json_builder_add_int_value (b, g_date_time_to_unix (answer->fetched));
  json_builder_set_member_name (b, "renamed");
  json_builder_add_boolean_value (b, fetch->renamed);
  json_builder_set_member_name (b, "answer");
  json_builder_add_value (b, answer->issues ? _cg_github_issues_to_json (answer->issues)
                                            : _cg_github_repository_to_json (answer->repository));
  json_builder_end_object (b);

  root = json_builder_get_root (b);
  json_generator_set_root (generator, root);
  data = json_generator_to_data (generator, &length);
  write_file_now (fetch->cache_directory, fetch->cache_path, data, length);
  g_task_return_pointer (task, answer, (GDestroyNotify) cg_github_answer_free);
}

/* ---- the rate limit --------------------------------------------------------- */

static void
load_rate_limit (CgGithub *self)
{
  g_autofree char *path = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GKeyFile) keyfile = g_key_file_new ();
  gint64 until;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  if (self->rate_loaded)
    return;
  self->rate_loaded = TRUE;

  path = g_build_filename (self->cache_directory, RATE_FILE, NULL);
  bytes = read_plain_file (path);
  if (bytes == NULL ||
      !g_key_file_load_from_data (keyfile, g_bytes_get_data (bytes, NULL),
                                  g_bytes_get_size (bytes), G_KEY_FILE_NONE, NULL))
    return;
  until = g_key_file_get_int64 (keyfile, RATE_GROUP, "until", NULL);
  if (until <= now)
    return;
  self->blocked_until = MIN (until, now + MAX_BLOCK);
  self->blocked_hourly = g_key_file_get_boolean (keyfile, RATE_GROUP, "hourly", NULL);
  self->limit = (guint) CLAMP (g_key_file_get_integer (keyfile, RATE_GROUP, "limit", NULL),
                               0, 1000000);
}

/* Remembers the block, and puts what to keep of it on disk in @fetch, for
 * the thread that ends the look-up to write */
static void
block_until (CgGithub *self,
             Fetch    *fetch,
             gint64    until,
             gboolean  hourly)
{
  g_autoptr(GKeyFile) keyfile = g_key_file_new ();
  char *data;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  gsize length;

  until = CLAMP (until, now + 1, now + MAX_BLOCK);
  if (until <= self->blocked_until)
    return;
  self->blocked_until = until;
  self->blocked_hourly = hourly;

  g_key_file_set_int64 (keyfile, RATE_GROUP, "until", until);
  g_key_file_set_boolean (keyfile, RATE_GROUP, "hourly", hourly);
  g_key_file_set_integer (keyfile, RATE_GROUP, "limit", (int) self->limit);
  data = g_key_file_to_data (keyfile, &length, NULL);
  g_free (fetch->rate_data);
  fetch->rate_data = data;
}

static gboolean
is_blocked (CgGithub *self)
{
  load_rate_limit (self);
  return self->blocked_until > g_get_real_time () / G_USEC_PER_SEC;
}

static char *
blocked_message (CgGithub *self)
{
  g_autoptr(GDateTime) until = g_date_time_new_from_unix_local (self->blocked_until);
  g_autofree char *time = g_date_time_format (until, "%H:%M");
  guint limit = self->limit > 0 ? self->limit : DEFAULT_LIMIT;

  if (!self->blocked_hourly)
    /* TRANSLATORS: %s is a local time, "14:05" */
    return g_strdup_printf (_("GitHub asked for a pause; try again after %s"), time);
  /* TRANSLATORS: "GitHub allows 60 look-ups an hour without an account; try again after 14:05" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "GitHub allows %u look-up an hour without an account; try again after %s",
                                       "GitHub allows %u look-ups an hour without an account; try again after %s",
                                       limit), limit, time);
}

static gboolean
header_number (SoupMessageHeaders *headers,
               const char         *name,
               gint64             *value)
{
  g_autofree char *text = g_strdup (soup_message_headers_get_one (headers, name));
  guint64 n;

  if (text == NULL || !g_ascii_string_to_unsigned (g_strstrip (text), 10, 0, G_MAXINT64, &n, NULL))
    return FALSE;
  *value = (gint64) n;
  return TRUE;
}

/* Remembers what GitHub says of its limits.
 *
 * Returns: whether the answer refused the request for a rate limit */
static gboolean
read_rate_limit (CgGithub           *self,
                 Fetch              *fetch,
                 guint               status,
                 SoupMessageHeaders *headers)
{
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  gint64 limit = 0;
  gint64 remaining = -1;
  gint64 reset = 0;
  gint64 retry_after = -1;
  gboolean has_remaining = header_number (headers, "x-ratelimit-remaining", &remaining);
  gboolean has_reset = header_number (headers, "x-ratelimit-reset", &reset);
  gboolean refused;

  if (header_number (headers, "x-ratelimit-limit", &limit) && limit > 0)
    self->limit = (guint) MIN (limit, 1000000);
  header_number (headers, "retry-after", &retry_after);

  refused = status == 429 ||
            (status == 403 && ((has_remaining && remaining == 0) || retry_after >= 0));

  if (retry_after >= 0 && (refused || status == 503))
    block_until (self, fetch, now + MAX (retry_after, 1), FALSE);
  else if (has_remaining && remaining == 0 && has_reset)
    block_until (self, fetch, reset, TRUE);
  else if (refused)
    block_until (self, fetch, now + SECONDARY_PAUSE, FALSE);

  return refused;
}

/* ---- a look-up ---------------------------------------------------------------- */

/* The last answer, with the reason GitHub was not asked; or the error. */
static void
return_stale_or_error (GTask      *task,
                       int         code,
                       const char *message)
{
  Fetch *fetch = g_task_get_task_data (task);

  if (fetch->cached != NULL)
    {
      CgGithubAnswer *answer = g_steal_pointer (&fetch->cached);

      answer->stale_reason = g_strdup (message);
      g_task_return_pointer (task, answer, (GDestroyNotify) cg_github_answer_free);
    }
  else
    g_task_return_new_error (task, CG_GITHUB_ERROR, code, "%s", message);
}

/* In a thread: the rate limit kept; then the failure in words, or a
 * 200's body parsed, or a 304's cached answer, cached and returned */
static void
answer_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Fetch *fetch = task_data;
  g_autoptr(GError) error = NULL;
  CgGithubAnswer *answer;

  /* GitHub's limit first: a command line that exits next still keeps it */
  if (fetch->rate_data != NULL)
    write_file_now (fetch->cache_directory, fetch->rate_path, fetch->rate_data,
                    strlen (fetch->rate_data));
  if (fetch->failure != NULL && fetch->failure_final)
    {
      g_task_return_new_error (task, CG_GITHUB_ERROR, fetch->failure_code, "%s", fetch->failure);
      return;
    }
  if (fetch->failure != NULL)
    {
      return_stale_or_error (task, fetch->failure_code, fetch->failure);
      return;
    }
  if (fetch->body == NULL)
    {
      store_and_return (task, g_steal_pointer (&fetch->cached), fetch->etag);
      return;
    }

  answer = g_new0 (CgGithubAnswer, 1);
  answer->fetched = g_date_time_new_now_utc ();
  if (fetch->kind == KIND_ISSUES)
    answer->issues = cg_github_parse_issues (fetch->body,
                                             fetch->renamed ? NULL : fetch->owner,
                                             fetch->renamed ? NULL : fetch->repo, &error);
  else
    answer->repository = cg_github_parse_repository (fetch->body, &error);
  if (error != NULL)
    {
      cg_github_answer_free (answer);
      return_stale_or_error (task, CG_GITHUB_ERROR_BAD_ANSWER, error->message);
      return;
    }
  store_and_return (task, answer, fetch->etag);
}

static void
downloaded_cb (GObject      *source,
               GAsyncResult *async_result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  CgGithub *self = g_task_get_source_object (task);
  Fetch *fetch = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(CgDownloadResult) download = cg_downloader_fetch_finish (CG_DOWNLOADER (source),
                                                                     async_result, &error);

  if (download == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_task_return_error (task, g_steal_pointer (&error));
      else
        return_stale_or_error (task,
                               g_error_matches (error, CG_DOWNLOAD_ERROR,
                                                CG_DOWNLOAD_ERROR_OFFLINE)
                                 ? CG_GITHUB_ERROR_OFFLINE : CG_GITHUB_ERROR_FAILED,
                               error->message);
      return;
    }

  /* The rest ends in a thread (answer_thread): json-glib takes a third of
   * a second for 2 MiB, and the cache and the rate limit wait for the disk */
  if (read_rate_limit (self, fetch, download->status, download->headers))
    {
      fetch->failure = blocked_message (self);
      fetch->failure_code = CG_GITHUB_ERROR_RATE_LIMITED;
    }
  else if (download->status == SOUP_STATUS_NOT_MODIFIED && fetch->cached != NULL)
    {
      /* Confirmed current: served from the cache, dated now */
      fetch->cached->from_cache = FALSE;
      g_date_time_unref (fetch->cached->fetched);
      fetch->cached->fetched = g_date_time_new_now_utc ();
      fetch->etag = g_strdup (fetch->cached_etag);
    }
  else if (download->status == SOUP_STATUS_NOT_FOUND || download->status == SOUP_STATUS_GONE)
    {
      fetch->failure = g_strdup_printf (download->status == SOUP_STATUS_GONE &&
                                          fetch->kind == KIND_ISSUES
                                          ? _("The repository %s/%s does not use GitHub issues")
                                          : _("GitHub has no repository %s/%s"),
                                        fetch->owner, fetch->repo);
      fetch->failure_code = CG_GITHUB_ERROR_NOT_FOUND;
      fetch->failure_final = TRUE;
    }
  else if (download->status != SOUP_STATUS_OK)
    {
      fetch->failure = g_strdup_printf (_("GitHub answered %u"), download->status);
      fetch->failure_code = CG_GITHUB_ERROR_HTTP_STATUS;
    }
  else
    {
      fetch->body = g_bytes_ref (download->body);
      fetch->etag = g_strdup (download->etag);
      fetch->renamed = g_strcmp0 (download->url, fetch->url) != 0;
    }
  g_task_run_in_thread (task, answer_thread);
}

/* Whether @owner and @repo are names GitHub gives, safe in a path */
static gboolean
names_are_github (const char *owner,
                  const char *repo)
{
  g_autofree char *url = NULL;
  g_autofree char *parsed_owner = NULL;
  g_autofree char *parsed_repo = NULL;

  if (owner == NULL || repo == NULL || g_str_has_suffix (repo, ".git"))
    return FALSE;
  url = g_strdup_printf ("https://github.com/%s/%s", owner, repo);
  return cg_github_url_parse (url, &parsed_owner, &parsed_repo) &&
         g_str_equal (parsed_owner, owner) && g_str_equal (parsed_repo, repo);
}

static void
load_cache_thread (GTask        *load,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  load_cache (task_data);
  g_task_return_boolean (load, TRUE);
}

static void send_request (GTask *task);

static void
cache_loaded_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  send_request (user_data);
}

static void
fetch_async (CgGithub            *self,
             Kind                 kind,
             const char          *owner,
             const char          *repo,
             const char          *label,
             GCancellable        *cancellable,
             GAsyncReadyCallback  callback,
             gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);
  g_autofree char *key = NULL;
  g_autofree char *file = NULL;
  Fetch *fetch;

  g_task_set_source_tag (task, fetch_async);

  if (!names_are_github (owner, repo))
    {
      g_task_return_new_error (task, CG_GITHUB_ERROR, CG_GITHUB_ERROR_BAD_REPOSITORY,
                               _("This project has no GitHub repository"));
      return;
    }
  if (!self->enabled)
    {
      g_task_return_new_error (task, CG_GITHUB_ERROR, CG_GITHUB_ERROR_DISABLED,
                               _("GitHub look-ups are turned off"));
      return;
    }
  if (self->api_url == NULL || !cg_link_check (self->api_url, NULL))
    {
      g_task_return_new_error (task, CG_GITHUB_ERROR, CG_GITHUB_ERROR_FAILED,
                               _("The GitHub API address “%s” was refused"),
                               self->api_url ? self->api_url : "");
      return;
    }

  fetch = g_new0 (Fetch, 1);
  fetch->kind = kind;
  fetch->owner = g_strdup (owner);
  fetch->repo = g_strdup (repo);
  if (kind == KIND_ISSUES)
    {
      g_autofree char *escaped = g_uri_escape_string (label ? label : CG_GITHUB_DEFAULT_LABEL,
                                                      NULL, FALSE);

      fetch->url = g_strdup_printf ("%s/repos/%s/%s/issues?state=open&labels=%s&sort=updated&per_page=%d",
                                    self->api_url, owner, repo, escaped, CG_GITHUB_PER_PAGE);
    }
  else
    fetch->url = g_strdup_printf ("%s/repos/%s/%s", self->api_url, owner, repo);
  key = g_ascii_strdown (owner, -1);
  file = g_strdup_printf ("%s+%s.%s.json", key, repo,
                          kind == KIND_ISSUES ? "issues" : "repository");
  g_free (key);
  key = g_ascii_strdown (file, -1);
  fetch->cache_path = g_build_filename (self->cache_directory, key, NULL);
  fetch->cache_directory = g_strdup (self->cache_directory);
  fetch->rate_path = g_build_filename (self->cache_directory, RATE_FILE, NULL);
  g_task_set_task_data (task, fetch, (GDestroyNotify) fetch_free);

  /* The cache is read and parsed in a thread, then send_request() */
  {
    g_autoptr(GTask) load = g_task_new (self, NULL, cache_loaded_cb, g_steal_pointer (&task));

    g_task_set_task_data (load, fetch, NULL);
    g_task_run_in_thread (load, load_cache_thread);
  }
}

static void
send_request (GTask *task)
{
  static const char * const headers[] = {
    "X-GitHub-Api-Version", "2022-11-28",
    NULL
  };
  CgGithub *self = g_task_get_source_object (task);
  Fetch *fetch = g_task_get_task_data (task);
  CgDownloadRequest request = { 0 };

  if (g_task_return_error_if_cancelled (task))
    {
      g_object_unref (task);
      return;
    }
  if (self->monitor != NULL && !g_network_monitor_get_network_available (self->monitor))
    {
      return_stale_or_error (task, CG_GITHUB_ERROR_OFFLINE, _("You are offline"));
      g_object_unref (task);
      return;
    }
  if (is_blocked (self))
    {
      g_autofree char *message = blocked_message (self);
      return_stale_or_error (task, CG_GITHUB_ERROR_RATE_LIMITED, message);
      g_object_unref (task);
      return;
    }

  if (self->downloader == NULL)
    {
      self->downloader = cg_downloader_new ();
      if (self->tls_database != NULL)
        cg_downloader_set_tls_database (self->downloader, self->tls_database);
    }

  request.url = fetch->url;
  request.etag = fetch->cached ? fetch->cached_etag : NULL;
  request.accept = "application/vnd.github+json";
  request.extra_headers = headers;
  request.max_size = CG_GITHUB_MAX_SIZE;
  request.deadline = self->deadline;
  request.redirects = CG_DOWNLOAD_REDIRECTS_SAME_HOST;
  cg_downloader_fetch_async (self->downloader, &request, g_task_get_cancellable (task),
                             downloaded_cb, task);
}

/* ---- the object ------------------------------------------------------------------ */

static void
cg_github_dispose (GObject *object)
{
  CgGithub *self = (CgGithub *) object;

  g_clear_object (&self->downloader);
  g_clear_object (&self->tls_database);
  g_clear_object (&self->monitor);

  G_OBJECT_CLASS (cg_github_parent_class)->dispose (object);
}

static void
cg_github_finalize (GObject *object)
{
  CgGithub *self = (CgGithub *) object;

  g_free (self->cache_directory);
  g_free (self->api_url);

  G_OBJECT_CLASS (cg_github_parent_class)->finalize (object);
}

static void
cg_github_class_init (CgGithubClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cg_github_dispose;
  G_OBJECT_CLASS (klass)->finalize = cg_github_finalize;
}

static void
cg_github_init (CgGithub *self)
{
  self->enabled = TRUE;
  self->api_url = g_strdup (CG_GITHUB_DEFAULT_API_URL);
  self->deadline = CG_GITHUB_DEADLINE;
  self->limit = DEFAULT_LIMIT;
  self->monitor = g_object_ref (g_network_monitor_get_default ());
}

/**
 * cg_github_new:
 * @cache_directory: the folder the answers and the rate limit are kept in
 *
 * Returns: (transfer full): a client that asks GitHub, watched by the
 *   default network monitor
 */
CgGithub *
cg_github_new (const char *cache_directory)
{
  CgGithub *self = g_object_new (CG_TYPE_GITHUB, NULL);

  self->cache_directory = g_strdup (cache_directory);
  return self;
}

/**
 * cg_github_new_default:
 *
 * Returns: (transfer full): a client caching in
 *   `$XDG_CACHE_HOME/cncf-guide/github`
 */
CgGithub *
cg_github_new_default (void)
{
  g_autofree char *directory = g_build_filename (g_get_user_cache_dir (), "cncf-guide", "github",
                                                 NULL);

  return cg_github_new (directory);
}

/**
 * cg_github_set_enabled:
 *
 * When %FALSE (the `github-lookups` setting is off), every look-up fails
 * at once with %CG_GITHUB_ERROR_DISABLED and nothing is sent.
 */
void
cg_github_set_enabled (CgGithub *self,
                       gboolean  enabled)
{
  g_return_if_fail (CG_IS_GITHUB (self));
  self->enabled = !!enabled;
}

/**
 * cg_github_get_enabled:
 *
 * Returns: whether look-ups are sent (the `github-lookups` setting)
 */
gboolean
cg_github_get_enabled (CgGithub *self)
{
  g_return_val_if_fail (CG_IS_GITHUB (self), FALSE);
  return self->enabled;
}

/**
 * cg_github_set_api_url:
 * @url: the REST API base, such as "https://api.github.com"; it must pass
 *   the link policy, or look-ups fail
 */
void
cg_github_set_api_url (CgGithub   *self,
                       const char *url)
{
  gsize length;

  g_return_if_fail (CG_IS_GITHUB (self));

  g_free (self->api_url);
  self->api_url = g_strdup (url);
  length = self->api_url ? strlen (self->api_url) : 0;
  while (length > 0 && self->api_url[length - 1] == '/')
    self->api_url[--length] = '\0';
}

/**
 * cg_github_set_tls_database:
 *
 * The certificates to trust instead of the system's (for tests). Only
 * before the first look-up.
 */
void
cg_github_set_tls_database (CgGithub     *self,
                            GTlsDatabase *database)
{
  g_return_if_fail (CG_IS_GITHUB (self));
  g_return_if_fail (self->downloader == NULL);
  g_set_object (&self->tls_database, database);
}

/**
 * cg_github_set_network_monitor:
 * @monitor: (nullable): what says whether the computer is online; %NULL
 *   never counts as offline
 */
void
cg_github_set_network_monitor (CgGithub        *self,
                               GNetworkMonitor *monitor)
{
  g_return_if_fail (CG_IS_GITHUB (self));
  g_set_object (&self->monitor, monitor);
}

/**
 * cg_github_set_deadline:
 * @seconds: the most one look-up may take, redirects included
 */
void
cg_github_set_deadline (CgGithub *self,
                        guint     seconds)
{
  g_return_if_fail (CG_IS_GITHUB (self));
  self->deadline = MAX (seconds, 1);
}

/**
 * cg_github_get_blocked_until:
 *
 * Returns: the UTC time, in seconds, before which GitHub is not asked
 *   because of its rate limit; 0 when it may be asked
 */
gint64
cg_github_get_blocked_until (CgGithub *self)
{
  g_return_val_if_fail (CG_IS_GITHUB (self), 0);
  return is_blocked (self) ? self->blocked_until : 0;
}

/**
 * cg_github_issues_async:
 * @owner: the repository's owner (see cg_github_url_parse())
 * @repo: the repository
 * @label: (nullable): the project's newcomer label;
 *   %CG_GITHUB_DEFAULT_LABEL when %NULL
 *
 * Looks up the open issues with @label, most recently updated first
 * (`GET /repos/OWNER/REPO/issues?state=open&labels=LABEL&sort=updated`).
 * Finish with cg_github_fetch_finish().
 */
void
cg_github_issues_async (CgGithub            *self,
                        const char          *owner,
                        const char          *repo,
                        const char          *label,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_return_if_fail (CG_IS_GITHUB (self));
  fetch_async (self, KIND_ISSUES, owner, repo, label, cancellable, callback, user_data);
}

/**
 * cg_github_repository_async:
 *
 * Looks up the repository's facts (`GET /repos/OWNER/REPO`). Finish with
 * cg_github_fetch_finish().
 */
void
cg_github_repository_async (CgGithub            *self,
                            const char          *owner,
                            const char          *repo,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_return_if_fail (CG_IS_GITHUB (self));
  fetch_async (self, KIND_REPOSITORY, owner, repo, NULL, cancellable, callback, user_data);
}

/**
 * cg_github_fetch_finish:
 *
 * Returns: (transfer full) (nullable): GitHub's answer, fresh or
 *   confirmed, or the last one from the cache with the reason GitHub could
 *   not be asked; %NULL with @error (%CG_GITHUB_ERROR or
 *   %G_IO_ERROR_CANCELLED) saying why in words a person understands
 */
CgGithubAnswer *
cg_github_fetch_finish (CgGithub      *self,
                        GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * cg_github_pick_label:
 * @newcomer_labels: (nullable) (array zero-terminated=1): a project's
 *   newcomer labels from the catalog, first the one to use
 *
 * Returns: (transfer none): the label to ask GitHub for: the first one
 *   that is usable (not empty, no '"', at most %CG_GITHUB_MAX_LABEL
 *   characters), else %CG_GITHUB_DEFAULT_LABEL
 */
const char *
cg_github_pick_label (const char * const *newcomer_labels)
{
  const char *label = newcomer_labels ? newcomer_labels[0] : NULL;

  if (label == NULL || *label == '\0' || strchr (label, '"') != NULL ||
      !g_utf8_validate (label, -1, NULL) || g_utf8_strlen (label, -1) > CG_GITHUB_MAX_LABEL)
    return CG_GITHUB_DEFAULT_LABEL;
  return label;
}
