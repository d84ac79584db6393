/* test-search-model.c: the list model tells the list exactly what changed
 *
 * A list that follows the model only by its items-changed signals must
 * always hold what the model holds, and each change must name the
 * smallest stretch: the rows in front of the first difference and after
 * the last one are not touched (the window's list keeps them bound).
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cg-search-model.h"

typedef struct
{
  GPtrArray *mirror;    /* CgProject, as the signals say */
  GPtrArray *before;    /* the model's items before the change */
  guint      n_signals;
  guint      n_changed; /* signals that removed or added rows */
  guint      n_long_mixed;  /* signals that removed rows and added many */
} Watch;

static GPtrArray *
snapshot (GListModel *model)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (items, g_list_model_get_item (model, i));
  return items;
}

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Watch      *watch)
{
  guint old_n = watch->before->len;
  guint new_n = g_list_model_get_n_items (model);
  guint prefix = 0, suffix = 0;

  watch->n_signals++;
  if (removed + added > 0)
    watch->n_changed++;

  g_assert_cmpuint (position + removed, <=, watch->mirror->len);
  g_ptr_array_remove_range (watch->mirror, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (watch->mirror, (int) (position + i),
                        g_list_model_get_item (model, position + i));

  /* The smallest stretch: exactly what differs */
  while (prefix < MIN (old_n, new_n))
    {
      g_autoptr(CgProject) item = g_list_model_get_item (model, prefix);

      if (watch->before->pdata[prefix] != item)
        break;
      prefix++;
    }
  while (suffix < MIN (old_n, new_n) - prefix)
    {
      g_autoptr(CgProject) item = g_list_model_get_item (model, new_n - 1 - suffix);

      if (watch->before->pdata[old_n - 1 - suffix] != item)
        break;
      suffix++;
    }
  if (removed + added > 0)
    {
      g_assert_cmpuint (position, ==, prefix);
      g_assert_cmpuint (removed, ==, old_n - prefix - suffix);
      g_assert_cmpuint (added, ==, new_n - prefix - suffix);
    }
  else
    g_assert_cmpuint (old_n, ==, new_n);

  /* A long change comes in two steps: the rows that go, then those that
   * come (see emit_changes()) */
  if (removed > 0 && added > 256)
    watch->n_long_mixed++;

  g_ptr_array_unref (watch->before);
  watch->before = snapshot (model);
}

static void
assert_mirror (Watch      *watch,
               GListModel *model)
{
  g_assert_cmpuint (watch->mirror->len, ==, g_list_model_get_n_items (model));
  for (guint i = 0; i < watch->mirror->len; i++)
    {
      g_autoptr(CgProject) item = g_list_model_get_item (model, i);

      g_assert_true (watch->mirror->pdata[i] == item);
    }
  g_clear_pointer (&watch->before, g_ptr_array_unref);
  watch->before = snapshot (model);
}

static CgCatalog *
load_bundled (void)
{
  g_autoptr(GError) error = NULL;
  CgCatalog *catalog = cg_catalog_new_bundled (&error);

  g_assert_no_error (error);
  return catalog;
}

static void
test_minimal_changes (void)
{
  static const char * const queries[] = {
    "k", "ku", "kub", "kube", "kuber", "kubernetes", "kubernetes ", "kubernetes x",
    "kubernetes xq", "", "s", "se", "ser", "serv", "servi", "service", "service mesh",
    "service", "m", "", "zzzzzz", "",
  };
  g_autoptr(CgCatalog) catalog = load_bundled ();
  g_autoptr(CgCatalog) other = load_bundled ();
  g_autoptr(CgSearchModel) model = cg_search_model_new (catalog);
  Watch watch = { snapshot (G_LIST_MODEL (model)), snapshot (G_LIST_MODEL (model)), 0, 0, 0 };
  guint partial = 0;

  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), &watch);
  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      guint n_before = watch.n_changed;

      cg_search_model_set_query (model, queries[i]);
      assert_mirror (&watch, G_LIST_MODEL (model));
      /* A keystroke that changes the list does not say "everything" */
      if (watch.n_changed > n_before && watch.before->len > 0)
        partial++;
    }
  g_assert_cmpuint (partial, >, 0);

  /* The chips and the language filter */
  cg_search_model_set_query (model, "c");
  assert_mirror (&watch, G_LIST_MODEL (model));
  cg_search_model_set_maturity_mask (model, 1u << CG_MATURITY_GRADUATED);
  assert_mirror (&watch, G_LIST_MODEL (model));
  cg_search_model_set_maturity_mask (model, 0);
  assert_mirror (&watch, G_LIST_MODEL (model));
  cg_search_model_set_language (model, "Go");
  assert_mirror (&watch, G_LIST_MODEL (model));
  cg_search_model_set_language (model, NULL);
  assert_mirror (&watch, G_LIST_MODEL (model));

  /* Another catalog: the same positions are other projects */
  cg_search_model_set_catalog (model, other);
  assert_mirror (&watch, G_LIST_MODEL (model));

  g_signal_handlers_disconnect_by_func (model, on_items_changed, &watch);
  g_ptr_array_unref (watch.mirror);
  g_ptr_array_unref (watch.before);
}

