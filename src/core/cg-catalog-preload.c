/* cg-catalog-preload.c: the shown catalog, loaded on a second core while
 * GTK starts on the first
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cg-catalog-preload"

#include "config.h"

#include "cg-catalog-preload.h"

struct _CgCatalogPreload
{
  GThread   *thread;
  CgCatalog *bundled;
  CgCache   *cache;
  CgCatalog *shown;
  char      *warning;
  GError    *error;
};

static gpointer
preload_thread (gpointer data)
{
  CgCatalogPreload *preload = data;
  g_autoptr(GError) warning = NULL;

  preload->bundled = cg_catalog_new_bundled (&preload->error);
  if (preload->bundled == NULL)
    return NULL;
  preload->cache = cg_cache_new_default ();
  /* The newer of the last download and the bundled catalog */
  preload->shown = cg_cache_choose_catalog (preload->cache, preload->bundled, &warning);
  if (warning != NULL)
    preload->warning = g_strdup (warning->message);
  return NULL;
}

/**
 * cg_catalog_preload_start:
 *
 * Starts loading the catalog the window shows (the bundled catalog, or the
 * cached download when it is newer) on a thread of its own, so that it is
 * ready when the window first needs it. Call it before GTK starts: GTK's
 * own start-up leaves the second core idle.
 *
 * Returns: (transfer full): the load under way; end it with
 *   cg_catalog_preload_finish()
 */
CgCatalogPreload *
cg_catalog_preload_start (void)
{
  CgCatalogPreload *preload = g_new0 (CgCatalogPreload, 1);

  preload->thread = g_thread_new ("cg-catalog-preload", preload_thread, preload);
  return preload;
}

/**
 * cg_catalog_preload_free:
 * @preload: (transfer full): a load nobody needs any more (the command
 *   line answered, or another instance shows the window)
 *
 * Waits for the load to end and drops what it loaded.
 */
void
cg_catalog_preload_free (CgCatalogPreload *preload)
{
  g_return_if_fail (preload != NULL);

  g_thread_join (preload->thread);
  g_clear_object (&preload->bundled);
  g_clear_object (&preload->cache);
  g_clear_object (&preload->shown);
  g_clear_pointer (&preload->warning, g_free);
  g_clear_error (&preload->error);
  g_free (preload);
}

/**
 * cg_catalog_preload_finish:
 * @preload: (transfer full): what cg_catalog_preload_start() returned
 * @bundled: (out) (transfer full): the bundled catalog
 * @cache: (out) (transfer full): the download cache
 * @shown: (out) (transfer full): the catalog to show: the cached download
 *   when it is newer, else the bundled catalog
 * @warning: (out) (transfer full) (nullable): what went wrong with the
 *   cache, for the person (a damaged cache set aside, say), or %NULL
 *
 * Waits for the load to end (it is usually over by then) and frees
 * @preload.
 *
 * Returns: %FALSE when the bundled catalog itself does not load (a broken
 *   build), with @error set
 */
gboolean
cg_catalog_preload_finish (CgCatalogPreload  *preload,
                           CgCatalog        **bundled,
                           CgCache          **cache,
                           CgCatalog        **shown,
                           char             **warning,
                           GError           **error)
{
  gboolean ok;

  g_return_val_if_fail (preload != NULL, FALSE);

  g_thread_join (preload->thread);
  ok = preload->bundled != NULL;
  if (ok)
    {
      *bundled = preload->bundled;
      *cache = preload->cache;
      *shown = preload->shown;
      *warning = preload->warning;
    }
  else
    g_propagate_error (error, preload->error);
  g_free (preload);
  return ok;
}
