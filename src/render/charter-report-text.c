/* charter-report-text.c — the achievement report as HTML and plain text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "charter-achievement.h"
#include "charter-labels.h"
#include "charter-report.h"

#define TREND_POINTS 6

static void
append_escaped (GString    *out,
                const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  g_string_append (out, escaped);
}

static char *
score_text (const CharterTrendPoint *point,
            const char              *language)
{
  if (point->is_value)
    {
      char buffer[G_ASCII_DTOSTR_BUF_SIZE];
      return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%g", point->score));
    }
  return charter_format_percent (point->score, language);
}

/* A small bar chart as inline SVG, described in words for screen readers. */
static void
append_trend_svg (GString         *out,
                  CharterDocument *document,
                  CharterItem     *standard,
                  const char      *period)
{
  const char *language = charter_document_get_language (document);
  g_autoptr(GArray) points = charter_results_get_trend (charter_document_get_results (document),
                                                        standard, period, TREND_POINTS);
  GString *words = g_string_new (charter_report_label (language, CHARTER_REPORT_LABEL_TREND));
  double hi = 0;
  char x[G_ASCII_DTOSTR_BUF_SIZE], y[G_ASCII_DTOSTR_BUF_SIZE], h[G_ASCII_DTOSTR_BUF_SIZE];

  if (points->len == 0)
    {
      g_string_free (words, TRUE);
      return;
    }

  for (guint i = 0; i < points->len; i++)
    {
      CharterTrendPoint *point = &g_array_index (points, CharterTrendPoint, i);
      hi = MAX (hi, point->is_value ? point->score : 100.0);
    }
  if (hi <= 0)
    hi = 1;

  g_string_append (words, ":");
  for (guint i = 0; i < points->len; i++)
    {
      CharterTrendPoint *point = &g_array_index (points, CharterTrendPoint, i);
      g_autofree char *score = score_text (point, language);
      g_autofree char *when = charter_period_to_display (point->period, language);

      g_string_append_printf (words, "%s %s %s %s", i ? ";" : "", when, score,
                              charter_achievement_outcome_label (point->outcome, language));
    }

  g_string_append (out, "<svg class=\"trend\" width=\"96\" height=\"28\" viewBox=\"0 0 96 28\" role=\"img\" aria-label=\"");
  append_escaped (out, words->str);
  g_string_append (out, "\"><title>");
  append_escaped (out, words->str);
  g_string_append (out, "</title>");
  for (guint i = 0; i < points->len; i++)
    {
      CharterTrendPoint *point = &g_array_index (points, CharterTrendPoint, i);
      double bar = MAX (1.0, CLAMP (point->score, 0, hi) / hi * 26.0);
      guint slot = TREND_POINTS - points->len + i;

      g_ascii_formatd (x, sizeof x, "%.1f", slot * 16.0 + 2.0);
      g_ascii_formatd (y, sizeof y, "%.1f", 27.0 - bar);
      g_ascii_formatd (h, sizeof h, "%.1f", bar);
      g_string_append_printf (out, "<rect class=\"%s\" x=\"%s\" y=\"%s\" width=\"11\" height=\"%s\"/>",
                              point->outcome == CHARTER_OUTCOME_MET ? "met"
                              : point->outcome == CHARTER_OUTCOME_MISSED ? "missed" : "none",
                              x, y, h);
    }
  g_string_append (out, "</svg>");
  g_string_free (words, TRUE);
}

static const char *
outcome_class (CharterOutcome outcome)
{
  switch (outcome)
    {
    case CHARTER_OUTCOME_MET:
      return "met";
    case CHARTER_OUTCOME_MISSED:
      return "missed";
    case CHARTER_OUTCOME_NO_DATA:
    case CHARTER_OUTCOME_NO_CASES:
    case CHARTER_OUTCOME_NO_TARGET:
    default:
      return "none";
    }
}

