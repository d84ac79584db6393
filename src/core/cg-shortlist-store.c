/* cg-shortlist-store.c: the shortlist file: read, checked, set aside, locked, written
 *
 * See cg-shortlist.c for the format and the promises.
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cg-shortlist"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "cg-file.h"
#include "cg-json-guard.h"
#include "cg-shortlist-private.h"

void
_cg_shortlist_item_free (Item *item)
{
  g_free (item->id);
  g_free (item->note);
  g_free (item);
}

Item *
_cg_shortlist_item_new (const char *id)
{
  Item *item = g_new0 (Item, 1);

  item->id = g_strdup (id);
  return item;
}

/* id → Item; the key is the item's own id */
GHashTable *
_cg_shortlist_items_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) _cg_shortlist_item_free);
}

GHashTable *
_cg_shortlist_items_copy (GHashTable *items)
{
  GHashTable *copy = _cg_shortlist_items_new ();
  GHashTableIter iter;
  Item *item;

  g_hash_table_iter_init (&iter, items);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &item))
    {
      Item *dup = _cg_shortlist_item_new (item->id);

      dup->starred = item->starred;
      dup->note = g_strdup (item->note);
      g_hash_table_insert (copy, dup->id, dup);
    }
  return copy;
}

gboolean
_cg_shortlist_items_equal (GHashTable *a,
             GHashTable *b)
{
  GHashTableIter iter;
  Item *item;

  if (g_hash_table_size (a) != g_hash_table_size (b))
    return FALSE;

  g_hash_table_iter_init (&iter, a);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &item))
    {
      Item *other = g_hash_table_lookup (b, item->id);

      if (other == NULL || other->starred != item->starred ||
          g_strcmp0 (other->note, item->note) != 0)
        return FALSE;
    }
  return TRUE;
}

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  const Item *x = *(const Item * const *) a;
  const Item *y = *(const Item * const *) b;

  /* Starred ones in the order they were starred, then kept notes */
  if ((x->starred == 0) != (y->starred == 0))
    return x->starred == 0 ? 1 : -1;
  if (x->starred != y->starred)
    return x->starred < y->starred ? -1 : 1;
  return strcmp (x->id, y->id);
}

GPtrArray *
_cg_shortlist_items_sorted (GHashTable *items)
{
  GPtrArray *sorted = g_ptr_array_sized_new (g_hash_table_size (items));
  GHashTableIter iter;
  gpointer item;

  g_hash_table_iter_init (&iter, items);
  while (g_hash_table_iter_next (&iter, NULL, &item))
    g_ptr_array_add (sorted, item);
  g_ptr_array_sort (sorted, compare_items);
  return sorted;
}

/* Reading */

G_GNUC_PRINTF (2, 3)
static gboolean
damaged (GError    **error,
         const char *format,
         ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error_literal (error, CG_SHORTLIST_ERROR, CG_SHORTLIST_ERROR_DAMAGED, message);
  return FALSE;
}

static gboolean
is_string (JsonNode *node)
{
  return node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
         json_node_get_value_type (node) == G_TYPE_STRING;
}

static gboolean
parse_time (const char *text,
            gint64     *out)
{
  g_autoptr(GDateTime) time = NULL;
  gsize len = strlen (text);

  /* RFC 3339: a full date, "T", a time and an offset or "Z" */
  if (len < 20 || len > 40 || text[4] != '-' || text[7] != '-' ||
      (text[10] != 'T' && text[10] != 't'))
    return FALSE;
  time = g_date_time_new_from_iso8601 (text, NULL);
  if (time == NULL)
    return FALSE;
  *out = g_date_time_to_unix (time);
  return *out > 0;
}

