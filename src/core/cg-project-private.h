/* cg-project-private.h: what the catalog loader and search may touch
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cg-project.h"

G_BEGIN_DECLS

#define CG_PROJECT_N_HEALTH 4

/* The order of CgProject.health: the catalog's keys */
extern const char * const _cg_project_health_keys[CG_PROJECT_N_HEALTH];

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
  GStrv        curated;   /* fields people curated, which a refresh keeps */
  gboolean     missing;   /* a starred id the catalog no longer has */
  GStrv        former_ids; /* ids it had before a rename upstream */

  /* Repository facts (catalog-import's third input), see cg-catalog-loader-facts.c */
  char            *language;
  CgLanguageShare *languages;
  guint            n_languages;
  CgFact           dco;       /* as the catalog says it; the getters fall back on legal_kind */
  CgFact           cla;
  char            *cla_url;
  GStrv            newcomer_labels;  /* never NULL */
  char            *health[CG_PROJECT_N_HEALTH];
  gboolean         has_activity;
  guint            commits;
  guint            authors;
  char            *window_from;
  char            *window_to;
  char            *last_commit;
  char            *facts_date;
  CgLinkItem      *facts_source;
  GStrv            aliases;          /* never NULL; lower-case */

  /* Made by cg-search.c at load: the sort key (the case-folded name); the
   * search keys are the catalog's (cg-search-keys.c) */
  char        *sort_key;
  guint        order;
};

CgProject *_cg_project_new (void);

G_END_DECLS
