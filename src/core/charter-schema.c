/* charter-schema.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/xmlerror.h>

#include "charter-schema.h"

#define SCHEMA_RESOURCE "/io/github/servicecharter/Charter/charter.rng"

static void
collect_problem (void        *user_data,
                 xmlErrorPtr  error)
{
  GPtrArray *problems = user_data;
  g_autofree char *message = g_strstrip (g_strdup (error->message ? error->message : ""));

  if (problems != NULL)
    g_ptr_array_add (problems, g_strdup_printf (_("line %d: %s"), error->line, message));
}

gboolean
charter_schema_validate (GBytes    *data,
                         GPtrArray *problems)
{
  g_autoptr(GBytes) schema_bytes = NULL;
  xmlRelaxNGParserCtxtPtr parser;
  xmlRelaxNGPtr schema;
  xmlRelaxNGValidCtxtPtr valid;
  xmlDocPtr doc;
  const char *xml;
  gsize len;
  int result;

  g_return_val_if_fail (data != NULL, FALSE);

  schema_bytes = g_resources_lookup_data (SCHEMA_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_return_val_if_fail (schema_bytes != NULL, FALSE);

  xml = g_bytes_get_data (data, &len);
  doc = xmlReadMemory (xml, (int)len, NULL, "UTF-8",
                       XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (doc == NULL)
    {
      if (problems != NULL)
        g_ptr_array_add (problems, g_strdup (_("the file is not well-formed XML")));
      return FALSE;
    }

  parser = xmlRelaxNGNewMemParserCtxt (g_bytes_get_data (schema_bytes, NULL),
                                       (int)g_bytes_get_size (schema_bytes));
  schema = xmlRelaxNGParse (parser);
  xmlRelaxNGFreeParserCtxt (parser);
  g_return_val_if_fail (schema != NULL, FALSE);

  valid = xmlRelaxNGNewValidCtxt (schema);
  xmlRelaxNGSetValidStructuredErrors (valid, collect_problem, problems);
  result = xmlRelaxNGValidateDoc (valid, doc);

  xmlRelaxNGFreeValidCtxt (valid);
  xmlRelaxNGFree (schema);
  xmlFreeDoc (doc);

  return result == 0;
}
