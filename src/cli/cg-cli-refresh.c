/* cg-cli-refresh.c: `cncf-guide --refresh`, and the catalog the command line shows
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cg-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "cg-cli.h"
#include "cg-refresh.h"
#include "cg-settings.h"

/**
 * cg_cli_describe_update:
 * @catalog: the new catalog
 * @before: the catalog shown before the refresh
 * @stats: (nullable): what the import did
 *
 * Returns: (transfer full): the outcome in one line: "Catalog updated: 255
 *   projects, 3 new, 1 renamed, 1 merged", followed by what a change of the
 *   landscape's format made the import keep
 */
char *
cg_cli_describe_update (CgCatalog           *catalog,
                        CgCatalog           *before,
                        const CgImportStats *stats)
{
  guint n = cg_catalog_get_n_projects (catalog);
  guint n_new = cg_catalog_count_new (catalog, before);
  g_autofree char *projects = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u project",
                                                            "%u projects", n), n);
  g_autofree char *kept = stats ? cg_import_stats_describe_kept (stats) : NULL;
  g_autoptr(GString) text = g_string_new (NULL);

  /* TRANSLATORS: "Catalog updated: 255 projects, 3 new" */
  g_string_printf (text, g_dngettext (GETTEXT_PACKAGE, "Catalog updated: %s, %u new",
                                      "Catalog updated: %s, %u new", n_new), projects, n_new);
  if (stats != NULL && stats->n_renamed > 0)
    /* TRANSLATORS: follows "Catalog updated: 255 projects, 3 new" */
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, ", %u renamed", ", %u renamed",
                                               stats->n_renamed), stats->n_renamed);
  if (stats != NULL && stats->n_merged > 0)
    /* TRANSLATORS: duplicate entries of the landscape merged into one project */
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, ", %u duplicate merged",
                                               ", %u duplicates merged", stats->n_merged),
                            stats->n_merged);
  if (kept != NULL)
    g_string_append_printf (text, ". %s", kept);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * cg_cli_load_shown_catalog:
 *
 * Returns: (transfer full) (nullable): what the window would show: the
 *   newer of the cache and the bundled catalog
 */
CgCatalog *
cg_cli_load_shown_catalog (GError **error)
{
  g_autoptr(CgCatalog) bundled = cg_catalog_new_bundled (error);
  g_autoptr(CgCache) cache = NULL;
  g_autoptr(GError) warning = NULL;
  CgCatalog *shown;

  if (bundled == NULL)
    return NULL;

  cache = cg_cache_new_default ();
  shown = cg_cache_choose_catalog (cache, bundled, &warning);
  if (warning != NULL)
    cg_cli_print_error (warning->message);
  return shown;
}

typedef struct
{
  GMainLoop       *loop;
  CgRefreshResult *result;
  GError          *error;
} Wait;

static void
refreshed_cb (GObject      *source,
              GAsyncResult *async_result,
              gpointer      user_data)
{
  Wait *wait = user_data;

  wait->result = cg_refresh_run_finish (CG_REFRESH (source), async_result, &wait->error);
  g_main_loop_quit (wait->loop);
}

/**
 * cg_cli_refresh:
 *
 * Refreshes the cached catalog, headless, and prints the outcome in one
 * line.
 *
 * Returns: the exit status: 0 for an update or "already up to date"
 */
int
cg_cli_refresh (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CgCatalog) bundled = cg_catalog_new_bundled (&error);
  g_autoptr(CgCatalog) before = NULL;
  g_autoptr(CgCache) cache = cg_cache_new_default ();
  g_autoptr(CgRefresh) refresh = NULL;
  g_autoptr(GSettings) settings = cg_settings_new ();
  g_autofree char *url = cg_settings_get_source_url (settings);
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  Wait wait = { loop, NULL, NULL };

  if (bundled == NULL)
    {
      cg_cli_print_error (error->message);
      return 1;
    }

  before = cg_cache_choose_catalog (cache, bundled, NULL);
  refresh = cg_refresh_new (cache, bundled);
  cg_refresh_set_source_url (refresh, url);
  cg_refresh_run_async (refresh, NULL, refreshed_cb, &wait);
  g_main_loop_run (loop);

  if (wait.result == NULL)
    {
      g_autofree char *shown = cg_cli_make_printable (wait.error->message, -1);

      g_printerr (_("cncf-guide: the catalog was not refreshed: %s\n"), shown);
      g_clear_error (&wait.error);
      return 1;
    }

  if (!wait.result->updated)
    g_print ("%s\n", _("Already up to date"));
  else if (wait.result->warning != NULL)
    {
      cg_cli_print_error (wait.result->warning);
      cg_refresh_result_free (wait.result);
      return 1;
    }
  else
    {
      g_autofree char *text = cg_cli_describe_update (wait.result->catalog, before,
                                                      &wait.result->stats);

      g_print ("%s\n", text);
    }

  cg_refresh_result_free (wait.result);
  return 0;
}