static gboolean
parse_item (JsonNode    *node,
            guint        index,
            GHashTable  *items,
            GError     **error)
{
  JsonObject *object;
  JsonNode *id_node, *starred_node, *note_node;
  const char *id;
  Item *item;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return damaged (error, _("items[%u]: not an object"), index);
  object = json_node_get_object (node);

  id_node = json_object_get_member (object, "id");
  if (!is_string (id_node))
    return damaged (error, _("items[%u].id: not a string"), index);
  id = json_node_get_string (id_node);
  if (!cg_project_id_is_valid (id))
    return damaged (error, _("items[%u].id: not a project id"), index);
  if (g_hash_table_contains (items, id))
    return damaged (error, _("items[%u].id: “%s” is there twice"), index, id);

  item = _cg_shortlist_item_new (id);
  g_hash_table_insert (items, item->id, item);

  starred_node = json_object_get_member (object, "starred");
  if (starred_node != NULL && !JSON_NODE_HOLDS_NULL (starred_node))
    {
      if (!is_string (starred_node) ||
          !parse_time (json_node_get_string (starred_node), &item->starred))
        return damaged (error, _("items[%u].starred: not an RFC 3339 time"), index);
    }

  note_node = json_object_get_member (object, "note");
  if (note_node != NULL && !JSON_NODE_HOLDS_NULL (note_node))
    {
      const char *note;

      if (!is_string (note_node))
        return damaged (error, _("items[%u].note: not a string"), index);
      note = json_node_get_string (note_node);
      if (_cg_shortlist_saved_length (note) > CG_SHORTLIST_MAX_NOTE)
        return damaged (error, _("items[%u].note: longer than %d bytes"), index,
                        CG_SHORTLIST_MAX_NOTE);
      if (*note != '\0')
        item->note = g_strdup (note);
    }

  return TRUE;
}

static gboolean
parse_items (const char  *data,
             gsize        length,
             GHashTable  *items,
             GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  JsonNode *root, *version, *list;
  JsonObject *object;
  JsonArray *array;

  if (!cg_json_guard_check (data, length, &local_error))
    return damaged (error, "%s", local_error->message);

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, (gssize) length, &local_error))
    return damaged (error, "%s", local_error->message);

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return damaged (error, _("not a JSON object"));
  object = json_node_get_object (root);

  version = json_object_get_member (object, "shortlist_version");
  if (version == NULL || !JSON_NODE_HOLDS_VALUE (version) ||
      json_node_get_value_type (version) != G_TYPE_INT64)
    return damaged (error, _("shortlist_version: not a number"));
  if (json_node_get_int (version) != CG_SHORTLIST_VERSION)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (version));

      return damaged (error, _("shortlist_version %s is not one this version reads"), number);
    }

  list = json_object_get_member (object, "items");
  if (list == NULL || !JSON_NODE_HOLDS_ARRAY (list))
    return damaged (error, _("items: not an array"));
  array = json_node_get_array (list);
  if (json_array_get_length (array) > CG_SHORTLIST_MAX_ITEMS)
    return damaged (error, _("more than %d items"), CG_SHORTLIST_MAX_ITEMS);

  for (guint i = 0; i < json_array_get_length (array); i++)
    if (!parse_item (json_array_get_element (array, i), i, items, error))
      return FALSE;

  return TRUE;
}

/* Reads the file into @items. Returns FALSE with a DAMAGED error when it
 * is there but cannot be used as it is; a missing file is an empty
 * shortlist. Never follows a symbolic link. */
static gboolean
read_items (const char  *path,
            GHashTable  *items,
            GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = cg_file_load_bounded (path, CG_JSON_MAX_SIZE,
                                                  CG_FILE_LOAD_NOFOLLOW, &local_error);

  if (bytes == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        return TRUE;
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_TOO_MANY_LINKS))
        return damaged (error, _("it is a symbolic link"));
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE))
        return damaged (error, _("it is not a regular file"));
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE))
        return damaged (error, _("larger than %d MiB"), CG_JSON_MAX_SIZE / (1024 * 1024));
      g_set_error (error, CG_SHORTLIST_ERROR, CG_SHORTLIST_ERROR_NOT_SAVED,
                   _("It could not be read: %s"), local_error->message);
      return FALSE;
    }

  return parse_items (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), items, error);
}

/* Moves a damaged file out of the way under a name no file has yet. */
static char *
set_aside (const char  *path,
           GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%dT%H%M%SZ");

  for (guint n = 1; n < 1000; n++)
    {
      g_autofree char *aside = n == 1
        ? g_strdup_printf ("%s.damaged-%s", path, stamp)
        : g_strdup_printf ("%s.damaged-%s-%u", path, stamp, n);
      GStatBuf st;

      if (g_lstat (aside, &st) == 0 || errno != ENOENT)
        continue;
      if (g_rename (path, aside) != 0)
        {
          int saved = errno;

          g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                       "%s", g_strerror (saved));
          return NULL;
        }
      return g_steal_pointer (&aside);
    }

  g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_EXIST, g_strerror (EEXIST));
  return NULL;
}

