/* charter-results-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "charter-achievement.h"
#include "charter-exporter.h"
#include "charter-results-import.h"
#include "charter-results-view.h"

#define TREND_POINTS 6
#define LABEL_HEIGHT 18

/* One standard's row and the editors inside it. */
typedef struct {
  char      *standard_id;
  GtkWidget *row;
  GtkWidget *total;
  GtkWidget *met;
  GtkWidget *value;
  GtkWidget *note;
  GtkWidget *action;
  GtkLabel  *outcome;
  GtkWidget *trend;
} StandardRow;

struct _CharterResultsView
{
  AdwBin           parent_instance;

  CharterDocument *document;
  char            *period;
  GPtrArray       *rows;        /* StandardRow */
  gboolean         updating;    /* writing widgets from the model */
  gboolean         editing;     /* writing the model from widgets */
  gboolean         stale;       /* changed while not shown: rebuild on map */
  guint            refresh_id;

  AdwComboRow     *period_row;
  AdwEntryRow     *new_period_row;
  GtkLabel        *summary_label;
  GtkDrawingArea  *chart;
  GtkListBox      *standards_list;
  GtkWidget       *standards_group;
  GtkWidget       *export_button;
};

G_DEFINE_FINAL_TYPE (CharterResultsView, charter_results_view, ADW_TYPE_BIN)

static void rebuild (CharterResultsView *self);

static void
standard_row_free (StandardRow *row)
{
  g_free (row->standard_id);
  g_free (row);
}

static const char *
language (CharterResultsView *self)
{
  return charter_document_get_language (self->document);
}

static CharterResults *
results (CharterResultsView *self)
{
  return charter_document_get_results (self->document);
}

static CharterItem *
find_standard (CharterResultsView *self,
               const char         *id)
{
  guint n = charter_document_get_n_items (self->document, CHARTER_LIST_STANDARDS);

  for (guint i = 0; i < n; i++)
    {
      CharterItem *item = charter_document_get_item (self->document, CHARTER_LIST_STANDARDS, i);
      if (g_str_equal (charter_item_get (item, CHARTER_STANDARD_ID), id))
        return item;
    }
  return NULL;
}

/* --- reading the editors into a result */

static const char *
entry_text (GtkWidget *entry)
{
  return gtk_editable_get_text (GTK_EDITABLE (entry));
}

static gboolean
parse_count (GtkWidget *entry,
             guint64   *count)
{
  const char *text = entry_text (entry);
  gboolean ok = *text == '\0' || g_ascii_string_to_unsigned (text, 10, 0, G_MAXUINT32, count, NULL);

  if (ok)
    gtk_widget_remove_css_class (entry, "error");
  else
    gtk_widget_add_css_class (entry, "error");
  return ok && *text != '\0';
}

static void
write_result (CharterResultsView *self,
              StandardRow        *row)
{
  g_autoptr(CharterResult) result = charter_result_new (row->standard_id);
  guint64 total = 0, met = 0;
  gboolean has_total = parse_count (row->total, &total);
  gboolean has_met = parse_count (row->met, &met);
  const char *value = entry_text (row->value);
  double number;

  if (self->period == NULL)
    return;

  if (has_total && has_met && met > total)
    {
      gtk_widget_add_css_class (row->met, "error");
      return;
    }
  if (*value && !charter_number_parse (value, &number))
    {
      gtk_widget_add_css_class (row->value, "error");
      return;
    }
  gtk_widget_remove_css_class (row->value, "error");

  result->has_counts = has_total && has_met;
  result->total = total;
  result->met = met;
  result->value = *value ? g_strdup (value) : NULL;
  result->note = *entry_text (row->note) ? g_strdup (entry_text (row->note)) : NULL;
  result->action = *entry_text (row->action) ? g_strdup (entry_text (row->action)) : NULL;

  self->editing = TRUE;
  if (!result->has_counts && result->value == NULL && result->note == NULL && result->action == NULL)
    charter_results_remove (results (self), self->period, row->standard_id);
  else
    charter_results_set (results (self), self->period, result);
  self->editing = FALSE;
}

static void
on_editor_changed (GtkEditable        *editable,
                   CharterResultsView *self)
{
  StandardRow *row = g_object_get_data (G_OBJECT (editable), "standard-row");

  if (!self->updating)
    write_result (self, row);
}

/* --- showing the model */

