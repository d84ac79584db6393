/* cg-chat-link.h
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * CgChatLink:
 * @title: what the link is, named after the workspace the link names
 *   ("CNCF Slack", "kube-ovn Slack", "Discord"); catalog data, untranslated
 * @url: the link to keep: an invitation token of a known workspace becomes
 *   that workspace's stable invitation page
 * @may_expire: %TRUE for an invitation token that could not be replaced
 *   by a stable page (Slack's `join.slack.com/t/…/shared_invite/…` links
 *   expire)
 */
typedef struct
{
  char       *title;
  char       *url;
  gboolean    may_expire;
} CgChatLink;

gboolean cg_chat_link_classify (const char *url,
                                CgChatLink *out);
void     cg_chat_link_clear    (CgChatLink *link);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CgChatLink, cg_chat_link_clear)

G_END_DECLS
