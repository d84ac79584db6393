/* cg-json-guard.c: strict JSON, checked before json-glib sees it
 *
 * json-glib 1.6 overflows its stack on deep nesting, accepts comments,
 * single quotes and hex numbers, truncates strings at \u0000 and turns huge
 * integers into -1. This scanner accepts only RFC 8259 JSON within the
 * limits below, so json-glib only ever parses input it handles correctly.
 *
 * Memory: json-glib spends far more on a value than the value's bytes
 * (measured with json-glib 1.6 on x86-64: about 300 bytes for "{}", 120
 * for "[]", 85 for "0", 150 for an object member), so 16 MiB of "[{},…]"
 * took 1.7 GB. The scanner charges every value what json-glib will spend
 * on it and refuses input whose parse would cost more than
 * CG_JSON_MAX_AMPLIFICATION times its size (real catalogs and landscape
 * downloads cost about 5 times theirs), and any array or object with more
 * than CG_JSON_MAX_ELEMENTS elements.
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cg-json-guard"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "cg-json-guard.h"

G_DEFINE_QUARK (cg-json-guard-error-quark, cg_json_guard_error)

/* What json-glib 1.6 allocates for each kind of value, in bytes (rounded
 * up from measurements; see above). */
#define COST_OBJECT 320
#define COST_ARRAY  128
#define COST_VALUE   96
#define COST_MEMBER  64  /* plus the name's bytes */

/* Small inputs may always cost this much */
#define MIN_BUDGET (1024 * 1024)

typedef struct
{
  const char *data;
  const char *p;
  const char *end;
  gsize       cost;    /* estimated bytes json-glib will allocate */
  gsize       budget;
  GError    **error;
} Scanner;

static void
where (const Scanner *s,
       const char    *at,
       guint         *line,
       guint         *column)
{
  *line = 1;
  *column = 1;

  for (const char *q = s->data; q < at && q < s->end; q++)
    {
      if (*q == '\n')
        {
          (*line)++;
          *column = 1;
        }
      else if (((guchar) *q & 0xC0) != 0x80)
        (*column)++;
    }
}

G_GNUC_PRINTF (4, 5)
static gboolean
fail (Scanner    *s,
      const char *at,
      int         code,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  guint line, column;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  where (s, at, &line, &column);
  /* TRANSLATORS: a place in a file, then what is wrong there */
  g_set_error (s->error, CG_JSON_GUARD_ERROR, code, _("line %u, column %u: %s"),
               line, column, message);
  return FALSE;
}

/* Charges @amount bytes for the value at @at; fails past the budget. */
static gboolean
charge (Scanner    *s,
        const char *at,
        gsize       amount)
{
  s->cost += amount;
  if (s->cost > s->budget)
    return fail (s, at, CG_JSON_GUARD_ERROR_LIMIT,
                 _("too many values: parsing would take more than %d times the size of "
                   "the input in memory"), CG_JSON_MAX_AMPLIFICATION);
  return TRUE;
}

static void
skip_space (Scanner *s)
{
  while (s->p < s->end && (*s->p == ' ' || *s->p == '\t' || *s->p == '\n' || *s->p == '\r'))
    s->p++;
}

static gboolean
unexpected (Scanner *s)
{
  if (s->p >= s->end)
    return fail (s, s->p, CG_JSON_GUARD_ERROR_SYNTAX, _("unexpected end of input"));

  switch (*s->p)
    {
    case '/':
      return fail (s, s->p, CG_JSON_GUARD_ERROR_SYNTAX, _("comments are not allowed"));
    case '\'':
      return fail (s, s->p, CG_JSON_GUARD_ERROR_SYNTAX,
                   _("strings must be in double quotes"));
    case '<':
      return fail (s, s->p, CG_JSON_GUARD_ERROR_SYNTAX,
                   _("this is not JSON (it looks like a web page)"));
    default:
      if (g_ascii_isprint (*s->p))
        return fail (s, s->p, CG_JSON_GUARD_ERROR_SYNTAX, _("unexpected character “%c”"),
                     *s->p);
      return fail (s, s->p, CG_JSON_GUARD_ERROR_SYNTAX, _("unexpected byte 0x%02x"),
                   (guchar) *s->p);
    }
}

static int
hex_value (char c)
{
  return g_ascii_xdigit_value (c);
}

