/* cg-catalog-private.h
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "cg-catalog.h"
#include "cg-file.h"
#include "cg-search-keys.h"

G_BEGIN_DECLS

struct _CgCatalog
{
  GObject     parent_instance;

  guint       schema_version;
  char       *date;
  GPtrArray  *sources;          /* CgLinkItem, detail = license */
  GPtrArray  *maturity_levels;  /* CgSection, id = maturity */
  GPtrArray  *community;        /* CgSection */
  GPtrArray  *projects;         /* CgProject, in list order */
  GHashTable *by_id;            /* id → CgProject (borrowed) */
  GHashTable *by_former_id;     /* former id → CgProject (borrowed) */

  /* The search keys, made on a thread right after load (cg-search-keys.c) */
  GMutex        keys_lock;
  GThread      *keys_thread;
  CgSearchKeys *keys;
};

CgCatalog *_cg_catalog_new_from_path (const char       *path,
                                      CgFileLoadFlags   flags,
                                      GError          **error);
gboolean   _cg_catalog_load_json     (CgCatalog  *self,
                                      JsonNode   *root,
                                      GError    **error);
CgProject *_cg_catalog_check_project (JsonNode   *node,
                                      guint       index,
                                      GError    **error);
JsonNode  *_cg_project_to_json       (CgProject  *project);
JsonNode  *_cg_catalog_to_json       (CgCatalog  *self,
                                      const char *date,
                                      GPtrArray  *projects);

G_END_DECLS
