/* cg-application.c
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cg-application"

#include "config.h"

#include <glib/gi18n.h>

#include "cg-application.h"
#include "cg-catalog.h"
#include "cg-catalog-preload.h"
#include "cg-cli.h"
#include "cg-settings.h"
#include "cg-link.h"
#include "cg-refresh.h"
#include "cg-window.h"

struct _CgApplication
{
  AdwApplication    parent_instance;

  CgCatalog        *catalog;
  CgCatalog        *bundled;
  CgCache          *cache;
  CgRefresh        *refresh;
  GSettings        *settings;
  GTlsDatabase     *tls_database;
  CgGithub         *github;
  char             *pending_warning;
  CgShortlist      *shortlist;
  char             *shortlist_warning;
  gboolean          started;
  CgCatalogPreload *preload;
  CgUriLauncher     launcher;
  gpointer          launcher_data;
};

G_DEFINE_FINAL_TYPE (CgApplication, cg_application, ADW_TYPE_APPLICATION)

typedef struct
{
  CgApplication *self;
  char          *uri;
} ShowUri;

static void
show_uri_done_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  ShowUri *show = user_data;
  g_autoptr(GError) error = NULL;

  if (!gtk_show_uri_full_finish (GTK_WINDOW (source), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      /* Said in the main window, whichever window the link was in */
      GtkWindow *window = cg_application_get_main_window (show->self);

      if (window != NULL)
        cg_window_show_link_error (CG_WINDOW (window), show->uri, error);
      else
        g_message ("%s was not opened: %s", show->uri, error->message);
    }

  g_object_unref (show->self);
  g_free (show->uri);
  g_free (show);
}

static void
default_launcher (GtkWindow  *parent,
                  const char *uri,
                  gpointer    user_data)
{
  ShowUri *show = g_new0 (ShowUri, 1);

  /* @parent may be About, which belongs to no application */
  show->self = g_object_ref (CG_APPLICATION (user_data));
  show->uri = g_strdup (uri);
  gtk_show_uri_full (parent, uri, GDK_CURRENT_TIME, NULL, show_uri_done_cb, show);
}

/**
 * cg_application_get_catalog:
 *
 * Returns: (transfer none): the catalog the app shows, loaded on first use
 */
CgCatalog *
cg_application_get_catalog (CgApplication *self)
{
  g_return_val_if_fail (CG_IS_APPLICATION (self), NULL);

  if (self->catalog == NULL)
    {
      g_autoptr(GError) error = NULL;

      /* Usually loaded by now on the thread main() started */
      if (self->preload == NULL)
        self->preload = cg_catalog_preload_start ();
      /* The build checks the bundled catalog, so a failure is a broken build. */
      if (!cg_catalog_preload_finish (g_steal_pointer (&self->preload), &self->bundled,
                                      &self->cache, &self->catalog, &self->pending_warning,
                                      &error))
        g_error ("The built-in catalog is broken: %s", error->message);
      if (self->pending_warning != NULL)
        g_message ("%s", self->pending_warning);
    }

  return self->catalog;
}

/**
 * cg_application_take_preload:
 * @preload: (transfer full): the catalog load main() started before GTK
 *
 * Lets the app show the catalog @preload loads instead of loading it when
 * the window first needs it.
 */
void
cg_application_take_preload (CgApplication    *self,
                             CgCatalogPreload *preload)
{
  g_return_if_fail (CG_IS_APPLICATION (self));
  g_return_if_fail (self->preload == NULL && self->catalog == NULL);

  self->preload = preload;
}

static void
renames_followed_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  /* The former ids still resolve; the next change tries again */
  if (!cg_shortlist_change_finish (CG_SHORTLIST (source), result, &error))
    g_message ("%s", error->message);
  g_application_release (G_APPLICATION (user_data));
}