static gboolean
read_hex4 (Scanner    *s,
           const char *at,
           gunichar   *out)
{
  gunichar value = 0;

  if (s->end - at < 4)
    return fail (s, at, CG_JSON_GUARD_ERROR_SYNTAX, _("unexpected end of input"));

  for (int i = 0; i < 4; i++)
    {
      int v = hex_value (at[i]);
      if (v < 0)
        return fail (s, at + i, CG_JSON_GUARD_ERROR_SYNTAX, _("bad \\u escape"));
      value = value * 16 + (gunichar) v;
    }

  *out = value;
  return TRUE;
}

static gboolean
scan_string (Scanner *s)
{
  const char *start = s->p;

  g_assert (*s->p == '"');
  s->p++;

  while (s->p < s->end)
    {
      /* Plain bytes, nearly all of a string, in a tight loop; it stops
       * one past the length limit at most, which the check below reports */
      const char *limit = s->end - start > CG_JSON_MAX_STRING + 1
                          ? start + CG_JSON_MAX_STRING + 1 : s->end;
      guchar c;

      while (s->p < limit && (guchar) *s->p >= 0x20 && *s->p != '"' && *s->p != '\\')
        s->p++;
      if (s->p >= s->end)
        break;
      c = (guchar) *s->p;

      if (s->p - start > CG_JSON_MAX_STRING)
        return fail (s, start, CG_JSON_GUARD_ERROR_LIMIT,
                     _("string longer than %d bytes"), CG_JSON_MAX_STRING);

      if (c == '"')
        {
          s->p++;
          return TRUE;
        }
      if (c < 0x20)
        {
          if (c == 0)
            return fail (s, s->p, CG_JSON_GUARD_ERROR_ENCODING, _("NUL character in a string"));
          return fail (s, s->p, CG_JSON_GUARD_ERROR_SYNTAX,
                       _("control character in a string"));
        }
      if (c == '\\')
        {
          const char *esc = s->p;

          if (s->p + 1 >= s->end)
            break;
          switch (s->p[1])
            {
            case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
              s->p += 2;
              break;
            case 'u':
              {
                gunichar u;

                if (!read_hex4 (s, s->p + 2, &u))
                  return FALSE;
                s->p += 6;
                if (u == 0)
                  return fail (s, esc, CG_JSON_GUARD_ERROR_ENCODING,
                               _("NUL character in a string"));
                if (u >= 0xDC00 && u <= 0xDFFF)
                  return fail (s, esc, CG_JSON_GUARD_ERROR_ENCODING,
                               _("lone UTF-16 surrogate in a string"));
                if (u >= 0xD800 && u <= 0xDBFF)
                  {
                    gunichar low;

                    if (s->end - s->p < 6 || s->p[0] != '\\' || s->p[1] != 'u')
                      return fail (s, esc, CG_JSON_GUARD_ERROR_ENCODING,
                                   _("lone UTF-16 surrogate in a string"));
                    if (!read_hex4 (s, s->p + 2, &low))
                      return FALSE;
                    if (low < 0xDC00 || low > 0xDFFF)
                      return fail (s, esc, CG_JSON_GUARD_ERROR_ENCODING,
                                   _("lone UTF-16 surrogate in a string"));
                    s->p += 6;
                  }
              }
              break;
            default:
              return fail (s, s->p, CG_JSON_GUARD_ERROR_SYNTAX, _("bad escape in a string"));
            }
          continue;
        }
      s->p++;
    }

  return fail (s, start, CG_JSON_GUARD_ERROR_SYNTAX, _("string not terminated"));
}

