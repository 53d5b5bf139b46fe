/* charter-text.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "charter-labels.h"
#include "charter-text.h"

typedef struct {
  GString    *out;
  const char *lang;
  guint       width;
} TextWriter;

/* Appends @text wrapped at the writer's width, each line starting with
 * @first_prefix (first line) or @prefix (continuation lines). */
static void
put_wrapped (TextWriter *w,
             const char *first_prefix,
             const char *prefix,
             const char *text)
{
  g_auto(GStrv) paragraphs = g_strsplit (text, "\n", -1);

  for (guint p = 0; paragraphs[p] != NULL; p++)
    {
      g_auto(GStrv) words = g_strsplit_set (paragraphs[p], " \t", -1);
      const char *lead = p == 0 ? first_prefix : prefix;
      glong column;

      g_string_append (w->out, lead);
      column = g_utf8_strlen (lead, -1);

      for (guint i = 0, n_on_line = 0; words[i] != NULL; i++)
        {
          glong len = g_utf8_strlen (words[i], -1);

          if (len == 0)
            continue;

          if (n_on_line > 0 && w->width > 0 && column + 1 + len > (glong)w->width)
            {
              g_string_append_c (w->out, '\n');
              g_string_append (w->out, prefix);
              column = g_utf8_strlen (prefix, -1);
              n_on_line = 0;
            }
          if (n_on_line > 0)
            {
              g_string_append_c (w->out, ' ');
              column++;
            }
          g_string_append (w->out, words[i]);
          column += len;
          n_on_line++;
        }
      g_string_append_c (w->out, '\n');
    }
}

static void
put_heading (TextWriter   *w,
             CharterLabel  label,
             char          underline)
{
  const char *text = charter_label (w->lang, label);
  glong len = g_utf8_strlen (text, -1);

  g_string_append_c (w->out, '\n');
  g_string_append (w->out, text);
  g_string_append_c (w->out, '\n');
  for (glong i = 0; i < len; i++)
    g_string_append_c (w->out, underline);
  g_string_append (w->out, "\n\n");
}

static void
put_paragraph (TextWriter *w,
               const char *text)
{
  if (*text == '\0')
    return;
  put_wrapped (w, "", "", text);
  g_string_append_c (w->out, '\n');
}

static void
put_labelled (TextWriter   *w,
              CharterLabel  label,
              const char   *text)
{
  g_autofree char *lead = NULL;

  if (*text == '\0')
    return;

  lead = g_strdup_printf ("%s: ", charter_label (w->lang, label));
  put_wrapped (w, lead, "  ", text);
}

static gboolean
any_field (CharterDocument *doc,
           CharterField     first,
           CharterField     last)
{
  for (CharterField f = first; f <= last; f++)
    if (*charter_document_get (doc, f) != '\0')
      return TRUE;
  return FALSE;
}

static void
put_text_list (TextWriter      *w,
               CharterDocument *doc,
               CharterListKind  kind,
               CharterLabel     heading)
{
  guint n = charter_document_get_n_items (doc, kind);

  if (n == 0)
    return;

  put_heading (w, heading, '-');
  for (guint i = 0; i < n; i++)
    {
      const char *text = charter_item_get (charter_document_get_item (doc, kind, i), CHARTER_TEXT_TEXT);

      if (*text != '\0')
        put_wrapped (w, "  * ", "    ", text);
    }
}

