/* cg-shortlist.c: the projects a person starred, and their notes
 *
 * One file, $XDG_DATA_HOME/cncf-guide/shortlist.json:
 *
 *   {"shortlist_version": 1,
 *    "items": [{"id": "helm", "starred": "2026-11-29T18:00:00Z", "note": "…"}]}
 *
 * "starred" is an RFC 3339 UTC time, or null for a note kept on a project
 * that is no longer starred (unstarring never throws a note away); an item
 * with neither star nor note is dropped. At most CG_SHORTLIST_MAX_ITEMS
 * items, a note at most CG_SHORTLIST_MAX_NOTE bytes, the file at most
 * CG_JSON_MAX_SIZE bytes: a change that would pass these is refused, so
 * the app never writes a file it would not read back.
 *
 * Reading goes through the same strict JSON guard as the catalog, and
 * every node's type is checked before a json-glib getter sees it. A file
 * that is damaged, truncated, too large, of the wrong shape or a symbolic
 * link is renamed aside (shortlist.json.damaged-TIME, never deleted, never
 * followed) and the shortlist starts empty, with a message.
 *
 * Every change takes an advisory lock (flock on shortlist.json.lock),
 * reads the file again, applies itself to what is there, writes with
 * g_file_set_contents_full (CONSISTENT | DURABLE) and unlocks: two
 * processes changing the shortlist at once lose neither change, and a
 * failed write (disk full, read-only folder) leaves the old file byte for
 * byte. The app's changes run one after the other in a GTask thread; a
 * GFileMonitor reloads the file when another process changed it.
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cg-shortlist"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "cg-shortlist-private.h"

G_DEFINE_QUARK (cg-shortlist-error-quark, cg_shortlist_error)

/* The object */

struct _CgShortlist
{
  GObject       parent_instance;

  char         *path;
  GHashTable   *items;
  GQueue        pending;   /* of GTask, the oldest first */
  gboolean      running;
  GFileMonitor *monitor;
  guint         reload_id;
};

G_DEFINE_FINAL_TYPE (CgShortlist, cg_shortlist, G_TYPE_OBJECT)

enum
{
  SIGNAL_CHANGED,
  SIGNAL_WARNING,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
cg_shortlist_dispose (GObject *object)
{
  CgShortlist *self = CG_SHORTLIST (object);

  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->monitor != NULL)
    g_file_monitor_cancel (self->monitor);
  g_clear_object (&self->monitor);

  G_OBJECT_CLASS (cg_shortlist_parent_class)->dispose (object);
}

static void
cg_shortlist_finalize (GObject *object)
{
  CgShortlist *self = CG_SHORTLIST (object);

  g_free (self->path);
  g_hash_table_unref (self->items);

  G_OBJECT_CLASS (cg_shortlist_parent_class)->finalize (object);
}