static gboolean
scan_number (Scanner *s)
{
  const char *start = s->p;
  gboolean is_integer = TRUE;
  char buffer[64];
  gsize len;

  if (*s->p == '-')
    s->p++;

  if (s->p < s->end && *s->p == '0')
    {
      s->p++;
      if (s->p < s->end && (g_ascii_isdigit (*s->p) || *s->p == 'x' || *s->p == 'X'))
        return fail (s, start, CG_JSON_GUARD_ERROR_SYNTAX,
                     _("numbers may not have leading zeros or be hexadecimal"));
    }
  else if (s->p < s->end && g_ascii_isdigit (*s->p))
    {
      while (s->p < s->end && g_ascii_isdigit (*s->p))
        s->p++;
    }
  else
    return fail (s, start, CG_JSON_GUARD_ERROR_SYNTAX, _("bad number"));

  if (s->p < s->end && *s->p == '.')
    {
      is_integer = FALSE;
      s->p++;
      if (s->p >= s->end || !g_ascii_isdigit (*s->p))
        return fail (s, start, CG_JSON_GUARD_ERROR_SYNTAX, _("bad number"));
      while (s->p < s->end && g_ascii_isdigit (*s->p))
        s->p++;
    }

  if (s->p < s->end && (*s->p == 'e' || *s->p == 'E'))
    {
      is_integer = FALSE;
      s->p++;
      if (s->p < s->end && (*s->p == '+' || *s->p == '-'))
        s->p++;
      if (s->p >= s->end || !g_ascii_isdigit (*s->p))
        return fail (s, start, CG_JSON_GUARD_ERROR_SYNTAX, _("bad number"));
      while (s->p < s->end && g_ascii_isdigit (*s->p))
        s->p++;
    }

  len = (gsize) (s->p - start);
  if (len >= sizeof buffer)
    return fail (s, start, CG_JSON_GUARD_ERROR_LIMIT, _("number too long"));
  memcpy (buffer, start, len);
  buffer[len] = '\0';

  if (is_integer)
    {
      /* Whether it fits in 64 bits, told from its digits (no leading
       * zeros, so their count is exact). Not g_ascii_string_to_signed():
       * it reads errno, which GLib's own wait for its C locale can set
       * when another thread parses a number at the same moment, and the
       * catalog loads on a thread while GTK starts. */
      const char *digits = buffer[0] == '-' ? buffer + 1 : buffer;
      gsize n_digits = strlen (digits);

      if (n_digits > 19 ||
          (n_digits == 19 &&
           strcmp (digits, buffer[0] == '-' ? "9223372036854775808" : "9223372036854775807") > 0))
        return fail (s, start, CG_JSON_GUARD_ERROR_LIMIT, _("number too large"));
    }
  else
    {
      double value = g_ascii_strtod (buffer, NULL);

      if (!isfinite (value))
        return fail (s, start, CG_JSON_GUARD_ERROR_LIMIT, _("number too large"));
    }

  return TRUE;
}

static gboolean
scan_literal (Scanner    *s,
              const char *word)
{
  gsize len = strlen (word);

  if ((gsize) (s->end - s->p) < len || memcmp (s->p, word, len) != 0)
    return unexpected (s);
  s->p += len;
  return TRUE;
}

static gboolean scan_value (Scanner *s, guint depth);

static gboolean
scan_container (Scanner *s,
                guint    depth)
{
  const char *start = s->p;
  gboolean is_object = (*s->p == '{');
  char close = is_object ? '}' : ']';
  guint n_elements = 0;

  if (depth >= CG_JSON_MAX_DEPTH)
    return fail (s, s->p, CG_JSON_GUARD_ERROR_TOO_DEEP,
                 _("nested more than %d levels deep"), CG_JSON_MAX_DEPTH);
  if (!charge (s, s->p, is_object ? COST_OBJECT : COST_ARRAY))
    return FALSE;

  s->p++;
  skip_space (s);
  if (s->p < s->end && *s->p == close)
    {
      s->p++;
      return TRUE;
    }

  for (;;)
    {
      if (++n_elements > CG_JSON_MAX_ELEMENTS)
        return fail (s, start, CG_JSON_GUARD_ERROR_LIMIT,
                     is_object ? _("an object with more than %d members")
                               : _("an array with more than %d elements"),
                     CG_JSON_MAX_ELEMENTS);

      if (is_object)
        {
          const char *name;

          if (s->p >= s->end || *s->p != '"')
            {
              if (s->p < s->end && *s->p == close)
                return fail (s, s->p, CG_JSON_GUARD_ERROR_SYNTAX, _("trailing comma"));
              if (s->p < s->end && *s->p != '/' && *s->p != '\'')
                return fail (s, s->p, CG_JSON_GUARD_ERROR_SYNTAX,
                             _("expected a member name in double quotes"));
              return unexpected (s);
            }
          name = s->p;
          if (!scan_string (s) ||
              !charge (s, name, COST_MEMBER + (gsize) (s->p - name)))
            return FALSE;
          skip_space (s);
          if (s->p >= s->end || *s->p != ':')
            {
              if (s->p < s->end && *s->p != '/')
                return fail (s, s->p, CG_JSON_GUARD_ERROR_SYNTAX, _("expected “:”"));
              return unexpected (s);
            }
          s->p++;
          skip_space (s);
        }
      else if (s->p < s->end && *s->p == close)
        return fail (s, s->p, CG_JSON_GUARD_ERROR_SYNTAX, _("trailing comma"));

      if (!scan_value (s, depth + 1))
        return FALSE;

      skip_space (s);
      if (s->p < s->end && *s->p == ',')
        {
          s->p++;
          skip_space (s);
          continue;
        }
      if (s->p < s->end && *s->p == close)
        {
          s->p++;
          return TRUE;
        }
      if (s->p < s->end && *s->p != '/')
        return fail (s, s->p, CG_JSON_GUARD_ERROR_SYNTAX,
                     is_object ? _("expected “,” or “}”") : _("expected “,” or “]”"));
      return unexpected (s);
    }
}