static void
put_about (TextWriter      *w,
           CharterDocument *doc)
{
  const char *name = charter_document_get (doc, CHARTER_FIELD_NAME);
  const char *title = charter_label (w->lang, CHARTER_LABEL_CUSTOMER_CHARTER);
  g_autofree char *top = g_strdup_printf ("%s%s%s", name, *name ? " — " : "", title);
  glong len = g_utf8_strlen (top, -1);

  g_string_append (w->out, top);
  g_string_append_c (w->out, '\n');
  for (glong i = 0; i < len; i++)
    g_string_append_c (w->out, '=');
  g_string_append_c (w->out, '\n');

  if (*charter_document_get (doc, CHARTER_FIELD_PURPOSE) != '\0')
    {
      g_string_append_c (w->out, '\n');
      put_wrapped (w, "    ", "    ", charter_document_get (doc, CHARTER_FIELD_PURPOSE));
    }

  if (!any_field (doc, CHARTER_FIELD_OVERVIEW, CHARTER_FIELD_WEBSITE))
    return;

  put_heading (w, CHARTER_LABEL_ABOUT, '-');
  put_paragraph (w, charter_document_get (doc, CHARTER_FIELD_OVERVIEW));
  put_labelled (w, CHARTER_LABEL_ADDRESS, charter_document_get (doc, CHARTER_FIELD_ADDRESS));
  put_labelled (w, CHARTER_LABEL_PHONE, charter_document_get (doc, CHARTER_FIELD_PHONE));
  put_labelled (w, CHARTER_LABEL_EMAIL, charter_document_get (doc, CHARTER_FIELD_EMAIL));
  put_labelled (w, CHARTER_LABEL_WEBSITE, charter_document_get (doc, CHARTER_FIELD_WEBSITE));
}

static void
put_purpose (TextWriter      *w,
             CharterDocument *doc)
{
  if (!any_field (doc, CHARTER_FIELD_STORY, CHARTER_FIELD_COMMITMENT))
    return;

  put_heading (w, CHARTER_LABEL_PURPOSE, '-');
  put_paragraph (w, charter_document_get (doc, CHARTER_FIELD_STORY));
  put_paragraph (w, charter_document_get (doc, CHARTER_FIELD_COMMITMENT));
}

static void
put_scope (TextWriter      *w,
           CharterDocument *doc)
{
  guint n = charter_document_get_n_items (doc, CHARTER_LIST_CHANNELS);

  if (!any_field (doc, CHARTER_FIELD_SCOPE_COVERS, CHARTER_FIELD_SCOPE_EXCLUDES) && n == 0)
    return;

  put_heading (w, CHARTER_LABEL_SCOPE, '-');
  put_labelled (w, CHARTER_LABEL_COVERS, charter_document_get (doc, CHARTER_FIELD_SCOPE_COVERS));
  put_labelled (w, CHARTER_LABEL_EXCLUDES, charter_document_get (doc, CHARTER_FIELD_SCOPE_EXCLUDES));

  if (n == 0)
    return;

  g_string_append_c (w->out, '\n');
  g_string_append (w->out, charter_label (w->lang, CHARTER_LABEL_CHANNELS));
  g_string_append (w->out, ":\n");
  for (guint i = 0; i < n; i++)
    {
      CharterItem *c = charter_document_get_item (doc, CHARTER_LIST_CHANNELS, i);
      g_autofree char *line = NULL;
      const char *details = charter_item_get (c, CHARTER_CHANNEL_DETAILS);

      line = g_strdup_printf ("%s%s%s", charter_item_get (c, CHARTER_CHANNEL_NAME),
                              *details ? ": " : "", details);
      put_wrapped (w, "  * ", "    ", line);
      if (*charter_item_get (c, CHARTER_CHANNEL_HOURS))
        {
          g_autofree char *hours = g_strdup_printf ("%s: %s", charter_label (w->lang, CHARTER_LABEL_HOURS),
                                                    charter_item_get (c, CHARTER_CHANNEL_HOURS));
          put_wrapped (w, "    ", "    ", hours);
        }
      if (*charter_item_get (c, CHARTER_CHANNEL_ACCESSIBILITY))
        {
          g_autofree char *access = g_strdup_printf ("%s: %s", charter_label (w->lang, CHARTER_LABEL_ACCESSIBILITY),
                                                     charter_item_get (c, CHARTER_CHANNEL_ACCESSIBILITY));
          put_wrapped (w, "    ", "    ", access);
        }
    }
}

