/* charter-format.c — the .charter XML format
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The file's structure is described once, in the tables below; the loader
 * and the canonical writer both walk them, so adding a field is one row.
 */
/* O_TMPFILE and linkat() for crash-safe saving. */
#define _GNU_SOURCE

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <inttypes.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "charter-format.h"
#include "charter-format-private.h"

G_DEFINE_QUARK (charter-error-quark, charter_error)

/* How one field of a list item is stored. */
typedef enum {
  STORE_CHILD,    /* <field>value</field> inside the item */
  STORE_ATTR,     /* field="value" on the item */
  STORE_CONTENT,  /* the item's own text */
} StoreHow;

typedef struct {
  const char         *name;
  StoreHow            how;
  const char * const *allowed;  /* NULL: any text */
} ItemFieldSpec;

typedef enum {
  NODE_FIELD,
  NODE_GROUP,
  NODE_LIST,
  NODE_LOGO,
  NODE_RESULTS,
} NodeType;

typedef struct _NodeSpec NodeSpec;
struct _NodeSpec
{
  NodeType        type;
  const char     *name;
  guint           id;         /* CharterField or CharterListKind */
  const NodeSpec *children;   /* groups, NULL-name terminated */
};

static const char * const pillar_values[] = { "happen", "easy", "better", NULL };
static const char * const boolean_values[] = { "true", "false", NULL };
static const char * const time_basis_values[] = { "working", "calendar", NULL };
static const char * const direction_values[] = { "at-most", "at-least", NULL };

static const ItemFieldSpec channel_fields[] = {
  [CHARTER_CHANNEL_NAME] = { "name", STORE_CHILD, NULL },
  [CHARTER_CHANNEL_DETAILS] = { "details", STORE_CHILD, NULL },
  [CHARTER_CHANNEL_HOURS] = { "hours", STORE_CHILD, NULL },
  [CHARTER_CHANNEL_ACCESSIBILITY] = { "accessibility", STORE_CHILD, NULL },
};

static const ItemFieldSpec standard_fields[] = {
  [CHARTER_STANDARD_ID] = { "id", STORE_ATTR, NULL },
  [CHARTER_STANDARD_PILLAR] = { "pillar", STORE_ATTR, pillar_values },
  [CHARTER_STANDARD_HEADLINE] = { "headline", STORE_ATTR, boolean_values },
  [CHARTER_STANDARD_TEXT] = { "text", STORE_CHILD, NULL },
  [CHARTER_STANDARD_CHANNEL] = { "channel", STORE_CHILD, NULL },
  [CHARTER_STANDARD_METRIC] = { "metric", STORE_CHILD, NULL },
  [CHARTER_STANDARD_TARGET] = { "target", STORE_CHILD, NULL },
  [CHARTER_STANDARD_UNIT] = { "unit", STORE_CHILD, NULL },
  [CHARTER_STANDARD_SHARE] = { "share", STORE_CHILD, NULL },
  [CHARTER_STANDARD_CLOCK_START] = { "clock-start", STORE_CHILD, NULL },
  [CHARTER_STANDARD_TIME_BASIS] = { "time-basis", STORE_CHILD, time_basis_values },
  [CHARTER_STANDARD_OWNER] = { "owner", STORE_CHILD, NULL },
  [CHARTER_STANDARD_REPORTING] = { "reporting", STORE_CHILD, NULL },
  [CHARTER_STANDARD_DIRECTION] = { "direction", STORE_CHILD, direction_values },
};

static const ItemFieldSpec text_fields[] = {
  [CHARTER_TEXT_TEXT] = { NULL, STORE_CONTENT, NULL },
};

static const ItemFieldSpec stage_fields[] = {
  [CHARTER_STAGE_NAME] = { "name", STORE_CHILD, NULL },
  [CHARTER_STAGE_HANDLER] = { "handler", STORE_CHILD, NULL },
  [CHARTER_STAGE_ACKNOWLEDGE] = { "acknowledge", STORE_CHILD, NULL },
  [CHARTER_STAGE_RESOLVE] = { "resolve", STORE_CHILD, NULL },
};

static const ItemFieldSpec change_fields[] = {
  [CHARTER_CHANGE_VERSION] = { "version", STORE_ATTR, NULL },
  [CHARTER_CHANGE_DATE] = { "date", STORE_ATTR, NULL },
  [CHARTER_CHANGE_TEXT] = { NULL, STORE_CONTENT, NULL },
};

typedef struct {
  const char          *container;
  const char          *item;
  const ItemFieldSpec *fields;
} ListSpec;

static const ListSpec list_specs[CHARTER_N_LISTS] = {
  [CHARTER_LIST_CHANNELS] = { "channels", "channel", channel_fields },
  [CHARTER_LIST_STANDARDS] = { "standards", "standard", standard_fields },
  [CHARTER_LIST_RIGHTS] = { "rights", "right", text_fields },
  [CHARTER_LIST_RESPONSIBILITIES] = { "responsibilities", "responsibility", text_fields },
  [CHARTER_LIST_STAGES] = { "complaints", "stage", stage_fields },
  [CHARTER_LIST_CHANGES] = { "changes", "change", change_fields },
  [CHARTER_LIST_PUBLISHED] = { "published", "place", text_fields },
  [CHARTER_LIST_FORMATS] = { "formats", "format", text_fields },
};

#define FIELD(n, f) { NODE_FIELD, n, f, NULL }
#define LIST(k)     { NODE_LIST, NULL, k, NULL }
#define GROUP(n, c) { NODE_GROUP, n, 0, c }
#define END         { 0, NULL, 0, NULL }

static const NodeSpec about_nodes[] = {
  FIELD ("name", CHARTER_FIELD_NAME),
  FIELD ("overview", CHARTER_FIELD_OVERVIEW),
  FIELD ("address", CHARTER_FIELD_ADDRESS),
  FIELD ("phone", CHARTER_FIELD_PHONE),
  FIELD ("email", CHARTER_FIELD_EMAIL),
  FIELD ("website", CHARTER_FIELD_WEBSITE),
  FIELD ("brand-colour", CHARTER_FIELD_BRAND_COLOUR),
  { NODE_LOGO, "logo", 0, NULL },
  END
};

static const NodeSpec purpose_nodes[] = {
  FIELD ("statement", CHARTER_FIELD_PURPOSE),
  FIELD ("story", CHARTER_FIELD_STORY),
  FIELD ("commitment", CHARTER_FIELD_COMMITMENT),
  END
};

static const NodeSpec scope_nodes[] = {
  FIELD ("covers", CHARTER_FIELD_SCOPE_COVERS),
  FIELD ("excludes", CHARTER_FIELD_SCOPE_EXCLUDES),
  LIST (CHARTER_LIST_CHANNELS),
  END
};

static const NodeSpec implementation_nodes[] = {
  FIELD ("induction", CHARTER_FIELD_INDUCTION),
  FIELD ("supervision", CHARTER_FIELD_SUPERVISION),
  FIELD ("communication", CHARTER_FIELD_COMMUNICATION),
  FIELD ("quality", CHARTER_FIELD_QUALITY),
  FIELD ("training", CHARTER_FIELD_TRAINING),
  FIELD ("owner", CHARTER_FIELD_CHARTER_OWNER),
  END
};

