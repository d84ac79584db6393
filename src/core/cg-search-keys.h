/* cg-search-keys.h: the search keys of a catalog, in one buffer
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cg-catalog.h"

G_BEGIN_DECLS

/* What a search reads of one project, without touching the project */
typedef struct
{
  guint32 key;          /* offset in text: every folded word of the name,
                         * id and aliases, then focus, category and
                         * language, then summary and description, each
                         * after a space, so that " token" finds a word
                         * prefix */
  guint32 name_joined;  /* offset in text: the folded name words joined
                         * by single spaces */
  guint32 focus_start;  /* where the focus part starts, from key */
  guint32 text_start;   /* where the summary part starts, from key */
  guint32 established;  /* place in maturity, then acceptance date (the
                         * longest in the CNCF first, none last), then
                         * catalog order */
  guint16 language;     /* in CgSearchKeys.languages */
  guint8  maturity;
  guint8  has_aliases;
} CgSearchKey;

typedef struct
{
  char        *text;    /* every key and joined name, NUL-terminated */
  CgSearchKey *keys;    /* one per project, in catalog order */
  guint        n_keys;
  GPtrArray   *languages;  /* each primary language once; 0 is none (NULL) */
} CgSearchKeys;

void                _cg_search_keys_start       (CgCatalog *catalog,
                                                 GObject   *garbage);
const CgSearchKeys *_cg_search_keys_get         (CgCatalog *catalog);
void                _cg_search_keys_clear       (CgCatalog *catalog);
void                _cg_search_append_words     (GString    *out,
                                                 const char *text,
                                                 gboolean    space_first);

G_END_DECLS
