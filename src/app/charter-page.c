/* charter-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "charter-coach.h"
#include "charter-finding.h"
#include "charter-guidance.h"
#include "charter-list-editor.h"
#include "charter-page.h"
#include "charter-widget-text-private.h"
#include "charter-text-view.h"

typedef struct {
  GtkWidget   *widget;
  CharterField field;
} Binding;

typedef struct
{
  CharterDocument *document;
  GArray          *bindings;
  gboolean         complete;
  gboolean         updating;

  GtkLabel        *title_label;
  GtkLabel        *purpose_label;
  GtkLabel        *why_label;
  GtkLabel        *examples_label;
  GtkLabel        *pitfalls_label;
  GtkListBox      *findings_list;
  GtkWidget       *findings_group;
  GtkBox          *content;
} CharterPagePrivate;

static void charter_page_buildable_init (GtkBuildableIface *iface);

G_DEFINE_TYPE_WITH_CODE (CharterPage, charter_page, ADW_TYPE_BIN,
                         G_ADD_PRIVATE (CharterPage)
                         G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE, charter_page_buildable_init))

static GtkBuildableIface *parent_buildable;

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_TITLE,
  PROP_COMPLETE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Children of a subclass's template go below the guidance. */
static void
charter_page_add_child (GtkBuildable *buildable,
                        GtkBuilder   *builder,
                        GObject      *child,
                        const char   *type)
{
  CharterPagePrivate *priv = charter_page_get_instance_private (CHARTER_PAGE (buildable));

  if (priv->content != NULL && GTK_IS_WIDGET (child))
    gtk_box_append (priv->content, GTK_WIDGET (child));
  else
    parent_buildable->add_child (buildable, builder, child, type);
}

static void
charter_page_buildable_init (GtkBuildableIface *iface)
{
  parent_buildable = g_type_interface_peek_parent (iface);
  iface->add_child = charter_page_add_child;
}

static void
refresh_binding (CharterPage   *self,
                 const Binding *binding)
{
  CharterPagePrivate *priv = charter_page_get_instance_private (self);

  priv->updating = TRUE;
  charter_widget_set_text (binding->widget,
                   priv->document ? charter_document_get (priv->document, binding->field) : "");
  priv->updating = FALSE;
}

static void
on_field_changed (CharterDocument *document,
                  guint            field,
                  CharterPage     *self)
{
  CharterPagePrivate *priv = charter_page_get_instance_private (self);

  for (guint i = 0; i < priv->bindings->len; i++)
    {
      const Binding *binding = &g_array_index (priv->bindings, Binding, i);

      if (binding->field == field)
        refresh_binding (self, binding);
    }
}

static void
on_widget_changed (CharterPage *self,
                   GtkWidget   *widget)
{
  CharterPagePrivate *priv = charter_page_get_instance_private (self);

  if (priv->updating || priv->document == NULL)
    return;

  for (guint i = 0; i < priv->bindings->len; i++)
    {
      const Binding *binding = &g_array_index (priv->bindings, Binding, i);

      if (binding->widget == widget)
        {
          g_autofree char *text = charter_widget_get_text (widget);

          charter_document_set (priv->document, binding->field, text);
          return;
        }
    }
}

static void
on_buffer_changed (GtkTextBuffer *buffer,
                   CharterPage   *self)
{
  on_widget_changed (self, g_object_get_data (G_OBJECT (buffer), "charter-view"));
}

static void
on_editable_changed (GtkEditable *editable,
                     CharterPage *self)
{
  on_widget_changed (self, GTK_WIDGET (editable));
}

static void
update_complete (CharterPage *self)
{
  CharterPagePrivate *priv = charter_page_get_instance_private (self);
  gboolean complete = FALSE;

  if (priv->document != NULL)
    complete = charter_coach_get_step_completeness (priv->document,
                                                    charter_page_get_step (self)) == 100;
  if (complete == priv->complete)
    return;
  priv->complete = complete;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPLETE]);
}

