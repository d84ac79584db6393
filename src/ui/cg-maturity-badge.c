/* cg-maturity-badge.c: a label that says a maturity in words and colour
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cg-maturity-badge"

#include "config.h"

#include "cg-maturity-badge.h"

/**
 * cg_maturity_badge_set:
 *
 * Makes @label a badge for @maturity: the level's name (colour is never
 * the only cue) and the "badge" plus level style classes.
 */
void
cg_maturity_badge_set (GtkLabel   *label,
                       CgMaturity  maturity)
{
  for (guint m = 0; m < CG_N_MATURITIES; m++)
    gtk_widget_remove_css_class (GTK_WIDGET (label), cg_maturity_to_string (m));

  gtk_label_set_label (label, cg_maturity_get_title (maturity));
  gtk_widget_add_css_class (GTK_WIDGET (label), "badge");
  gtk_widget_add_css_class (GTK_WIDGET (label), cg_maturity_to_string (maturity));
}
