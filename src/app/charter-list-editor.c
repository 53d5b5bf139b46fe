/* charter-list-editor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "charter-list-editor.h"
#include "charter-text-view.h"
#include "charter-widget-text-private.h"

typedef enum {
  EDIT_ENTRY,
  EDIT_CHOICE,
  EDIT_SWITCH,
} EditKind;

typedef struct {
  const char *value;   /* stored in the file */
  const char *label;   /* shown, translatable */
} Choice;

typedef struct {
  guint         field;
  EditKind      edit;
  const char   *label;
  const Choice *choices;  /* EDIT_CHOICE: NULL-terminated; the first is the default */
} FieldSpec;

typedef struct {
  const char      *id;
  const char      *add_label;     /* tooltip of the add button */
  const char      *empty_label;   /* placeholder when the list is empty */
  const char      *new_title;     /* row title while the main field is empty */
  guint            title_field;
  const FieldSpec *fields;        /* every field but the title, ends with label NULL */
} ListSpec;

static const Choice pillars[] = {
  { "happen", N_("Make it happen") },
  { "easy", N_("Make it easy") },
  { "better", N_("Make it better") },
  { NULL, NULL }
};

static const Choice time_bases[] = {
  { "", N_("Not stated") },
  { "working", N_("Working time") },
  { "calendar", N_("Calendar time") },
  { NULL, NULL }
};

static const Choice directions[] = {
  { "", N_("At most the target (faster is better)") },
  { "at-least", N_("At least the target (more is better)") },
  { NULL, NULL }
};

static const FieldSpec channel_fields[] = {
  { CHARTER_CHANNEL_DETAILS, EDIT_ENTRY, N_("Details (number, address, link)"), NULL },
  { CHARTER_CHANNEL_HOURS, EDIT_ENTRY, N_("Opening hours"), NULL },
  { CHARTER_CHANNEL_ACCESSIBILITY, EDIT_ENTRY, N_("Accessibility"), NULL },
  { 0, 0, NULL, NULL }
};

static const FieldSpec standard_fields[] = {
  { CHARTER_STANDARD_PILLAR, EDIT_CHOICE, N_("Pillar"), pillars },
  { CHARTER_STANDARD_CHANNEL, EDIT_ENTRY, N_("Channel"), NULL },
  { CHARTER_STANDARD_METRIC, EDIT_ENTRY, N_("What is measured"), NULL },
  { CHARTER_STANDARD_TARGET, EDIT_ENTRY, N_("Target (a number)"), NULL },
  { CHARTER_STANDARD_UNIT, EDIT_ENTRY, N_("Unit (seconds, working days…)"), NULL },
  { CHARTER_STANDARD_SHARE, EDIT_ENTRY, N_("Share of cases (%)"), NULL },
  { CHARTER_STANDARD_DIRECTION, EDIT_CHOICE, N_("Meets the target when"), directions },
  { CHARTER_STANDARD_CLOCK_START, EDIT_ENTRY, N_("The clock starts when"), NULL },
  { CHARTER_STANDARD_TIME_BASIS, EDIT_CHOICE, N_("Time counted in"), time_bases },
  { CHARTER_STANDARD_OWNER, EDIT_ENTRY, N_("Owner"), NULL },
  { CHARTER_STANDARD_REPORTING, EDIT_ENTRY, N_("Reported"), NULL },
  { CHARTER_STANDARD_HEADLINE, EDIT_SWITCH, N_("Feature on posters and cards"), NULL },
  { 0, 0, NULL, NULL }
};

static const FieldSpec stage_fields[] = {
  { CHARTER_STAGE_HANDLER, EDIT_ENTRY, N_("Handled by"), NULL },
  { CHARTER_STAGE_ACKNOWLEDGE, EDIT_ENTRY, N_("Acknowledged within"), NULL },
  { CHARTER_STAGE_RESOLVE, EDIT_ENTRY, N_("Resolved within"), NULL },
  { 0, 0, NULL, NULL }
};

static const FieldSpec change_fields[] = {
  { CHARTER_CHANGE_VERSION, EDIT_ENTRY, N_("Version"), NULL },
  { CHARTER_CHANGE_DATE, EDIT_ENTRY, N_("Date (YYYY-MM-DD)"), NULL },
  { 0, 0, NULL, NULL }
};