static void
on_document_changed (CharterDocument *document,
                     CharterPage     *self)
{
  update_complete (self);
}

static char *
bulleted (char **lines)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; lines != NULL && lines[i] != NULL; i++)
    {
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append_printf (text, "• %s", lines[i]);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
fill_guidance (CharterPage *self)
{
  CharterPagePrivate *priv = charter_page_get_instance_private (self);
  CharterStep step = charter_page_get_step (self);
  g_auto(GStrv) examples = charter_guidance_get_examples (step);
  g_auto(GStrv) pitfalls = charter_guidance_get_pitfalls (step);
  g_autofree char *examples_text = bulleted (examples);
  g_autofree char *pitfalls_text = bulleted (pitfalls);

  gtk_label_set_label (priv->title_label, charter_page_get_title (self));
  gtk_label_set_label (priv->purpose_label, charter_guidance_get_purpose (step));
  gtk_label_set_label (priv->why_label, charter_guidance_get_why (step));
  gtk_label_set_label (priv->examples_label, examples_text);
  gtk_label_set_label (priv->pitfalls_label, pitfalls_text);
}

static void
charter_page_constructed (GObject *object)
{
  G_OBJECT_CLASS (charter_page_parent_class)->constructed (object);
  fill_guidance (CHARTER_PAGE (object));
}

static void
charter_page_dispose (GObject *object)
{
  CharterPage *self = CHARTER_PAGE (object);
  CharterPagePrivate *priv = charter_page_get_instance_private (self);

  if (priv->document != NULL)
    g_signal_handlers_disconnect_by_data (priv->document, self);
  g_clear_object (&priv->document);
  /* Every page class puts its own template on this one. GTK 4.8 tears
   * down the template of the instance's class whatever type it is given,
   * so asking for CHARTER_TYPE_PAGE aborts; the subclass's is the one to
   * tear down, and the base's children go with the page at finalize. */
  gtk_widget_dispose_template (GTK_WIDGET (self), G_OBJECT_TYPE (self));

  G_OBJECT_CLASS (charter_page_parent_class)->dispose (object);
}

static void
charter_page_finalize (GObject *object)
{
  CharterPagePrivate *priv = charter_page_get_instance_private (CHARTER_PAGE (object));

  g_clear_pointer (&priv->bindings, g_array_unref);

  G_OBJECT_CLASS (charter_page_parent_class)->finalize (object);
}

static void
charter_page_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  CharterPage *self = CHARTER_PAGE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, charter_page_get_document (self));
      break;
    case PROP_TITLE:
      g_value_set_string (value, charter_page_get_title (self));
      break;
    case PROP_COMPLETE:
      g_value_set_boolean (value, charter_page_get_complete (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
charter_page_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  CharterPage *self = CHARTER_PAGE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      charter_page_set_document (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
charter_page_class_init (CharterPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = charter_page_constructed;
  object_class->dispose = charter_page_dispose;
  object_class->finalize = charter_page_finalize;
  object_class->get_property = charter_page_get_property;
  object_class->set_property = charter_page_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, CHARTER_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_COMPLETE] =
    g_param_spec_boolean ("complete", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The pages' templates use them for their multi-line fields and lists. */
  g_type_ensure (CHARTER_TYPE_TEXT_VIEW);
  g_type_ensure (CHARTER_TYPE_LIST_EDITOR);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/servicecharter/Charter/ui/charter-page.ui");
  gtk_widget_class_bind_template_child_private (widget_class, CharterPage, title_label);
  gtk_widget_class_bind_template_child_private (widget_class, CharterPage, purpose_label);
  gtk_widget_class_bind_template_child_private (widget_class, CharterPage, why_label);
  gtk_widget_class_bind_template_child_private (widget_class, CharterPage, examples_label);
  gtk_widget_class_bind_template_child_private (widget_class, CharterPage, pitfalls_label);
  gtk_widget_class_bind_template_child_private (widget_class, CharterPage, findings_group);
  gtk_widget_class_bind_template_child_private (widget_class, CharterPage, findings_list);
  gtk_widget_class_bind_template_child_private (widget_class, CharterPage, content);
}

static void
charter_page_init (CharterPage *self)
{
  CharterPagePrivate *priv = charter_page_get_instance_private (self);

  priv->bindings = g_array_new (FALSE, FALSE, sizeof (Binding));
  gtk_widget_init_template (GTK_WIDGET (self));
}

CharterDocument *
charter_page_get_document (CharterPage *self)
{
  CharterPagePrivate *priv = charter_page_get_instance_private (self);

  g_return_val_if_fail (CHARTER_IS_PAGE (self), NULL);
  return priv->document;
}

void
charter_page_set_document (CharterPage     *self,
                           CharterDocument *document)
{
  CharterPagePrivate *priv = charter_page_get_instance_private (self);

  g_return_if_fail (CHARTER_IS_PAGE (self));
  g_return_if_fail (document == NULL || CHARTER_IS_DOCUMENT (document));

  if (priv->document == document)
    return;

  if (priv->document != NULL)
    g_signal_handlers_disconnect_by_data (priv->document, self);
  g_set_object (&priv->document, document);
  if (document != NULL)
    {
      g_signal_connect_object (document, "field-changed", G_CALLBACK (on_field_changed), self, 0);
      g_signal_connect_object (document, "changed", G_CALLBACK (on_document_changed), self, 0);
    }

  for (guint i = 0; i < priv->bindings->len; i++)
    refresh_binding (self, &g_array_index (priv->bindings, Binding, i));
  if (CHARTER_PAGE_GET_CLASS (self)->document_set != NULL)
    CHARTER_PAGE_GET_CLASS (self)->document_set (self, document);
  update_complete (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

CharterStep
charter_page_get_step (CharterPage *self)
{
  g_return_val_if_fail (CHARTER_IS_PAGE (self), CHARTER_STEP_ABOUT);
  return CHARTER_PAGE_GET_CLASS (self)->step;
}

const char *
charter_page_get_title (CharterPage *self)
{
  g_return_val_if_fail (CHARTER_IS_PAGE (self), NULL);
  return charter_step_get_title (charter_page_get_step (self));
}

gboolean
charter_page_get_complete (CharterPage *self)
{
  CharterPagePrivate *priv = charter_page_get_instance_private (self);

  g_return_val_if_fail (CHARTER_IS_PAGE (self), FALSE);
  return priv->complete;
}

static const char *
severity_icon (CharterSeverity severity)
{
  switch (severity)
    {
    case CHARTER_SEVERITY_ERROR:
      return "dialog-error-symbolic";
    case CHARTER_SEVERITY_WARNING:
      return "dialog-warning-symbolic";
    case CHARTER_SEVERITY_INFO:
    default:
      return "dialog-information-symbolic";
    }
}

static const char *
severity_name (CharterSeverity severity)
{
  switch (severity)
    {
    case CHARTER_SEVERITY_ERROR:
      return _("Error");
    case CHARTER_SEVERITY_WARNING:
      return _("Warning");
    case CHARTER_SEVERITY_INFO:
    default:
      return _("Missing");
    }
}

static void
on_finding_activated (AdwActionRow *row,
                      CharterPage  *self)
{
  CharterFinding *finding = g_object_get_data (G_OBJECT (row), "finding");
  int field = charter_finding_get_list (finding) == -1 ? charter_finding_get_field (finding) : -1;

  /* The window shows the finding's step and focuses its field. */
  gtk_widget_activate_action (GTK_WIDGET (self), "win.go-to", "(ii)",
                              (int)charter_finding_get_step (finding), field);
}

void
charter_page_set_findings (CharterPage *self,
                           GListModel  *findings)
{
  CharterPagePrivate *priv = charter_page_get_instance_private (self);
  CharterStep step = charter_page_get_step (self);
  guint shown = 0;
  GtkWidget *child;

  g_return_if_fail (CHARTER_IS_PAGE (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (priv->findings_list))) != NULL)
    gtk_list_box_remove (priv->findings_list, child);

  for (guint i = 0; findings != NULL && i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(CharterFinding) finding = g_list_model_get_item (findings, i);
      CharterSeverity severity;
      GtkWidget *row, *icon;

      if (step != CHARTER_STEP_REVIEW && charter_finding_get_step (finding) != step)
        continue;

      severity = charter_finding_get_severity (finding);
      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), charter_finding_get_message (finding));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), charter_finding_get_hint (finding));
      icon = gtk_image_new_from_icon_name (severity_icon (severity));
      gtk_widget_set_tooltip_text (icon, severity_name (severity));
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, severity_name (severity), -1);
      if (severity == CHARTER_SEVERITY_ERROR)
        gtk_widget_add_css_class (icon, "error");
      else if (severity == CHARTER_SEVERITY_WARNING)
        gtk_widget_add_css_class (icon, "warning");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      g_object_set_data_full (G_OBJECT (row), "finding", g_object_ref (finding), g_object_unref);
      /* On Review every finding leads to its step; elsewhere to its field. */
      if (step != charter_finding_get_step (finding) ||
          (charter_finding_get_list (finding) == -1 && charter_finding_get_field (finding) >= 0))
        {
          gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
          g_signal_connect (row, "activated", G_CALLBACK (on_finding_activated), self);
        }
      gtk_list_box_append (priv->findings_list, row);
      shown++;
    }

  gtk_widget_set_visible (priv->findings_group, shown > 0);
}