static void
cg_shortlist_class_init (CgShortlistClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cg_shortlist_dispose;
  object_class->finalize = cg_shortlist_finalize;

  /**
   * CgShortlist::changed:
   *
   * The shortlist changed: a change of this app was saved, failed (the
   * shortlist is then as before), or another process changed the file.
   */
  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * CgShortlist::warning:
   * @message: what happened, for people (plain text, quotes a file name)
   *
   * A reload found the file damaged and set it aside.
   */
  signals[SIGNAL_WARNING] =
    g_signal_new ("warning", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
cg_shortlist_init (CgShortlist *self)
{
  self->items = _cg_shortlist_items_new ();
  g_queue_init (&self->pending);
}

/**
 * cg_shortlist_new:
 * @path: the shortlist file (it need not exist yet)
 *
 * Returns: (transfer full): an empty shortlist; call cg_shortlist_load()
 */
CgShortlist *
cg_shortlist_new (const char *path)
{
  CgShortlist *self;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (CG_TYPE_SHORTLIST, NULL);
  self->path = g_strdup (path);
  return self;
}

/**
 * cg_shortlist_new_default:
 *
 * Returns: (transfer full): the shortlist in
 *   `$XDG_DATA_HOME/cncf-guide/shortlist.json`, not loaded yet
 */
CgShortlist *
cg_shortlist_new_default (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "cncf-guide",
                                            "shortlist.json", NULL);

  return cg_shortlist_new (path);
}

/**
 * cg_shortlist_get_path:
 *
 * Returns: (transfer none): the shortlist file (a file name, not UTF-8
 *   necessarily)
 */
const char *
cg_shortlist_get_path (CgShortlist *self)
{
  g_return_val_if_fail (CG_IS_SHORTLIST (self), NULL);
  return self->path;
}

/**
 * cg_shortlist_load:
 * @warning: (out) (optional): why the shortlist starts empty
 *
 * Reads the file (blocking; it is at most 16 MiB). A damaged file is set
 * aside and the shortlist is empty; a missing one is an empty shortlist.
 * Emits #CgShortlist::changed when the shortlist differs from before.
 *
 * Returns: %FALSE with @warning set when the file was damaged or could
 *   not be read; the shortlist is then empty and still usable
 */
gboolean
cg_shortlist_load (CgShortlist  *self,
                   GError      **warning)
{
  g_autoptr(GHashTable) items = _cg_shortlist_items_new ();
  gboolean ok;

  g_return_val_if_fail (CG_IS_SHORTLIST (self), FALSE);

  ok = _cg_shortlist_read (self->path, items, TRUE, warning);
  if (!_cg_shortlist_items_equal (items, self->items))
    {
      g_hash_table_unref (self->items);
      self->items = g_steal_pointer (&items);
      g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
    }
  return ok;
}

static void queue_change (CgShortlist         *self,
                          Change              *change,
                          GError              *error,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data);

static gboolean
reload_cb (gpointer user_data)
{
  CgShortlist *self = user_data;
  g_autoptr(GHashTable) items = _cg_shortlist_items_new ();
  g_autoptr(GError) warning = NULL;
  gboolean shown = g_hash_table_size (self->items) > 0;

  self->reload_id = 0;
  if (_cg_shortlist_read (self->path, items, !shown, &warning) ||
      !g_error_matches (warning, CG_SHORTLIST_ERROR, CG_SHORTLIST_ERROR_DAMAGED) || !shown)
    {
      if (!_cg_shortlist_items_equal (items, self->items))
        {
          g_hash_table_unref (self->items);
          self->items = g_steal_pointer (&items);
          g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
        }
    }
  else
    {
      /* Damaged while this app showed a shortlist: the file is set aside,
       * and what the app showed is written again */
      Change *change = g_new0 (Change, 1);

      change->kind = CHANGE_RESTORE;
      change->path = g_strdup (self->path);
      change->now = g_get_real_time () / G_USEC_PER_SEC;
      queue_change (self, change, NULL, NULL, NULL);
    }

  if (warning != NULL)
    g_signal_emit (self, signals[SIGNAL_WARNING], 0, warning->message);
  return G_SOURCE_REMOVE;
}

static void
file_changed_cb (GFileMonitor      *monitor,
                 GFile             *file,
                 GFile             *other,
                 GFileMonitorEvent  event,
                 gpointer           user_data)
{
  CgShortlist *self = user_data;

  if (event == G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED ||
      event == G_FILE_MONITOR_EVENT_PRE_UNMOUNT)
    return;

  /* A write is a burst of events: read once it is over */
  if (self->reload_id == 0)
    self->reload_id = g_timeout_add (100, reload_cb, self);
}

/**
 * cg_shortlist_watch:
 *
 * Reloads the shortlist whenever its file changes (another process,
 * the command line, another window), from the thread-default main
 * context of the caller.
 */
void
cg_shortlist_watch (CgShortlist *self)
{
  g_autoptr(GFile) file = NULL;

  g_return_if_fail (CG_IS_SHORTLIST (self));

  if (self->monitor != NULL)
    return;
  file = g_file_new_for_path (self->path);
  self->monitor = g_file_monitor_file (file, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
  if (self->monitor != NULL)
    g_signal_connect (self->monitor, "changed", G_CALLBACK (file_changed_cb), self);
}

/**
 * cg_shortlist_contains:
 * @id: a project id
 *
 * Whether the person starred @id. Cheap (a hash look-up): the search
 * provider may call it for every result.
 */
gboolean
cg_shortlist_contains (CgShortlist *self,
                       const char  *id)
{
  Item *item;

  g_return_val_if_fail (CG_IS_SHORTLIST (self), FALSE);

  item = id ? g_hash_table_lookup (self->items, id) : NULL;
  return item != NULL && item->starred != 0;
}

/**
 * cg_shortlist_get_note:
 * @id: a project id
 *
 * Returns: (nullable): the person's note on @id (plain text, kept also
 *   after unstarring), or %NULL when there is none
 */
const char *
cg_shortlist_get_note (CgShortlist *self,
                       const char  *id)
{
  Item *item;

  g_return_val_if_fail (CG_IS_SHORTLIST (self), NULL);

  item = id ? g_hash_table_lookup (self->items, id) : NULL;
  return item ? item->note : NULL;
}

/**
 * cg_shortlist_get_starred_time:
 * @id: a project id
 *
 * Returns: when @id was starred, in seconds since 1970 (UTC), or 0
 */
gint64
cg_shortlist_get_starred_time (CgShortlist *self,
                               const char  *id)
{
  Item *item;

  g_return_val_if_fail (CG_IS_SHORTLIST (self), 0);

  item = id ? g_hash_table_lookup (self->items, id) : NULL;
  return item ? item->starred : 0;
}

/**
 * cg_shortlist_dup_starred:
 *
 * Returns: (transfer full): the starred ids, in the order they were starred
 */
GStrv
cg_shortlist_dup_starred (CgShortlist *self)
{
  g_autoptr(GPtrArray) sorted = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (CG_IS_SHORTLIST (self), NULL);

  sorted = _cg_shortlist_items_sorted (self->items);
  for (guint i = 0; i < sorted->len; i++)
    {
      Item *item = sorted->pdata[i];

      if (item->starred != 0)
        g_strv_builder_add (builder, item->id);
    }
  return g_strv_builder_end (builder);
}

/**
 * cg_shortlist_get_n_starred:
 *
 * Returns: how many projects are starred (kept notes on unstarred ones
 *   do not count)
 */
guint
cg_shortlist_get_n_starred (CgShortlist *self)
{
  GHashTableIter iter;
  Item *item;
  guint n = 0;

  g_return_val_if_fail (CG_IS_SHORTLIST (self), 0);

  g_hash_table_iter_init (&iter, self->items);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &item))
    if (item->starred != 0)
      n++;
  return n;
}

