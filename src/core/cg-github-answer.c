/* cg-github-answer.c: GitHub's answers read strictly, and written back in
 * the same shape for the cache
 *
 * Every body passes the strict JSON guard before json-glib sees it, and
 * every node's type is checked before its getter is called. All text is
 * untrusted: control, bidi and zero-width characters go, lengths are
 * capped. An issue whose address is not exactly
 * https://github.com/OWNER/REPO/issues/NUMBER, passing the link policy,
 * is dropped; so is anything carrying `pull_request`.
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cg-github"

#include "config.h"

#include <string.h>
#include <json-glib/json-glib.h>
#include <glib/gi18n.h>

#include "cg-github.h"
#include "cg-github-private.h"
#include "cg-json-guard.h"
#include "cg-link.h"

/**
 * cg_github_clean_text:
 * @text: (nullable): untrusted text
 * @max_chars: the most characters kept; a longer text is cut and ends
 *   with "…"
 *
 * Returns: (transfer full) (nullable): @text on one line: invalid UTF-8
 *   replaced, controls, bidi controls, zero-width and other format
 *   characters removed, runs of whitespace made one space, trimmed;
 *   %NULL when nothing is left
 */
char *
cg_github_clean_text (const char *text,
                      guint       max_chars)
{
  g_autofree char *valid = NULL;
  g_autoptr(GString) out = NULL;
  guint n_chars = 0;
  gboolean space = FALSE;

  if (text == NULL)
    return NULL;

  valid = g_utf8_make_valid (text, -1);
  out = g_string_sized_new (MIN (strlen (valid), (gsize) max_chars * 4));
  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          space = out->len > 0;
          continue;
        }
      if (g_unichar_iscntrl (c) || cg_unichar_is_bidi_control (c) ||
          g_unichar_type (c) == G_UNICODE_FORMAT ||
          g_unichar_type (c) == G_UNICODE_UNASSIGNED ||
          g_unichar_type (c) == G_UNICODE_PRIVATE_USE ||
          g_unichar_type (c) == G_UNICODE_SURROGATE ||
          c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0)  /* Hangul fillers */
        continue;

      if (n_chars + (space ? 1 : 0) >= max_chars)
        {
          g_string_append (out, "…");
          break;
        }
      if (space)
        {
          g_string_append_c (out, ' ');
          n_chars++;
          space = FALSE;
        }
      g_string_append_unichar (out, c);
      n_chars++;
    }

  if (out->len == 0)
    return NULL;
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* ---- reading ----------------------------------------------------------- */

/**
 * _cg_github_parse_json:
 * @parser: keeps the returned node
 *
 * Returns: (transfer none) (nullable): @json's root, after the strict
 *   guard, or %NULL with %CG_GITHUB_ERROR_BAD_ANSWER
 */
JsonNode *
_cg_github_parse_json (GBytes      *json,
                       JsonParser  *parser,
                       GError     **error)
{
  gsize length;
  const char *data = g_bytes_get_data (json, &length);
  g_autoptr(GError) local_error = NULL;

  if (!cg_json_guard_check (data, length, &local_error) ||
      !json_parser_load_from_data (parser, data, (gssize) length, &local_error))
    {
      g_set_error (error, CG_GITHUB_ERROR, CG_GITHUB_ERROR_BAD_ANSWER,
                   _("GitHub’s answer could not be read: %s"), local_error->message);
      return NULL;
    }
  return json_parser_get_root (parser);
}

/* Looks up @key in @object; absent and null are the same. */
static JsonNode *
member (JsonObject *object,
        const char *key)
{
  JsonNode *node = json_object_get_member (object, key);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;
  return node;
}

static const char *
get_string (JsonObject *object,
            const char *key)
{
  JsonNode *node = member (object, key);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static gboolean
get_count (JsonObject *object,
           const char *key,
           guint64    *value)
{
  JsonNode *node = member (object, key);
  gint64 n;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_INT64)
    return FALSE;
  n = json_node_get_int (node);
  if (n < 0)
    return FALSE;
  *value = (guint64) n;
  return TRUE;
}

static gboolean
get_boolean (JsonObject *object,
             const char *key)
{
  JsonNode *node = member (object, key);

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
         json_node_get_value_type (node) == G_TYPE_BOOLEAN && json_node_get_boolean (node);
}