static const FieldSpec no_fields[] = {
  { 0, 0, NULL, NULL }
};

static const ListSpec specs[CHARTER_N_LISTS] = {
  [CHARTER_LIST_CHANNELS] = { "channels", N_("Add a channel"), N_("No contact channels yet"),
                              N_("New channel"), CHARTER_CHANNEL_NAME, channel_fields },
  [CHARTER_LIST_STANDARDS] = { "standards", N_("Add a standard"), N_("No standards yet"),
                               N_("New standard"), CHARTER_STANDARD_TEXT, standard_fields },
  [CHARTER_LIST_RIGHTS] = { "rights", N_("Add a right"), N_("No rights yet"),
                            N_("What customers can expect"), CHARTER_TEXT_TEXT, no_fields },
  [CHARTER_LIST_RESPONSIBILITIES] = { "responsibilities", N_("Add a way customers can help"),
                                      N_("Nothing yet"), N_("How customers can help"),
                                      CHARTER_TEXT_TEXT, no_fields },
  [CHARTER_LIST_STAGES] = { "stages", N_("Add a stage"), N_("No complaint stages yet"),
                            N_("New stage"), CHARTER_STAGE_NAME, stage_fields },
  [CHARTER_LIST_CHANGES] = { "changes", N_("Add a change"), N_("No changes recorded"),
                             N_("What changed"), CHARTER_CHANGE_TEXT, change_fields },
  [CHARTER_LIST_PUBLISHED] = { "published", N_("Add a place"), N_("Not published anywhere yet"),
                               N_("Where it is published"), CHARTER_TEXT_TEXT, no_fields },
  [CHARTER_LIST_FORMATS] = { "formats", N_("Add a format"), N_("No alternative formats"),
                             N_("Alternative format"), CHARTER_TEXT_TEXT, no_fields },
};

struct _CharterListEditor
{
  AdwBin           parent_instance;

  CharterDocument *document;
  CharterListKind  kind;
  /* Set while a widget is written from the model, so it is not written back. */
  gboolean         updating;
  int              focus_after_rebuild;  /* position to focus, or -1 */
  const char      *focus_button;         /* "up", "down" or NULL: the row itself */

  AdwPreferencesGroup *group;
  GtkListBox          *list;
  GtkButton           *add_button;
};

G_DEFINE_FINAL_TYPE (CharterListEditor, charter_list_editor, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_LIST,
  PROP_TITLE,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const ListSpec *
spec (CharterListEditor *self)
{
  return &specs[self->kind];
}

static gboolean
is_expanding (CharterListEditor *self)
{
  return spec (self)->fields[0].label != NULL;
}

static guint
choice_index (const Choice *choices,
              const char   *value)
{
  for (guint i = 0; choices[i].value != NULL; i++)
    if (g_str_equal (choices[i].value, value))
      return i;
  return 0;
}

/* The row's title follows its main field; empty rows say what they are. */
static void
update_row_title (CharterListEditor *self,
                  GtkWidget         *row,
                  CharterItem       *item)
{
  const char *text = charter_item_get (item, spec (self)->title_field);
  const char *subtitle = NULL;
  g_autofree char *target = NULL;

  if (!ADW_IS_EXPANDER_ROW (row))
    return;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), *text ? text : _(spec (self)->new_title));
  if (self->kind == CHARTER_LIST_STANDARDS)
    {
      const char *value = charter_item_get (item, CHARTER_STANDARD_TARGET);
      const char *unit = charter_item_get (item, CHARTER_STANDARD_UNIT);
      const char *share = charter_item_get (item, CHARTER_STANDARD_SHARE);

      if (*value)
        {
          if (*share)
            /* Translators: a standard's target, e.g. "20 seconds · 90 % of cases" */
            target = g_strdup_printf (_("%s %s · %s %% of cases"), value, unit, share);
          else
            target = g_strdup_printf ("%s %s", value, unit);
        }
      subtitle = target ? target : _("No measurable target yet");
    }
  else if (self->kind == CHARTER_LIST_CHANNELS)
    subtitle = charter_item_get (item, CHARTER_CHANNEL_HOURS);
  else if (self->kind == CHARTER_LIST_STAGES)
    subtitle = charter_item_get (item, CHARTER_STAGE_HANDLER);
  else if (self->kind == CHARTER_LIST_CHANGES)
    subtitle = charter_item_get (item, CHARTER_CHANGE_VERSION);

  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle ? subtitle : "");
}

