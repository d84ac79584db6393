/* cg-project-private.h: what the catalog loader and search may touch
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cg-project.h"

G_BEGIN_DECLS

struct _CgProject
{
  GObject      parent_instance;

  char        *id;
  char        *name;
  CgMaturity   maturity;
  char        *focus;
  char        *category;
  char        *summary;
  char        *description;
  CgLinkItem  *description_source;
  char        *homepage;
  char        *repository;
  char        *contributor_guide;
  GPtrArray   *chat;
  GPtrArray   *mailing_lists;
  char        *license;
  CgLegalKind  legal_kind;
  CgLinkItem  *legal;
  char        *date_accepted;
  char        *date_incubating;
  char        *date_graduated;
  char        *date_archived;

  /* Search keys, made once by cg_search_prepare_project(): folded words,
   * each preceded by a space, so that " token" finds a word prefix. */
  char        *key_name_joined;
  char        *key_name;
  char        *key_focus;
  char        *key_text;
  char        *sort_key;
  guint        order;
};

CgProject *_cg_project_new (void);

G_END_DECLS