static const char html_style[] =
  "body{font-family:\"Noto Sans\",\"DejaVu Sans\",sans-serif;color:#212126;margin:2rem auto;max-width:52rem;"
  "padding:0 1rem;line-height:1.45}"
  "h1{font-size:1.8rem;margin:.2rem 0}h2{color:var(--brand);font-size:1.2rem;margin-top:2rem}"
  "h3{font-size:1rem;margin:1rem 0 .2rem}.org{color:var(--brand);font-weight:bold;margin:0}"
  ".sub,.legend{color:#66666d}.legend{font-size:.8rem}.figure strong{font-size:1.8rem;color:var(--brand)}"
  "table{border-collapse:collapse;width:100%}th{text-align:left;color:#66666d;font-size:.85rem;"
  "border-bottom:2px solid #212126}td{border-bottom:1px solid #c7c7cc;padding:.4rem .3rem;vertical-align:top}"
  "tr.missed td{background:#fcecec}td.met{color:#1c6e2e;font-weight:bold}"
  "td.missed{color:#a61c2e;font-weight:bold}td.none{color:#66666d}"
  "svg rect.met{fill:var(--brand)}svg rect.missed{fill:#fff;stroke:#a61c2e}svg rect.none{fill:#c7c7cc}"
  "@media print{body{margin:0;max-width:none}tr{break-inside:avoid}}";

