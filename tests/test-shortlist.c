/* test-shortlist.c: starring, notes, damaged files and the Markdown export
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <unistd.h>

#include "cg-github-url.h"
#include "cg-search-model.h"
#include "shortlist-util.h"

static void
test_star_note_reload (void)
{
  g_autofree char *dir = new_folder ("star");
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) starred = NULL;

  {
    g_autoptr(CgShortlist) shortlist = open_shortlist (dir, TRUE);

    g_assert_cmpuint (cg_shortlist_get_n_starred (shortlist), ==, 0);
    g_assert_true (cg_shortlist_set_starred (shortlist, "helm", TRUE, &error));
    g_assert_no_error (error);
    g_assert_true (cg_shortlist_set_starred (shortlist, "kubernetes", TRUE, &error));
    g_assert_true (cg_shortlist_set_note (shortlist, "helm", "Meet Ana at booth 12", &error));
    g_assert_no_error (error);
    /* A note on a project not starred is kept, and does not star it */
    g_assert_true (cg_shortlist_set_note (shortlist, "envoy", "maybe", &error));
    g_assert_true (cg_shortlist_contains (shortlist, "helm"));
    g_assert_false (cg_shortlist_contains (shortlist, "envoy"));
  }

  {
    g_autoptr(CgShortlist) shortlist = open_shortlist (dir, TRUE);

    g_assert_true (cg_shortlist_contains (shortlist, "helm"));
    g_assert_true (cg_shortlist_contains (shortlist, "kubernetes"));
    g_assert_false (cg_shortlist_contains (shortlist, "envoy"));
    g_assert_cmpstr (cg_shortlist_get_note (shortlist, "helm"), ==, "Meet Ana at booth 12");
    g_assert_cmpstr (cg_shortlist_get_note (shortlist, "envoy"), ==, "maybe");
    g_assert_cmpint (cg_shortlist_get_starred_time (shortlist, "helm"), >, 0);
    starred = cg_shortlist_dup_starred (shortlist);
    g_assert_cmpuint (g_strv_length (starred), ==, 2);

    /* Unstarring keeps the note; starring again keeps it too */
    g_assert_true (cg_shortlist_set_starred (shortlist, "helm", FALSE, &error));
    g_assert_false (cg_shortlist_contains (shortlist, "helm"));
    g_assert_cmpstr (cg_shortlist_get_note (shortlist, "helm"), ==, "Meet Ana at booth 12");
    /* Unstarred and no note: gone */
    g_assert_true (cg_shortlist_set_starred (shortlist, "kubernetes", FALSE, &error));
    g_assert_true (cg_shortlist_set_note (shortlist, "envoy", "", &error));
    g_assert_no_error (error);
  }

  {
    g_autoptr(CgShortlist) shortlist = open_shortlist (dir, TRUE);
    g_autofree char *path = g_build_filename (dir, "shortlist.json", NULL);
    g_autoptr(GBytes) bytes = read_bytes (path);

    g_assert_cmpuint (cg_shortlist_get_n_starred (shortlist), ==, 0);
    g_assert_cmpstr (cg_shortlist_get_note (shortlist, "helm"), ==, "Meet Ana at booth 12");
    g_assert_null (cg_shortlist_get_note (shortlist, "envoy"));
    g_assert_nonnull (strstr (g_bytes_get_data (bytes, NULL), "\"shortlist_version\" : 1"));
    g_assert_null (strstr (g_bytes_get_data (bytes, NULL), "kubernetes"));
  }

  rm_tree (dir);
}

