/* charter-finding.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "charter-finding.h"

struct _CharterFinding
{
  GObject          parent_instance;

  char            *check_id;
  CharterSeverity  severity;
  CharterStep      step;
  int              list;
  int              index;
  int              field;
  char            *field_name;
  char            *message;
  char            *hint;
};

G_DEFINE_FINAL_TYPE (CharterFinding, charter_finding, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CHECK_ID,
  PROP_SEVERITY,
  PROP_STEP,
  PROP_LIST,
  PROP_INDEX,
  PROP_FIELD,
  PROP_FIELD_NAME,
  PROP_MESSAGE,
  PROP_HINT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

const char *
charter_severity_get_id (CharterSeverity severity)
{
  switch (severity)
    {
    case CHARTER_SEVERITY_INFO:
      return "info";
    case CHARTER_SEVERITY_WARNING:
      return "warning";
    case CHARTER_SEVERITY_ERROR:
      return "error";
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
charter_finding_finalize (GObject *object)
{
  CharterFinding *self = CHARTER_FINDING (object);

  g_free (self->check_id);
  g_free (self->field_name);
  g_free (self->message);
  g_free (self->hint);

  G_OBJECT_CLASS (charter_finding_parent_class)->finalize (object);
}

static void
charter_finding_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CharterFinding *self = CHARTER_FINDING (object);

  switch (prop_id)
    {
    case PROP_CHECK_ID:
      g_value_set_string (value, self->check_id);
      break;
    case PROP_SEVERITY:
      g_value_set_uint (value, self->severity);
      break;
    case PROP_STEP:
      g_value_set_uint (value, self->step);
      break;
    case PROP_LIST:
      g_value_set_int (value, self->list);
      break;
    case PROP_INDEX:
      g_value_set_int (value, self->index);
      break;
    case PROP_FIELD:
      g_value_set_int (value, self->field);
      break;
    case PROP_FIELD_NAME:
      g_value_set_string (value, self->field_name);
      break;
    case PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;
    case PROP_HINT:
      g_value_set_string (value, self->hint);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
charter_finding_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  CharterFinding *self = CHARTER_FINDING (object);

  switch (prop_id)
    {
    case PROP_CHECK_ID:
      self->check_id = g_value_dup_string (value);
      break;
    case PROP_SEVERITY:
      self->severity = g_value_get_uint (value);
      break;
    case PROP_STEP:
      self->step = g_value_get_uint (value);
      break;
    case PROP_LIST:
      self->list = g_value_get_int (value);
      break;
    case PROP_INDEX:
      self->index = g_value_get_int (value);
      break;
    case PROP_FIELD:
      self->field = g_value_get_int (value);
      break;
    case PROP_FIELD_NAME:
      self->field_name = g_value_dup_string (value);
      break;
    case PROP_MESSAGE:
      self->message = g_value_dup_string (value);
      break;
    case PROP_HINT:
      self->hint = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
charter_finding_class_init (CharterFindingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = charter_finding_finalize;
  object_class->get_property = charter_finding_get_property;
  object_class->set_property = charter_finding_set_property;

  properties[PROP_CHECK_ID] = g_param_spec_string ("check-id", NULL, NULL, NULL, flags);
  properties[PROP_SEVERITY] = g_param_spec_uint ("severity", NULL, NULL,
                                                 CHARTER_SEVERITY_INFO, CHARTER_SEVERITY_ERROR,
                                                 CHARTER_SEVERITY_WARNING, flags);
  properties[PROP_STEP] = g_param_spec_uint ("step", NULL, NULL, 0, CHARTER_N_STEPS - 1, 0, flags);
  properties[PROP_LIST] = g_param_spec_int ("list", NULL, NULL, -1, G_MAXINT, -1, flags);
  properties[PROP_INDEX] = g_param_spec_int ("index", NULL, NULL, -1, G_MAXINT, -1, flags);
  properties[PROP_FIELD] = g_param_spec_int ("field", NULL, NULL, -1, G_MAXINT, -1, flags);
  properties[PROP_FIELD_NAME] = g_param_spec_string ("field-name", NULL, NULL, NULL, flags);
  properties[PROP_MESSAGE] = g_param_spec_string ("message", NULL, NULL, NULL, flags);
  properties[PROP_HINT] = g_param_spec_string ("hint", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
charter_finding_init (CharterFinding *self)
{
  self->list = -1;
  self->index = -1;
  self->field = -1;
}

CharterFinding *
charter_finding_new (const char      *check_id,
                     CharterSeverity  severity,
                     CharterStep      step,
                     int              list,
                     int              index,
                     int              field,
                     const char      *field_name,
                     const char      *message,
                     const char      *hint)
{
  g_return_val_if_fail (check_id != NULL, NULL);
  g_return_val_if_fail (message != NULL, NULL);

  return g_object_new (CHARTER_TYPE_FINDING,
                       "check-id", check_id,
                       "severity", (guint)severity,
                       "step", (guint)step,
                       "list", list,
                       "index", index,
                       "field", field,
                       "field-name", field_name,
                       "message", message,
                       "hint", hint,
                       NULL);
}

const char *
charter_finding_get_check_id (CharterFinding *self)
{
  g_return_val_if_fail (CHARTER_IS_FINDING (self), NULL);
  return self->check_id;
}

CharterSeverity
charter_finding_get_severity (CharterFinding *self)
{
  g_return_val_if_fail (CHARTER_IS_FINDING (self), CHARTER_SEVERITY_INFO);
  return self->severity;
}

CharterStep
charter_finding_get_step (CharterFinding *self)
{
  g_return_val_if_fail (CHARTER_IS_FINDING (self), CHARTER_STEP_ABOUT);
  return self->step;
}

int
charter_finding_get_list (CharterFinding *self)
{
  g_return_val_if_fail (CHARTER_IS_FINDING (self), -1);
  return self->list;
}

int
charter_finding_get_index (CharterFinding *self)
{
  g_return_val_if_fail (CHARTER_IS_FINDING (self), -1);
  return self->index;
}

int
charter_finding_get_field (CharterFinding *self)
{
  g_return_val_if_fail (CHARTER_IS_FINDING (self), -1);
  return self->field;
}

const char *
charter_finding_get_field_name (CharterFinding *self)
{
  g_return_val_if_fail (CHARTER_IS_FINDING (self), NULL);
  return self->field_name;
}

const char *
charter_finding_get_message (CharterFinding *self)
{
  g_return_val_if_fail (CHARTER_IS_FINDING (self), NULL);
  return self->message;
}

const char *
charter_finding_get_hint (CharterFinding *self)
{
  g_return_val_if_fail (CHARTER_IS_FINDING (self), NULL);
  return self->hint;
}