static const NodeSpec contact_nodes[] = {
  FIELD ("post", CHARTER_FIELD_COMPLAINT_POST),
  FIELD ("phone", CHARTER_FIELD_COMPLAINT_PHONE),
  FIELD ("email", CHARTER_FIELD_COMPLAINT_EMAIL),
  END
};

static const NodeSpec feedback_nodes[] = {
  FIELD ("invitation", CHARTER_FIELD_FEEDBACK),
  FIELD ("exceeded", CHARTER_FIELD_EXCEEDED),
  FIELD ("missed", CHARTER_FIELD_MISSED),
  LIST (CHARTER_LIST_STAGES),
  GROUP ("contact", contact_nodes),
  FIELD ("escalation", CHARTER_FIELD_ESCALATION),
  FIELD ("remedies", CHARTER_FIELD_REMEDIES),
  END
};

static const NodeSpec approver_nodes[] = {
  FIELD ("name", CHARTER_FIELD_APPROVER_NAME),
  FIELD ("role", CHARTER_FIELD_APPROVER_ROLE),
  FIELD ("date", CHARTER_FIELD_APPROVAL_DATE),
  END
};

static const NodeSpec review_nodes[] = {
  FIELD ("version", CHARTER_FIELD_VERSION),
  FIELD ("effective", CHARTER_FIELD_EFFECTIVE_DATE),
  FIELD ("next-review", CHARTER_FIELD_REVIEW_DATE),
  GROUP ("approver", approver_nodes),
  LIST (CHARTER_LIST_CHANGES),
  LIST (CHARTER_LIST_PUBLISHED),
  LIST (CHARTER_LIST_FORMATS),
  END
};

static const NodeSpec root_nodes[] = {
  GROUP ("about", about_nodes),
  GROUP ("purpose", purpose_nodes),
  GROUP ("scope", scope_nodes),
  LIST (CHARTER_LIST_STANDARDS),
  LIST (CHARTER_LIST_RIGHTS),
  LIST (CHARTER_LIST_RESPONSIBILITIES),
  GROUP ("implementation", implementation_nodes),
  GROUP ("feedback", feedback_nodes),
  GROUP ("review", review_nodes),
  { NODE_RESULTS, "results", 0, NULL },
  END
};

static const char * const logo_types[] = { "image/png", "image/jpeg", "image/svg+xml", NULL };

static const char *
node_name (const NodeSpec *node)
{
  return node->type == NODE_LIST ? list_specs[node->id].container : node->name;
}

/* ------------------------------------------------------------------ */
/* Writing                                                            */
/* ------------------------------------------------------------------ */

static void
indent (GString *out,
        guint    depth)
{
  for (guint i = 0; i < depth; i++)
    g_string_append (out, "  ");
}

/* XML 1.0 cannot carry most C0 controls, nor U+FFFE and U+FFFF; they are
 * dropped rather than written as a file that no longer loads. Carriage
 * returns are kept as references so that parsers do not normalise them
 * away. */
static void
append_escaped (GString    *out,
                const char *text,
                gboolean    attribute)
{
  for (const char *p = text; *p; p++)
    {
      switch (*p)
        {
        case '&': g_string_append (out, "&amp;"); break;
        case '<': g_string_append (out, "&lt;"); break;
        case '>': g_string_append (out, "&gt;"); break;
        case '\r': g_string_append (out, "&#13;"); break;
        case '"':
          if (attribute)
            g_string_append (out, "&quot;");
          else
            g_string_append_c (out, '"');
          break;
        case '\n':
        case '\t':
          if (attribute)
            g_string_append_printf (out, "&#%d;", *p);
          else
            g_string_append_c (out, *p);
          break;
        case '\xEF':
          if ((guchar)p[1] == 0xBF && ((guchar)p[2] == 0xBE || (guchar)p[2] == 0xBF))
            p += 2;
          else
            g_string_append_c (out, *p);
          break;
        default:
          if ((guchar)*p >= 0x20)
            g_string_append_c (out, *p);
          break;
        }
    }
}

static void
write_leaf (GString    *out,
            guint       depth,
            const char *name,
            const char *value)
{
  indent (out, depth);
  g_string_append_printf (out, "<%s>", name);
  append_escaped (out, value, FALSE);
  g_string_append_printf (out, "</%s>\n", name);
}

static gboolean node_has_content (CharterDocument *document,
                                  const NodeSpec  *node);

static gboolean
group_has_content (CharterDocument *document,
                   const NodeSpec  *children)
{
  for (const NodeSpec *child = children; node_name (child) != NULL; child++)
    if (node_has_content (document, child))
      return TRUE;
  return FALSE;
}

static gboolean
node_has_content (CharterDocument *document,
                  const NodeSpec  *node)
{
  switch (node->type)
    {
    case NODE_FIELD:
      return *charter_document_get (document, node->id) != '\0';
    case NODE_LIST:
      return charter_document_get_n_items (document, node->id) > 0;
    case NODE_LOGO:
      return charter_document_get_logo (document, NULL) != NULL;
    case NODE_GROUP:
      return group_has_content (document, node->children);
    case NODE_RESULTS:
      return !charter_results_is_empty (charter_document_get_results (document));
    default:
      g_assert_not_reached ();
    }
}

static void
write_item (GString     *out,
            guint        depth,
            CharterItem *item)
{
  const ListSpec *spec = &list_specs[charter_item_get_kind (item)];
  guint n_fields = charter_item_get_n_fields (item);
  const char *content = NULL;
  gboolean has_children = FALSE;

  indent (out, depth);
  g_string_append_printf (out, "<%s", spec->item);

  for (guint f = 0; f < n_fields; f++)
    {
      const char *value = charter_item_get (item, f);

      if (*value == '\0')
        continue;

      switch (spec->fields[f].how)
        {
        case STORE_ATTR:
          g_string_append_printf (out, " %s=\"", spec->fields[f].name);
          append_escaped (out, value, TRUE);
          g_string_append_c (out, '"');
          break;
        case STORE_CONTENT:
          content = value;
          break;
        case STORE_CHILD:
          has_children = TRUE;
          break;
        default:
          g_assert_not_reached ();
        }
    }

  if (content != NULL)
    {
      g_string_append_c (out, '>');
      append_escaped (out, content, FALSE);
      g_string_append_printf (out, "</%s>\n", spec->item);
      return;
    }

  if (!has_children)
    {
      g_string_append (out, "/>\n");
      return;
    }

  g_string_append (out, ">\n");
  for (guint f = 0; f < n_fields; f++)
    {
      const char *value = charter_item_get (item, f);

      if (spec->fields[f].how == STORE_CHILD && *value != '\0')
        write_leaf (out, depth + 1, spec->fields[f].name, value);
    }
  indent (out, depth);
  g_string_append_printf (out, "</%s>\n", spec->item);
}

