/* test-catalog-bounds.c: the loader's caps on lists and on stacked marks,
 * and members of the wrong JSON type
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cg-catalog.h"

#define HEAD "{\"schema_version\":1,\"catalog_date\":\"2026-11-28\","
#define GOOD_PROJECT "{\"id\":\"a\",\"name\":\"A\",\"maturity\":\"sandbox\"}"
#define LINK "{\"title\":\"T\",\"url\":\"https://example.org/\"}"
#define ACUTE "\xCC\x81"  /* U+0301 COMBINING ACUTE ACCENT */
#define ZWJ "\xE2\x80\x8D"

static CgCatalog *
load (const char *json,
      GError    **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));

  return cg_catalog_new_from_bytes (bytes, error);
}

static void
assert_refused (const char *json,
                const char *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CgCatalog) catalog = load (json, &error);

  g_assert_null (catalog);
  g_assert_error (error, CG_CATALOG_ERROR, CG_CATALOG_ERROR_INVALID);
  if (strstr (error->message, message) == NULL)
    g_error ("expected “%s” in “%s”", message, error->message);
}

static CgCatalog *
assert_loads (const char *json)
{
  g_autoptr(GError) error = NULL;
  CgCatalog *catalog = load (json, &error);

  g_assert_no_error (error);
  g_assert_nonnull (catalog);
  return catalog;
}

/* UNIT, @n times, separated by commas */
static char *
repeat (const char *unit,
        guint       n)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (s, ',');
      g_string_append (s, unit);
    }
  return g_string_free (s, FALSE);
}

typedef struct
{
  const char *list;     /* the JSON path of the list */
  const char *head;     /* the catalog up to the list's first entry */
  const char *entry;    /* one good entry */
  const char *tail;     /* the rest of the catalog */
  guint       max;
} ListCase;

/* Each list of the schema, as the loader sees it */
static const ListCase lists[] = {
  { "projects[0].chat",
    HEAD "\"projects\":[{\"id\":\"a\",\"name\":\"A\",\"maturity\":\"sandbox\",\"chat\":[",
    "{\"title\":\"Slack\",\"channel\":\"#a\",\"url\":\"https://slack.example.org/\"}", "]}]}", 32 },
  { "projects[0].mailing_lists",
    HEAD "\"projects\":[{\"id\":\"a\",\"name\":\"A\",\"maturity\":\"sandbox\",\"mailing_lists\":[",
    LINK, "]}]}", 32 },
  { "projects[0].curated",
    HEAD "\"projects\":[{\"id\":\"a\",\"name\":\"A\",\"maturity\":\"sandbox\",\"curated\":[",
    "\"summary\"", "]}]}", 12 },

  { "community[0].links",
    HEAD "\"community\":[{\"id\":\"toc\",\"title\":\"TOC\",\"links\":[",
    LINK, "]}],\"projects\":[" GOOD_PROJECT "]}", 64 },
  { "maturity_levels[0].links",
    HEAD "\"maturity_levels\":[{\"id\":\"sandbox\",\"title\":\"Sandbox\",\"links\":[",
    LINK, "]}],\"projects\":[" GOOD_PROJECT "]}", 64 },
  { "sources",
    HEAD "\"sources\":[", LINK, "],\"projects\":[" GOOD_PROJECT "]}", 64 },
};

/* 10,000 chat links froze the window for 21 s when the project opened */
static void
test_list_caps (gconstpointer data)
{
  const ListCase *list = data;
  g_autofree char *at_cap = repeat (list->entry, list->max);
  g_autofree char *over = repeat (list->entry, list->max + 1);
  g_autofree char *huge = repeat (list->entry, 2000);
  g_autofree char *good = g_strconcat (list->head, at_cap, list->tail, NULL);
  g_autofree char *bad = g_strconcat (list->head, over, list->tail, NULL);
  g_autofree char *worse = g_strconcat (list->head, huge, list->tail, NULL);
  g_autofree char *message = g_strdup_printf ("%s: more than %u entries", list->list, list->max);
  g_autoptr(CgCatalog) catalog = assert_loads (good);

  assert_refused (bad, message);
  assert_refused (worse, message);
}

