/* cg-github-section.h
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cg-github.h"
#include "cg-project.h"

G_BEGIN_DECLS

#define CG_GITHUB_SECTION_MAX_ISSUES 10

#define CG_TYPE_GITHUB_SECTION (cg_github_section_get_type ())

G_DECLARE_FINAL_TYPE (CgGithubSection, cg_github_section, CG, GITHUB_SECTION, GtkWidget)

GtkWidget *cg_github_section_new         (void);
void       cg_github_section_set_project (CgGithubSection *self,
                                          CgGithub        *github,
                                          CgProject       *project);

G_END_DECLS