/* Reads the file; a damaged one is set aside with a @warning. Returns
 * FALSE only when a damaged file could not be set aside: then it must not
 * be written over. */
static gboolean
read_or_set_aside (const char  *path,
                   GHashTable  *items,
                   gboolean     starts_empty,
                   char       **warning,
                   GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GError) aside_error = NULL;
  g_autofree char *aside = NULL;
  g_autofree char *display = g_filename_display_name (path);

  if (read_items (path, items, &local_error))
    return TRUE;

  g_hash_table_remove_all (items);
  if (!g_error_matches (local_error, CG_SHORTLIST_ERROR, CG_SHORTLIST_ERROR_DAMAGED))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  aside = set_aside (path, &aside_error);
  if (aside == NULL)
    {
      g_set_error (error, CG_SHORTLIST_ERROR, CG_SHORTLIST_ERROR_DAMAGED,
                   _("Your shortlist %s is damaged (%s) and could not be set aside (%s); "
                     "it is left as it is and not written over"),
                   display, local_error->message, aside_error->message);
      return FALSE;
    }

  {
    g_autofree char *aside_display = g_filename_display_name (aside);

    *warning = starts_empty
      ? g_strdup_printf (_("Your shortlist %s was damaged (%s); it has been kept as %s "
                           "and the shortlist starts empty"),
                         display, local_error->message, aside_display)
      : g_strdup_printf (_("Your shortlist %s was damaged (%s); it has been kept as %s "
                           "and written again from what this window showed"),
                         display, local_error->message, aside_display);
  }
  return TRUE;
}

/* Locking */

static int
lock_open (const char  *path,
           GError     **error)
{
  g_autofree char *lock_path = g_strconcat (path, ".lock", NULL);
  int fd = g_open (lock_path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);

  if (fd < 0)
    fd = g_open (lock_path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved = errno;

      g_set_error (error, CG_SHORTLIST_ERROR, CG_SHORTLIST_ERROR_NOT_SAVED,
                   _("Your change was not saved: the shortlist could not be locked (%s)"),
                   g_strerror (saved));
      return -1;
    }

  while (flock (fd, LOCK_EX) != 0)
    if (errno != EINTR)
      break;  /* no locks on this file system: go on unlocked */
  return fd;
}

static void
lock_close (int fd)
{
  if (fd >= 0)
    close (fd);  /* also releases the lock */
}

/* Writing */

static GBytes *
serialize (GHashTable  *items,
           GError     **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) sorted = _cg_shortlist_items_sorted (items);
  g_autoptr(GError) guard_error = NULL;
  gsize length;
  char *data;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "shortlist_version");
  json_builder_add_int_value (builder, CG_SHORTLIST_VERSION);
  json_builder_set_member_name (builder, "items");
  json_builder_begin_array (builder);
  for (guint i = 0; i < sorted->len; i++)
    {
      Item *item = sorted->pdata[i];

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, item->id);
      json_builder_set_member_name (builder, "starred");
      if (item->starred != 0)
        {
          g_autoptr(GDateTime) time = g_date_time_new_from_unix_utc (item->starred);
          g_autofree char *text = g_date_time_format (time, "%Y-%m-%dT%H:%M:%SZ");

          json_builder_add_string_value (builder, text);
        }
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "note");
      json_builder_add_string_value (builder, item->note ? item->note : "");
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  data = json_generator_to_data (generator, &length);

  /* Never write what would not be read back */
  if (!cg_json_guard_check (data, length, &guard_error))
    {
      g_free (data);
      g_set_error (error, CG_SHORTLIST_ERROR, CG_SHORTLIST_ERROR_NOT_SAVED,
                   _("Your change was not saved: the shortlist would be too large (%s)"),
                   guard_error->message);
      return NULL;
    }

  return g_bytes_new_take (data, length);
}

void
_cg_shortlist_change_free (Change *change)
{
  g_free (change->path);
  g_free (change->id);
  g_free (change->note);
  g_clear_pointer (&change->renames, g_hash_table_unref);
  g_clear_pointer (&change->fallback, g_hash_table_unref);
  g_clear_pointer (&change->result, g_hash_table_unref);
  g_free (change->warning);
  g_free (change);
}

