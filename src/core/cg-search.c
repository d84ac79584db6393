/* cg-search.c: word-prefix search and ranking, shared by the window and
 * the command line so that both always agree
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cg-search"

#include "config.h"

#include <string.h>

#include "cg-catalog-private.h"
#include "cg-project-private.h"
#include "cg-search-private.h"

/* Letters that do not decompose into an ASCII letter and a mark, spelled
 * the way ICU's Latin-ASCII transliteration spells them (after case
 * folding, so lower case only) */
static const struct
{
  gunichar    letter;
  const char *ascii;
} latin_ascii[] = {
  { 0x00DF, "ss" },   /* ß */
  { 0x00E6, "ae" },   /* æ */
  { 0x00F0, "d" },    /* ð */
  { 0x00F8, "o" },    /* ø */
  { 0x00FE, "th" },   /* þ */
  { 0x0111, "d" },    /* đ */
  { 0x0127, "h" },    /* ħ */
  { 0x0131, "i" },    /* ı */
  { 0x0138, "q" },    /* ĸ */
  { 0x0140, "l" },    /* ŀ */
  { 0x0142, "l" },    /* ł */
  { 0x014B, "n" },    /* ŋ */
  { 0x0153, "oe" },   /* œ */
  { 0x0167, "t" },    /* ŧ */
  { 0x017F, "s" },    /* ſ */
  { 0x0180, "b" },    /* ƀ */
  { 0x0188, "c" },    /* ƈ */
  { 0x0192, "f" },    /* ƒ */
  { 0x01B4, "y" },    /* ƴ */
  { 0x0235, "n" },    /* ȵ */
  { 0x0237, "j" },    /* ȷ */
  { 0x0268, "i" },    /* ɨ */
  { 0x1E9E, "ss" },   /* ẞ */
};

static const char *
latin_ascii_lookup (gunichar c)
{
  for (guint i = 0; i < G_N_ELEMENTS (latin_ascii); i++)
    if (latin_ascii[i].letter == c)
      return latin_ascii[i].ascii;
  return NULL;
}

/* A case-folded word with its accents dropped and every Latin letter
 * spelled in ASCII; letters of other scripts stay as they are */
static char *
fold_word (const char *word)
{
  g_autofree char *decomposed = NULL;
  GString *folded;

  if (g_str_is_ascii (word))
    return g_strdup (word);

  decomposed = g_utf8_normalize (word, -1, G_NORMALIZE_NFKD);
  if (decomposed == NULL)
    return g_strdup (word);
  folded = g_string_sized_new (strlen (decomposed));
  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *ascii;

      if (c < 0x80)
        g_string_append_c (folded, (char) c);
      else if (g_unichar_ismark (c) && folded->len > 0)
        continue;
      else if ((ascii = latin_ascii_lookup (g_unichar_tolower (c))) != NULL)
        g_string_append (folded, ascii);
      else
        g_string_append_unichar (folded, c);
    }
  return g_string_free (folded, FALSE);
}

/**
 * cg_search_fold_words:
 * @text: (nullable): any text
 *
 * Splits @text into words, case-folded, accent-folded ("kübernetes" →
 * "kubernetes") and with Latin letters that have no accent to drop spelled
 * in ASCII as ICU's Latin-ASCII transliteration does ("Øresund" →
 * "oresund", "Łódź" → "lodz", "Þór" → "thor"), so that a query typed
 * either way finds the word.
 *
 * Returns: (transfer full): the words, possibly none
 */
GStrv
cg_search_fold_words (const char *text)
{
  GStrv words;

  if (text == NULL || *text == '\0')
    return g_new0 (char *, 1);

  if (g_str_is_ascii (text))
    {
      /* The fast path the search keys take too: the same words */
      g_autoptr(GString) joined = g_string_new (NULL);

      _cg_search_append_words (joined, text, FALSE);
      if (joined->len == 0)
        return g_new0 (char *, 1);
      return g_strsplit (joined->str, " ", -1);
    }

  words = g_str_tokenize_and_fold (text, NULL, NULL);
  for (guint i = 0; words[i] != NULL; i++)
    {
      char *folded = fold_word (words[i]);

      g_free (words[i]);
      words[i] = folded;
    }

  return words;
}

