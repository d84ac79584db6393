/* cg-file.c: reading a file whose size may lie
 *
 * A file's reported size is no bound: procfs files report 0 and are
 * endless (/proc/self/pagemap), and a file may grow while read. So every
 * file the app reads is read here, in chunks, until its end or until more
 * than the limit has arrived, whatever stat says.
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cg-file"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "cg-file.h"

/* Reads are whole multiples of 8 bytes: procfs files such as
 * /proc/self/pagemap refuse anything else. */
#define CHUNK (64 * 1024)

static gboolean
fail_errno (GError    **error,
            int         saved_errno)
{
  g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       g_strerror (saved_errno));
  return FALSE;
}

/**
 * cg_file_load_bounded:
 * @path: a local file name
 * @max_size: the most bytes accepted, in bytes
 * @flags: %CG_FILE_LOAD_NOFOLLOW refuses @path when it is a symbolic link
 *   (checked when opening, so the check cannot be raced)
 *
 * Reads a regular file, never more than @max_size plus one chunk of
 * bytes, whatever its reported size. Devices, pipes and folders are
 * refused without being read (the open does not block on a pipe).
 *
 * Returns: (transfer full) (nullable): the file's bytes, or %NULL with
 *   @error in %G_IO_ERROR: %G_IO_ERROR_MESSAGE_TOO_LARGE past @max_size,
 *   %G_IO_ERROR_NOT_REGULAR_FILE for anything but a regular file,
 *   %G_IO_ERROR_TOO_MANY_LINKS for a refused symbolic link, or what the
 *   system said
 */
GBytes *
cg_file_load_bounded (const char       *path,
                      gsize             max_size,
                      CgFileLoadFlags   flags,
                      GError          **error)
{
  g_autoptr(GByteArray) data = g_byte_array_new ();
  int open_flags = O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY;
  struct stat st;
  int fd;

  g_return_val_if_fail (path != NULL, NULL);

  if (flags & CG_FILE_LOAD_NOFOLLOW)
    open_flags |= O_NOFOLLOW;

  fd = g_open (path, open_flags, 0);
  if (fd < 0)
    {
      int saved = errno;

      if (saved == ELOOP && (flags & CG_FILE_LOAD_NOFOLLOW))
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_TOO_MANY_LINKS,
                               _("a symbolic link"));
          return NULL;
        }
      fail_errno (error, saved);
      return NULL;
    }

  if (fstat (fd, &st) != 0)
    {
      fail_errno (error, errno);
      close (fd);
      return NULL;
    }
  if (!S_ISREG (st.st_mode))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                           _("not a regular file"));
      close (fd);
      return NULL;
    }
  if ((guint64) st.st_size > max_size)
    goto too_large;

  for (;;)
    {
      guint old_len = data->len;
      gssize n;

      g_byte_array_set_size (data, old_len + CHUNK);
      do
        n = read (fd, data->data + old_len, CHUNK);
      while (n < 0 && errno == EINTR);
      if (n < 0)
        {
          fail_errno (error, errno);
          close (fd);
          return NULL;
        }
      g_byte_array_set_size (data, old_len + (guint) n);
      if (n == 0)
        break;
      if (data->len > max_size)
        goto too_large;
    }

  close (fd);
  return g_byte_array_free_to_bytes (g_steal_pointer (&data));

too_large:
  close (fd);
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE,
               _("larger than %u KiB"), (guint) (max_size / 1024));
  return NULL;
}