/* Stars and notes of renamed projects move to their current ids */
static void
follow_renames (CgApplication *self)
{
  if (self->shortlist == NULL || self->catalog == NULL)
    return;
  g_application_hold (G_APPLICATION (self));
  cg_shortlist_follow_renames_async (self->shortlist, self->catalog, renames_followed_cb, self);
}

/**
 * cg_application_set_catalog:
 *
 * Shows @catalog in the window, the search provider and About.
 */
void
cg_application_set_catalog (CgApplication *self,
                            CgCatalog     *catalog)
{
  GtkWindow *window;

  g_return_if_fail (CG_IS_APPLICATION (self));
  g_return_if_fail (CG_IS_CATALOG (catalog));

  window = cg_application_get_main_window (self);

  g_set_object (&self->catalog, catalog);
  if (window != NULL)
    cg_window_set_catalog (CG_WINDOW (window), catalog);
  follow_renames (self);
}

/**
 * cg_application_get_shortlist:
 *
 * Returns: (transfer none): the person's shortlist, read on first use and
 *   reloaded whenever its file changes (the command line, another process)
 */
CgShortlist *
cg_application_get_shortlist (CgApplication *self)
{
  g_return_val_if_fail (CG_IS_APPLICATION (self), NULL);

  if (self->shortlist == NULL)
    {
      g_autoptr(GError) warning = NULL;

      self->shortlist = cg_shortlist_new_default ();
      if (!cg_shortlist_load (self->shortlist, &warning))
        self->shortlist_warning = g_strdup (warning->message);
      cg_shortlist_watch (self->shortlist);
    }
  return self->shortlist;
}

/* The window, made on first use. */
static CgWindow *
ensure_window (CgApplication *self)
{
  GtkWindow *window = cg_application_get_main_window (self);

  if (window == NULL)
    {
      window = GTK_WINDOW (cg_window_new (GTK_APPLICATION (self)));
      cg_window_set_shortlist (CG_WINDOW (window), cg_application_get_shortlist (self));
      cg_window_set_catalog (CG_WINDOW (window), cg_application_get_catalog (self));
      follow_renames (self);
      cg_window_set_refreshing (CG_WINDOW (window),
                                self->refresh != NULL && cg_refresh_is_running (self->refresh));
      if (self->pending_warning != NULL)
        {
          cg_window_show_toast (CG_WINDOW (window), self->pending_warning);
          g_clear_pointer (&self->pending_warning, g_free);
        }
      if (self->shortlist_warning != NULL)
        {
          cg_window_show_toast (CG_WINDOW (window), self->shortlist_warning);
          g_clear_pointer (&self->shortlist_warning, g_free);
        }
    }

  return CG_WINDOW (window);
}

static GSettings *
get_settings (CgApplication *self)
{
  if (self->settings == NULL)
    self->settings = cg_settings_new ();
  return self->settings;
}

static void
github_settings_changed_cb (GSettings     *settings,
                            const char    *key,
                            CgApplication *self)
{
  cg_settings_apply_to_github (settings, self->github);
}

/**
 * cg_application_get_github:
 *
 * Returns: (transfer none): the one GitHub client of the app, which
 *   follows the `github-lookups` and `github-api-url` settings
 */
CgGithub *
cg_application_get_github (CgApplication *self)
{
  g_return_val_if_fail (CG_IS_APPLICATION (self), NULL);

  if (self->github == NULL)
    {
      GSettings *settings = get_settings (self);

      self->github = cg_github_new_default ();
      if (self->tls_database != NULL)
        cg_github_set_tls_database (self->github, self->tls_database);
      if (settings != NULL)
        {
          g_signal_connect_object (settings, "changed::github-lookups",
                                   G_CALLBACK (github_settings_changed_cb), self, 0);
          g_signal_connect_object (settings, "changed::github-api-url",
                                   G_CALLBACK (github_settings_changed_cb), self, 0);
        }
      github_settings_changed_cb (settings, NULL, self);
    }
  return self->github;
}

