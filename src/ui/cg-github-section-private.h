/* cg-github-section-private.h: the section's insides, for the window tests
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cg-github-section.h"

G_BEGIN_DECLS

struct _CgGithubSection
{
  GtkWidget     parent_instance;

  GtkWidget    *issues_group;
  GtkWidget    *spinner;
  GtkWidget    *status_row;     /* loading, failure, none open, or how old */
  GPtrArray    *issue_rows;     /* the rows in issues_group */
  GtkWidget    *facts_group;
  GPtrArray    *fact_rows;
  GtkWidget    *archived_row;   /* archived on GitHub, though active in the catalog */

  CgProject    *project;
  GCancellable *cancellable;
  guint         generation;     /* which project's look-ups an answer belongs to */
  guint         pending;        /* look-ups not answered yet */
};

G_END_DECLS
