/* test-content.c — the templates and the step guidance: every template is a
 * complete charter the coach passes, and every step has its guidance
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "charter-coach.h"
#include "charter-format.h"
#include "charter-guidance.h"
#include "charter-schema.h"
#include "charter-templates.h"

#define MIN_TEMPLATES  8
#define MIN_STANDARDS  6

typedef struct {
  const CharterTemplateInfo *info;
  char                      *language;
} TemplateCase;

static void
template_case_free (gpointer data)
{
  TemplateCase *tc = data;

  g_free (tc->language);
  g_free (tc);
}

static GDate *
today (void)
{
  return g_date_new_dmy (23, G_DATE_NOVEMBER, 2026);
}

static GBytes *
template_bytes (const TemplateCase *tc)
{
  g_autofree char *path = g_strdup_printf ("/io/github/servicecharter/Charter/templates/%s.%s.charter",
                                           tc->info->id, tc->language);
  g_autoptr(GError) error = NULL;
  GBytes *bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);

  g_assert_no_error (error);
  return bytes;
}

static void
test_template_canonical (gconstpointer data)
{
  const TemplateCase *tc = data;
  g_autoptr(GBytes) original = template_bytes (tc);
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(CharterDocument) document = NULL;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;

  document = charter_template_create (tc->info->id, tc->language, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (charter_document_get_language (document), ==, tc->language);

  saved = charter_format_save_bytes (document);
  g_assert_true (g_bytes_equal (original, saved));

  if (!charter_schema_validate (original, problems))
    {
      for (guint i = 0; i < problems->len; i++)
        g_test_message ("%s", (char *)problems->pdata[i]);
      g_assert_not_reached ();
    }
}

static void
test_template_passes_coach (gconstpointer data)
{
  const TemplateCase *tc = data;
  g_autoptr(CharterDocument) document = NULL;
  g_autoptr(GListModel) findings = NULL;
  g_autoptr(GPtrArray) missing = NULL;
  g_autoptr(GDate) date = today ();
  g_autoptr(GError) error = NULL;
  guint n;

  document = charter_template_create (tc->info->id, tc->language, &error);
  g_assert_no_error (error);

  findings = charter_coach_check (document, date);
  n = g_list_model_get_n_items (findings);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CharterFinding) finding = g_list_model_get_item (findings, i);

      g_test_message ("%s: %s: %s", charter_step_get_id (charter_finding_get_step (finding)),
                      charter_finding_get_check_id (finding), charter_finding_get_message (finding));
    }
  g_assert_cmpuint (n, ==, 0);
  g_assert_cmpuint (charter_coach_get_completeness (document, &missing), ==, 100);
  g_assert_cmpuint (missing->len, ==, 0);
}

/* What the coach does not demand but a template must show: enough
 * standards, every field of each filled in, and the full review block. */
static void
test_template_is_thorough (gconstpointer data)
{
  const TemplateCase *tc = data;
  g_autoptr(CharterDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  GDate effective, review, reference;
  guint n;

  document = charter_template_create (tc->info->id, tc->language, &error);
  g_assert_no_error (error);

  n = charter_document_get_n_items (document, CHARTER_LIST_STANDARDS);
  g_assert_cmpuint (n, >=, MIN_STANDARDS);
  for (guint i = 0; i < n; i++)
    {
      CharterItem *standard = charter_document_get_item (document, CHARTER_LIST_STANDARDS, i);

      for (guint f = 0; f < CHARTER_STANDARD_N_FIELDS; f++)
        if (f != CHARTER_STANDARD_HEADLINE && f != CHARTER_STANDARD_DIRECTION && *charter_item_get (standard, f) == '\0')
          g_error ("standard %u has no field %u", i + 1, f);
    }

  for (guint field = 0; field < CHARTER_N_FIELDS; field++)
    if (*charter_document_get (document, field) == '\0')
      g_error ("field %u is empty", field);

  g_assert_cmpuint (charter_document_get_n_items (document, CHARTER_LIST_CHANNELS), >=, 2);
  g_assert_cmpuint (charter_document_get_n_items (document, CHARTER_LIST_STAGES), >=, 2);
  g_assert_cmpuint (charter_document_get_n_items (document, CHARTER_LIST_RIGHTS), >=, 3);
  g_assert_cmpuint (charter_document_get_n_items (document, CHARTER_LIST_RESPONSIBILITIES), >=, 3);
  g_assert_cmpuint (charter_document_get_n_items (document, CHARTER_LIST_CHANGES), >=, 1);
  g_assert_cmpuint (charter_document_get_n_items (document, CHARTER_LIST_PUBLISHED), >=, 2);
  g_assert_cmpuint (charter_document_get_n_items (document, CHARTER_LIST_FORMATS), >=, 1);

  g_date_clear (&reference, 1);
  g_date_set_dmy (&reference, 23, G_DATE_NOVEMBER, 2026);
  g_assert_true (charter_coach_parse_date (charter_document_get (document, CHARTER_FIELD_EFFECTIVE_DATE), &effective));
  g_assert_true (charter_coach_parse_date (charter_document_get (document, CHARTER_FIELD_REVIEW_DATE), &review));
  g_assert_cmpint (g_date_compare (&review, &reference), >, 0);
  g_assert_cmpint (g_date_compare (&effective, &review), <, 0);
}

static void
test_blank_is_blank (void)
{
  const char * const languages[] = { "en", "da" };

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CharterDocument) document = charter_template_create ("blank", languages[i], &error);
      g_autoptr(GDate) date = today ();
      g_autoptr(GListModel) findings = NULL;

      g_assert_no_error (error);
      findings = charter_coach_check (document, date);
      g_assert_cmpuint (g_list_model_get_n_items (findings), >, 0);
      g_assert_cmpuint (charter_coach_get_completeness (document, NULL), <, 10);
    }
}