typedef struct
{
  CgApplication *self;
  CgCatalog     *before;
  gboolean       quiet;
} RefreshRun;

static void
toast (CgApplication *self,
       const char    *text)
{
  GtkWindow *window = cg_application_get_main_window (self);

  if (window != NULL)
    cg_window_show_toast (CG_WINDOW (window), text);
}

static void
refreshed_cb (GObject      *source,
              GAsyncResult *async_result,
              gpointer      user_data)
{
  RefreshRun *run = user_data;
  CgApplication *self = run->self;
  g_autoptr(GError) error = NULL;
  g_autoptr(CgRefreshResult) result = cg_refresh_run_finish (CG_REFRESH (source), async_result,
                                                            &error);
  GtkWindow *window = cg_application_get_main_window (self);

  if (window != NULL)
    cg_window_set_refreshing (CG_WINDOW (window), FALSE);

  if (result == NULL)
    {
      /* A refresh at start stays quiet about failing: the catalog shown is fine. */
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) && window != NULL)
        cg_window_set_refresh_error (CG_WINDOW (window), error->message);
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) && !run->quiet)
        toast (self, error->message);
      g_message ("Refresh: %s", error->message);
    }
  else if (!result->updated)
    {
      if (window != NULL)
        cg_window_set_refresh_error (CG_WINDOW (window), NULL);
      if (!run->quiet)
        toast (self, _("Already up to date"));
    }
  else
    {
      g_autofree char *text = cg_cli_describe_update (result->catalog, run->before,
                                                      &result->stats);

      cg_application_set_catalog (self, result->catalog);
      toast (self, text);
      if (result->warning != NULL)
        toast (self, result->warning);
    }

  g_application_release (G_APPLICATION (self));
  g_object_unref (run->before);
  g_object_unref (run->self);
  g_free (run);
}

/**
 * cg_application_refresh:
 * @quiet: whether to toast only an update (the refresh at start)
 *
 * Downloads a fresh catalog from the source in the settings. The list,
 * search, chips and project shown stay as they are until a whole new
 * catalog has arrived; on any failure they do not change at all.
 */
void
cg_application_refresh (CgApplication *self,
                        gboolean       quiet)
{
  g_autofree char *url = cg_settings_get_source_url (get_settings (self));
  GtkWindow *window = cg_application_get_main_window (self);
  RefreshRun *run;

  g_return_if_fail (CG_IS_APPLICATION (self));

  cg_application_get_catalog (self);
  if (self->refresh == NULL)
    {
      self->refresh = cg_refresh_new (self->cache, self->bundled);
      if (self->tls_database != NULL)
        cg_refresh_set_tls_database (self->refresh, self->tls_database);
    }
  if (cg_refresh_is_running (self->refresh))
    return;

  cg_refresh_set_source_url (self->refresh, url);
  run = g_new0 (RefreshRun, 1);
  run->self = g_object_ref (self);
  run->before = g_object_ref (self->catalog);
  run->quiet = quiet;

  g_application_hold (G_APPLICATION (self));
  cg_refresh_run_async (self->refresh, NULL, refreshed_cb, run);
  if (window != NULL && cg_refresh_is_running (self->refresh))
    cg_window_set_refreshing (CG_WINDOW (window), TRUE);
}

static void
maybe_refresh_on_start (CgApplication *self)
{
  GSettings *settings = get_settings (self);

  if (self->started || settings == NULL)
    return;
  self->started = TRUE;

  if (g_settings_get_boolean (settings, "refresh-on-start"))
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      if (cg_catalog_get_age_days (cg_application_get_catalog (self), now) >=
          (int) g_settings_get_uint (settings, "refresh-interval-days"))
        cg_application_refresh (self, TRUE);
    }
}

static void
refresh_action (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  cg_application_refresh (user_data, FALSE);
}

static void
search_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  cg_window_set_search (ensure_window (user_data), g_variant_get_string (parameter, NULL));
}

