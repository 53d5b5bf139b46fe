/* charter-page-about.c — the organisation: name, contact details, language, brand colour, logo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "charter-format.h"

#include "charter-page-about.h"

struct _CharterPageAbout
{
  CharterPage parent_instance;

  GtkWidget *name_row;
  GtkWidget *phone_row;
  GtkWidget *email_row;
  GtkWidget *website_row;
  GtkWidget *overview_view;
  GtkWidget *address_view;
  AdwComboRow *language_row;
  GtkColorButton *colour_button;
  GtkPicture *logo_picture;
  GtkWidget *logo_remove_button;
  gboolean updating;
};

G_DEFINE_FINAL_TYPE (CharterPageAbout, charter_page_about, CHARTER_TYPE_PAGE)

/* Languages whose printed headings Charter knows; others keep their code. */
static const struct {
  const char *code;
  const char *name;
} languages[] = {
  { "en", "English" },
  { "da", "Dansk" },
};

static void
update_language (CharterPageAbout *self)
{
  CharterDocument *document = charter_page_get_document (CHARTER_PAGE (self));
  const char *language = document ? charter_document_get_language (document) : "en";
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint selected = G_N_ELEMENTS (languages);

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      gtk_string_list_append (names, languages[i].name);
      if (g_str_has_prefix (language, languages[i].code))
        selected = i;
    }
  if (selected == G_N_ELEMENTS (languages))
    gtk_string_list_append (names, language);

  self->updating = TRUE;
  adw_combo_row_set_model (self->language_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->language_row, selected);
  self->updating = FALSE;
}

static void
on_language_selected (CharterPageAbout *self)
{
  CharterDocument *document = charter_page_get_document (CHARTER_PAGE (self));
  guint i = adw_combo_row_get_selected (self->language_row);

  if (self->updating || document == NULL || i >= G_N_ELEMENTS (languages))
    return;
  charter_document_set_language (document, languages[i].code);
}

static void
update_colour (CharterPageAbout *self)
{
  CharterDocument *document = charter_page_get_document (CHARTER_PAGE (self));
  const char *colour = document ? charter_document_get (document, CHARTER_FIELD_BRAND_COLOUR) : "";
  GdkRGBA rgba;

  if (!gdk_rgba_parse (&rgba, *colour ? colour : "#1c71d8"))
    gdk_rgba_parse (&rgba, "#1c71d8");
  self->updating = TRUE;
  gtk_color_chooser_set_rgba (GTK_COLOR_CHOOSER (self->colour_button), &rgba);
  self->updating = FALSE;
}

static void
on_colour_set (CharterPageAbout *self)
{
  CharterDocument *document = charter_page_get_document (CHARTER_PAGE (self));
  g_autofree char *hex = NULL;
  GdkRGBA rgba;

  if (self->updating || document == NULL)
    return;
  gtk_color_chooser_get_rgba (GTK_COLOR_CHOOSER (self->colour_button), &rgba);
  hex = g_strdup_printf ("#%02x%02x%02x", (int)(rgba.red * 255 + 0.5),
                         (int)(rgba.green * 255 + 0.5), (int)(rgba.blue * 255 + 0.5));
  charter_document_set (document, CHARTER_FIELD_BRAND_COLOUR, hex);
}

static void
update_logo (CharterPageAbout *self)
{
  CharterDocument *document = charter_page_get_document (CHARTER_PAGE (self));
  GBytes *logo = document ? charter_document_get_logo (document, NULL) : NULL;
  g_autoptr(GdkTexture) texture = NULL;

  /* SVG logos have no texture loader here; the preview shows them. */
  if (logo != NULL)
    texture = gdk_texture_new_from_bytes (logo, NULL);
  gtk_picture_set_paintable (self->logo_picture, GDK_PAINTABLE (texture));
  gtk_widget_set_visible (GTK_WIDGET (self->logo_picture), texture != NULL);
  gtk_widget_set_visible (self->logo_remove_button, logo != NULL);
}

static void
on_document_changed (CharterDocument  *document,
                     CharterPageAbout *self)
{
  update_language (self);
  update_colour (self);
  update_logo (self);
}

