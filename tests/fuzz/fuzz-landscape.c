/* fuzz-landscape.c: libFuzzer target for the landscape importer
 *
 * Feeds cg_landscape_import() what a download could hold. The base is a
 * small catalog with curated fields, so that an input of one or two items
 * is enough to be imported (at least half the base's projects). Whatever the importer makes must load whole through
 * the validating loader: a refusal there is a bug in the importer.
 * How to run it: README, "Checking memory and fuzzing".
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cg-landscape.h"

static const char base_json[] =
  "{\"schema_version\":1,\"catalog_date\":\"2026-01-01\","
  "\"sources\":[{\"title\":\"CNCF landscape\",\"url\":\"https://landscape.cncf.io/\","
  "\"license\":\"CC-BY-4.0\"}],"
  "\"maturity_levels\":[{\"id\":\"graduated\",\"title\":\"Graduated\"}],"
  "\"community\":[{\"id\":\"toc\",\"title\":\"TOC\",\"links\":[{\"title\":\"TOC\","
  "\"url\":\"https://github.com/cncf/toc\"}]}],"
  "\"projects\":["
  "{\"id\":\"kubernetes\",\"name\":\"Kubernetes\",\"maturity\":\"graduated\","
  "\"focus\":\"Orchestration\",\"summary\":\"Runs containers.\",\"license\":\"Apache-2.0\","
  "\"legal\":{\"kind\":\"cla\",\"title\":\"CNCF CLA\",\"url\":\"https://github.com/cncf/cla\"},"
  "\"contributor_guide\":\"https://github.com/kubernetes/community\","
  "\"chat\":[{\"title\":\"Slack\",\"channel\":\"#k\",\"url\":\"https://slack.k8s.io/\"}],"
  "\"curated\":[\"focus\",\"legal\",\"contributor_guide\",\"chat\",\"mailing_lists\"]},"
  "{\"id\":\"envoy\",\"name\":\"Envoy\",\"maturity\":\"graduated\"}]}";

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  static CgCatalog *base = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GBytes) imported = NULL;
  g_autoptr(CgCatalog) catalog = NULL;
  g_autoptr(GError) error = NULL;
  CgImportStats stats;

  if (base == NULL)
    {
      g_autoptr(GBytes) base_bytes = g_bytes_new_static (base_json, sizeof base_json - 1);

      base = cg_catalog_new_from_bytes (base_bytes, &error);
      g_assert_no_error (error);
    }

  imported = cg_landscape_import (bytes, base, "2026-11-28", &stats, &error);
  g_assert ((imported == NULL) != (error == NULL));
  if (imported == NULL)
    return 0;

  catalog = cg_catalog_new_from_bytes (imported, &error);
  if (catalog == NULL)
    g_error ("the importer made a catalog the loader refuses: %s", error->message);
  g_assert_cmpuint (cg_catalog_get_n_projects (catalog), ==, stats.n_projects);
  return 0;
}