static void
filter_maturity_action (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  guint mask = 0;

  if (cg_maturity_mask_parse (g_variant_get_string (parameter, NULL), &mask, NULL))
    cg_window_set_maturity_mask (ensure_window (user_data), mask);
}

static void
show_project_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  CgWindow *window = ensure_window (user_data);

  cg_window_show_project (window, g_variant_get_string (parameter, NULL));
  gtk_window_present (GTK_WINDOW (window));
}

static void
load_catalog_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  CgWindow *window = ensure_window (user_data);
  g_autoptr(GFile) file = g_file_new_for_path (g_variant_get_bytestring (parameter));
  g_autoptr(GError) error = NULL;
  g_autoptr(CgCatalog) catalog = cg_catalog_new_from_file (file, NULL, &error);

  if (catalog == NULL)
    {
      g_autofree char *name = g_filename_display_basename (g_variant_get_bytestring (parameter));
      g_autofree char *text = g_strdup_printf (_("%s was not loaded: %s"), name, error->message);

      /* The built-in catalog stays. */
      cg_window_show_toast (window, text);
      return;
    }

  cg_application_set_catalog (user_data, catalog);
}

/* Every link in About passes the link policy, and opens as the window's do */
static gboolean
on_about_activate_link_cb (AdwAboutWindow *about,
                           const char     *uri,
                           CgApplication  *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *normal = cg_link_normalize (uri, &error);

  if (normal == NULL)
    g_message ("A link in About was not opened: %s", error->message);
  else
    cg_application_launch_uri (self, GTK_WINDOW (about), normal);
  return GDK_EVENT_STOP;
}

/* A data source as a legal section: AdwAboutWindow would turn an address in
 * a credit into a link, so the title is a plain-text heading, and the rest
 * escaped markup whose only link is the source's, once it passes the policy. */
static void
add_source (AdwAboutWindow *about,
            CgLinkItem     *source)
{
  g_autofree char *uri = source->url ? cg_link_normalize (source->url, NULL) : NULL;
  g_autofree char *where = NULL;
  g_autofree char *license = NULL;

  if (uri != NULL)
    /* TRANSLATORS: %s is a link to where the data comes from; keep the markup */
    where = g_markup_printf_escaped (_("Data from <a href=\"%s\">%s</a>"), uri, uri);
  if (source->detail != NULL)
    /* TRANSLATORS: %s is the data's license, such as CC-BY-4.0 */
    license = g_markup_printf_escaped (_("License: %s"), source->detail);

  adw_about_window_add_legal_section (about, source->title, where, GTK_LICENSE_CUSTOM, license);
}