static void
on_logo_loaded (GObject      *object,
                GAsyncResult *result,
                gpointer      data)
{
  g_autoptr(CharterPageAbout) self = data;
  GFile *file = G_FILE (object);
  CharterDocument *document = charter_page_get_document (CHARTER_PAGE (self));
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_file_load_bytes_finish (file, result, NULL, &error);
  g_autofree char *type = NULL;
  g_autofree char *mime = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  const char *message = NULL;

  if (bytes != NULL)
    {
      type = g_content_type_guess (NULL, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL);
      mime = g_content_type_get_mime_type (type);
      if (g_bytes_get_size (bytes) > CHARTER_MAX_LOGO_SIZE)
        message = _("The logo is larger than 4 MB. Save it smaller and try again.");
      else if (g_strcmp0 (mime, "image/png") != 0 && g_strcmp0 (mime, "image/jpeg") != 0 &&
               g_strcmp0 (mime, "image/svg+xml") != 0)
        message = _("The logo must be a PNG, JPEG or SVG image.");
    }
  else
    message = error->message;

  if (message != NULL)
    {
      GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                  _("Could not use the logo"), message);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  if (document != NULL)
    charter_document_set_logo (document, bytes, mime);
}

static void
on_logo_response (GtkNativeDialog  *dialog,
                  int               response,
                  CharterPageAbout *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_file_load_bytes_async (file, NULL, on_logo_loaded, g_object_ref (self));
    }
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
  g_object_unref (self);
}

static void
on_logo_choose_clicked (GtkButton        *button,
                        CharterPageAbout *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  gtk_file_filter_set_name (filter, _("Images"));
  gtk_file_filter_add_mime_type (filter, "image/png");
  gtk_file_filter_add_mime_type (filter, "image/jpeg");
  gtk_file_filter_add_mime_type (filter, "image/svg+xml");
  chooser = gtk_file_chooser_native_new (_("Choose a Logo"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Choose"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect (chooser, "response", G_CALLBACK (on_logo_response), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_logo_remove_clicked (GtkButton        *button,
                        CharterPageAbout *self)
{
  CharterDocument *document = charter_page_get_document (CHARTER_PAGE (self));

  if (document != NULL)
    charter_document_set_logo (document, NULL, NULL);
}

static void
charter_page_about_document_set (CharterPage     *page,
                                 CharterDocument *document)
{
  CharterPageAbout *self = CHARTER_PAGE_ABOUT (page);

  if (document != NULL)
    g_signal_connect_object (document, "changed", G_CALLBACK (on_document_changed), self, 0);
  on_document_changed (document, self);
}

static void
charter_page_about_class_init (CharterPageAboutClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CharterPageClass *page_class = CHARTER_PAGE_CLASS (klass);

  page_class->step = CHARTER_STEP_ABOUT;
  page_class->document_set = charter_page_about_document_set;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/servicecharter/Charter/ui/charter-page-about.ui");
  gtk_widget_class_bind_template_child (widget_class, CharterPageAbout, name_row);
  gtk_widget_class_bind_template_child (widget_class, CharterPageAbout, phone_row);
  gtk_widget_class_bind_template_child (widget_class, CharterPageAbout, email_row);
  gtk_widget_class_bind_template_child (widget_class, CharterPageAbout, website_row);
  gtk_widget_class_bind_template_child (widget_class, CharterPageAbout, overview_view);
  gtk_widget_class_bind_template_child (widget_class, CharterPageAbout, address_view);
  gtk_widget_class_bind_template_child (widget_class, CharterPageAbout, language_row);
  gtk_widget_class_bind_template_child (widget_class, CharterPageAbout, colour_button);
  gtk_widget_class_bind_template_child (widget_class, CharterPageAbout, logo_picture);
  gtk_widget_class_bind_template_child (widget_class, CharterPageAbout, logo_remove_button);
  gtk_widget_class_bind_template_callback (widget_class, on_logo_choose_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_logo_remove_clicked);
}

static void
charter_page_about_init (CharterPageAbout *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  charter_page_bind_field (CHARTER_PAGE (self), self->name_row, CHARTER_FIELD_NAME);
  charter_page_bind_field (CHARTER_PAGE (self), self->phone_row, CHARTER_FIELD_PHONE);
  charter_page_bind_field (CHARTER_PAGE (self), self->email_row, CHARTER_FIELD_EMAIL);
  charter_page_bind_field (CHARTER_PAGE (self), self->website_row, CHARTER_FIELD_WEBSITE);
  charter_page_bind_field (CHARTER_PAGE (self), self->overview_view, CHARTER_FIELD_OVERVIEW);
  charter_page_bind_field (CHARTER_PAGE (self), self->address_view, CHARTER_FIELD_ADDRESS);
  g_signal_connect_swapped (self->language_row, "notify::selected", G_CALLBACK (on_language_selected), self);
  g_signal_connect_swapped (self->colour_button, "color-set", G_CALLBACK (on_colour_set), self);
  update_language (self);
  update_logo (self);
}

CharterPage *
charter_page_about_new (void)
{
  return g_object_new (CHARTER_TYPE_PAGE_ABOUT, NULL);
}
