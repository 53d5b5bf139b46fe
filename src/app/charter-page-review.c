/* charter-page-review.c — sign-off, publication, export and print
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "charter-exporter.h"
#include "charter-list-editor.h"
#include "charter-page-review.h"
#include "charter-print.h"
#include "charter-settings.h"
#include "charter-window.h"

struct _CharterPageReview
{
  CharterPage parent_instance;

  GSettings *settings;
  GPtrArray *layouts;   /* layout names offered, as in layout_row */

  GtkWidget *version_row;
  GtkWidget *effective_row;
  GtkWidget *review_row;
  GtkWidget *approver_row;
  GtkWidget *approver_role_row;
  GtkWidget *approval_date_row;
  CharterListEditor *changes_editor;
  CharterListEditor *published_editor;
  CharterListEditor *formats_editor;
  AdwComboRow *format_row;
  AdwComboRow *layout_row;
  AdwComboRow *paper_row;
  AdwActionRow *large_print_row;
  GtkSwitch   *large_print_switch;
};

G_DEFINE_FINAL_TYPE (CharterPageReview, charter_page_review, CHARTER_TYPE_PAGE)

enum {
  SETUP_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* In the order of format_row's items. */
static const CharterExportFormat formats[] = {
  CHARTER_EXPORT_PDF, CHARTER_EXPORT_PNG, CHARTER_EXPORT_SVG, CHARTER_EXPORT_HTML, CHARTER_EXPORT_TEXT,
};

/* In the order of paper_row's items; NULL is the preference's paper. */
static const char *papers[] = { NULL, "a4", "letter", "a5", "a3" };

static const struct {
  const char *name;
  const char *label;
} layout_names[] = {
  { "document", N_("The whole charter") },
  { "poster", N_("Poster") },
  { "card", N_("Pocket cards") },
  { "induction", N_("Induction pack with staff sign-off") },
  { "report", N_("Achievement report") },
};

static void
fill_layouts (CharterPageReview *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  /* Offer only the layouts this build's renderer can make. */
  for (guint i = 0; i < G_N_ELEMENTS (layout_names); i++)
    {
      CharterExportOptions options = { .layout = layout_names[i].name };

      if (!charter_export_check_options (&options, NULL))
        continue;
      g_ptr_array_add (self->layouts, (gpointer)layout_names[i].name);
      gtk_string_list_append (labels, _(layout_names[i].label));
    }
  adw_combo_row_set_model (self->layout_row, G_LIST_MODEL (labels));
}

static const char *
chosen_layout (CharterPageReview *self)
{
  guint i = adw_combo_row_get_selected (self->layout_row);

  return i < self->layouts->len ? g_ptr_array_index (self->layouts, i) : "document";
}

static CharterExportFormat
chosen_format (CharterPageReview *self)
{
  guint i = adw_combo_row_get_selected (self->format_row);

  return formats[MIN (i, G_N_ELEMENTS (formats) - 1)];
}

/* A web page and plain text always hold the whole charter: the layout
 * only means something for the printed formats. */
static gboolean
format_is_printed (CharterExportFormat format)
{
  return format == CHARTER_EXPORT_PDF || format == CHARTER_EXPORT_PNG || format == CHARTER_EXPORT_SVG;
}

static const char *
chosen_paper (CharterPageReview *self)
{
  guint i = adw_combo_row_get_selected (self->paper_row);

  if (i == 0 || i >= G_N_ELEMENTS (papers))
    return charter_settings_get_paper (self->settings)->id;
  return papers[i];
}

void
charter_page_review_get_setup (CharterPageReview *self,
                               CharterPageSetup  *setup)
{
  int kind;

  g_return_if_fail (CHARTER_IS_PAGE_REVIEW (self));

  kind = charter_layout_kind_from_name (chosen_layout (self));
  setup->paper = charter_paper_lookup (chosen_paper (self));
  setup->kind = kind >= 0 && kind < CHARTER_N_LAYOUTS ? kind : CHARTER_LAYOUT_DOCUMENT;
  setup->large_print = gtk_switch_get_active (self->large_print_switch);
}

/* Large print is an edition of the flowing charter, on paper: a poster,
 * a card and a report keep their own type sizes, and a web page or text
 * the reader's. The row says which, instead of a switch that does nothing. */
static void
update_large_print (CharterPageReview *self)
{
  gboolean printed = format_is_printed (chosen_format (self));
  const char *layout = chosen_layout (self);
  gboolean flowing = g_str_equal (layout, "document") || g_str_equal (layout, "induction");
  const char *subtitle;

  if (!printed)
    subtitle = _("A web page and plain text follow the reader’s own text size");
  else if (!flowing)
    subtitle = _("Posters, cards and reports keep their own type sizes");
  else
    subtitle = _("Body text of at least 16 points, for readers who need it");

  gtk_widget_set_sensitive (GTK_WIDGET (self->large_print_row), printed && flowing);
  adw_action_row_set_subtitle (self->large_print_row, subtitle);
}

static void
on_setup_changed (CharterPageReview *self)
{
  g_signal_emit (self, signals[SETUP_CHANGED], 0);
}

static void
on_format_changed (CharterPageReview *self)
{
  gboolean printed = format_is_printed (chosen_format (self));

  gtk_widget_set_sensitive (GTK_WIDGET (self->layout_row), printed);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->layout_row),
                               printed ? "" : _("A web page and plain text always hold the whole charter"));
  update_large_print (self);
}

