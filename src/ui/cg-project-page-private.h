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
};

G_END_DECLS
