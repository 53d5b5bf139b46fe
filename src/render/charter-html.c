/* charter-html.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "charter-html.h"
#include "charter-labels.h"

typedef struct {
  GString         *out;
  CharterDocument *doc;
  const char      *lang;
  guint            n_sections;
} HtmlWriter;

static const char stylesheet[] =
  ":root{--ink:#1c1f24;--muted:#5f6873;--rule:#d3d7dc}\n"
  "*{box-sizing:border-box}\n"
  "body{margin:0;font:16px/1.55 \"Noto Sans\",\"DejaVu Sans\",system-ui,sans-serif;color:var(--ink);background:#fff}\n"
  ".page{max-width:46rem;margin:0 auto;padding:2.5rem 1.5rem 3rem;border-top:.35rem solid var(--brand)}\n"
  "header .kicker{margin:0;color:var(--brand);font-size:.8rem;font-weight:700;letter-spacing:.12em;text-transform:uppercase}\n"
  "header img{float:right;max-width:10rem;max-height:5rem;margin:0 0 1rem 1.5rem}\n"
  "h1{margin:.2rem 0 1.5rem;font-size:2.2rem;line-height:1.15}\n"
  ".purpose{clear:both;margin:0 0 2rem;padding:.3rem 0 .3rem 1.2rem;border-left:.3rem solid var(--brand);"
  "font:italic 1.6rem/1.3 \"Noto Serif\",\"DejaVu Serif\",Georgia,serif;color:var(--brand)}\n"
  "h2{margin:2.2rem 0 .8rem;padding-bottom:.35rem;border-bottom:1px solid var(--rule);color:var(--brand);font-size:1.4rem}\n"
  "h3{margin:1.4rem 0 .5rem;font-size:1.05rem}\n"
  "p{margin:.5rem 0}\n"
  "dl{display:grid;grid-template-columns:minmax(8rem,30%) 1fr;gap:.45rem 1rem;margin:.6rem 0}\n"
  "dt{color:var(--muted);font-weight:700;font-size:.9rem}dd{margin:0}\n"
  "ul{padding-left:1.3rem}li{margin:.3rem 0}li::marker{color:var(--brand)}\n"
  "table{width:100%;border-collapse:collapse;margin:.8rem 0;font-size:.95rem}\n"
  "thead th{background:color-mix(in srgb,var(--brand) 10%,#fff);border-bottom:2px solid var(--brand);color:var(--brand);"
  "font-size:.75rem;letter-spacing:.08em;text-transform:uppercase;text-align:start;padding:.5rem}\n"
  "tbody th{text-align:start;color:var(--brand);padding:1rem .5rem .2rem}\n"
  "td{vertical-align:top;padding:.55rem .5rem;border-bottom:1px solid var(--rule)}\n"
  ".note{display:block;color:var(--muted);font-size:.85rem}\n"
  "ol.stages{list-style:none;padding:0;counter-reset:stage}\n"
  "ol.stages li{position:relative;padding-left:2.6rem;margin:1rem 0;counter-increment:stage}\n"
  "ol.stages li::before{content:counter(stage);position:absolute;left:0;top:0;width:1.8rem;height:1.8rem;border-radius:50%;"
  "background:var(--brand);color:#fff;font-weight:700;text-align:center;line-height:1.8rem}\n"
  "footer{margin-top:3rem;padding-top:.6rem;border-top:1px solid var(--rule);color:var(--muted);font-size:.85rem}\n"
  "@media print{@page{size:A4;margin:18mm 18mm 20mm}body{font-size:10.5pt}.page{max-width:none;padding:0;border:0}"
  "h2,h3{break-after:avoid}tr,li,dl{break-inside:avoid}thead{display:table-header-group}a{color:inherit;text-decoration:none}}\n";

static void
put_escaped (HtmlWriter *w,
             const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  g_string_append (w->out, escaped);
}

/* Appends text where each line break in the charter stays a line break. */
static void
put_lines (HtmlWriter *w,
           const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (w->out, "<br>");
      put_escaped (w, lines[i]);
    }
}

static void
put_element (HtmlWriter *w,
             const char *tag,
             const char *text)
{
  if (*text == '\0')
    return;
  g_string_append_printf (w->out, "<%s>", tag);
  put_lines (w, text);
  g_string_append_printf (w->out, "</%s>\n", tag);
}

static const char *
field (HtmlWriter   *w,
       CharterField  f)
{
  return charter_document_get (w->doc, f);
}