static void
on_entry_changed (GtkEditable       *editable,
                  CharterListEditor *self)
{
  CharterItem *item = g_object_get_data (G_OBJECT (editable), "item");
  guint field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (editable), "field"));

  if (!self->updating)
    charter_item_set (item, field, gtk_editable_get_text (editable));
}

static void
on_text_changed (GtkTextBuffer     *buffer,
                 CharterListEditor *self)
{
  GtkWidget *view = g_object_get_data (G_OBJECT (buffer), "view");
  CharterItem *item = g_object_get_data (G_OBJECT (view), "item");
  guint field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (view), "field"));
  g_autofree char *text = NULL;

  if (self->updating)
    return;
  text = charter_widget_get_text (view);
  charter_item_set (item, field, text);
}

static void
on_choice_selected (AdwComboRow       *combo,
                    GParamSpec        *pspec,
                    CharterListEditor *self)
{
  CharterItem *item = g_object_get_data (G_OBJECT (combo), "item");
  const FieldSpec *field = g_object_get_data (G_OBJECT (combo), "spec");
  guint selected = adw_combo_row_get_selected (combo);

  if (!self->updating && selected != GTK_INVALID_LIST_POSITION)
    charter_item_set (item, field->field, field->choices[selected].value);
}

static void
on_switch_active (GtkSwitch         *toggle,
                  GParamSpec        *pspec,
                  CharterListEditor *self)
{
  CharterItem *item = g_object_get_data (G_OBJECT (toggle), "item");
  guint field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (toggle), "field"));

  if (!self->updating)
    charter_item_set (item, field, gtk_switch_get_active (toggle) ? "true" : NULL);
}

/* Writes one field of @item into the widget editing it. */
static void
refresh_editor (CharterListEditor *self,
                GtkWidget         *editor,
                CharterItem       *item)
{
  guint field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (editor), "field"));
  const char *value = charter_item_get (item, field);

  self->updating = TRUE;
  if (GTK_IS_TEXT_VIEW (editor) || GTK_IS_EDITABLE (editor))
    charter_widget_set_text (editor, value);
  else if (ADW_IS_COMBO_ROW (editor))
    {
      const FieldSpec *spec = g_object_get_data (G_OBJECT (editor), "spec");
      adw_combo_row_set_selected (ADW_COMBO_ROW (editor), choice_index (spec->choices, value));
    }
  else if (GTK_IS_SWITCH (editor))
    gtk_switch_set_active (GTK_SWITCH (editor), g_str_equal (value, "true"));
  self->updating = FALSE;
}

static void
on_item_changed (CharterItem *item,
                 guint        field,
                 GtkWidget   *row)
{
  CharterListEditor *self = g_object_get_data (G_OBJECT (row), "editor");
  GPtrArray *editors = g_object_get_data (G_OBJECT (row), "editors");

  for (guint i = 0; i < editors->len; i++)
    {
      GtkWidget *editor = g_ptr_array_index (editors, i);

      if (GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (editor), "field")) == field)
        refresh_editor (self, editor, item);
    }
  update_row_title (self, row, item);
}

