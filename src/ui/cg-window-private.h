/* cg-window-private.h: the window's insides, for the window tests
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cg-community-page.h"
#include "cg-project-page.h"
#include "cg-search-model.h"
#include "cg-window.h"

G_BEGIN_DECLS

struct _CgWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
  CgCatalog            *catalog;
  CgSearchModel        *model;
  GtkSingleSelection   *selection;
  GtkSliceListModel    *slice;       /* a screenful until the first frame is out */
  guint                 after_first_frame_id;
  char                 *suggestion;
  gboolean              selecting;
  gboolean              focusing_row;  /* a row is being focused by code */
  gboolean              focus_in_list;
  gboolean              community_stale;  /* built when first shown */
  char                 *last_toast;  /* what tests read */
  char                 *refresh_error;  /* why the last refresh failed */
  GPtrArray            *toasts;      /* AdwToast: the one shown first, then those waiting */

  AdwToastOverlay      *toast_overlay;
  AdwLeaflet           *leaflet;
  GtkWidget            *sidebar;
  GtkWidget            *content;
  GtkLabel             *status_label;
  GtkSearchEntry       *search_entry;
  GtkToggleButton      *chip_graduated;
  GtkToggleButton      *chip_incubating;
  GtkToggleButton      *chip_sandbox;
  GtkToggleButton      *chip_archived;
  GtkDropDown          *language_dropdown;
  GtkDropDown          *sort_dropdown;
  GtkStack             *list_stack;
  GtkListView          *list_view;
  AdwStatusPage        *empty_page;
  AdwStatusPage        *choose_page;  /* its icon is set after the first frame */
  GtkWidget            *suggestion_button;
  GtkLabel             *suggestion_label;
  AdwWindowTitle       *content_title;
  GtkSpinner           *refresh_spinner;
  GtkWidget            *back_button;
  GtkStack             *content_stack;
  CgProjectPage        *project_page;
  CgCommunityPage      *community_page;

  /* The shortlist (cg-window-shortlist.c) */
  CgShortlist          *shortlist;
  GtkToggleButton      *chip_starred;
  AdwButtonContent     *chip_starred_content;
};

void _cg_window_shortlist_class_init (GtkWidgetClass *widget_class);
void _cg_window_shortlist_init       (CgWindow       *self);
void _cg_window_shortlist_dispose    (CgWindow       *self);
void _cg_window_shortlist_update_empty (CgWindow     *self);
/* cg-window-keys.c */
void     cg_window_keys_class_init    (GtkWidgetClass *widget_class);
void     cg_window_keys_init          (CgWindow       *self);
void     cg_window_scroll_to          (CgWindow       *self,
                                       guint           position);
void     cg_window_scroll_to_top      (CgWindow       *self);
void     cg_window_scroll_to_selected (CgWindow       *self);
gboolean cg_window_focus_row          (CgWindow       *self,
                                       CgProject      *project);
void     cg_window_focus_list         (CgWindow       *self);

G_END_DECLS
