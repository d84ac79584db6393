/* cg-contribute-steps.h: the project page's "Start Contributing" steps and
 * the facts below them
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cg-project.h"

G_BEGIN_DECLS

#define CG_DCO_URL "https://developercertificate.org/"

GtkWidget *cg_contribute_steps_new (CgProject *project);
GtkWidget *cg_contribute_facts_new (CgProject *project);
char      *cg_contribute_activity_text (CgProject *project);

G_END_DECLS
