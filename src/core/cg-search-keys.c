/* cg-search-keys.c: the search keys of a catalog, made off the keystroke
 *
 * A search reads every project's folded words. Folding them costs about a
 * second for 100,000 projects, so they are made once, on a thread started
 * right after the catalog loads, into one buffer the catalog owns (one
 * allocation, read front to back by every search: no project is touched
 * while filtering). The first search waits for the thread only when it
 * has not finished yet.
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cg-search"

#include "config.h"

#include <string.h>

#include "cg-catalog-private.h"
#include "cg-project-private.h"
#include "cg-search.h"

static gboolean
is_ascii (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if ((guchar) *p >= 0x80)
      return FALSE;
  return TRUE;
}

/**
 * _cg_search_append_words:
 * @out: where the words go
 * @text: (nullable): any text
 * @space_first: whether the first word gets a space before it too
 *
 * Appends the words of @text as cg_search_fold_words() folds them,
 * separated by single spaces. ASCII text, nearly every catalog string,
 * takes a fast path that gives exactly what g_str_tokenize_and_fold()
 * gives for it: words are runs of ASCII letters and digits (everything
 * else separates them), lower-cased.
 */
void
_cg_search_append_words (GString    *out,
                         const char *text,
                         gboolean    space_first)
{
  gboolean space = space_first;

  if (text == NULL)
    return;

  if (!is_ascii (text))
    {
      g_auto(GStrv) words = cg_search_fold_words (text);

      for (guint i = 0; words[i] != NULL; i++)
        {
          if (space)
            g_string_append_c (out, ' ');
          g_string_append (out, words[i]);
          space = TRUE;
        }
      return;
    }

  for (const char *p = text; *p != '\0';)
    {
      const char *start;

      while (*p != '\0' && !g_ascii_isalnum (*p))
        p++;
      if (*p == '\0')
        break;
      if (space)
        g_string_append_c (out, ' ');
      for (start = p; g_ascii_isalnum (*p); p++)
        ;
      g_string_append_len (out, start, p - start);
      for (char *c = out->str + out->len - (p - start); c < out->str + out->len; c++)
        *c = g_ascii_tolower (*c);
      space = TRUE;
    }
}

/* The order of the name ranks within a maturity: the project that has
 * been in the CNCF longest first (for "kube", Kubernetes before KubeEdge
 * and Kubeflow); one without an acceptance date after those with one;
 * ties keep catalog order. */
static int
compare_established (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  GPtrArray *projects = user_data;
  guint pa = *(const guint *) a, pb = *(const guint *) b;
  CgProject *x = projects->pdata[pa];
  CgProject *y = projects->pdata[pb];
  int order;

  if (x->maturity != y->maturity)
    return x->maturity < y->maturity ? -1 : 1;
  if ((x->date_accepted == NULL) != (y->date_accepted == NULL))
    return x->date_accepted == NULL ? 1 : -1;
  if (x->date_accepted != NULL && (order = strcmp (x->date_accepted, y->date_accepted)) != 0)
    return order;
  return pa < pb ? -1 : pa > pb;
}

static CgSearchKeys *
build_keys (GPtrArray *projects)
{
  CgSearchKeys *keys = g_new0 (CgSearchKeys, 1);
  GString *text = g_string_sized_new (projects->len * 128 + 1);
  g_autofree guint *by_established = g_new (guint, projects->len + 1);

  g_autoptr(GHashTable) language_ids = g_hash_table_new (g_str_hash, g_str_equal);

  keys->n_keys = projects->len;
  keys->keys = g_new0 (CgSearchKey, projects->len + 1);
  keys->languages = g_ptr_array_new ();
  g_ptr_array_add (keys->languages, NULL);
  for (guint i = 0; i < projects->len; i++)
    {
      CgProject *project = projects->pdata[i];
      CgSearchKey *key = &keys->keys[i];

      key->maturity = (guint8) project->maturity;
      if (project->language != NULL)
        {
          gpointer id;

          if (!g_hash_table_lookup_extended (language_ids, project->language, NULL, &id) &&
              keys->languages->len <= G_MAXUINT16)
            {
              id = GUINT_TO_POINTER (keys->languages->len);
              g_ptr_array_add (keys->languages, project->language);
              g_hash_table_insert (language_ids, project->language, id);
            }
          /* Past 65,535 languages, the rest search as none */
          key->language = (guint16) GPOINTER_TO_UINT (id);
        }
      key->has_aliases = project->aliases != NULL && project->aliases[0] != NULL;

      key->name_joined = (guint32) text->len;
      _cg_search_append_words (text, project->name, FALSE);
      g_string_append_c (text, '\0');

      key->key = (guint32) text->len;
      _cg_search_append_words (text, project->name, TRUE);
      _cg_search_append_words (text, project->id, TRUE);
      for (guint a = 0; key->has_aliases && project->aliases[a] != NULL; a++)
        _cg_search_append_words (text, project->aliases[a], TRUE);
      key->focus_start = (guint32) text->len - key->key;
      _cg_search_append_words (text, project->focus, TRUE);
      _cg_search_append_words (text, project->category, TRUE);
      _cg_search_append_words (text, project->language, TRUE);
      key->text_start = (guint32) text->len - key->key;
      _cg_search_append_words (text, project->summary, TRUE);
      _cg_search_append_words (text, project->description, TRUE);
      g_string_append_c (text, '\0');

      by_established[i] = i;
    }

  g_qsort_with_data (by_established, (gint) projects->len, sizeof (guint),
                     compare_established, projects);
  for (guint i = 0; i < projects->len; i++)
    keys->keys[by_established[i]].established = i;

  keys->text = g_string_free (text, FALSE);
  return keys;
}

