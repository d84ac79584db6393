/* cg-link.c: the one policy every link the user can open passes
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cg-link"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "cg-link.h"

G_DEFINE_QUARK (cg-link-error-quark, cg_link_error)

/**
 * cg_unichar_is_bidi_control:
 *
 * Returns: whether @c changes the direction of the text around it, the
 *   trick of links and names that read otherwise than they are
 */
gboolean
cg_unichar_is_bidi_control (gunichar c)
{
  return c == 0x061C || c == 0x200E || c == 0x200F ||
         (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

/* Refuses every character a person cannot see or that changes what they
 * see: controls, whitespace, bidi controls, zero-width and other format
 * characters. */
static gboolean
check_characters (const char  *uri,
                  GError     **error)
{
  if (!g_utf8_validate (uri, -1, NULL))
    {
      g_set_error_literal (error, CG_LINK_ERROR, CG_LINK_ERROR_BAD_CHARACTER,
                           _("not valid UTF-8"));
      return FALSE;
    }

  for (const char *p = uri; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c;

      /* Printable ASCII other than space, the common case */
      if ((guchar) *p > 0x20 && (guchar) *p < 0x7f)
        continue;

      c = g_utf8_get_char (p);

      if (g_unichar_iscntrl (c))
        {
          g_set_error_literal (error, CG_LINK_ERROR, CG_LINK_ERROR_BAD_CHARACTER,
                               _("contains a control character"));
          return FALSE;
        }
      if (g_unichar_isspace (c) || g_unichar_type (c) == G_UNICODE_SPACE_SEPARATOR)
        {
          g_set_error_literal (error, CG_LINK_ERROR, CG_LINK_ERROR_BAD_CHARACTER,
                               _("contains whitespace"));
          return FALSE;
        }
      if (cg_unichar_is_bidi_control (c))
        {
          g_set_error_literal (error, CG_LINK_ERROR, CG_LINK_ERROR_BAD_CHARACTER,
                               _("contains a bidirectional control character"));
          return FALSE;
        }
      if (g_unichar_type (c) == G_UNICODE_FORMAT || g_unichar_iszerowidth (c))
        {
          g_set_error_literal (error, CG_LINK_ERROR, CG_LINK_ERROR_BAD_CHARACTER,
                               _("contains an invisible character"));
          return FALSE;
        }
    }

  return TRUE;
}

static GUri *
parse_safe (const char  *uri,
            GError     **error)
{
  g_autoptr(GUri) parsed = NULL;
  const char *host;

  if (uri == NULL || *uri == '\0')
    {
      g_set_error_literal (error, CG_LINK_ERROR, CG_LINK_ERROR_EMPTY, _("empty URL"));
      return NULL;
    }

  if (strlen (uri) > CG_LINK_MAX_LENGTH)
    {
      g_set_error (error, CG_LINK_ERROR, CG_LINK_ERROR_TOO_LONG,
                   _("URL longer than %d bytes"), CG_LINK_MAX_LENGTH);
      return NULL;
    }

  if (!check_characters (uri, error))
    return NULL;

  /* Escapes in the path, query and fragment stay as written: decoding
   * %26 or %2B would change what a query asks for */
  parsed = g_uri_parse (uri, G_URI_FLAGS_ENCODED_PATH | G_URI_FLAGS_ENCODED_QUERY |
                        G_URI_FLAGS_ENCODED_FRAGMENT, NULL);
  if (parsed == NULL)
    {
      g_set_error_literal (error, CG_LINK_ERROR, CG_LINK_ERROR_NOT_A_URL,
                           _("not a valid URL"));
      return NULL;
    }

  if (g_strcmp0 (g_uri_get_scheme (parsed), "https") != 0)
    {
      g_set_error_literal (error, CG_LINK_ERROR, CG_LINK_ERROR_NOT_HTTPS,
                           _("not an https URL"));
      return NULL;
    }

  if (g_uri_get_userinfo (parsed) != NULL)
    {
      g_set_error_literal (error, CG_LINK_ERROR, CG_LINK_ERROR_USER_INFO,
                           _("contains user information before the host"));
      return NULL;
    }

  host = g_uri_get_host (parsed);
  if (host == NULL || *host == '\0' || *host == '.' || strchr (host, '.') == NULL ||
      g_str_has_suffix (host, "."))
    {
      g_set_error_literal (error, CG_LINK_ERROR, CG_LINK_ERROR_NO_HOST,
                           _("has no valid host name"));
      return NULL;
    }

  return g_steal_pointer (&parsed);
}

/**
 * cg_link_check:
 * @uri: a URL from the catalog or the user
 * @error: the reason when it is refused, as a short phrase
 *
 * Returns: %TRUE when @uri may be opened: https, a real host, no user
 *   information, no control, whitespace, bidi or invisible characters,
 *   at most %CG_LINK_MAX_LENGTH bytes.
 */
gboolean
cg_link_check (const char  *uri,
               GError     **error)
{
  g_autoptr(GUri) parsed = parse_safe (uri, error);

  return parsed != NULL;
}

gboolean
cg_link_is_safe (const char *uri)
{
  return cg_link_check (uri, NULL);
}

/**
 * cg_link_normalize:
 *
 * Returns: (transfer full) (nullable): the re-serialized form of a safe
 *   @uri (what is actually launched), or %NULL with @error set.
 */
char *
cg_link_normalize (const char  *uri,
                   GError     **error)
{
  g_autoptr(GUri) parsed = parse_safe (uri, error);

  if (parsed == NULL)
    return NULL;

  return g_uri_to_string (parsed);
}

/**
 * cg_link_get_host:
 *
 * Returns: (transfer full) (nullable): the host of a safe @uri, for display.
 */
char *
cg_link_get_host (const char *uri)
{
  g_autoptr(GUri) parsed = parse_safe (uri, NULL);

  if (parsed == NULL)
    return NULL;

  return g_strdup (g_uri_get_host (parsed));
}
