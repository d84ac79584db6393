/* cg-page-util.c
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cg-page-util"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "cg-page-util.h"

/**
 * cg_page_paragraph_new:
 *
 * Returns: (transfer floating): a wrapping, selectable label of plain text
 */
GtkWidget *
cg_page_paragraph_new (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  return label;
}

/**
 * cg_page_info_row_new:
 *
 * Returns: (transfer floating): a row that shows a fact and opens nothing
 */
GtkWidget *
cg_page_info_row_new (const char *title,
                      const char *value)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), value);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_add_css_class (row, "property");
  return row;
}

/**
 * cg_page_format_date:
 * @iso_date: `YYYY-MM-DD`
 *
 * Returns: (transfer full): the date in the user's language
 */
char *
cg_page_format_date (const char *iso_date)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autofree char *iso = g_strconcat (iso_date, "T00:00:00Z", NULL);
  g_autoptr(GDateTime) dt = g_date_time_new_from_iso8601 (iso, utc);
  char *shown;

  if (dt == NULL)
    return g_strdup (iso_date);

  /* TRANSLATORS: a date, see the strftime() and g_date_time_format() manual */
  shown = g_date_time_format (dt, C_("date", "%-d %B %Y"));
  return shown ? shown : g_strdup (iso_date);
}

/**
 * cg_page_clear_box:
 *
 * Removes every child of @box, before a page is filled anew.
 */
void
cg_page_clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}
