/* cg-cli.c: the headless command line, which never needs a display
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cg-cli"

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>

#include "cg-catalog.h"
#include "cg-cli.h"
#include "cg-cli-json.h"
#include "cg-link.h"
#include "cg-search.h"

static const GOptionEntry option_entries[] = {
  { "list", 'l', 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the projects, one a line: id, name, maturity and focus"), NULL },
  { "info", 'i', 0, G_OPTION_ARG_STRING, NULL,
    N_("Print every field of one project"), N_("ID") },
  { "validate", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Check a catalog file and print the first fault"), N_("FILE") },
  { "search", 's', 0, G_OPTION_ARG_STRING, NULL,
    N_("Show only projects that match TEXT"), N_("TEXT") },
  { "maturity", 'm', 0, G_OPTION_ARG_STRING, NULL,
    N_("Show only projects at these levels: graduated, incubating, sandbox, archived"),
    N_("LEVEL[,LEVEL…]") },
  { "language", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Show only projects written mainly in LANGUAGE (go, rust…), or “other”"),
    N_("LANGUAGE") },
  { "sort", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("List in this order: relevance, name, activity (most commits first) or newest "
       "(latest accepted first)"), N_("ORDER") },
  { "format", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Print --list, --info and --issues as tab (the default) or json"), N_("FORMAT") },
  { "project", 'p', 0, G_OPTION_ARG_STRING, NULL,
    N_("Open the window on this project"), N_("ID") },
  { "catalog", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Read the projects from FILE instead of the built-in catalog"), N_("FILE") },
  { "starred", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the starred projects (your shortlist), one a line, like --list"), NULL },
  { "star", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Add a project to your shortlist"), N_("ID") },
  { "unstar", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Take a project off your shortlist (its note is kept)"), N_("ID") },
  { "note", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Keep TEXT as your note on a project (empty TEXT removes it)"), N_("ID TEXT") },
  { "export-shortlist", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write your shortlist to FILE as a Markdown page"), N_("FILE") },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_STRING_ARRAY, NULL, NULL, N_("[TEXT]") },
  { "refresh", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Download a fresh catalog from the CNCF landscape and keep it for next time"), NULL },
  { "issues", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Print the open newcomer issues of one project on GitHub, one a line: number, title, last update and address"),
    N_("ID") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the version and exit"), NULL },
  { NULL }
};

/**
 * cg_cli_get_option_entries:
 *
 * Returns: the options of the command line, for g_application_add_main_option_entries()
 */
const GOptionEntry *
cg_cli_get_option_entries (void)
{
  return option_entries;
}

/**
 * cg_cli_make_printable:
 * @text: (nullable): text from outside: a catalog, a download, a file name,
 *   a D-Bus argument, or a message that quotes any of these
 * @max_chars: how many characters to keep at most (the rest becomes "…"),
 *   or -1 for all
 *
 * Makes @text safe to show as plain text, on a terminal or in a widget:
 * invalid UTF-8, control characters other than newline and tab, and
 * bidirectional controls each become U+FFFD, so that nothing in it can
 * drive a terminal or reorder the text around it.
 *
 * Returns: (transfer full): the text to show; "" for %NULL
 */
char *
cg_cli_make_printable (const char *text,
                       gssize      max_chars)
{
  g_autofree char *valid = g_utf8_make_valid (text ? text : "", -1);
  GString *out = g_string_sized_new (strlen (valid));
  gssize n = 0;

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);

      if (max_chars >= 0 && n == max_chars)
        {
          g_string_append (out, "…");
          break;
        }
      if ((g_unichar_iscntrl (c) && c != '\n' && c != '\t') || cg_unichar_is_bidi_control (c))
        c = 0xFFFD;
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/**
 * cg_cli_print_error:
 * @message: what went wrong; it may quote text from outside
 *
 * Prints "cncf-guide: @message" on standard error, as plain text on one
 * line.
 */