static GtkWidget *
add_editor (CharterListEditor *self,
            GtkWidget         *row,
            CharterItem       *item,
            const FieldSpec   *field)
{
  GPtrArray *editors = g_object_get_data (G_OBJECT (row), "editors");
  GtkWidget *editor;
  GtkWidget *child;

  switch (field->edit)
    {
    case EDIT_CHOICE:
      {
        g_autoptr(GtkStringList) strings = gtk_string_list_new (NULL);

        for (guint i = 0; field->choices[i].value != NULL; i++)
          gtk_string_list_append (strings, _(field->choices[i].label));
        editor = child = adw_combo_row_new ();
        adw_combo_row_set_model (ADW_COMBO_ROW (editor), G_LIST_MODEL (strings));
        g_object_set_data (G_OBJECT (editor), "spec", (gpointer)field);
        g_signal_connect_object (editor, "notify::selected", G_CALLBACK (on_choice_selected), self, 0);
      }
      break;
    case EDIT_SWITCH:
      child = adw_action_row_new ();
      editor = gtk_switch_new ();
      gtk_widget_set_valign (editor, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (child), editor);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (child), editor);
      gtk_accessible_update_property (GTK_ACCESSIBLE (editor),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _(field->label), -1);
      g_signal_connect_object (editor, "notify::active", G_CALLBACK (on_switch_active), self, 0);
      break;
    case EDIT_ENTRY:
    default:
      editor = child = adw_entry_row_new ();
      gtk_editable_set_enable_undo (GTK_EDITABLE (editor), FALSE);
      g_signal_connect_object (editor, "changed", G_CALLBACK (on_entry_changed), self, 0);
      break;
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (child), _(field->label));
  g_object_set_data (G_OBJECT (editor), "item", item);
  g_object_set_data (G_OBJECT (editor), "field", GUINT_TO_POINTER (field->field));
  g_ptr_array_add (editors, editor);
  refresh_editor (self, editor, item);

  if (ADW_IS_EXPANDER_ROW (row))
    adw_expander_row_add_row (ADW_EXPANDER_ROW (row), child);
  return editor;
}

static guint
row_position (GtkWidget *row)
{
  return (guint)gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
}

/* Moves the item at @from to @to; the rebuilt row then takes the focus,
 * on its button named @focus_button if that can still be pressed. */
static void
move_item (CharterListEditor *self,
           guint              from,
           guint              to,
           const char        *focus_button)
{
  self->focus_after_rebuild = to;
  self->focus_button = focus_button;
  charter_document_move_item (self->document, self->kind, from, to);
}

static void
on_move (GtkButton *button,
         GtkWidget *row)
{
  CharterListEditor *self = g_object_get_data (G_OBJECT (row), "editor");
  gboolean up = g_object_get_data (G_OBJECT (button), "up") != NULL;
  guint from = row_position (row);
  guint n = charter_document_get_n_items (self->document, self->kind);
  guint to;

  if ((up && from == 0) || (!up && from + 1 >= n))
    return;
  to = up ? from - 1 : from + 1;
  move_item (self, from, to, up ? "up" : "down");
}

static void
on_remove (GtkButton *button,
           GtkWidget *row)
{
  CharterListEditor *self = g_object_get_data (G_OBJECT (row), "editor");
  guint position = row_position (row);
  guint n = charter_document_get_n_items (self->document, self->kind);

  self->focus_after_rebuild = n > 1 ? (int)MIN (position, n - 2) : -1;
  self->focus_button = NULL;
  charter_document_remove_item (self->document, self->kind, position);
  if (n <= 1)
    gtk_widget_grab_focus (GTK_WIDGET (self->add_button));
}

static GtkWidget *
row_button (GtkWidget   *row,
            const char  *icon,
            const char  *label,
            GCallback    callback,
            const char  *name)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_widget_set_name (button, name);
  g_signal_connect (button, "clicked", callback, row);
  return button;
}

static void
add_row_buttons (GtkWidget *row)
{
  GtkWidget *up = row_button (row, "go-up-symbolic", _("Move up"), G_CALLBACK (on_move), "up");
  GtkWidget *down = row_button (row, "go-down-symbolic", _("Move down"), G_CALLBACK (on_move), "down");
  GtkWidget *remove = row_button (row, "user-trash-symbolic", _("Remove"), G_CALLBACK (on_remove), "remove");

  g_object_set_data (G_OBJECT (up), "up", GINT_TO_POINTER (1));
  /* Expander rows pack actions from the end: add them in reverse. */
  if (ADW_IS_EXPANDER_ROW (row))
    {
      adw_expander_row_add_action (ADW_EXPANDER_ROW (row), remove);
      adw_expander_row_add_action (ADW_EXPANDER_ROW (row), down);
      adw_expander_row_add_action (ADW_EXPANDER_ROW (row), up);
    }
  else
    {
      GtkBox *buttons = g_object_get_data (G_OBJECT (row), "buttons");

      gtk_box_append (buttons, up);
      gtk_box_append (buttons, down);
      gtk_box_append (buttons, remove);
    }
}

/* --- dragging an item by its handle onto another item's place */