/**
 * cg_search_prepare_project:
 *
 * Makes the sort key of @project at load: its case-folded name (for ASCII,
 * which g_utf8_casefold() folds to lower case, lower case at once). The
 * search keys are made on a thread after load (cg-search-keys.c).
 */
void
cg_search_prepare_project (CgProject *project)
{
  g_free (project->sort_key);
  if (g_str_is_ascii (project->name))
    project->sort_key = g_ascii_strdown (project->name, -1);
  else
    project->sort_key = g_utf8_casefold (project->name, -1);
}

/* Every token must start a word of the name, id, aliases, focus,
 * category, language, summary or description. An alias counts as the
 * name: "k8s" finds Kubernetes as "kubernetes" does. @tokens are the
 * folded query words, each with a leading space; @joined, the folded
 * query words joined by single spaces. */
static gboolean
match_key (CgCatalog          *catalog,
           guint               position,
           const CgSearchKeys *keys,
           GStrv               tokens,
           const char         *joined,
           CgSearchRank       *rank)
{
  const CgSearchKey *entry = &keys->keys[position];
  const char *key = keys->text + entry->key;
  const char *name_joined = keys->text + entry->name_joined;
  gboolean all_in_name = TRUE;
  gboolean all_in_name_or_focus = TRUE;

  if (tokens[0] == NULL)
    {
      *rank = CG_SEARCH_RANK_EXACT_NAME;
      return TRUE;
    }

  for (guint i = 0; tokens[i] != NULL; i++)
    {
      /* One scan: the parts are in rank order, so the first hit is the best. */
      const char *hit = strstr (key, tokens[i]);
      gsize at;
      gboolean in_name, in_focus;

      if (hit == NULL)
        return FALSE;

      at = (gsize) (hit - key);
      in_name = at < entry->focus_start;
      in_focus = !in_name && at < entry->text_start;

      all_in_name &= in_name;
      all_in_name_or_focus &= (in_name || in_focus);
    }

  if (strcmp (name_joined, joined) == 0 ||
      (all_in_name && entry->has_aliases &&
       g_strv_contains ((const char * const *) cg_catalog_get_project (catalog, position)->aliases,
                        joined)))
    *rank = CG_SEARCH_RANK_EXACT_NAME;
  else if (g_str_has_prefix (name_joined, joined))
    *rank = CG_SEARCH_RANK_NAME_PREFIX;
  else if (all_in_name)
    *rank = CG_SEARCH_RANK_NAME_WORD;
  else if (all_in_name_or_focus)
    *rank = CG_SEARCH_RANK_FOCUS;
  else
    *rank = CG_SEARCH_RANK_TEXT;

  return TRUE;
}

static GStrv
prepare_tokens (const char  *query,
                char       **joined)
{
  g_autofree char *bounded = NULL;
  g_auto(GStrv) words = NULL;
  GStrv tokens;
  guint n;

  /* A pasted megabyte searches as its first kilobyte. */
  if (query != NULL && strlen (query) > CG_SEARCH_MAX_QUERY)
    {
      const char *end = query + CG_SEARCH_MAX_QUERY;

      while (end > query && ((guchar) *end & 0xC0) == 0x80)
        end--;
      bounded = g_strndup (query, (gsize) (end - query));
      query = bounded;
    }

  words = cg_search_fold_words (query);
  n = g_strv_length (words);
  tokens = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    tokens[i] = g_strconcat (" ", words[i], NULL);

  *joined = g_strjoinv (" ", words);
  return tokens;
}

/* Within a rank and a maturity, the name ranks put the project that has
 * been in the CNCF longest first: for "kube", Kubernetes (2016) before
 * KubeEdge (2019) and Kubeflow (2023); the keys hold that order made once
 * (see compare_established() in cg-search-keys.c). */
static int
compare_established (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  const CgSearchKeys *keys = user_data;
  guint32 x = keys->keys[*(const guint *) a].established;
  guint32 y = keys->keys[*(const guint *) b].established;

  return x < y ? -1 : x > y;
}

/* Moves the projects of @bucket whose id is in @preferred to its front,
 * keeping the order within both parts */
