/* cg-project-row.c: one project in the list: name, maturity badge, focus
 *
 * Every row has the same height: the name is one ellipsized line.
 *
 * Built in code rather than from a template: the list makes one per
 * visible row, and parsing XML for each showed in the start-up profile.
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cg-project-row"

#include "config.h"

#include <glib/gi18n.h>

#include "cg-maturity-badge.h"
#include "cg-project-row.h"

struct _CgProjectRow
{
  GtkWidget  parent_instance;

  CgProject *project;

  GtkWidget *box;
  GtkLabel  *name_label;
  GtkLabel  *focus_label;
  GtkLabel  *badge;
  GtkWidget *star;
  CgShortlist *shortlist;
};

enum {
  PROP_0,
  PROP_PROJECT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (CgProjectRow, cg_project_row, GTK_TYPE_WIDGET)

static void
cg_project_row_dispose (GObject *object)
{
  CgProjectRow *self = (CgProjectRow *) object;

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->project);
  if (self->shortlist != NULL)
    g_signal_handlers_disconnect_by_data (self->shortlist, self);
  g_clear_object (&self->shortlist);

  G_OBJECT_CLASS (cg_project_row_parent_class)->dispose (object);
}

static void
cg_project_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CgProjectRow *self = CG_PROJECT_ROW (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_project_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  CgProjectRow *self = CG_PROJECT_ROW (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      cg_project_row_set_project (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The full name, when the row shows it cut short */
static gboolean
on_name_query_tooltip_cb (GtkLabel   *label,
                          int         x,
                          int         y,
                          gboolean    keyboard_mode,
                          GtkTooltip *tooltip)
{
  if (!pango_layout_is_ellipsized (gtk_label_get_layout (label)))
    return FALSE;

  gtk_tooltip_set_text (tooltip, gtk_label_get_label (label));
  return TRUE;
}

static void
cg_project_row_class_init (CgProjectRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cg_project_row_dispose;
  object_class->get_property = cg_project_row_get_property;
  object_class->set_property = cg_project_row_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL, CG_TYPE_PROJECT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "projectrow");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
cg_project_row_init (CgProjectRow *self)
{
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

  self->box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_margin_top (self->box, 9);
  gtk_widget_set_margin_bottom (self->box, 9);
  gtk_widget_set_margin_start (self->box, 6);
  gtk_widget_set_margin_end (self->box, 6);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  gtk_widget_set_hexpand (texts, TRUE);
  gtk_widget_set_valign (texts, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (self->box), texts);

  self->name_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->name_label, 0);
  /* One line: every row has the same measured height. Wrapping names made
   * rows height-for-width, which costs start-up time in text measurement and
   * makes GTK 4.8's list scroll the wrong way under the mouse wheel. The full
   * name is in the tooltip and on the project page. */
  gtk_label_set_single_line_mode (self->name_label, TRUE);
  /* Nor does the row's natural width follow the name: the sidebar keeps
   * its width as the results change (the label still fills the row) */
  gtk_label_set_max_width_chars (self->name_label, 16);
  gtk_label_set_ellipsize (self->name_label, PANGO_ELLIPSIZE_END);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self->name_label), TRUE);
  g_signal_connect (self->name_label, "query-tooltip", G_CALLBACK (on_name_query_tooltip_cb), NULL);
  gtk_widget_add_css_class (GTK_WIDGET (self->name_label), "heading");
  gtk_box_append (GTK_BOX (texts), GTK_WIDGET (self->name_label));

  self->focus_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->focus_label, 0);
  gtk_label_set_ellipsize (self->focus_label, PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (self->focus_label, 16);
  gtk_widget_add_css_class (GTK_WIDGET (self->focus_label), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (self->focus_label), "dim-label");
  gtk_box_append (GTK_BOX (texts), GTK_WIDGET (self->focus_label));

  self->badge = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_valign (GTK_WIDGET (self->badge), GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->badge));

  /* Starred: said in the row's label, so the image is only seen */
  self->star = g_object_new (GTK_TYPE_IMAGE, "icon-name", "starred-symbolic",
                             "valign", GTK_ALIGN_CENTER, "visible", FALSE,
                             "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);
  gtk_widget_add_css_class (self->star, "star");
  gtk_box_insert_child_after (GTK_BOX (self->box), self->star,
                              gtk_widget_get_prev_sibling (GTK_WIDGET (self->badge)));
}

