/* cg-github-url.c: a GitHub repository's owner and name, and the standard
 * GitHub addresses made from them
 *
 * Only an address that names one repository on github.com, and nothing
 * else, gives an owner and a name: the addresses made from them are then
 * GitHub's own (its issue search, its "contribute" page), never guesses.
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cg-github-url"

#include "config.h"

#include <string.h>

#include "cg-github-url.h"
#include "cg-link.h"

/* First path segments of github.com that are GitHub's pages, not owners */
static const char * const reserved_owners[] = {
  "about", "apps", "collections", "contact", "customer-stories", "enterprise", "events",
  "explore", "features", "issues", "login", "marketplace", "new", "notifications",
  "organizations", "orgs", "pricing", "pulls", "search", "security", "settings", "site",
  "sponsors", "topics", "trending", "users",
};

/* GitHub account names: ASCII letters, digits and inner hyphens */
static gboolean
is_owner (const char *s,
          gsize       len)
{
  if (len == 0 || len > CG_GITHUB_MAX_OWNER || s[0] == '-' || s[len - 1] == '-')
    return FALSE;

  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isalnum (s[i]) && s[i] != '-')
      return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (reserved_owners); i++)
    if (strlen (reserved_owners[i]) == len && g_ascii_strncasecmp (s, reserved_owners[i], len) == 0)
      return FALSE;

  return TRUE;
}

/* GitHub repository names: ASCII letters, digits, '.', '_' and '-' */
static gboolean
is_repo (const char *s,
         gsize       len)
{
  if (len == 0 || len > CG_GITHUB_MAX_REPO)
    return FALSE;
  if ((len == 1 && s[0] == '.') || (len == 2 && s[0] == '.' && s[1] == '.'))
    return FALSE;

  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isalnum (s[i]) && s[i] != '.' && s[i] != '_' && s[i] != '-')
      return FALSE;

  return TRUE;
}

/**
 * cg_github_url_parse:
 * @url: a repository address from the catalog, such as
 *   `https://github.com/dexidp/dex`
 * @owner: (out) (optional) (transfer full): the account, "dexidp"
 * @repo: (out) (optional) (transfer full): the repository, "dex"
 *
 * Reads the owner and name of a GitHub repository from its address. Only
 * `https://github.com/OWNER/REPO` passes, with at most a trailing `/` or
 * `.git`: no other host, port, user information, query, fragment, deeper
 * path, percent-escape, or name GitHub would not allow; an organization's
 * address (`https://github.com/cncf`) is not a repository.
 *
 * Returns: %TRUE when @url names one GitHub repository; on %FALSE the
 *   outs are left alone
 */
gboolean
cg_github_url_parse (const char  *url,
                     char       **owner,
                     char       **repo)
{
  g_autoptr(GUri) parsed = NULL;
  const char *path;
  const char *slash;
  const char *rest;
  gsize owner_len;
  gsize repo_len;

  /* GUri would decode an escape: a name is never escaped */
  if (url == NULL || strchr (url, '%') != NULL || !cg_link_is_safe (url))
    return FALSE;

  parsed = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
  if (parsed == NULL ||
      g_ascii_strcasecmp (g_uri_get_host (parsed), "github.com") != 0 ||
      g_uri_get_port (parsed) != -1 ||
      g_uri_get_userinfo (parsed) != NULL ||
      g_uri_get_query (parsed) != NULL ||
      g_uri_get_fragment (parsed) != NULL)
    return FALSE;

  path = g_uri_get_path (parsed);
  if (path[0] != '/')
    return FALSE;
  path++;

  slash = strchr (path, '/');
  if (slash == NULL)
    return FALSE;
  owner_len = slash - path;
  rest = slash + 1;

  /* "REPO", "REPO/", "REPO.git": nothing deeper */
  repo_len = strlen (rest);
  if (repo_len > 0 && rest[repo_len - 1] == '/')
    repo_len--;
  if (memchr (rest, '/', repo_len) != NULL)
    return FALSE;
  if (repo_len >= 4 && strncmp (rest + repo_len - 4, ".git", 4) == 0)
    repo_len -= 4;

  if (!is_owner (path, owner_len) || !is_repo (rest, repo_len))
    return FALSE;

  if (owner != NULL)
    *owner = g_strndup (path, owner_len);
  if (repo != NULL)
    *repo = g_strndup (rest, repo_len);
  return TRUE;
}