static Change *
change_new (CgShortlist  *self,
            ChangeKind    kind,
            const char   *id,
            GError      **error)
{
  Change *change;

  if (!cg_project_id_is_valid (id))
    {
      g_set_error (error, CG_SHORTLIST_ERROR, CG_SHORTLIST_ERROR_INVALID,
                   _("“%s” is not a project id"), id ? id : "");
      return NULL;
    }

  change = g_new0 (Change, 1);
  change->kind = kind;
  change->path = g_strdup (self->path);
  change->id = g_strdup (id);
  change->now = g_get_real_time () / G_USEC_PER_SEC;
  return change;
}

static gboolean
check_note (const char  *note,
            GError     **error)
{
  gsize length;

  if (note == NULL)
    return TRUE;
  if (!g_utf8_validate (note, -1, NULL))
    {
      g_set_error (error, CG_SHORTLIST_ERROR, CG_SHORTLIST_ERROR_INVALID,
                   _("Your note was not saved: it is not UTF-8 text"));
      return FALSE;
    }
  length = _cg_shortlist_saved_length (note);
  if (length > CG_SHORTLIST_MAX_NOTE)
    {
      g_set_error (error, CG_SHORTLIST_ERROR, CG_SHORTLIST_ERROR_INVALID,
                   _("Your note was not saved: it takes %zu bytes, a note may take %d"),
                   length, CG_SHORTLIST_MAX_NOTE);
      return FALSE;
    }
  return TRUE;
}

static void
take_result (CgShortlist *self,
             Change      *change)
{
  if (change->result != NULL && !_cg_shortlist_items_equal (change->result, self->items))
    {
      g_hash_table_unref (self->items);
      self->items = g_steal_pointer (&change->result);
    }
}

static gboolean
run_now (CgShortlist  *self,
         Change       *change,
         GError      **error)
{
  g_autoptr(GError) local_error = NULL;

  change->fallback = g_hash_table_ref (self->items);
  if (!_cg_shortlist_run_change (change, &local_error))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (change->warning != NULL)
    g_signal_emit (self, signals[SIGNAL_WARNING], 0, change->warning);
  take_result (self, change);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
  return TRUE;
}

/**
 * cg_shortlist_set_starred:
 * @id: a project id (it need not be in the catalog)
 * @starred: star or unstar it
 *
 * Stars or unstars @id and saves the file before returning (blocking:
 * the command line's way). Unstarring keeps the note.
 *
 * Returns: %FALSE with %CG_SHORTLIST_ERROR_NOT_SAVED when the file could
 *   not be written (the old file is then unchanged), or
 *   %CG_SHORTLIST_ERROR_INVALID for an id of the wrong form
 */