static GdkContentProvider *
on_drag_prepare (GtkDragSource *source,
                 double         x,
                 double         y,
                 GtkWidget     *row)
{
  g_object_set_data (G_OBJECT (row), "drag-x", GINT_TO_POINTER ((int) x));
  g_object_set_data (G_OBJECT (row), "drag-y", GINT_TO_POINTER ((int) y));
  return gdk_content_provider_new_typed (GTK_TYPE_LIST_BOX_ROW, row);
}

/* What the item says: an expander row's title, a text row's text. */
static char *
row_text (GtkWidget *row)
{
  GtkWidget *editor = g_object_get_data (G_OBJECT (row), "first-editor");

  if (ADW_IS_PREFERENCES_ROW (row))
    return g_strdup (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
  return editor != NULL ? charter_widget_get_text (editor) : g_strdup ("");
}

/* A card with the item's text follows the pointer, held where it was
 * picked up: the row itself has no background of its own to show. */
static void
on_drag_begin (GtkDragSource *source,
               GdkDrag       *drag,
               GtkWidget     *row)
{
  GtkWidget *handle = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source));
  GtkWidget *card = gtk_list_box_new ();
  g_autofree char *text = row_text (row);
  GtkWidget *label = gtk_label_new (text);
  graphene_point_t at = GRAPHENE_POINT_INIT (GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "drag-x")),
                                             GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "drag-y")));

  gtk_widget_add_css_class (card, "boxed-list");
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_list_box_append (GTK_LIST_BOX (card), label);
  gtk_widget_set_size_request (card, gtk_widget_get_width (row), -1);
  gtk_drag_icon_set_child (GTK_DRAG_ICON (gtk_drag_icon_get_for_drag (drag)), card);

  if (!gtk_widget_compute_point (handle, row, &at, &at))
    at = GRAPHENE_POINT_INIT (0, 0);
  gdk_drag_set_hotspot (drag, (int) at.x, (int) at.y);
}

static GdkDragAction
on_drop_enter (GtkDropTarget *target,
               double         x,
               double         y,
               GtkWidget     *row)
{
  gtk_list_box_drag_highlight_row (GTK_LIST_BOX (gtk_widget_get_parent (row)), GTK_LIST_BOX_ROW (row));
  return GDK_ACTION_MOVE;
}

static void
on_drop_leave (GtkDropTarget *target,
               GtkWidget     *row)
{
  gtk_list_box_drag_unhighlight_row (GTK_LIST_BOX (gtk_widget_get_parent (row)));
}

/* The dragged item takes the place of the one it is dropped on, which
 * moves aside; only items of the same list are taken. */
static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         GtkWidget     *row)
{
  CharterListEditor *self = g_object_get_data (G_OBJECT (row), "editor");
  GtkWidget *dragged = g_value_get_object (value);
  guint from, to;

  if (dragged == NULL || gtk_widget_get_parent (dragged) != GTK_WIDGET (self->list))
    return FALSE;
  from = row_position (dragged);
  to = row_position (row);
  if (from == to)
    return FALSE;

  move_item (self, from, to, NULL);
  return TRUE;
}

static void
add_drag_handle (GtkWidget *row)
{
  GtkWidget *handle = gtk_image_new_from_icon_name ("list-drag-handle-symbolic");
  GtkDragSource *source = gtk_drag_source_new ();
  GtkDropTarget *target = gtk_drop_target_new (GTK_TYPE_LIST_BOX_ROW, GDK_ACTION_MOVE);

  gtk_widget_add_css_class (handle, "dim-label");
  gtk_widget_set_valign (handle, GTK_ALIGN_CENTER);
  gtk_widget_set_cursor_from_name (handle, "grab");
  /* Reached with the row's buttons or Alt+Shift+Up/Down from the keyboard. */
  gtk_widget_set_tooltip_text (handle, _("Drag to move"));
  gtk_widget_set_name (handle, "handle");

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (on_drag_prepare), row);
  g_signal_connect (source, "drag-begin", G_CALLBACK (on_drag_begin), row);
  gtk_widget_add_controller (handle, GTK_EVENT_CONTROLLER (source));

  g_signal_connect (target, "enter", G_CALLBACK (on_drop_enter), row);
  g_signal_connect (target, "leave", G_CALLBACK (on_drop_leave), row);
  g_signal_connect (target, "drop", G_CALLBACK (on_drop), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (target));

  if (ADW_IS_EXPANDER_ROW (row))
    adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row), handle);
  else
    {
      gtk_widget_set_margin_start (handle, 12);
      gtk_box_prepend (GTK_BOX (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row))), handle);
    }
}

