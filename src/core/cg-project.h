/* cg-project.h
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "cg-link-item.h"

G_BEGIN_DECLS

/* In the order the app lists them. */
typedef enum
{
  CG_MATURITY_GRADUATED,
  CG_MATURITY_INCUBATING,
  CG_MATURITY_SANDBOX,
  CG_MATURITY_ARCHIVED,
} CgMaturity;

#define CG_N_MATURITIES 4
#define CG_MATURITY_MASK_ALL ((1u << CG_N_MATURITIES) - 1)

typedef enum
{
  CG_LEGAL_UNKNOWN,
  CG_LEGAL_CLA,
  CG_LEGAL_DCO,
  CG_LEGAL_NONE,
} CgLegalKind;

/* What a repository's text says of one legal requirement (DCO, CLA) */
typedef enum
{
  CG_FACT_UNKNOWN,     /* nothing was read */
  CG_FACT_NOT_STATED,  /* the text read says nothing of it */
  CG_FACT_REQUIRED,    /* the repository asks for it */
} CgFact;

/* One language of a repository and its share of the code, in percent */
typedef struct
{
  char   *name;
  double  share;
} CgLanguageShare;

/* Which community-health files cg_project_get_health() knows */
#define CG_HEALTH_CODE_OF_CONDUCT "code_of_conduct"
#define CG_HEALTH_SECURITY_POLICY "security_policy"
#define CG_HEALTH_MAINTAINERS     "maintainers"
#define CG_HEALTH_GOVERNANCE      "governance"

#define CG_TYPE_MATURITY (cg_maturity_get_type ())
#define CG_TYPE_LEGAL_KIND (cg_legal_kind_get_type ())
GType        cg_maturity_get_type       (void) G_GNUC_CONST;
GType        cg_legal_kind_get_type     (void) G_GNUC_CONST;

gboolean     cg_maturity_from_string    (const char  *str,
                                         CgMaturity  *out);
gboolean     cg_project_id_is_valid     (const char  *id);
const char  *cg_maturity_to_string      (CgMaturity   maturity);
const char  *cg_maturity_get_title      (CgMaturity   maturity);
gboolean     cg_maturity_mask_parse     (const char  *list,
                                         guint       *mask,
                                         GError     **error);
gboolean     cg_legal_kind_from_string  (const char  *str,
                                         CgLegalKind *out);
const char  *cg_legal_kind_to_string    (CgLegalKind  kind);

#define CG_TYPE_PROJECT (cg_project_get_type ())

G_DECLARE_FINAL_TYPE (CgProject, cg_project, CG, PROJECT, GObject)

CgProject   *cg_project_new_missing            (const char *id);
gboolean     cg_project_is_missing             (CgProject *self);
const char  *cg_project_get_id                 (CgProject *self);
const char  *cg_project_get_name               (CgProject *self);
CgMaturity   cg_project_get_maturity           (CgProject *self);
const char  *cg_project_get_focus              (CgProject *self);
const char  *cg_project_get_category           (CgProject *self);
const char  *cg_project_get_summary            (CgProject *self);
const char  *cg_project_get_description        (CgProject *self);
CgLinkItem  *cg_project_get_description_source (CgProject *self);
const char  *cg_project_get_homepage           (CgProject *self);
const char  *cg_project_get_repository         (CgProject *self);
const char  *cg_project_get_contributor_guide  (CgProject *self);
GPtrArray   *cg_project_get_chat               (CgProject *self);
GPtrArray   *cg_project_get_mailing_lists      (CgProject *self);
const char  *cg_project_get_license            (CgProject *self);
CgLegalKind  cg_project_get_legal_kind         (CgProject *self);
CgLinkItem  *cg_project_get_legal              (CgProject *self);
const char  *cg_project_get_date               (CgProject  *self,
                                                const char *which);
const char * const *cg_project_get_former_ids (CgProject  *self);
gboolean     cg_project_is_curated             (CgProject  *self,
                                                const char *field);

const char            *cg_project_get_language        (CgProject  *self);
const CgLanguageShare *cg_project_get_languages       (CgProject  *self,
                                                       guint      *n_languages);
CgFact                 cg_project_get_dco             (CgProject  *self);
CgFact                 cg_project_get_cla             (CgProject  *self);
const char            *cg_project_get_cla_url         (CgProject  *self);
const char *const     *cg_project_get_newcomer_labels (CgProject  *self);
const char            *cg_project_get_health          (CgProject  *self,
                                                       const char *which);
gboolean               cg_project_get_activity        (CgProject  *self,
                                                       guint      *commits,
                                                       guint      *authors,
                                                       const char **window_from,
                                                       const char **window_to,
                                                       const char **last_commit);
const char            *cg_project_get_facts_date      (CgProject  *self);
CgLinkItem            *cg_project_get_facts_source    (CgProject  *self);
const char *const     *cg_project_get_aliases         (CgProject  *self);

G_END_DECLS