void
cg_cli_print_error (const char *message)
{
  g_autofree char *shown = cg_cli_make_printable (message, -1);

  /* One line, whatever it quotes */
  g_printerr ("cncf-guide: %s\n", g_strdelimit (shown, "\n\t", ' '));
}

G_GNUC_PRINTF (1, 2)
int
cg_cli_fail (const char *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  cg_cli_print_error (message);
  return 1;
}

CgCatalog *
cg_cli_load_catalog (const char  *path,
                     GError     **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) local_error = NULL;
  CgCatalog *catalog;

  if (path == NULL)
    return cg_cli_load_shown_catalog (error);

  file = g_file_new_for_commandline_arg (path);
  catalog = cg_catalog_new_from_file (file, NULL, &local_error);
  if (catalog == NULL)
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, local_error->domain, local_error->code,
                   "%s: %s", display, local_error->message);
    }
  return catalog;
}

static void
print_field (const char *field,
             const char *value)
{
  g_autofree char *line = NULL;

  if (value == NULL)
    return;

  /* One field a line: paragraphs are joined. */
  line = g_strdelimit (cg_cli_make_printable (value, -1), "\n\t", ' ');
  g_print ("%s: %s\n", field, line);
}

static void
print_link (const char *field,
            CgLinkItem *link)
{
  g_autoptr(GString) text = NULL;

  if (link == NULL)
    return;

  text = g_string_new (link->title);
  if (link->detail != NULL)
    g_string_append_printf (text, " (%s)", link->detail);
  if (link->url != NULL)
    g_string_append_printf (text, " <%s>", link->url);
  print_field (field, text->str);
}

/* The repository facts, one a line */
static void
print_facts (CgProject *project)
{
  static const char * const health[] = {
    CG_HEALTH_CODE_OF_CONDUCT, CG_HEALTH_SECURITY_POLICY, CG_HEALTH_MAINTAINERS,
    CG_HEALTH_GOVERNANCE,
  };
  g_autofree char *rule = cg_cli_describe_legal (project);
  const CgLanguageShare *languages;
  const char *from, *to, *last;
  guint n, commits, authors;

  print_field ("legal_rule", rule);
  print_field ("dco", cg_cli_fact_to_string (cg_project_get_dco (project)));
  print_field ("cla", cg_cli_fact_to_string (cg_project_get_cla (project)));
  print_field ("cla_url", cg_project_get_cla_url (project));
  print_field ("language", cg_project_get_language (project));
  languages = cg_project_get_languages (project, &n);
  if (n > 0)
    {
      g_autoptr(GString) text = g_string_new (NULL);

      for (guint i = 0; i < n; i++)
        g_string_append_printf (text, "%s%s %.1f%%", i > 0 ? ", " : "", languages[i].name,
                                languages[i].share);
      print_field ("languages", text->str);
    }
  if (cg_project_get_newcomer_labels (project)[0] != NULL)
    {
      g_autofree char *labels = g_strjoinv (", ", (GStrv) cg_project_get_newcomer_labels (project));
      print_field ("newcomer_labels", labels);
    }
  for (guint i = 0; i < G_N_ELEMENTS (health); i++)
    print_field (health[i], cg_project_get_health (project, health[i]));
  if (cg_project_get_activity (project, &commits, &authors, &from, &to, &last))
    {
      g_autofree char *activity = g_strdup_printf ("%u commits by %u authors from %s to %s",
                                                   commits, authors, from, to);
      print_field ("activity", activity);
      print_field ("last_commit", last);
    }
  else
    print_field ("activity", "unknown");
  if (cg_project_get_aliases (project)[0] != NULL)
    {
      g_autofree char *aliases = g_strjoinv (", ", (GStrv) cg_project_get_aliases (project));
      print_field ("aliases", aliases);
    }
  print_field ("facts_date", cg_project_get_facts_date (project));
  print_link ("facts_source", cg_project_get_facts_source (project));
}

