/* bench-provider.c: prints how fast the GNOME Shell search provider answers
 *
 * Run it on a bus that starts the build's provider:
 *
 *   meson compile -C _build bench-provider-run
 *
 * (dbus-run-session with tests/provider's bus config). "Cold" is from the
 * Shell's first call, which makes the bus start the provider, to its
 * answer (wall clock, and the provider's own CPU time, which does not grow
 * with the machine's load); "warm" is one call to the running provider.
 * Budgets (issue 15):
 * cold ≤ 50 ms, warm ≤ 5 ms.
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <signal.h>
#include <stdio.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#define NAME APP_ID ".SearchProvider"
#define PATH "/io/github/cncf_guide/ContributorGuide/SearchProvider"
#define IFACE "org.gnome.Shell.SearchProvider2"
#define COLD_ROUNDS 15
#define WARM_ROUNDS 200

static GDBusConnection *bus;

static GVariant *
bus_call (const char *method,
          GVariant   *parameters,
          const char *type)
{
  g_autoptr(GError) error = NULL;
  GVariant *reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus",
                                                 "/org/freedesktop/DBus", "org.freedesktop.DBus",
                                                 method, parameters, G_VARIANT_TYPE (type),
                                                 G_DBUS_CALL_FLAGS_NONE, -1, NULL, &error);

  g_assert_no_error (error);
  return reply;
}

static gboolean
provider_running (void)
{
  g_autoptr(GVariant) reply = bus_call ("NameHasOwner", g_variant_new ("(s)", NAME), "(b)");
  gboolean has;

  g_variant_get (reply, "(b)", &has);
  return has;
}

static guint32
provider_pid (void)
{
  g_autoptr(GVariant) reply = bus_call ("GetConnectionUnixProcessID",
                                        g_variant_new ("(s)", NAME), "(u)");
  guint32 pid;

  g_variant_get (reply, "(u)", &pid);
  return pid;
}

/* The provider's CPU time so far, in ms (/proc/PID/schedstat): a figure
 * that, unlike the wall-clock one, does not grow with the machine's load */
static double
provider_cpu_ms (void)
{
  g_autofree char *path = g_strdup_printf ("/proc/%u/schedstat", provider_pid ());
  g_autofree char *text = NULL;

  if (!g_file_get_contents (path, &text, NULL, NULL))
    return -1;
  return (double) g_ascii_strtoull (text, NULL, 10) / 1e6;
}

/* Ends the provider the bus started, so that the next call starts it again */
static void
stop_provider (void)
{
  if (!provider_running ())
    return;
  kill ((pid_t) provider_pid (), SIGTERM);
  while (provider_running ())
    g_usleep (1000);
}

/* Returns: the call's time in ms */
static double
timed_call (const char *method,
            GVariant   *parameters)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = NULL;
  gint64 start = g_get_monotonic_time ();

  reply = g_dbus_connection_call_sync (bus, NAME, PATH, IFACE, method, parameters, NULL,
                                       G_DBUS_CALL_FLAGS_NONE, 60000, NULL, &error);
  g_assert_no_error (error);
  return (double) (g_get_monotonic_time () - start) / 1000.0;
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static void
print_figures (const char *label,
               double     *ms,
               guint       n,
               double      budget)
{
  qsort (ms, n, sizeof *ms, compare_double);
  printf ("%-40s min %7.3f  median %7.3f  max %7.3f ms  (budget %.0f ms, %u runs)\n", label,
          ms[0], ms[n / 2], ms[n - 1], budget, n);
}

static GVariant *
kube_terms (const char *text)
{
  const char *strv[] = { text, NULL };

  return g_variant_new_strv (strv, -1);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) env = NULL;
  g_autofree char *cache = g_dir_make_tmp ("cg-bench-provider-XXXXXX", &error);
  const char *ids[] = { "kubernetes", "kubeedge", "kubeflow", "kubevirt", "kubescape", NULL };
  double cold[COLD_ROUNDS], cold_cpu[COLD_ROUNDS];
  double initial[WARM_ROUNDS], sub[WARM_ROUNDS], metas[WARM_ROUNDS];

  g_assert_no_error (error);
  bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_assert_no_error (error);

  /* The bundled catalog, as on a first run; a long timeout for the warm runs */
  env = bus_call ("UpdateActivationEnvironment",
                  g_variant_new_parsed ("({'XDG_CACHE_HOME': %s,"
                                        "  'CG_SEARCH_PROVIDER_TIMEOUT_MS': '60000'},)",
                                        cache), "()");

  for (guint i = 0; i < COLD_ROUNDS; i++)
    {
      stop_provider ();
      cold[i] = timed_call ("GetInitialResultSet", g_variant_new ("(@as)", kube_terms ("kube")));
      cold_cpu[i] = provider_cpu_ms ();
    }

  for (guint i = 0; i < WARM_ROUNDS; i++)
    {
      initial[i] = timed_call ("GetInitialResultSet",
                               g_variant_new ("(@as)", kube_terms ("kube")));
      sub[i] = timed_call ("GetSubsearchResultSet",
                           g_variant_new ("(^as@as)", ids, kube_terms ("kuber")));
      metas[i] = timed_call ("GetResultMetas", g_variant_new ("(^as)", ids));
    }
  stop_provider ();

  print_figures ("cold: start + GetInitialResultSet", cold, COLD_ROUNDS, 50);
  print_figures ("cold: the provider's CPU time for it", cold_cpu, COLD_ROUNDS, 50);
  print_figures ("warm: GetInitialResultSet", initial, WARM_ROUNDS, 5);
  print_figures ("warm: GetSubsearchResultSet", sub, WARM_ROUNDS, 5);
  print_figures ("warm: GetResultMetas (5 ids)", metas, WARM_ROUNDS, 5);

  g_rmdir (cache);
  return 0;
}