static void
test_bad_ids (void)
{
  g_autofree char *dir = new_folder ("ids");
  g_autoptr(CgShortlist) shortlist = open_shortlist (dir, TRUE);
  const char *bad[] = { "", "Helm", "-x", "a/../b", "a b", "\xc3\xa9", NULL };

  for (guint i = 0; bad[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (cg_shortlist_set_starred (shortlist, bad[i], TRUE, &error));
      g_assert_error (error, CG_SHORTLIST_ERROR, CG_SHORTLIST_ERROR_INVALID);
    }
  /* Nothing was written */
  {
    g_autofree char *listing = list_folder (dir);
    g_assert_cmpstr (listing, ==, "shortlist.json.lock");
  }
  rm_tree (dir);
}

static void
test_round_trip_text (void)
{
  g_autofree char *dir = new_folder ("text");
  g_autoptr(GString) longest = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  const char *notes[] = {
    "Grüße aus München — 日本語のメモ 😀",
    "שלום עולם, נפגשים בביתן 4 \u200f(RTL) مرحبا بالعالم",
    "tab\there\nnew line\r\nand \"quotes\" \\ backslash <b>not bold</b> [x](javascript:1)",
    NULL,
  };

  /* A note of exactly the largest size, in multi-byte characters */
  while (longest->len + strlen ("ü") <= CG_SHORTLIST_MAX_NOTE)
    g_string_append (longest, "ü");
  while (longest->len < CG_SHORTLIST_MAX_NOTE)
    g_string_append_c (longest, 'x');

  {
    g_autoptr(CgShortlist) shortlist = open_shortlist (dir, TRUE);
    const char *ids[] = { "a", "b", "c" };

    for (guint i = 0; notes[i] != NULL; i++)
      {
        g_assert_true (cg_shortlist_set_starred (shortlist, ids[i], TRUE, &error));
        g_assert_true (cg_shortlist_set_note (shortlist, ids[i], notes[i], &error));
        g_assert_no_error (error);
      }
    g_assert_true (cg_shortlist_set_note (shortlist, "long", longest->str, &error));
    g_assert_no_error (error);
  }

  {
    g_autoptr(CgShortlist) shortlist = open_shortlist (dir, TRUE);
    g_autofree char *path = g_build_filename (dir, "shortlist.json", NULL);
    g_autoptr(GBytes) before = read_bytes (path);

    g_assert_cmpstr (cg_shortlist_get_note (shortlist, "a"), ==, notes[0]);
    g_assert_cmpstr (cg_shortlist_get_note (shortlist, "b"), ==, notes[1]);
    g_assert_cmpstr (cg_shortlist_get_note (shortlist, "c"), ==, notes[2]);
    g_assert_cmpstr (cg_shortlist_get_note (shortlist, "long"), ==, longest->str);

    /* One byte more is refused, and changes nothing */
    g_string_append_c (longest, 'y');
    g_assert_false (cg_shortlist_set_note (shortlist, "long", longest->str, &error));
    g_assert_error (error, CG_SHORTLIST_ERROR, CG_SHORTLIST_ERROR_INVALID);
    g_clear_error (&error);

    /* Short in characters, long as saved (control characters are
     * written as \u00XX): refused too */
    {
      g_autofree char *controls = g_strnfill (20000, '\x01');

      g_assert_false (cg_shortlist_set_note (shortlist, "long", controls, &error));
      g_assert_error (error, CG_SHORTLIST_ERROR, CG_SHORTLIST_ERROR_INVALID);
      g_clear_error (&error);
    }

    {
      g_autoptr(GBytes) after = read_bytes (path);
      g_assert_true (g_bytes_equal (before, after));
    }
    g_string_truncate (longest, longest->len - 1);
    g_assert_cmpstr (cg_shortlist_get_note (shortlist, "long"), ==, longest->str);
  }

  rm_tree (dir);
}

typedef struct
{
  const char *name;
  const char *data;
  gssize      length;   /* -1: strlen */
  const char *reason;   /* in the message */
} Damage;

static void
check_set_aside (const Damage *damage)
{
  g_autofree char *dir = new_folder ("damaged");
  g_autofree char *path = g_build_filename (dir, "shortlist.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) warning = NULL;
  g_autoptr(CgShortlist) shortlist = cg_shortlist_new (path);
  g_autoptr(GBytes) before = NULL;
  g_autofree char *listing = NULL;
  g_autofree char *aside = NULL;
  g_auto(GStrv) names = NULL;

  g_file_set_contents (path, damage->data, damage->length, &error);
  g_assert_no_error (error);
  before = read_bytes (path);

  g_assert_false (cg_shortlist_load (shortlist, &warning));
  g_assert_error (warning, CG_SHORTLIST_ERROR, CG_SHORTLIST_ERROR_DAMAGED);
  g_test_message ("%s: %s", damage->name, warning->message);
  if (strstr (warning->message, damage->reason) == NULL ||
      strstr (warning->message, "kept as") == NULL)
    g_error ("%s: unexpected message “%s”", damage->name, warning->message);
  g_assert_cmpuint (cg_shortlist_get_n_starred (shortlist), ==, 0);

  /* Set aside whole, under a new name */
  listing = list_folder (dir);
  names = g_strsplit (listing, " ", -1);
  g_assert_cmpuint (g_strv_length (names), ==, 2);
  g_assert_true (g_str_has_prefix (names[0], "shortlist.json.damaged-"));
  g_assert_cmpstr (names[1], ==, "shortlist.json.lock");
  aside = g_build_filename (dir, names[0], NULL);
  {
    g_autoptr(GBytes) kept = read_bytes (aside);
    g_assert_true (g_bytes_equal (before, kept));
  }

  /* The app goes on: a star saves a new file */
  g_assert_true (cg_shortlist_set_starred (shortlist, "helm", TRUE, &error));
  g_assert_no_error (error);
  g_clear_object (&shortlist);
  shortlist = open_shortlist (dir, TRUE);
  g_assert_true (cg_shortlist_contains (shortlist, "helm"));

  /* A second damaged file never takes the first one's place */
  g_file_set_contents (path, damage->data, damage->length, &error);
  g_clear_object (&shortlist);
  shortlist = open_shortlist (dir, FALSE);
  g_clear_pointer (&listing, g_free);
  listing = list_folder (dir);
  g_strfreev (names);
  names = g_strsplit (listing, " ", -1);
  g_assert_cmpuint (g_strv_length (names), ==, 3);

  rm_tree (dir);
}

static void
test_damaged (void)
{
  g_autofree char *deep = NULL;
  g_autoptr(GString) many = g_string_new ("{\"shortlist_version\":1,\"items\":[");
  const Damage cases[] = {
    { "garbage", "this is not JSON", -1, "line 1" },
    { "empty", "", 0, "" },
    { "truncated", "{\"shortlist_version\":1,\"items\":[{\"id\":\"helm\",\"no", -1, "line 1" },
    { "nul", "{\"shortlist_version\":1,\"items\":[{\"id\":\"he\\u0000lm\"}]}", -1, "" },
    { "array root", "[]", -1, "not a JSON object" },
    { "version string", "{\"shortlist_version\":\"1\",\"items\":[]}", -1, "shortlist_version" },
    { "newer version", "{\"shortlist_version\":2,\"items\":[]}", -1, "shortlist_version 2" },
    { "items object", "{\"shortlist_version\":1,\"items\":{}}", -1, "items: not an array" },
    { "item string", "{\"shortlist_version\":1,\"items\":[\"helm\"]}", -1, "items[0]" },
    { "id number", "{\"shortlist_version\":1,\"items\":[{\"id\":7}]}", -1, "items[0].id" },
    { "bad id", "{\"shortlist_version\":1,\"items\":[{\"id\":\"../x\"}]}", -1, "items[0].id" },
    { "twice", "{\"shortlist_version\":1,\"items\":[{\"id\":\"a\"},{\"id\":\"a\"}]}", -1, "twice" },
    { "time", "{\"shortlist_version\":1,\"items\":[{\"id\":\"a\",\"starred\":\"yesterday\"}]}",
      -1, "items[0].starred" },
    { "time number", "{\"shortlist_version\":1,\"items\":[{\"id\":\"a\",\"starred\":5}]}",
      -1, "items[0].starred" },
    { "note array", "{\"shortlist_version\":1,\"items\":[{\"id\":\"a\",\"note\":[]}]}",
      -1, "items[0].note" },
    { "comment", "{\"shortlist_version\":1,/*x*/\"items\":[]}", -1, "line 1" },
    { NULL },
  };

  for (guint i = 0; cases[i].name != NULL; i++)
    check_set_aside (&cases[i]);

  /* Deep nesting would crash json-glib 1.6 */
  deep = g_strnfill (100000, '[');
  {
    Damage d = { "deep", deep, -1, "" };
    check_set_aside (&d);
  }

  /* More items than the cap */
  for (guint i = 0; i <= CG_SHORTLIST_MAX_ITEMS; i++)
    g_string_append_printf (many, "%s{\"id\":\"p%u\",\"starred\":\"2026-01-01T00:00:00Z\","
                            "\"note\":\"a note as people write them\"}", i ? "," : "", i);
  g_string_append (many, "]}");
  {
    Damage d = { "too many", many->str, -1, "more than 10000 items" };
    check_set_aside (&d);
  }
}

static void
test_oversized (void)
{
  g_autofree char *dir = new_folder ("big");
  g_autofree char *path = g_build_filename (dir, "shortlist.json", NULL);
  g_autoptr(GError) warning = NULL;
  g_autoptr(CgShortlist) shortlist = cg_shortlist_new (path);
  g_autofree char *listing = NULL;
  FILE *f = fopen (path, "w");

  /* 17 MiB (sparse): refused by its size, before reading */
  g_assert_nonnull (f);
  g_assert_cmpint (fseek (f, 17 * 1024 * 1024, SEEK_SET), ==, 0);
  fputc ('}', f);
  fclose (f);

  g_assert_false (cg_shortlist_load (shortlist, &warning));
  g_assert_nonnull (strstr (warning->message, "larger than 16 MiB"));
  listing = list_folder (dir);
  g_assert_true (g_str_has_prefix (listing, "shortlist.json.damaged-"));
  rm_tree (dir);
}

static void
test_symlink (void)
{
  g_autofree char *dir = new_folder ("link");
  g_autofree char *path = g_build_filename (dir, "shortlist.json", NULL);
  g_autofree char *target = g_build_filename (dir, "elsewhere.json", NULL);
  const char *good = "{\"shortlist_version\":1,\"items\":[{\"id\":\"helm\",\"starred\":\"2026-01-01T00:00:00Z\"}]}";
  g_autoptr(GError) warning = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CgShortlist) shortlist = cg_shortlist_new (path);
  g_autofree char *listing = NULL;
  g_autofree char *kept = NULL;
  GStatBuf st;

  g_assert_true (g_file_set_contents (target, good, -1, NULL));
  g_assert_cmpint (symlink (target, path), ==, 0);

  /* Even a valid file behind a link is not followed */
  g_assert_false (cg_shortlist_load (shortlist, &warning));
  g_assert_nonnull (strstr (warning->message, "symbolic link"));
  g_assert_false (cg_shortlist_contains (shortlist, "helm"));

  g_assert_true (cg_shortlist_set_starred (shortlist, "envoy", TRUE, &error));
  g_assert_no_error (error);

  /* The link was set aside as a link; its target was not touched */
  listing = list_folder (dir);
  g_assert_true (g_str_has_prefix (listing, "elsewhere.json shortlist.json shortlist.json.damaged-"));
  g_assert_true (g_file_get_contents (target, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, good);
  g_assert_cmpint (g_lstat (path, &st), ==, 0);
  g_assert_true (S_ISREG (st.st_mode));
  rm_tree (dir);
}

static void
keep_message (CgShortlist *shortlist,
              const char  *message,
              char       **out)
{
  g_free (*out);
  *out = g_strdup (message);
}

/* A file damaged while the app runs: the next change sets it aside and
 * builds on what the app had, so nothing the person saw is lost. */
static void
test_damaged_while_running (void)
{
  g_autofree char *dir = new_folder ("running");
  g_autofree char *path = g_build_filename (dir, "shortlist.json", NULL);
  g_autoptr(CgShortlist) shortlist = open_shortlist (dir, TRUE);
  g_autoptr(GError) error = NULL;
  g_autofree char *warned = NULL;

  g_assert_true (cg_shortlist_set_note (shortlist, "helm", "keep me", &error));
  g_assert_true (g_file_set_contents (path, "{\"shortlist_version\":1,\"ite", -1, NULL));
  g_signal_connect (shortlist, "warning", G_CALLBACK (keep_message), &warned);

  g_assert_true (cg_shortlist_set_starred (shortlist, "envoy", TRUE, &error));
  g_assert_no_error (error);
  g_assert_nonnull (warned);
  g_assert_nonnull (strstr (warned, "kept as"));

  g_clear_object (&shortlist);
  shortlist = open_shortlist (dir, TRUE);
  g_assert_cmpstr (cg_shortlist_get_note (shortlist, "helm"), ==, "keep me");
  g_assert_true (cg_shortlist_contains (shortlist, "envoy"));
  rm_tree (dir);
}

static void
test_export (void)
{
  g_autofree char *dir = new_folder ("export");
  g_autoptr(CgShortlist) shortlist = open_shortlist (dir, TRUE);
  g_autoptr(CgCatalog) catalog = cg_catalog_new_bundled (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *markdown = NULL;
  const char *ids[] = { "kubernetes", "helm", "falco", NULL };

  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autofree char *note = g_strdup_printf ("note on %s", ids[i]);

      g_assert_true (cg_shortlist_set_starred (shortlist, ids[i], TRUE, &error));
      g_assert_true (cg_shortlist_set_note (shortlist, ids[i], note, &error));
    }
  g_assert_true (cg_shortlist_set_starred (shortlist, "gone-project", TRUE, &error));
  g_assert_true (cg_shortlist_set_note (shortlist, "gone-project",
                                        "see <img src=x onerror=alert(1)>\n# not a heading\n"
                                        "[click](https://evil.example/)", &error));
  /* Only starred projects are exported */
  g_assert_true (cg_shortlist_set_note (shortlist, "envoy", "not starred", &error));
  g_assert_no_error (error);

  markdown = cg_shortlist_to_markdown (shortlist, catalog);
  g_test_message ("%s", markdown);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      CgProject *project = cg_catalog_lookup (catalog, ids[i]);
      GPtrArray *chat = cg_project_get_chat (project);
      g_autofree char *heading = g_strdup_printf ("\n## %s\n", cg_project_get_name (project));
      g_autofree char *note = g_strdup_printf ("> note on %s\n", ids[i]);
      g_autofree char *first = cg_github_url_first_issue (cg_project_get_repository (project),
                                                          cg_project_get_newcomer_labels (project),
                                                          NULL);
      g_autofree char *issues = g_strdup_printf ("- First issues: <%s>", first);

      g_assert_nonnull (strstr (markdown, heading));
      g_assert_nonnull (strstr (markdown, note));
      g_assert_nonnull (strstr (markdown, issues));
      if (cg_project_get_contributor_guide (project) != NULL)
        {
          g_autofree char *guide = g_strdup_printf ("<%s>", cg_project_get_contributor_guide (project));
          g_assert_nonnull (strstr (markdown, guide));
        }
      for (guint j = 0; j < chat->len; j++)
        {
          CgLinkItem *link = chat->pdata[j];
          g_autofree char *url = g_strdup_printf ("<%s>", link->url);
          g_assert_nonnull (strstr (markdown, url));
        }
    }
  g_assert_nonnull (strstr (markdown, "## gone\\-project\n\n- No longer in the catalog"));
  /* The note is text: no tag, no link, no heading */
  g_assert_nonnull (strstr (markdown, "> see \\<img src\\=x onerror\\=alert\\(1\\)\\>  \n"));
  g_assert_nonnull (strstr (markdown, "> \\# not a heading"));
  g_assert_nonnull (strstr (markdown, "> \\[click\\]\\(https\\:\\/\\/evil\\.example\\/\\)"));
  for (const char *p = strchr (markdown, '<'); p != NULL; p = strchr (p + 1, '<'))
    g_assert_true (p[-1] == '\\' || g_str_has_prefix (p, "<https://"));
  g_assert_null (strstr (markdown, "not starred"));
  rm_tree (dir);
}

/* The "Starred" chip: its count combines with the search and the
 * maturity chips; starred projects no longer in the catalog come last */
static void
test_search_model (void)
{
  g_autofree char *dir = new_folder ("model");
  g_autoptr(CgShortlist) shortlist = open_shortlist (dir, TRUE);
  g_autoptr(CgCatalog) catalog = cg_catalog_new_bundled (NULL);
  g_autoptr(CgSearchModel) model = cg_search_model_new (catalog);
  g_autoptr(CgProject) last = NULL;
  guint all = cg_catalog_get_n_projects (catalog);
  const char *ids[] = { "helm", "kubernetes", "falco", "keda", "gone-project", NULL };

  for (guint i = 0; ids[i] != NULL; i++)
    g_assert_true (cg_shortlist_set_starred (shortlist, ids[i], TRUE, NULL));

  cg_search_model_set_shortlist (model, shortlist);
  g_assert_cmpuint (cg_search_model_get_n_starred (model), ==, 5);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, all);

  cg_search_model_set_starred_only (model, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 5);
  last = g_list_model_get_item (G_LIST_MODEL (model), 4);
  g_assert_true (cg_project_is_missing (last));
  g_assert_cmpstr (cg_project_get_id (last), ==, "gone-project");
  g_assert_cmpuint (cg_search_model_find (model, last), ==, 4);
  g_assert_cmpuint (cg_search_model_get_count (model, CG_MATURITY_GRADUATED), ==, 4);
  g_assert_cmpuint (cg_search_model_get_count (model, CG_MATURITY_SANDBOX), ==, 0);

  /* With a maturity chip: the missing one has no maturity */
  cg_search_model_set_maturity_mask (model, 1u << CG_MATURITY_GRADUATED);
  g_assert_cmpuint (cg_search_model_get_n_starred (model), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 4);
  cg_search_model_set_maturity_mask (model, 0);

  /* With a language: Falco is C++, the missing one has none */
  cg_search_model_set_language (model, "Go");
  g_assert_cmpuint (cg_search_model_get_n_starred (model), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 3);
  cg_search_model_set_language (model, NULL);

  /* With a search */
  cg_search_model_set_query (model, "helm");
  g_assert_cmpuint (cg_search_model_get_n_starred (model), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 1);
  cg_search_model_set_query (model, "gone");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 1);
  cg_search_model_set_query (model, "");

  /* A star taken off: the list and the count follow */
  g_assert_true (cg_shortlist_set_starred (shortlist, "falco", FALSE, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 4);
  cg_search_model_set_starred_only (model, FALSE);
  g_assert_cmpuint (cg_search_model_get_n_starred (model), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, all);
  g_assert_true (cg_shortlist_set_starred (shortlist, "envoy", TRUE, NULL));
  g_assert_cmpuint (cg_search_model_get_n_starred (model), ==, 5);
  rm_tree (dir);
}

