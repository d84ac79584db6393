/* cg-shortlist.h
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cg-catalog.h"

G_BEGIN_DECLS

#define CG_SHORTLIST_VERSION 1
/* At most this many items (starred projects and kept notes) in the file */
#define CG_SHORTLIST_MAX_ITEMS 10000
/* A note holds at most this many bytes as saved: UTF-8, with a line
 * break, tab, quote or backslash counting two and another control
 * character six (JSON escapes); within the JSON guard's string limit */
#define CG_SHORTLIST_MAX_NOTE 64000

#define CG_SHORTLIST_ERROR (cg_shortlist_error_quark ())

typedef enum
{
  CG_SHORTLIST_ERROR_DAMAGED,
  CG_SHORTLIST_ERROR_NOT_SAVED,
  CG_SHORTLIST_ERROR_INVALID,
} CgShortlistError;

GQuark cg_shortlist_error_quark (void);

#define CG_TYPE_SHORTLIST (cg_shortlist_get_type ())

G_DECLARE_FINAL_TYPE (CgShortlist, cg_shortlist, CG, SHORTLIST, GObject)

CgShortlist *cg_shortlist_new              (const char           *path);
CgShortlist *cg_shortlist_new_default      (void);
const char  *cg_shortlist_get_path         (CgShortlist          *self);
gboolean     cg_shortlist_load             (CgShortlist          *self,
                                            GError              **warning);
void         cg_shortlist_watch            (CgShortlist          *self);

gboolean     cg_shortlist_contains         (CgShortlist          *self,
                                            const char           *id);
const char  *cg_shortlist_get_note         (CgShortlist          *self,
                                            const char           *id);
gint64       cg_shortlist_get_starred_time (CgShortlist          *self,
                                            const char           *id);
GStrv        cg_shortlist_dup_starred      (CgShortlist          *self);
GHashTable  *cg_shortlist_read_starred     (const char           *path);
guint        cg_shortlist_get_n_starred    (CgShortlist          *self);

gboolean     cg_shortlist_set_starred      (CgShortlist          *self,
                                            const char           *id,
                                            gboolean              starred,
                                            GError              **error);
gboolean     cg_shortlist_set_note         (CgShortlist          *self,
                                            const char           *id,
                                            const char           *note,
                                            GError              **error);
void         cg_shortlist_set_starred_async (CgShortlist         *self,
                                             const char          *id,
                                             gboolean             starred,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
void         cg_shortlist_set_note_async   (CgShortlist          *self,
                                            const char           *id,
                                            const char           *note,
                                            GAsyncReadyCallback   callback,
                                            gpointer              user_data);
gboolean     cg_shortlist_follow_renames   (CgShortlist          *self,
                                            CgCatalog            *catalog,
                                            GError              **error);
void         cg_shortlist_follow_renames_async (CgShortlist      *self,
                                                CgCatalog        *catalog,
                                                GAsyncReadyCallback callback,
                                                gpointer          user_data);
gboolean     cg_shortlist_change_finish    (CgShortlist          *self,
                                            GAsyncResult         *result,
                                            GError              **error);
gboolean     cg_shortlist_is_saving        (CgShortlist          *self);

CgProject   *cg_shortlist_resolve          (CgCatalog            *catalog,
                                            const char           *id);
char        *cg_shortlist_to_markdown      (CgShortlist          *self,
                                            CgCatalog            *catalog);

G_END_DECLS
