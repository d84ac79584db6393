/* test-json-guard.c: the JSON guard's bounds on what parsing may cost
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cg-catalog.h"
#include "cg-json-guard.h"

/* "[" UNIT "," UNIT … "]" with @n units */
static GString *
repeat (const char *unit,
        gsize       n)
{
  GString *s = g_string_sized_new (n * (strlen (unit) + 1) + 2);

  g_string_append_c (s, '[');
  for (gsize i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (s, ',');
      g_string_append (s, unit);
    }
  g_string_append_c (s, ']');
  return s;
}

/* Whitespace costs no memory: padded to the size limit, only the element
 * limit can refuse */
static void
pad (GString *s)
{
  while (s->len < CG_JSON_MAX_SIZE)
    g_string_append_c (s, ' ');
}

static void
assert_refused (const GString *s,
                const char    *message)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (cg_json_guard_check (s->str, s->len, &error));
  g_assert_error (error, CG_JSON_GUARD_ERROR, CG_JSON_GUARD_ERROR_LIMIT);
  if (strstr (error->message, message) == NULL)
    g_error ("expected “%s” in “%s”", message, error->message);
}

/* Empty input is refused without computing NULL + 0 (UBSan's
 * pointer-overflow check caught that) */
static void
test_empty (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new (NULL, 0);
  g_autoptr(CgCatalog) catalog = NULL;

  g_assert_false (cg_json_guard_check (NULL, 0, &error));
  g_assert_error (error, CG_JSON_GUARD_ERROR, CG_JSON_GUARD_ERROR_EMPTY);
  g_clear_error (&error);

  catalog = cg_catalog_new_from_bytes (bytes, &error);
  g_assert_null (catalog);
  g_assert_error (error, CG_CATALOG_ERROR, CG_CATALOG_ERROR_INVALID);
}

/* 16 MiB of "[{},{},…]" took 1.7 GB and 17 s before being refused */
static void
test_too_many_elements (void)
{
  g_autoptr(GString) objects = repeat ("{}", CG_JSON_MAX_ELEMENTS + 1);
  g_autoptr(GString) members = g_string_new ("{");
  g_autoptr(GString) at_limit = repeat ("\"a longer string, as a catalog's are\"",
                                        CG_JSON_MAX_ELEMENTS);
  g_autoptr(GError) error = NULL;

  pad (objects);
  assert_refused (objects, "an array with more than 200000 elements");

  for (guint i = 0; i <= CG_JSON_MAX_ELEMENTS; i++)
    g_string_append_printf (members, "%s\"%x\":0", i > 0 ? "," : "", i);
  g_string_append_c (members, '}');
  pad (members);
  assert_refused (members, "an object with more than 200000 members");

  /* Exactly at the limit, with values worth their memory: fine */
  g_assert_true (cg_json_guard_check (at_limit->str, at_limit->len, &error));
  g_assert_no_error (error);
}

/* Below the element limit, nesting multiplies: the memory budget holds */
static void
test_memory_budget (void)
{
  g_autoptr(GString) inner = repeat ("{}", 100000);
  g_autoptr(GString) outer = repeat (inner->str, 30);
  g_autoptr(GString) zeros = repeat ("0", 150000);
  g_autoptr(GString) padded = NULL;
  g_autoptr(GError) error = NULL;

  assert_refused (outer, "more than 20 times the size of the input in memory");
  assert_refused (zeros, "more than 20 times the size of the input in memory");

  /* Whitespace is free: the same values padded to 16 MiB pass, and cost
   * at most 20 times the 16 MiB */
  padded = repeat ("{}", 150000);
  pad (padded);
  g_assert_true (cg_json_guard_check (padded->str, padded->len, &error));
  g_assert_no_error (error);
}

/* Real data is far inside the budget */
static void
test_real_catalog (void)
{
  g_autoptr(GBytes) bundled = g_resources_lookup_data (RESOURCE_PREFIX "/catalog.json", 0, NULL);
  g_autoptr(GError) error = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bundled, &length);

  g_assert_true (cg_json_guard_check (data, length, &error));
  g_assert_no_error (error);
}

/* Integers pass exactly when they fit in 64 bits, on either side */
static void
test_integer_bounds (void)
{
  static const char * const fit[] = {
    "0", "1", "-1", "123456789012345678", "9223372036854775807", "-9223372036854775808",
    "1000000000000000000",
  };
  static const char * const too_large[] = {
    "9223372036854775808", "-9223372036854775809", "10000000000000000000",
    "99999999999999999999999",
  };

  for (guint i = 0; i < G_N_ELEMENTS (fit); i++)
    {
      g_autofree char *json = g_strdup_printf ("[%s]", fit[i]);
      g_autoptr(GError) error = NULL;

      g_assert_true (cg_json_guard_check (json, strlen (json), &error));
      g_assert_no_error (error);
    }
  for (guint i = 0; i < G_N_ELEMENTS (too_large); i++)
    {
      g_autoptr(GString) json = g_string_new (NULL);

      g_string_printf (json, "[%s]", too_large[i]);
      assert_refused (json, "number too large");
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json-guard/empty", test_empty);
  g_test_add_func ("/json-guard/too-many-elements", test_too_many_elements);
  g_test_add_func ("/json-guard/memory-budget", test_memory_budget);
  g_test_add_func ("/json-guard/real-catalog", test_real_catalog);
  g_test_add_func ("/json-guard/integer-bounds", test_integer_bounds);

  return g_test_run ();
}