/* The star, and what a project no longer in the catalog shows instead of
 * its facts */
static void
update_shortlist_state (CgProjectRow *self)
{
  gboolean missing, starred;
  g_autofree char *label = NULL;

  if (self->project == NULL)
    return;

  missing = cg_project_is_missing (self->project);
  starred = self->shortlist != NULL &&
            cg_shortlist_contains (self->shortlist, cg_project_get_id (self->project));
  gtk_widget_set_visible (self->star, starred);
  gtk_widget_set_visible (GTK_WIDGET (self->badge), !missing);
  if (missing)
    {
      gtk_label_set_label (self->focus_label, _("No longer in the catalog"));
      gtk_widget_set_visible (GTK_WIDGET (self->focus_label), TRUE);
    }

  if (!starred && !missing)
    return;
  /* Read as "Kubernetes, Graduated, Orchestration, starred" */
  label = missing
    ? g_strdup_printf ("%s, %s, %s", cg_project_get_name (self->project),
                       _("no longer in the catalog"), _("starred"))
    : g_strdup_printf ("%s, %s, %s", cg_project_get_name (self->project),
                       cg_maturity_get_title (cg_project_get_maturity (self->project)),
                       _("starred"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
on_shortlist_changed_cb (CgProjectRow *self)
{
  gboolean was = gtk_widget_get_visible (self->star);

  update_shortlist_state (self);
  /* Unstarred: the plain label again */
  if (was && !gtk_widget_get_visible (self->star) && self->project != NULL)
    {
      g_autoptr(CgProject) project = g_object_ref (self->project);

      g_clear_object (&self->project);
      cg_project_row_set_project (self, project);
    }
}

/**
 * cg_project_row_set_shortlist:
 * @shortlist: (nullable): whose stars the row shows
 */
void
cg_project_row_set_shortlist (CgProjectRow *self,
                              CgShortlist  *shortlist)
{
  g_return_if_fail (CG_IS_PROJECT_ROW (self));

  if (self->shortlist == shortlist)
    return;
  if (self->shortlist != NULL)
    g_signal_handlers_disconnect_by_data (self->shortlist, self);
  g_set_object (&self->shortlist, shortlist);
  if (shortlist != NULL)
    g_signal_connect_swapped (shortlist, "changed", G_CALLBACK (on_shortlist_changed_cb), self);
  update_shortlist_state (self);
}

/**
 * cg_project_row_get_project:
 * Returns: (transfer none) (nullable):
 */
CgProject *
cg_project_row_get_project (CgProjectRow *self)
{
  g_return_val_if_fail (CG_IS_PROJECT_ROW (self), NULL);
  return self->project;
}

void
cg_project_row_set_project (CgProjectRow *self,
                            CgProject    *project)
{
  g_return_if_fail (CG_IS_PROJECT_ROW (self));

  if (!g_set_object (&self->project, project))
    return;

  if (project != NULL)
    {
      const char *focus = cg_project_get_focus (project);
      const char *language = cg_project_get_language (project);
      const char *maturity = cg_maturity_get_title (cg_project_get_maturity (project));
      g_autofree char *label = NULL;
      g_autofree char *line = NULL;

      if (focus == NULL)
        focus = cg_project_get_category (project);

      gtk_label_set_label (self->name_label, cg_project_get_name (project));
      /* "Go · Orchestration": the language first, where the ellipsis of a
       * long focus cannot hide it. Shown even when empty, so that the row
       * keeps its one height */
      if (language != NULL && focus != NULL)
        line = g_strdup_printf ("%s · %s", language, focus);
      gtk_label_set_label (self->focus_label, line ? line : language ? language : focus);
      cg_maturity_badge_set (self->badge, cg_project_get_maturity (project));

      /* Read as "Kubernetes, Graduated, Orchestration, Go" */
      label = g_strjoin (", ", cg_project_get_name (project), maturity, focus ? focus : language,
                         focus ? language : NULL, NULL);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
    }

  update_shortlist_state (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}