void
charter_page_bind_field (CharterPage  *self,
                         GtkWidget    *widget,
                         CharterField  field)
{
  CharterPagePrivate *priv = charter_page_get_instance_private (self);
  Binding binding = { widget, field };

  g_return_if_fail (CHARTER_IS_PAGE (self));
  g_return_if_fail (GTK_IS_TEXT_VIEW (widget) || GTK_IS_EDITABLE (widget));

  if (GTK_IS_TEXT_VIEW (widget))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));

      gtk_text_buffer_set_enable_undo (buffer, FALSE);
      g_object_set_data (G_OBJECT (buffer), "charter-view", widget);
      g_signal_connect_object (buffer, "changed", G_CALLBACK (on_buffer_changed), self, 0);
    }
  else
    {
      gtk_editable_set_enable_undo (GTK_EDITABLE (widget), FALSE);
      g_signal_connect_object (widget, "changed", G_CALLBACK (on_editable_changed), self, 0);
    }

  g_array_append_val (priv->bindings, binding);
  refresh_binding (self, &binding);
}

gboolean
charter_page_focus_field (CharterPage  *self,
                          CharterField  field)
{
  CharterPagePrivate *priv = charter_page_get_instance_private (self);

  g_return_val_if_fail (CHARTER_IS_PAGE (self), FALSE);

  for (guint i = 0; i < priv->bindings->len; i++)
    {
      const Binding *binding = &g_array_index (priv->bindings, Binding, i);

      if (binding->field == field)
        return gtk_widget_grab_focus (binding->widget);
    }
  return FALSE;
}

/* Not the page's first focusable widget: that is the guidance text, which
 * GTK selects whole when it takes the focus. */
gboolean
charter_page_focus_form (CharterPage *self)
{
  CharterPagePrivate *priv = charter_page_get_instance_private (self);

  g_return_val_if_fail (CHARTER_IS_PAGE (self), FALSE);

  return gtk_widget_child_focus (GTK_WIDGET (priv->content), GTK_DIR_TAB_FORWARD);
}