static JsonObject *
get_object (JsonObject *object,
            const char *key)
{
  JsonNode *node = member (object, key);

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static JsonArray *
get_array (JsonObject *object,
           const char *key)
{
  JsonNode *node = member (object, key);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static GDateTime *
get_time (JsonObject *object,
          const char *key)
{
  const char *text = get_string (object, key);

  if (text == NULL || strlen (text) > 64)
    return NULL;
  return g_date_time_new_from_iso8601 (text, NULL);
}

/* The address GitHub gives must be the one it should be: the issue's
 * number in OWNER/REPO, or, for a renamed repository (@owner %NULL), in
 * any repository whose names are GitHub's. */
static char *
issue_url (JsonObject *object,
           const char *owner,
           const char *repo,
           guint64     number)
{
  const char *given = get_string (object, "html_url");
  g_autofree char *base = NULL;
  g_autofree char *given_owner = NULL;
  g_autofree char *given_repo = NULL;
  g_autofree char *expected = NULL;
  const char *issues;

  if (given == NULL || !g_str_has_prefix (given, "https://github.com/"))
    return NULL;
  if (owner == NULL)
    {
      /* https://github.com/O/R/issues/N: the names end where "/issues/" starts */
      issues = strstr (given, "/issues/");
      if (issues == NULL)
        return NULL;
      base = g_strndup (given, (gsize) (issues - given));
      if (!cg_github_url_parse (base, &given_owner, &given_repo))
        return NULL;
      owner = given_owner;
      repo = given_repo;
    }
  expected = g_strdup_printf ("https://github.com/%s/%s/issues/%" G_GUINT64_FORMAT,
                              owner, repo, number);
  if (g_ascii_strcasecmp (given, expected) != 0 || !cg_link_check (given, NULL))
    return NULL;
  return g_strdup (given);
}

void
cg_github_issue_free (CgGithubIssue *issue)
{
  if (issue == NULL)
    return;
  g_free (issue->title);
  g_free (issue->url);
  g_clear_pointer (&issue->updated, g_date_time_unref);
  g_free (issue->author);
  g_strfreev (issue->labels);
  g_free (issue);
}

static CgGithubIssue *
read_issue (JsonNode   *node,
            const char *owner,
            const char *repo)
{
  g_autoptr(GStrvBuilder) labels = g_strv_builder_new ();
  CgGithubIssue *issue;
  JsonObject *object;
  JsonObject *user;
  JsonArray *array;
  guint64 number = 0;
  guint64 comments = 0;
  guint n_labels = 0;
  char *url;
  char *title;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return NULL;
  object = json_node_get_object (node);
  if (json_object_has_member (object, "pull_request"))
    return NULL;
  if (!get_count (object, "number", &number) || number == 0)
    return NULL;
  url = issue_url (object, owner, repo, number);
  if (url == NULL)
    return NULL;
  title = cg_github_clean_text (get_string (object, "title"), CG_GITHUB_MAX_TITLE);
  if (title == NULL)
    {
      g_autofree char *digits = g_strdup_printf ("%" G_GUINT64_FORMAT, number);

      /* TRANSLATORS: the title of an issue whose own title is empty: "Issue 1347" */
      title = g_strdup_printf (_("Issue %s"), digits);
    }

  issue = g_new0 (CgGithubIssue, 1);
  issue->number = number;
  issue->url = url;
  issue->title = title;
  issue->updated = get_time (object, "updated_at");
  get_count (object, "comments", &comments);
  issue->comments = (guint) MIN (comments, G_MAXUINT);
  array = get_array (object, "assignees");
  issue->assigned = get_object (object, "assignee") != NULL ||
                    (array != NULL && json_array_get_length (array) > 0);
  user = get_object (object, "user");
  if (user != NULL)
    issue->author = cg_github_clean_text (get_string (user, "login"), CG_GITHUB_MAX_LOGIN);

  array = get_array (object, "labels");
  for (guint i = 0; array != NULL && i < json_array_get_length (array) &&
                    n_labels < CG_GITHUB_MAX_LABELS; i++)
    {
      JsonNode *label = json_array_get_element (array, i);
      char *name = NULL;

      /* GitHub gives label objects; a plain string is a label too */
      if (JSON_NODE_HOLDS_OBJECT (label))
        name = cg_github_clean_text (get_string (json_node_get_object (label), "name"),
                                     CG_GITHUB_MAX_LABEL);
      else if (JSON_NODE_HOLDS_VALUE (label) && json_node_get_value_type (label) == G_TYPE_STRING)
        name = cg_github_clean_text (json_node_get_string (label), CG_GITHUB_MAX_LABEL);
      if (name != NULL)
        {
          g_strv_builder_add (labels, name);
          g_free (name);
          n_labels++;
        }
    }
  issue->labels = g_strv_builder_end (labels);
  return issue;
}

/**
 * cg_github_parse_issues:
 * @json: the body of `GET /repos/OWNER/REPO/issues`, or the same shape
 *   from the cache
 * @owner: (nullable): the repository's owner, checked; %NULL when the
 *   repository was renamed (GitHub redirected), and its issues may name
 *   any repository
 * @repo: (nullable): the repository, checked
 *
 * Returns: (transfer container) (element-type CgGithubIssue): the issues,
 *   in GitHub's order, without pull requests and without any item that
 *   is not a well-formed issue of OWNER/REPO; or %NULL with
 *   %CG_GITHUB_ERROR_BAD_ANSWER when @json is not a JSON array
 */
GPtrArray *
cg_github_parse_issues (GBytes      *json,
                        const char  *owner,
                        const char  *repo,
                        GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  JsonNode *root = _cg_github_parse_json (json, parser, error);

  return root ? _cg_github_read_issues (root, owner, repo, error) : NULL;
}

/**
 * _cg_github_read_issues:
 *
 * cg_github_parse_issues() on a parsed node (the cache's).
 */
GPtrArray *
_cg_github_read_issues (JsonNode    *root,
                        const char  *owner,
                        const char  *repo,
                        GError     **error)
{
  GPtrArray *issues;
  JsonArray *array;

  if (!JSON_NODE_HOLDS_ARRAY (root))
    {
      g_set_error_literal (error, CG_GITHUB_ERROR, CG_GITHUB_ERROR_BAD_ANSWER,
                           _("GitHub’s answer was not a list of issues"));
      return NULL;
    }

  array = json_node_get_array (root);
  issues = g_ptr_array_new_with_free_func ((GDestroyNotify) cg_github_issue_free);
  for (guint i = 0; i < json_array_get_length (array) && issues->len < CG_GITHUB_PER_PAGE; i++)
    {
      CgGithubIssue *issue = read_issue (json_array_get_element (array, i), owner, repo);

      if (issue != NULL)
        g_ptr_array_add (issues, issue);
    }
  return issues;
}

void
cg_github_repository_free (CgGithubRepository *repository)
{
  if (repository == NULL)
    return;
  g_free (repository->full_name);
  g_clear_pointer (&repository->pushed, g_date_time_unref);
  g_free (repository->license);
  g_free (repository->language);
  g_free (repository->default_branch);
  g_free (repository);
}

/**
 * cg_github_parse_repository:
 * @json: the body of `GET /repos/OWNER/REPO`, or the same shape from the
 *   cache
 *
 * Returns: (transfer full) (nullable): the facts, or %NULL with
 *   %CG_GITHUB_ERROR_BAD_ANSWER when @json is not a repository
 */
CgGithubRepository *
cg_github_parse_repository (GBytes  *json,
                            GError **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  JsonNode *root = _cg_github_parse_json (json, parser, error);

  return root ? _cg_github_read_repository (root, error) : NULL;
}

/**
 * _cg_github_read_repository:
 *
 * cg_github_parse_repository() on a parsed node (the cache's).
 */
CgGithubRepository *
_cg_github_read_repository (JsonNode  *root,
                            GError   **error)
{
  CgGithubRepository *repository;
  JsonObject *object;
  JsonObject *license;
  const char *full_name;
  const char *spdx;

  object = JSON_NODE_HOLDS_OBJECT (root) ? json_node_get_object (root) : NULL;
  full_name = object ? get_string (object, "full_name") : NULL;
  if (full_name == NULL || strlen (full_name) > CG_GITHUB_MAX_OWNER + 1 + CG_GITHUB_MAX_REPO)
    {
      g_set_error_literal (error, CG_GITHUB_ERROR, CG_GITHUB_ERROR_BAD_ANSWER,
                           _("GitHub’s answer was not a repository"));
      return NULL;
    }

  repository = g_new0 (CgGithubRepository, 1);
  repository->full_name = cg_github_clean_text (full_name, CG_GITHUB_MAX_OWNER + 1 + CG_GITHUB_MAX_REPO);
  get_count (object, "stargazers_count", &repository->stars);
  get_count (object, "forks_count", &repository->forks);
  get_count (object, "open_issues_count", &repository->open_issues);
  repository->pushed = get_time (object, "pushed_at");
  repository->archived = get_boolean (object, "archived");
  license = get_object (object, "license");
  spdx = license ? get_string (license, "spdx_id") : NULL;
  /* GitHub says NOASSERTION for a license it could not identify */
  if (spdx != NULL && g_strcmp0 (spdx, "NOASSERTION") != 0)
    repository->license = cg_github_clean_text (spdx, CG_GITHUB_MAX_SHORT);
  repository->language = cg_github_clean_text (get_string (object, "language"),
                                               CG_GITHUB_MAX_SHORT);
  repository->default_branch = cg_github_clean_text (get_string (object, "default_branch"),
                                                     CG_GITHUB_MAX_SHORT);
  return repository;
}

/* ---- writing, for the cache ------------------------------------------------ */

static void
add_string (JsonBuilder *b,
            const char  *key,
            const char  *value)
{
  json_builder_set_member_name (b, key);
  if (value != NULL)
    json_builder_add_string_value (b, value);
  else
    json_builder_add_null_value (b);
}

static void
add_time (JsonBuilder *b,
          const char  *key,
          GDateTime   *value)
{
  g_autofree char *text = value ? g_date_time_format (value, "%Y-%m-%dT%H:%M:%SZ") : NULL;

  add_string (b, key, text);
}

/**
 * _cg_github_issues_to_json:
 *
 * Returns: (transfer full): @issues as a node in the shape of GitHub's answer, for
 *   the cache (read back with cg_github_parse_issues())
 */
JsonNode *
_cg_github_issues_to_json (GPtrArray *issues)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_array (b);
  for (guint i = 0; i < issues->len; i++)
    {
      CgGithubIssue *issue = issues->pdata[i];

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "number");
      json_builder_add_int_value (b, (gint64) issue->number);
      add_string (b, "title", issue->title);
      add_string (b, "html_url", issue->url);
      add_time (b, "updated_at", issue->updated);
      json_builder_set_member_name (b, "comments");
      json_builder_add_int_value (b, issue->comments);
      json_builder_set_member_name (b, "assignees");
      json_builder_begin_array (b);
      if (issue->assigned)
        {
          json_builder_begin_object (b);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      json_builder_set_member_name (b, "user");
      json_builder_begin_object (b);
      add_string (b, "login", issue->author);
      json_builder_end_object (b);
      json_builder_set_member_name (b, "labels");
      json_builder_begin_array (b);
      for (guint j = 0; issue->labels[j] != NULL; j++)
        {
          json_builder_begin_object (b);
          add_string (b, "name", issue->labels[j]);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  return json_builder_get_root (b);
}

/**
 * _cg_github_repository_to_json:
 *
 * Returns: (transfer full): @repository as a node in the shape of GitHub's answer,
 *   for the cache (read back with cg_github_parse_repository())
 */
JsonNode *
_cg_github_repository_to_json (CgGithubRepository *repository)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  add_string (b, "full_name", repository->full_name);
  json_builder_set_member_name (b, "stargazers_count");
  json_builder_add_int_value (b, (gint64) MIN (repository->stars, G_MAXINT64));
  json_builder_set_member_name (b, "forks_count");
  json_builder_add_int_value (b, (gint64) MIN (repository->forks, G_MAXINT64));
  json_builder_set_member_name (b, "open_issues_count");
  json_builder_add_int_value (b, (gint64) MIN (repository->open_issues, G_MAXINT64));
  add_time (b, "pushed_at", repository->pushed);
  json_builder_set_member_name (b, "archived");
  json_builder_add_boolean_value (b, repository->archived);
  json_builder_set_member_name (b, "license");
  json_builder_begin_object (b);
  add_string (b, "spdx_id", repository->license);
  json_builder_end_object (b);
  add_string (b, "language", repository->language);
  add_string (b, "default_branch", repository->default_branch);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}