static int
print_info (CgCatalog  *catalog,
            const char *id,
            gboolean    json)
{
  static const char * const dates[] = { "accepted", "incubating", "graduated", "archived" };
  CgProject *project = cg_catalog_lookup (catalog, id);
  GPtrArray *links;

  if (project == NULL)
    return cg_cli_fail (_("no project with the id “%s” (try --list)"), id);
  if (json)
    return cg_cli_print_project_json (project);

  print_field ("id", cg_project_get_id (project));
  print_field ("name", cg_project_get_name (project));
  print_field ("maturity", cg_maturity_to_string (cg_project_get_maturity (project)));
  print_field ("focus", cg_project_get_focus (project));
  print_field ("category", cg_project_get_category (project));
  print_field ("summary", cg_project_get_summary (project));
  print_field ("description", cg_project_get_description (project));
  print_link ("description_source", cg_project_get_description_source (project));
  print_field ("homepage", cg_project_get_homepage (project));
  print_field ("repository", cg_project_get_repository (project));
  print_field ("contributor_guide", cg_project_get_contributor_guide (project));
  links = cg_project_get_chat (project);
  for (guint i = 0; i < links->len; i++)
    print_link ("chat", links->pdata[i]);
  links = cg_project_get_mailing_lists (project);
  for (guint i = 0; i < links->len; i++)
    print_link ("mailing_list", links->pdata[i]);
  print_field ("license", cg_project_get_license (project));
  print_field ("legal", cg_legal_kind_to_string (cg_project_get_legal_kind (project)));
  print_link ("legal_document", cg_project_get_legal (project));
  print_facts (project);
  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    print_field (dates[i], cg_project_get_date (project, dates[i]));

  return 0;
}

