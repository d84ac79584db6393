/* cg-time.c: how long ago, in words
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cg-time"

#include "config.h"

#include <glib/gi18n.h>

#include "cg-time.h"

/* Days between the local calendar dates of @then and @now. */
static int
calendar_days (GDateTime *then,
               GDateTime *now)
{
  g_autoptr(GDateTime) a = g_date_time_to_local (then);
  g_autoptr(GDateTime) b = g_date_time_to_local (now);
  GDate da, db;

  g_date_clear (&da, 1);
  g_date_clear (&db, 1);
  g_date_set_dmy (&da, (GDateDay) g_date_time_get_day_of_month (a),
                  (GDateMonth) g_date_time_get_month (a), (GDateYear) g_date_time_get_year (a));
  g_date_set_dmy (&db, (GDateDay) g_date_time_get_day_of_month (b),
                  (GDateMonth) g_date_time_get_month (b), (GDateYear) g_date_time_get_year (b));
  return g_date_days_between (&da, &db);
}

/**
 * cg_time_describe_ago:
 * @then: a past moment, such as an issue's last update
 * @now: the present
 *
 * Returns: (transfer full): "just now", "5 minutes ago", "3 hours ago",
 *   "yesterday", "3 days ago", "2 months ago", "4 years ago" (local
 *   calendar days; a moment in the future is "just now")
 */
char *
cg_time_describe_ago (GDateTime *then,
                      GDateTime *now)
{
  GTimeSpan span = g_date_time_difference (now, then);
  gint64 minutes = span / G_TIME_SPAN_MINUTE;
  gint64 hours = span / G_TIME_SPAN_HOUR;
  int days = calendar_days (then, now);

  if (minutes < 1)
    return g_strdup (_("just now"));
  if (minutes < 60)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d minute ago", "%d minutes ago",
                                         (gulong) minutes), (int) minutes);
  if (hours < 24 && days == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d hour ago", "%d hours ago",
                                         (gulong) hours), (int) hours);
  if (days <= 1)
    return g_strdup (_("yesterday"));
  if (days < 31)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day ago", "%d days ago",
                                         (gulong) days), days);
  if (days < 365)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d month ago", "%d months ago",
                                         (gulong) (days / 30)), days / 30);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d year ago", "%d years ago",
                                       (gulong) (days / 365)), days / 365);
}

/**
 * cg_time_describe_as_of:
 * @then: when an answer was fetched
 * @now: the present
 *
 * Returns: (transfer full): "As of today, 09:10", "As of yesterday,
 *   18:20", "As of 12 November, 18:20", "As of 12 November 2025, 18:20",
 *   in local time
 */
char *
cg_time_describe_as_of (GDateTime *then,
                        GDateTime *now)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (then);
  g_autoptr(GDateTime) local_now = g_date_time_to_local (now);
  g_autofree char *clock = g_date_time_format (local, "%H:%M");
  g_autofree char *date = NULL;
  int days = calendar_days (then, now);

  if (days == 0)
    /* TRANSLATORS: %s is a local time, "As of today, 09:10" */
    return g_strdup_printf (_("As of today, %s"), clock);
  if (days == 1)
    /* TRANSLATORS: %s is a local time, "As of yesterday, 18:20" */
    return g_strdup_printf (_("As of yesterday, %s"), clock);

  if (g_date_time_get_year (local) == g_date_time_get_year (local_now))
    /* TRANSLATORS: a date in this year, see the g_date_time_format() manual */
    date = g_date_time_format (local, C_("date", "%-d %B"));
  else
    date = g_date_time_format (local, C_("date", "%-d %B %Y"));
  /* TRANSLATORS: a date, then a local time: "As of 12 November, 18:20" */
  return g_strdup_printf (_("As of %s, %s"), date, clock);
}