static void
set_entry (CharterResultsView *self,
           GtkWidget          *entry,
           const char         *text)
{
  if (g_strcmp0 (entry_text (entry), text ? text : "") == 0)
    return;
  self->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (entry), text ? text : "");
  self->updating = FALSE;
}

static void
show_row (CharterResultsView *self,
          StandardRow        *row)
{
  const CharterResult *result = self->period ? charter_results_lookup (results (self), self->period, row->standard_id) : NULL;
  CharterItem *standard = find_standard (self, row->standard_id);
  CharterAchievementRow achievement = { standard, result, { 0 } };
  g_autofree char *total = NULL;
  g_autofree char *met = NULL;
  g_autofree char *described = NULL;
  g_autofree char *outcome = NULL;

  if (standard == NULL)
    return;

  if (result != NULL && result->has_counts)
    {
      total = g_strdup_printf ("%" G_GUINT64_FORMAT, result->total);
      met = g_strdup_printf ("%" G_GUINT64_FORMAT, result->met);
    }
  /* Keep what is being typed: only rewrite editors that the model disagrees with. */
  if (!self->editing)
    {
      set_entry (self, row->total, total);
      set_entry (self, row->met, met);
      set_entry (self, row->value, result ? result->value : NULL);
      set_entry (self, row->note, result ? result->note : NULL);
      set_entry (self, row->action, result ? result->action : NULL);
    }

  charter_result_evaluate (result, standard, &achievement.evaluation);
  described = charter_achievement_describe_result (&achievement, language (self));
  /* The mark and the word, never colour alone. */
  outcome = g_strdup_printf ("%s %s", charter_achievement_mark (achievement.evaluation.outcome),
                             charter_achievement_outcome_label (achievement.evaluation.outcome, language (self)));
  gtk_label_set_label (row->outcome, outcome);
  gtk_widget_set_tooltip_text (GTK_WIDGET (row->outcome), described);
  gtk_widget_remove_css_class (GTK_WIDGET (row->outcome), "success");
  gtk_widget_remove_css_class (GTK_WIDGET (row->outcome), "error");
  if (achievement.evaluation.outcome == CHARTER_OUTCOME_MET)
    gtk_widget_add_css_class (GTK_WIDGET (row->outcome), "success");
  else if (achievement.evaluation.outcome == CHARTER_OUTCOME_MISSED)
    gtk_widget_add_css_class (GTK_WIDGET (row->outcome), "error");
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row->row), described);
  gtk_widget_queue_draw (row->trend);
}

static void
show_summary (CharterResultsView *self)
{
  CharterAchievementSummary summary = { 0 };
  g_autoptr(GArray) rows = NULL;
  g_autofree char *text = NULL;
  double percent;

  if (self->period == NULL)
    {
      gtk_label_set_label (self->summary_label, _("Add a period to start recording results."));
      return;
    }

  rows = charter_achievement_collect (self->document, self->period, &summary);
  percent = charter_achievement_percent_met (&summary);
  if (percent < 0)
    text = g_strdup (_("No standard can be judged yet: enter the cases or a measured value."));
  else
    {
      g_autofree char *share = charter_format_percent (percent, language (self));
      /* Translators: "4 of 6 standards met (66.7%); 1 not judged" */
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u judged standard met (%s)",
                                           "%u of %u judged standards met (%s)",
                                           summary.n_met + summary.n_missed),
                              summary.n_met, summary.n_met + summary.n_missed, share);
    }
  gtk_label_set_label (self->summary_label, text);
  gtk_widget_queue_draw (GTK_WIDGET (self->chart));
}

static void
show_values (CharterResultsView *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    show_row (self, g_ptr_array_index (self->rows, i));
  show_summary (self);
}

/* --- charts */

/* Bars of the share met per period for one standard (or, for the summary
 * chart, of standards met), with the target as a line: shape and a label,
 * so the trend reads without colour. */
