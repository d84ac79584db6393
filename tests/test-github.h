/* test-github.h: shared by the GitHub client tests
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libsoup/soup.h>

#include "cg-github.h"

typedef struct
{
  gboolean        done;
  CgGithubAnswer *answer;
  GError         *error;
} Outcome;

void      outcome_clear (Outcome *outcome);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Outcome, outcome_clear)

char               *test_github_cache_dir      (void);
char               *test_github_api_url        (void);
CgGithub           *test_github_new            (const char  *cache_dir);
void                test_github_issues         (CgGithub    *github,
                                                const char  *repo,
                                                const char  *label,
                                                Outcome     *outcome);
void                test_github_repository     (CgGithub    *github,
                                                const char  *repo,
                                                Outcome     *outcome);
guint               test_github_requests       (void);
guint               test_github_bodies         (void);
const char         *test_github_last_query     (void);
SoupMessageHeaders *test_github_last_headers   (void);
void                test_github_set_reset      (gint64       reset);
void                test_github_set_failing    (gboolean     fail);
GTlsDatabase       *test_github_tls_database   (void);
const char         *test_github_tmpdir         (void);
char               *test_github_special_issues (const char  *repo,
                                                const char  *owner);
void                test_github_add_answer_tests (void);
void                test_github_add_limit_tests  (void);
