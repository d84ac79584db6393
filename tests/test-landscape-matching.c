/* test-landscape-matching.c: a refresh finds each known project again
 *
 * Misleading combinations of renames, duplicates and shared links, built
 * from the bundled catalog in the landscape API's shape
 * (tests/cg-test-api.c) and run through cg_landscape_import().
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cg-cli.h"
#include "cg-landscape.h"
#include "cg-test-api.h"

static CgCatalog *bundled;

static void
set_repository (JsonObject *item,
                const char *url)
{
  JsonArray *repositories = json_array_new ();
  JsonObject *repository = json_object_new ();

  json_object_set_string_member (repository, "url", url);
  json_object_set_boolean_member (repository, "primary", TRUE);
  json_array_add_object_element (repositories, repository);
  json_object_set_array_member (item, "repositories", repositories);
}

/* "Notary Project" renamed "Notary" upstream, the landscape's id gone */
static JsonObject *
rename_notary (JsonArray *items)
{
  JsonObject *item = cg_test_api_find_item (items, "Notary Project");

  json_object_set_string_member (item, "name", "Notary");
  json_object_remove_member (item, "id");
  return item;
}

/* @item placed first in a copy of @items */
static JsonArray *
with_first (JsonArray  *items,
            JsonObject *item)
{
  JsonArray *arranged = json_array_new ();

  json_array_add_object_element (arranged, item);
  for (guint i = 0; i < json_array_get_length (items); i++)
    json_array_add_element (arranged, json_node_copy (json_array_get_element (items, i)));
  return arranged;
}

/* A renamed project whose new repository is another (listed) project's
 * is still found by its homepage */
static void
test_rename_repository_taken (void)
{
  g_autoptr(JsonArray) items = cg_test_api_items_from_catalog (bundled, G_MAXUINT);
  g_autoptr(GError) error = NULL;
  CgImportStats stats;
  g_autoptr(CgCatalog) catalog = NULL;
  JsonObject *item = rename_notary (items);

  set_repository (item, "https://github.com/helm/helm");
  catalog = cg_test_api_import (items, bundled, &stats, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stats.n_renamed, ==, 1);
  g_assert_cmpuint (stats.n_new, ==, 0);
  g_assert_null (cg_catalog_lookup (catalog, "notary"));
  g_assert_cmpstr (cg_project_get_name (cg_catalog_lookup (catalog, "notary-project")), ==,
                   "Notary");
}

/* A new project that shares a homepage with a renamed one is a project
 * of its own, not a duplicate of the renamed one */
static void
test_new_shares_homepage (void)
{
  g_autoptr(JsonArray) items = cg_test_api_items_from_catalog (bundled, G_MAXUINT);
  g_autoptr(JsonArray) arranged = NULL;
  g_autoptr(GError) error = NULL;
  CgImportStats stats;
  g_autoptr(CgCatalog) catalog = NULL;
  JsonObject *added = json_object_new ();

  rename_notary (items);
  json_object_set_string_member (added, "name", "Notary Helper");
  json_object_set_string_member (added, "maturity", "sandbox");
  json_object_set_string_member (added, "homepage_url", "https://notaryproject.dev/");
  set_repository (added, "https://github.com/example/notary-helper");
  arranged = with_first (items, added);

  catalog = cg_test_api_import (arranged, bundled, &stats, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stats.n_renamed, ==, 1);
  g_assert_cmpuint (stats.n_new, ==, 1);
  g_assert_cmpuint (stats.n_merged, ==, 0);
  g_assert_nonnull (cg_catalog_lookup (catalog, "notary-helper"));
  g_assert_cmpstr (cg_project_get_name (cg_catalog_lookup (catalog, "notary-project")), ==,
                   "Notary");
}

/* A rename and a thin duplicate of the new name: one project, renamed
 * and merged, in either order */
