/* charter-welcome.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "charter-drafts.h"
#include "charter-folder-private.h"
#include "charter-format.h"
#include "charter-templates.h"
#include "charter-welcome.h"
#include "charter-window.h"

#define MAX_RECENT 6

struct _CharterWelcome
{
  AdwBin               parent_instance;

  AdwPreferencesGroup *drafts_group;
  GtkListBox          *drafts_list;
  GtkListBox          *templates_list;
  AdwComboRow         *language_row;
  AdwPreferencesGroup *recent_group;
  GtkWidget           *templates_open_button;
  GtkListBox          *recent_list;
};

G_DEFINE_FINAL_TYPE (CharterWelcome, charter_welcome, ADW_TYPE_BIN)

/* The template languages offered, by code. */
static const char *languages[] = { "en", "da" };

static const char *
chosen_language (CharterWelcome *self)
{
  guint i = adw_combo_row_get_selected (self->language_row);

  return i < G_N_ELEMENTS (languages) ? languages[i] : "en";
}

static void
clear (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static GtkWidget *
action_row (const char *title,
            const char *subtitle,
            const char *action,
            GVariant   *target)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), target);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  return row;
}

static void
fill_templates (CharterWelcome *self)
{
  const char *language = chosen_language (self);
  guint n = 0;
  const CharterTemplateInfo *templates = charter_templates_get_all (&n);

  clear (self->templates_list);
  for (guint i = 0; i < n; i++)
    {
      const char *lang = charter_template_has_language (&templates[i], language) ? language : "";
      GtkWidget *row = action_row (_(templates[i].name), _(templates[i].description),
                                   "win.new-from-template",
                                   g_variant_new ("(ss)", templates[i].id, lang));

      gtk_list_box_append (self->templates_list, row);
    }
}

static void
on_language_selected (AdwComboRow    *row,
                      GParamSpec     *pspec,
                      CharterWelcome *self)
{
  fill_templates (self);
}

static gboolean
is_open_elsewhere (CharterWelcome *self,
                   const char     *draft_path)
{
  GtkApplication *app = GTK_APPLICATION (g_application_get_default ());

  for (GList *l = app ? gtk_application_get_windows (app) : NULL; l != NULL; l = l->next)
    if (CHARTER_IS_WINDOW (l->data) &&
        g_strcmp0 (charter_window_get_draft_path (l->data), draft_path) == 0)
      return TRUE;
  return FALSE;
}

static void
fill_drafts (CharterWelcome *self)
{
  g_autofree char *dir = charter_drafts_get_dir ();
  g_autoptr(GPtrArray) drafts = charter_drafts_list (dir);
  guint shown = 0;

  clear (self->drafts_list);
  for (guint i = 0; i < drafts->len; i++)
    {
      CharterDraft *draft = g_ptr_array_index (drafts, i);
      g_autofree char *when = g_date_time_format (draft->modified, "%x %X");
      g_autofree char *origin = draft->origin ? g_filename_display_basename (draft->origin) : NULL;
      g_autofree char *subtitle = NULL;
      GtkWidget *row, *discard;

      if (is_open_elsewhere (self, draft->path))
        continue;

      /* Translators: a recoverable draft, "shop.charter · 01/12/2026 18:04" */
      subtitle = g_strdup_printf (_("%s · last changed %s"), origin ? origin : _("Never saved"), when);
      row = action_row (draft->title ? draft->title : _("Untitled charter"), subtitle,
                        "win.recover-draft", g_variant_new_string (draft->path));
      discard = gtk_button_new_from_icon_name ("user-trash-symbolic");
      gtk_widget_set_valign (discard, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (discard, "flat");
      gtk_widget_set_tooltip_text (discard, _("Discard the draft"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (discard), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Discard the draft"), -1);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (discard), "win.discard-draft");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (discard), g_variant_new_string (draft->path));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), discard);
      gtk_list_box_append (self->drafts_list, row);
      shown++;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->drafts_group), shown > 0);
}

/* Most recently saved or opened first. */
static int
compare_recent (gconstpointer a,
                gconstpointer b)
{
  return g_date_time_compare (gtk_recent_info_get_modified ((GtkRecentInfo *)b),
                              gtk_recent_info_get_modified ((GtkRecentInfo *)a));
}

static void
fill_recent (CharterWelcome *self)
{
  GList *items = g_list_sort (gtk_recent_manager_get_items (gtk_recent_manager_get_default ()), compare_recent);
  guint shown = 0;

  clear (self->recent_list);
  for (GList *l = items; l != NULL && shown < MAX_RECENT; l = l->next)
    {
      GtkRecentInfo *info = l->data;
      const char *uri = gtk_recent_info_get_uri (info);
      g_autoptr(GFile) file = NULL;
      g_autoptr(GFile) parent = NULL;
      g_autofree char *folder = NULL;

      /* Most of the list is other programs' files. */
      if (!g_str_has_suffix (uri, ".charter") || !gtk_recent_info_exists (info))
        continue;
      file = g_file_new_for_uri (uri);
      parent = g_file_get_parent (file);
      folder = parent ? charter_folder_display_name (parent) : NULL;
      gtk_list_box_append (self->recent_list,
                           action_row (gtk_recent_info_get_display_name (info), folder,
                                       "win.open-recent", g_variant_new_string (uri)));
      shown++;
    }
  g_list_free_full (items, (GDestroyNotify)gtk_recent_info_unref);
  gtk_widget_set_visible (GTK_WIDGET (self->recent_group), shown > 0);
  /* One Open button: beside the recent charters when there are some. */
  gtk_widget_set_visible (self->templates_open_button, shown == 0);
}

void
charter_welcome_refresh (CharterWelcome *self)
{
  g_return_if_fail (CHARTER_IS_WELCOME (self));

  fill_drafts (self);
  fill_recent (self);
}

static void
charter_welcome_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (charter_welcome_parent_class)->map (widget);
  charter_welcome_refresh (CHARTER_WELCOME (widget));
}

static void
charter_welcome_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CHARTER_TYPE_WELCOME);
  G_OBJECT_CLASS (charter_welcome_parent_class)->dispose (object);
}

static void
charter_welcome_class_init (CharterWelcomeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = charter_welcome_dispose;
  widget_class->map = charter_welcome_map;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/servicecharter/Charter/ui/charter-welcome.ui");
  gtk_widget_class_bind_template_child (widget_class, CharterWelcome, drafts_group);
  gtk_widget_class_bind_template_child (widget_class, CharterWelcome, drafts_list);
  gtk_widget_class_bind_template_child (widget_class, CharterWelcome, templates_list);
  gtk_widget_class_bind_template_child (widget_class, CharterWelcome, language_row);
  gtk_widget_class_bind_template_child (widget_class, CharterWelcome, recent_group);
  gtk_widget_class_bind_template_child (widget_class, CharterWelcome, templates_open_button);
  gtk_widget_class_bind_template_child (widget_class, CharterWelcome, recent_list);
  gtk_widget_class_bind_template_callback (widget_class, on_language_selected);
}

static void
charter_welcome_init (CharterWelcome *self)
{
  const char * const *names = g_get_language_names ();

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Start in the desktop's language when a template speaks it. */
  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_has_prefix (names[i], "da"))
      {
        adw_combo_row_set_selected (self->language_row, 1);
        break;
      }
  fill_templates (self);
}