static void
write_logo (GString         *out,
            guint            depth,
            CharterDocument *document)
{
  const char *mime_type = NULL;
  GBytes *logo = charter_document_get_logo (document, &mime_type);
  g_autofree char *encoded = NULL;
  gsize len;

  encoded = g_base64_encode (g_bytes_get_data (logo, NULL), g_bytes_get_size (logo));
  len = strlen (encoded);

  indent (out, depth);
  g_string_append (out, "<logo type=\"");
  append_escaped (out, mime_type, TRUE);
  g_string_append (out, "\">\n");
  for (gsize i = 0; i < len; i += 76)
    {
      g_string_append_len (out, encoded + i, MIN (76, len - i));
      g_string_append_c (out, '\n');
    }
  indent (out, depth);
  g_string_append (out, "</logo>\n");
}

static void
write_result (GString             *out,
              guint                depth,
              const CharterResult *result)
{
  gboolean has_children = (result->note && *result->note) || (result->action && *result->action);

  indent (out, depth);
  g_string_append (out, "<result standard=\"");
  append_escaped (out, result->standard_id, TRUE);
  g_string_append_c (out, '"');
  if (result->has_counts)
    g_string_append_printf (out, " total=\"%" G_GUINT64_FORMAT "\" met=\"%" G_GUINT64_FORMAT "\"",
                            result->total, result->met);
  if (result->value != NULL && *result->value != '\0')
    {
      g_string_append (out, " value=\"");
      append_escaped (out, result->value, TRUE);
      g_string_append_c (out, '"');
    }

  if (!has_children)
    {
      g_string_append (out, "/>\n");
      return;
    }

  g_string_append (out, ">\n");
  if (result->note && *result->note)
    write_leaf (out, depth + 1, "note", result->note);
  if (result->action && *result->action)
    write_leaf (out, depth + 1, "action", result->action);
  indent (out, depth);
  g_string_append (out, "</result>\n");
}

static void
write_results (GString         *out,
               guint            depth,
               CharterDocument *document)
{
  CharterResults *results = charter_document_get_results (document);
  const char * const *periods = charter_results_get_periods (results, NULL);

  indent (out, depth);
  g_string_append (out, "<results>\n");
  for (guint i = 0; periods[i] != NULL; i++)
    {
      GPtrArray *entries = charter_results_get_period (results, periods[i]);

      indent (out, depth + 1);
      g_string_append (out, "<period id=\"");
      append_escaped (out, periods[i], TRUE);
      if (entries->len == 0)
        {
          g_string_append (out, "\"/>\n");
          continue;
        }
      g_string_append (out, "\">\n");
      for (guint j = 0; j < entries->len; j++)
        write_result (out, depth + 2, entries->pdata[j]);
      indent (out, depth + 1);
      g_string_append (out, "</period>\n");
    }
  indent (out, depth);
  g_string_append (out, "</results>\n");
}

static void
write_nodes (GString         *out,
             guint            depth,
             CharterDocument *document,
             const NodeSpec  *nodes)
{
  for (const NodeSpec *node = nodes; node_name (node) != NULL; node++)
    {
      if (!node_has_content (document, node))
        continue;

      switch (node->type)
        {
        case NODE_FIELD:
          write_leaf (out, depth, node->name, charter_document_get (document, node->id));
          break;

        case NODE_LOGO:
          write_logo (out, depth, document);
          break;

        case NODE_RESULTS:
          write_results (out, depth, document);
          break;

        case NODE_GROUP:
          indent (out, depth);
          g_string_append_printf (out, "<%s>\n", node->name);
          write_nodes (out, depth + 1, document, node->children);
          indent (out, depth);
          g_string_append_printf (out, "</%s>\n", node->name);
          break;

        case NODE_LIST:
          {
            guint n = charter_document_get_n_items (document, node->id);

            indent (out, depth);
            g_string_append_printf (out, "<%s>\n", node_name (node));
            for (guint i = 0; i < n; i++)
              write_item (out, depth + 1, charter_document_get_item (document, node->id, i));
            indent (out, depth);
            g_string_append_printf (out, "</%s>\n", node_name (node));
          }
          break;

        default:
          g_assert_not_reached ();
        }
    }
}

