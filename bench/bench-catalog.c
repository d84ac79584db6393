/* bench-catalog.c: prints how long loading and searching take
 *
 *   _build/bench/bench-catalog
 *
 * Budgets (design.md): bundled catalog loads within 5 ms; a 100,000-project
 * file within 1.5x of json-glib's bare parse of the same bytes; a keystroke
 * of search re-filters and re-sorts 100,000 projects within 16 ms, 255
 * within 0.5 ms. A benchmark prints figures; it never fails on them.
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <stdio.h>
#include <stdlib.h>

#include <glib/gstdio.h>

#include "cg-catalog.h"
#include "cg-search.h"
#include "cg-search-model.h"
#include "cg-shortlist.h"

static const char * const words[] = {
  "mesh", "service", "proxy", "trace", "metrics", "storage", "operator", "policy",
  "registry", "runtime", "network", "gateway", "stream", "batch", "edge", "secure",
};

static GBytes *
make_catalog (guint n)
{
  GString *s = g_string_new ("{\"schema_version\":1,\"catalog_date\":\"2026-11-28\",\"projects\":[");
  static const char * const levels[] = { "graduated", "incubating", "sandbox", "archived" };

  for (guint i = 0; i < n; i++)
    g_string_append_printf (s,
      "%s{\"id\":\"p%u\",\"name\":\"%s %s %u\",\"maturity\":\"%s\",\"focus\":\"%s\","
      "\"summary\":\"A %s tool for %s and %s.\"}",
      i ? "," : "", i, words[i % 16], words[(i / 16) % 16], i, levels[i % 4],
      words[(i / 3) % 16], words[(i / 5) % 16], words[(i / 7) % 16], words[(i / 11) % 16]);
  g_string_append (s, "]}");
  return g_string_free_to_bytes (s);
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

/* Median of @runs timings of @func, in milliseconds. */
#define MEDIAN_MS(runs, body) ({                                       \
  double _t[runs];                                                     \
  for (int _i = 0; _i < (runs); _i++)                                  \
    {                                                                  \
      gint64 _start = g_get_monotonic_time ();                         \
      body;                                                            \
      _t[_i] = (g_get_monotonic_time () - _start) / 1000.0;            \
    }                                                                  \
  qsort (_t, (runs), sizeof (double), compare_doubles);                \
  _t[(runs) / 2];                                                      \
})

static void
bench_search (const char *label,
              CgCatalog  *catalog)
{
  static const char * const keystrokes[] = { "m", "me", "mes", "mesh", "mesh s", "mesh se",
                                             "mesh ser", "mesh serv" };
  double worst = 0, worst_typing = 0;

  for (guint k = 0; k < G_N_ELEMENTS (keystrokes); k++)
    {
      /* A fresh search, as on a paste */
      double ms = MEDIAN_MS (15, {
        CgSearchResult *r = cg_search_run (catalog, keystrokes[k], 0);
        cg_search_result_free (r);
      });
      /* Typing: the window refines the previous keystroke's result */
      CgSearchResult *before = k > 0 ? cg_search_run (catalog, keystrokes[k - 1], 0) : NULL;
      double typing = MEDIAN_MS (15, {
        CgSearchResult *r = cg_search_refine (catalog, before, keystrokes[k], 0);
        cg_search_result_free (r);
      });

      g_clear_pointer (&before, cg_search_result_free);
      worst = MAX (worst, ms);
      worst_typing = MAX (worst_typing, typing);
    }
  printf ("search, %-18s worst keystroke median: typed %.3f ms, pasted %.3f ms\n", label,
          worst_typing, worst);
}

