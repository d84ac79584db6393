/* bench-list.c: prints how long the window's list takes to follow a
 * keystroke at 100,000 projects
 *
 *   bench/bench-startup (runs it under its own Xvfb), or, on a display:
 *   GSETTINGS_SCHEMA_DIR=_build/data _build/bench/bench-list
 *
 * What a keystroke costs the window beyond the filter (bench-catalog): the
 * search model's items-changed, the list view dropping and rebinding its
 * rows, and the frame that lays them out and paints them. For each
 * keystroke it prints the time spent in cg_search_model_set_query() (filter,
 * sort and items-changed handlers), the time the next frame takes from its
 * layout to its after-paint, and their sum; the wait for the frame clock's
 * next tick is left out (it is the display's pace, not our work). A
 * benchmark prints figures; it never fails on them. Budget: 16 ms.
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "bench-common.h"
#include "cg-window-private.h"

#define N_PROJECTS 100000
#define ROUNDS 11  /* BENCH_ROUNDS=N sets another number, e.g. under callgrind */

static const char * const typing[] = { "m", "me", "mes", "mesh", "mesh s", "mesh se",
                                       "mesh ser", "mesh serv" };

typedef struct
{
  GdkFrameClock *clock;
  gboolean       painted;
  gboolean       in_frame;
  BenchClock     frame_start;
} Frame;

static void
on_layout (GdkFrameClock *clock,
           Frame         *frame)
{
  if (!frame->in_frame)
    {
      frame->in_frame = TRUE;
      bench_clock_start (&frame->frame_start);
    }
}

static void
on_after_paint (GdkFrameClock *clock,
                Frame         *frame)
{
  frame->painted = TRUE;
}

/* Runs the main loop until the window has painted a frame; the frame's own
 * work goes into @samples (when given) */
static void
wait_for_frame (Frame        *frame,
                BenchSamples *samples)
{
  frame->painted = FALSE;
  frame->in_frame = FALSE;
  /* A keystroke that changes nothing on screen still gets its frame */
  gdk_frame_clock_request_phase (frame->clock, GDK_FRAME_CLOCK_PHASE_PAINT);
  while (!frame->painted)
    g_main_context_iteration (NULL, TRUE);
  if (samples != NULL)
    {
      if (!frame->in_frame)
        bench_clock_start (&frame->frame_start);
      bench_samples_add (samples, &frame->frame_start);
    }
}

static void
settle (CgWindow *window)
{
  /* The rows after the first screenful go in at idle time */
  while (window->after_first_frame_id != 0)
    g_main_context_iteration (NULL, TRUE);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

typedef struct
{
  BenchSamples set_query, frame;
  GArray      *total;
} Keystroke;

static void
keystroke_init (Keystroke *k)
{
  bench_samples_init (&k->set_query);
  bench_samples_init (&k->frame);
  k->total = g_array_new (FALSE, FALSE, sizeof (double));
}

static void
keystroke_print (const char *label,
                 Keystroke  *k)
{
  g_autofree char *a = bench_samples_format (&k->set_query);
  g_autofree char *b = bench_samples_format (&k->frame);

  printf ("  %s\n    set_query: %s\n    frame:     %s\n"
          "    sum median %.3f ms (min %.3f, max %.3f)\n", label, a, b,
          bench_median (k->total), bench_min (k->total), bench_max (k->total));
  bench_samples_clear (&k->set_query);
  bench_samples_clear (&k->frame);
  g_array_unref (k->total);
}

static void
type_query (CgWindow  *window,
            Frame     *frame,
            Keystroke *first,
            Keystroke *refine)
{
  for (guint k = 0; k < G_N_ELEMENTS (typing); k++)
    {
      Keystroke *into = k == 0 ? first : refine;
      BenchClock clock;
      double total;

      bench_clock_start (&clock);
      cg_search_model_set_query (window->model, typing[k]);
      bench_samples_add (&into->set_query, &clock);
      wait_for_frame (frame, &into->frame);
      total = g_array_index (into->set_query.wall, double, into->set_query.wall->len - 1)
              + g_array_index (into->frame.wall, double, into->frame.wall->len - 1);
      g_array_append_val (into->total, total);
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }
  /* Back to the whole list, as after clearing the search */
  cg_search_model_set_query (window->model, "");
  wait_for_frame (frame, NULL);
}

static void
bench_typing (CgWindow   *window,
              Frame      *frame,
              const char *label)
{
  Keystroke first, refine;
  guint rounds = g_getenv ("BENCH_ROUNDS") ? (guint) atoi (g_getenv ("BENCH_ROUNDS")) : ROUNDS;

  keystroke_init (&first);
  keystroke_init (&refine);
  for (guint round = 0; round < MAX (rounds, 1); round++)
    type_query (window, frame, &first, &refine);
  printf ("list update, %s, %u rounds:\n", label, MAX (rounds, 1));
  keystroke_print ("first letter \"m\"", &first);
  keystroke_print ("refinements \"me\"..\"mesh serv\"", &refine);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = bench_make_catalog (N_PROJECTS);
  g_autoptr(CgCatalog) catalog = NULL;
  CgWindow *window;
  Frame frame = { 0 };

  gtk_init ();
  adw_init ();
  catalog = cg_catalog_new_from_bytes (bytes, &error);
  g_assert_no_error (error);

  window = cg_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 980, 680);
  cg_window_set_catalog (window, catalog);
  gtk_window_present (GTK_WINDOW (window));
  frame.clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_signal_connect (frame.clock, "layout", G_CALLBACK (on_layout), &frame);
  g_signal_connect (frame.clock, "after-paint", G_CALLBACK (on_after_paint), &frame);
  wait_for_frame (&frame, NULL);
  settle (window);

  /* The first search of the session: the search keys may not be built */
  {
    BenchClock clock;
    BenchSamples first;

    bench_samples_init (&first);
    bench_clock_start (&clock);
    cg_search_model_set_query (window->model, "m");
    wait_for_frame (&frame, NULL);
    bench_samples_add (&first, &clock);
    printf ("list update, 100000 projects: the session's first search \"m\", to after-paint: "
            "%.3f ms (CPU %.3f ms)\n", g_array_index (first.wall, double, 0),
            g_array_index (first.cpu, double, 0));
    bench_samples_clear (&first);
    cg_search_model_set_query (window->model, "");
    wait_for_frame (&frame, NULL);
  }

  bench_typing (window, &frame, "100000 projects, no chips");
  cg_window_set_maturity_mask (window, (1u << CG_MATURITY_GRADUATED) |
                                       (1u << CG_MATURITY_INCUBATING));
  wait_for_frame (&frame, NULL);
  bench_typing (window, &frame, "100000 projects, chips graduated+incubating");
  cg_window_set_maturity_mask (window, 0);
  cg_search_model_set_language (window->model, "Go");
  wait_for_frame (&frame, NULL);
  bench_typing (window, &frame, "100000 projects, language Go");

  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
