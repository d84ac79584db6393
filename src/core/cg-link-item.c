/* cg-link-item.c
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cg-link-item"

#include "config.h"

#include "cg-link-item.h"

G_DEFINE_BOXED_TYPE (CgLinkItem, cg_link_item, cg_link_item_ref, cg_link_item_unref)

CgLinkItem *
cg_link_item_new (const char *title,
                  const char *url,
                  const char *detail)
{
  CgLinkItem *self = g_atomic_rc_box_new0 (CgLinkItem);

  self->title = g_strdup (title);
  self->url = g_strdup (url);
  self->detail = g_strdup (detail);

  return self;
}

CgLinkItem *
cg_link_item_ref (CgLinkItem *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_atomic_rc_box_acquire (self);
}

static void
cg_link_item_clear (CgLinkItem *self)
{
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->url, g_free);
  g_clear_pointer (&self->detail, g_free);
}

void
cg_link_item_unref (CgLinkItem *self)
{
  g_return_if_fail (self != NULL);

  g_atomic_rc_box_release_full (self, (GDestroyNotify) cg_link_item_clear);
}
