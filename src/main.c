/* main.c
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "cg-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(CgApplication) app = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* Without options this opens the window: load its catalog on a second
   * core while GTK starts on this one */
  app = cg_application_new ();
  if (argc == 1)
    cg_application_take_preload (app, cg_catalog_preload_start ());
  return g_application_run (G_APPLICATION (app), argc, argv);
}
