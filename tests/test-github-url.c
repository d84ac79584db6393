/* test-github-url.c: a repository's owner and name, and GitHub's addresses
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cg-github-url.h"
#include "cg-link.h"

typedef struct
{
  const char *url;
  const char *owner;
  const char *repo;
} Parsed;

static void
test_parse_repositories (void)
{
  static const Parsed good[] = {
    { "https://github.com/dexidp/dex", "dexidp", "dex" },
    { "https://github.com/dexidp/dex/", "dexidp", "dex" },
    { "https://github.com/dexidp/dex.git", "dexidp", "dex" },
    { "https://GitHub.com/kubernetes/kubernetes", "kubernetes", "kubernetes" },
    { "https://github.com/open-telemetry/opentelemetry-collector", "open-telemetry",
      "opentelemetry-collector" },
    { "https://github.com/spiffe/spire.io", "spiffe", "spire.io" },
    { "https://github.com/a/b_c-d.e", "a", "b_c-d.e" },
    { "https://github.com/kubernetes-sigs/.github", "kubernetes-sigs", ".github" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autofree char *owner = NULL;
      g_autofree char *repo = NULL;

      if (!cg_github_url_parse (good[i].url, &owner, &repo))
        g_error ("%s not read as a repository", good[i].url);
      g_assert_cmpstr (owner, ==, good[i].owner);
      g_assert_cmpstr (repo, ==, good[i].repo);
    }

  /* The outs are optional */
  g_assert_true (cg_github_url_parse ("https://github.com/dexidp/dex", NULL, NULL));
}

static void
test_parse_refuses (void)
{
  g_autofree char *long_owner = g_strdup_printf ("https://github.com/%s/x",
                                                 "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
  g_autofree char *long_repo = NULL;
  const char *bad[] = {
    NULL, "", "github.com/dexidp/dex", "http://github.com/dexidp/dex",
    "https://gitlab.com/dexidp/dex", "https://www.github.com/dexidp/dex",
    "https://github.com.evil.example/dexidp/dex", "https://evil.example/github.com/a/b",
    "https://github.com:8443/dexidp/dex", "https://user@github.com/dexidp/dex",
    "https://github.com/CoHDI", "https://github.com/CoHDI/", "https://github.com/",
    "https://github.com", "https://github.com//dex", "https://github.com/dexidp/",
    "https://github.com/dexidp//", "https://github.com/dexidp/dex/issues",
    "https://github.com/dexidp/dex/tree/main", "https://github.com/dexidp/dex//",
    "https://github.com/dexidp/dex?tab=readme", "https://github.com/dexidp/dex?",
    "https://github.com/dexidp/dex#readme", "https://github.com/dex%69dp/dex",
    "https://github.com/dexidp/d%65x", "https://github.com/dexidp/..",
    "https://github.com/dexidp/.", "https://github.com/dexidp/.git",
    "https://github.com/-dexidp/dex", "https://github.com/dexidp-/dex",
    "https://github.com/dex_idp/dex", "https://github.com/dexidp/de x",
    "https://github.com/dexidp/dex\xe2\x80\xae", "https://github.com/dexïdp/dex",
    "https://github.com/orgs/cncf", "https://github.com/topics/kubernetes",
    "https://github.com/sponsors/someone", "https://github.com/settings/profile",
    "javascript://github.com/a/b", "https://github.com/a/b\n",
    long_owner,
  };

  long_repo = g_strdup_printf ("https://github.com/a/%0101d", 0);
  g_assert_false (cg_github_url_parse (long_repo, NULL, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      char *owner = (char *) "untouched";
      char *repo = (char *) "untouched";

      if (cg_github_url_parse (bad[i], &owner, &repo))
        g_error ("%s read as a repository: %s/%s", bad[i], owner, repo);
      g_assert_cmpstr (owner, ==, "untouched");
      g_assert_cmpstr (repo, ==, "untouched");
    }
}

static void
test_issues_with_label (void)
{
  static const char * const cases[][2] = {
    { "good first issue",
      "https://github.com/dexidp/dex/issues?q=is%3Aissue+is%3Aopen+label%3A%22good+first+issue%22" },
    { "help wanted",
      "https://github.com/dexidp/dex/issues?q=is%3Aissue+is%3Aopen+label%3A%22help+wanted%22" },
    { "good-first-issue",
      "https://github.com/dexidp/dex/issues?q=is%3Aissue+is%3Aopen+label%3A%22good-first-issue%22" },
    /* Reserved characters and UTF-8 are escaped, never passed through */
    { "kind/bug & more+1#x?y=z",
      "https://github.com/dexidp/dex/issues?q=is%3Aissue+is%3Aopen+label%3A%22kind%2Fbug+%26+more%2B1%23x%3Fy%3Dz%22" },
    { "\xc3\xa9t\xc3\xa9 \xf0\x9f\x90\x9b",
      "https://github.com/dexidp/dex/issues?q=is%3Aissue+is%3Aopen+label%3A%22%C3%A9t%C3%A9+%F0%9F%90%9B%22" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *url = cg_github_url_issues_with_label ("dexidp", "dex", cases[i][0]);
      g_autofree char *normal = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_cmpstr (url, ==, cases[i][1]);
      /* The link policy passes it, and opens exactly these bytes */
      normal = cg_link_normalize (url, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (normal, ==, url);
    }
}

static void
test_first_issue (void)
{
  static const char * const labels[] = { "good first issue", "help wanted", NULL };
  static const char * const quoted[] = { "say \"hi\"", NULL };
  static const char * const none[] = { NULL };
  const char *used = "untouched";
  char *url;

  /* The first label the guide names */
  url = cg_github_url_first_issue ("https://github.com/dexidp/dex", labels, &used);
  g_assert_cmpstr (url, ==,
                   "https://github.com/dexidp/dex/issues?q=is%3Aissue+is%3Aopen+label%3A%22good+first+issue%22");
  g_assert_cmpstr (used, ==, "good first issue");
  g_free (url);

  /* No label: GitHub's contribute page */
  url = cg_github_url_first_issue ("https://github.com/kubescape/kubescape/", none, &used);
  g_assert_cmpstr (url, ==, "https://github.com/kubescape/kubescape/contribute");
  g_assert_null (used);
  g_free (url);
  url = cg_github_url_first_issue ("https://github.com/kubescape/kubescape", NULL, NULL);
  g_assert_cmpstr (url, ==, "https://github.com/kubescape/kubescape/contribute");
  g_free (url);

  /* A label GitHub's search could not quote */
  url = cg_github_url_first_issue ("https://github.com/a/b", quoted, &used);
  g_assert_cmpstr (url, ==, "https://github.com/a/b/contribute");
  g_assert_null (used);
  g_free (url);

  /* Not a GitHub repository: nothing is made up */
  used = "untouched";
  g_assert_null (cg_github_url_first_issue ("https://gitlab.com/a/b", labels, &used));
  g_assert_null (used);
  g_assert_null (cg_github_url_first_issue ("https://github.com/CoHDI", labels, NULL));
  g_assert_null (cg_github_url_first_issue (NULL, labels, NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/github-url/parse", test_parse_repositories);
  g_test_add_func ("/github-url/parse-refuses", test_parse_refuses);
  g_test_add_func ("/github-url/issues-with-label", test_issues_with_label);
  g_test_add_func ("/github-url/first-issue", test_first_issue);

  return g_test_run ();
}
