/* chat-link-classify.c: cg_chat_link_classify() for each argument, one
 * "title<TAB>url<TAB>may_expire" line each ("-" for a refused link), so
 * that tests/test-chat-link.py can hold tools/catalog-import to the same
 * rule
 *
 * Copyright 2026 The CNCF Contributor Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cg-chat-link.h"

int
main (int   argc,
      char *argv[])
{
  for (int i = 1; i < argc; i++)
    {
      g_auto(CgChatLink) link = { 0 };

      if (cg_chat_link_classify (argv[i], &link))
        g_print ("%s\t%s\t%s\n", link.title, link.url, link.may_expire ? "true" : "false");
      else
        g_print ("-\n");
    }
  return 0;
}
