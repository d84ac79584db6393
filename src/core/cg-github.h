/* cg-github.h
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cg-github-url.h"

G_BEGIN_DECLS

#define CG_GITHUB_DEFAULT_API_URL "https://api.github.com"
#define CG_GITHUB_DEFAULT_LABEL   "good first issue"
#define CG_GITHUB_MAX_SIZE        (2 * 1024 * 1024)
#define CG_GITHUB_DEADLINE        15
#define CG_GITHUB_PER_PAGE        20
#define CG_GITHUB_MAX_TITLE       200
#define CG_GITHUB_MAX_LABEL       50
#define CG_GITHUB_MAX_LABELS      10
#define CG_GITHUB_MAX_LOGIN       39
#define CG_GITHUB_MAX_SHORT       64     /* license, language, branch */

#define CG_GITHUB_ERROR (cg_github_error_quark ())

typedef enum
{
  CG_GITHUB_ERROR_DISABLED,
  CG_GITHUB_ERROR_BAD_REPOSITORY,
  CG_GITHUB_ERROR_OFFLINE,
  CG_GITHUB_ERROR_RATE_LIMITED,
  CG_GITHUB_ERROR_NOT_FOUND,
  CG_GITHUB_ERROR_BAD_ANSWER,
  CG_GITHUB_ERROR_HTTP_STATUS,
  CG_GITHUB_ERROR_FAILED,
} CgGithubError;

GQuark cg_github_error_quark (void);

/**
 * CgGithubIssue:
 * @number: the issue number, above 0
 * @title: one line of plain text, cleaned and at most
 *   %CG_GITHUB_MAX_TITLE characters
 * @url: `https://github.com/OWNER/REPO/issues/NUMBER`, checked
 * @updated: (nullable): when it last changed, UTC
 * @comments: how many comments it has
 * @assigned: whether someone is assigned
 * @author: (nullable): who opened it (a GitHub login, cleaned)
 * @labels: its label names, cleaned, at most %CG_GITHUB_MAX_LABELS
 *
 * One open issue, from GitHub's issues list. All text is untrusted and
 * already cleaned of control, bidi and zero-width characters; show it as
 * plain text.
 */
typedef struct
{
  guint64    number;
  char      *title;
  char      *url;
  GDateTime *updated;
  guint      comments;
  gboolean   assigned;
  char      *author;
  GStrv      labels;
} CgGithubIssue;

/**
 * CgGithubRepository:
 * @full_name: "owner/repo" as GitHub spells it now
 * @stars: stargazers_count
 * @forks: forks_count
 * @open_issues: open_issues_count (GitHub counts pull requests too)
 * @pushed: (nullable): the last push, UTC
 * @archived: whether the repository is archived on GitHub
 * @license: (nullable): the SPDX id, when GitHub recognised one
 * @language: (nullable): the primary language
 * @default_branch: (nullable): the default branch
 *
 * The facts of one repository, from GitHub's repository endpoint.
 */
typedef struct
{
  char      *full_name;
  guint64    stars;
  guint64    forks;
  guint64    open_issues;
  GDateTime *pushed;
  gboolean   archived;
  char      *license;
  char      *language;
  char      *default_branch;
} CgGithubRepository;

/**
 * CgGithubAnswer:
 * @issues: (nullable): the open newcomer issues, most recently updated
 *   first, pull requests left out (for an issues look-up)
 * @repository: (nullable): the repository's facts (for a repository
 *   look-up)
 * @fetched: when GitHub last gave or confirmed this answer
 * @from_cache: %TRUE when GitHub was not asked or did not answer, and the
 *   last answer is shown instead
 * @stale_reason: (nullable): with @from_cache, why GitHub could not be
 *   asked, in words ("You are offline")
 */
typedef struct
{
  GPtrArray          *issues;
  CgGithubRepository *repository;
  GDateTime          *fetched;
  gboolean            from_cache;
  char               *stale_reason;
} CgGithubAnswer;

void cg_github_issue_free      (CgGithubIssue      *issue);
void cg_github_repository_free (CgGithubRepository *repository);
void cg_github_answer_free     (CgGithubAnswer     *answer);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CgGithubAnswer, cg_github_answer_free)

#define CG_TYPE_GITHUB (cg_github_get_type ())

G_DECLARE_FINAL_TYPE (CgGithub, cg_github, CG, GITHUB, GObject)

CgGithub       *cg_github_new                  (const char          *cache_directory);
CgGithub       *cg_github_new_default          (void);
void            cg_github_set_enabled          (CgGithub            *self,
                                                gboolean             enabled);
gboolean        cg_github_get_enabled          (CgGithub            *self);
void            cg_github_set_api_url          (CgGithub            *self,
                                                const char          *url);
void            cg_github_set_tls_database     (CgGithub            *self,
                                                GTlsDatabase        *database);
void            cg_github_set_network_monitor  (CgGithub            *self,
                                                GNetworkMonitor     *monitor);
void            cg_github_set_deadline         (CgGithub            *self,
                                                guint                seconds);
gint64          cg_github_get_blocked_until    (CgGithub            *self);
void            cg_github_issues_async         (CgGithub            *self,
                                                const char          *owner,
                                                const char          *repo,
                                                const char          *label,
                                                GCancellable        *cancellable,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data);
void            cg_github_repository_async     (CgGithub            *self,
                                                const char          *owner,
                                                const char          *repo,
                                                GCancellable        *cancellable,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data);
CgGithubAnswer *cg_github_fetch_finish         (CgGithub            *self,
                                                GAsyncResult        *result,
                                                GError             **error);

const char     *cg_github_pick_label           (const char * const  *newcomer_labels);

/* Parsing GitHub's answers (cg-github-answer.c) */
GPtrArray          *cg_github_parse_issues     (GBytes              *json,
                                                const char          *owner,
                                                const char          *repo,
                                                GError             **error);
CgGithubRepository *cg_github_parse_repository (GBytes              *json,
                                                GError             **error);
char               *cg_github_clean_text       (const char          *text,
                                                guint                max_chars);

G_END_DECLS
