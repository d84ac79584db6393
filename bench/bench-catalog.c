/* bench-catalog.c: prints how long loading and searching take
 *
 *   _build/bench/bench-catalog
 *
 * Budgets (design.md, issue 15): the bundled catalog loads within 5 ms; a
 * 100,000-project file within 1.5x of json-glib's bare parse of the same
 * bytes; a keystroke of search re-filters and re-sorts 100,000 projects
 * within 16 ms, 255 within 0.5 ms; the first search does not freeze. A
 * benchmark prints figures; it never fails on them. The list update that
 * follows a keystroke in the window is bench-list's.
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <stdio.h>

#include <glib/gstdio.h>

#include "bench-common.h"
#include "cg-catalog.h"
#include "cg-search.h"
#include "cg-search-model.h"
#include "cg-shortlist.h"

#define ROUNDS 15

static void
print_samples (const char   *label,
               BenchSamples *samples)
{
  g_autofree char *figures = bench_samples_format (samples);

  printf ("  %-34s %s\n", label, figures);
}

/* The keystrokes of typing "mesh serv": the first letter is a fresh
 * search of the whole catalog, every other one refines the last result,
 * as the window does. */
static const char * const typing[] = { "m", "me", "mes", "mesh", "mesh s", "mesh se",
                                       "mesh ser", "mesh serv" };

static void
bench_filter (const char *label,
              CgCatalog  *catalog,
              guint       mask,
              const char *language)
{
  CgSearchOptions options = { mask, language, CG_SORT_RELEVANCE };
  BenchSamples first, refine, paste;

  bench_samples_init (&first);
  bench_samples_init (&refine);
  bench_samples_init (&paste);
  for (guint round = 0; round < ROUNDS; round++)
    {
      CgSearchResult *previous = NULL;

      for (guint k = 0; k < G_N_ELEMENTS (typing); k++)
        {
          BenchClock clock;
          CgSearchResult *result;

          bench_clock_start (&clock);
          result = cg_search_run_with (catalog, previous, typing[k], &options);
          bench_samples_add (k == 0 ? &first : &refine, &clock);
          g_clear_pointer (&previous, cg_search_result_free);
          previous = result;
        }
      g_clear_pointer (&previous, cg_search_result_free);

      /* A paste: the whole query at once, over the whole catalog */
      {
        BenchClock clock;

        bench_clock_start (&clock);
        cg_search_result_free (cg_search_run_with (catalog, NULL, typing[G_N_ELEMENTS (typing) - 1],
                                                    &options));
        bench_samples_add (&paste, &clock);
      }
    }

  printf ("filter, %s:\n", label);
  print_samples ("first letter \"m\"", &first);
  print_samples ("refinements \"me\"..\"mesh serv\"", &refine);
  print_samples ("pasted \"mesh serv\"", &paste);
  bench_samples_clear (&first);
  bench_samples_clear (&refine);
  bench_samples_clear (&paste);
}

static void
bench_load (GBytes *big)
{
  BenchSamples bare, ours, first_search;
  g_autoptr(GArray) ratios = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cpu_ratios = g_array_new (FALSE, FALSE, sizeof (double));

  bench_samples_init (&bare);
  bench_samples_init (&ours);
  bench_samples_init (&first_search);
  /* Interleaved, so that a change in the machine's load hits both */
  for (guint round = 0; round < 7; round++)
    {
      BenchClock clock;
      JsonParser *parser = json_parser_new_immutable ();
      CgCatalog *catalog;
      double ratio;

      bench_clock_start (&clock);
      json_parser_load_from_data (parser, g_bytes_get_data (big, NULL), g_bytes_get_size (big),
                                  NULL);
      bench_samples_add (&bare, &clock);
      g_object_unref (parser);

      bench_clock_start (&clock);
      catalog = cg_catalog_new_from_bytes (big, NULL);
      bench_samples_add (&ours, &clock);
      g_assert (catalog != NULL);

      ratio = g_array_index (ours.wall, double, round) / g_array_index (bare.wall, double, round);
      g_array_append_val (ratios, ratio);
      ratio = g_array_index (ours.cpu, double, round) / g_array_index (bare.cpu, double, round);
      g_array_append_val (cpu_ratios, ratio);

      /* The first search of a fresh catalog: no freeze */
      bench_clock_start (&clock);
      cg_search_result_free (cg_search_run (catalog, "m", 0));
      bench_samples_add (&first_search, &clock);
      g_object_unref (catalog);
    }

  printf ("load, 100000 projects (%.1f MiB), 7 interleaved rounds:\n",
          g_bytes_get_size (big) / 1048576.0);
  print_samples ("json-glib bare parse", &bare);
  print_samples ("ours", &ours);
  printf ("  ratio, median of rounds: %.2f wall, %.2f CPU (budget 1.5)\n",
          bench_median (ratios), bench_median (cpu_ratios));
  print_samples ("first search \"m\" after load", &first_search);
  bench_samples_clear (&bare);
  bench_samples_clear (&ours);
  bench_samples_clear (&first_search);
}