/* "go" → "Go" as the catalog spells it; "other" → CG_LANGUAGE_OTHER */
static gboolean
resolve_language (CgCatalog   *catalog,
                  const char  *language,
                  const char **out)
{
  g_autofree char *wanted = g_utf8_casefold (language, -1);

  if (g_str_equal (wanted, CG_LANGUAGE_OTHER))
    {
      *out = CG_LANGUAGE_OTHER;
      return TRUE;
    }
  for (guint i = 0; i < cg_catalog_get_n_projects (catalog); i++)
    {
      const char *name = cg_project_get_language (cg_catalog_get_project (catalog, i));
      g_autofree char *folded = name ? g_utf8_casefold (name, -1) : NULL;

      if (g_strcmp0 (folded, wanted) == 0)
        {
          *out = name;
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * cg_cli_append_project_line:
 * @out: where the line goes
 *
 * Appends the --list line of @project: id, name, maturity and focus,
 * separated by tabs.
 */
void
cg_cli_append_project_line (GString   *out,
                            CgProject *project)
{
  const char *focus = cg_project_get_focus (project);

  g_string_append_printf (out, "%s\t%s\t%s\t%s\n",
                          cg_project_get_id (project),
                          cg_project_get_name (project),
                          cg_maturity_to_string (cg_project_get_maturity (project)),
                          focus ? focus : "");
}

static int
print_list (CgCatalog             *catalog,
            const char            *query,
            const CgSearchOptions *options,
            gboolean               json)
{
  g_autoptr(CgSearchResult) result = cg_search_run_with (catalog, NULL, query, options);
  g_autoptr(GString) out = g_string_new (NULL);

  if (json)
    return cg_cli_print_list_json (catalog, result);

  for (guint i = 0; i < result->positions->len; i++)
    {
      CgProject *project = cg_catalog_get_project (catalog,
                                                   g_array_index (result->positions, guint, i));

      cg_cli_append_project_line (out, project);
    }

  fwrite (out->str, 1, out->len, stdout);
  return fflush (stdout) == 0 ? 0 : 1;
}

/**
 * cg_cli_handle_options:
 * @options: the parsed command line
 *
 * Runs a headless command (--list, --info, --validate, --version) and
 * checks the arguments the window will use.
 *
 * Returns: an exit status, or %CG_CLI_CONTINUE to open the window
 */
int
cg_cli_handle_options (GVariantDict *options)
{
  g_autoptr(CgCatalog) catalog = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *info = NULL;
  g_autofree char *issues = NULL;
  g_autofree char *validate = NULL;
  g_autofree char *search = NULL;
  g_autofree char *maturity = NULL;
  g_autofree char *catalog_path = NULL;
  g_autofree char *language = NULL;
  g_autofree char *sort = NULL;
  g_autofree char *format = NULL;
  CgSearchOptions search_options = { 0, NULL, CG_SORT_RELEVANCE };
  gboolean json = FALSE;
  gboolean list = FALSE;
  gboolean version = FALSE;
  gboolean refresh = FALSE;
  guint mask = 0;
  guint n_commands;
  int status;

  g_variant_dict_lookup (options, "list", "b", &list);
  g_variant_dict_lookup (options, "version", "b", &version);
  g_variant_dict_lookup (options, "refresh", "b", &refresh);
  g_variant_dict_lookup (options, "info", "s", &info);
  g_variant_dict_lookup (options, "issues", "s", &issues);
  g_variant_dict_lookup (options, "validate", "^ay", &validate);
  g_variant_dict_lookup (options, "search", "s", &search);
  g_variant_dict_lookup (options, "maturity", "s", &maturity);
  g_variant_dict_lookup (options, "catalog", "^ay", &catalog_path);
  g_variant_dict_lookup (options, "language", "s", &language);
  g_variant_dict_lookup (options, "sort", "s", &sort);
  g_variant_dict_lookup (options, "format", "s", &format);

  if (version)
    {
      g_print ("cncf-guide %s\n", PACKAGE_VERSION);
      return 0;
    }

  n_commands = (list ? 1 : 0) + (info ? 1 : 0) + (validate ? 1 : 0) + (refresh ? 1 : 0) +
               (issues ? 1 : 0);
  if (n_commands > 1)
    return cg_cli_fail (_("--list, --info, --validate, --refresh and --issues cannot be used together"));

  if (refresh)
    return cg_cli_refresh ();

  if (maturity != NULL && !cg_maturity_mask_parse (maturity, &mask, &error))
    return cg_cli_fail ("--maturity: %s", error->message);
  if (sort != NULL && !cg_sort_order_from_string (sort, &search_options.sort))
    return cg_cli_fail (_("--sort: unknown order “%s” (expected relevance, name, activity or newest)"),
                        sort);
  if (format != NULL && !g_str_equal (format, "tab") && !g_str_equal (format, "json"))
    return cg_cli_fail (_("--format: unknown format “%s” (expected tab or json)"), format);
  json = g_strcmp0 (format, "json") == 0;

  if (issues != NULL)
    return cg_cli_issues (issues, json);

  status = cg_cli_shortlist (options, catalog_path);
  if (status != CG_CLI_CONTINUE)
    return status;

  if (validate != NULL)
    {
      catalog = cg_cli_load_catalog (validate, &error);
      if (catalog == NULL)
        return cg_cli_fail ("%s", error->message);
      g_print (g_dngettext (GETTEXT_PACKAGE, "ok: %u project\n", "ok: %u projects\n",
                            cg_catalog_get_n_projects (catalog)),
               cg_catalog_get_n_projects (catalog));
      return 0;
    }

  if (!list && info == NULL)
    {
      /* The window has drop-downs of its own and prints nothing */
      if (format != NULL)
        return cg_cli_fail (_("--format only applies to --list, --info and --starred"));
      if (sort != NULL || language != NULL)
        return cg_cli_fail (_("%s only applies to --list"),
                            sort != NULL ? "--sort" : "--language");
      return CG_CLI_CONTINUE;
    }

  catalog = cg_cli_load_catalog (catalog_path, &error);
  if (catalog == NULL)
    return cg_cli_fail ("%s", error->message);

  if (info != NULL)
    return print_info (catalog, info, json);

  if (language != NULL && !resolve_language (catalog, language, &search_options.language))
    return cg_cli_fail (_("--language: no project is written mainly in “%s”"), language);
  search_options.maturity_mask = mask;
  return print_list (catalog, search, &search_options, json);
}