static void
draw_bars (cairo_t    *cr,
           double      width,
           double      height,
           GArray     *points,
           double      goal,
           gboolean    percent_scale,
           const GdkRGBA *fg)
{
  double max = percent_scale ? 100 : goal * 1.5;
  double bar_w;

  for (guint i = 0; i < points->len; i++)
    max = MAX (max, g_array_index (points, CharterTrendPoint, i).score);
  if (points->len == 0 || max <= 0)
    return;

  bar_w = width / TREND_POINTS;
  for (guint i = 0; i < points->len; i++)
    {
      const CharterTrendPoint *p = &g_array_index (points, CharterTrendPoint, i);
      double h = MAX (1, p->score / max * (height - 2));
      double x = (TREND_POINTS - points->len + i) * bar_w;

      cairo_set_source_rgba (cr, fg->red, fg->green, fg->blue,
                             p->outcome == CHARTER_OUTCOME_MET ? 0.85 : 0.35);
      cairo_rectangle (cr, x + 1, height - h, bar_w - 2, h);
      cairo_fill (cr);
    }

  if (goal > 0)
    {
      double y = height - goal / max * (height - 2);
      cairo_set_source_rgba (cr, fg->red, fg->green, fg->blue, 0.9);
      cairo_set_line_width (cr, 1);
      cairo_set_dash (cr, (double[]) { 3, 2 }, 2, 0);
      cairo_move_to (cr, 0, y + 0.5);
      cairo_line_to (cr, width, y + 0.5);
      cairo_stroke (cr);
    }
}

static void
draw_trend (GtkDrawingArea *area,
            cairo_t        *cr,
            int             width,
            int             height,
            gpointer        data)
{
  CharterResultsView *self = data;
  StandardRow *row = g_object_get_data (G_OBJECT (area), "standard-row");
  CharterItem *standard = find_standard (self, row->standard_id);
  g_autoptr(GArray) points = NULL;
  CharterEvaluation evaluation;
  GdkRGBA fg;

  if (standard == NULL || self->period == NULL)
    return;
  points = charter_results_get_trend (results (self), standard, self->period, TREND_POINTS);
  charter_result_evaluate (charter_results_lookup (results (self), self->period, row->standard_id),
                           standard, &evaluation);
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (area)), &fg);
  draw_bars (cr, width, height, points, evaluation.goal, !evaluation.is_value, &fg);
}

static void
draw_summary_chart (GtkDrawingArea *area,
                    cairo_t        *cr,
                    int             width,
                    int             height,
                    gpointer        data)
{
  CharterResultsView *self = data;
  g_autoptr(GArray) points = g_array_new (FALSE, TRUE, sizeof (CharterTrendPoint));
  const char * const *periods;
  CharterPeriodKind kind;
  guint n = 0;
  GdkRGBA fg;

  if (self->period == NULL)
    return;

  /* The share of judged standards met, for the periods of the same kind
   * (months with months, quarters with quarters) up to the one shown. */
  if (!charter_period_parse (self->period, &kind, NULL, NULL))
    return;
  periods = charter_results_get_periods (results (self), &n);
  for (guint i = 0; i < n && charter_period_compare (periods[i], self->period) <= 0; i++)
    {
      CharterPeriodKind other;

      if (!charter_period_parse (periods[i], &other, NULL, NULL) || other != kind)
        continue;
      CharterAchievementSummary summary = { 0 };
      g_autoptr(GArray) rows = charter_achievement_collect (self->document, periods[i], &summary);
      double percent = charter_achievement_percent_met (&summary);
      CharterTrendPoint point = { periods[i], MAX (percent, 0), FALSE,
                                  percent >= 100 ? CHARTER_OUTCOME_MET : CHARTER_OUTCOME_MISSED };

      g_array_append_val (points, point);
      if (points->len > TREND_POINTS)
        g_array_remove_index (points, 0);
    }
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (area)), &fg);
  draw_bars (cr, width, height - LABEL_HEIGHT, points, 100, TRUE, &fg);

  /* Each bar named under it, so the chart reads without the tooltip. */
  for (guint i = 0; i < points->len; i++)
    {
      const CharterTrendPoint *p = &g_array_index (points, CharterTrendPoint, i);
      g_autofree char *name = charter_period_to_display (p->period, language (self));
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (area), name);
      double bar_w = (double)width / TREND_POINTS;
      int text_w, text_h;

      pango_layout_set_width (layout, (int)(bar_w * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
      pango_layout_get_pixel_size (layout, &text_w, &text_h);
      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.7);
      cairo_move_to (cr, (TREND_POINTS - points->len + i) * bar_w, height - text_h);
      pango_cairo_show_layout (cr, layout);
    }
}

/* --- rows */