/* A renamed project follows its new id; when both ids are there, the
 * earlier star and both notes stay. */
static void
apply_renames (Change     *change,
               GHashTable *items)
{
  GHashTableIter iter;
  const char *former, *current;

  g_hash_table_iter_init (&iter, change->renames);
  while (g_hash_table_iter_next (&iter, (gpointer *) &former, (gpointer *) &current))
    {
      Item *old = g_hash_table_lookup (items, former);
      Item *item;

      if (old == NULL || g_str_equal (former, current))
        continue;
      g_hash_table_steal (items, former);
      item = g_hash_table_lookup (items, current);
      if (item == NULL)
        {
          g_free (old->id);
          old->id = g_strdup (current);
          g_hash_table_insert (items, old->id, old);
          continue;
        }
      if (old->starred != 0 && (item->starred == 0 || old->starred < item->starred))
        item->starred = old->starred;
      if (old->note != NULL && g_strcmp0 (old->note, item->note) != 0)
        {
          char *joined = item->note ? g_strconcat (item->note, "\n\n", old->note, NULL)
                                    : g_strdup (old->note);

          g_free (item->note);
          item->note = joined;
        }
      _cg_shortlist_item_free (old);
    }
}

static gboolean
apply (Change      *change,
       GHashTable  *items,
       GError     **error)
{
  Item *item;

  if (change->kind == CHANGE_RENAME)
    {
      apply_renames (change, items);
      return TRUE;
    }
  if (change->kind == CHANGE_RESTORE)
    {
      GHashTableIter iter;
      Item *kept;

      /* What the app showed, back beside whatever is there now */
      g_hash_table_iter_init (&iter, change->fallback);
      while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &kept))
        if (!g_hash_table_contains (items, kept->id) &&
            g_hash_table_size (items) < CG_SHORTLIST_MAX_ITEMS)
          {
            Item *copy = _cg_shortlist_item_new (kept->id);

            copy->starred = kept->starred;
            copy->note = g_strdup (kept->note);
            g_hash_table_insert (items, copy->id, copy);
          }
      return TRUE;
    }

  item = g_hash_table_lookup (items, change->id);

  if (item == NULL)
    {
      if (g_hash_table_size (items) >= CG_SHORTLIST_MAX_ITEMS)
        {
          g_set_error (error, CG_SHORTLIST_ERROR, CG_SHORTLIST_ERROR_NOT_SAVED,
                       _("Your change was not saved: the shortlist holds at most %d projects"),
                       CG_SHORTLIST_MAX_ITEMS);
          return FALSE;
        }
      item = _cg_shortlist_item_new (change->id);
      g_hash_table_insert (items, item->id, item);
    }

  if (change->kind == CHANGE_STAR)
    {
      if (!change->starred)
        item->starred = 0;
      else if (item->starred == 0)
        item->starred = change->now;
    }
  else
    {
      g_free (item->note);
      item->note = change->note && *change->note ? g_strdup (change->note) : NULL;
    }

  if (item->starred == 0 && item->note == NULL)
    g_hash_table_remove (items, change->id);
  return TRUE;
}

/* A write killed midway (SIGKILL, power loss) leaves its temporary file,
 * named by g_file_set_contents_full() as the target plus "." and six
 * characters. Under the lock no other write is under way, so those are
 * all stale. */
static void
remove_stale_temporaries (const char *path)
{
  g_autofree char *directory = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autoptr(GDir) dir = g_dir_open (directory, 0, NULL);
  gsize base_len = strlen (base);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      gboolean temporary = strlen (name) == base_len + 7 &&
                           strncmp (name, base, base_len) == 0 && name[base_len] == '.';

      for (gsize i = base_len + 1; temporary && name[i] != '\0'; i++)
        temporary = g_ascii_isalnum (name[i]);
      if (temporary && strcmp (name + base_len, ".lock") != 0)
        {
          g_autofree char *stale = g_build_filename (directory, name, NULL);
          g_unlink (stale);
        }
    }
}

/* Lock, read again, apply, write, unlock. Runs in a worker thread for the
 * app, on the calling thread for the command line. */