char *
charter_report_html (CharterDocument *document,
                     const char      *period)
{
  const char *language;
  const char *name;
  const char *brand;
  CharterAchievementSummary summary;
  g_autoptr(GArray) rows = NULL;
  g_autofree char *when = NULL;
  g_autofree char *summary_text = NULL;
  GString *out;
  gboolean any_notes = FALSE;

  g_return_val_if_fail (CHARTER_IS_DOCUMENT (document), NULL);

  language = charter_document_get_language (document);
  name = charter_document_get (document, CHARTER_FIELD_NAME);
  brand = charter_document_get (document, CHARTER_FIELD_BRAND_COLOUR);
  rows = charter_achievement_collect (document, period, &summary);
  when = charter_period_to_display (period, language);
  summary_text = charter_achievement_summary_text (document, period, &summary);

  /* The brand colour goes into CSS: only a plain #rrggbb is let through. */
  if (strlen (brand) != 7 || brand[0] != '#' || strspn (brand + 1, "0123456789abcdefABCDEF") != 6)
    brand = "#1f705c";

  out = g_string_new ("<!DOCTYPE html>\n<html lang=\"");
  append_escaped (out, language);
  g_string_append (out, "\">\n<head>\n<meta charset=\"utf-8\">\n"
                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
  append_escaped (out, charter_report_label (language, CHARTER_REPORT_LABEL_TITLE));
  g_string_append (out, " — ");
  append_escaped (out, when);
  if (*name != '\0')
    {
      g_string_append (out, " — ");
      append_escaped (out, name);
    }
  g_string_append_printf (out, "</title>\n<style>:root{--brand:%s}%s</style>\n</head>\n<body>\n<main>\n",
                          brand, html_style);

  if (*name != '\0')
    {
      g_string_append (out, "<p class=\"org\">");
      append_escaped (out, name);
      g_string_append (out, "</p>\n");
    }
  g_string_append (out, "<h1>");
  append_escaped (out, charter_report_label (language, CHARTER_REPORT_LABEL_TITLE));
  g_string_append (out, " — ");
  append_escaped (out, when);
  g_string_append (out, "</h1>\n<p class=\"sub\">");
  append_escaped (out, charter_label (language, CHARTER_LABEL_CUSTOMER_CHARTER));
  g_string_append (out, "</p>\n<h2>");
  append_escaped (out, charter_report_label (language, CHARTER_REPORT_LABEL_SUMMARY));
  g_string_append (out, "</h2>\n");

  if (summary.n_met + summary.n_missed > 0)
    {
      g_autofree char *percent = charter_format_percent (charter_achievement_percent_met (&summary), language);

      g_string_append_printf (out, "<p class=\"figure\"><strong>%u / %u</strong> ",
                              summary.n_met, summary.n_met + summary.n_missed);
      append_escaped (out, percent);
      g_string_append (out, "</p>\n");
    }
  g_string_append (out, "<p>");
  append_escaped (out, summary_text);
  g_string_append (out, "</p>\n<h2>");
  append_escaped (out, charter_label (language, CHARTER_LABEL_STANDARDS));
  g_string_append (out, "</h2>\n<table>\n<thead><tr>");
  for (CharterReportLabel l = CHARTER_REPORT_LABEL_STANDARD; l <= CHARTER_REPORT_LABEL_TREND; l++)
    {
      g_string_append (out, "<th scope=\"col\">");
      append_escaped (out, charter_report_label (language, l));
      g_string_append (out, "</th>");
    }
  g_string_append (out, "</tr></thead>\n<tbody>\n");

  for (guint i = 0; i < rows->len; i++)
    {
      CharterAchievementRow *row = &g_array_index (rows, CharterAchievementRow, i);
      g_autofree char *target = charter_achievement_describe_target (row->standard, language);
      g_autofree char *result = charter_achievement_describe_result (row, language);
      const char *klass = outcome_class (row->evaluation.outcome);

      g_string_append_printf (out, "<tr class=\"%s\"><td>", klass);
      append_escaped (out, charter_item_get (row->standard, CHARTER_STANDARD_TEXT));
      g_string_append (out, "</td><td>");
      append_escaped (out, target);
      g_string_append (out, "</td><td>");
      append_escaped (out, result);
      g_string_append_printf (out, "</td><td class=\"%s\">%s ", klass,
                              charter_achievement_mark (row->evaluation.outcome));
      append_escaped (out, charter_achievement_outcome_label (row->evaluation.outcome, language));
      g_string_append (out, "</td><td>");
      append_trend_svg (out, document, row->standard, period);
      g_string_append (out, "</td></tr>\n");
    }
  g_string_append (out, "</tbody>\n</table>\n<p class=\"legend\">");
  append_escaped (out, charter_report_label (language, CHARTER_REPORT_LABEL_LEGEND));
  g_string_append (out, "</p>\n");

  for (guint i = 0; i < rows->len; i++)
    {
      CharterAchievementRow *row = &g_array_index (rows, CharterAchievementRow, i);
      const CharterResult *result = row->result;
      gboolean has_note = result && result->note && *result->note;
      gboolean has_action = result && result->action && *result->action;

      if (row->evaluation.outcome != CHARTER_OUTCOME_MISSED && !has_note && !has_action)
        continue;

      if (!any_notes)
        {
          g_string_append (out, "<h2>");
          append_escaped (out, charter_report_label (language, CHARTER_REPORT_LABEL_NOTES));
          g_string_append (out, "</h2>\n");
          any_notes = TRUE;
        }
      g_string_append (out, "<section>\n<h3>");
      append_escaped (out, charter_item_get (row->standard, CHARTER_STANDARD_TEXT));
      g_string_append (out, "</h3>\n<p><strong>");
      append_escaped (out, charter_report_label (language, CHARTER_REPORT_LABEL_WHY));
      g_string_append (out, ":</strong> ");
      append_escaped (out, has_note ? result->note : charter_report_label (language, CHARTER_REPORT_LABEL_NO_NOTE));
      g_string_append (out, "</p>\n");
      if (has_action)
        {
          g_string_append (out, "<p><strong>");
          append_escaped (out, charter_report_label (language, CHARTER_REPORT_LABEL_ACTION));
          g_string_append (out, ":</strong> ");
          append_escaped (out, result->action);
          g_string_append (out, "</p>\n");
        }
      g_string_append (out, "</section>\n");
    }

  g_string_append (out, "</main>\n</body>\n</html>\n");
  return g_string_free (out, FALSE);
}

/* Pads or cuts @text to @width terminal columns (one per character,
 * which holds for the Latin, Greek and Cyrillic text charters use). */
static void
append_cell (GString    *out,
             const char *text,
             guint       width)
{
  glong len = g_utf8_strlen (text, -1);

  if ((guint)len > width)
    {
      const char *cut = g_utf8_offset_to_pointer (text, width - 1);

      g_string_append_len (out, text, cut - text);
      g_string_append (out, "…");
      return;
    }
  g_string_append (out, text);
  for (guint i = len; i < width; i++)
    g_string_append_c (out, ' ');
}

static char *
trend_text (CharterDocument *document,
            CharterItem     *standard,
            const char      *period)
{
  g_autoptr(GArray) points = charter_results_get_trend (charter_document_get_results (document),
                                                        standard, period, 4);
  const char *language = charter_document_get_language (document);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < points->len; i++)
    {
      g_autofree char *score = score_text (&g_array_index (points, CharterTrendPoint, i), language);

      if (i > 0)
        g_string_append (text, " → ");
      g_string_append (text, score);
    }
  return g_string_free (text, FALSE);
}

