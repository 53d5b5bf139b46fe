/* charter-preview.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "charter-labels.h"
#include "charter-preview.h"

#define RELAYOUT_DELAY_MS 150
#define ZOOM_MIN 0.25
#define ZOOM_MAX 4.0
#define PAGE_MARGIN 16

struct _CharterPreview
{
  AdwBin           parent_instance;

  CharterDocument *document;
  CharterLayout   *layout;
  CharterPageSetup setup;
  guint            relayout_id;
  guint            page;
  double           zoom;     /* 0: fit the page to the width */
  CharterStep      step;

  GtkDrawingArea  *area;
  GtkLabel        *page_label;
  GtkLabel        *zoom_label;
};

G_DEFINE_FINAL_TYPE (CharterPreview, charter_preview, ADW_TYPE_BIN)

static double
effective_zoom (CharterPreview *self)
{
  double width, height;
  int available = gtk_widget_get_width (GTK_WIDGET (self->area));
  GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (self->area), GTK_TYPE_SCROLLED_WINDOW);

  if (self->zoom > 0 || self->layout == NULL)
    return self->zoom > 0 ? self->zoom : 1.0;

  if (scroller != NULL)
    available = gtk_widget_get_width (scroller);
  charter_layout_get_page_size (self->layout, &width, &height);
  return MAX (available - 2 * PAGE_MARGIN, 50) / width;
}

static void
update_labels (CharterPreview *self)
{
  guint n = self->layout ? charter_layout_get_n_pages (self->layout) : 0;
  g_autofree char *page = NULL;
  g_autofree char *zoom = NULL;

  /* Translators: the preview's position, "Page 2 of 5" */
  page = g_strdup_printf (_("Page %u of %u"), n ? self->page + 1 : 0, n);
  gtk_label_set_label (self->page_label, page);
  zoom = self->zoom > 0 ? g_strdup_printf ("%.0f %%", self->zoom * 100) : g_strdup (_("Fit"));
  gtk_label_set_label (self->zoom_label, zoom);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.previous-page", self->page > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.next-page", self->page + 1 < n);
}

static void
update_size (CharterPreview *self)
{
  double width = 0, height = 0, zoom = effective_zoom (self);

  if (self->layout != NULL)
    charter_layout_get_page_size (self->layout, &width, &height);

  /* When fitting, only the height follows; the width follows the pane. */
  gtk_widget_set_size_request (GTK_WIDGET (self->area),
                               self->zoom > 0 ? (int)(width * zoom) + 2 * PAGE_MARGIN : -1,
                               (int)(height * zoom) + 2 * PAGE_MARGIN);
  gtk_widget_queue_draw (GTK_WIDGET (self->area));
  update_labels (self);
}

static void
draw (GtkDrawingArea *area,
      cairo_t        *cr,
      int             widget_width,
      int             widget_height,
      gpointer        data)
{
  CharterPreview *self = data;
  double width, height, zoom, x;

  if (self->layout == NULL || charter_layout_get_n_pages (self->layout) == 0)
    return;

  charter_layout_get_page_size (self->layout, &width, &height);
  zoom = effective_zoom (self);
  x = MAX (PAGE_MARGIN, (widget_width - width * zoom) / 2);

  /* A soft shadow, then white paper: the page reads as paper in dark mode too. */
  cairo_save (cr);
  cairo_set_source_rgba (cr, 0, 0, 0, 0.18);
  cairo_rectangle (cr, x + 1, PAGE_MARGIN + 2, width * zoom, height * zoom);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, x, PAGE_MARGIN, width * zoom, height * zoom);
  cairo_fill (cr);
  cairo_rectangle (cr, x, PAGE_MARGIN, width * zoom, height * zoom);
  cairo_clip (cr);
  cairo_translate (cr, x, PAGE_MARGIN);
  cairo_scale (cr, zoom, zoom);
  charter_layout_draw_page (self->layout, cr, self->page);
  cairo_restore (cr);
}

static void
relayout (CharterPreview *self)
{
  guint n;

  g_clear_handle_id (&self->relayout_id, g_source_remove);
  if (self->layout == NULL)
    return;

  charter_layout_update (self->layout);
  n = charter_layout_get_n_pages (self->layout);
  if (self->page >= n)
    self->page = n > 0 ? n - 1 : 0;
  update_size (self);
}

static gboolean
on_relayout_timeout (gpointer data)
{
  CharterPreview *self = data;

  self->relayout_id = 0;
  relayout (self);
  return G_SOURCE_REMOVE;
}

static void
on_document_changed (CharterDocument *document,
                     CharterPreview  *self)
{
  g_clear_handle_id (&self->relayout_id, g_source_remove);
  self->relayout_id = g_timeout_add (RELAYOUT_DELAY_MS, on_relayout_timeout, self);
}

static void
set_page (CharterPreview *self,
          guint           page)
{
  guint n = self->layout ? charter_layout_get_n_pages (self->layout) : 0;

  if (n == 0)
    return;
  self->page = MIN (page, n - 1);
  update_size (self);
}

static void
previous_page (GtkWidget  *widget,
               const char *action,
               GVariant   *param)
{
  CharterPreview *self = CHARTER_PREVIEW (widget);

  if (self->page > 0)
    set_page (self, self->page - 1);
}

static void
next_page (GtkWidget  *widget,
           const char *action,
           GVariant   *param)
{
  CharterPreview *self = CHARTER_PREVIEW (widget);

  set_page (self, self->page + 1);
}