/* Sections and former ids are told apart, so many need many ids */
static void
test_section_caps (void)
{
  g_autoptr(GString) former = g_string_new (HEAD "\"projects\":[{\"id\":\"a\",\"name\":\"A\","
                                            "\"maturity\":\"sandbox\",\"former_ids\":[");
  g_autoptr(GString) sections = g_string_new (HEAD "\"community\":[");
  g_autoptr(GString) levels = g_string_new (HEAD "\"maturity_levels\":[");
  static const char * const maturities[] = { "graduated", "incubating", "sandbox", "archived",
                                             "graduated" };

  for (guint i = 0; i < 65; i++)
    g_string_append_printf (sections, "%s{\"id\":\"s%u\",\"title\":\"S\"}", i ? "," : "", i);
  g_string_append (sections, "],\"projects\":[" GOOD_PROJECT "]}");
  assert_refused (sections->str, "community: more than 64 entries");

  for (guint i = 0; i < G_N_ELEMENTS (maturities); i++)
    g_string_append_printf (levels, "%s{\"id\":\"%s\",\"title\":\"L\"}", i ? "," : "",
                            maturities[i]);
  g_string_append (levels, "],\"projects\":[" GOOD_PROJECT "]}");
  assert_refused (levels->str, "maturity_levels: more than 4 entries");

  for (guint i = 0; i < 17; i++)
    g_string_append_printf (former, "%s\"old-%u\"", i ? "," : "", i);
  g_string_append (former, "]}]}");
  assert_refused (former->str, "projects[0].former_ids: more than 16 entries");
}

typedef struct
{
  const char *name;
  const char *json;
  const char *message;
} BadCase;

#define WITH(FIELDS) \
  HEAD "\"projects\":[{\"id\":\"a\",\"name\":\"A\",\"maturity\":\"sandbox\"," FIELDS "}]}"
#define FIVE_MARKS ACUTE ACUTE ACUTE ACUTE ACUTE
#define MARKS_20 FIVE_MARKS FIVE_MARKS FIVE_MARKS FIVE_MARKS
#define MARKS_100 MARKS_20 MARKS_20 MARKS_20 MARKS_20 MARKS_20