/* The shortlist at its cap: 10,000 starred projects of the 100,000 */
static void
bench_shortlist (CgCatalog *catalog)
{
  static const char * const keystrokes[] = { "m", "me", "mes", "mesh", "mesh s", "mesh se" };
  g_autofree char *dir = g_dir_make_tmp ("cg-bench-shortlist-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "shortlist.json", NULL);
  g_autofree char *lock = g_strconcat (path, ".lock", NULL);
  GString *json = g_string_new ("{\"shortlist_version\":1,\"items\":[");
  g_autoptr(CgShortlist) shortlist = cg_shortlist_new (path);
  double load, plain = 0, counted = 0, starred_only = 0;

  for (guint i = 0; i < CG_SHORTLIST_MAX_ITEMS; i++)
    g_string_append_printf (json, "%s{\"id\":\"p%u\",\"starred\":\"2026-11-01T09:00:00Z\","
                            "\"note\":\"met them at booth %u\"}", i ? "," : "", i * 10, i);
  g_string_append (json, "]}");
  g_file_set_contents (path, json->str, (gssize) json->len, NULL);
  load = MEDIAN_MS (5, {
    CgShortlist *s = cg_shortlist_new (path);
    g_assert (cg_shortlist_load (s, NULL));
    g_object_unref (s);
  });
  g_assert (cg_shortlist_load (shortlist, NULL));
  printf ("shortlist, 10000 items (%.0f KiB): load %.1f ms\n", json->len / 1024.0, load);
  g_string_free (json, TRUE);

  for (guint mode = 0; mode < 3; mode++)
    {
      CgSearchModel *model = cg_search_model_new (catalog);
      double worst = 0;

      if (mode > 0)
        cg_search_model_set_shortlist (model, shortlist);
      cg_search_model_set_starred_only (model, mode == 2);
      for (guint k = 0; k < G_N_ELEMENTS (keystrokes); k++)
        {
          /* Typing: one keystroke after the one before */
          double ms = MEDIAN_MS (9, {
            cg_search_model_set_query (model, k > 0 ? keystrokes[k - 1] : "");
            _start = g_get_monotonic_time ();  /* the keystroke alone */
            cg_search_model_set_query (model, keystrokes[k]);
          });
          worst = MAX (worst, ms);
        }
      if (mode == 0)
        plain = worst;
      else if (mode == 1)
        counted = worst;
      else
        starred_only = worst;
      g_object_unref (model);
    }
  printf ("search model, 100000 projects, worst keystroke median: no shortlist %.3f ms, "
          "10000 starred counted %.3f ms, Starred chip on %.3f ms (budget 16 ms)\n",
          plain, counted, starred_only);

  g_unlink (path);
  g_unlink (lock);
  g_rmdir (dir);
}

int
main (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) big = make_catalog (100000);
  g_autoptr(CgCatalog) bundled = NULL;
  g_autoptr(CgCatalog) large = NULL;
  double bare, ours, bundled_ms;

  bundled_ms = MEDIAN_MS (21, {
    CgCatalog *c = cg_catalog_new_bundled (NULL);
    g_object_unref (c);
  });
  bundled = cg_catalog_new_bundled (&error);
  g_assert_no_error (error);
  printf ("load, bundled catalog (%u projects): %.3f ms (budget 5 ms)\n",
          cg_catalog_get_n_projects (bundled), bundled_ms);

  bare = MEDIAN_MS (5, {
    JsonParser *p = json_parser_new_immutable ();
    json_parser_load_from_data (p, g_bytes_get_data (big, NULL), g_bytes_get_size (big), NULL);
    g_object_unref (p);
  });
  ours = MEDIAN_MS (5, {
    CgCatalog *c = cg_catalog_new_from_bytes (big, NULL);
    g_assert (c != NULL);
    g_object_unref (c);
  });
  printf ("load, 100000 projects (%.1f MiB): json-glib bare %.1f ms, ours %.1f ms, "
          "ratio %.2f (budget 1.5)\n", g_bytes_get_size (big) / 1048576.0, bare, ours,
          ours / bare);

  large = cg_catalog_new_from_bytes (big, &error);
  g_assert_no_error (error);
  bench_search ("255 projects:", bundled);
  bench_search ("100000 projects:", large);
  printf ("(budgets: 0.5 ms for 255 projects, 16 ms for 100000)\n");
  bench_shortlist (large);
  return 0;
}