/* The form encoding of a query value: unreserved bytes stay, a space is
 * '+', every other byte is %XX */
static void
append_query_value (GString    *out,
                    const char *value)
{
  for (const guchar *p = (const guchar *) value; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p) || *p == '-' || *p == '.' || *p == '_' || *p == '~')
        g_string_append_c (out, *p);
      else if (*p == ' ')
        g_string_append_c (out, '+');
      else
        g_string_append_printf (out, "%%%02X", *p);
    }
}

/**
 * cg_github_url_issues_with_label:
 * @owner: a GitHub account, as cg_github_url_parse() gave it
 * @repo: its repository
 * @label: an issue label, such as "good first issue" (UTF-8, no `"`)
 *
 * Returns: (transfer full): the repository's open issues that carry
 *   @label, as GitHub's issue search gives them:
 *   `https://github.com/OWNER/REPO/issues?q=is%3Aissue+is%3Aopen+label%3A%22good+first+issue%22`
 */
char *
cg_github_url_issues_with_label (const char *owner,
                                 const char *repo,
                                 const char *label)
{
  GString *url;
  g_autofree char *query = NULL;

  g_return_val_if_fail (owner != NULL && repo != NULL && label != NULL, NULL);

  query = g_strdup_printf ("is:issue is:open label:\"%s\"", label);
  url = g_string_new ("https://github.com/");
  g_string_append_printf (url, "%s/%s/issues?q=", owner, repo);
  append_query_value (url, query);
  return g_string_free (url, FALSE);
}

/**
 * cg_github_url_contribute:
 * @owner: a GitHub account, as cg_github_url_parse() gave it
 * @repo: its repository
 *
 * Returns: (transfer full): GitHub's page of the repository's issues for
 *   newcomers, `https://github.com/OWNER/REPO/contribute`
 */
char *
cg_github_url_contribute (const char *owner,
                          const char *repo)
{
  g_return_val_if_fail (owner != NULL && repo != NULL, NULL);

  return g_strdup_printf ("https://github.com/%s/%s/contribute", owner, repo);
}

/**
 * cg_github_url_first_issue:
 * @repository: (nullable): a project's repository address
 * @newcomer_labels: (nullable) (array zero-terminated=1): the labels its
 *   contributor guide names for newcomers, first the one to use
 * @label_used: (out) (optional) (transfer none): the label the address
 *   filters by, or %NULL for GitHub's contribute page
 *
 * Where a newcomer finds a first issue: the open issues with the first
 * newcomer label, or, without a usable label, GitHub's contribute page
 * (which lists "good first issue" issues).
 *
 * Returns: (transfer full) (nullable): the address, or %NULL when
 *   @repository is not a GitHub repository
 */
char *
cg_github_url_first_issue (const char        *repository,
                           const char *const *newcomer_labels,
                           const char       **label_used)
{
  g_autofree char *owner = NULL;
  g_autofree char *repo = NULL;
  const char *label = newcomer_labels ? newcomer_labels[0] : NULL;

  if (label_used != NULL)
    *label_used = NULL;
  if (!cg_github_url_parse (repository, &owner, &repo))
    return NULL;

  /* A quote would end GitHub's quoted label early */
  if (label == NULL || *label == '\0' || strchr (label, '"') != NULL)
    return cg_github_url_contribute (owner, repo);

  if (label_used != NULL)
    *label_used = label;
  return cg_github_url_issues_with_label (owner, repo, label);
}