static GtkWidget *
add_entry (CharterResultsView *self,
           StandardRow        *row,
           const char         *title)
{
  GtkWidget *entry = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry), title);
  gtk_editable_set_enable_undo (GTK_EDITABLE (entry), FALSE);
  g_object_set_data (G_OBJECT (entry), "standard-row", row);
  g_signal_connect (entry, "changed", G_CALLBACK (on_editor_changed), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row->row), entry);
  return entry;
}

static StandardRow *
add_row (CharterResultsView *self,
         CharterItem        *standard)
{
  StandardRow *row = g_new0 (StandardRow, 1);
  g_autofree char *target = charter_achievement_describe_target (standard, language (self));
  g_autofree char *target_text = NULL;
  GtkWidget *box, *target_label;

  row->standard_id = g_strdup (charter_item_get (standard, CHARTER_STANDARD_ID));
  row->row = adw_expander_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row->row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->row), charter_item_get (standard, CHARTER_STANDARD_TEXT));

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  row->trend = gtk_drawing_area_new ();
  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (row->trend), 60);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (row->trend), 24);
  gtk_widget_set_tooltip_text (row->trend, _("The last six periods; the dashed line is the target"));
  gtk_widget_add_css_class (row->trend, "dim-label");
  g_object_set_data (G_OBJECT (row->trend), "standard-row", row);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (row->trend), draw_trend, self, NULL);
  row->outcome = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_width_chars (row->outcome, 10);
  gtk_label_set_xalign (row->outcome, 1);
  gtk_box_append (GTK_BOX (box), row->trend);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (row->outcome));
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row->row), box);

  /* Translators: a standard's promise, "Target: 20 seconds, in 90% of cases" */
  target_text = g_strdup_printf (_("Target: %s"), target);
  target_label = gtk_label_new (target_text);
  gtk_label_set_xalign (GTK_LABEL (target_label), 0);
  gtk_label_set_wrap (GTK_LABEL (target_label), TRUE);
  gtk_widget_add_css_class (target_label, "dim-label");
  gtk_widget_set_margin_start (target_label, 12);
  gtk_widget_set_margin_end (target_label, 12);
  gtk_widget_set_margin_top (target_label, 8);
  gtk_widget_set_margin_bottom (target_label, 8);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row->row), target_label);

  row->total = add_entry (self, row, _("Cases in the period"));
  row->met = add_entry (self, row, _("Cases within target"));
  row->value = add_entry (self, row, _("Or a measured value (such as an average)"));
  row->note = add_entry (self, row, _("Why it was missed"));
  row->action = add_entry (self, row, _("What was done about it"));

  gtk_list_box_append (self->standards_list, row->row);
  g_ptr_array_add (self->rows, row);
  return row;
}

static void
fill_periods (CharterResultsView *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  const char * const *periods;
  guint n = 0, selected = GTK_INVALID_LIST_POSITION;

  periods = charter_results_get_periods (results (self), &n);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = charter_period_to_display (periods[i], language (self));
      gtk_string_list_append (names, name);
      if (g_strcmp0 (periods[i], self->period) == 0)
        selected = i;
    }
  if (selected == GTK_INVALID_LIST_POSITION && n > 0)
    {
      selected = n - 1;
      g_free (self->period);
      self->period = g_strdup (periods[selected]);
    }
  else if (n == 0)
    g_clear_pointer (&self->period, g_free);

  self->updating = TRUE;
  adw_combo_row_set_model (self->period_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->period_row, selected);
  self->updating = FALSE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->period_row), n > 0);
}

/* Rows are rebuilt only when the standards or periods change; typing in a
 * row changes values in place, so focus and the expanded row stay. */
static void
rebuild (CharterResultsView *self)
{
  GtkWidget *child;
  guint n;

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->standards_list))) != NULL)
    gtk_list_box_remove (self->standards_list, child);
  g_ptr_array_set_size (self->rows, 0);

  if (self->document == NULL)
    return;

  fill_periods (self);
  n = charter_document_get_n_items (self->document, CHARTER_LIST_STANDARDS);
  for (guint i = 0; i < n; i++)
    add_row (self, charter_document_get_item (self->document, CHARTER_LIST_STANDARDS, i));
  gtk_widget_set_visible (self->standards_group, self->period != NULL && n > 0);
  gtk_widget_set_sensitive (self->export_button, self->period != NULL);
  show_values (self);
}