/* What About says of the catalog: every part of it is plain text */
static char *
describe_catalog (CgApplication *self,
                  CgCatalog     *catalog)
{
  g_autofree char *origin = self->cache ? cg_cache_get_source (self->cache) : NULL;
  g_autoptr(GString) notes = g_string_new (NULL);

  /* TRANSLATORS: %s is a date */
  g_string_append_printf (notes, _("Catalog of %s, %u projects."),
                          cg_catalog_get_date (catalog), cg_catalog_get_n_projects (catalog));
  g_string_append_c (notes, ' ');
  if (catalog != self->bundled && origin != NULL)
    /* TRANSLATORS: %s is where the catalog was downloaded from */
    g_string_append_printf (notes, _("Downloaded from %s."), origin);
  else
    g_string_append (notes, _("Built into the app."));

  return g_string_free (g_steal_pointer (&notes), FALSE);
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  CgApplication *self = user_data;
  GtkWindow *parent = cg_application_get_main_window (self);
  CgCatalog *catalog = cg_application_get_catalog (self);
  static const char *developers[] = { "The CNCF Contributor Guide authors", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", parent,
                        "modal", TRUE,
                        "application-name", _("CNCF Contributor Guide"),
                        "application-icon", APP_ID,
                        "developer-name", _("The CNCF Contributor Guide authors"),
                        "version", PACKAGE_VERSION,
                        "website", "https://github.com/cncf-guide/ContributorGuide",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "developers", developers,
                        /* TRANSLATORS: put your name here, one a line */
                        "translator-credits", _("translator-credits"),
                        NULL);
  g_signal_connect_object (about, "activate-link", G_CALLBACK (on_about_activate_link_cb),
                           self, 0);

  if (catalog != NULL)
    {
      GPtrArray *sources = cg_catalog_get_sources (catalog);
      g_autofree char *notes = describe_catalog (self, catalog);
      /* The comments are Pango markup */
      g_autofree char *comments = g_markup_escape_text (notes, -1);

      adw_about_window_set_release_notes_version (ADW_ABOUT_WINDOW (about), _("Catalog"));
      adw_about_window_set_comments (ADW_ABOUT_WINDOW (about), comments);
      for (guint i = 0; i < sources->len; i++)
        add_source (ADW_ABOUT_WINDOW (about), sources->pdata[i]);
    }

  gtk_window_present (GTK_WINDOW (about));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (user_data));

  /* Close windows first, so that they save their size. */
  while (windows != NULL)
    {
      GList *next = windows->next;

      gtk_window_destroy (windows->data);
      windows = next;
    }
  g_application_quit (G_APPLICATION (user_data));
}

static const GActionEntry app_actions[] = {
  { "search", search_action, "s" },
  { "filter-maturity", filter_maturity_action, "s" },
  { "show-project", show_project_action, "s" },
  { "load-catalog", load_catalog_action, "ay" },
  { "refresh", refresh_action },
  { "about", about_action },
  { "quit", quit_action },
};

static int
cg_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  g_autoptr(GError) error = NULL;
  const char *search = NULL;
  const char *maturity = NULL;
  const char *project = NULL;
  const char *catalog = NULL;
  int status = cg_cli_handle_options (options);

  if (status != CG_CLI_CONTINUE)
    return status;

  g_variant_dict_lookup (options, "search", "&s", &search);
  g_variant_dict_lookup (options, "maturity", "&s", &maturity);
  g_variant_dict_lookup (options, "project", "&s", &project);
  g_variant_dict_lookup (options, "catalog", "^&ay", &catalog);

  if (search == NULL && maturity == NULL && project == NULL && catalog == NULL)
    return -1;

  /* Hand them to the running instance, which may be this one. */
  if (!g_application_register (app, NULL, &error))
    {
      cg_cli_print_error (error->message);
      return 1;
    }

  if (catalog != NULL)
    {
      g_autofree char *absolute = g_canonicalize_filename (catalog, NULL);

      g_action_group_activate_action (G_ACTION_GROUP (app), "load-catalog",
                                      g_variant_new_bytestring (absolute));
    }
  if (maturity != NULL)
    g_action_group_activate_action (G_ACTION_GROUP (app), "filter-maturity",
                                    g_variant_new_string (maturity));
  if (search != NULL)
    g_action_group_activate_action (G_ACTION_GROUP (app), "search",
                                    g_variant_new_string (search));
  if (project != NULL)
    g_action_group_activate_action (G_ACTION_GROUP (app), "show-project",
                                    g_variant_new_string (project));

  return -1;
}

static void
cg_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *refresh_accels[] = { "<Control>r", NULL };

  G_APPLICATION_CLASS (cg_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions),
                                   app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.refresh", refresh_accels);
  /* The window sets the default icon after its first frame: it is an SVG */
}