typedef struct
{
  GPtrArray *projects;
  GObject   *garbage;
} BuildJob;

static gpointer
build_thread (gpointer data)
{
  BuildJob *job = data;
  CgSearchKeys *keys = build_keys (job->projects);

  g_clear_object (&job->garbage);
  g_free (job);
  return keys;
}

static void
keys_free (CgSearchKeys *keys)
{
  if (keys == NULL)
    return;
  g_free (keys->text);
  g_free (keys->keys);
  g_clear_pointer (&keys->languages, g_ptr_array_unref);
  g_free (keys);
}

/**
 * _cg_search_keys_start:
 * @garbage: (transfer full) (nullable): what the load no longer needs (the
 *   JSON parser and its tree)
 *
 * Starts making the search keys of @catalog on a thread, which then drops
 * @garbage: freeing a parse tree of 100,000 projects, its blocks among the
 * catalog's, costs the load a third of its time. Call it once the catalog
 * is complete: the thread reads its projects, which nothing changes after
 * load.
 */
void
_cg_search_keys_start (CgCatalog *catalog,
                       GObject   *garbage)
{
  g_autoptr(GError) error = NULL;

  g_mutex_lock (&catalog->keys_lock);
  if (catalog->keys == NULL && catalog->keys_thread == NULL)
    {
      BuildJob *job = g_new0 (BuildJob, 1);

      /* The thread reads the list, not the catalog: the catalog's finalize
       * joins the thread before it frees the list. */
      job->projects = catalog->projects;
      job->garbage = g_steal_pointer (&garbage);
      catalog->keys_thread = g_thread_try_new ("cg-search-keys", build_thread, job, &error);
      /* No thread: the first search makes them */
      if (catalog->keys_thread == NULL)
        {
          g_debug ("search keys: %s", error->message);
          garbage = g_steal_pointer (&job->garbage);
          g_free (job);
        }
    }
  g_mutex_unlock (&catalog->keys_lock);
  g_clear_object (&garbage);
}

/**
 * _cg_search_keys_get:
 *
 * Returns: (transfer none): the search keys of @catalog, waiting for the
 *   thread that makes them, or making them, when they are not ready
 */
const CgSearchKeys *
_cg_search_keys_get (CgCatalog *catalog)
{
  CgSearchKeys *keys;

  g_mutex_lock (&catalog->keys_lock);
  if (catalog->keys == NULL)
    {
      if (catalog->keys_thread != NULL)
        catalog->keys = g_thread_join (g_steal_pointer (&catalog->keys_thread));
      else
        catalog->keys = build_keys (catalog->projects);
    }
  keys = catalog->keys;
  g_mutex_unlock (&catalog->keys_lock);
  return keys;
}

/* At finalize: waits for the thread, frees the keys */
void
_cg_search_keys_clear (CgCatalog *catalog)
{
  if (catalog->keys_thread != NULL)
    keys_free (g_thread_join (g_steal_pointer (&catalog->keys_thread)));
  g_clear_pointer (&catalog->keys, keys_free);
  g_mutex_clear (&catalog->keys_lock);
}