static void
prefer_first (GArray     *bucket,
              CgCatalog  *catalog,
              GHashTable *preferred)
{
  g_autoptr(GArray) rest = g_array_new (FALSE, FALSE, sizeof (guint));
  guint kept = 0;

  for (guint k = 0; k < bucket->len; k++)
    {
      guint i = g_array_index (bucket, guint, k);

      if (g_hash_table_contains (preferred, cg_project_get_id (cg_catalog_get_project (catalog, i))))
        g_array_index (bucket, guint, kept++) = i;
      else
        g_array_append_val (rest, i);
    }
  g_array_set_size (bucket, kept);
  g_array_append_vals (bucket, rest->data, rest->len);
}

/* Runs the prepared query over @candidates (catalog positions in catalog
 * order), or over the whole catalog when @candidates is NULL. Takes
 * @joined. */
static CgSearchResult *
run (CgCatalog             *catalog,
     GStrv                  tokens,
     char                  *joined,
     const CgSearchOptions *options,
     const GArray          *candidates)
{
  CgSearchResult *result = g_new0 (CgSearchResult, 1);
  /* [archived][rank]: archived projects after every other match */
  GArray *buckets[2][CG_SEARCH_N_RANKS];
  g_autoptr(GHashTable) top = _cg_search_language_filter_new (catalog, options->language);
  const CgSearchKeys *keys = _cg_search_keys_get (catalog);
  /* Whether each language passes the filter, decided once */
  g_autofree gboolean *language_passes = g_new (gboolean, keys->languages->len);
  guint n = candidates ? candidates->len : cg_catalog_get_n_projects (catalog);
  guint maturity_mask = options->maturity_mask ? options->maturity_mask : CG_MATURITY_MASK_ALL;

  for (guint l = 0; l < keys->languages->len; l++)
    language_passes[l] = _cg_search_language_matches (keys->languages->pdata[l],
                                                      options->language, top);

  result->joined = joined;
  result->language = g_strdup (options->language);
  result->matches = g_array_sized_new (FALSE, FALSE, sizeof (guint), n);
  for (guint a = 0; a < 2; a++)
    for (guint r = 0; r < CG_SEARCH_N_RANKS; r++)
      buckets[a][r] = g_array_new (FALSE, FALSE, sizeof (guint));

  /* The catalog is already in maturity-then-name order, so putting each
   * match in its rank's bucket keeps that order within a rank. */
  for (guint k = 0; k < n; k++)
    {
      guint i = candidates ? g_array_index (candidates, guint, k) : k;
      guint maturity = keys->keys[i].maturity;
      CgSearchRank rank;

      if (!language_passes[keys->keys[i].language] ||
          !match_key (catalog, i, keys, tokens, result->joined, &rank))
        continue;

      g_array_append_val (result->matches, i);
      result->counts[maturity]++;
      if (maturity_mask & (1u << maturity))
        g_array_append_val (buckets[maturity == CG_MATURITY_ARCHIVED][rank], i);
    }

  /* A blank query lists everything in catalog order */
  if (tokens[0] != NULL)
    for (guint a = 0; a < 2; a++)
      for (guint r = CG_SEARCH_RANK_EXACT_NAME; r <= CG_SEARCH_RANK_NAME_PREFIX; r++)
        g_array_sort_with_data (buckets[a][r], compare_established, (gpointer) keys);

  /* Starred projects first among equally good matches */
  if (options->preferred != NULL && g_hash_table_size (options->preferred) > 0)
    for (guint a = 0; a < 2; a++)
      for (guint r = 0; r < CG_SEARCH_N_RANKS; r++)
        prefer_first (buckets[a][r], catalog, options->preferred);

  result->positions = g_array_sized_new (FALSE, FALSE, sizeof (guint), result->matches->len);
  for (guint a = 0; a < 2; a++)
    for (guint r = 0; r < CG_SEARCH_N_RANKS; r++)
      {
        g_array_append_vals (result->positions, buckets[a][r]->data, buckets[a][r]->len);
        g_array_unref (buckets[a][r]);
      }
  _cg_search_sort (catalog, result->positions, options->sort);

  return result;
}

/**
 * cg_search_run:
 * @query: (nullable): what the user typed
 * @maturity_mask: one bit per #CgMaturity; 0 means all
 *
 * Returns: (transfer full): the matching projects: archived ones after
 *   all others; then best rank first; within a rank graduated before
 *   incubating before sandbox; within an exact or prefix name match the
 *   longest in the CNCF first (by acceptance date); then by name
 */
CgSearchResult *
cg_search_run (CgCatalog  *catalog,
               const char *query,
               guint       maturity_mask)
{
  return cg_search_refine (catalog, NULL, query, maturity_mask);
}

