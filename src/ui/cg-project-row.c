/* cg-project-row.c: one project in the list: name, maturity badge, focus
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

  gtk_widget_dispose_template (GTK_WIDGET (self), CG_TYPE_PROJECT_ROW);
  g_clear_object (&self->project);

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

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/cg-project-row.ui");
  gtk_widget_class_bind_template_child (widget_class, CgProjectRow, box);
  gtk_widget_class_bind_template_child (widget_class, CgProjectRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, CgProjectRow, focus_label);
  gtk_widget_class_bind_template_child (widget_class, CgProjectRow, badge);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "projectrow");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
cg_project_row_init (CgProjectRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
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
      const char *maturity = cg_maturity_get_title (cg_project_get_maturity (project));
      g_autofree char *label = NULL;

      gtk_label_set_label (self->name_label, cg_project_get_name (project));
      gtk_label_set_label (self->focus_label, focus ? focus : cg_project_get_category (project));
      gtk_widget_set_visible (GTK_WIDGET (self->focus_label),
                              focus != NULL || cg_project_get_category (project) != NULL);
      cg_maturity_badge_set (self->badge, cg_project_get_maturity (project));

      /* Read as "Kubernetes, Graduated, Orchestration" */
      label = focus ? g_strdup_printf ("%s, %s, %s", cg_project_get_name (project), maturity, focus)
                    : g_strdup_printf ("%s, %s", cg_project_get_name (project), maturity);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}