static gboolean
any_field (HtmlWriter   *w,
           CharterField  first,
           CharterField  last)
{
  for (CharterField f = first; f <= last; f++)
    if (*field (w, f) != '\0')
      return TRUE;
  return FALSE;
}

static void
section_open (HtmlWriter   *w,
              CharterLabel  label)
{
  w->n_sections++;
  g_string_append_printf (w->out, "<section aria-labelledby=\"s%u\">\n<h2 id=\"s%u\">", w->n_sections, w->n_sections);
  put_escaped (w, charter_label (w->lang, label));
  g_string_append (w->out, "</h2>\n");
}

static void
section_close (HtmlWriter *w)
{
  g_string_append (w->out, "</section>\n");
}

static void
put_h3 (HtmlWriter   *w,
        CharterLabel  label)
{
  g_string_append (w->out, "<h3>");
  put_escaped (w, charter_label (w->lang, label));
  g_string_append (w->out, "</h3>\n");
}

/* A definition list of label/value rows, leaving out empty values. */
static void
put_facts (HtmlWriter          *w,
           const CharterLabel  *labels,
           const char * const  *values,
           guint                n)
{
  gboolean open = FALSE;

  for (guint i = 0; i < n; i++)
    {
      if (*values[i] == '\0')
        continue;
      if (!open)
        g_string_append (w->out, "<dl>\n");
      open = TRUE;
      g_string_append (w->out, "<dt>");
      put_escaped (w, charter_label (w->lang, labels[i]));
      g_string_append (w->out, "</dt><dd>");
      put_lines (w, values[i]);
      g_string_append (w->out, "</dd>\n");
    }
  if (open)
    g_string_append (w->out, "</dl>\n");
}

static void
put_text_list (HtmlWriter      *w,
               CharterListKind  kind)
{
  guint n = charter_document_get_n_items (w->doc, kind);

  g_string_append (w->out, "<ul>\n");
  for (guint i = 0; i < n; i++)
    put_element (w, "li", charter_item_get (charter_document_get_item (w->doc, kind, i), CHARTER_TEXT_TEXT));
  g_string_append (w->out, "</ul>\n");
}

static void
put_header (HtmlWriter *w)
{
  const char *mime = NULL;
  GBytes *logo = charter_document_get_logo (w->doc, &mime);

  g_string_append (w->out, "<header>\n");
  if (logo != NULL && mime != NULL &&
      (g_str_equal (mime, "image/png") || g_str_equal (mime, "image/jpeg") || g_str_equal (mime, "image/svg+xml")))
    {
      gsize size;
      const guchar *data = g_bytes_get_data (logo, &size);
      g_autofree char *base64 = g_base64_encode (data, size);

      /* An <img> never runs scripts, even from an SVG. */
      g_string_append_printf (w->out, "<img src=\"data:%s;base64,%s\" alt=\"", mime, base64);
      put_escaped (w, field (w, CHARTER_FIELD_NAME));
      g_string_append (w->out, "\">\n");
    }
  g_string_append (w->out, "<p class=\"kicker\">");
  put_escaped (w, charter_label (w->lang, CHARTER_LABEL_CUSTOMER_CHARTER));
  g_string_append (w->out, "</p>\n");
  put_element (w, "h1", field (w, CHARTER_FIELD_NAME));
  if (*field (w, CHARTER_FIELD_PURPOSE) != '\0')
    {
      g_string_append (w->out, "<p class=\"purpose\">");
      put_lines (w, field (w, CHARTER_FIELD_PURPOSE));
      g_string_append (w->out, "</p>\n");
    }
  g_string_append (w->out, "</header>\n");
}

static void
put_about (HtmlWriter *w)
{
  static const CharterLabel labels[] = { CHARTER_LABEL_ADDRESS, CHARTER_LABEL_PHONE, CHARTER_LABEL_EMAIL, CHARTER_LABEL_WEBSITE };
  const char *values[] = { field (w, CHARTER_FIELD_ADDRESS), field (w, CHARTER_FIELD_PHONE),
                           field (w, CHARTER_FIELD_EMAIL), field (w, CHARTER_FIELD_WEBSITE) };

  if (!any_field (w, CHARTER_FIELD_OVERVIEW, CHARTER_FIELD_WEBSITE))
    return;

  section_open (w, CHARTER_LABEL_ABOUT);
  put_element (w, "p", field (w, CHARTER_FIELD_OVERVIEW));
  put_facts (w, labels, values, G_N_ELEMENTS (labels));
  section_close (w);
}

