/* cg-test-util.h: what several tests share
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

/* How many times longer the tests' deadlines are: CG_TEST_TIMEOUT_SCALE,
 * a whole number, 1 when unset. Sanitizers and Valgrind make everything
 * slower; `tools/dev sanitize` sets it, instead of every deadline being
 * long for everyone. Deadlines are never what a test asserts. */
static inline guint
cg_test_timeout_scale (void)
{
  const char *value = g_getenv ("CG_TEST_TIMEOUT_SCALE");
  guint64 scale = 1;

  if (value != NULL && !g_ascii_string_to_unsigned (value, 10, 1, 1000, &scale, NULL))
    g_error ("CG_TEST_TIMEOUT_SCALE must be a whole number from 1 to 1000, not “%s”", value);
  return (guint) scale;
}

/* @seconds, scaled by CG_TEST_TIMEOUT_SCALE */
static inline guint
cg_test_seconds (guint seconds)
{
  return seconds * cg_test_timeout_scale ();
}