static void
put_standard (TextWriter  *w,
              CharterItem *s,
              guint        number)
{
  g_autofree char *lead = g_strdup_printf ("%2u. ", number);
  GString *target = g_string_new (NULL);
  const char *share = charter_item_get (s, CHARTER_STANDARD_SHARE);
  const char *basis = charter_item_get (s, CHARTER_STANDARD_TIME_BASIS);

  put_wrapped (w, lead, "    ", charter_item_get (s, CHARTER_STANDARD_TEXT));

  if (*charter_item_get (s, CHARTER_STANDARD_TARGET))
    {
      g_string_append_printf (target, "%s %s", charter_item_get (s, CHARTER_STANDARD_TARGET),
                              charter_item_get (s, CHARTER_STANDARD_UNIT));
      if (*basis)
        g_string_append_printf (target, " (%s)",
                                charter_label (w->lang, strcmp (basis, "working") == 0 ?
                                               CHARTER_LABEL_WORKING_TIME : CHARTER_LABEL_CALENDAR_TIME));
      if (*share)
        {
          g_autofree char *cases = charter_label_printf (w->lang, CHARTER_LABEL_OF_CASES, share);

          g_string_append_c (target, ' ');
          g_string_append (target, cases);
        }
      {
        g_autofree char *line = g_strdup_printf ("%s: %s", charter_label (w->lang, CHARTER_LABEL_TARGET),
                                                 g_strstrip (target->str));
        put_wrapped (w, "    ", "      ", line);
      }
    }
  g_string_free (target, TRUE);

  if (*charter_item_get (s, CHARTER_STANDARD_CLOCK_START))
    {
      g_autofree char *line = g_strdup_printf ("%s: %s", charter_label (w->lang, CHARTER_LABEL_CLOCK_STARTS),
                                               charter_item_get (s, CHARTER_STANDARD_CLOCK_START));
      put_wrapped (w, "    ", "      ", line);
    }
  if (*charter_item_get (s, CHARTER_STANDARD_OWNER) || *charter_item_get (s, CHARTER_STANDARD_REPORTING))
    {
      g_autofree char *line = g_strdup_printf ("%s: %s · %s: %s",
                                               charter_label (w->lang, CHARTER_LABEL_OWNER),
                                               charter_item_get (s, CHARTER_STANDARD_OWNER),
                                               charter_label (w->lang, CHARTER_LABEL_REPORTED),
                                               charter_item_get (s, CHARTER_STANDARD_REPORTING));
      put_wrapped (w, "    ", "      ", line);
    }
}

static void
put_standards (TextWriter      *w,
               CharterDocument *doc)
{
  /* NULL-terminated for g_strv_contains(). */
  static const char * const pillars[] = { "happen", "easy", "better", NULL };
  guint n = charter_document_get_n_items (doc, CHARTER_LIST_STANDARDS);
  guint number = 0;

  if (n == 0)
    return;

  put_heading (w, CHARTER_LABEL_STANDARDS, '-');

  /* Grouped by pillar; standards without one print with the first. */
  for (guint p = 0; pillars[p] != NULL; p++)
    {
      gboolean titled = FALSE;

      for (guint i = 0; i < n; i++)
        {
          CharterItem *s = charter_document_get_item (doc, CHARTER_LIST_STANDARDS, i);
          const char *pillar = charter_item_get (s, CHARTER_STANDARD_PILLAR);

          if (!(g_strcmp0 (pillar, pillars[p]) == 0 ||
                (p == 0 && !g_strv_contains (pillars, pillar))))
            continue;

          if (!titled)
            {
              g_string_append (w->out, charter_label (w->lang, charter_label_for_pillar (pillars[p])));
              g_string_append (w->out, "\n\n");
              titled = TRUE;
            }
          put_standard (w, s, ++number);
          g_string_append_c (w->out, '\n');
        }
    }
}