static gboolean
structure_changed (CharterResultsView *self)
{
  guint n = charter_document_get_n_items (self->document, CHARTER_LIST_STANDARDS);
  guint n_periods = 0;

  charter_results_get_periods (results (self), &n_periods);
  if (n != self->rows->len || n_periods != g_list_model_get_n_items (adw_combo_row_get_model (self->period_row)))
    return TRUE;
  for (guint i = 0; i < n; i++)
    {
      CharterItem *item = charter_document_get_item (self->document, CHARTER_LIST_STANDARDS, i);
      StandardRow *row = g_ptr_array_index (self->rows, i);

      if (!g_str_equal (charter_item_get (item, CHARTER_STANDARD_ID), row->standard_id) ||
          g_strcmp0 (charter_item_get (item, CHARTER_STANDARD_TEXT),
                     adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row->row))) != 0)
        return TRUE;
    }
  return self->period != NULL && !charter_results_has_period (results (self), self->period);
}

static gboolean
on_refresh (gpointer data)
{
  CharterResultsView *self = data;

  self->refresh_id = 0;
  if (structure_changed (self))
    rebuild (self);
  else
    show_values (self);
  return G_SOURCE_REMOVE;
}

static void
on_document_changed (CharterDocument    *document,
                     CharterResultsView *self)
{
  /* Nothing to keep up to date while the view is not shown. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }
  if (self->editing)
    {
      show_values (self);
      return;
    }
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add (on_refresh, self);
}

static void
on_period_selected (CharterResultsView *self)
{
  const char * const *periods;
  guint n = 0, i = adw_combo_row_get_selected (self->period_row);

  if (self->updating || self->document == NULL)
    return;
  periods = charter_results_get_periods (results (self), &n);
  if (i < n)
    {
      g_free (self->period);
      self->period = g_strdup (periods[i]);
      show_values (self);
    }
}

static void
on_new_period_apply (CharterResultsView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->new_period_row));
  g_autofree char *period = g_strstrip (g_ascii_strup (text, -1));

  if (charter_results_view_set_period (self, period))
    {
      gtk_editable_set_text (GTK_EDITABLE (self->new_period_row), "");
      gtk_widget_remove_css_class (GTK_WIDGET (self->new_period_row), "error");
    }
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->new_period_row), "error");
}

static void
on_export_clicked (CharterResultsView *self)
{
  CharterExportOptions options = { .layout = "report", .period = self->period };
  CharterWindow *window = charter_window_for_widget (GTK_WIDGET (self));

  if (self->document != NULL && self->period != NULL && window != NULL)
    charter_exporter_choose (window, self->document, CHARTER_EXPORT_PDF, &options);
}

static void
show_import_error (CharterResultsView *self,
                   const GError       *error)
{
  CharterWindow *window = charter_window_for_widget (GTK_WIDGET (self));

  if (window != NULL)
    charter_window_show_error (window, _("Nothing was imported"), error);
}

static void
on_import_response (AdwMessageDialog   *dialog,
                    const char         *response,
                    CharterResultsView *self)
{
  GPtrArray *plan = g_object_get_data (G_OBJECT (dialog), "plan");

  if (g_str_equal (response, "import") && self->document != NULL)
    {
      charter_results_apply_import (self->document, plan);
      if (plan->len > 0)
        {
          CharterImportChange *last = g_ptr_array_index (plan, plan->len - 1);
          charter_results_view_set_period (self, last->period);
        }
    }
}

void
charter_results_view_import_data (CharterResultsView *self,
                                  const char         *data,
                                  gsize               length)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) plan = NULL;
  guint add = 0, replace = 0, same = 0;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  g_return_if_fail (CHARTER_IS_RESULTS_VIEW (self));
  if (self->document == NULL)
    return;

  plan = charter_results_plan_import (self->document, data, length, &error);
  if (plan == NULL)
    {
      show_import_error (self, error);
      return;
    }

  for (guint i = 0; i < plan->len; i++)
    {
      CharterImportChange *change = g_ptr_array_index (plan, i);
      add += change->action == CHARTER_IMPORT_ADD;
      replace += change->action == CHARTER_IMPORT_REPLACE;
      same += change->action == CHARTER_IMPORT_UNCHANGED;
    }
  /* Translators: what an import would change, "3 to add, 1 to replace, 2 unchanged." */
  body = g_strdup_printf (_("%u to add, %u to replace, %u unchanged."), add, replace, same);
  dialog = adw_message_dialog_new (GTK_WINDOW (charter_window_for_widget (GTK_WIDGET (self))), _("Import These Results?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "import", _("_Import"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "import", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "import", add + replace > 0);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "import");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "plan", g_steal_pointer (&plan), (GDestroyNotify)g_ptr_array_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_import_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_csv_loaded (GObject      *object,
               GAsyncResult *result,
               gpointer      data)
{
  g_autoptr(CharterResultsView) self = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_file_load_bytes_finish (G_FILE (object), result, NULL, &error);

  if (bytes == NULL)
    {
      show_import_error (self, error);
      return;
    }
  charter_results_view_import_data (self, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static void
on_import_chosen (GtkNativeDialog    *dialog,
                  int                 response,
                  CharterResultsView *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_file_load_bytes_async (file, NULL, on_csv_loaded, g_object_ref (self));
    }
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
  g_object_unref (self);
}

static void
on_import_clicked (CharterResultsView *self)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_suffix (filter, "csv");
  chooser = gtk_file_chooser_native_new (_("Import Results"), GTK_WINDOW (charter_window_for_widget (GTK_WIDGET (self))),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect (chooser, "response", G_CALLBACK (on_import_chosen), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
charter_results_view_map (GtkWidget *widget)
{
  CharterResultsView *self = CHARTER_RESULTS_VIEW (widget);

  if (self->stale)
    {
      self->stale = FALSE;
      rebuild (self);
    }
  GTK_WIDGET_CLASS (charter_results_view_parent_class)->map (widget);
}

static void
charter_results_view_dispose (GObject *object)
{
  CharterResultsView *self = CHARTER_RESULTS_VIEW (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_clear_object (&self->document);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->period, g_free);
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), CHARTER_TYPE_RESULTS_VIEW);

  G_OBJECT_CLASS (charter_results_view_parent_class)->dispose (object);
}

static void
charter_results_view_class_init (CharterResultsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = charter_results_view_dispose;
  widget_class->map = charter_results_view_map;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/servicecharter/Charter/ui/charter-results-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CharterResultsView, period_row);
  gtk_widget_class_bind_template_child (widget_class, CharterResultsView, new_period_row);
  gtk_widget_class_bind_template_child (widget_class, CharterResultsView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, CharterResultsView, chart);
  gtk_widget_class_bind_template_child (widget_class, CharterResultsView, standards_list);
  gtk_widget_class_bind_template_child (widget_class, CharterResultsView, standards_group);
  gtk_widget_class_bind_template_child (widget_class, CharterResultsView, export_button);
  gtk_widget_class_bind_template_callback (widget_class, on_period_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_new_period_apply);
  gtk_widget_class_bind_template_callback (widget_class, on_export_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_import_clicked);
}

static void
charter_results_view_init (CharterResultsView *self)
{
  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify)standard_row_free);
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drawing_area_set_draw_func (self->chart, draw_summary_chart, self, NULL);
}

