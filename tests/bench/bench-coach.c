/* bench-coach.c — how long the coach takes, so the app can run it as the
 * user types
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Target: under 5 ms for a template-sized charter, so checking after every
 * edit (debounced) costs nothing visible.
 */
#include "config.h"

#include "charter-coach.h"
#include "charter-templates.h"

#define N_STANDARDS 300
#define ROUNDS      50

static double
time_check (CharterDocument *document,
            guint           *n_findings)
{
  g_autoptr(GDate) today = g_date_new_dmy (23, G_DATE_NOVEMBER, 2026);
  double best = G_MAXDOUBLE;

  for (guint r = 0; r < ROUNDS; r++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GListModel) findings = charter_coach_check (document, today);
      guint score = charter_coach_get_completeness (document, NULL);

      best = MIN (best, (g_get_monotonic_time () - start) / 1000.0);
      *n_findings = g_list_model_get_n_items (findings);
      g_assert_cmpuint (score, <=, 100);
    }

  return best;
}

int
main (int    argc,
      char **argv)
{
  guint n;
  guint n_findings = 0;
  const CharterTemplateInfo *templates = charter_templates_get_all (&n);
  g_autoptr(CharterDocument) big = charter_template_create ("shop", "en", NULL);
  double ms;

  g_print ("coach check + completeness, best of %u rounds (target < 5 ms per template):\n", ROUNDS);
  for (guint i = 0; i < n; i++)
    {
      g_auto(GStrv) languages = g_strsplit (templates[i].languages, " ", -1);

      for (guint l = 0; languages[l] != NULL; l++)
        {
          g_autoptr(CharterDocument) document = charter_template_create (templates[i].id, languages[l], NULL);

          g_assert_nonnull (document);
          ms = time_check (document, &n_findings);
          g_print ("  %-8s %s  %.3f ms  (%u findings)\n", templates[i].id, languages[l], ms, n_findings);
        }
    }

  g_assert_nonnull (big);
  for (guint i = 0; i < N_STANDARDS; i++)
    {
      CharterItem *standard = charter_document_add_item (big, CHARTER_LIST_STANDARDS, -1);
      g_autofree char *text = g_strdup_printf ("We reply to message number %u promptly.", i + 1);

      charter_item_set (standard, CHARTER_STANDARD_PILLAR, "easy");
      charter_item_set (standard, CHARTER_STANDARD_TEXT, text);
    }
  ms = time_check (big, &n_findings);
  g_print ("  %u extra vague standards without targets: %.3f ms (%u findings)\n", N_STANDARDS, ms, n_findings);

  return 0;
}
