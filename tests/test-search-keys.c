/* test-search-keys.c: the search keys made off the keystroke say exactly
 * what folding every field word by word says
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cg-catalog-private.h"
#include "cg-project-private.h"
#include "cg-search.h"

/* What GLib makes of ASCII text, which the fast path must give too:
 * g_str_tokenize_and_fold() leaves ASCII words as they are but for case,
 * and the accent folding of cg_search_fold_words() has nothing to do. */
static void
assert_fast_path_agrees (const char *text)
{
  g_auto(GStrv) ours = cg_search_fold_words (text);
  g_auto(GStrv) glib = g_str_tokenize_and_fold (text, NULL, NULL);
  g_autofree char *casefolded = g_utf8_casefold (text, -1);
  g_autofree char *lowered = g_ascii_strdown (text, -1);

  g_assert_true (g_str_is_ascii (text));
  if (!g_strv_equal ((const char * const *) ours, (const char * const *) glib))
    {
      g_autofree char *a = g_strjoinv ("|", ours);
      g_autofree char *b = g_strjoinv ("|", glib);

      g_error ("“%s”: folded to “%s”, GLib says “%s”", text, a, b);
    }
  /* The sort key's fast path */
  g_assert_cmpstr (lowered, ==, casefolded);
}

static void
test_fast_path_random_ascii (void)
{
  /* Word characters, separators and every other ASCII byte, mixed */
  static const char common[] = "abcxyzABCXYZ0189 -_.,'/()+#@";
  GRand *rand = g_rand_new_with_seed (15);

  for (guint n = 0; n < 20000; n++)
    {
      char text[49];
      guint len = (guint) g_rand_int_range (rand, 0, sizeof text);

      for (guint i = 0; i < len; i++)
        text[i] = g_rand_boolean (rand) ? common[g_rand_int_range (rand, 0, sizeof common - 1)]
                                        : (char) g_rand_int_range (rand, 1, 128);
      text[len] = '\0';
      assert_fast_path_agrees (text);
    }
  g_rand_free (rand);
}

static void
each_field (CgProject *project,
            void     (*func) (const char *text, gpointer data),
            gpointer   data)
{
  const char *fields[] = { project->name, project->id, project->focus, project->category,
                           project->language, project->summary, project->description };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (fields[i] != NULL)
      func (fields[i], data);
  for (guint i = 0; project->aliases[i] != NULL; i++)
    func (project->aliases[i], data);
}

static void
check_if_ascii (const char *text,
                gpointer    data)
{
  guint *n_ascii = data;

  if (g_str_is_ascii (text))
    {
      assert_fast_path_agrees (text);
      (*n_ascii)++;
    }
}

static void
test_fast_path_bundled (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CgCatalog) catalog = cg_catalog_new_bundled (&error);
  guint n_ascii = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < cg_catalog_get_n_projects (catalog); i++)
    each_field (cg_catalog_get_project (catalog, i), check_if_ascii, &n_ascii);
  /* Nearly every catalog string takes the fast path */
  g_assert_cmpuint (n_ascii, >, 1000);
}

/* " word word" for each folded word of @text */
static void
append_reference (GString    *out,
                  const char *text)
{
  g_auto(GStrv) words = cg_search_fold_words (text);

  for (guint i = 0; words[i] != NULL; i++)
    g_string_append_printf (out, " %s", words[i]);
}

static void
check_keys (CgCatalog *catalog)
{
  const CgSearchKeys *keys = _cg_search_keys_get (catalog);

  g_assert_cmpuint (keys->n_keys, ==, cg_catalog_get_n_projects (catalog));
  for (guint i = 0; i < keys->n_keys; i++)
    {
      CgProject *project = cg_catalog_get_project (catalog, i);
      const CgSearchKey *key = &keys->keys[i];
      g_autoptr(GString) expected = g_string_new (NULL);
      g_auto(GStrv) name_words = cg_search_fold_words (project->name);
      g_autofree char *name_joined = g_strjoinv (" ", name_words);
      guint focus_start, text_start;

      append_reference (expected, project->name);
      append_reference (expected, project->id);
      for (guint a = 0; project->aliases[a] != NULL; a++)
        append_reference (expected, project->aliases[a]);
      focus_start = (guint) expected->len;
      append_reference (expected, project->focus);
      append_reference (expected, project->category);
      append_reference (expected, project->language);
      text_start = (guint) expected->len;
      append_reference (expected, project->summary);
      append_reference (expected, project->description);

      g_assert_cmpstr (keys->text + key->key, ==, expected->str);
      g_assert_cmpstr (keys->text + key->name_joined, ==, name_joined);
      g_assert_cmpuint (key->focus_start, ==, focus_start);
      g_assert_cmpuint (key->text_start, ==, text_start);
      g_assert_cmpuint (key->maturity, ==, project->maturity);
      g_assert_cmpuint (key->has_aliases, ==, project->aliases[0] != NULL);
      g_assert_cmpstr (keys->languages->pdata[key->language], ==, project->language);
    }
}

static void
test_keys_bundled (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CgCatalog) catalog = cg_catalog_new_bundled (&error);

  g_assert_no_error (error);
  check_keys (catalog);
}

/* Letters of other scripts, accents, ligatures: the slow path, in one
 * buffer with the fast path's keys */
static void
test_keys_unicode (void)
{
  static const char json[] =
    "{\"schema_version\":1,\"catalog_date\":\"2026-11-28\",\"projects\":["
    "{\"id\":\"oresund\",\"name\":\"Øresund Ærø\",\"maturity\":\"sandbox\","
    " \"focus\":\"Łódź\",\"summary\":\"Straße, Œuvre and 日本語 text\"},"
    "{\"id\":\"plain\",\"name\":\"Plain-Name 2\",\"maturity\":\"graduated\","
    " \"summary\":\"ASCII only, with (punctuation).\",\"language\":\"C++\"},"
    "{\"id\":\"kube\",\"name\":\"Kübernetes\",\"maturity\":\"incubating\","
    " \"description\":\"Þór\\nand ẞ\"}]}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, sizeof json - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(CgCatalog) catalog = cg_catalog_new_from_bytes (bytes, &error);
  g_autoptr(CgSearchResult) result = NULL;

  g_assert_no_error (error);
  check_keys (catalog);
  result = cg_search_run (catalog, "lodz", 0);
  g_assert_cmpuint (result->positions->len, ==, 1);
  g_assert_cmpstr (cg_project_get_id (cg_catalog_get_project (
    catalog, g_array_index (result->positions, guint, 0))), ==, "oresund");
}

/* The keys are on their way before any search: a search never waits for
 * all of them to be made at its keystroke */
static void
test_keys_made_at_load (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CgCatalog) catalog = cg_catalog_new_bundled (&error);

  g_assert_no_error (error);
  g_mutex_lock (&catalog->keys_lock);
  g_assert_true (catalog->keys_thread != NULL || catalog->keys != NULL);
  g_mutex_unlock (&catalog->keys_lock);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/search-keys/fast-path-random-ascii", test_fast_path_random_ascii);
  g_test_add_func ("/search-keys/fast-path-bundled", test_fast_path_bundled);
  g_test_add_func ("/search-keys/keys-bundled", test_keys_bundled);
  g_test_add_func ("/search-keys/keys-unicode", test_keys_unicode);
  g_test_add_func ("/search-keys/made-at-load", test_keys_made_at_load);

  return g_test_run ();
}