static void
test_template_table (void)
{
  static const char * const required[] = {
    "blank", "shop", "cafe", "trades", "agency", "online", "council", "health",
  };
  guint n;
  guint danish = 0;
  const CharterTemplateInfo *templates = charter_templates_get_all (&n);

  g_assert_cmpuint (n, >=, MIN_TEMPLATES);
  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    g_assert_nonnull (charter_templates_lookup (required[i]));

  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpstr (templates[i].name, !=, "");
      g_assert_cmpstr (templates[i].description, !=, "");
      g_assert_true (charter_template_has_language (&templates[i], "en"));
      if (!g_str_equal (templates[i].id, "blank") && charter_template_has_language (&templates[i], "da"))
        danish++;
    }

  /* At least two trade templates written in Danish, not only the blank. */
  g_assert_cmpuint (danish, >=, 2);
}

static void
test_guidance (void)
{
  for (guint step = 0; step < CHARTER_N_STEPS; step++)
    {
      g_auto(GStrv) examples = charter_guidance_get_examples (step);
      g_auto(GStrv) pitfalls = charter_guidance_get_pitfalls (step);
      CharterStep back;

      g_test_message ("step %s", charter_step_get_id (step));
      g_assert_true (charter_step_from_id (charter_step_get_id (step), &back));
      g_assert_cmpint (back, ==, step);
      g_assert_cmpstr (charter_guidance_get_title (step), !=, "");
      g_assert_cmpstr (charter_guidance_get_purpose (step), !=, "");
      g_assert_cmpstr (charter_guidance_get_why (step), !=, "");
      g_assert_cmpuint (g_strv_length (examples), >=, 2);
      g_assert_cmpuint (g_strv_length (examples), <=, 3);
      g_assert_cmpuint (g_strv_length (pitfalls), >=, 1);
      for (guint i = 0; examples[i] != NULL; i++)
        g_assert_cmpstr (examples[i], !=, "");
    }

  g_assert_false (charter_step_from_id ("results", NULL));
}

/* The guidance's own advice holds for its own examples. */
static void
test_guidance_practises_what_it_preaches (void)
{
  g_auto(GStrv) purposes = charter_guidance_get_examples (CHARTER_STEP_PURPOSE);
  g_auto(GStrv) standards = charter_guidance_get_examples (CHARTER_STEP_STANDARDS);
  g_auto(GStrv) pitfalls = charter_guidance_get_pitfalls (CHARTER_STEP_STANDARDS);

  for (guint i = 0; purposes[i] != NULL; i++)
    {
      g_autoptr(CharterDocument) document = charter_document_new ();
      g_autoptr(GDate) date = today ();
      g_autoptr(GListModel) findings = NULL;
      guint n;

      charter_document_set (document, CHARTER_FIELD_PURPOSE, purposes[i]);
      findings = charter_coach_check (document, date);
      n = g_list_model_get_n_items (findings);
      for (guint f = 0; f < n; f++)
        {
          g_autoptr(CharterFinding) finding = g_list_model_get_item (findings, f);

          const char *check_id = charter_finding_get_check_id (finding);

          g_assert_false (g_str_has_prefix (check_id, "purpose-") || g_str_equal (check_id, "vague-word"));
        }
    }

  for (guint i = 0; standards[i] != NULL; i++)
    g_assert_true (strpbrk (standards[i], "0123456789") != NULL);

  g_assert_nonnull (strstr (pitfalls[0], "promptly"));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) cases = g_ptr_array_new_with_free_func (template_case_free);
  guint n;
  const CharterTemplateInfo *templates;

  g_test_init (&argc, &argv, NULL);

  templates = charter_templates_get_all (&n);
  for (guint i = 0; i < n; i++)
    {
      g_auto(GStrv) languages = g_strsplit (templates[i].languages, " ", -1);

      for (guint l = 0; languages[l] != NULL; l++)
        {
          TemplateCase *tc = g_new0 (TemplateCase, 1);
          g_autofree char *canonical = NULL;
          g_autofree char *coach = NULL;
          g_autofree char *thorough = NULL;

          tc->info = &templates[i];
          tc->language = g_strdup (languages[l]);
          g_ptr_array_add (cases, tc);

          canonical = g_strdup_printf ("/templates/%s/%s/canonical", tc->info->id, tc->language);
          g_test_add_data_func (canonical, tc, test_template_canonical);
          if (g_str_equal (tc->info->id, "blank"))
            continue;
          coach = g_strdup_printf ("/templates/%s/%s/coach", tc->info->id, tc->language);
          g_test_add_data_func (coach, tc, test_template_passes_coach);
          thorough = g_strdup_printf ("/templates/%s/%s/thorough", tc->info->id, tc->language);
          g_test_add_data_func (thorough, tc, test_template_is_thorough);
        }
    }

  g_test_add_func ("/templates/blank", test_blank_is_blank);
  g_test_add_func ("/templates/table", test_template_table);
  g_test_add_func ("/guidance/every-step", test_guidance);
  g_test_add_func ("/guidance/own-advice", test_guidance_practises_what_it_preaches);

  return g_test_run ();
}