static void
put_implementation (TextWriter      *w,
                    CharterDocument *doc)
{
  static const struct { CharterField field; CharterLabel label; } rows[] = {
    { CHARTER_FIELD_INDUCTION, CHARTER_LABEL_INDUCTION },
    { CHARTER_FIELD_SUPERVISION, CHARTER_LABEL_SUPERVISION },
    { CHARTER_FIELD_COMMUNICATION, CHARTER_LABEL_COMMUNICATION },
    { CHARTER_FIELD_QUALITY, CHARTER_LABEL_QUALITY },
    { CHARTER_FIELD_TRAINING, CHARTER_LABEL_TRAINING },
    { CHARTER_FIELD_CHARTER_OWNER, CHARTER_LABEL_CHARTER_OWNER },
  };

  if (!any_field (doc, CHARTER_FIELD_INDUCTION, CHARTER_FIELD_CHARTER_OWNER))
    return;

  put_heading (w, CHARTER_LABEL_IMPLEMENTATION, '-');
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    put_labelled (w, rows[i].label, charter_document_get (doc, rows[i].field));
}

static void
put_feedback (TextWriter      *w,
              CharterDocument *doc)
{
  guint n = charter_document_get_n_items (doc, CHARTER_LIST_STAGES);

  if (!any_field (doc, CHARTER_FIELD_FEEDBACK, CHARTER_FIELD_REMEDIES) && n == 0)
    return;

  put_heading (w, CHARTER_LABEL_FEEDBACK, '-');
  put_labelled (w, CHARTER_LABEL_TELL_US, charter_document_get (doc, CHARTER_FIELD_FEEDBACK));
  put_labelled (w, CHARTER_LABEL_EXCEEDED, charter_document_get (doc, CHARTER_FIELD_EXCEEDED));
  put_labelled (w, CHARTER_LABEL_MISSED, charter_document_get (doc, CHARTER_FIELD_MISSED));

  if (n > 0)
    {
      g_string_append_c (w->out, '\n');
      g_string_append (w->out, charter_label (w->lang, CHARTER_LABEL_COMPLAINTS));
      g_string_append (w->out, ":\n");
    }
  for (guint i = 0; i < n; i++)
    {
      CharterItem *stage = charter_document_get_item (doc, CHARTER_LIST_STAGES, i);
      g_autofree char *number = charter_label_printf (w->lang, CHARTER_LABEL_STAGE, i + 1);
      g_autofree char *lead = g_strdup_printf ("  %s: ", number);

      put_wrapped (w, lead, "    ", charter_item_get (stage, CHARTER_STAGE_NAME));
      if (*charter_item_get (stage, CHARTER_STAGE_HANDLER))
        {
          g_autofree char *line = g_strdup_printf ("%s: %s", charter_label (w->lang, CHARTER_LABEL_HANDLED_BY),
                                                   charter_item_get (stage, CHARTER_STAGE_HANDLER));
          put_wrapped (w, "    ", "      ", line);
        }
      if (*charter_item_get (stage, CHARTER_STAGE_ACKNOWLEDGE))
        {
          g_autofree char *line = g_strdup_printf ("%s: %s", charter_label (w->lang, CHARTER_LABEL_ACKNOWLEDGE),
                                                   charter_item_get (stage, CHARTER_STAGE_ACKNOWLEDGE));
          put_wrapped (w, "    ", "      ", line);
        }
      if (*charter_item_get (stage, CHARTER_STAGE_RESOLVE))
        {
          g_autofree char *line = g_strdup_printf ("%s: %s", charter_label (w->lang, CHARTER_LABEL_RESOLVE),
                                                   charter_item_get (stage, CHARTER_STAGE_RESOLVE));
          put_wrapped (w, "    ", "      ", line);
        }
    }

  if (any_field (doc, CHARTER_FIELD_COMPLAINT_POST, CHARTER_FIELD_COMPLAINT_EMAIL))
    {
      g_string_append_c (w->out, '\n');
      g_string_append (w->out, charter_label (w->lang, CHARTER_LABEL_CONTACT_US));
      g_string_append (w->out, ":\n");
      put_labelled (w, CHARTER_LABEL_POST, charter_document_get (doc, CHARTER_FIELD_COMPLAINT_POST));
      put_labelled (w, CHARTER_LABEL_PHONE, charter_document_get (doc, CHARTER_FIELD_COMPLAINT_PHONE));
      put_labelled (w, CHARTER_LABEL_EMAIL, charter_document_get (doc, CHARTER_FIELD_COMPLAINT_EMAIL));
    }
  g_string_append_c (w->out, '\n');
  put_labelled (w, CHARTER_LABEL_ESCALATION, charter_document_get (doc, CHARTER_FIELD_ESCALATION));
  put_labelled (w, CHARTER_LABEL_REMEDIES, charter_document_get (doc, CHARTER_FIELD_REMEDIES));
}

