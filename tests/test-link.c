/* test-link.c: the link policy
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cg-link.h"

static void
test_accepted (void)
{
  static const char * const good[] = {
    "https://kubernetes.io/",
    "https://github.com/kubernetes/kubernetes",
    "https://groups.google.com/forum/#!forum/kubernetes-dev",
    "https://matrix.to/#/#prometheus:matrix.org",
    "https://example.com:8443/path?q=1&r=2#frag",
    "https://lists.cncf.io/g/cncf-helm",
    "https://bücher.example/",
    "HTTPS://Example.com/",
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;

      if (!cg_link_check (good[i], &error))
        g_error ("%s refused: %s", good[i], error->message);
      g_assert_true (cg_link_is_safe (good[i]));
    }
}

typedef struct
{
  const char *uri;
  CgLinkError code;
} Refused;

static void
test_refused (void)
{
  g_autofree char *long_uri = NULL;
  static const Refused bad[] = {
    { "", CG_LINK_ERROR_EMPTY },
    { "http://kubernetes.io/", CG_LINK_ERROR_NOT_HTTPS },
    { "javascript:alert(1)", CG_LINK_ERROR_NOT_HTTPS },
    { "data:text/html,<script>", CG_LINK_ERROR_NOT_HTTPS },
    { "file:///etc/passwd", CG_LINK_ERROR_NOT_HTTPS },
    { "smb://evil.example/share/x.desktop", CG_LINK_ERROR_NOT_HTTPS },
    { "ssh://git@github.com/x", CG_LINK_ERROR_NOT_HTTPS },
    { "irc://irc.libera.chat/prometheus", CG_LINK_ERROR_NOT_HTTPS },
    { "mailto:dev@example.com?attach=/etc/passwd", CG_LINK_ERROR_NOT_HTTPS },
    { "ftp://example.com/", CG_LINK_ERROR_NOT_HTTPS },
    { "//example.com/", CG_LINK_ERROR_NOT_A_URL },
    { "example.com", CG_LINK_ERROR_NOT_A_URL },
    { "https://github.com@evil.example/", CG_LINK_ERROR_USER_INFO },
    { "https://user:pass@example.com/", CG_LINK_ERROR_USER_INFO },
    { "https:///nohost", CG_LINK_ERROR_NO_HOST },
    { "https://localhost/", CG_LINK_ERROR_NO_HOST },
    { "https://example.com:99999/", CG_LINK_ERROR_NOT_A_URL },
    { "https://example.com/a b", CG_LINK_ERROR_BAD_CHARACTER },
    { "https://example.com/\n", CG_LINK_ERROR_BAD_CHARACTER },
    { "https://example.com/\t", CG_LINK_ERROR_BAD_CHARACTER },
    { "https://example.com/\x1b[31m", CG_LINK_ERROR_BAD_CHARACTER },
    { "https://example.com/\xe2\x80\xae" "fdp.exe", CG_LINK_ERROR_BAD_CHARACTER },  /* U+202E */
    { "https://exa\xe2\x80\x8bmple.com/", CG_LINK_ERROR_BAD_CHARACTER },          /* U+200B */
    { "https://example.com/\xc2\xa0", CG_LINK_ERROR_BAD_CHARACTER },              /* U+00A0 */
    { "https://example.com/\xff", CG_LINK_ERROR_BAD_CHARACTER },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      if (cg_link_check (bad[i].uri, &error))
        g_error ("“%s” was accepted", bad[i].uri);
      if (!g_error_matches (error, CG_LINK_ERROR, bad[i].code))
        g_error ("“%s”: expected code %d, got %d (%s)", bad[i].uri, bad[i].code, error->code,
                 error->message);
      g_assert_false (cg_link_is_safe (bad[i].uri));
    }

  g_assert_false (cg_link_is_safe (NULL));

  long_uri = g_strnfill (3000, 'a');
  memcpy (long_uri, "https://example.com/", 20);
  g_assert_false (cg_link_is_safe (long_uri));
  long_uri[CG_LINK_MAX_LENGTH] = '\0';
  g_assert_true (cg_link_is_safe (long_uri));
}

static void
test_normalize (void)
{
  g_autofree char *normal = cg_link_normalize ("https://Example.com/a?b#c", NULL);
  g_autofree char *host = cg_link_get_host ("https://kubernetes.io/docs/");
  g_autofree char *refused = cg_link_normalize ("http://x.example/", NULL);

  g_assert_nonnull (normal);
  g_assert_true (g_str_has_prefix (normal, "https://"));
  g_assert_cmpstr (host, ==, "kubernetes.io");
  g_assert_null (refused);

  /* Escapes keep their meaning: %26 and %2B in a query are not '&' and '+'
   * (an issue search for a label "a&b+c" stays that search) */
  {
    static const char * const kept[] = {
      "https://github.com/a/b/issues?q=is%3Aissue+label%3A%22a%26b%2Bc%22",
      "https://example.com/a%2Fb/c%3Fd?x=%3D%23#frag%20ment",
    };

    for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
      {
        g_autofree char *same = cg_link_normalize (kept[i], NULL);

        g_assert_cmpstr (same, ==, kept[i]);
      }
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/link/accepted", test_accepted);
  g_test_add_func ("/link/refused", test_refused);
  g_test_add_func ("/link/normalize", test_normalize);

  return g_test_run ();
}
