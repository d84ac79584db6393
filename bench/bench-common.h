/* bench-common.h: what the benchmarks share
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A figure taken a few times: wall-clock and this thread's CPU time, in
 * milliseconds. The machine is shared; the CPU time is what a busy
 * neighbour inflates least. */
typedef struct
{
  GArray *wall;
  GArray *cpu;
} BenchSamples;

typedef struct
{
  gint64 wall_us;
  gint64 cpu_ns;
} BenchClock;

GBytes *bench_make_catalog    (guint         n_projects);
void    bench_clock_start     (BenchClock   *clock);
void    bench_samples_init    (BenchSamples *samples);
void    bench_samples_add     (BenchSamples *samples,
                               BenchClock   *since);
void    bench_samples_clear   (BenchSamples *samples);
double  bench_median          (GArray       *values);
double  bench_min             (GArray       *values);
double  bench_max             (GArray       *values);
char   *bench_samples_format  (BenchSamples *samples);

G_END_DECLS