/* A renamed project follows its new id: the star and both notes stay */
static void
test_renamed (void)
{
  static const char json[] =
    "{\"schema_version\":1,\"catalog_date\":\"2026-01-01\",\"projects\":["
    "{\"id\":\"notary-project\",\"name\":\"Notary\",\"maturity\":\"incubating\","
    "\"former_ids\":[\"notary\",\"notation\"]},"
    "{\"id\":\"other\",\"name\":\"Other\",\"maturity\":\"sandbox\"}]}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, sizeof json - 1);
  g_autoptr(CgCatalog) catalog = cg_catalog_new_from_bytes (bytes, NULL);
  g_autofree char *dir = new_folder ("renamed");
  g_autofree char *path = g_build_filename (dir, "shortlist.json", NULL);
  g_autoptr(CgShortlist) shortlist = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *markdown = NULL;

  g_assert_nonnull (catalog);
  g_assert_true (g_file_set_contents (path,
    "{\"shortlist_version\":1,\"items\":["
    "{\"id\":\"notary\",\"starred\":\"2026-01-01T00:00:00Z\",\"note\":\"signing talk\"},"
    "{\"id\":\"notation\",\"starred\":null,\"note\":\"CLI demo\"},"
    "{\"id\":\"notary-project\",\"starred\":\"2026-05-01T00:00:00Z\"}]}", -1, NULL));
  shortlist = open_shortlist (dir, TRUE);

  /* Resolved before anything is written */
  g_assert_true (cg_shortlist_resolve (catalog, "notary") ==
                 cg_catalog_lookup (catalog, "notary-project"));
  markdown = cg_shortlist_to_markdown (shortlist, catalog);
  g_assert_nonnull (strstr (markdown, "## Notary\n"));
  g_assert_null (strstr (markdown, "No longer in the catalog"));

  g_assert_true (cg_shortlist_follow_renames (shortlist, catalog, &error));
  g_assert_no_error (error);
  g_clear_object (&shortlist);
  shortlist = open_shortlist (dir, TRUE);
  g_assert_false (cg_shortlist_contains (shortlist, "notary"));
  g_assert_null (cg_shortlist_get_note (shortlist, "notation"));
  g_assert_true (cg_shortlist_contains (shortlist, "notary-project"));
  g_assert_cmpint (cg_shortlist_get_starred_time (shortlist, "notary-project"), ==, 1767225600);
  {
    const char *note = cg_shortlist_get_note (shortlist, "notary-project");
    g_assert_nonnull (strstr (note, "signing talk"));
    g_assert_nonnull (strstr (note, "CLI demo"));
  }
  rm_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/shortlist/star-note-reload", test_star_note_reload);
  g_test_add_func ("/shortlist/bad-ids", test_bad_ids);
  g_test_add_func ("/shortlist/round-trip-text", test_round_trip_text);
  g_test_add_func ("/shortlist/damaged", test_damaged);
  g_test_add_func ("/shortlist/oversized", test_oversized);
  g_test_add_func ("/shortlist/symlink", test_symlink);
  g_test_add_func ("/shortlist/damaged-while-running", test_damaged_while_running);
  g_test_add_func ("/shortlist/export", test_export);
  g_test_add_func ("/shortlist/search-model", test_search_model);
  g_test_add_func ("/shortlist/renamed", test_renamed);

  return g_test_run ();
}
