/* cg-shortlist-private.h: between the shortlist object and its file
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cg-shortlist.h"

G_BEGIN_DECLS

typedef struct
{
  char   *id;
  gint64  starred;  /* seconds since 1970 (UTC); 0 when not starred */
  char   *note;     /* (nullable) */
} Item;

typedef enum
{
  CHANGE_STAR,
  CHANGE_NOTE,
  CHANGE_RENAME,  /* former id → current id, in renames */
  CHANGE_RESTORE, /* the fallback's items back, after a damaged file was set aside */
} ChangeKind;

typedef struct
{
  ChangeKind  kind;
  char       *path;
  char       *id;
  gboolean    starred;
  char       *note;
  GHashTable *renames;   /* (nullable): CHANGE_RENAME's former id → current id */
  gint64      now;
  GHashTable *fallback;  /* what the app last knew, used when the file was damaged */
  GHashTable *result;    /* the shortlist as written */
  char       *warning;
} Change;

void        _cg_shortlist_item_free     (Item        *item);
Item       *_cg_shortlist_item_new      (const char  *id);
GHashTable *_cg_shortlist_items_new     (void);
GHashTable *_cg_shortlist_items_copy    (GHashTable  *items);
gboolean    _cg_shortlist_items_equal   (GHashTable  *a,
                                         GHashTable  *b);
GPtrArray  *_cg_shortlist_items_sorted  (GHashTable  *items);
gsize       _cg_shortlist_saved_length  (const char  *note);
gboolean    _cg_shortlist_read          (const char  *path,
                                         GHashTable  *items,
                                         gboolean     starts_empty,
                                         GError     **warning);
void        _cg_shortlist_change_free   (Change      *change);
gboolean    _cg_shortlist_run_change    (Change      *change,
                                         GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Change, _cg_shortlist_change_free)

G_END_DECLS