static void
set_zoom (CharterPreview *self,
          double          zoom)
{
  self->zoom = zoom > 0 ? CLAMP (zoom, ZOOM_MIN, ZOOM_MAX) : 0;
  update_size (self);
}

static void
zoom_in (GtkWidget  *widget,
         const char *action,
         GVariant   *param)
{
  CharterPreview *self = CHARTER_PREVIEW (widget);

  set_zoom (self, effective_zoom (self) * 1.25);
}

static void
zoom_out (GtkWidget  *widget,
          const char *action,
          GVariant   *param)
{
  CharterPreview *self = CHARTER_PREVIEW (widget);

  set_zoom (self, effective_zoom (self) / 1.25);
}

static void
zoom_fit (GtkWidget  *widget,
          const char *action,
          GVariant   *param)
{
  set_zoom (CHARTER_PREVIEW (widget), 0);
}

static void
on_area_resize (GtkDrawingArea *area,
                int             width,
                int             height,
                CharterPreview *self)
{
  if (self->zoom == 0)
    update_size (self);
}

static void
charter_preview_dispose (GObject *object)
{
  CharterPreview *self = CHARTER_PREVIEW (object);

  g_clear_handle_id (&self->relayout_id, g_source_remove);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_clear_object (&self->document);
  g_clear_object (&self->layout);
  gtk_widget_dispose_template (GTK_WIDGET (self), CHARTER_TYPE_PREVIEW);

  G_OBJECT_CLASS (charter_preview_parent_class)->dispose (object);
}

static void
charter_preview_class_init (CharterPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = charter_preview_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/servicecharter/Charter/ui/charter-preview.ui");
  gtk_widget_class_bind_template_child (widget_class, CharterPreview, area);
  gtk_widget_class_bind_template_child (widget_class, CharterPreview, page_label);
  gtk_widget_class_bind_template_child (widget_class, CharterPreview, zoom_label);
  gtk_widget_class_bind_template_callback (widget_class, on_area_resize);

  gtk_widget_class_install_action (widget_class, "preview.previous-page", NULL, previous_page);
  gtk_widget_class_install_action (widget_class, "preview.next-page", NULL, next_page);
  gtk_widget_class_install_action (widget_class, "preview.zoom-in", NULL, zoom_in);
  gtk_widget_class_install_action (widget_class, "preview.zoom-out", NULL, zoom_out);
  gtk_widget_class_install_action (widget_class, "preview.zoom-fit", NULL, zoom_fit);
}

static void
charter_preview_init (CharterPreview *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drawing_area_set_draw_func (self->area, draw, self, NULL);
  update_labels (self);
}

void
charter_preview_set_document (CharterPreview  *self,
                              CharterDocument *document)
{
  g_return_if_fail (CHARTER_IS_PREVIEW (self));

  if (self->document == document)
    return;
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_set_object (&self->document, document);
  g_clear_object (&self->layout);
  self->page = 0;
  if (document != NULL)
    {
      self->layout = charter_layout_new (document, &self->setup);
      g_signal_connect_object (document, "changed", G_CALLBACK (on_document_changed), self, 0);
    }
  relayout (self);
}

void
charter_preview_set_setup (CharterPreview         *self,
                           const CharterPageSetup *setup)
{
  g_return_if_fail (CHARTER_IS_PREVIEW (self));

  self->setup = *setup;
  if (self->layout != NULL)
    {
      charter_layout_set_setup (self->layout, &self->setup);
      relayout (self);
    }
}

static CharterLabel
step_label (CharterStep step)
{
  switch (step)
    {
    case CHARTER_STEP_PURPOSE: return CHARTER_LABEL_PURPOSE;
    case CHARTER_STEP_SCOPE: return CHARTER_LABEL_SCOPE;
    case CHARTER_STEP_STANDARDS: return CHARTER_LABEL_STANDARDS;
    case CHARTER_STEP_RIGHTS: return CHARTER_LABEL_RIGHTS;
    case CHARTER_STEP_IMPLEMENTATION: return CHARTER_LABEL_IMPLEMENTATION;
    case CHARTER_STEP_FEEDBACK: return CHARTER_LABEL_FEEDBACK;
    case CHARTER_STEP_REVIEW: return CHARTER_LABEL_REVIEW;
    case CHARTER_STEP_ABOUT:
    case CHARTER_N_STEPS:
    default:
      return CHARTER_N_LABELS;
    }
}

void
charter_preview_show_step (CharterPreview *self,
                           CharterStep     step)
{
  const CharterLayoutSection *sections;
  CharterLabel label = step_label (step);
  const char *title;
  guint n = 0;

  g_return_if_fail (CHARTER_IS_PREVIEW (self));

  self->step = step;
  if (self->layout == NULL)
    return;
  if (label == CHARTER_N_LABELS)
    {
      set_page (self, 0);
      return;
    }

  title = charter_label (charter_document_get_language (self->document), label);
  sections = charter_layout_get_sections (self->layout, &n);
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (sections[i].title, title) == 0)
      {
        set_page (self, sections[i].page);
        return;
      }
}

guint
charter_preview_get_n_pages (CharterPreview *self)
{
  g_return_val_if_fail (CHARTER_IS_PREVIEW (self), 0);
  return self->layout ? charter_layout_get_n_pages (self->layout) : 0;
}

void
charter_preview_flush (CharterPreview *self)
{
  g_return_if_fail (CHARTER_IS_PREVIEW (self));
  if (self->relayout_id != 0)
    relayout (self);
}