gboolean
_cg_shortlist_run_change (Change  *change,
            GError **error)
{
  g_autoptr(GHashTable) items = _cg_shortlist_items_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *directory = g_path_get_dirname (change->path);
  gboolean ok = FALSE;
  int lock = -1;

  if (g_mkdir_with_parents (directory, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, CG_SHORTLIST_ERROR, CG_SHORTLIST_ERROR_NOT_SAVED,
                   _("Your change was not saved: %s"), g_strerror (saved));
      return FALSE;
    }

  lock = lock_open (change->path, error);
  if (lock < 0)
    return FALSE;

  if (!read_or_set_aside (change->path, items, change->fallback == NULL,
                          &change->warning, &local_error))
    {
      g_set_error (error, CG_SHORTLIST_ERROR, CG_SHORTLIST_ERROR_NOT_SAVED,
                   _("Your change was not saved: %s"), local_error->message);
      goto out;
    }
  if (change->warning != NULL && change->fallback != NULL)
    {
      /* The file was damaged: build on what the app last read whole */
      g_clear_pointer (&items, g_hash_table_unref);
      items = _cg_shortlist_items_copy (change->fallback);
    }

  if (!apply (change, items, error))
    goto out;

  remove_stale_temporaries (change->path);

  bytes = serialize (items, error);
  if (bytes == NULL)
    goto out;

  if (!g_file_set_contents_full (change->path, g_bytes_get_data (bytes, NULL),
                                 (gssize) g_bytes_get_size (bytes),
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                 0600, &local_error))
    {
      g_set_error (error, CG_SHORTLIST_ERROR, CG_SHORTLIST_ERROR_NOT_SAVED,
                   _("Your change was not saved: %s"), local_error->message);
      goto out;
    }

  change->result = g_steal_pointer (&items);
  ok = TRUE;

out:
  lock_close (lock);
  return ok;
}

/* The bytes @note takes in the file, without its quotes */
gsize
_cg_shortlist_saved_length (const char *note)
{
  gsize n = 0;

  for (const guchar *p = (const guchar *) note; *p != '\0'; p++)
    {
      if (*p == '"' || *p == '\\' || *p == '\n' || *p == '\t' || *p == '\r' ||
          *p == '\b' || *p == '\f')
        n += 2;
      else if (*p < 0x20 || *p == 0x7f)
        n += 6;
      else
        n += 1;
    }
  return n;
}

gboolean
_cg_shortlist_read (const char  *path,
                    GHashTable  *items,
                    gboolean     starts_empty,
                    GError     **warning)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *directory = g_path_get_dirname (path);
  int lock = -1;
  gboolean ok;

  /* Lock when there is a folder to lock in; reading alone is safe, but
   * setting aside must not race with another process's write. */
  if (g_file_test (directory, G_FILE_TEST_IS_DIR))
    lock = lock_open (path, NULL);
  ok = read_or_set_aside (path, items, starts_empty, &message, &error);
  lock_close (lock);

  if (!ok)
    {
      g_propagate_error (warning, g_steal_pointer (&error));
      return FALSE;
    }
  if (message != NULL)
    {
      g_set_error_literal (warning, CG_SHORTLIST_ERROR, CG_SHORTLIST_ERROR_DAMAGED, message);
      return FALSE;
    }
  return TRUE;
}

/**
 * cg_shortlist_read_starred:
 * @path: a shortlist file (cg_shortlist_get_path())
 *
 * Reads which projects are starred, for a process that only looks (the
 * Shell search provider): a damaged or unreadable file reads as nothing
 * starred and is left where it is, for the app to set aside and say so.
 *
 * Returns: (transfer full) (element-type utf8 utf8): the starred ids, as
 *   a set (keys and values alike); possibly empty
 */
GHashTable *
cg_shortlist_read_starred (const char *path)
{
  g_autoptr(GHashTable) items = _cg_shortlist_items_new ();
  GHashTable *starred = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTableIter iter;
  Item *item;

  g_return_val_if_fail (path != NULL, starred);

  if (!read_items (path, items, NULL))
    return starred;
  g_hash_table_iter_init (&iter, items);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &item))
    if (item->starred != 0)
      g_hash_table_add (starred, g_strdup (item->id));
  return starred;
}