static void
test_rename_and_duplicate (void)
{
  GBytes *orders[2] = { NULL, NULL };

  for (guint place = 0; place < 2; place++)
    {
      g_autoptr(JsonArray) items = cg_test_api_items_from_catalog (bundled, G_MAXUINT);
      g_autoptr(JsonArray) arranged = NULL;
      g_autoptr(GError) error = NULL;
      CgImportStats stats;
      g_autoptr(CgCatalog) catalog = NULL;
      JsonObject *thin = json_object_new ();
      CgProject *project;

      rename_notary (items);
      json_object_set_string_member (thin, "name", "Notary");
      json_object_set_string_member (thin, "maturity", "incubating");
      json_object_set_string_member (thin, "category", "CNAI");
      if (place == 0)
        arranged = with_first (items, thin);
      else
        {
          json_array_add_object_element (items, thin);
          arranged = json_array_ref (items);
        }

      catalog = cg_test_api_import (arranged, bundled, &stats, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (stats.n_renamed, ==, 1);
      g_assert_cmpuint (stats.n_merged, ==, 1);
      g_assert_cmpuint (stats.n_new, ==, 0);
      g_assert_null (cg_catalog_lookup (catalog, "notary"));
      project = cg_catalog_lookup (catalog, "notary-project");
      g_assert_cmpstr (cg_project_get_repository (project), ==,
                       "https://github.com/notaryproject/notation");
      g_assert_cmpstr (cg_project_get_category (project), ==,
                       cg_project_get_category (cg_catalog_lookup (bundled, "notary-project")));
      {
        g_autofree char *outcome = cg_cli_describe_update (catalog, bundled, &stats);

        g_assert_cmpstr (outcome, ==,
                         "Catalog updated: 255 projects, 0 new, 1 renamed, 1 duplicate merged");
      }
      orders[place] = cg_catalog_to_bytes (catalog);
    }
  g_assert_true (g_bytes_equal (orders[0], orders[1]));
  g_bytes_unref (orders[0]);
  g_bytes_unref (orders[1]);
}

/* An item whose name slugs to a known project's id, placed before that
 * project, takes nothing from it */
static void
test_slug_collision (void)
{
  g_autoptr(JsonArray) items = cg_test_api_items_from_catalog (bundled, G_MAXUINT);
  g_autoptr(JsonArray) arranged = NULL;
  g_autoptr(GError) error = NULL;
  CgImportStats stats;
  g_autoptr(CgCatalog) catalog = NULL;
  JsonObject *other = json_object_new ();
  CgProject *known = cg_catalog_lookup (bundled, "helm");
  CgProject *helm;

  json_object_set_string_member (other, "name", "HELM!");
  json_object_set_string_member (other, "maturity", "sandbox");
  set_repository (other, "https://github.com/example/helm-bang");
  arranged = with_first (items, other);

  catalog = cg_test_api_import (arranged, bundled, &stats, &error);
  g_assert_no_error (error);
  helm = cg_catalog_lookup (catalog, "helm");
  g_assert_nonnull (helm);
  g_assert_cmpstr (cg_project_get_name (helm), ==, "Helm");
  g_assert_cmpstr (cg_project_get_summary (helm), ==, cg_project_get_summary (known));
  g_assert_cmpstr (cg_project_get_repository (helm), ==, cg_project_get_repository (known));
  g_assert_cmpint (cg_project_get_maturity (helm), ==, cg_project_get_maturity (known));
  /* The other one is a project of its own */
  g_assert_cmpuint (stats.n_new, ==, 1);
  g_assert_cmpstr (cg_project_get_name (cg_catalog_lookup (catalog, "helm-2")), ==, "HELM!");
  {
    g_autofree char *outcome = cg_cli_describe_update (catalog, bundled, &stats);

    g_assert_cmpstr (outcome, ==, "Catalog updated: 256 projects, 1 new");
  }
}

static const char former_catalog[] =
  "{\"schema_version\":1,\"catalog_date\":\"2026-01-01\",\"projects\":["
  "{\"id\":\"notary-project\",\"name\":\"Notary\",\"maturity\":\"incubating\","
  "\"repository\":\"https://github.com/notaryproject/notation\",\"former_ids\":[\"notation\"]},"
  "{\"id\":\"other\",\"name\":\"Other\",\"maturity\":\"sandbox\"}]}";

/* A new item named like a known project's former id neither breaks the
 * refresh nor steals the former id */
static void
test_new_named_former_id (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (former_catalog, sizeof former_catalog - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(CgCatalog) base = cg_catalog_new_from_bytes (bytes, &error);
  g_autoptr(JsonArray) items = json_array_new ();
  g_autoptr(CgCatalog) catalog = NULL;
  CgImportStats stats;
  JsonObject *item;

  g_assert_no_error (error);
  item = json_object_new ();
  json_object_set_string_member (item, "name", "Notary");
  json_object_set_string_member (item, "maturity", "incubating");
  set_repository (item, "https://github.com/notaryproject/notation");
  json_array_add_object_element (items, item);
  item = json_object_new ();
  json_object_set_string_member (item, "name", "Notation");
  json_object_set_string_member (item, "maturity", "sandbox");
  set_repository (item, "https://github.com/example/notation");
  json_array_add_object_element (items, item);
  item = json_object_new ();
  json_object_set_string_member (item, "name", "Other");
  json_object_set_string_member (item, "maturity", "sandbox");
  json_array_add_object_element (items, item);

  catalog = cg_test_api_import (items, base, &stats, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stats.n_new, ==, 1);
  g_assert_cmpuint (cg_catalog_get_n_projects (catalog), ==, 3);
  g_assert_cmpstr (cg_project_get_name (cg_catalog_lookup (catalog, "notary-project")), ==,
                   "Notary");
}

/* Lists people curated stay whatever the download says, so their absence
 * from the download is no loss and no reason to refuse it */
static void
test_curated_absence_no_drop (void)
{
  g_autoptr(JsonArray) items = cg_test_api_items_from_catalog (bundled, G_MAXUINT);
  g_autoptr(GError) error = NULL;
  CgImportStats stats;
  g_autoptr(CgCatalog) catalog = NULL;
  guint removed = 0, lists_before = 0, lists_after = 0;

  for (guint i = 0; i < cg_catalog_get_n_projects (bundled); i++)
    {
      CgProject *project = cg_catalog_get_project (bundled, i);

      if (cg_project_get_mailing_lists (project)->len > 0)
        lists_before++;
      if (cg_project_is_curated (project, "mailing_lists"))
        {
          JsonObject *item = cg_test_api_find_item (items, cg_project_get_name (project));

          if (json_object_has_member (item, "mailing_list_url"))
            removed++;
          json_object_remove_member (item, "mailing_list_url");
        }
    }
  /* More than a third of the known lists are curated ones */
  g_assert_cmpuint (removed * 3, >, lists_before);

  catalog = cg_test_api_import (items, bundled, &stats, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < cg_catalog_get_n_projects (catalog); i++)
    if (cg_project_get_mailing_lists (cg_catalog_get_project (catalog, i))->len > 0)
      lists_after++;
  g_assert_cmpuint (lists_after, ==, lists_before);
}

/* A third of a field's known values may go (the landscape does lose
 * chats); one more is refused, and the refusal says how many */
static void
test_drop_boundary (void)
{
  for (guint extra = 0; extra < 2; extra++)
    {
      g_autoptr(JsonArray) items = cg_test_api_items_from_catalog (bundled, G_MAXUINT);
      g_autoptr(GError) error = NULL;
      g_autoptr(CgCatalog) catalog = NULL;
      g_autofree char *message = NULL;
      guint had = 0, drop, dropped = 0;

      for (guint i = 0; i < cg_catalog_get_n_projects (bundled); i++)
        {
          CgProject *project = cg_catalog_get_project (bundled, i);

          if (cg_project_get_mailing_lists (project)->len > 0 &&
              !cg_project_is_curated (project, "mailing_lists"))
            had++;
        }
      g_assert_cmpuint (had % 3, ==, 0);
      drop = had / 3 + extra;
      for (guint i = 0; i < cg_catalog_get_n_projects (bundled) && dropped < drop; i++)
        {
          CgProject *project = cg_catalog_get_project (bundled, i);

          if (cg_project_get_mailing_lists (project)->len > 0 &&
              !cg_project_is_curated (project, "mailing_lists"))
            {
              json_object_remove_member (cg_test_api_find_item (items, cg_project_get_name (project)),
                                         "mailing_list_url");
              dropped++;
            }
        }

      catalog = cg_test_api_import (items, bundled, NULL, &error);
      if (extra == 0)
        {
          g_assert_no_error (error);
          g_assert_nonnull (catalog);
          continue;
        }
      g_assert_error (error, CG_LANDSCAPE_ERROR, CG_LANDSCAPE_ERROR_INCOMPLETE);
      message = g_strdup_printf ("it would remove the mailing lists of %u of %u projects", drop, had);
      g_assert_cmpstr (error->message, ==, message);
    }
}

/* "Notary Project" renamed "Notary" upstream, and a different project
 * (another repository) listed under the old name: the repository says
 * which one is ours */
static void
test_old_name_reused (void)
{
  g_autoptr(JsonArray) items = cg_test_api_items_from_catalog (bundled, G_MAXUINT);
  g_autoptr(JsonArray) arranged = NULL;
  g_autoptr(GError) error = NULL;
  CgImportStats stats;
  g_autoptr(CgCatalog) catalog = NULL;
  JsonObject *other = json_object_new ();
  CgProject *ours;

  rename_notary (items);
  json_object_set_string_member (other, "name", "Notary Project");
  json_object_set_string_member (other, "maturity", "sandbox");
  set_repository (other, "https://github.com/example/notary-project");
  arranged = with_first (items, other);

  catalog = cg_test_api_import (arranged, bundled, &stats, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stats.n_renamed, ==, 1);
  g_assert_cmpuint (stats.n_new, ==, 1);
  ours = cg_catalog_lookup (catalog, "notary-project");
  g_assert_cmpstr (cg_project_get_name (ours), ==, "Notary");
  g_assert_cmpstr (cg_project_get_repository (ours), ==,
                   "https://github.com/notaryproject/notation");
  g_assert_cmpint (cg_project_get_maturity (ours), ==, CG_MATURITY_INCUBATING);
  g_assert_cmpstr (cg_project_get_repository (cg_catalog_lookup (catalog, "notary-project-2")), ==,
                   "https://github.com/example/notary-project");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);
  bundled = cg_catalog_new_bundled (&error);
  g_assert_no_error (error);

  g_test_add_func ("/landscape-matching/rename-repository-taken", test_rename_repository_taken);
  g_test_add_func ("/landscape-matching/new-shares-homepage", test_new_shares_homepage);
  g_test_add_func ("/landscape-matching/rename-and-duplicate", test_rename_and_duplicate);
  g_test_add_func ("/landscape-matching/slug-collision", test_slug_collision);
  g_test_add_func ("/landscape-matching/new-named-former-id", test_new_named_former_id);

  g_test_add_func ("/landscape-matching/curated-absence-no-drop", test_curated_absence_no_drop);

  g_test_add_func ("/landscape-matching/drop-boundary", test_drop_boundary);

  g_test_add_func ("/landscape-matching/old-name-reused", test_old_name_reused);

  status = g_test_run ();
  g_object_unref (bundled);
  return status;
}