/* A keystroke that leaves the list as it was tells the list nothing to
 * redo; one that only changes the counts behind the chips says so with an
 * empty change */
static void
test_unchanged_list (void)
{
  g_autoptr(CgCatalog) catalog = load_bundled ();
  g_autoptr(CgSearchModel) model = cg_search_model_new (catalog);
  Watch watch = { NULL, NULL, 0, 0, 0 };

  cg_search_model_set_query (model, "kubernetes");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), >, 0);
  watch.mirror = snapshot (G_LIST_MODEL (model));
  watch.before = snapshot (G_LIST_MODEL (model));
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), &watch);

  /* The same words: the same list */
  cg_search_model_set_query (model, "kubernetes ");
  cg_search_model_set_query (model, "Kubernetes");
  assert_mirror (&watch, G_LIST_MODEL (model));
  g_assert_cmpuint (watch.n_changed, ==, 0);
  g_assert_cmpuint (watch.n_signals, ==, 0);

  g_signal_handlers_disconnect_by_func (model, on_items_changed, &watch);
  g_ptr_array_unref (watch.mirror);
  g_ptr_array_unref (watch.before);
}

/* Thousands of rows: the changes too long for one step */
static void
test_long_changes (void)
{
  static const char * const queries[] = { "", "a", "al", "", "b", "z", "", "alpha beta", "" };
  static const char * const words[] = { "alpha", "beta", "gamma", "delta", "zeta" };
  static const char * const levels[] = { "graduated", "incubating", "sandbox", "archived" };
  g_autoptr(GString) json = g_string_new ("{\"schema_version\":1,\"catalog_date\":"
                                          "\"2026-11-28\",\"projects\":[");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CgCatalog) catalog = NULL;
  g_autoptr(CgSearchModel) model = NULL;
  Watch watch = { NULL, NULL, 0, 0, 0 };
  guint changes = 0;

  for (guint i = 0; i < 3000; i++)
    g_string_append_printf (json, "%s{\"id\":\"p%u\",\"name\":\"%s %s %u\","
                            "\"maturity\":\"%s\"}", i ? "," : "", i, words[i % 5],
                            words[(i / 5) % 5], i, levels[i % 4]);
  g_string_append (json, "]}");
  bytes = g_bytes_new (json->str, json->len);
  catalog = cg_catalog_new_from_bytes (bytes, &error);
  g_assert_no_error (error);
  model = cg_search_model_new (catalog);
  watch.mirror = snapshot (G_LIST_MODEL (model));
  watch.before = snapshot (G_LIST_MODEL (model));
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), &watch);

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      cg_search_model_set_query (model, queries[i]);
      assert_mirror (&watch, G_LIST_MODEL (model));
    }
  cg_search_model_set_maturity_mask (model, 1u << CG_MATURITY_SANDBOX);
  assert_mirror (&watch, G_LIST_MODEL (model));
  cg_search_model_set_maturity_mask (model, 0);
  assert_mirror (&watch, G_LIST_MODEL (model));
  changes = watch.n_changed;

  /* Every change happened, none of the long ones mixed */
  g_assert_cmpuint (changes, >=, G_N_ELEMENTS (queries));
  g_assert_cmpuint (watch.n_long_mixed, ==, 0);

  g_signal_handlers_disconnect_by_func (model, on_items_changed, &watch);
  g_ptr_array_unref (watch.mirror);
  g_ptr_array_unref (watch.before);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/search-model/minimal-changes", test_minimal_changes);
  g_test_add_func ("/search-model/unchanged-list", test_unchanged_list);
  g_test_add_func ("/search-model/long-changes", test_long_changes);

  return g_test_run ();
}