static void
put_purpose (HtmlWriter *w)
{
  if (*field (w, CHARTER_FIELD_STORY) != '\0')
    {
      section_open (w, CHARTER_LABEL_OUR_STORY);
      put_element (w, "p", field (w, CHARTER_FIELD_STORY));
      section_close (w);
    }
  if (*field (w, CHARTER_FIELD_COMMITMENT) != '\0')
    {
      section_open (w, CHARTER_LABEL_COMMITMENT);
      put_element (w, "p", field (w, CHARTER_FIELD_COMMITMENT));
      section_close (w);
    }
}

static void
put_scope (HtmlWriter *w)
{
  static const CharterLabel labels[] = { CHARTER_LABEL_COVERS, CHARTER_LABEL_EXCLUDES };
  const char *values[] = { field (w, CHARTER_FIELD_SCOPE_COVERS), field (w, CHARTER_FIELD_SCOPE_EXCLUDES) };
  guint n = charter_document_get_n_items (w->doc, CHARTER_LIST_CHANNELS);

  if (!any_field (w, CHARTER_FIELD_SCOPE_COVERS, CHARTER_FIELD_SCOPE_EXCLUDES) && n == 0)
    return;

  section_open (w, CHARTER_LABEL_SCOPE);
  put_facts (w, labels, values, G_N_ELEMENTS (labels));
  if (n > 0)
    {
      put_h3 (w, CHARTER_LABEL_CHANNELS);
      g_string_append (w->out, "<ul>\n");
      for (guint i = 0; i < n; i++)
        {
          CharterItem *c = charter_document_get_item (w->doc, CHARTER_LIST_CHANNELS, i);
          const char *details = charter_item_get (c, CHARTER_CHANNEL_DETAILS);
          static const struct { guint field; CharterLabel label; } notes[] = {
            { CHARTER_CHANNEL_HOURS, CHARTER_LABEL_HOURS },
            { CHARTER_CHANNEL_ACCESSIBILITY, CHARTER_LABEL_ACCESSIBILITY },
          };

          g_string_append (w->out, "<li><strong>");
          put_escaped (w, charter_item_get (c, CHARTER_CHANNEL_NAME));
          g_string_append (w->out, "</strong>");
          if (*details != '\0')
            {
              g_string_append (w->out, " ");
              put_lines (w, details);
            }
          for (guint j = 0; j < G_N_ELEMENTS (notes); j++)
            {
              const char *value = charter_item_get (c, notes[j].field);

              if (*value == '\0')
                continue;
              g_string_append (w->out, "<span class=\"note\">");
              put_escaped (w, charter_label (w->lang, notes[j].label));
              g_string_append (w->out, ": ");
              put_lines (w, value);
              g_string_append (w->out, "</span>");
            }
          g_string_append (w->out, "</li>\n");
        }
      g_string_append (w->out, "</ul>\n");
    }
  section_close (w);
}

static void
put_note (HtmlWriter   *w,
          CharterLabel  label,
          const char   *value)
{
  if (*value == '\0')
    return;
  g_string_append (w->out, "<span class=\"note\">");
  put_escaped (w, charter_label (w->lang, label));
  g_string_append (w->out, ": ");
  put_escaped (w, value);
  g_string_append (w->out, "</span>");
}

static void
put_standard (HtmlWriter  *w,
              CharterItem *s)
{
  const char *target = charter_item_get (s, CHARTER_STANDARD_TARGET);
  const char *share = charter_item_get (s, CHARTER_STANDARD_SHARE);
  const char *basis = charter_item_get (s, CHARTER_STANDARD_TIME_BASIS);
  const char *channel = charter_item_get (s, CHARTER_STANDARD_CHANNEL);

  g_string_append (w->out, "<tr><td>");
  put_lines (w, charter_item_get (s, CHARTER_STANDARD_TEXT));
  if (*channel != '\0')
    {
      g_string_append (w->out, "<span class=\"note\">");
      put_escaped (w, channel);
      g_string_append (w->out, "</span>");
    }
  g_string_append (w->out, "</td><td>");
  if (*target != '\0')
    {
      g_string_append (w->out, "<strong>");
      put_escaped (w, target);
      g_string_append (w->out, " ");
      put_escaped (w, charter_item_get (s, CHARTER_STANDARD_UNIT));
      g_string_append (w->out, "</strong>");
    }
  if (*share != '\0' || *basis != '\0')
    {
      g_autofree char *cases = *share ? charter_label_printf (w->lang, CHARTER_LABEL_OF_CASES, share) : g_strdup ("");
      const char *time = !*basis ? "" :
        charter_label (w->lang, g_str_equal (basis, "working") ? CHARTER_LABEL_WORKING_TIME : CHARTER_LABEL_CALENDAR_TIME);

      g_string_append (w->out, "<span class=\"note\">");
      put_escaped (w, cases);
      if (*cases && *time)
        g_string_append (w->out, ", ");
      put_escaped (w, time);
      g_string_append (w->out, "</span>");
    }
  g_string_append (w->out, "</td><td>");
  put_escaped (w, charter_item_get (s, CHARTER_STANDARD_OWNER));
  put_note (w, CHARTER_LABEL_REPORTED, charter_item_get (s, CHARTER_STANDARD_REPORTING));
  put_note (w, CHARTER_LABEL_CLOCK_STARTS, charter_item_get (s, CHARTER_STANDARD_CLOCK_START));
  g_string_append (w->out, "</td></tr>\n");
}