static const BadCase bad_cases[] = {
  /* Combining marks stacked on one character: any text */
  { "marks-name", HEAD "\"projects\":[{\"id\":\"a\",\"name\":\"Ze" FIVE_MARKS "d\","
    "\"maturity\":\"sandbox\"}]}", "projects[0].name: more than 4 combining marks on one character" },
  { "marks-summary", WITH ("\"summary\":\"Runs e" MARKS_100 " containers.\""),
    "projects[0].summary: more than 4 combining marks" },
  { "marks-description", WITH ("\"description\":\"One.\\nTwo" MARKS_20 ".\""),
    "projects[0].description: more than 4 combining marks" },
  { "marks-focus", WITH ("\"focus\":\"a" FIVE_MARKS "\""), "projects[0].focus: more than 4" },
  { "marks-chat-title", WITH ("\"chat\":[{\"title\":\"S" MARKS_20 "\",\"url\":\"https://e.org/\"}]"),
    "projects[0].chat[0].title: more than 4 combining marks" },
  { "marks-joined", WITH ("\"summary\":\"e" ACUTE ACUTE ZWJ ACUTE ACUTE ZWJ ACUTE "\""),
    "projects[0].summary: more than 4 combining marks" },
  { "marks-enclosing", WITH ("\"summary\":\"1\xE2\x83\xA3\xE2\x83\xA3\xE2\x83\xA3\xE2\x83\xA3"
    "\xE2\x83\xA3\""), "projects[0].summary: more than 4 combining marks" },
  { "marks-community", HEAD "\"community\":[{\"id\":\"toc\",\"title\":\"TOC\",\"summary\":\"x"
    MARKS_100 "\"}],\"projects\":[" GOOD_PROJECT "]}",
    "community[0].summary: more than 4 combining marks" },
  { "marks-source", HEAD "\"sources\":[{\"title\":\"Data" MARKS_20 "\",\"url\":\"https://e.org/\"}],"
    "\"projects\":[" GOOD_PROJECT "]}", "sources[0].title: more than 4 combining marks" },
  /* Members of the wrong JSON type: a message, never a Json-CRITICAL */
  { "type-legal-string", WITH ("\"legal\":\"cla\""), "projects[0].legal: expected an object" },
  { "type-legal-kind", WITH ("\"legal\":{\"kind\":{}}"),
    "projects[0].legal.kind: expected a string, found an object" },
  { "type-date-number", WITH ("\"dates\":{\"accepted\":20200101}"),
    "projects[0].dates.accepted: expected a string, found a number" },
  { "type-source-array", WITH ("\"description_source\":[]"),
    "projects[0].description_source: expected an object, found an array" },
  { "type-curated-entry", WITH ("\"curated\":[true]"),
    "projects[0].curated[0]: expected a string, found a boolean" },
  { "type-chat-entry", WITH ("\"chat\":[[]]"), "projects[0].chat[0]: expected an object" },
  { "type-chat-url", WITH ("\"chat\":[{\"title\":\"x\",\"url\":{}}]"),
    "projects[0].chat[0].url: expected a string, found an object" },
  { "type-levels", HEAD "\"maturity_levels\":{},\"projects\":[" GOOD_PROJECT "]}",
    "maturity_levels: expected an array, found an object" },
  { "type-community-entry", HEAD "\"community\":[null],\"projects\":[" GOOD_PROJECT "]}",
    "community[0]: expected an object, found null" },
  { "type-date-root", "{\"schema_version\":1,\"catalog_date\":[],\"projects\":[" GOOD_PROJECT "]}",
    "catalog_date: expected a string, found an array" },
  { "type-version-bool", "{\"schema_version\":true}",
    "schema_version: expected a whole number, found a boolean" },
};

static void
test_bad_case (gconstpointer data)
{
  const BadCase *bad = data;

  assert_refused (bad->json, bad->message);
}

/* Real text keeps its marks */
static void
test_marks_allowed (void)
{
  g_autoptr(CgCatalog) catalog = assert_loads (
    HEAD "\"projects\":[{\"id\":\"a\",\"name\":\"Tie\xCC\x82\xCC\x81ng Vie\xCC\xA3\xCC\x82t\","
    "\"maturity\":\"sandbox\",\"summary\":\"e" ACUTE ACUTE ACUTE ACUTE " and a" ACUTE ACUTE ACUTE
    ACUTE " \xE0\xBD\x96\xE0\xBD\xA6\xE0\xBE\x92\xE0\xBE\xB2\xE0\xBD\xB4\xE0\xBD\x96\xE0\xBD\xA6 "
    "\xF0\x9F\x8F\xB3\xEF\xB8\x8F\xE2\x80\x8D\xF0\x9F\x8C\x88\"}]}");
  CgProject *project = cg_catalog_lookup (catalog, "a");

  g_assert_cmpstr (cg_project_get_name (project), ==, "Tie\xCC\x82\xCC\x81ng Vie\xCC\xA3\xCC\x82t");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      g_autofree char *path = g_strdup_printf ("/catalog-bounds/list-cap/%s", lists[i].list);
      g_test_add_data_func (path, &lists[i], test_list_caps);
    }
  g_test_add_func ("/catalog-bounds/section-caps", test_section_caps);
  g_test_add_func ("/catalog-bounds/marks-allowed", test_marks_allowed);
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/catalog-bounds/bad/%s", bad_cases[i].name);
      g_test_add_data_func (path, &bad_cases[i], test_bad_case);
    }

  return g_test_run ();
}
