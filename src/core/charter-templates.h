/* charter-templates.h — the ready-made charters users start from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "charter-document.h"

G_BEGIN_DECLS

typedef struct {
  const char *id;           /* "shop" */
  const char *name;         /* translatable, already marked with N_() */
  const char *description;  /* one line, translatable */
  const char *languages;    /* space-separated, first is the default: "en da" */
} CharterTemplateInfo;

const CharterTemplateInfo *charter_templates_get_all  (guint       *n_templates);
const CharterTemplateInfo *charter_templates_lookup   (const char  *id);
gboolean                   charter_template_has_language (const CharterTemplateInfo *info,
                                                          const char                *language);

/* Creates a new document from template @id in @language (NULL: the
 * template's default language). */
CharterDocument           *charter_template_create    (const char  *id,
                                                       const char  *language,
                                                       GError     **error);

G_END_DECLS