gboolean
cg_shortlist_set_starred (CgShortlist  *self,
                          const char   *id,
                          gboolean      starred,
                          GError      **error)
{
  g_autoptr(Change) change = NULL;

  g_return_val_if_fail (CG_IS_SHORTLIST (self), FALSE);

  change = change_new (self, CHANGE_STAR, id, error);
  if (change == NULL)
    return FALSE;
  change->starred = starred;
  return run_now (self, change, error);
}

/**
 * cg_shortlist_set_note:
 * @id: a project id
 * @note: (nullable): plain text, at most %CG_SHORTLIST_MAX_NOTE bytes of
 *   UTF-8; empty or %NULL removes the note
 *
 * Saves the note on @id before returning (blocking). The note does not
 * star the project.
 *
 * Returns: as cg_shortlist_set_starred()
 */
gboolean
cg_shortlist_set_note (CgShortlist  *self,
                       const char   *id,
                       const char   *note,
                       GError      **error)
{
  g_autoptr(Change) change = NULL;

  g_return_val_if_fail (CG_IS_SHORTLIST (self), FALSE);

  if (!check_note (note, error))
    return FALSE;
  change = change_new (self, CHANGE_NOTE, id, error);
  if (change == NULL)
    return FALSE;
  change->note = g_strdup (note);
  return run_now (self, change, error);
}

static void start_next (CgShortlist *self);