static void
append_row (GString    *out,
            const char *cells[5])
{
  static const guint widths[] = { 34, 26, 20, 14 };

  for (guint c = 0; c < G_N_ELEMENTS (widths); c++)
    {
      append_cell (out, cells[c], widths[c]);
      g_string_append (out, "  ");
    }
  g_string_append (out, cells[4]);
  /* No trailing blanks when the last cells are empty. */
  while (out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);
  g_string_append_c (out, '\n');
}

char *
charter_report_text (CharterDocument *document,
                     const char      *period)
{
  const char *language;
  CharterAchievementSummary summary;
  g_autoptr(GArray) rows = NULL;
  g_autofree char *when = NULL;
  g_autofree char *summary_text = NULL;
  const char *header[5];
  GString *out;

  g_return_val_if_fail (CHARTER_IS_DOCUMENT (document), NULL);

  language = charter_document_get_language (document);
  rows = charter_achievement_collect (document, period, &summary);
  when = charter_period_to_display (period, language);
  summary_text = charter_achievement_summary_text (document, period, &summary);

  out = g_string_new (NULL);
  g_string_append_printf (out, "%s — %s\n\n", charter_report_label (language, CHARTER_REPORT_LABEL_TITLE), when);

  header[0] = charter_report_label (language, CHARTER_REPORT_LABEL_STANDARD);
  header[1] = charter_report_label (language, CHARTER_REPORT_LABEL_TARGET);
  header[2] = charter_report_label (language, CHARTER_REPORT_LABEL_RESULT);
  header[3] = charter_report_label (language, CHARTER_REPORT_LABEL_OUTCOME);
  header[4] = charter_report_label (language, CHARTER_REPORT_LABEL_TREND);
  append_row (out, header);

  for (guint i = 0; i < rows->len; i++)
    {
      CharterAchievementRow *row = &g_array_index (rows, CharterAchievementRow, i);
      g_autofree char *name = g_strdup_printf ("%s %s", charter_item_get (row->standard, CHARTER_STANDARD_ID),
                                               charter_item_get (row->standard, CHARTER_STANDARD_TEXT));
      g_autofree char *target = charter_achievement_describe_target (row->standard, language);
      g_autofree char *result = charter_achievement_describe_result (row, language);
      g_autofree char *outcome = g_strdup_printf ("%s %s", charter_achievement_mark (row->evaluation.outcome),
                                                  charter_achievement_outcome_label (row->evaluation.outcome, language));
      g_autofree char *trend = trend_text (document, row->standard, period);
      const char *cells[5] = { name, target, result, outcome, trend };

      append_row (out, cells);
    }

  g_string_append_printf (out, "\n%s\n", summary_text);

  for (guint i = 0; i < rows->len; i++)
    {
      CharterAchievementRow *row = &g_array_index (rows, CharterAchievementRow, i);
      const CharterResult *result = row->result;

      if (result == NULL || row->evaluation.outcome != CHARTER_OUTCOME_MISSED)
        continue;
      g_string_append_printf (out, "\n%s %s\n  %s: %s\n",
                              charter_achievement_mark (row->evaluation.outcome),
                              charter_item_get (row->standard, CHARTER_STANDARD_TEXT),
                              charter_report_label (language, CHARTER_REPORT_LABEL_WHY),
                              result->note && *result->note ? result->note
                              : charter_report_label (language, CHARTER_REPORT_LABEL_NO_NOTE));
      if (result->action && *result->action)
        g_string_append_printf (out, "  %s: %s\n",
                                charter_report_label (language, CHARTER_REPORT_LABEL_ACTION), result->action);
    }

  return g_string_free (out, FALSE);
}
