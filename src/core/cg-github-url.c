/* cg-github-url.c: which GitHub repository a catalog address names, strictly
 *
 * Only https://github.com/OWNER/REPO, with at most a trailing slash or
 * ".git": no other host, port, user, query or fragment, no deeper path,
 * and names in GitHub's own alphabet, so that an owner and a repository
 * taken from here are safe in an API path and in a file name.
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cg-github"

#include "config.h"

#include <string.h>

#include "cg-github-url.h"
#include "cg-link.h"

/**
 * cg_github_owner_is_valid:
 *
 * Returns: whether @owner can be a GitHub user or organization name: 1 to
 *   39 ASCII letters, digits and single hyphens, not at either end
 */
gboolean
cg_github_owner_is_valid (const char *owner)
{
  gsize length;

  if (owner == NULL)
    return FALSE;
  length = strlen (owner);
  if (length == 0 || length > CG_GITHUB_MAX_OWNER || owner[0] == '-' || owner[length - 1] == '-')
    return FALSE;
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isalnum (owner[i]) && owner[i] != '-')
      return FALSE;
  return TRUE;
}

/**
 * cg_github_repo_is_valid:
 *
 * Returns: whether @repo can be a GitHub repository name: 1 to 100 ASCII
 *   letters, digits, '.', '-' and '_', neither "." nor ".."
 */
gboolean
cg_github_repo_is_valid (const char *repo)
{
  gsize length;

  if (repo == NULL)
    return FALSE;
  length = strlen (repo);
  if (length == 0 || length > CG_GITHUB_MAX_REPO ||
      g_str_equal (repo, ".") || g_str_equal (repo, ".."))
    return FALSE;
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isalnum (repo[i]) && repo[i] != '.' && repo[i] != '-' && repo[i] != '_')
      return FALSE;
  return TRUE;
}

/**
 * cg_github_url_parse:
 * @url: (nullable): a repository address from the catalog
 * @owner: (out) (optional): the owner
 * @repo: (out) (optional): the repository, without ".git"
 *
 * Returns: whether @url names one GitHub repository
 */
gboolean
cg_github_url_parse (const char  *url,
                     char       **owner,
                     char       **repo)
{
  g_autoptr(GUri) uri = NULL;
  g_auto(GStrv) parts = NULL;
  g_autofree char *name = NULL;
  const char *path;
  guint n;

  if (url == NULL || !cg_link_check (url, NULL))
    return FALSE;
  uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL || g_strcmp0 (g_uri_get_scheme (uri), "https") != 0 ||
      g_uri_get_host (uri) == NULL ||
      (g_ascii_strcasecmp (g_uri_get_host (uri), "github.com") != 0 &&
       g_ascii_strcasecmp (g_uri_get_host (uri), "www.github.com") != 0) ||
      g_uri_get_port (uri) != -1 || g_uri_get_userinfo (uri) != NULL ||
      g_uri_get_query (uri) != NULL || g_uri_get_fragment (uri) != NULL)
    return FALSE;

  path = g_uri_get_path (uri);
  if (path[0] != '/')
    return FALSE;
  parts = g_strsplit (path + 1, "/", 0);
  n = g_strv_length (parts);
  if (n == 3 && parts[2][0] == '\0')
    n = 2;  /* a trailing slash */
  if (n != 2)
    return FALSE;

  name = g_str_has_suffix (parts[1], ".git") ? g_strndup (parts[1], strlen (parts[1]) - 4)
                                             : g_strdup (parts[1]);
  if (!cg_github_owner_is_valid (parts[0]) || !cg_github_repo_is_valid (name))
    return FALSE;

  if (owner != NULL)
    *owner = g_strdup (parts[0]);
  if (repo != NULL)
    *repo = g_steal_pointer (&name);
  return TRUE;
}
