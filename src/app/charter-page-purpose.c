/* charter-page-purpose.c — the purpose statement, the story behind it and the commitment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "charter-page-purpose.h"

struct _CharterPagePurpose
{
  CharterPage parent_instance;

  GtkWidget *purpose_row;
  GtkWidget *story_view;
  GtkWidget *commitment_view;
  GtkLabel *words_label;
};

G_DEFINE_FINAL_TYPE (CharterPagePurpose, charter_page_purpose, CHARTER_TYPE_PAGE)

#define PURPOSE_MAX_WORDS 15

static guint
count_words (const char *text)
{
  guint words = 0;
  gboolean in_word = FALSE;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gboolean letter = g_unichar_isalnum (g_utf8_get_char (p));

      if (letter && !in_word)
        words++;
      in_word = letter;
    }
  return words;
}

/* A purpose is remembered only when it is short: count as they type. */
static void
on_purpose_changed (GtkEditable        *editable,
                    CharterPagePurpose *self)
{
  guint words = count_words (gtk_editable_get_text (editable));
  g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u word", "%u words", words), words);

  gtk_label_set_label (self->words_label, text);
  if (words > PURPOSE_MAX_WORDS)
    gtk_widget_add_css_class (GTK_WIDGET (self->words_label), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->words_label), "warning");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->words_label),
                               words > PURPOSE_MAX_WORDS ? _("Fifteen words or fewer are easier to remember") : NULL);
}

static void
charter_page_purpose_class_init (CharterPagePurposeClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CharterPageClass *page_class = CHARTER_PAGE_CLASS (klass);

  page_class->step = CHARTER_STEP_PURPOSE;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/servicecharter/Charter/ui/charter-page-purpose.ui");
  gtk_widget_class_bind_template_child (widget_class, CharterPagePurpose, purpose_row);
  gtk_widget_class_bind_template_child (widget_class, CharterPagePurpose, story_view);
  gtk_widget_class_bind_template_child (widget_class, CharterPagePurpose, commitment_view);
}

static void
charter_page_purpose_init (CharterPagePurpose *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->words_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->words_label), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (self->words_label), "numeric");
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self->purpose_row), GTK_WIDGET (self->words_label));
  g_signal_connect (self->purpose_row, "changed", G_CALLBACK (on_purpose_changed), self);
  charter_page_bind_field (CHARTER_PAGE (self), self->purpose_row, CHARTER_FIELD_PURPOSE);
  on_purpose_changed (GTK_EDITABLE (self->purpose_row), self);
  charter_page_bind_field (CHARTER_PAGE (self), self->story_view, CHARTER_FIELD_STORY);
  charter_page_bind_field (CHARTER_PAGE (self), self->commitment_view, CHARTER_FIELD_COMMITMENT);
}

CharterPage *
charter_page_purpose_new (void)
{
  return g_object_new (CHARTER_TYPE_PAGE_PURPOSE, NULL);
}
