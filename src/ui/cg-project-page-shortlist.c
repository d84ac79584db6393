/* cg-project-page-shortlist.c: the project page's star and "My notes"
 *
 * The note is saved as the person types (500 ms after the last change),
 * and at once when the page shows another project or goes away; there is
 * no save button. Every save runs in the shortlist's worker thread and
 * holds the application until it is on disk. A save that fails says so
 * in a toast, and the text stays in the view for the next try.
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cg-project-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "cg-project-page-private.h"
#include "cg-window.h"

#define SAVE_DELAY_MS 500

typedef struct
{
  CgProjectPage *page;   /* (nullable): a weak pointer */
  char          *note_id; /* (nullable): whose note was saved */
} SaveData;

static void
report (CgProjectPage *self,
        const GError  *error)
{
  GtkRoot *root = self ? gtk_widget_get_root (GTK_WIDGET (self)) : NULL;

  if (root != NULL && CG_IS_WINDOW (root))
    cg_window_show_toast (CG_WINDOW (root), error->message);
  else
    g_message ("%s", error->message);
}

static void
saved_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  SaveData *data = user_data;
  g_autoptr(GError) error = NULL;

  if (!cg_shortlist_change_finish (CG_SHORTLIST (source), result, &error))
    {
      report (data->page, error);
      /* The text is still in the view: try again on the next occasion */
      if (data->page != NULL && data->note_id != NULL &&
          g_strcmp0 (data->page->notes_id, data->note_id) == 0)
        data->page->note_dirty = TRUE;
    }

  g_clear_weak_pointer (&data->page);
  g_free (data->note_id);
  g_free (data);
  g_application_release (g_application_get_default ());
}

static SaveData *
save_data_new (CgProjectPage *self,
               const char    *note_id)
{
  SaveData *data = g_new0 (SaveData, 1);

  data->note_id = g_strdup (note_id);
  g_set_weak_pointer (&data->page, self);
  /* The app stays until the shortlist is on disk */
  g_application_hold (g_application_get_default ());
  return data;
}

static char *
buffer_text (CgProjectPage *self)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (self->notes_buffer, &start, &end);
  return gtk_text_buffer_get_text (self->notes_buffer, &start, &end, FALSE);
}

/**
 * _cg_project_page_save_note:
 *
 * Saves the note now if it changed since the last save.
 */
void
_cg_project_page_save_note (CgProjectPage *self)
{
  g_autofree char *text = NULL;

  g_clear_handle_id (&self->save_id, g_source_remove);
  if (!self->note_dirty || self->shortlist == NULL || self->notes_id == NULL)
    return;

  self->note_dirty = FALSE;
  text = buffer_text (self);
  if (g_strcmp0 (text, cg_shortlist_get_note (self->shortlist, self->notes_id)) == 0 ||
      (*text == '\0' && cg_shortlist_get_note (self->shortlist, self->notes_id) == NULL))
    return;

  cg_shortlist_set_note_async (self->shortlist, self->notes_id, text, saved_cb,
                               save_data_new (self, self->notes_id));
}

static gboolean
save_timeout_cb (gpointer user_data)
{
  CgProjectPage *self = user_data;

  self->save_id = 0;
  _cg_project_page_save_note (self);
  return G_SOURCE_REMOVE;
}

static void
on_notes_changed_cb (CgProjectPage *self)
{
  if (self->loading_note)
    return;

  self->note_dirty = TRUE;
  g_clear_handle_id (&self->save_id, g_source_remove);
  self->save_id = g_timeout_add (SAVE_DELAY_MS, save_timeout_cb, self);
}