/**
 * cg_search_run_with:
 * @previous: (nullable): the result of the last search of the same catalog
 * @query: (nullable): what the user typed
 * @options: the maturity mask, language filter and order
 *
 * Searches as cg_search_refine() does, keeps the projects whose primary
 * language passes @options' filter, and lists them in @options' order.
 * Archived projects come after every active one whatever the order.
 *
 * Returns: (transfer full): the matching projects
 */
CgSearchResult *
cg_search_run_with (CgCatalog             *catalog,
                    CgSearchResult        *previous,
                    const char            *query,
                    const CgSearchOptions *options)
{
  char *joined = NULL;
  g_auto(GStrv) tokens = prepare_tokens (query, &joined);

  /* Every word of the old query starts a word of the new one, under the
   * same language filter. */
  if (previous != NULL && g_str_has_prefix (joined, previous->joined) &&
      g_strcmp0 (previous->language, options->language) == 0)
    return run (catalog, tokens, joined, options, previous->matches);

  return run (catalog, tokens, joined, options, NULL);
}

/**
 * cg_search_refine:
 * @previous: (nullable): the result of the last search of the same catalog
 *
 * The same as cg_search_run(), but when @query only narrows the previous
 * one (one more letter or word, the usual keystroke), it looks only at
 * the previous matches.
 *
 * Returns: (transfer full):
 */
CgSearchResult *
cg_search_refine (CgCatalog      *catalog,
                  CgSearchResult *previous,
                  const char     *query,
                  guint           maturity_mask)
{
  CgSearchOptions options = { maturity_mask, NULL, CG_SORT_RELEVANCE };

  return cg_search_run_with (catalog, previous, query, &options);
}

void
cg_search_result_free (CgSearchResult *result)
{
  if (result == NULL)
    return;

  g_clear_pointer (&result->positions, g_array_unref);
  g_clear_pointer (&result->matches, g_array_unref);
  g_clear_pointer (&result->joined, g_free);
  g_clear_pointer (&result->language, g_free);
  g_free (result);
}

/* Levenshtein distance on bytes, with a cut-off: returns > @limit early. */
static guint
edit_distance (const char *a,
               const char *b,
               guint       limit)
{
  gsize la = strlen (a), lb = strlen (b);
  g_autofree guint *row = NULL;
  guint best = G_MAXUINT;

  if ((la > lb ? la - lb : lb - la) > limit || la > 256 || lb > 256)
    return limit + 1;

  row = g_new (guint, lb + 1);
  for (gsize j = 0; j <= lb; j++)
    row[j] = (guint) j;

  for (gsize i = 1; i <= la; i++)
    {
      guint diagonal = row[0];

      row[0] = (guint) i;
      best = row[0];
      for (gsize j = 1; j <= lb; j++)
        {
          guint above = row[j];
          guint cost = a[i - 1] == b[j - 1] ? 0 : 1;

          row[j] = MIN (MIN (row[j] + 1, row[j - 1] + 1), diagonal + cost);
          diagonal = above;
          best = MIN (best, row[j]);
        }
      if (best > limit)
        return limit + 1;
    }

  return row[lb];
}

/**
 * cg_search_suggest:
 *
 * For a query that matched nothing: the name of the project whose name is
 * closest to it, when one is close enough to be a likely typo.
 *
 * Returns: (transfer full) (nullable):
 */
char *
cg_search_suggest (CgCatalog  *catalog,
                   const char *query)
{
  g_autofree char *joined = NULL;
  g_auto(GStrv) tokens = prepare_tokens (query, &joined);
  CgProject *best = NULL;
  guint best_distance;
  guint limit;
  gsize len = strlen (joined);
  const CgSearchKeys *keys;

  if (len < 3)
    return NULL;

  limit = len <= 5 ? 1 : len <= 8 ? 2 : 3;
  best_distance = limit + 1;
  keys = _cg_search_keys_get (catalog);

  for (guint i = 0; i < keys->n_keys; i++)
    {
      guint d = edit_distance (joined, keys->text + keys->keys[i].name_joined, best_distance - 1);

      if (d < best_distance)
        {
          best_distance = d;
          best = cg_catalog_get_project (catalog, i);
        }
    }

  if (best == NULL || best_distance > limit)
    return NULL;

  return g_strdup (best->name);
}
