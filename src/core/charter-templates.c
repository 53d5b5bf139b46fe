/* charter-templates.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Templates are ordinary .charter files bundled in the core GResource at
 * /io/github/servicecharter/Charter/templates/ID.LANG.charter.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "charter-format.h"
#include "charter-templates.h"

static const CharterTemplateInfo templates[] = {
  { "blank", N_("Blank charter"),
    N_("Start from an empty charter and fill in every step yourself"), "en da" },
  { "shop", N_("Retail shop"),
    N_("A neighbourhood shop with a till, phone and email orders"), "en da" },
  { "cafe", N_("Café or restaurant"),
    N_("Eating in, takeaway and table bookings, with allergen labels"), "en da" },
  { "trades", N_("Trades: plumber or electrician"),
    N_("Call-outs, booked visits, fixed prices and a guarantee on work"), "en da" },
  { "agency", N_("Agency or web studio"),
    N_("Client projects with deadlines, weekly reports and fixed quotes"), "en" },
  { "online", N_("Online shop"),
    N_("Web orders, dispatch and delivery times, returns and refunds"), "en" },
  { "council", N_("Public service counter"),
    N_("A council customer service centre: desk, phone, forms and an ombudsman"), "en da" },
  { "health", N_("Health or care practice"),
    N_("A GP or care practice: requests, urgent care, prescriptions, results"), "en da" },
};

const CharterTemplateInfo *
charter_templates_get_all (guint *n_templates)
{
  if (n_templates != NULL)
    *n_templates = G_N_ELEMENTS (templates);
  return templates;
}

const CharterTemplateInfo *
charter_templates_lookup (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (templates); i++)
    if (strcmp (templates[i].id, id) == 0)
      return &templates[i];

  return NULL;
}

gboolean
charter_template_has_language (const CharterTemplateInfo *info,
                               const char                *language)
{
  g_auto(GStrv) languages = NULL;

  g_return_val_if_fail (info != NULL, FALSE);
  g_return_val_if_fail (language != NULL, FALSE);

  languages = g_strsplit (info->languages, " ", -1);
  return g_strv_contains ((const char * const *)languages, language);
}

CharterDocument *
charter_template_create (const char  *id,
                         const char  *language,
                         GError     **error)
{
  const CharterTemplateInfo *info;
  g_autofree char *default_language = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (id != NULL, NULL);

  info = charter_templates_lookup (id);
  if (info == NULL)
    {
      g_set_error (error, CHARTER_ERROR, CHARTER_ERROR_NOT_FOUND,
                   _("there is no template called “%s” (see “charter templates”)"), id);
      return NULL;
    }

  if (language == NULL)
    {
      default_language = g_strndup (info->languages, strcspn (info->languages, " "));
      language = default_language;
    }

  if (!charter_template_has_language (info, language))
    {
      g_set_error (error, CHARTER_ERROR, CHARTER_ERROR_NOT_FOUND,
                   _("the template “%s” is not available in “%s” (available: %s)"),
                   id, language, info->languages);
      return NULL;
    }

  path = g_strdup_printf ("/io/github/servicecharter/Charter/templates/%s.%s.charter", id, language);
  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (bytes == NULL)
    {
      g_set_error (error, CHARTER_ERROR, CHARTER_ERROR_NOT_FOUND,
                   _("the template “%s” is missing from this installation"), id);
      return NULL;
    }

  return charter_format_load_bytes (bytes, error);
}
