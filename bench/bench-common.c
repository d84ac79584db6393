/* bench-common.c: what the benchmarks share: the synthetic catalog and
 * the clocks
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <time.h>

#include "bench-common.h"

static const char * const words[] = {
  "mesh", "service", "proxy", "trace", "metrics", "storage", "operator", "policy",
  "registry", "runtime", "network", "gateway", "stream", "batch", "edge", "secure",
};

/**
 * bench_make_catalog:
 * @n_projects: how many projects
 *
 * A catalog file of @n_projects made-up projects, each with a name of two
 * words and a number, a maturity, a focus and a one-line summary drawn
 * from sixteen cloud-native words, a primary language (3 in 7 are Go), so that a one-letter query matches
 * about half of them.
 *
 * Returns: (transfer full): the JSON bytes
 */
GBytes *
bench_make_catalog (guint n_projects)
{
  GString *s = g_string_new ("{\"schema_version\":1,\"catalog_date\":\"2026-11-28\",\"projects\":[");
  static const char * const levels[] = { "graduated", "incubating", "sandbox", "archived" };
  static const char * const languages[] = { "Go", "Rust", "Python", "Go", "Java", "C++", "Go" };

  for (guint i = 0; i < n_projects; i++)
    g_string_append_printf (s,
      "%s{\"id\":\"p%u\",\"name\":\"%s %s %u\",\"maturity\":\"%s\",\"focus\":\"%s\","
      "\"language\":\"%s\",\"summary\":\"A %s tool for %s and %s.\"}",
      i ? "," : "", i, words[i % 16], words[(i / 16) % 16], i, levels[i % 4],
      words[(i / 3) % 16], languages[i % 7], words[(i / 5) % 16], words[(i / 7) % 16],
      words[(i / 11) % 16]);
  g_string_append (s, "]}");
  return g_string_free_to_bytes (s);
}

static gint64
thread_cpu_ns (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * 1000000000 + ts.tv_nsec;
}

void
bench_clock_start (BenchClock *clock)
{
  clock->wall_us = g_get_monotonic_time ();
  clock->cpu_ns = thread_cpu_ns ();
}

void
bench_samples_init (BenchSamples *samples)
{
  samples->wall = g_array_new (FALSE, FALSE, sizeof (double));
  samples->cpu = g_array_new (FALSE, FALSE, sizeof (double));
}

/* Adds the time since bench_clock_start(@since) */
void
bench_samples_add (BenchSamples *samples,
                   BenchClock   *since)
{
  double wall = (g_get_monotonic_time () - since->wall_us) / 1000.0;
  double cpu = (thread_cpu_ns () - since->cpu_ns) / 1e6;

  g_array_append_val (samples->wall, wall);
  g_array_append_val (samples->cpu, cpu);
}

void
bench_samples_clear (BenchSamples *samples)
{
  g_clear_pointer (&samples->wall, g_array_unref);
  g_clear_pointer (&samples->cpu, g_array_unref);
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

/* The @rank-th smallest of @values, after sorting them in place */
static double
nth_smallest (GArray *values,
              guint   rank)
{
  if (values->len == 0)
    return 0;
  qsort (values->data, values->len, sizeof (double), compare_doubles);
  return g_array_index (values, double, MIN (rank, values->len - 1));
}

double
bench_median (GArray *values)
{
  return nth_smallest (values, values->len / 2);
}

double
bench_min (GArray *values)
{
  return nth_smallest (values, 0);
}

double
bench_max (GArray *values)
{
  return nth_smallest (values, G_MAXUINT);
}

/* "median 1.234 ms (min 1.000, max 2.000), CPU 1.100 ms" */
char *
bench_samples_format (BenchSamples *samples)
{
  return g_strdup_printf ("median %8.3f ms (min %8.3f, max %8.3f), CPU median %8.3f ms",
                          bench_median (samples->wall), bench_min (samples->wall),
                          bench_max (samples->wall), bench_median (samples->cpu));
}
