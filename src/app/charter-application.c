/* charter-application.c — one instance, one window per charter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "charter-application.h"
#include "charter-preferences.h"
#include "charter-window.h"

struct _CharterApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (CharterApplication, charter_application, ADW_TYPE_APPLICATION)

static CharterWindow *
empty_window (CharterApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (CHARTER_IS_WINDOW (l->data) && charter_window_is_empty (l->data))
      return l->data;
  return NULL;
}

static CharterWindow *
window_for_file (CharterApplication *self,
                 GFile              *file)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (CHARTER_IS_WINDOW (l->data) && charter_window_get_file (l->data) != NULL &&
        g_file_equal (charter_window_get_file (l->data), file))
      return l->data;
  return NULL;
}

static void
charter_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (charter_window_new (GTK_APPLICATION (app)));
  gtk_window_present (window);
}

static void
charter_application_open (GApplication  *app,
                          GFile        **files,
                          int            n_files,
                          const char    *hint)
{
  CharterApplication *self = CHARTER_APPLICATION (app);

  for (int i = 0; i < n_files; i++)
    {
      CharterWindow *window = window_for_file (self, files[i]);

      if (window == NULL)
        {
          window = empty_window (self);
          if (window == NULL)
            window = charter_window_new (GTK_APPLICATION (app));
          /* It presents itself once the charter is read. */
          charter_window_open_file (window, files[i]);
          continue;
        }
      gtk_window_present (GTK_WINDOW (window));
    }
}

static void
action_new_window (GSimpleAction *action,
                   GVariant      *param,
                   gpointer       data)
{
  gtk_window_present (GTK_WINDOW (charter_window_new (GTK_APPLICATION (data))));
}

static void
action_quit (GSimpleAction *action,
             GVariant      *param,
             gpointer       data)
{
  /* Closing each window asks about unsaved changes. */
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (data)));

  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
  g_list_free (windows);
}

static void
action_preferences (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       data)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (data));
  GtkWindow *preferences = charter_preferences_new (parent);

  gtk_window_present (preferences);
}

static void
action_about (GSimpleAction *action,
              GVariant      *param,
              gpointer       data)
{
  static const char *developers[] = { "The Charter developers", NULL };
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (data));
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", parent,
                        "application-name", _("Charter"),
                        "application-icon", APP_ID,
                        "developer-name", _("The Charter developers"),
                        "version", PACKAGE_VERSION,
                        "comments", _("Write a customer service charter and print it"),
                        "website", "https://servicecharter.github.io",
                        "issue-url", "https://github.com/servicecharter/charter/issues",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "copyright", "© 2026 The Charter developers",
                        "developers", developers,
                        /* Translators: your names, one per line */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static const GActionEntry app_actions[] = {
  { "new-window", action_new_window, NULL, NULL, NULL, { 0 } },
  { "preferences", action_preferences, NULL, NULL, NULL, { 0 } },
  { "about", action_about, NULL, NULL, NULL, { 0 } },
  { "quit", action_quit, NULL, NULL, NULL, { 0 } },
};

static void
charter_application_startup (GApplication *app)
{
  static const struct {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "app.new-window", { "<Control>n", NULL } },
    { "app.quit", { "<Control>q", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
    { "win.open", { "<Control>o", NULL } },
    { "win.save", { "<Control>s", NULL } },
    { "win.save-as", { "<Control><Shift>s", NULL } },
    { "win.export", { "<Control>e", NULL } },
    { "win.print", { "<Control>p", NULL } },
    { "win.undo", { "<Control>z", NULL } },
    { "win.redo", { "<Control><Shift>z", "<Control>y", NULL } },
    { "win.previous-step", { "<Alt>Up", "<Control>Page_Up", NULL } },
    { "win.next-step", { "<Alt>Down", "<Control>Page_Down", NULL } },
    { "win.toggle-preview", { "F9", NULL } },
    { "win.show-results", { "<Control>r", NULL } },
    { "window.close", { "<Control>w", NULL } },
    { "preview.next-page", { "<Alt>Page_Down", NULL } },
    { "preview.previous-page", { "<Alt>Page_Up", NULL } },
  };

  G_APPLICATION_CLASS (charter_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app), accels[i].action, accels[i].accels);

  g_set_application_name (_("Charter"));
  gtk_window_set_default_icon_name (APP_ID);
}

static void
charter_application_class_init (CharterApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->activate = charter_application_activate;
  app_class->open = charter_application_open;
  app_class->startup = charter_application_startup;
}

static void
charter_application_init (CharterApplication *self)
{
}

CharterApplication *
charter_application_new (void)
{
  return g_object_new (CHARTER_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       /* One resource path for release and .Devel builds. */
                       "resource-base-path", "/io/github/servicecharter/Charter",
                       NULL);
}