static void
put_standards (HtmlWriter *w)
{
  static const char * const pillars[] = { "happen", "easy", "better", NULL };
  static const CharterLabel pillar_labels[] = { CHARTER_LABEL_PILLAR_HAPPEN, CHARTER_LABEL_PILLAR_EASY, CHARTER_LABEL_PILLAR_BETTER };
  guint n = charter_document_get_n_items (w->doc, CHARTER_LIST_STANDARDS);

  if (n == 0)
    return;

  section_open (w, CHARTER_LABEL_STANDARDS);
  g_string_append (w->out, "<table>\n<thead><tr>");
  g_string_append (w->out, "<th scope=\"col\">");
  put_escaped (w, charter_label (w->lang, CHARTER_LABEL_PROMISE));
  g_string_append (w->out, "</th><th scope=\"col\">");
  put_escaped (w, charter_label (w->lang, CHARTER_LABEL_TARGET));
  g_string_append (w->out, "</th><th scope=\"col\">");
  put_escaped (w, charter_label (w->lang, CHARTER_LABEL_WHO_WHEN));
  g_string_append (w->out, "</th></tr></thead>\n");

  for (guint p = 0; pillars[p] != NULL; p++)
    {
      gboolean titled = FALSE;

      for (guint i = 0; i < n; i++)
        {
          CharterItem *s = charter_document_get_item (w->doc, CHARTER_LIST_STANDARDS, i);
          const char *pillar = charter_item_get (s, CHARTER_STANDARD_PILLAR);

          if (!(g_strcmp0 (pillar, pillars[p]) == 0 || (p == 0 && !g_strv_contains (pillars, pillar))))
            continue;
          if (!titled)
            {
              g_string_append (w->out, "<tbody>\n<tr><th scope=\"rowgroup\" colspan=\"3\">");
              put_escaped (w, charter_label (w->lang, pillar_labels[p]));
              g_string_append (w->out, "</th></tr>\n");
              titled = TRUE;
            }
          put_standard (w, s);
        }
      if (titled)
        g_string_append (w->out, "</tbody>\n");
    }
  g_string_append (w->out, "</table>\n");
  section_close (w);
}

static void
put_list_section (HtmlWriter      *w,
                  CharterListKind  kind,
                  CharterLabel     label)
{
  if (charter_document_get_n_items (w->doc, kind) == 0)
    return;
  section_open (w, label);
  put_text_list (w, kind);
  section_close (w);
}

static void
put_implementation (HtmlWriter *w)
{
  static const CharterLabel labels[] = {
    CHARTER_LABEL_INDUCTION, CHARTER_LABEL_SUPERVISION, CHARTER_LABEL_COMMUNICATION,
    CHARTER_LABEL_QUALITY, CHARTER_LABEL_TRAINING, CHARTER_LABEL_CHARTER_OWNER,
  };
  const char *values[G_N_ELEMENTS (labels)];

  if (!any_field (w, CHARTER_FIELD_INDUCTION, CHARTER_FIELD_CHARTER_OWNER))
    return;

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    values[i] = field (w, CHARTER_FIELD_INDUCTION + i);
  section_open (w, CHARTER_LABEL_IMPLEMENTATION);
  put_facts (w, labels, values, G_N_ELEMENTS (labels));
  section_close (w);
}

