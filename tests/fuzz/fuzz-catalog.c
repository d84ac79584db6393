/* fuzz-catalog.c: libFuzzer target for the catalog loader
 *
 * How to run it: README, "Checking memory and fuzzing".
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cg-catalog.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(CgCatalog) catalog = cg_catalog_new_from_bytes (bytes, &error);

  g_assert ((catalog == NULL) != (error == NULL));
  return 0;
}
