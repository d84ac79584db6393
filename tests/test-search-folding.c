/* test-search-folding.c: letters typed either way find the word
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "cg-search.h"

static void
test_fold_words (void)
{
  static const char * const cases[][2] = {
    { "Øresund", "oresund" },
    { "Łódź", "lodz" },
    { "Þór", "thor" },
    { "Đorđe", "dorde" },
    { "Straße", "strasse" },
    { "Encyclopædia", "encyclopaedia" },
    { "Kübernetes", "kubernetes" },
    { "Œuvre", "oeuvre" },
    { "日本語", "日本語" },
    { "Øre日本", "ore日本" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(GStrv) words = cg_search_fold_words (cases[i][0]);

      g_assert_cmpuint (g_strv_length (words), ==, 1);
      g_assert_cmpstr (words[0], ==, cases[i][1]);
    }
}

static const char catalog_json[] =
  "{\"schema_version\":1,\"catalog_date\":\"2026-01-01\",\"projects\":["
  "{\"id\":\"oresund\",\"name\":\"Øresund\",\"maturity\":\"sandbox\"},"
  "{\"id\":\"lodz\",\"name\":\"Łódź Mesh\",\"maturity\":\"sandbox\"},"
  "{\"id\":\"thor\",\"name\":\"Þór\",\"maturity\":\"sandbox\"},"
  "{\"id\":\"other\",\"name\":\"Other\",\"maturity\":\"sandbox\"}]}";

static char *
list (const char *catalog_path,
      const char *query)
{
  const char *argv[] = { g_getenv ("CG_BINARY"), "--list", "--search", query, "--catalog",
                         catalog_path, NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out,
                               NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* Through the command line with a small catalog: the plain and the folded
 * letter both match */
static void
test_cli_finds_folded (void)
{
  static const char * const cases[][2] = {
    { "oresund", "oresund\t" }, { "øresund", "oresund\t" }, { "ØRESUND", "oresund\t" },
    { "ore", "oresund\t" }, { "lodz", "lodz\t" }, { "łódź", "lodz\t" }, { "thor", "thor\t" },
    { "þór", "thor\t" },
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  int fd;

  if (g_getenv ("CG_BINARY") == NULL)
    {
      g_test_skip ("CG_BINARY is not set");
      return;
    }
  fd = g_file_open_tmp ("cg-fold-XXXXXX.json", &path, &error);
  g_assert_no_error (error);
  close (fd);
  g_assert_true (g_file_set_contents (path, catalog_json, -1, &error));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = list (path, cases[i][0]);

      g_test_message ("%s → %s", cases[i][0], out);
      g_assert_true (g_str_has_prefix (out, cases[i][1]));
      g_assert_null (strstr (out, "other\t"));
    }
  g_unlink (path);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/search-folding/fold-words", test_fold_words);
  g_test_add_func ("/search-folding/cli-finds-folded", test_cli_finds_folded);

  return g_test_run ();
}