GBytes *
charter_format_save_bytes (CharterDocument *document)
{
  GString *out;

  g_return_val_if_fail (CHARTER_IS_DOCUMENT (document), NULL);

  out = g_string_sized_new (8192);
  g_string_append (out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  g_string_append_printf (out, "<charter xmlns=\"%s\" format=\"%d\" xml:lang=\"",
                          CHARTER_NAMESPACE, CHARTER_FORMAT_VERSION);
  append_escaped (out, charter_document_get_language (document), TRUE);
  g_string_append (out, "\">\n");
  write_nodes (out, 1, document, root_nodes);
  g_string_append (out, "</charter>\n");

  return g_string_free_to_bytes (out);
}

/* ------------------------------------------------------------------ */
/* Reading                                                            */
/* ------------------------------------------------------------------ */

static gboolean
set_error_at (GError     **error,
              xmlNode     *node,
              CharterError code,
              const char  *format,
              ...) G_GNUC_PRINTF (4, 5);

static gboolean
set_error_at (GError     **error,
              xmlNode     *node,
              CharterError code,
              const char  *format,
              ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (node != NULL && xmlGetLineNo (node) > 0)
    g_set_error (error, CHARTER_ERROR, code, _("line %ld: %s"), xmlGetLineNo (node), message);
  else
    g_set_error_literal (error, CHARTER_ERROR, code, message);

  return FALSE;
}

static gboolean
is_ours (xmlNode *node)
{
  return node->ns != NULL && xmlStrcmp (node->ns->href, BAD_CAST CHARTER_NAMESPACE) == 0;
}

/* Collects the text of a leaf element; anything else inside is an error. */
static char *
leaf_text (xmlNode  *element,
           GError  **error)
{
  GString *text = g_string_new (NULL);

  for (xmlNode *child = element->children; child != NULL; child = child->next)
    {
      switch (child->type)
        {
        case XML_TEXT_NODE:
        case XML_CDATA_SECTION_NODE:
          g_string_append (text, (const char *)child->content);
          break;
        case XML_COMMENT_NODE:
        case XML_PI_NODE:
          break;
        default:
          set_error_at (error, child, CHARTER_ERROR_INVALID,
                        _("<%s> may only contain text"), (const char *)element->name);
          g_string_free (text, TRUE);
          return NULL;
        }
    }

  return g_string_free (text, FALSE);
}

static gboolean
check_allowed (xmlNode            *node,
               const char         *name,
               const char         *value,
               const char * const *allowed,
               GError            **error)
{
  g_autofree char *choices = NULL;

  if (allowed == NULL || g_strv_contains (allowed, value))
    return TRUE;

  choices = g_strjoinv (", ", (char **)allowed);
  return set_error_at (error, node, CHARTER_ERROR_INVALID,
                       _("“%s” is not a valid value for %s (expected one of: %s)"),
                       value, name, choices);
}

/* Whitespace between elements is formatting; other text is misplaced. */
static gboolean
check_structural_child (xmlNode  *parent,
                        xmlNode  *child,
                        GError  **error)
{
  if (child->type == XML_TEXT_NODE)
    {
      for (const xmlChar *p = child->content; p && *p; p++)
        if (!g_ascii_isspace (*p))
          return set_error_at (error, child, CHARTER_ERROR_INVALID,
                               _("unexpected text inside <%s>"), (const char *)parent->name);
      return TRUE;
    }

  if (child->type == XML_COMMENT_NODE || child->type == XML_PI_NODE)
    return TRUE;

  if (child->type != XML_ELEMENT_NODE)
    return set_error_at (error, child, CHARTER_ERROR_INVALID,
                         _("unexpected content inside <%s>"), (const char *)parent->name);

  if (!is_ours (child))
    return set_error_at (error, child, CHARTER_ERROR_INVALID,
                         _("element <%s> inside <%s> is not in the Charter namespace"),
                         (const char *)child->name, (const char *)parent->name);

  return TRUE;
}

static gboolean
check_no_attributes (xmlNode  *element,
                     GError  **error)
{
  if (element->properties != NULL)
    return set_error_at (error, element, CHARTER_ERROR_INVALID,
                         _("unknown attribute “%s” on <%s>"),
                         (const char *)element->properties->name, (const char *)element->name);
  return TRUE;
}

static gboolean
read_item (CharterDocument *document,
           CharterListKind  kind,
           xmlNode         *element,
           GError         **error)
{
  const ListSpec *spec = &list_specs[kind];
  guint n_fields = charter_list_kind_get_n_fields (kind);
  g_autoptr(CharterItem) item = charter_item_new (kind);
  gboolean has_content_field = FALSE;
  guint seen = 0;

  for (guint f = 0; f < n_fields; f++)
    if (spec->fields[f].how == STORE_CONTENT)
      has_content_field = TRUE;

  for (xmlAttr *attr = element->properties; attr != NULL; attr = attr->next)
    {
      gboolean known = FALSE;

      for (guint f = 0; f < n_fields && !known; f++)
        {
          if (spec->fields[f].how != STORE_ATTR ||
              attr->ns != NULL ||
              xmlStrcmp (attr->name, BAD_CAST spec->fields[f].name) != 0)
            continue;

          {
            g_autofree char *value = (char *)xmlNodeGetContent ((xmlNode *)attr);

            if (!check_allowed (element, spec->fields[f].name, value, spec->fields[f].allowed, error))
              return FALSE;
            charter_item_set (item, f, value);
            known = TRUE;
          }
        }

      if (!known)
        return set_error_at (error, element, CHARTER_ERROR_INVALID,
                             _("unknown attribute “%s” on <%s>"),
                             (const char *)attr->name, spec->item);
    }

  if (has_content_field)
    {
      g_autofree char *text = leaf_text (element, error);

      if (text == NULL)
        return FALSE;
      for (guint f = 0; f < n_fields; f++)
        if (spec->fields[f].how == STORE_CONTENT)
          charter_item_set (item, f, text);
    }
  else
    {
      for (xmlNode *child = element->children; child != NULL; child = child->next)
        {
          gboolean known = FALSE;

          if (!check_structural_child (element, child, error))
            return FALSE;
          if (child->type != XML_ELEMENT_NODE)
            continue;

          for (guint f = 0; f < n_fields && !known; f++)
            {
              g_autofree char *value = NULL;

              if (spec->fields[f].how != STORE_CHILD ||
                  xmlStrcmp (child->name, BAD_CAST spec->fields[f].name) != 0)
                continue;

              known = TRUE;
              if (seen & (1u << f))
                return set_error_at (error, child, CHARTER_ERROR_INVALID,
                                     _("<%s> appears twice in one <%s>"),
                                     spec->fields[f].name, spec->item);
              seen |= 1u << f;

              if (!check_no_attributes (child, error))
                return FALSE;
              value = leaf_text (child, error);
              if (value == NULL)
                return FALSE;
              if (!check_allowed (child, spec->fields[f].name, value, spec->fields[f].allowed, error))
                return FALSE;
              charter_item_set (item, f, value);
            }

          if (!known)
            return set_error_at (error, child, CHARTER_ERROR_INVALID,
                                 _("unknown element <%s> in <%s>"),
                                 (const char *)child->name, spec->item);
        }
    }

  charter_document_insert_item (document, kind, G_MAXUINT, item);
  return TRUE;
}

static gboolean
read_list (CharterDocument *document,
           CharterListKind  kind,
           xmlNode         *element,
           GError         **error)
{
  const ListSpec *spec = &list_specs[kind];

  if (!check_no_attributes (element, error))
    return FALSE;

  for (xmlNode *child = element->children; child != NULL; child = child->next)
    {
      if (!check_structural_child (element, child, error))
        return FALSE;
      if (child->type != XML_ELEMENT_NODE)
        continue;

      if (xmlStrcmp (child->name, BAD_CAST spec->item) != 0)
        return set_error_at (error, child, CHARTER_ERROR_INVALID,
                             _("unknown element <%s> in <%s>"),
                             (const char *)child->name, spec->container);

      if (charter_document_get_n_items (document, kind) >= CHARTER_MAX_LIST_ITEMS)
        return set_error_at (error, child, CHARTER_ERROR_TOO_LARGE,
                             _("too many <%s> entries (Charter reads at most %d)"),
                             spec->item, CHARTER_MAX_LIST_ITEMS);

      if (!read_item (document, kind, child, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
is_base64_text (const char *text)
{
  for (const char *p = text; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '+' && *p != '/' && *p != '=' && !g_ascii_isspace (*p))
      return FALSE;
  return TRUE;
}

static gboolean
read_logo (CharterDocument *document,
           xmlNode         *element,
           GError         **error)
{
  g_autofree char *type = (char *)xmlGetNoNsProp (element, BAD_CAST "type");
  g_autofree char *text = NULL;
  g_autofree guchar *data = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize len = 0;

  for (xmlAttr *attr = element->properties; attr != NULL; attr = attr->next)
    if (attr->ns != NULL || xmlStrcmp (attr->name, BAD_CAST "type") != 0)
      return set_error_at (error, element, CHARTER_ERROR_INVALID,
                           _("unknown attribute “%s” on <logo>"), (const char *)attr->name);

  if (type == NULL)
    return set_error_at (error, element, CHARTER_ERROR_INVALID,
                         _("<logo> needs a type attribute (image/png, image/jpeg or image/svg+xml)"));
  if (!check_allowed (element, "the logo type", type, logo_types, error))
    return FALSE;

  text = leaf_text (element, error);
  if (text == NULL)
    return FALSE;
  if (!is_base64_text (text))
    return set_error_at (error, element, CHARTER_ERROR_INVALID,
                         _("the logo is not valid base64 data"));
  if (strlen (text) / 4 * 3 > CHARTER_MAX_LOGO_SIZE + 3)
    return set_error_at (error, element, CHARTER_ERROR_TOO_LARGE,
                         _("the logo is larger than %d MiB"), CHARTER_MAX_LOGO_SIZE / (1024 * 1024));

  data = g_base64_decode (text, &len);
  if (len == 0)
    return set_error_at (error, element, CHARTER_ERROR_INVALID, _("the logo is empty"));

  bytes = g_bytes_new_take (g_steal_pointer (&data), len);
  charter_document_set_logo (document, bytes, type);
  return TRUE;
}

static gboolean
read_count (xmlNode    *element,
            const char *name,
            guint64    *count,
            GError    **error)
{
  g_autofree char *text = (char *)xmlGetNoNsProp (element, BAD_CAST name);

  if (!g_ascii_string_to_unsigned (text, 10, 0, G_MAXUINT32, count, NULL))
    return set_error_at (error, element, CHARTER_ERROR_INVALID,
                         _("%s=“%s” on <result> is not a whole number of cases"), name, text);
  return TRUE;
}

static gboolean
read_result (CharterResults *results,
             const char     *period,
             xmlNode        *element,
             GError        **error)
{
  g_autoptr(CharterResult) result = NULL;
  g_autofree char *standard = NULL;
  gboolean has_total = FALSE, has_met = FALSE;

  for (xmlAttr *attr = element->properties; attr != NULL; attr = attr->next)
    {
      const char *name = (const char *)attr->name;

      if (attr->ns != NULL ||
          !(g_str_equal (name, "standard") || g_str_equal (name, "total") ||
            g_str_equal (name, "met") || g_str_equal (name, "value")))
        return set_error_at (error, element, CHARTER_ERROR_INVALID,
                             _("unknown attribute “%s” on <result>"), name);
      has_total |= g_str_equal (name, "total");
      has_met |= g_str_equal (name, "met");
    }

  standard = (char *)xmlGetNoNsProp (element, BAD_CAST "standard");
  if (standard == NULL || *standard == '\0')
    return set_error_at (error, element, CHARTER_ERROR_INVALID,
                         _("<result> needs a standard attribute naming the standard’s id"));
  if (charter_results_lookup (results, period, standard) != NULL)
    return set_error_at (error, element, CHARTER_ERROR_INVALID,
                         _("period %s has two results for standard “%s”"), period, standard);
  if (has_total != has_met)
    return set_error_at (error, element, CHARTER_ERROR_INVALID,
                         _("<result> needs both total and met, or neither"));

  result = charter_result_new (standard);
  if (has_total)
    {
      if (!read_count (element, "total", &result->total, error) ||
          !read_count (element, "met", &result->met, error))
        return FALSE;
      if (result->met > result->total)
        return set_error_at (error, element, CHARTER_ERROR_INVALID,
                             _("met (%" PRIu64 ") is more than total (%" PRIu64 ")"),
                             result->met, result->total);
      result->has_counts = TRUE;
    }

  result->value = (char *)xmlGetNoNsProp (element, BAD_CAST "value");
  if (result->value != NULL && !charter_number_parse (result->value, NULL))
    return set_error_at (error, element, CHARTER_ERROR_INVALID,
                         _("value=“%s” on <result> is not a number"), result->value);

  for (xmlNode *child = element->children; child != NULL; child = child->next)
    {
      char **slot;

      if (!check_structural_child (element, child, error))
        return FALSE;
      if (child->type != XML_ELEMENT_NODE)
        continue;

      if (xmlStrcmp (child->name, BAD_CAST "note") == 0)
        slot = &result->note;
      else if (xmlStrcmp (child->name, BAD_CAST "action") == 0)
        slot = &result->action;
      else
        return set_error_at (error, child, CHARTER_ERROR_INVALID,
                             _("unknown element <%s> in <result>"), (const char *)child->name);

      if (*slot != NULL)
        return set_error_at (error, child, CHARTER_ERROR_INVALID,
                             _("<%s> appears twice in one <result>"), (const char *)child->name);
      if (!check_no_attributes (child, error))
        return FALSE;
      *slot = leaf_text (child, error);
      if (*slot == NULL)
        return FALSE;
    }

  charter_results_set (results, period, result);
  return TRUE;
}

static gboolean
read_period (CharterResults *results,
             xmlNode        *element,
             GError        **error)
{
  g_autofree char *id = (char *)xmlGetNoNsProp (element, BAD_CAST "id");
  guint n = 0;

  for (xmlAttr *attr = element->properties; attr != NULL; attr = attr->next)
    if (attr->ns != NULL || xmlStrcmp (attr->name, BAD_CAST "id") != 0)
      return set_error_at (error, element, CHARTER_ERROR_INVALID,
                           _("unknown attribute “%s” on <period>"), (const char *)attr->name);

  if (!charter_period_parse (id, NULL, NULL, NULL))
    return set_error_at (error, element, CHARTER_ERROR_INVALID,
                         _("<period> needs an id such as 2026-09 (a month), 2026-Q3 (a quarter) "
                           "or 2026 (a year); “%s” is none of these"), id ? id : "");
  if (charter_results_has_period (results, id))
    return set_error_at (error, element, CHARTER_ERROR_INVALID,
                         _("period %s appears twice in <results>"), id);

  charter_results_add_period (results, id);

  for (xmlNode *child = element->children; child != NULL; child = child->next)
    {
      if (!check_structural_child (element, child, error))
        return FALSE;
      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (xmlStrcmp (child->name, BAD_CAST "result") != 0)
        return set_error_at (error, child, CHARTER_ERROR_INVALID,
                             _("unknown element <%s> in <period>"), (const char *)child->name);
      if (++n > CHARTER_MAX_LIST_ITEMS)
        return set_error_at (error, child, CHARTER_ERROR_TOO_LARGE,
                             _("too many <result> entries in one period (Charter reads at most %d)"),
                             CHARTER_MAX_LIST_ITEMS);
      if (!read_result (results, id, child, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
read_results (CharterDocument *document,
              xmlNode         *element,
              GError         **error)
{
  CharterResults *results = charter_document_get_results (document);
  guint n = 0;

  if (!check_no_attributes (element, error))
    return FALSE;

  for (xmlNode *child = element->children; child != NULL; child = child->next)
    {
      if (!check_structural_child (element, child, error))
        return FALSE;
      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (xmlStrcmp (child->name, BAD_CAST "period") != 0)
        return set_error_at (error, child, CHARTER_ERROR_INVALID,
                             _("unknown element <%s> in <results>"), (const char *)child->name);
      if (++n > CHARTER_RESULTS_MAX_PERIODS)
        return set_error_at (error, child, CHARTER_ERROR_TOO_LARGE,
                             _("too many periods in <results> (Charter reads at most %d)"),
                             CHARTER_RESULTS_MAX_PERIODS);
      if (!read_period (results, child, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
read_nodes (CharterDocument *document,
            xmlNode         *parent,
            const NodeSpec  *nodes,
            GError         **error)
{
  guint64 seen = 0;

  for (xmlNode *child = parent->children; child != NULL; child = child->next)
    {
      const NodeSpec *node;
      guint index = 0;

      if (!check_structural_child (parent, child, error))
        return FALSE;
      if (child->type != XML_ELEMENT_NODE)
        continue;

      for (node = nodes; node_name (node) != NULL; node++, index++)
        if (xmlStrcmp (child->name, BAD_CAST node_name (node)) == 0)
          break;

      if (node_name (node) == NULL)
        return set_error_at (error, child, CHARTER_ERROR_INVALID,
                               _("unknown element <%s> in <%s>"),
                               (const char *)child->name, (const char *)parent->name);

      if (seen & (G_GUINT64_CONSTANT (1) << index))
        return set_error_at (error, child, CHARTER_ERROR_INVALID,
                             _("<%s> appears twice in <%s>"),
                             (const char *)child->name, (const char *)parent->name);
      seen |= G_GUINT64_CONSTANT (1) << index;

      switch (node->type)
        {
        case NODE_FIELD:
          {
            g_autofree char *text = NULL;

            if (!check_no_attributes (child, error))
              return FALSE;
            text = leaf_text (child, error);
            if (text == NULL)
              return FALSE;
            charter_document_set (document, node->id, text);
          }
          break;

        case NODE_LOGO:
          if (!read_logo (document, child, error))
            return FALSE;
          break;

        case NODE_RESULTS:
          if (!read_results (document, child, error))
            return FALSE;
          break;

        case NODE_GROUP:
          if (!check_no_attributes (child, error) ||
              !read_nodes (document, child, node->children, error))
            return FALSE;
          break;

        case NODE_LIST:
          if (!read_list (document, node->id, child, error))
            return FALSE;
          break;

        default:
          g_assert_not_reached ();
        }
    }

  return TRUE;
}

static gboolean
read_root (CharterDocument *document,
           xmlNode         *root,
           GError         **error)
{
  g_autofree char *format = NULL;
  guint64 version = 0;

  if (xmlStrcmp (root->name, BAD_CAST "charter") != 0)
    return set_error_at (error, root, CHARTER_ERROR_NOT_CHARTER,
                         _("not a charter: the document is <%s>, expected <charter>"),
                         (const char *)root->name);

  if (!is_ours (root))
    return set_error_at (error, root, CHARTER_ERROR_NOT_CHARTER,
                         _("not a charter: <charter> is not in the namespace %s"),
                         CHARTER_NAMESPACE);

  for (xmlAttr *attr = root->properties; attr != NULL; attr = attr->next)
    {
      gboolean is_lang = attr->ns != NULL &&
                         xmlStrcmp (attr->ns->href, XML_XML_NAMESPACE) == 0 &&
                         xmlStrcmp (attr->name, BAD_CAST "lang") == 0;
      gboolean is_format = attr->ns == NULL && xmlStrcmp (attr->name, BAD_CAST "format") == 0;

      if (!is_lang && !is_format)
        return set_error_at (error, root, CHARTER_ERROR_INVALID,
                             _("unknown attribute “%s” on <charter>"), (const char *)attr->name);
    }

  format = (char *)xmlGetNoNsProp (root, BAD_CAST "format");
  if (format == NULL)
    return set_error_at (error, root, CHARTER_ERROR_INVALID,
                         _("<charter> has no format attribute"));

  if (!g_ascii_string_to_unsigned (format, 10, 1, G_MAXUINT32, &version, NULL))
    return set_error_at (error, root, CHARTER_ERROR_INVALID,
                         _("“%s” is not a valid format version"), format);

  if (version > CHARTER_FORMAT_VERSION)
    /* No line number: the whole file is the matter, not its line 2. */
    return set_error_at (error, NULL, CHARTER_ERROR_NEWER_FORMAT,
                         _("this file was made by a newer version of Charter (file format %s; "
                           "this version reads format %d). Update Charter to open it."),
                         format, CHARTER_FORMAT_VERSION);

  {
    g_autofree char *lang = (char *)xmlNodeGetLang (root);

    if (lang != NULL && *lang != '\0')
      charter_document_set_language (document, lang);
  }

  return read_nodes (document, root, root_nodes, error);
}

/* Parser guards. The loader never asks for entity substitution, DTD
 * loading or network access, and on top refuses any DOCTYPE at all, so
 * XXE and entity-expansion attacks stop at the first declaration. */

typedef struct {
  GError    *error;
  guint      n_elements;
  startElementNsSAX2Func start_element;
} Guard;

static void
stop_with (xmlParserCtxtPtr ctxt,
           CharterError     code,
           const char      *message)
{
  Guard *guard = ctxt->_private;

  if (guard->error == NULL)
    g_set_error (&guard->error, CHARTER_ERROR, code, _("line %d: %s"),
                 ctxt->input ? ctxt->input->line : 0, message);
  xmlStopParser (ctxt);
}

static void
guard_internal_subset (void          *ctx,
                       const xmlChar *name,
                       const xmlChar *external_id,
                       const xmlChar *system_id)
{
  stop_with (ctx, CHARTER_ERROR_UNSAFE,
             _("document type declarations (DOCTYPE) are not allowed in charter files"));
}

static void
guard_start_element (void           *ctx,
                     const xmlChar  *localname,
                     const xmlChar  *prefix,
                     const xmlChar  *uri,
                     int             nb_namespaces,
                     const xmlChar **namespaces,
                     int             nb_attributes,
                     int             nb_defaulted,
                     const xmlChar **attributes)
{
  xmlParserCtxtPtr ctxt = ctx;
  Guard *guard = ctxt->_private;

  if (ctxt->nodeNr >= CHARTER_MAX_DEPTH)
    {
      stop_with (ctxt, CHARTER_ERROR_TOO_LARGE, _("elements are nested too deeply"));
      return;
    }

  if (++guard->n_elements > CHARTER_MAX_ELEMENTS)
    {
      stop_with (ctxt, CHARTER_ERROR_TOO_LARGE, _("the file has too many elements"));
      return;
    }

  guard->start_element (ctx, localname, prefix, uri, nb_namespaces, namespaces,
                        nb_attributes, nb_defaulted, attributes);
}

static gboolean
check_encoding (const char  *data,
                gsize        len,
                GError     **error)
{
  const char *end = NULL;

  if (len >= 2 && (((guchar)data[0] == 0xFE && (guchar)data[1] == 0xFF) ||
                   ((guchar)data[0] == 0xFF && (guchar)data[1] == 0xFE)))
    {
      g_set_error_literal (error, CHARTER_ERROR, CHARTER_ERROR_ENCODING,
                           _("the file is in UTF-16; charter files must be UTF-8"));
      return FALSE;
    }

  if (!g_utf8_validate_len (data, len, &end))
    {
      guint line = 1;

      for (const char *p = data; p < end; p++)
        if (*p == '\n')
          line++;

      if (*end == '\0')
        g_set_error (error, CHARTER_ERROR, CHARTER_ERROR_ENCODING,
                     _("line %u: the file contains a NUL byte; it is not a text file"), line);
      else
        g_set_error (error, CHARTER_ERROR, CHARTER_ERROR_ENCODING,
                     _("line %u: the file is not valid UTF-8 text"), line);
      return FALSE;
    }

  return TRUE;
}

/* libxml2's messages may quote the input after the first line, cut in the
 * middle of a character: keep the first line, as valid UTF-8. */
static char *
libxml_message (const xmlError *xerr)
{
  g_autofree char *valid = g_utf8_make_valid (xerr && xerr->message ? xerr->message : "malformed XML", -1);
  char *newline = strchr (g_strstrip (valid), '\n');

  if (newline != NULL)
    *newline = '\0';
  return g_strdup (g_strchomp (valid));
}

static void
silence_errors (void       *ctx,
                const char *msg,
                ...)
{
}

CharterDocument *
charter_format_load_bytes (GBytes  *bytes,
                           GError **error)
{
  g_autoptr(CharterDocument) document = NULL;
  xmlParserCtxtPtr ctxt;
  xmlDocPtr doc;
  xmlNode *root;
  Guard guard = { 0 };
  const char *data;
  gsize len;
  gboolean ok;

  g_return_val_if_fail (bytes != NULL, NULL);

  data = g_bytes_get_data (bytes, &len);

  if (len == 0)
    {
      g_set_error_literal (error, CHARTER_ERROR, CHARTER_ERROR_EMPTY, _("the file is empty"));
      return NULL;
    }

  if (len > CHARTER_MAX_FILE_SIZE)
    {
      g_set_error (error, CHARTER_ERROR, CHARTER_ERROR_TOO_LARGE,
                   /* A plain %lu: xgettext cannot see through G_GSIZE_FORMAT. */
                   _("the file is too large (%lu MiB; charters are at most %d MiB)"),
                   (unsigned long) (len / (1024 * 1024)), CHARTER_MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }

  if (!check_encoding (data, len, error))
    return NULL;

  ctxt = xmlNewParserCtxt ();
  if (ctxt == NULL)
    {
      g_set_error_literal (error, CHARTER_ERROR, CHARTER_ERROR_FAILED, _("out of memory"));
      return NULL;
    }

  guard.start_element = ctxt->sax->startElementNs;
  ctxt->sax->startElementNs = guard_start_element;
  ctxt->sax->internalSubset = guard_internal_subset;
  ctxt->sax->externalSubset = NULL;
  ctxt->sax->resolveEntity = NULL;
  ctxt->sax->error = silence_errors;
  ctxt->sax->warning = silence_errors;
  ctxt->vctxt.error = silence_errors;
  ctxt->vctxt.warning = silence_errors;
  ctxt->_private = &guard;

  doc = xmlCtxtReadMemory (ctxt, data, (int)len, NULL, "UTF-8",
                           XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);

  if (guard.error != NULL)
    {
      g_propagate_error (error, guard.error);
      g_clear_pointer (&doc, xmlFreeDoc);
      xmlFreeParserCtxt (ctxt);
      return NULL;
    }

  if (doc == NULL || !ctxt->wellFormed)
    {
      const xmlError *xerr = xmlCtxtGetLastError (ctxt);
      g_autofree char *message = libxml_message (xerr);

      g_set_error (error, CHARTER_ERROR, CHARTER_ERROR_MALFORMED,
                   _("line %d: the file is not well-formed XML (%s)"),
                   xerr ? xerr->line : 0, message);
      g_clear_pointer (&doc, xmlFreeDoc);
      xmlFreeParserCtxt (ctxt);
      return NULL;
    }
  xmlFreeParserCtxt (ctxt);

  root = xmlDocGetRootElement (doc);
  if (root == NULL)
    {
      xmlFreeDoc (doc);
      g_set_error_literal (error, CHARTER_ERROR, CHARTER_ERROR_MALFORMED,
                           _("the file has no root element"));
      return NULL;
    }

  document = charter_document_new ();
  ok = read_root (document, root, error);
  xmlFreeDoc (doc);

  return ok ? g_steal_pointer (&document) : NULL;
}

char *
charter_file_read (const char  *path,
                   gsize        max_bytes,
                   gsize       *length,
                   gsize       *size,
                   GError     **error)
{
  g_autoptr(GByteArray) data = g_byte_array_new ();
  struct stat st;
  int fd;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (length != NULL, NULL);

  /* O_NONBLOCK: opening a FIFO must not wait for a writer. */
  fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NONBLOCK, 0);
  if (fd < 0)
    {
      int saved = errno;

      g_set_error (error, CHARTER_ERROR, CHARTER_ERROR_IO, _("cannot open: %s"), g_strerror (saved));
      return NULL;
    }

  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
    {
      close (fd);
      g_set_error_literal (error, CHARTER_ERROR, CHARTER_ERROR_IO, _("not a regular file"));
      return NULL;
    }

  /* Read from the descriptor, not the name, and stop at the limit even if
   * the file grows while it is read. */
  for (;;)
    {
      guint8 buffer[65536];
      ssize_t n = read (fd, buffer, sizeof buffer);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved = errno;

          close (fd);
          g_set_error (error, CHARTER_ERROR, CHARTER_ERROR_IO, _("cannot read: %s"), g_strerror (saved));
          return NULL;
        }
      if (n == 0)
        break;
      if (data->len + (gsize) n > max_bytes)
        {
          gsize seen = MAX ((gsize) st.st_size, data->len + (gsize) n);

          close (fd);
          if (size != NULL)
            *size = seen;
          g_set_error (error, CHARTER_ERROR, CHARTER_ERROR_TOO_LARGE,
                       _("the file is too large (%lu bytes; at most %lu are read)"),
                       (unsigned long) seen, (unsigned long) max_bytes);
          return NULL;
        }
      g_byte_array_append (data, buffer, n);
    }
  close (fd);

  *length = data->len;
  g_byte_array_append (data, (const guint8 *) "", 1);
  return (char *) g_byte_array_free (g_steal_pointer (&data), FALSE);
}

CharterDocument *
charter_format_load_file (const char  *path,
                          GError     **error)
{
  g_autoptr(GError) local = NULL;
  g_autoptr(GBytes) bytes = NULL;
  char *contents;
  gsize len = 0, size = 0;

  g_return_val_if_fail (path != NULL, NULL);

  contents = charter_file_read (path, CHARTER_MAX_FILE_SIZE, &len, &size, &local);
  if (contents == NULL)
    {
      if (g_error_matches (local, CHARTER_ERROR, CHARTER_ERROR_TOO_LARGE))
        g_set_error (error, CHARTER_ERROR, CHARTER_ERROR_TOO_LARGE,
                     _("the file is too large (%lld MiB; charters are at most %d MiB)"),
                     (long long) size / (1024 * 1024), CHARTER_MAX_FILE_SIZE / (1024 * 1024));
      else
        g_propagate_error (error, g_steal_pointer (&local));
      return NULL;
    }

  bytes = g_bytes_new_take (contents, len);
  return charter_format_load_bytes (bytes, error);
}

/* ------------------------------------------------------------------ */
/* Atomic saving                                                      */
/* ------------------------------------------------------------------ */

static CharterFileFaultFunc fault_func;
static gpointer fault_data;

void
charter_file_set_fault_func (CharterFileFaultFunc func,
                             gpointer             user_data)
{
  fault_func = func;
  fault_data = user_data;
}

static char *
resolve_symlinks (const char *path)
{
  g_autofree char *current = g_strdup (path);

  /* Follow at most a few links so that a loop cannot hang us. */
  for (guint i = 0; i < 32; i++)
    {
      g_autofree char *target = g_file_read_link (current, NULL);
      g_autofree char *dir = NULL;

      if (target == NULL)
        break;

      if (g_path_is_absolute (target))
        {
          g_free (current);
          current = g_steal_pointer (&target);
          continue;
        }

      dir = g_path_get_dirname (current);
      g_free (current);
      current = g_build_filename (dir, target, NULL);
    }

  return g_steal_pointer (&current);
}

static gboolean
io_error (GError    **error,
          int         saved_errno,
          const char *what,
          const char *path)
{
  const char *reason;

  switch (saved_errno)
    {
    case ENOSPC:
    case EDQUOT:
      reason = _("the disk is full");
      break;
    case EACCES:
    case EPERM:
      reason = _("permission denied");
      break;
    case EROFS:
      reason = _("the disk is read-only");
      break;
    default:
      reason = g_strerror (saved_errno);
      break;
    }

  g_set_error (error, CHARTER_ERROR, CHARTER_ERROR_IO,
               "%s %s: %s", what, path, reason);
  return FALSE;
}

static gboolean
write_all (int          fd,
           const char  *data,
           gsize        length)
{
  gsize done = 0;

  while (done < length)
    {
      gsize chunk = MIN (length - done, 65536);
      ssize_t n;

      if (fault_func != NULL && !fault_func (CHARTER_FILE_STEP_WRITE, fault_data))
        {
          errno = ENOSPC;
          return FALSE;
        }

      n = write (fd, data + done, chunk);
      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          return FALSE;
        }
      done += n;
    }

  return TRUE;
}

/* Writes @data with @mode to @fd and makes it durable. */
static gboolean
fill_temporary (int          fd,
                const void  *data,
                gsize        length,
                mode_t       mode,
                int         *saved_errno)
{
  if (!write_all (fd, data, length) || fchmod (fd, mode) != 0 || fsync (fd) != 0)
    {
      *saved_errno = errno;
      return FALSE;
    }
  return TRUE;
}

/* The portable way: a named temporary file, removed on failure. */
static gboolean
write_named (const char   *dir,
             const char   *target,
             const void   *data,
             gsize         length,
             mode_t        mode,
             char        **tmp,
             GError      **error)
{
  int saved = 0;
  int fd;

  *tmp = g_build_filename (dir, ".charter-save-XXXXXX", NULL);
  fd = g_mkstemp_full (*tmp, O_WRONLY | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      saved = errno;
      g_clear_pointer (tmp, g_free);
      return io_error (error, saved, _("cannot write to the folder"), dir);
    }

  if (!fill_temporary (fd, data, length, mode, &saved))
    close (fd);
  else if (close (fd) != 0)
    saved = errno;
  else
    return TRUE;

  g_unlink (*tmp);
  g_clear_pointer (tmp, g_free);
  return io_error (error, saved, _("cannot write"), target);
}

/* An unnamed temporary file (O_TMPFILE) in @dir, named @tmp only once it
 * is complete: a save killed while writing leaves nothing behind, where a
 * named temporary file stays in the user's folder. Where the file system
 * or the sandbox cannot do it (no O_TMPFILE, no /proc), it writes a named
 * file instead. */
static gboolean
write_temporary (const char   *dir,
                 const char   *target,
                 const void   *data,
                 gsize         length,
                 mode_t        mode,
                 char        **tmp,
                 GError      **error)
{
  g_autofree char *proc = NULL;
  int saved = 0;
  int fd;

  if (fault_func != NULL && !fault_func (CHARTER_FILE_STEP_UNNAMED, fault_data))
    return write_named (dir, target, data, length, mode, tmp, error);

  fd = g_open (dir, O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      /* Old kernels say EISDIR or ENOENT, file systems EOPNOTSUPP. */
      if (errno == EOPNOTSUPP || errno == EISDIR || errno == ENOENT || errno == EINVAL)
        return write_named (dir, target, data, length, mode, tmp, error);
      return io_error (error, errno, _("cannot write to the folder"), dir);
    }

  if (!fill_temporary (fd, data, length, mode, &saved))
    {
      close (fd);
      return io_error (error, saved, _("cannot write"), target);
    }

  /* linkat() with AT_EMPTY_PATH needs a capability; through /proc it
   * does not. The name only has to be free for the moment until the
   * rename. */
  proc = g_strdup_printf ("/proc/self/fd/%d", fd);
  for (guint attempt = 0; attempt < 100; attempt++)
    {
      g_free (*tmp);
      *tmp = g_strdup_printf ("%s/.charter-save-%08x", dir, g_random_int ());
      if (linkat (AT_FDCWD, proc, AT_FDCWD, *tmp, AT_SYMLINK_FOLLOW) == 0)
        {
          if (close (fd) == 0)
            return TRUE;
          saved = errno;
          g_unlink (*tmp);
          g_clear_pointer (tmp, g_free);
          return io_error (error, saved, _("cannot write"), target);
        }
      if (errno != EEXIST)
        break;
    }

  saved = errno;
  close (fd);
  g_clear_pointer (tmp, g_free);
  /* Real write errors are reported; no /proc (ENOENT) or a file system
   * that cannot link it writes a named file instead. */
  if (saved == ENOSPC || saved == EDQUOT || saved == EROFS || saved == EACCES)
    return io_error (error, saved, _("cannot write"), target);
  return write_named (dir, target, data, length, mode, tmp, error);
}

gboolean
charter_file_replace (const char  *path,
                      const void  *data,
                      gsize        length,
                      GError     **error)
{
  g_autofree char *target = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *tmp = NULL;
  struct stat st;
  mode_t mode;
  int fd;

  g_return_val_if_fail (path != NULL, FALSE);

  target = resolve_symlinks (path);
  dir = g_path_get_dirname (target);

  if (g_stat (target, &st) == 0)
    {
      mode = st.st_mode & 07777;
      /* Replacing the file through its folder would get round a file
       * marked read-only, even for root: respect the mark instead. */
      if (S_ISREG (st.st_mode) && (mode & 0222) == 0)
        {
          g_set_error (error, CHARTER_ERROR, CHARTER_ERROR_IO,
                       _("cannot replace %s: the file is read-only; save under another name or make it writable"),
                       target);
          return FALSE;
        }
    }
  else
    {
      mode_t mask = umask (0);
      umask (mask);
      mode = 0666 & ~mask;
    }

  if (!write_temporary (dir, target, data, length, mode, &tmp, error))
    return FALSE;

  if ((fault_func != NULL && !fault_func (CHARTER_FILE_STEP_RENAME, fault_data)) ||
      g_rename (tmp, target) != 0)
    {
      int saved = errno ? errno : EIO;

      g_unlink (tmp);
      return io_error (error, saved, _("cannot replace"), target);
    }

  /* Make the rename itself durable. */
  fd = g_open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }

  return TRUE;
}

gboolean
charter_format_save_file (CharterDocument  *document,
                          const char       *path,
                          GError          **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize len;
  const char *data;

  g_return_val_if_fail (CHARTER_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  bytes = charter_format_save_bytes (document);
  data = g_bytes_get_data (bytes, &len);

  return charter_file_replace (path, data, len, error);
}
