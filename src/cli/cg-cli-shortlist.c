/* cg-cli-shortlist.c: --starred, --star, --unstar, --note, --export-shortlist
 *
 * Each change locks the shortlist file, reads it again and writes it (see
 * cg-shortlist.c), so a running window and the command line never
 * overwrite each other's changes; the window reloads when the file
 * changes.
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cg-cli"

#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "cg-cli.h"
#include "cg-cli-json.h"
#include "cg-shortlist.h"

static void
print_warning (CgShortlist *shortlist,
               const char  *message,
               gpointer     user_data)
{
  cg_cli_print_error (message);
}

static CgShortlist *
open_shortlist (void)
{
  g_autoptr(CgShortlist) shortlist = cg_shortlist_new_default ();
  g_autoptr(GError) warning = NULL;

  g_signal_connect (shortlist, "warning", G_CALLBACK (print_warning), NULL);
  if (!cg_shortlist_load (shortlist, &warning))
    cg_cli_print_error (warning->message);
  return g_steal_pointer (&shortlist);
}

static int
print_starred (CgShortlist *shortlist,
               CgCatalog   *catalog)
{
  g_auto(GStrv) starred = cg_shortlist_dup_starred (shortlist);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; starred[i] != NULL; i++)
    {
      CgProject *project = cg_shortlist_resolve (catalog, starred[i]);

      if (project != NULL)
        cg_cli_append_project_line (out, project);
      else  /* the id as its name, no maturity, and why */
        g_string_append_printf (out, "%s\t%s\t\t%s\n", starred[i], starred[i],
                                _("no longer in the catalog"));
    }

  fwrite (out->str, 1, out->len, stdout);
  return fflush (stdout) == 0 ? 0 : 1;
}

/* The id to change: the catalog's (a former id leads to the current
 * one), or one already on the shortlist though no longer in the catalog. */
static const char *
resolve_id (CgShortlist *shortlist,
            CgCatalog   *catalog,
            const char  *id)
{
  CgProject *project = cg_shortlist_resolve (catalog, id);

  if (project != NULL)
    return cg_project_get_id (project);
  if (cg_shortlist_contains (shortlist, id) || cg_shortlist_get_note (shortlist, id) != NULL)
    return id;
  return NULL;
}

static int
export_shortlist (CgShortlist *shortlist,
                  CgCatalog   *catalog,
                  const char  *path)
{
  g_autofree char *markdown = cg_shortlist_to_markdown (shortlist, catalog);
  g_autofree char *display = g_filename_display_name (path);
  g_autoptr(GError) error = NULL;

  if (!g_file_set_contents_full (path, markdown, -1,
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                 0644, &error))
    return cg_cli_fail ("%s", error->message);
  return 0;
}

/**
 * cg_cli_shortlist:
 * @options: the parsed command line
 * @catalog_path: (nullable): --catalog, or %NULL for the shown catalog
 *
 * Runs --starred, --star, --unstar, --note or --export-shortlist.
 *
 * Returns: an exit status, or %CG_CLI_CONTINUE when none was asked for
 */
int
cg_cli_shortlist (GVariantDict *options,
                  const char   *catalog_path)
{
  g_autoptr(CgShortlist) shortlist = NULL;
  g_autoptr(CgCatalog) catalog = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *star = NULL;
  g_autofree char *unstar = NULL;
  g_autofree char *note = NULL;
  g_autofree char *export = NULL;
  g_auto(GStrv) rest = NULL;
  g_autofree char *format = NULL;
  gboolean starred = FALSE;
  gboolean list = FALSE;
  const char *id;
  const char *asked;
  guint n;

  g_variant_dict_lookup (options, "starred", "b", &starred);
  g_variant_dict_lookup (options, "list", "b", &list);
  g_variant_dict_lookup (options, "star", "s", &star);
  g_variant_dict_lookup (options, "unstar", "s", &unstar);
  g_variant_dict_lookup (options, "note", "s", &note);
  g_variant_dict_lookup (options, "export-shortlist", "^ay", &export);
  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^as", &rest);
  g_variant_dict_lookup (options, "format", "s", &format);

  n = (starred ? 1 : 0) + (star ? 1 : 0) + (unstar ? 1 : 0) + (note ? 1 : 0) + (export ? 1 : 0);
  if (n == 0)
    {
      if (rest != NULL && rest[0] != NULL)
        return cg_cli_fail (_("unexpected argument “%s”"), rest[0]);
      return CG_CLI_CONTINUE;
    }
  if (n > 1 || list || g_variant_dict_contains (options, "info") ||
      g_variant_dict_contains (options, "validate"))
    return cg_cli_fail (_("--starred, --star, --unstar, --note and --export-shortlist "
                          "cannot be used together or with --list, --info or --validate"));
  if (note != NULL && (rest == NULL || rest[0] == NULL || rest[1] != NULL))
    return cg_cli_fail (_("--note needs an id and one text: --note ID TEXT"));
  if (note == NULL && rest != NULL && rest[0] != NULL)
    return cg_cli_fail (_("unexpected argument “%s”"), rest[0]);

  catalog = cg_cli_load_catalog (catalog_path, &error);
  if (catalog == NULL)
    return cg_cli_fail ("%s", error->message);
  shortlist = open_shortlist ();

  if (starred && g_strcmp0 (format, "json") == 0)
    return cg_cli_print_starred_json (catalog, shortlist);
  if (starred)
    return print_starred (shortlist, catalog);
  if (export != NULL)
    return export_shortlist (shortlist, catalog, export);

  /* Renamed projects first follow their new ids */
  if (!cg_shortlist_follow_renames (shortlist, catalog, &error))
    return cg_cli_fail ("%s", error->message);

  asked = star ? star : unstar ? unstar : note;
  id = resolve_id (shortlist, catalog, asked);
  if (id == NULL)
    return cg_cli_fail (_("no project with the id “%s” (try --list)"), asked);

  if (star != NULL || unstar != NULL)
    {
      if (!cg_shortlist_set_starred (shortlist, id, star != NULL, &error))
        return cg_cli_fail ("%s", error->message);
    }
  else if (!cg_shortlist_set_note (shortlist, id, rest[0], &error))
    return cg_cli_fail ("%s", error->message);

  return 0;
}
