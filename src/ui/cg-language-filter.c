/* cg-language-filter.c: the window's language drop-down
 *
 * Its entries are "All languages", the catalog's top languages with the
 * number of projects in each, then "Other" (cg_catalog_get_top_languages()).
 * The drop-down keeps, beside its list of labels, the language each entry
 * stands for, which is what the search model filters by.
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cg-language-filter"

#include "config.h"

#include <glib/gi18n.h>

#include "cg-language-filter.h"

#define KEYS "cg-language-filter-keys"

/* The languages of the entries, in order; NULL for "All languages" */
static GPtrArray *
get_keys (GtkDropDown *dropdown)
{
  return g_object_get_data (G_OBJECT (dropdown), KEYS);
}

static guint
find_key (GPtrArray  *keys,
          const char *language)
{
  for (guint i = 0; keys != NULL && i < keys->len; i++)
    if (g_strcmp0 (keys->pdata[i], language) == 0)
      return i;
  return GTK_INVALID_LIST_POSITION;
}

/* @ellipsize: the button's label is one ellipsized line; the list's whole */
static void
setup_label_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  ellipsize)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (ellipsize)
    gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
bind_label_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  GtkStringObject *string = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);

  gtk_label_set_label (GTK_LABEL (label), gtk_string_object_get_string (string));
  gtk_widget_set_tooltip_text (label, gtk_string_object_get_string (string));
}

/**
 * cg_drop_down_fit_narrow:
 *
 * Makes @dropdown (of strings) as narrow as its space: its button shows
 * the selected entry on one ellipsized line, with the whole text in a
 * tooltip; the entries of its popover stay whole.
 */
void
cg_drop_down_fit_narrow (GtkDropDown *dropdown)
{
  g_autoptr(GtkListItemFactory) button = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkListItemFactory) list = gtk_signal_list_item_factory_new ();

  g_signal_connect (button, "setup", G_CALLBACK (setup_label_cb), GINT_TO_POINTER (TRUE));
  g_signal_connect (button, "bind", G_CALLBACK (bind_label_cb), NULL);
  gtk_drop_down_set_factory (dropdown, button);

  g_signal_connect (list, "setup", G_CALLBACK (setup_label_cb), GINT_TO_POINTER (FALSE));
  g_signal_connect (list, "bind", G_CALLBACK (bind_label_cb), NULL);
  gtk_drop_down_set_list_factory (dropdown, list);
}

/**
 * cg_language_filter_fill:
 *
 * Lists @catalog's languages in @dropdown. The language selected before
 * stays selected when the new catalog still lists it; otherwise "All
 * languages" is selected.
 */
void
cg_language_filter_fill (GtkDropDown *dropdown,
                         CgCatalog   *catalog)
{
  g_autoptr(GArray) top = cg_catalog_get_top_languages (catalog);
  g_autofree char *selected = g_strdup (cg_language_filter_get_selected (dropdown));
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GPtrArray *keys = g_ptr_array_new_with_free_func (g_free);
  guint position;

  gtk_string_list_append (labels, _("All languages"));
  g_ptr_array_add (keys, NULL);

  for (guint i = 0; i < top->len; i++)
    {
      CgLanguageCount *entry = &g_array_index (top, CgLanguageCount, i);
      gboolean other = g_str_equal (entry->name, CG_LANGUAGE_OTHER);
      /* TRANSLATORS: a language filter's entry: a programming language and
       * how many projects are written mainly in it, "Go 171" */
      g_autofree char *label = g_strdup_printf (C_("language filter", "%s %u"),
                                                other ? C_("language filter", "Other")
                                                      : entry->name,
                                                entry->count);

      gtk_string_list_append (labels, label);
      g_ptr_array_add (keys, g_strdup (entry->name));
    }

  position = find_key (keys, selected);
  /* The keys first: setting the model notifies "selected" */
  g_object_set_data_full (G_OBJECT (dropdown), KEYS, keys, (GDestroyNotify) g_ptr_array_unref);
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (dropdown, position == GTK_INVALID_LIST_POSITION ? 0 : position);
}

/**
 * cg_language_filter_get_selected:
 *
 * Returns: (nullable): the selected language, %CG_LANGUAGE_OTHER, or %NULL
 *   for all
 */
const char *
cg_language_filter_get_selected (GtkDropDown *dropdown)
{
  GPtrArray *keys = get_keys (dropdown);
  guint position = gtk_drop_down_get_selected (dropdown);

  if (keys == NULL || position >= keys->len)
    return NULL;
  return keys->pdata[position];
}

/**
 * cg_language_filter_select:
 * @language: (nullable): a language the drop-down lists, or %NULL for all
 *
 * Returns: %FALSE, selecting nothing new, when @language is not listed
 */
gboolean
cg_language_filter_select (GtkDropDown *dropdown,
                           const char  *language)
{
  guint position = find_key (get_keys (dropdown), language);

  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;
  gtk_drop_down_set_selected (dropdown, position);
  return TRUE;
}
