/* cg-section.c
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cg-section"

#include "config.h"

#include "cg-link-item.h"
#include "cg-section.h"

G_DEFINE_BOXED_TYPE (CgSection, cg_section, cg_section_ref, cg_section_unref)

CgSection *
cg_section_new (void)
{
  CgSection *self = g_atomic_rc_box_new0 (CgSection);

  self->links = g_ptr_array_new_with_free_func ((GDestroyNotify) cg_link_item_unref);

  return self;
}

CgSection *
cg_section_ref (CgSection *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_atomic_rc_box_acquire (self);
}

static void
cg_section_clear (CgSection *self)
{
  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->url, g_free);
  g_clear_pointer (&self->links, g_ptr_array_unref);
}

void
cg_section_unref (CgSection *self)
{
  g_return_if_fail (self != NULL);

  g_atomic_rc_box_release_full (self, (GDestroyNotify) cg_section_clear);
}