static void
on_row_destroy (GtkWidget *row,
                gpointer   data)
{
  CharterItem *item = g_object_get_data (G_OBJECT (row), "item");

  if (item != NULL)
    g_signal_handlers_disconnect_by_func (item, on_item_changed, row);
}

/* An expander row's editors are built the first time it opens: a list of
 * standards is a dozen entry rows per item, and most stay closed. */
static void
on_row_expanded (GtkWidget         *row,
                 GParamSpec        *pspec,
                 CharterListEditor *self)
{
  const ListSpec *list = spec (self);
  CharterItem *item = g_object_get_data (G_OBJECT (row), "item");
  FieldSpec title = { list->title_field, EDIT_ENTRY, NULL, NULL };
  GtkWidget *editor;

  if (!adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)) ||
      g_object_get_data (G_OBJECT (row), "first-editor") != NULL)
    return;

  /* The main field comes first inside the row, labelled like the list. */
  title.label = self->kind == CHARTER_LIST_STANDARDS ? N_("The promise") :
                self->kind == CHARTER_LIST_CHANGES ? N_("What changed") : N_("Name");
  editor = add_editor (self, row, item, &title);
  g_object_set_data (G_OBJECT (row), "first-editor", editor);
  for (guint i = 0; list->fields[i].label != NULL; i++)
    add_editor (self, row, item, &list->fields[i]);
}

static GtkWidget *
create_row (gpointer object,
            gpointer data)
{
  CharterListEditor *self = data;
  CharterItem *item = object;
  const ListSpec *list = spec (self);
  GtkWidget *row;

  if (is_expanding (self))
    row = adw_expander_row_new ();
  else
    row = gtk_list_box_row_new ();

  g_object_set_data (G_OBJECT (row), "editor", self);
  g_object_set_data_full (G_OBJECT (row), "item", g_object_ref (item), g_object_unref);
  g_object_set_data_full (G_OBJECT (row), "editors", g_ptr_array_new (), (GDestroyNotify)g_ptr_array_unref);

  if (is_expanding (self))
    g_signal_connect (row, "notify::expanded", G_CALLBACK (on_row_expanded), self);
  else
    {
      /* A right or a way to help is a sentence or two: the whole text,
       * wrapped, editable in place, with the row's buttons beside it. */
      GPtrArray *editors = g_object_get_data (G_OBJECT (row), "editors");
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
      GtkWidget *view = g_object_new (CHARTER_TYPE_TEXT_VIEW,
                                      "wrap-mode", GTK_WRAP_WORD_CHAR,
                                      "accepts-tab", FALSE,
                                      "hexpand", TRUE,
                                      "top-margin", 12,
                                      "bottom-margin", 12,
                                      "left-margin", 6,
                                      NULL);
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));

      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_widget_add_css_class (view, "charter-row-text");
      gtk_text_buffer_set_enable_undo (buffer, FALSE);
      gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _(list->new_title), -1);
      gtk_widget_set_valign (buttons, GTK_ALIGN_CENTER);
      gtk_widget_set_margin_end (buttons, 6);
      gtk_box_append (GTK_BOX (box), view);
      gtk_box_append (GTK_BOX (box), buttons);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
      g_object_set_data (G_OBJECT (row), "buttons", buttons);

      g_object_set_data (G_OBJECT (view), "item", item);
      g_object_set_data (G_OBJECT (view), "field", GUINT_TO_POINTER (list->title_field));
      g_object_set_data (G_OBJECT (buffer), "view", view);
      g_ptr_array_add (editors, view);
      refresh_editor (self, view, item);
      g_signal_connect_object (buffer, "changed", G_CALLBACK (on_text_changed), self, 0);
      g_object_set_data (G_OBJECT (row), "first-editor", view);
    }

  add_drag_handle (row);
  add_row_buttons (row);
  update_row_title (self, row, item);
  g_signal_connect_object (item, "changed", G_CALLBACK (on_item_changed), row, 0);
  g_signal_connect (row, "destroy", G_CALLBACK (on_row_destroy), NULL);

  return row;
}