static void
change_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  GError *error = NULL;

  if (_cg_shortlist_run_change (task_data, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
change_done (GObject      *source_object,
             GAsyncResult *result,
             gpointer      user_data)
{
  CgShortlist *self = CG_SHORTLIST (source_object);
  g_autoptr(GTask) outer = user_data;
  Change *change = g_task_get_task_data (G_TASK (result));
  GError *error = NULL;

  self->running = FALSE;
  if (g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (change->warning != NULL)
        g_signal_emit (self, signals[SIGNAL_WARNING], 0, change->warning);
      take_result (self, change);
    }
  /* Also after a failure: views show the shortlist as it is */
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);

  if (error != NULL)
    g_task_return_error (outer, error);
  else
    g_task_return_boolean (outer, TRUE);

  start_next (self);
}

static void
start_next (CgShortlist *self)
{
  GTask *outer;
  g_autoptr(GTask) inner = NULL;
  Change *change;

  if (self->running || g_queue_is_empty (&self->pending))
    return;

  outer = g_queue_pop_head (&self->pending);
  change = g_task_get_task_data (outer);
  /* A copy taken now, after the changes before it were applied */
  change->fallback = _cg_shortlist_items_copy (self->items);

  self->running = TRUE;
  inner = g_task_new (self, NULL, change_done, outer);
  g_task_set_source_tag (inner, start_next);
  g_task_set_task_data (inner, change, NULL);
  g_task_run_in_thread (inner, change_thread);
}

static void
queue_change (CgShortlist         *self,
              Change              *change,
              GError              *error,
              GAsyncReadyCallback  callback,
              gpointer             user_data)
{
  GTask *task = g_task_new (self, NULL, callback, user_data);

  g_task_set_source_tag (task, queue_change);
  if (change == NULL)
    {
      g_task_return_error (task, error);
      g_object_unref (task);
      return;
    }

  g_task_set_task_data (task, change, (GDestroyNotify) _cg_shortlist_change_free);
  g_queue_push_tail (&self->pending, task);
  start_next (self);
}

/**
 * cg_shortlist_set_starred_async:
 *
 * Like cg_shortlist_set_starred(), in a worker thread. Changes are saved
 * one after the other, in the order they were asked for; the shortlist
 * (and #CgShortlist::changed) follows when each is saved. The shortlist
 * holds a reference to itself until then.
 */
void
cg_shortlist_set_starred_async (CgShortlist         *self,
                                const char          *id,
                                gboolean             starred,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  GError *error = NULL;
  Change *change;

  g_return_if_fail (CG_IS_SHORTLIST (self));

  change = change_new (self, CHANGE_STAR, id, &error);
  if (change != NULL)
    change->starred = starred;
  queue_change (self, change, error, callback, user_data);
}

/**
 * cg_shortlist_set_note_async:
 *
 * Like cg_shortlist_set_note(), in a worker thread, in order with the
 * other changes.
 */
void
cg_shortlist_set_note_async (CgShortlist         *self,
                             const char          *id,
                             const char          *note,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  GError *error = NULL;
  Change *change = NULL;

  g_return_if_fail (CG_IS_SHORTLIST (self));

  if (check_note (note, &error))
    change = change_new (self, CHANGE_NOTE, id, &error);
  if (change != NULL)
    change->note = g_strdup (note);
  queue_change (self, change, error, callback, user_data);
}

/* The change that moves every item whose id is a former id in @catalog
 * to the project's current id, or %NULL when there is none */
static Change *
renames_new (CgShortlist *self,
             CgCatalog   *catalog)
{
  g_autoptr(GHashTable) renames = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GHashTableIter iter;
  const char *id;
  Change *change;

  g_hash_table_iter_init (&iter, self->items);
  while (g_hash_table_iter_next (&iter, (gpointer *) &id, NULL))
    {
      CgProject *project = cg_shortlist_resolve (catalog, id);

      if (project != NULL && !g_str_equal (cg_project_get_id (project), id))
        g_hash_table_insert (renames, g_strdup (id), g_strdup (cg_project_get_id (project)));
    }
  if (g_hash_table_size (renames) == 0)
    return NULL;

  change = g_new0 (Change, 1);
  change->kind = CHANGE_RENAME;
  change->path = g_strdup (self->path);
  change->renames = g_steal_pointer (&renames);
  change->now = g_get_real_time () / G_USEC_PER_SEC;
  return change;
}

/**
 * cg_shortlist_follow_renames:
 * @catalog: the catalog shown, with its former ids
 *
 * Moves the stars and notes of renamed projects to their current ids
 * (blocking). When both ids are on the shortlist, the earlier star and
 * both notes are kept. Writes nothing when nothing was renamed.
 *
 * Returns: %FALSE with %CG_SHORTLIST_ERROR_NOT_SAVED when the file could
 *   not be written (the old ids then keep working through
 *   cg_shortlist_resolve())
 */
gboolean
cg_shortlist_follow_renames (CgShortlist  *self,
                             CgCatalog    *catalog,
                             GError      **error)
{
  g_autoptr(Change) change = NULL;

  g_return_val_if_fail (CG_IS_SHORTLIST (self), FALSE);
  g_return_val_if_fail (CG_IS_CATALOG (catalog), FALSE);

  change = renames_new (self, catalog);
  return change == NULL || run_now (self, change, error);
}

/**
 * cg_shortlist_follow_renames_async:
 *
 * Like cg_shortlist_follow_renames(), in order with the other changes.
 */
void
cg_shortlist_follow_renames_async (CgShortlist         *self,
                                   CgCatalog           *catalog,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  Change *change;

  g_return_if_fail (CG_IS_SHORTLIST (self));
  g_return_if_fail (CG_IS_CATALOG (catalog));

  change = renames_new (self, catalog);
  if (change == NULL)
    {
      GTask *task = g_task_new (self, NULL, callback, user_data);

      g_task_set_source_tag (task, queue_change);
      g_task_return_boolean (task, TRUE);
      g_object_unref (task);
      return;
    }
  queue_change (self, change, NULL, callback, user_data);
}

/**
 * cg_shortlist_change_finish:
 *
 * Returns: %FALSE with the reason the change was not saved
 */
gboolean
cg_shortlist_change_finish (CgShortlist   *self,
                            GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * cg_shortlist_is_saving:
 *
 * Returns: whether changes are still waiting to be saved
 */
gboolean
cg_shortlist_is_saving (CgShortlist *self)
{
  g_return_val_if_fail (CG_IS_SHORTLIST (self), FALSE);
  return self->running || !g_queue_is_empty (&self->pending);
}

/**
 * cg_shortlist_resolve:
 * @id: a starred id
 *
 * The one place that finds a starred project in a catalog: by its id, and
 * (once the catalog carries them) by the ids it had before a rename.
 *
 * Returns: (transfer none) (nullable): the project, or %NULL when it is no
 *   longer in the catalog
 */
CgProject *
cg_shortlist_resolve (CgCatalog  *catalog,
                      const char *id)
{
  g_return_val_if_fail (CG_IS_CATALOG (catalog), NULL);

  return id ? cg_catalog_lookup (catalog, id) : NULL;
}