static void
update_star (CgProjectPage *self)
{
  gboolean starred = self->shortlist != NULL && self->notes_id != NULL &&
                     cg_shortlist_contains (self->shortlist, self->notes_id);

  self->updating_star = TRUE;
  gtk_toggle_button_set_active (self->star_button, starred);
  self->updating_star = FALSE;

  gtk_button_set_icon_name (GTK_BUTTON (self->star_button),
                            starred ? "starred-symbolic" : "non-starred-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->star_button),
                               starred ? _("Remove from your shortlist (Ctrl+D)")
                                       : _("Add to your shortlist (Ctrl+D)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->star_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  starred ? _("Starred") : _("Star"), -1);
  gtk_widget_set_sensitive (GTK_WIDGET (self->star_button), self->shortlist != NULL);
}

static void
load_note (CgProjectPage *self)
{
  const char *note = self->shortlist && self->notes_id
    ? cg_shortlist_get_note (self->shortlist, self->notes_id) : NULL;

  self->loading_note = TRUE;
  gtk_text_buffer_set_text (self->notes_buffer, note ? note : "", -1);
  self->loading_note = FALSE;
  self->note_dirty = FALSE;
}

static void
on_star_toggled_cb (CgProjectPage *self)
{
  gboolean starred;

  if (self->updating_star || self->shortlist == NULL || self->notes_id == NULL)
    return;

  starred = gtk_toggle_button_get_active (self->star_button);
  gtk_button_set_icon_name (GTK_BUTTON (self->star_button),
                            starred ? "starred-symbolic" : "non-starred-symbolic");
  cg_shortlist_set_starred_async (self->shortlist, self->notes_id, starred, saved_cb,
                                  save_data_new (self, NULL));
}

static void
on_shortlist_changed_cb (CgProjectPage *self)
{
  update_star (self);
  /* Another process changed the note: show it, unless the person is
   * writing one here (theirs is saved next, and wins) */
  if (!self->note_dirty &&
      !gtk_widget_has_focus (GTK_WIDGET (self->notes_view)))
    {
      g_autofree char *text = buffer_text (self);
      const char *note = cg_shortlist_get_note (self->shortlist, self->notes_id);

      if (g_strcmp0 (text, note ? note : "") != 0)
        load_note (self);
    }
}

static void
on_unmap_cb (CgProjectPage *self)
{
  _cg_project_page_save_note (self);
}

/**
 * _cg_project_page_shortlist_init:
 *
 * Builds the star button (beside the name), the "no longer in the
 * catalog" notice and the "My notes" group.
 */
void
_cg_project_page_shortlist_init (CgProjectPage *self)
{
  GtkWidget *group;
  GtkWidget *frame;
  GtkWidget *label;

  g_signal_connect_swapped (self->star_button, "toggled", G_CALLBACK (on_star_toggled_cb), self);
  update_star (self);

  /* No longer in the catalog */
  self->missing_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_add_css_class (self->missing_box, "card");
  gtk_widget_add_css_class (self->missing_box, "archived-notice");
  gtk_box_append (GTK_BOX (self->missing_box),
                  g_object_new (GTK_TYPE_IMAGE, "icon-name", "dialog-information-symbolic",
                                "valign", GTK_ALIGN_CENTER,
                                "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL));
  label = gtk_label_new (_("This project is no longer in the catalog: it may have been renamed "
                           "or left the CNCF. Your star and your note are kept."));
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (self->missing_box), label);
  gtk_widget_set_visible (self->missing_box, FALSE);
  gtk_box_prepend (self->content, self->missing_box);

  /* My notes: plain text, saved as it is typed */
  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("My Notes"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Kept on this computer and saved as you type"));
  self->notes_buffer = gtk_text_buffer_new (NULL);
  self->notes_view = GTK_TEXT_VIEW (gtk_text_view_new_with_buffer (self->notes_buffer));
  gtk_text_view_set_wrap_mode (self->notes_view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (self->notes_view, FALSE);
  gtk_text_view_set_top_margin (self->notes_view, 12);
  gtk_text_view_set_bottom_margin (self->notes_view, 12);
  gtk_text_view_set_left_margin (self->notes_view, 12);
  gtk_text_view_set_right_margin (self->notes_view, 12);
  gtk_widget_set_size_request (GTK_WIDGET (self->notes_view), -1, 96);
  gtk_widget_add_css_class (GTK_WIDGET (self->notes_view), "notes");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->notes_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("My notes"), -1);
  frame = gtk_frame_new (NULL);
  gtk_frame_set_child (GTK_FRAME (frame), GTK_WIDGET (self->notes_view));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), frame);
  self->notes_group = group;
  gtk_box_insert_child_after (self->content, group,
                              gtk_widget_get_prev_sibling (GTK_WIDGET (self->groups)));

  g_signal_connect_swapped (self->notes_buffer, "changed", G_CALLBACK (on_notes_changed_cb), self);
  g_signal_connect_swapped (self, "unmap", G_CALLBACK (on_unmap_cb), self);
}

/**
 * _cg_project_page_shortlist_show:
 *
 * Shows the star and the note of @project, after saving the note of the
 * project shown before.
 */
void
_cg_project_page_shortlist_show (CgProjectPage *self,
                                 CgProject     *project)
{
  gboolean missing = cg_project_is_missing (project);

  _cg_project_page_save_note (self);
  g_free (self->notes_id);
  self->notes_id = g_strdup (cg_project_get_id (project));

  gtk_widget_set_visible (self->missing_box, missing);
  gtk_widget_set_visible (GTK_WIDGET (self->badge), !missing);
  if (missing)
    gtk_widget_set_visible (self->archived_box, FALSE);

  update_star (self);
  load_note (self);
}

void
_cg_project_page_shortlist_dispose (CgProjectPage *self)
{
  _cg_project_page_save_note (self);
  if (self->shortlist != NULL)
    g_signal_handlers_disconnect_by_data (self->shortlist, self);
  g_clear_object (&self->shortlist);
  g_clear_object (&self->notes_buffer);
  g_clear_pointer (&self->notes_id, g_free);
}

/**
 * cg_project_page_set_shortlist:
 * @shortlist: (nullable): the person's shortlist
 */
void
cg_project_page_set_shortlist (CgProjectPage *self,
                               CgShortlist   *shortlist)
{
  g_return_if_fail (CG_IS_PROJECT_PAGE (self));

  if (self->shortlist == shortlist)
    return;
  _cg_project_page_save_note (self);
  if (self->shortlist != NULL)
    g_signal_handlers_disconnect_by_data (self->shortlist, self);
  g_set_object (&self->shortlist, shortlist);
  if (shortlist != NULL)
    g_signal_connect_swapped (shortlist, "changed", G_CALLBACK (on_shortlist_changed_cb), self);
  update_star (self);
  load_note (self);
}

/**
 * cg_project_page_toggle_star:
 *
 * Stars or unstars the project shown, as its star button does (Ctrl+D).
 */
void
cg_project_page_toggle_star (CgProjectPage *self)
{
  g_return_if_fail (CG_IS_PROJECT_PAGE (self));

  if (self->notes_id != NULL && gtk_widget_get_sensitive (GTK_WIDGET (self->star_button)))
    gtk_toggle_button_set_active (self->star_button,
                                  !gtk_toggle_button_get_active (self->star_button));
}