static GtkWidget *
find_named_child (GtkWidget  *widget,
                  const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_named_child (child, name);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* After a move or removal the rows are new: put the focus back where the
 * keyboard user expects it, on the same button of the moved row. */
static gboolean
restore_focus (gpointer data)
{
  CharterListEditor *self = data;
  GtkListBoxRow *row;

  if (self->focus_after_rebuild >= 0 &&
      (row = gtk_list_box_get_row_at_index (self->list, self->focus_after_rebuild)) != NULL)
    {
      GtkWidget *target = self->focus_button ? find_named_child (GTK_WIDGET (row), self->focus_button) : NULL;

      /* Moved to an end, the button it was on cannot be pressed any more. */
      gtk_widget_grab_focus (target && gtk_widget_is_sensitive (target) ? target : GTK_WIDGET (row));
    }
  self->focus_after_rebuild = -1;
  g_object_unref (self);
  return G_SOURCE_REMOVE;
}

/* The item row holding the keyboard focus, if it is one of this list's:
 * the focus may be in a field row nested inside an item's expander. */
static GtkWidget *
focused_row (CharterListEditor *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *row = focus != NULL ? gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW) : NULL;

  while (row != NULL && gtk_widget_get_parent (row) != GTK_WIDGET (self->list))
    row = gtk_widget_get_ancestor (gtk_widget_get_parent (row), GTK_TYPE_LIST_BOX_ROW);
  return row;
}

/* Alt+Shift+Up and Down: what the row's own buttons do, from anywhere in
 * the row, fields included. */
static void
action_move (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  CharterListEditor *self = CHARTER_LIST_EDITOR (widget);
  GtkWidget *row = focused_row (self);
  const char *name = g_str_equal (action_name, "list.move-up") ? "up" : "down";
  GtkWidget *button = row != NULL ? find_named_child (row, name) : NULL;

  /* on_move() itself leaves the top and bottom items where they are. */
  if (button != NULL)
    on_move (GTK_BUTTON (button), row);
}

/* Move up on the first row and Move down on the last do nothing: say so. */
static void
update_move_buttons (CharterListEditor *self)
{
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->list, i)) != NULL; i++)
    {
      GtkWidget *up = find_named_child (GTK_WIDGET (row), "up");
      GtkWidget *down = find_named_child (GTK_WIDGET (row), "down");

      if (up != NULL)
        gtk_widget_set_sensitive (up, i > 0);
      if (down != NULL)
        gtk_widget_set_sensitive (down, gtk_list_box_get_row_at_index (self->list, i + 1) != NULL);
    }
}

static void
on_items_changed (GListModel        *model,
                  guint              position,
                  guint              removed,
                  guint              added,
                  CharterListEditor *self)
{
  update_move_buttons (self);
  if (self->focus_after_rebuild >= 0)
    g_idle_add (restore_focus, g_object_ref (self));
}

static void
bind_list (CharterListEditor *self)
{
  GListModel *model = self->document ? charter_document_get_list (self->document, self->kind) : NULL;

  gtk_list_box_bind_model (self->list, model, create_row, self, NULL);
  if (model != NULL)
    g_signal_connect_object (model, "items-changed", G_CALLBACK (on_items_changed), self, G_CONNECT_AFTER);
  update_move_buttons (self);
}

static void
on_add_clicked (GtkButton         *button,
                CharterListEditor *self)
{
  charter_list_editor_add (self);
}

static void
set_list (CharterListEditor *self,
          const char        *id)
{
  for (guint k = 0; k < CHARTER_N_LISTS; k++)
    if (g_strcmp0 (specs[k].id, id) == 0)
      {
        GtkWidget *placeholder = gtk_label_new (_(specs[k].empty_label));

        self->kind = k;
        gtk_widget_add_css_class (placeholder, "dim-label");
        gtk_widget_set_margin_top (placeholder, 12);
        gtk_widget_set_margin_bottom (placeholder, 12);
        gtk_list_box_set_placeholder (self->list, placeholder);
        gtk_widget_set_tooltip_text (GTK_WIDGET (self->add_button), _(specs[k].add_label));
        gtk_accessible_update_property (GTK_ACCESSIBLE (self->add_button),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, _(specs[k].add_label), -1);
        bind_list (self);
        return;
      }
  g_warning ("unknown list “%s”", id);
}

