/* cg-shortlist-export.c: the shortlist as a Markdown page, to print or share
 *
 * Every text that is not ours (names, chat titles, notes) is escaped so
 * that Markdown reads it literally: a note cannot make a link, an image,
 * a heading or HTML. Links are only the catalog's, which passed the link
 * policy, written as autolinks.
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cg-shortlist"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "cg-github-url.h"
#include "cg-link.h"
#include "cg-shortlist.h"

/* Backslash before every ASCII punctuation character (CommonMark makes
 * each of them literal); line breaks become spaces. */
static void
append_text (GString    *out,
             const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '\n' || *p == '\r' || *p == '\t')
        g_string_append_c (out, ' ');
      else if (g_ascii_ispunct (*p))
        {
          g_string_append_c (out, '\\');
          g_string_append_c (out, *p);
        }
      else
        g_string_append_c (out, *p);
    }
}

static void
append_url (GString    *out,
            const char *url)
{
  /* An autolink: no spaces (the link policy has none), no angle brackets */
  g_string_append_c (out, '<');
  for (const char *p = url; *p != '\0'; p++)
    {
      if (*p == '<')
        g_string_append (out, "%3C");
      else if (*p == '>')
        g_string_append (out, "%3E");
      else
        g_string_append_c (out, *p);
    }
  g_string_append_c (out, '>');
}

static void
append_link_line (GString    *out,
                  const char *label,
                  const char *title,
                  const char *url)
{
  if (url == NULL || !cg_link_is_safe (url))
    return;

  g_string_append_printf (out, "- %s: ", label);
  if (title != NULL)
    {
      append_text (out, title);
      g_string_append (out, " ");
    }
  append_url (out, url);
  g_string_append_c (out, '\n');
}

static void
append_note (GString    *out,
             const char *note)
{
  g_auto(GStrv) lines = NULL;

  if (note == NULL || *note == '\0')
    return;

  g_string_append_printf (out, "\n%s\n\n", _("My notes:"));
  lines = g_strsplit (note, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      /* A quoted block, one line a line (two spaces make the break) */
      g_string_append (out, "> ");
      append_text (out, lines[i]);
      g_string_append (out, lines[i + 1] != NULL ? "  \n" : "\n");
    }
}

static void
append_project (GString    *out,
                CgProject  *project,
                const char *id,
                const char *note)
{
  g_autofree char *issues = NULL;
  GPtrArray *chat;

  g_string_append (out, "\n## ");
  if (project == NULL)
    {
      append_text (out, id);
      g_string_append_printf (out, "\n\n- %s\n", _("No longer in the catalog"));
      append_note (out, note);
      return;
    }

  append_text (out, cg_project_get_name (project));
  g_string_append (out, "\n\n- ");
  g_string_append_printf (out, "%s: %s\n", _("Maturity"),
                          cg_maturity_get_title (cg_project_get_maturity (project)));
  append_link_line (out, _("Contributor guide"), NULL,
                    cg_project_get_contributor_guide (project));
  chat = cg_project_get_chat (project);
  for (guint i = 0; i < chat->len; i++)
    {
      CgLinkItem *link = chat->pdata[i];
      g_autofree char *title = link->detail
        ? g_strdup_printf ("%s %s", link->title, link->detail)
        : g_strdup (link->title);

      append_link_line (out, _("Chat"), title, link->url);
    }
  /* The same first-issue link as the project page's */
  issues = cg_github_url_first_issue (cg_project_get_repository (project),
                                      cg_project_get_newcomer_labels (project), NULL);
  append_link_line (out, _("First issues"), NULL, issues);
  append_link_line (out, _("Repository"), NULL, cg_project_get_repository (project));
  append_note (out, note);
}

/**
 * cg_shortlist_to_markdown:
 * @catalog: the catalog the links come from
 *
 * Returns: (transfer full): a Markdown page (UTF-8) with every starred
 *   project in the order it was starred: its maturity, contributor
 *   guide, chat, first-issues and repository links, and the person's note.
 *   Starred projects missing from @catalog are listed as no longer in it,
 *   with their note.
 */
char *
cg_shortlist_to_markdown (CgShortlist *self,
                          CgCatalog   *catalog)
{
  g_auto(GStrv) starred = NULL;
  GString *out;

  g_return_val_if_fail (CG_IS_SHORTLIST (self), NULL);
  g_return_val_if_fail (CG_IS_CATALOG (catalog), NULL);

  starred = cg_shortlist_dup_starred (self);
  out = g_string_new (NULL);
  g_string_append_printf (out, "# %s\n", _("My CNCF shortlist"));
  for (guint i = 0; starred[i] != NULL; i++)
    append_project (out, cg_shortlist_resolve (catalog, starred[i]), starred[i],
                    cg_shortlist_get_note (self, starred[i]));
  return g_string_free (out, FALSE);
}
