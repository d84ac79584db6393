/* cg-link-item.h
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * CgLinkItem:
 * @title: what the link is, for people ("Kubernetes Slack")
 * @url: an https URL that passed the link policy
 * @detail: (nullable): a chat channel ("#helm-dev") or a license id
 * @may_expire: the link is an invitation token that may have expired
 *   (a chat's `may_expire` member)
 *
 * One link of the catalog: a chat, a mailing list, a source, a legal
 * requirement. Immutable and reference counted.
 */
typedef struct
{
  char *title;
  char *url;
  char *detail;
  gboolean may_expire;
} CgLinkItem;

#define CG_TYPE_LINK_ITEM (cg_link_item_get_type ())

GType       cg_link_item_get_type (void) G_GNUC_CONST;
CgLinkItem *cg_link_item_new      (const char *title,
                                   const char *url,
                                   const char *detail);
CgLinkItem *cg_link_item_ref      (CgLinkItem *self);
void        cg_link_item_unref    (CgLinkItem *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CgLinkItem, cg_link_item_unref)

G_END_DECLS
