/* cg-project-page-private.h: the page's insides, for the window tests
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cg-github-section.h"
#include "cg-project-page.h"

G_BEGIN_DECLS

struct _CgProjectPage
{
  GtkWidget          parent_instance;

  CgProject         *project;

  GtkScrolledWindow *scroller;
  GtkBox            *content;
  GtkWidget         *archived_box;
  GtkLabel          *name_label;
  GtkLabel          *badge;
  GtkLabel          *focus_label;
  GtkLabel          *summary_label;
  GtkBox            *groups;
  GtkWidget         *github_section;

  /* The shortlist (cg-project-page-shortlist.c) */
  CgShortlist       *shortlist;
  GtkToggleButton   *star_button;
  GtkWidget         *missing_box;
  GtkWidget         *notes_group;
  GtkTextView       *notes_view;
  GtkTextBuffer     *notes_buffer;
  char              *notes_id;      /* the project the note belongs to */
  guint              save_id;
  gboolean           note_dirty;
  gboolean           loading_note;
  gboolean           updating_star;
};

void _cg_project_page_shortlist_init    (CgProjectPage *self);
void _cg_project_page_shortlist_show    (CgProjectPage *self,
                                         CgProject     *project);
void _cg_project_page_shortlist_dispose (CgProjectPage *self);
void _cg_project_page_save_note         (CgProjectPage *self);

G_END_DECLS
