/* cli-run.h: running cncf-guide as a subprocess, for the command-line tests
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct
{
  int    status;   /* exit status; -1 when killed by a signal */
  char  *out;
  char  *err;
} Run;

void  run_clear             (Run        *run);
void  run_binary            (Run        *run,
                             const char *first,
                             ...) G_GNUC_NULL_TERMINATED;
guint count_lines           (const char *text);
void  assert_one_line_error (const Run  *run,
                             const char *expected);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

G_END_DECLS
