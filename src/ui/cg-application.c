/* cg-application.c
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cg-application"

#include "config.h"

#include <glib/gi18n.h>

#include "cg-application.h"
#include "cg-cli.h"

struct _CgApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (CgApplication, cg_application, ADW_TYPE_APPLICATION)

static int
cg_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  return cg_cli_handle_options (options);
}

static void
cg_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    {
      GtkWidget *status = adw_status_page_new ();

      window = GTK_WINDOW (adw_application_window_new (GTK_APPLICATION (app)));
      gtk_window_set_title (window, _("CNCF Contributor Guide"));
      gtk_window_set_default_size (window, 900, 640);
      adw_status_page_set_title (ADW_STATUS_PAGE (status), _("CNCF Contributor Guide"));
      adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), status);
    }

  gtk_window_present (window);
}

static void
cg_application_class_init (CgApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->handle_local_options = cg_application_handle_local_options;
  app_class->activate = cg_application_activate;
}

static void
cg_application_init (CgApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), cg_cli_get_option_entries ());
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Find a CNCF project to contribute to, and "
                                              "how to reach its people."));
}

CgApplication *
cg_application_new (void)
{
  return g_object_new (CG_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}
