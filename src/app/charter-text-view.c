/* charter-text-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The pages' multi-line fields sit in the page, not in a scrolled window,
 * and should be as tall as their text. GTK 4.8's GtkTextView rewraps at
 * its allocated width but does not ask for a new size when that changes
 * its height, so the last line was cut off when the first allocation was
 * wider than the final one (the preview beside the form appears after
 * the first layout). This one asks again when its height is wrong.
 */
#include "config.h"

#include "charter-text-view.h"

struct _CharterTextView
{
  GtkTextView parent_instance;

  guint       resize_id;
  int         asked;      /* the height last asked for, against loops */
};

G_DEFINE_FINAL_TYPE (CharterTextView, charter_text_view, GTK_TYPE_TEXT_VIEW)

static gboolean
queue_resize (gpointer data)
{
  CharterTextView *self = data;

  self->resize_id = 0;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  return G_SOURCE_REMOVE;
}

static void
charter_text_view_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  CharterTextView *self = CHARTER_TEXT_VIEW (widget);
  int wanted;

  GTK_WIDGET_CLASS (charter_text_view_parent_class)->size_allocate (widget, width, height, baseline);

  /* Outside the allocation: a resize queued from here would be lost. */
  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, width, &wanted, NULL, NULL, NULL);
  if (wanted > height && wanted != self->asked && self->resize_id == 0)
    {
      self->asked = wanted;
      self->resize_id = g_idle_add (queue_resize, self);
    }
}

static void
charter_text_view_dispose (GObject *object)
{
  CharterTextView *self = CHARTER_TEXT_VIEW (object);

  g_clear_handle_id (&self->resize_id, g_source_remove);
  G_OBJECT_CLASS (charter_text_view_parent_class)->dispose (object);
}

static void
charter_text_view_class_init (CharterTextViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = charter_text_view_dispose;
  widget_class->size_allocate = charter_text_view_size_allocate;
}

static void
charter_text_view_init (CharterTextView *self)
{
}
