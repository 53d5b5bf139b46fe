/* charter-preferences.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "charter-preferences.h"
#include "charter-settings.h"

struct _CharterPreferences
{
  AdwPreferencesWindow parent_instance;

  GSettings      *settings;
  AdwComboRow    *paper_row;
  GtkSwitch      *large_print_switch;
  GtkSwitch      *preview_switch;
  GtkSpinButton  *autosave_spin;
};

G_DEFINE_FINAL_TYPE (CharterPreferences, charter_preferences, ADW_TYPE_PREFERENCES_WINDOW)

/* The combo row lists the schema's paper nicks in this order. */
static const char *papers[] = { "auto", "a4", "letter", "a5", "a3" };

static gboolean
paper_to_row (GValue   *value,
              GVariant *variant,
              gpointer  data)
{
  const char *nick = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (papers); i++)
    if (g_str_equal (papers[i], nick))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  g_value_set_uint (value, 0);
  return TRUE;
}

static GVariant *
row_to_paper (const GValue       *value,
              const GVariantType *type,
              gpointer            data)
{
  guint i = g_value_get_uint (value);

  return g_variant_new_string (i < G_N_ELEMENTS (papers) ? papers[i] : "auto");
}

static void
charter_preferences_dispose (GObject *object)
{
  CharterPreferences *self = CHARTER_PREFERENCES (object);

  g_clear_object (&self->settings);
  gtk_widget_dispose_template (GTK_WIDGET (self), CHARTER_TYPE_PREFERENCES);

  G_OBJECT_CLASS (charter_preferences_parent_class)->dispose (object);
}

static void
charter_preferences_class_init (CharterPreferencesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = charter_preferences_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/servicecharter/Charter/ui/charter-preferences.ui");
  gtk_widget_class_bind_template_child (widget_class, CharterPreferences, paper_row);
  gtk_widget_class_bind_template_child (widget_class, CharterPreferences, large_print_switch);
  gtk_widget_class_bind_template_child (widget_class, CharterPreferences, preview_switch);
  gtk_widget_class_bind_template_child (widget_class, CharterPreferences, autosave_spin);
}

static void
charter_preferences_init (CharterPreferences *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = charter_settings_new ();
  g_settings_bind_with_mapping (self->settings, "default-paper", self->paper_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, paper_to_row, row_to_paper, NULL, NULL);
  g_settings_bind (self->settings, "large-print", self->large_print_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "show-preview", self->preview_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "autosave-delay", self->autosave_spin, "value", G_SETTINGS_BIND_DEFAULT);
}

GtkWindow *
charter_preferences_new (GtkWindow *parent)
{
  return g_object_new (CHARTER_TYPE_PREFERENCES, "transient-for", parent, NULL);
}
