/* cg-link-row.c: a row that opens one link, with a button to copy it
 *
 * A row whose link fails the link policy cannot be opened or copied: it
 * says why instead.
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cg-link-row"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "cg-link.h"
#include "cg-link-row.h"

struct _CgLinkRow
{
  AdwActionRow parent_instance;

  char        *uri;
};

enum {
  PROP_0,
  PROP_URI,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (CgLinkRow, cg_link_row, ADW_TYPE_ACTION_ROW)

static void
on_activated_cb (CgLinkRow *self)
{
  if (self->uri != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.open-uri", "s", self->uri);
}

static void
on_copy_clicked_cb (CgLinkRow *self)
{
  if (self->uri != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.copy-uri", "s", self->uri);
}

/* "https://github.com/a/b/" reads as "github.com/a/b" */
static char *
display_uri (const char *uri)
{
  const char *start = g_str_has_prefix (uri, "https://") ? uri + 8 : uri;
  gsize len = strlen (start);

  if (len > 1 && start[len - 1] == '/')
    len--;
  return g_strndup (start, len);
}

static void
setup (CgLinkRow  *self,
       const char *title,
       const char *detail,
       const char *uri)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *normal = cg_link_normalize (uri, &error);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (self), 0);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (self), 2);

  if (normal == NULL)
    {
      g_autofree char *why = g_strdup_printf (_("Link refused: %s"), error->message);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (self), why);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), FALSE);
      gtk_widget_add_css_class (GTK_WIDGET (self), "refused-link");
      return;
    }

  self->uri = g_steal_pointer (&normal);

  {
    g_autofree char *shown = display_uri (self->uri);
    g_autofree char *subtitle = detail ? g_strdup_printf ("%s · %s", detail, shown)
                                       : g_steal_pointer (&shown);
    GtkWidget *copy = gtk_button_new_from_icon_name ("edit-copy-symbolic");
    GtkWidget *open = gtk_image_new_from_icon_name ("adw-external-link-symbolic");
    g_autofree char *copy_label = g_strdup_printf (_("Copy Link to %s"), title);

    adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);

    gtk_widget_set_valign (copy, GTK_ALIGN_CENTER);
    gtk_widget_add_css_class (copy, "flat");
    gtk_widget_set_tooltip_text (copy, _("Copy Link"));
    gtk_accessible_update_property (GTK_ACCESSIBLE (copy),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, copy_label, -1);
    g_signal_connect_swapped (copy, "clicked", G_CALLBACK (on_copy_clicked_cb), self);
    adw_action_row_add_suffix (ADW_ACTION_ROW (self), copy);

    gtk_accessible_update_property (GTK_ACCESSIBLE (open),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, _("Opens in a web browser"),
                                    -1);
    adw_action_row_add_suffix (ADW_ACTION_ROW (self), open);
    gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), TRUE);
    gtk_widget_set_tooltip_text (GTK_WIDGET (self), self->uri);
  }
}

static void
cg_link_row_finalize (GObject *object)
{
  CgLinkRow *self = (CgLinkRow *) object;

  g_clear_pointer (&self->uri, g_free);

  G_OBJECT_CLASS (cg_link_row_parent_class)->finalize (object);
}

static void
cg_link_row_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  CgLinkRow *self = CG_LINK_ROW (object);

  switch (prop_id)
    {
    case PROP_URI:
      g_value_set_string (value, self->uri);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_link_row_class_init (CgLinkRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cg_link_row_finalize;
  object_class->get_property = cg_link_row_get_property;

  properties[PROP_URI] =
    g_param_spec_string ("uri", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cg_link_row_init (CgLinkRow *self)
{
  g_signal_connect (self, "activated", G_CALLBACK (on_activated_cb), NULL);
}

/**
 * cg_link_row_new:
 * @title: what the link is ("Repository")
 * @detail: (nullable): shown before the address ("#helm-dev")
 * @uri: the link, checked against the link policy
 */
GtkWidget *
cg_link_row_new (const char *title,
                 const char *detail,
                 const char *uri)
{
  CgLinkRow *self = g_object_new (CG_TYPE_LINK_ROW, NULL);

  setup (self, title, detail, uri);
  return GTK_WIDGET (self);
}

/**
 * cg_link_row_get_uri:
 * Returns: (nullable): the link the row opens; %NULL when it was refused
 */
const char *
cg_link_row_get_uri (CgLinkRow *self)
{
  g_return_val_if_fail (CG_IS_LINK_ROW (self), NULL);
  return self->uri;
}