static void
put_feedback (HtmlWriter *w)
{
  static const CharterLabel first_labels[] = { CHARTER_LABEL_TELL_US, CHARTER_LABEL_EXCEEDED, CHARTER_LABEL_MISSED };
  static const CharterLabel contact_labels[] = { CHARTER_LABEL_POST, CHARTER_LABEL_PHONE, CHARTER_LABEL_EMAIL };
  static const CharterLabel last_labels[] = { CHARTER_LABEL_ESCALATION, CHARTER_LABEL_REMEDIES };
  const char *first_values[] = { field (w, CHARTER_FIELD_FEEDBACK), field (w, CHARTER_FIELD_EXCEEDED), field (w, CHARTER_FIELD_MISSED) };
  const char *contact_values[] = { field (w, CHARTER_FIELD_COMPLAINT_POST), field (w, CHARTER_FIELD_COMPLAINT_PHONE),
                                   field (w, CHARTER_FIELD_COMPLAINT_EMAIL) };
  const char *last_values[] = { field (w, CHARTER_FIELD_ESCALATION), field (w, CHARTER_FIELD_REMEDIES) };
  guint n = charter_document_get_n_items (w->doc, CHARTER_LIST_STAGES);

  if (!any_field (w, CHARTER_FIELD_FEEDBACK, CHARTER_FIELD_REMEDIES) && n == 0)
    return;

  section_open (w, CHARTER_LABEL_FEEDBACK);
  put_facts (w, first_labels, first_values, G_N_ELEMENTS (first_labels));
  if (n > 0)
    {
      put_h3 (w, CHARTER_LABEL_COMPLAINTS);
      g_string_append (w->out, "<ol class=\"stages\">\n");
      for (guint i = 0; i < n; i++)
        {
          CharterItem *stage = charter_document_get_item (w->doc, CHARTER_LIST_STAGES, i);

          g_string_append (w->out, "<li><strong>");
          put_escaped (w, charter_item_get (stage, CHARTER_STAGE_NAME));
          g_string_append (w->out, "</strong>");
          put_note (w, CHARTER_LABEL_HANDLED_BY, charter_item_get (stage, CHARTER_STAGE_HANDLER));
          put_note (w, CHARTER_LABEL_ACKNOWLEDGE, charter_item_get (stage, CHARTER_STAGE_ACKNOWLEDGE));
          put_note (w, CHARTER_LABEL_RESOLVE, charter_item_get (stage, CHARTER_STAGE_RESOLVE));
          g_string_append (w->out, "</li>\n");
        }
      g_string_append (w->out, "</ol>\n");
    }
  if (any_field (w, CHARTER_FIELD_COMPLAINT_POST, CHARTER_FIELD_COMPLAINT_EMAIL))
    {
      put_h3 (w, CHARTER_LABEL_CONTACT_US);
      put_facts (w, contact_labels, contact_values, G_N_ELEMENTS (contact_labels));
    }
  put_facts (w, last_labels, last_values, G_N_ELEMENTS (last_labels));
  section_close (w);
}

static void
put_review (HtmlWriter *w)
{
  static const CharterLabel labels[] = { CHARTER_LABEL_VERSION, CHARTER_LABEL_EFFECTIVE, CHARTER_LABEL_NEXT_REVIEW, CHARTER_LABEL_APPROVED_BY };
  g_autoptr(GString) approver = g_string_new (field (w, CHARTER_FIELD_APPROVER_NAME));
  guint n_changes = charter_document_get_n_items (w->doc, CHARTER_LIST_CHANGES);
  guint n_published = charter_document_get_n_items (w->doc, CHARTER_LIST_PUBLISHED);
  guint n_formats = charter_document_get_n_items (w->doc, CHARTER_LIST_FORMATS);
  const char *values[4];

  if (!any_field (w, CHARTER_FIELD_VERSION, CHARTER_FIELD_APPROVAL_DATE) && n_changes + n_published + n_formats == 0)
    return;

  for (CharterField f = CHARTER_FIELD_APPROVER_ROLE; f <= CHARTER_FIELD_APPROVAL_DATE; f++)
    if (*field (w, f) != '\0')
      g_string_append_printf (approver, "%s%s", approver->len ? ", " : "", field (w, f));
  values[0] = field (w, CHARTER_FIELD_VERSION);
  values[1] = field (w, CHARTER_FIELD_EFFECTIVE_DATE);
  values[2] = field (w, CHARTER_FIELD_REVIEW_DATE);
  values[3] = approver->str;

  section_open (w, CHARTER_LABEL_REVIEW);
  put_facts (w, labels, values, G_N_ELEMENTS (labels));
  if (n_changes > 0)
    {
      put_h3 (w, CHARTER_LABEL_CHANGES);
      g_string_append (w->out, "<ul>\n");
      for (guint i = 0; i < n_changes; i++)
        {
          CharterItem *c = charter_document_get_item (w->doc, CHARTER_LIST_CHANGES, i);

          g_string_append (w->out, "<li><strong>");
          put_escaped (w, charter_item_get (c, CHARTER_CHANGE_VERSION));
          g_string_append (w->out, "</strong> <time>");
          put_escaped (w, charter_item_get (c, CHARTER_CHANGE_DATE));
          g_string_append (w->out, "</time> ");
          put_lines (w, charter_item_get (c, CHARTER_CHANGE_TEXT));
          g_string_append (w->out, "</li>\n");
        }
      g_string_append (w->out, "</ul>\n");
    }
  if (n_published > 0)
    {
      put_h3 (w, CHARTER_LABEL_PUBLISHED);
      put_text_list (w, CHARTER_LIST_PUBLISHED);
    }
  if (n_formats > 0)
    {
      put_h3 (w, CHARTER_LABEL_FORMATS);
      put_text_list (w, CHARTER_LIST_FORMATS);
    }
  section_close (w);
}