static void
cg_application_finalize (GObject *object)
{
  CgApplication *self = (CgApplication *) object;

  g_clear_pointer (&self->preload, cg_catalog_preload_free);
  g_clear_object (&self->catalog);
  g_clear_object (&self->bundled);
  g_clear_object (&self->cache);
  g_clear_object (&self->refresh);
  g_clear_object (&self->github);
  g_clear_object (&self->settings);
  g_clear_object (&self->tls_database);
  g_clear_pointer (&self->pending_warning, g_free);
  g_clear_object (&self->shortlist);
  g_clear_pointer (&self->shortlist_warning, g_free);

  G_OBJECT_CLASS (cg_application_parent_class)->finalize (object);
}

static void
cg_application_activate (GApplication *app)
{
  gtk_window_present (GTK_WINDOW (ensure_window (CG_APPLICATION (app))));
  maybe_refresh_on_start (CG_APPLICATION (app));
}

/* Quitting (Ctrl+Q ends the main loop whatever holds it) waits for the
 * shortlist's saves, so that no note typed is lost. */
static void
cg_application_shutdown (GApplication *app)
{
  CgApplication *self = CG_APPLICATION (app);

  while (self->shortlist != NULL && cg_shortlist_is_saving (self->shortlist))
    g_main_context_iteration (NULL, TRUE);

  G_APPLICATION_CLASS (cg_application_parent_class)->shutdown (app);
}

static void
cg_application_class_init (CgApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = cg_application_finalize;
  app_class->handle_local_options = cg_application_handle_local_options;
  app_class->startup = cg_application_startup;
  app_class->activate = cg_application_activate;
  app_class->shutdown = cg_application_shutdown;
}

static void
cg_application_init (CgApplication *self)
{
  self->launcher = default_launcher;
  self->launcher_data = self;

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

/**
 * cg_application_set_uri_launcher:
 * @launcher: (nullable): what opens links; %NULL restores the desktop's
 *
 * The seam through which tests see which link would be opened.
 */
void
cg_application_set_uri_launcher (CgApplication *self,
                                 CgUriLauncher  launcher,
                                 gpointer       user_data)
{
  g_return_if_fail (CG_IS_APPLICATION (self));

  self->launcher = launcher ? launcher : default_launcher;
  self->launcher_data = launcher ? user_data : self;
}

/**
 * cg_application_launch_uri:
 * @uri: a link that already passed the link policy
 */
void
cg_application_launch_uri (CgApplication *self,
                           GtkWindow     *parent,
                           const char    *uri)
{
  g_return_if_fail (CG_IS_APPLICATION (self));

  self->launcher (parent, uri, self->launcher_data);
}

/**
 * cg_application_get_main_window:
 * Returns: (transfer none) (nullable):
 */
GtkWindow *
cg_application_get_main_window (CgApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    if (CG_IS_WINDOW (l->data))
      return l->data;
  return NULL;
}

/**
 * cg_application_open_project:
 *
 * Shows the window on the project @id, as `--project` and the search
 * provider do.
 */
void
cg_application_open_project (CgApplication *self,
                             const char    *id)
{
  g_return_if_fail (CG_IS_APPLICATION (self));

  g_action_group_activate_action (G_ACTION_GROUP (self), "show-project",
                                  g_variant_new_string (id));
}

/**
 * cg_application_open_search:
 *
 * Shows the window with @text in its search.
 */
void
cg_application_open_search (CgApplication *self,
                            const char    *text)
{
  g_return_if_fail (CG_IS_APPLICATION (self));

  g_action_group_activate_action (G_ACTION_GROUP (self), "search", g_variant_new_string (text));
  gtk_window_present (GTK_WINDOW (ensure_window (self)));
}

/**
 * cg_application_set_tls_database:
 *
 * The certificate authorities the refresh and the GitHub look-ups trust
 * instead of the system's. Tests give their own; the app never calls this.
 */
void
cg_application_set_tls_database (CgApplication *self,
                                 GTlsDatabase  *database)
{
  g_return_if_fail (CG_IS_APPLICATION (self));
  g_return_if_fail (self->refresh == NULL && self->github == NULL);

  g_set_object (&self->tls_database, database);
}
