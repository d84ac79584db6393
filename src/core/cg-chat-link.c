/* cg-chat-link.c: what a chat link is, from the workspace it names
 *
 * One rule for the refresh (cg-landscape.c) and for tools/catalog-import,
 * which carries the same table and rules in Python; tests/test-chat-link.py
 * checks that both give the same answer for every chat link of the
 * landscape and for the cases below.
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cg-chat-link"

#include "config.h"

#include <string.h>

#include "cg-chat-link.h"
#include "cg-link.h"

/* Slack workspaces with a stable invitation page; keep in step with
 * SLACK_WORKSPACES in tools/catalog-import */
static const struct
{
  const char *workspace;
  const char *title;
  const char *invite;
} workspaces[] = {
  { "cloud-native", "CNCF Slack", "https://slack.cncf.io/" },
  { "kubernetes", "Kubernetes Slack", "https://slack.k8s.io/" },
};

/* Hosts that stand for one of those workspaces */
static const struct
{
  const char *host;
  const char *workspace;
} workspace_hosts[] = {
  { "slack.cncf.io", "cloud-native" },
  { "slack.k8s.io", "kubernetes" },
};

static int
find_workspace (const char *workspace)
{
  for (guint i = 0; i < G_N_ELEMENTS (workspaces); i++)
    if (g_ascii_strcasecmp (workspaces[i].workspace, workspace) == 0)
      return (int) i;
  return -1;
}

/* The first segment of @path after @prefix ("/t/" → "cloud-native"),
 * when it is a plausible workspace name */
static char *
path_workspace (const char *path,
                const char *prefix)
{
  const char *start, *end;

  if (path == NULL || !g_str_has_prefix (path, prefix))
    return NULL;
  start = path + strlen (prefix);
  end = strchr (start, '/');
  if (end == NULL)
    end = start + strlen (start);
  if (end == start || end - start > 80)
    return NULL;
  for (const char *p = start; p < end; p++)
    if (!g_ascii_isalnum (*p) && *p != '-' && *p != '_' && *p != '.')
      return NULL;
  return g_ascii_strdown (start, end - start);
}

static void
set_workspace (CgChatLink *out,
               const char *workspace,
               const char *url,
               gboolean    token)
{
  int known = find_workspace (workspace);

  if (known >= 0)
    {
      out->title = g_strdup (workspaces[known].title);
      out->url = g_strdup (token ? workspaces[known].invite : url);
      out->may_expire = FALSE;
      return;
    }
  out->title = g_strconcat (workspace, " Slack", NULL);
  out->url = g_strdup (url);
  out->may_expire = token;
}

/**
 * cg_chat_link_classify:
 * @url: a chat link that passed the link policy
 * @out: (out caller-allocates): its title, the link to keep, and whether
 *   it may expire; free it with cg_chat_link_clear()
 *
 * Names a chat link after what it really is. Slack links are named after
 * the workspace in the link: `slack.cncf.io`, `cloud-native.slack.com` and
 * `join.slack.com/t/cloud-native/…` are the CNCF workspace, while
 * `communityinviter.com/apps/kube-ovn/…` is the kube-ovn workspace's own
 * inviter. An invitation token (`join.slack.com/t/WS/shared_invite/…`) of
 * a known workspace becomes its stable invitation page; other tokens are
 * kept and marked as possibly expired.
 *
 * Returns: %FALSE when @url is not a safe link (@out is then untouched)
 */
gboolean
cg_chat_link_classify (const char *url,
                       CgChatLink *out)
{
  g_autoptr(GUri) uri = NULL;
  g_autofree char *host = NULL;
  g_autofree char *workspace = NULL;
  g_autofree char *lower = NULL;
  const char *path;

  if (!cg_link_is_safe (url))
    return FALSE;
  uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL)
    return FALSE;
  host = g_ascii_strdown (g_uri_get_host (uri), -1);
  path = g_uri_get_path (uri);

  memset (out, 0, sizeof *out);

  for (guint i = 0; i < G_N_ELEMENTS (workspace_hosts); i++)
    if (g_str_equal (host, workspace_hosts[i].host))
      {
        set_workspace (out, workspace_hosts[i].workspace, url, FALSE);
        return TRUE;
      }

  if (g_str_equal (host, "join.slack.com") && (workspace = path_workspace (path, "/t/")) != NULL)
    {
      set_workspace (out, workspace, url, strstr (path, "/shared_invite/") != NULL);
      return TRUE;
    }

  /* An invitation token whose workspace cannot be read expires all the same */
  if (g_str_equal (host, "join.slack.com") &&
      (strstr (path, "/shared_invite/") != NULL || g_str_has_prefix (path, "/share/")))
    {
      out->title = g_strdup ("Slack");
      out->url = g_strdup (url);
      out->may_expire = TRUE;
      return TRUE;
    }

  if (g_str_equal (host, "communityinviter.com") &&
      (workspace = path_workspace (path, "/apps/")) != NULL)
    {
      /* An inviter page, not a token: it does not expire */
      set_workspace (out, workspace, url, FALSE);
      return TRUE;
    }

  /* WS.slack.com, but not Slack's own join., app. and www. hosts */
  if (g_str_has_suffix (host, ".slack.com") && !g_str_equal (host, "join.slack.com") &&
      !g_str_equal (host, "app.slack.com") && !g_str_equal (host, "www.slack.com"))
    {
      g_autofree char *name = g_strndup (host, strlen (host) - strlen (".slack.com"));
      set_workspace (out, name, url, FALSE);
      return TRUE;
    }

  out->url = g_strdup (url);
  lower = g_ascii_strdown (url, -1);
  if (strstr (lower, "slack") != NULL)
    out->title = g_strdup ("Slack");
  else if (strstr (host, "discord") != NULL)
    out->title = g_strdup ("Discord");
  else if (strstr (host, "gitter") != NULL)
    out->title = g_strdup ("Gitter");
  else if (strstr (host, "matrix") != NULL)
    out->title = g_strdup ("Matrix");
  else
    out->title = g_strdup ("Chat");
  return TRUE;
}

/**
 * cg_chat_link_clear:
 * @link: what cg_chat_link_classify() filled in
 *
 * Frees the strings of @link.
 */
void
cg_chat_link_clear (CgChatLink *link)
{
  g_clear_pointer (&link->title, g_free);
  g_clear_pointer (&link->url, g_free);
}