/* The brand colour goes into the stylesheet, so only a strict #rrggbb
 * is let through. */
static const char *
safe_colour (const char *colour)
{
  if (strlen (colour) != 7 || colour[0] != '#')
    return "#25507a";
  for (guint i = 1; i < 7; i++)
    if (!g_ascii_isxdigit (colour[i]))
      return "#25507a";
  return colour;
}

char *
charter_html_export (CharterDocument *document)
{
  HtmlWriter w = { 0 };
  const char *name;
  const char *lang;

  g_return_val_if_fail (CHARTER_IS_DOCUMENT (document), NULL);

  w.out = g_string_new (NULL);
  w.doc = document;
  w.lang = charter_document_get_language (document);
  lang = w.lang && *w.lang ? w.lang : "en";
  name = field (&w, CHARTER_FIELD_NAME);

  g_string_append (w.out, "<!DOCTYPE html>\n<html lang=\"");
  put_escaped (&w, lang);
  g_string_append (w.out, "\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                          "<meta name=\"generator\" content=\"Charter " PACKAGE_VERSION "\">\n<title>");
  put_escaped (&w, name);
  if (*name != '\0')
    g_string_append (w.out, " — ");
  put_escaped (&w, charter_label (w.lang, CHARTER_LABEL_CUSTOMER_CHARTER));
  g_string_append (w.out, "</title>\n<style>\n");
  g_string_append_printf (w.out, ":root{--brand:%s}\n", safe_colour (field (&w, CHARTER_FIELD_BRAND_COLOUR)));
  g_string_append (w.out, stylesheet);
  g_string_append (w.out, "</style>\n</head>\n<body>\n<div class=\"page\">\n");

  put_header (&w);
  g_string_append (w.out, "<main>\n");
  put_about (&w);
  put_purpose (&w);
  put_scope (&w);
  put_standards (&w);
  put_list_section (&w, CHARTER_LIST_RIGHTS, CHARTER_LABEL_RIGHTS);
  put_list_section (&w, CHARTER_LIST_RESPONSIBILITIES, CHARTER_LABEL_RESPONSIBILITIES);
  put_implementation (&w);
  put_feedback (&w);
  put_review (&w);
  g_string_append (w.out, "</main>\n");

  if (any_field (&w, CHARTER_FIELD_VERSION, CHARTER_FIELD_EFFECTIVE_DATE))
    {
      g_string_append (w.out, "<footer>\n<p>");
      if (*field (&w, CHARTER_FIELD_VERSION) != '\0')
        {
          put_escaped (&w, charter_label (w.lang, CHARTER_LABEL_VERSION));
          g_string_append (w.out, " ");
          put_escaped (&w, field (&w, CHARTER_FIELD_VERSION));
        }
      if (*field (&w, CHARTER_FIELD_EFFECTIVE_DATE) != '\0')
        {
          if (*field (&w, CHARTER_FIELD_VERSION) != '\0')
            g_string_append (w.out, " · ");
          put_escaped (&w, charter_label (w.lang, CHARTER_LABEL_EFFECTIVE));
          g_string_append (w.out, " <time>");
          put_escaped (&w, field (&w, CHARTER_FIELD_EFFECTIVE_DATE));
          g_string_append (w.out, "</time>");
        }
      g_string_append (w.out, "</p>\n</footer>\n");
    }
  g_string_append (w.out, "</div>\n</body>\n</html>\n");

  return g_string_free (w.out, FALSE);
}
