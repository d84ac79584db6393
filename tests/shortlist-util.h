/* shortlist-util.h: what the shortlist tests share
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <string.h>
#include <glib/gstdio.h>

#include "cg-shortlist.h"

/* A fresh folder for one test's shortlist.json; removed by rm_tree(). */
static inline char *
new_folder (const char *name)
{
  g_autofree char *template = g_strdup_printf ("cg-test-%s-XXXXXX", name);
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp (template, &error);

  g_assert_no_error (error);
  return dir;
}

static inline void
rm_tree (const char *path)
{
  GStatBuf st;

  if (g_lstat (path, &st) != 0)
    return;
  if (S_ISDIR (st.st_mode))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          rm_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

static inline CgShortlist *
open_shortlist (const char *dir,
                gboolean    expect_ok)
{
  g_autofree char *path = g_build_filename (dir, "shortlist.json", NULL);
  g_autoptr(CgShortlist) shortlist = cg_shortlist_new (path);
  g_autoptr(GError) warning = NULL;
  gboolean ok = cg_shortlist_load (shortlist, &warning);

  if (expect_ok)
    {
      g_assert_no_error (warning);
      g_assert_true (ok);
    }
  return g_steal_pointer (&shortlist);
}

static inline GBytes *
read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *data = NULL;
  gsize length = 0;

  g_file_get_contents (path, &data, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (data, length);
}

static inline int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The folder's entries, sorted and joined by spaces */
static inline char *
list_folder (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}