void
charter_results_view_set_document (CharterResultsView *self,
                                   CharterDocument    *document)
{
  g_return_if_fail (CHARTER_IS_RESULTS_VIEW (self));

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_set_object (&self->document, document);
  g_clear_pointer (&self->period, g_free);
  if (document != NULL)
    {
      const char *latest = charter_achievement_latest_period (document);
      self->period = g_strdup (latest);
      g_signal_connect (document, "changed", G_CALLBACK (on_document_changed), self);
    }
  /* A row per standard is many widgets: build them when first shown. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    rebuild (self);
  else
    self->stale = TRUE;
}

const char *
charter_results_view_get_period (CharterResultsView *self)
{
  g_return_val_if_fail (CHARTER_IS_RESULTS_VIEW (self), NULL);
  return self->period;
}

gboolean
charter_results_view_set_period (CharterResultsView *self,
                                 const char         *period)
{
  g_return_val_if_fail (CHARTER_IS_RESULTS_VIEW (self), FALSE);

  if (self->document == NULL || !charter_period_parse (period, NULL, NULL, NULL))
    return FALSE;

  g_free (self->period);
  self->period = g_strdup (period);
  if (!charter_results_has_period (results (self), period))
    {
      self->editing = TRUE;
      charter_results_add_period (results (self), period);
      self->editing = FALSE;
    }
  rebuild (self);
  return TRUE;
}
