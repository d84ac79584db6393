/* cg-section.h
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * CgSection:
 * @id: "graduated", "toc", "tags", …
 * @title: a heading
 * @summary: (nullable): a paragraph
 * @url: (nullable): the page that explains it
 * @links: (element-type CgLinkItem): further links, never %NULL
 *
 * A maturity level or a community section of the catalog. Immutable and
 * reference counted.
 */
typedef struct
{
  char      *id;
  char      *title;
  char      *summary;
  char      *url;
  GPtrArray *links;
} CgSection;

#define CG_TYPE_SECTION (cg_section_get_type ())

GType      cg_section_get_type (void) G_GNUC_CONST;
CgSection *cg_section_new      (void);
CgSection *cg_section_ref      (CgSection *self);
void       cg_section_unref    (CgSection *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CgSection, cg_section_unref)

G_END_DECLS