static void
charter_list_editor_dispose (GObject *object)
{
  CharterListEditor *self = CHARTER_LIST_EDITOR (object);

  if (self->list != NULL)
    gtk_list_box_bind_model (self->list, NULL, NULL, NULL, NULL);
  g_clear_object (&self->document);
  /* The group is both the bin's child and a template child: let the bin
   * drop it first, or the template teardown unparents it behind AdwBin's
   * back and AdwBin's dispose unparents a dead widget. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), CHARTER_TYPE_LIST_EDITOR);

  G_OBJECT_CLASS (charter_list_editor_parent_class)->dispose (object);
}

static void
charter_list_editor_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  CharterListEditor *self = CHARTER_LIST_EDITOR (object);

  switch (prop_id)
    {
    case PROP_LIST:
      g_value_set_string (value, specs[self->kind].id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, adw_preferences_group_get_title (self->group));
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, adw_preferences_group_get_description (self->group));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
charter_list_editor_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  CharterListEditor *self = CHARTER_LIST_EDITOR (object);

  switch (prop_id)
    {
    case PROP_LIST:
      set_list (self, g_value_get_string (value));
      break;
    case PROP_TITLE:
      adw_preferences_group_set_title (self->group, g_value_get_string (value));
      break;
    case PROP_DESCRIPTION:
      adw_preferences_group_set_description (self->group, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
charter_list_editor_class_init (CharterListEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = charter_list_editor_dispose;
  object_class->get_property = charter_list_editor_get_property;
  object_class->set_property = charter_list_editor_set_property;

  properties[PROP_LIST] =
    g_param_spec_string ("list", NULL, NULL, "rights",
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/servicecharter/Charter/ui/charter-list-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, CharterListEditor, group);
  gtk_widget_class_bind_template_child (widget_class, CharterListEditor, list);
  gtk_widget_class_bind_template_child (widget_class, CharterListEditor, add_button);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked);

  gtk_widget_class_install_action (widget_class, "list.move-up", NULL, action_move);
  gtk_widget_class_install_action (widget_class, "list.move-down", NULL, action_move);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK | GDK_SHIFT_MASK, "list.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Up, GDK_ALT_MASK | GDK_SHIFT_MASK, "list.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK | GDK_SHIFT_MASK, "list.move-down", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Down, GDK_ALT_MASK | GDK_SHIFT_MASK, "list.move-down", NULL);
}

static void
charter_list_editor_init (CharterListEditor *self)
{
  self->focus_after_rebuild = -1;
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
charter_list_editor_set_document (CharterListEditor *self,
                                  CharterDocument   *document)
{
  g_return_if_fail (CHARTER_IS_LIST_EDITOR (self));

  if (!g_set_object (&self->document, document))
    return;
  bind_list (self);
}

CharterListKind
charter_list_editor_get_kind (CharterListEditor *self)
{
  g_return_val_if_fail (CHARTER_IS_LIST_EDITOR (self), 0);
  return self->kind;
}

void
charter_list_editor_add (CharterListEditor *self)
{
  guint n;
  GtkListBoxRow *row;
  GtkWidget *first;
  CharterItem *item;

  g_return_if_fail (CHARTER_IS_LIST_EDITOR (self));

  if (self->document == NULL)
    return;

  item = charter_document_add_item (self->document, self->kind, -1);
  if (self->kind == CHARTER_LIST_STANDARDS)
    {
      g_autofree char *id = charter_document_new_standard_id (self->document);
      charter_item_set (item, CHARTER_STANDARD_ID, id);
      charter_item_set (item, CHARTER_STANDARD_PILLAR, "happen");
    }

  n = charter_document_get_n_items (self->document, self->kind);
  row = gtk_list_box_get_row_at_index (self->list, n - 1);
  if (row == NULL)
    return;
  if (ADW_IS_EXPANDER_ROW (row))
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  first = g_object_get_data (G_OBJECT (row), "first-editor");
  gtk_widget_grab_focus (first ? first : GTK_WIDGET (row));
}