static gboolean
scan_value (Scanner *s,
            guint    depth)
{
  const char *start = s->p;

  if (s->p >= s->end)
    return unexpected (s);

  if (*s->p != '{' && *s->p != '[' && !charge (s, start, COST_VALUE))
    return FALSE;

  switch (*s->p)
    {
    case '{':
    case '[':
      return scan_container (s, depth);
    case '"':
      return scan_string (s) && charge (s, start, (gsize) (s->p - start));
    case 't':
      return scan_literal (s, "true");
    case 'f':
      return scan_literal (s, "false");
    case 'n':
      return scan_literal (s, "null");
    case '-':
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
      return scan_number (s);
    default:
      return unexpected (s);
    }
}

/**
 * cg_json_guard_check:
 * @data: (nullable): bytes claimed to be JSON
 * @length: their length; embedded NUL bytes are refused
 *
 * Returns: %TRUE when @data is strict JSON within the size, depth, string,
 *   number, element and memory limits (see cg-json-guard.h); otherwise
 *   %FALSE with @error saying where and why.
 */
gboolean
cg_json_guard_check (const char  *data,
                     gsize        length,
                     GError     **error)
{
  Scanner s = { 0 };
  const char *bad_utf8 = NULL;

  if (length > CG_JSON_MAX_SIZE)
    {
      g_set_error (error, CG_JSON_GUARD_ERROR, CG_JSON_GUARD_ERROR_TOO_LARGE,
                   _("larger than %d MiB"), CG_JSON_MAX_SIZE / (1024 * 1024));
      return FALSE;
    }

  if (data == NULL || length == 0)
    {
      g_set_error_literal (error, CG_JSON_GUARD_ERROR, CG_JSON_GUARD_ERROR_EMPTY,
                           _("empty, not JSON"));
      return FALSE;
    }

  /* Only now: NULL + 0 is undefined behaviour */
  s.data = s.p = data;
  s.end = data + length;
  s.budget = MAX ((gsize) MIN_BUDGET, length * CG_JSON_MAX_AMPLIFICATION);
  s.error = error;

  if (memchr (data, '\0', length) != NULL)
    return fail (&s, memchr (data, '\0', length), CG_JSON_GUARD_ERROR_ENCODING,
                 _("NUL byte"));

  if (!g_utf8_validate_len (data, length, &bad_utf8))
    return fail (&s, bad_utf8, CG_JSON_GUARD_ERROR_ENCODING, _("not valid UTF-8"));

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    return fail (&s, data, CG_JSON_GUARD_ERROR_ENCODING,
                 _("starts with a byte-order mark"));

  skip_space (&s);
  if (s.p >= s.end)
    {
      g_set_error_literal (error, CG_JSON_GUARD_ERROR, CG_JSON_GUARD_ERROR_EMPTY,
                           _("empty, not JSON"));
      return FALSE;
    }

  if (!scan_value (&s, 0))
    return FALSE;

  skip_space (&s);
  if (s.p < s.end)
    {
      if (*s.p == '/')
        return unexpected (&s);
      return fail (&s, s.p, CG_JSON_GUARD_ERROR_SYNTAX, _("unexpected text after the end"));
    }

  return TRUE;
}