static void
on_layout_changed (CharterPageReview *self)
{
  update_large_print (self);
  on_setup_changed (self);
}

static void
get_options (CharterPageReview    *self,
             CharterExportFormat  *format,
             CharterExportOptions *options)
{
  *format = chosen_format (self);
  *options = (CharterExportOptions) {
    .paper = chosen_paper (self),
    .layout = format_is_printed (*format) ? chosen_layout (self) : "document",
    .large_print = gtk_switch_get_active (self->large_print_switch),
  };
}

void
charter_page_review_export (CharterPageReview *self)
{
  CharterDocument *document = charter_page_get_document (CHARTER_PAGE (self));
  CharterWindow *window = charter_window_for_widget (GTK_WIDGET (self));
  CharterExportOptions options;
  CharterExportFormat format;

  g_return_if_fail (CHARTER_IS_PAGE_REVIEW (self));
  if (document == NULL || window == NULL)
    return;

  get_options (self, &format, &options);
  charter_exporter_choose (window, document, format, &options);
}

void
charter_page_review_print (CharterPageReview *self)
{
  CharterDocument *document = charter_page_get_document (CHARTER_PAGE (self));
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  CharterPageSetup setup;

  g_return_if_fail (CHARTER_IS_PAGE_REVIEW (self));
  if (document == NULL)
    return;

  charter_page_review_get_setup (self, &setup);
  charter_print_document (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, document, &setup);
}

static void
charter_page_review_document_set (CharterPage     *page,
                                  CharterDocument *document)
{
  CharterPageReview *self = CHARTER_PAGE_REVIEW (page);

  charter_list_editor_set_document (self->changes_editor, document);
  charter_list_editor_set_document (self->published_editor, document);
  charter_list_editor_set_document (self->formats_editor, document);
}

static void
charter_page_review_dispose (GObject *object)
{
  CharterPageReview *self = CHARTER_PAGE_REVIEW (object);

  g_clear_object (&self->settings);
  g_clear_pointer (&self->layouts, g_ptr_array_unref);

  G_OBJECT_CLASS (charter_page_review_parent_class)->dispose (object);
}

static void
charter_page_review_class_init (CharterPageReviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CharterPageClass *page_class = CHARTER_PAGE_CLASS (klass);

  object_class->dispose = charter_page_review_dispose;
  page_class->step = CHARTER_STEP_REVIEW;
  page_class->document_set = charter_page_review_document_set;

  signals[SETUP_CHANGED] =
    g_signal_new ("setup-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/servicecharter/Charter/ui/charter-page-review.ui");
  gtk_widget_class_bind_template_child (widget_class, CharterPageReview, version_row);
  gtk_widget_class_bind_template_child (widget_class, CharterPageReview, effective_row);
  gtk_widget_class_bind_template_child (widget_class, CharterPageReview, review_row);
  gtk_widget_class_bind_template_child (widget_class, CharterPageReview, approver_row);
  gtk_widget_class_bind_template_child (widget_class, CharterPageReview, approver_role_row);
  gtk_widget_class_bind_template_child (widget_class, CharterPageReview, approval_date_row);
  gtk_widget_class_bind_template_child (widget_class, CharterPageReview, changes_editor);
  gtk_widget_class_bind_template_child (widget_class, CharterPageReview, published_editor);
  gtk_widget_class_bind_template_child (widget_class, CharterPageReview, formats_editor);
  gtk_widget_class_bind_template_child (widget_class, CharterPageReview, format_row);
  gtk_widget_class_bind_template_child (widget_class, CharterPageReview, layout_row);
  gtk_widget_class_bind_template_child (widget_class, CharterPageReview, paper_row);
  gtk_widget_class_bind_template_child (widget_class, CharterPageReview, large_print_row);
  gtk_widget_class_bind_template_child (widget_class, CharterPageReview, large_print_switch);
  gtk_widget_class_bind_template_callback (widget_class, on_setup_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_format_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_layout_changed);
  gtk_widget_class_bind_template_callback (widget_class, charter_page_review_export);
}

static void
charter_page_review_init (CharterPageReview *self)
{
  CharterPage *page = CHARTER_PAGE (self);

  self->layouts = g_ptr_array_new ();
  self->settings = charter_settings_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  fill_layouts (self);
  update_large_print (self);
  gtk_switch_set_active (self->large_print_switch, g_settings_get_boolean (self->settings, "large-print"));

  charter_page_bind_field (page, self->version_row, CHARTER_FIELD_VERSION);
  charter_page_bind_field (page, self->effective_row, CHARTER_FIELD_EFFECTIVE_DATE);
  charter_page_bind_field (page, self->review_row, CHARTER_FIELD_REVIEW_DATE);
  charter_page_bind_field (page, self->approver_row, CHARTER_FIELD_APPROVER_NAME);
  charter_page_bind_field (page, self->approver_role_row, CHARTER_FIELD_APPROVER_ROLE);
  charter_page_bind_field (page, self->approval_date_row, CHARTER_FIELD_APPROVAL_DATE);
}

CharterPage *
charter_page_review_new (void)
{
  return g_object_new (CHARTER_TYPE_PAGE_REVIEW, NULL);
}