static void
put_review (TextWriter      *w,
            CharterDocument *doc)
{
  guint n_changes = charter_document_get_n_items (doc, CHARTER_LIST_CHANGES);

  if (any_field (doc, CHARTER_FIELD_VERSION, CHARTER_FIELD_APPROVAL_DATE) || n_changes > 0)
    {
      put_heading (w, CHARTER_LABEL_REVIEW, '-');
      put_labelled (w, CHARTER_LABEL_VERSION, charter_document_get (doc, CHARTER_FIELD_VERSION));
      put_labelled (w, CHARTER_LABEL_EFFECTIVE, charter_document_get (doc, CHARTER_FIELD_EFFECTIVE_DATE));
      put_labelled (w, CHARTER_LABEL_NEXT_REVIEW, charter_document_get (doc, CHARTER_FIELD_REVIEW_DATE));

      if (any_field (doc, CHARTER_FIELD_APPROVER_NAME, CHARTER_FIELD_APPROVAL_DATE))
        {
          GString *approver = g_string_new (charter_document_get (doc, CHARTER_FIELD_APPROVER_NAME));

          if (*charter_document_get (doc, CHARTER_FIELD_APPROVER_ROLE))
            g_string_append_printf (approver, ", %s", charter_document_get (doc, CHARTER_FIELD_APPROVER_ROLE));
          if (*charter_document_get (doc, CHARTER_FIELD_APPROVAL_DATE))
            g_string_append_printf (approver, " (%s)", charter_document_get (doc, CHARTER_FIELD_APPROVAL_DATE));
          put_labelled (w, CHARTER_LABEL_APPROVED_BY, approver->str);
          g_string_free (approver, TRUE);
        }

      if (n_changes > 0)
        {
          g_string_append_c (w->out, '\n');
          g_string_append (w->out, charter_label (w->lang, CHARTER_LABEL_CHANGES));
          g_string_append (w->out, ":\n");
        }
      for (guint i = 0; i < n_changes; i++)
        {
          CharterItem *c = charter_document_get_item (doc, CHARTER_LIST_CHANGES, i);
          g_autofree char *lead = g_strdup_printf ("  * %s %s: ", charter_item_get (c, CHARTER_CHANGE_VERSION),
                                                   charter_item_get (c, CHARTER_CHANGE_DATE));
          put_wrapped (w, lead, "    ", charter_item_get (c, CHARTER_CHANGE_TEXT));
        }
    }

  put_text_list (w, doc, CHARTER_LIST_PUBLISHED, CHARTER_LABEL_PUBLISHED);
  put_text_list (w, doc, CHARTER_LIST_FORMATS, CHARTER_LABEL_FORMATS);
}

char *
charter_text_export (CharterDocument *document,
                     guint            width)
{
  TextWriter w;

  g_return_val_if_fail (CHARTER_IS_DOCUMENT (document), NULL);

  w.out = g_string_new (NULL);
  w.lang = charter_document_get_language (document);
  w.width = width;

  put_about (&w, document);
  put_purpose (&w, document);
  put_scope (&w, document);
  put_standards (&w, document);
  put_text_list (&w, document, CHARTER_LIST_RIGHTS, CHARTER_LABEL_RIGHTS);
  put_text_list (&w, document, CHARTER_LIST_RESPONSIBILITIES, CHARTER_LABEL_RESPONSIBILITIES);
  put_implementation (&w, document);
  put_feedback (&w, document);
  put_review (&w, document);

  return g_string_free (w.out, FALSE);
}
