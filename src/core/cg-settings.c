/* cg-settings.c: the app's settings, read the same way by the window, the
 * command line and the search provider
 *
 * Every getter takes a %NULL @settings (the schema is not installed, as in
 * a build run in place) and then answers the schema's default.
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cg-settings"

#include "config.h"

#include <string.h>

#include "cg-github.h"
#include "cg-refresh.h"
#include "cg-settings.h"

/**
 * cg_settings_new:
 *
 * Returns: (transfer full) (nullable): the app's settings, or %NULL when
 *   the schema is not installed (a build run in place without
 *   GSETTINGS_SCHEMA_DIR)
 */
GSettings *
cg_settings_new (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = source ? g_settings_schema_source_lookup (source, APP_ID,
                                                                                 TRUE)
                                             : NULL;

  return schema ? g_settings_new (APP_ID) : NULL;
}

/**
 * cg_settings_get_source_url:
 * @settings: (nullable): the app's settings
 *
 * Returns: (transfer full): where Refresh Catalog downloads from
 *   (`source-url`), not yet checked against the link policy
 */
char *
cg_settings_get_source_url (GSettings *settings)
{
  if (settings == NULL)
    return g_strdup (CG_REFRESH_DEFAULT_URL);
  return g_settings_get_string (settings, "source-url");
}

/**
 * cg_settings_get_github_lookups:
 * @settings: (nullable): the app's settings
 *
 * Returns: whether the app may ask GitHub for newcomer issues and
 *   repository facts (`github-lookups`); when %FALSE nothing is sent
 */
gboolean
cg_settings_get_github_lookups (GSettings *settings)
{
  if (settings == NULL)
    return TRUE;
  return g_settings_get_boolean (settings, "github-lookups");
}

/**
 * cg_settings_get_github_api_url:
 * @settings: (nullable): the app's settings
 *
 * Returns: (transfer full): the GitHub REST API base (`github-api-url`),
 *   without a trailing slash, not yet checked against the link policy
 */
char *
cg_settings_get_github_api_url (GSettings *settings)
{
  g_autofree char *url = NULL;
  gsize length;

  if (settings == NULL)
    return g_strdup (CG_GITHUB_DEFAULT_API_URL);
  url = g_settings_get_string (settings, "github-api-url");
  length = strlen (url);
  while (length > 0 && url[length - 1] == '/')
    url[--length] = '\0';
  return g_steal_pointer (&url);
}

/**
 * cg_settings_apply_to_github:
 * @settings: (nullable): the app's settings
 * @github: a GitHub client
 *
 * Makes @github follow `github-lookups` and `github-api-url`, as they are
 * now.
 */
void
cg_settings_apply_to_github (GSettings *settings,
                             CgGithub  *github)
{
  g_autofree char *api_url = cg_settings_get_github_api_url (settings);

  cg_github_set_enabled (github, cg_settings_get_github_lookups (settings));
  cg_github_set_api_url (github, api_url);
}