/* The shortlist at its cap: 10,000 starred projects of the 100,000 */
static void
bench_shortlist (CgCatalog *catalog)
{
  static const char * const keystrokes[] = { "m", "me", "mes", "mesh", "mesh s", "mesh se" };
  static const char * const modes[] = { "no shortlist", "10000 starred counted",
                                        "Starred chip on" };
  g_autofree char *dir = g_dir_make_tmp ("cg-bench-shortlist-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "shortlist.json", NULL);
  g_autofree char *lock = g_strconcat (path, ".lock", NULL);
  GString *json = g_string_new ("{\"shortlist_version\":1,\"items\":[");
  g_autoptr(CgShortlist) shortlist = cg_shortlist_new (path);
  BenchSamples load;

  for (guint i = 0; i < CG_SHORTLIST_MAX_ITEMS; i++)
    g_string_append_printf (json, "%s{\"id\":\"p%u\",\"starred\":\"2026-11-01T09:00:00Z\","
                            "\"note\":\"met them at booth %u\"}", i ? "," : "", i * 10, i);
  g_string_append (json, "]}");
  g_file_set_contents (path, json->str, (gssize) json->len, NULL);
  bench_samples_init (&load);
  for (guint i = 0; i < 5; i++)
    {
      BenchClock clock;
      CgShortlist *s = cg_shortlist_new (path);

      bench_clock_start (&clock);
      g_assert (cg_shortlist_load (s, NULL));
      bench_samples_add (&load, &clock);
      g_object_unref (s);
    }
  g_assert (cg_shortlist_load (shortlist, NULL));
  printf ("shortlist, 10000 items (%.0f KiB):\n", json->len / 1024.0);
  print_samples ("load", &load);
  bench_samples_clear (&load);
  g_string_free (json, TRUE);

  printf ("search model (filter and items-changed, no list), 100000 projects, "
          "keystrokes \"m\"..\"mesh se\":\n");
  for (guint mode = 0; mode < G_N_ELEMENTS (modes); mode++)
    {
      CgSearchModel *model = cg_search_model_new (catalog);
      BenchSamples typed;

      bench_samples_init (&typed);
      if (mode > 0)
        cg_search_model_set_shortlist (model, shortlist);
      cg_search_model_set_starred_only (model, mode == 2);
      for (guint k = 0; k < G_N_ELEMENTS (keystrokes); k++)
        for (guint i = 0; i < 9; i++)
          {
            BenchClock clock;

            /* Typing: one keystroke after the one before */
            cg_search_model_set_query (model, k > 0 ? keystrokes[k - 1] : "");
            bench_clock_start (&clock);
            cg_search_model_set_query (model, keystrokes[k]);
            bench_samples_add (&typed, &clock);
          }
      print_samples (modes[mode], &typed);
      bench_samples_clear (&typed);
      g_object_unref (model);
    }

  g_unlink (path);
  g_unlink (lock);
  g_rmdir (dir);
}

int
main (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) big = bench_make_catalog (100000);
  g_autoptr(CgCatalog) bundled = NULL;
  g_autoptr(CgCatalog) large = NULL;
  BenchSamples bundled_load;
  guint chips = (1u << CG_MATURITY_GRADUATED) | (1u << CG_MATURITY_INCUBATING);

  bench_samples_init (&bundled_load);
  for (guint i = 0; i < 21; i++)
    {
      BenchClock clock;
      CgCatalog *c;

      bench_clock_start (&clock);
      c = cg_catalog_new_bundled (&error);
      bench_samples_add (&bundled_load, &clock);
      g_assert_no_error (error);
      g_object_unref (c);
    }
  bundled = cg_catalog_new_bundled (&error);
  g_assert_no_error (error);
  printf ("load, bundled catalog (%u projects), budget 5 ms:\n",
          cg_catalog_get_n_projects (bundled));
  print_samples ("", &bundled_load);
  bench_samples_clear (&bundled_load);

  bench_load (big);

  large = cg_catalog_new_from_bytes (big, &error);
  g_assert_no_error (error);
  /* Keys ready, as they are a moment after start-up */
  cg_search_result_free (cg_search_run (large, "x", 0));
  cg_search_result_free (cg_search_run (bundled, "x", 0));

  bench_filter ("255 projects, no chips (budget 0.5 ms)", bundled, 0, NULL);
  bench_filter ("100000 projects, no chips (budget 16 ms)", large, 0, NULL);
  bench_filter ("100000 projects, chips graduated+incubating", large, chips, NULL);
  bench_filter ("100000 projects, language Go", large, 0, "Go");
  bench_filter ("100000 projects, language Go and chips", large, chips, "Go");
  bench_shortlist (large);
  return 0;
}
