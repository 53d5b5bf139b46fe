/* charter-coach.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "charter-coach.h"

#define PURPOSE_MAX_WORDS     15
#define FLESCH_HARD_BELOW     50.0
#define LIX_HARD_ABOVE        45.0
/* Readability formulas say little about a couple of sentences. */
#define READABILITY_MIN_WORDS 30

typedef enum {
  RULES_NONE,
  RULES_ENGLISH,
  RULES_DANISH,
} Rules;

typedef struct {
  CharterDocument *document;
  GListStore      *findings;
  Rules            rules;
  GDate            today;
} Coach;

/* Names of document fields as they appear in the file, for machines. */
static const char * const field_names[CHARTER_N_FIELDS] = {
  [CHARTER_FIELD_NAME] = "name",
  [CHARTER_FIELD_OVERVIEW] = "overview",
  [CHARTER_FIELD_ADDRESS] = "address",
  [CHARTER_FIELD_PHONE] = "phone",
  [CHARTER_FIELD_EMAIL] = "email",
  [CHARTER_FIELD_WEBSITE] = "website",
  [CHARTER_FIELD_BRAND_COLOUR] = "brand-colour",
  [CHARTER_FIELD_PURPOSE] = "statement",
  [CHARTER_FIELD_STORY] = "story",
  [CHARTER_FIELD_COMMITMENT] = "commitment",
  [CHARTER_FIELD_SCOPE_COVERS] = "covers",
  [CHARTER_FIELD_SCOPE_EXCLUDES] = "excludes",
  [CHARTER_FIELD_INDUCTION] = "induction",
  [CHARTER_FIELD_SUPERVISION] = "supervision",
  [CHARTER_FIELD_COMMUNICATION] = "communication",
  [CHARTER_FIELD_QUALITY] = "quality",
  [CHARTER_FIELD_TRAINING] = "training",
  [CHARTER_FIELD_CHARTER_OWNER] = "owner",
  [CHARTER_FIELD_FEEDBACK] = "invitation",
  [CHARTER_FIELD_EXCEEDED] = "exceeded",
  [CHARTER_FIELD_MISSED] = "missed",
  [CHARTER_FIELD_COMPLAINT_POST] = "post",
  [CHARTER_FIELD_COMPLAINT_PHONE] = "phone",
  [CHARTER_FIELD_COMPLAINT_EMAIL] = "email",
  [CHARTER_FIELD_ESCALATION] = "escalation",
  [CHARTER_FIELD_REMEDIES] = "remedies",
  [CHARTER_FIELD_VERSION] = "version",
  [CHARTER_FIELD_EFFECTIVE_DATE] = "effective",
  [CHARTER_FIELD_REVIEW_DATE] = "next-review",
  [CHARTER_FIELD_APPROVER_NAME] = "approver-name",
  [CHARTER_FIELD_APPROVER_ROLE] = "approver-role",
  [CHARTER_FIELD_APPROVAL_DATE] = "approver-date",
};

static const char * const standard_field_names[CHARTER_STANDARD_N_FIELDS] = {
  [CHARTER_STANDARD_ID] = "id",
  [CHARTER_STANDARD_PILLAR] = "pillar",
  [CHARTER_STANDARD_HEADLINE] = "headline",
  [CHARTER_STANDARD_TEXT] = "text",
  [CHARTER_STANDARD_CHANNEL] = "channel",
  [CHARTER_STANDARD_METRIC] = "metric",
  [CHARTER_STANDARD_TARGET] = "target",
  [CHARTER_STANDARD_UNIT] = "unit",
  [CHARTER_STANDARD_SHARE] = "share",
  [CHARTER_STANDARD_CLOCK_START] = "clock-start",
  [CHARTER_STANDARD_TIME_BASIS] = "time-basis",
  [CHARTER_STANDARD_OWNER] = "owner",
  [CHARTER_STANDARD_REPORTING] = "reporting",
  [CHARTER_STANDARD_DIRECTION] = "direction",
};

static const char * const channel_field_names[CHARTER_CHANNEL_N_FIELDS] = {
  [CHARTER_CHANNEL_NAME] = "name",
  [CHARTER_CHANNEL_DETAILS] = "details",
  [CHARTER_CHANNEL_HOURS] = "hours",
  [CHARTER_CHANNEL_ACCESSIBILITY] = "accessibility",
};

static const char * const text_field_names[CHARTER_TEXT_N_FIELDS] = {
  [CHARTER_TEXT_TEXT] = "text",
};

static const char * const change_field_names[CHARTER_CHANGE_N_FIELDS] = {
  [CHARTER_CHANGE_VERSION] = "version",
  [CHARTER_CHANGE_DATE] = "date",
  [CHARTER_CHANGE_TEXT] = "text",
};

static const char * const stage_field_names[CHARTER_STAGE_N_FIELDS] = {
  [CHARTER_STAGE_NAME] = "name",
  [CHARTER_STAGE_HANDLER] = "handler",
  [CHARTER_STAGE_ACKNOWLEDGE] = "acknowledge",
  [CHARTER_STAGE_RESOLVE] = "resolve",
};

/* Words and phrases that promise nothing anyone can check. A trailing "*"
 * matches any ending ("strive*" also finds "strives", "striving"). */
static const char * const vague_english[] = {
  "promptly", "as soon as possible", "asap", "as quickly as possible",
  "excellent", "excellence", "striv*", "aim to", "aim for", "aims to",
  "endeavo*", "in a timely manner", "timely", "quickly", "world-class",
  "world class", "best possible", "high quality", "high-quality",
  "where possible", "try to", "tries to", "reasonable time",
  NULL
};

static const char * const vague_danish[] = {
  "hurtigst muligt", "hurtigst", "snarest*", "bestræb*", "tilstræb*",
  "fremragende", "hurtigt", "i god tid", "så vidt muligt", "inden for rimelig tid",
  "rimelig tid", "høj kvalitet", "forsøger at", "prøver at", "efter bedste evne",
  "i videst muligt omfang", "om muligt",
  NULL
};

static Rules
rules_for_language (const char *language)
{
  if (language == NULL || *language == '\0' || g_str_has_prefix (language, "en"))
    return RULES_ENGLISH;
  if (g_str_has_prefix (language, "da"))
    return RULES_DANISH;
  return RULES_NONE;
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

static gboolean
has_digit (const char *text)
{
  for (; text != NULL && *text != '\0'; text++)
    if (g_ascii_isdigit (*text))
      return TRUE;
  return FALSE;
}

/* A target counts seconds, days or customers: one below zero, or with ten
 * digits or more before any decimal point, is a typing slip, not a
 * promise anyone can measure against. */
static gboolean
is_odd_target (const char *target)
{
  const char *p = target;
  guint digits = 0;

  while (g_ascii_isspace (*p))
    p++;
  if (*p == '-' && g_ascii_isdigit (p[1]))
    return TRUE;
  if (*p == '+')
    p++;
  for (; g_ascii_isdigit (*p); p++)
    if (digits > 0 || *p != '0')
      digits++;
  return digits >= 10;
}

static void
add (Coach           *coach,
     const char      *check_id,
     CharterSeverity  severity,
     CharterStep      step,
     int              list,
     int              index,
     int              field,
     const char      *message,
     const char      *hint)
{
  static const char * const * const list_field_names[CHARTER_N_LISTS] = {
    [CHARTER_LIST_CHANNELS] = channel_field_names,
    [CHARTER_LIST_STANDARDS] = standard_field_names,
    [CHARTER_LIST_RIGHTS] = text_field_names,
    [CHARTER_LIST_RESPONSIBILITIES] = text_field_names,
    [CHARTER_LIST_STAGES] = stage_field_names,
    [CHARTER_LIST_CHANGES] = change_field_names,
    [CHARTER_LIST_PUBLISHED] = text_field_names,
    [CHARTER_LIST_FORMATS] = text_field_names,
  };
  g_autoptr(CharterFinding) finding = NULL;
  const char *field_name = NULL;

  if (field >= 0 && list < 0)
    field_name = field_names[field];
  else if (field >= 0)
    field_name = list_field_names[list][field];

  finding = charter_finding_new (check_id, severity, step, list, index, field,
                                 field_name, message, hint);
  g_list_store_append (coach->findings, finding);
}

static const char *
get (Coach        *coach,
     CharterField  field)
{
  return charter_document_get (coach->document, field);
}

/* ---- Words, sentences and syllables ---------------------------------- */

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || c == '\'' || c == 0x2019 || c == '-';
}

/* Calls @func for every word of @text (letters, digits, inner apostrophes
 * and hyphens) and counts sentence ends. */
typedef void (*WordFunc) (const char *word, gsize length, gpointer user_data);

static guint
scan_words (const char *text,
            WordFunc    func,
            gpointer    user_data,
            guint      *n_sentences)
{
  guint n_words = 0;
  guint sentences = 0;
  gboolean open_sentence = FALSE;
  const char *p = text;

  while (p != NULL && *p != '\0')
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        {
          const char *start = p;

          while (*p != '\0' && is_word_char (g_utf8_get_char (p)))
            p = g_utf8_next_char (p);
          /* A number like 8.30 or 17:30 is one word, not a sentence end. */
          while ((*p == '.' || *p == ':' || *p == ',') && g_ascii_isdigit (p[1]))
            {
              p++;
              while (*p != '\0' && is_word_char (g_utf8_get_char (p)))
                p = g_utf8_next_char (p);
            }
          n_words++;
          open_sentence = TRUE;
          if (func != NULL)
            func (start, p - start, user_data);
          continue;
        }

      if ((c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || c == '\n') && open_sentence)
        {
          sentences++;
          open_sentence = FALSE;
        }
      p = g_utf8_next_char (p);
    }

  if (open_sentence)
    sentences++;
  if (n_sentences != NULL)
    *n_sentences = sentences;
  return n_words;
}

static guint
count_words (const char *text)
{
  return scan_words (text, NULL, NULL, NULL);
}

static gboolean
is_english_vowel (char c)
{
  return strchr ("aeiouy", g_ascii_tolower (c)) != NULL;
}

/* Vowel groups, less a silent final "e" ("make", not "table"); good enough
 * for a readability estimate. */
static guint
english_syllables (const char *word,
                   gsize       length)
{
  guint groups = 0;
  gboolean in_vowel = FALSE;

  for (gsize i = 0; i < length; i++)
    {
      gboolean vowel = is_english_vowel (word[i]);

      if (vowel && !in_vowel)
        groups++;
      in_vowel = vowel;
    }

  if (length > 2 && g_ascii_tolower (word[length - 1]) == 'e' &&
      !is_english_vowel (word[length - 2]) &&
      !(g_ascii_tolower (word[length - 2]) == 'l' && !is_english_vowel (word[length - 3])) &&
      groups > 1)
    groups--;

  return MAX (groups, 1);
}

static void
add_syllables (const char *word,
               gsize       length,
               gpointer    user_data)
{
  *(guint *)user_data += english_syllables (word, length);
}

static void
count_long_word (const char *word,
                 gsize       length,
                 gpointer    user_data)
{
  if (g_utf8_strlen (word, length) > 6)
    *(guint *)user_data += 1;
}

double
charter_coach_flesch (const char *text)
{
  guint syllables = 0;
  guint sentences = 0;
  guint words;

  g_return_val_if_fail (text != NULL, -1);

  words = scan_words (text, add_syllables, &syllables, &sentences);
  if (words == 0)
    return -1;

  return 206.835 - 1.015 * ((double)words / sentences) - 84.6 * ((double)syllables / words);
}

double
charter_coach_lix (const char *text)
{
  guint long_words = 0;
  guint sentences = 0;
  guint words;

  g_return_val_if_fail (text != NULL, -1);

  words = scan_words (text, count_long_word, &long_words, &sentences);
  if (words == 0)
    return -1;

  return (double)words / sentences + 100.0 * long_words / words;
}

/* ---- Values ----------------------------------------------------------- */

gboolean
charter_coach_parse_date (const char *text,
                          GDate      *date)
{
  guint year, month, day;

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;

  year = (guint)g_ascii_strtoull (text, NULL, 10);
  month = (guint)g_ascii_strtoull (text + 5, NULL, 10);
  day = (guint)g_ascii_strtoull (text + 8, NULL, 10);
  if (year < 1 || !g_date_valid_dmy (day, month, year))
    return FALSE;

  if (date != NULL)
    g_date_set_dmy (date, day, month, year);
  return TRUE;
}

static gboolean
is_valid_email (const char *text)
{
  const char *at = strchr (text, '@');
  const char *dot;

  if (at == NULL || at == text || strchr (at + 1, '@') != NULL)
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    if (g_ascii_isspace (*p) || *p == ',' || *p == ';' || *p == '<' || *p == '>')
      return FALSE;
  dot = strrchr (at + 1, '.');
  return dot != NULL && dot > at + 1 && strlen (dot + 1) >= 2 && strstr (at, "..") == NULL;
}

/* Phone numbers as people write them: "+45 33 12 34 56", "01684 293 117",
 * "(555) 123-4567". */
static gboolean
is_valid_phone (const char *text)
{
  guint digits = 0;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        digits++;
      else if (*p == '+' && p != text)
        return FALSE;
      else if (*p != '+' && *p != ' ' && *p != '-' && *p != '(' && *p != ')' && *p != '.' && *p != '/')
        return FALSE;
    }

  return digits >= 6 && digits <= 15;
}

static gboolean
is_valid_website (const char *text)
{
  g_autofree char *with_scheme = NULL;
  g_autoptr(GUri) uri = NULL;
  const char *host;

  if (strchr (text, ' ') != NULL)
    return FALSE;
  if (strstr (text, "://") == NULL)
    with_scheme = g_strconcat ("https://", text, NULL);

  uri = g_uri_parse (with_scheme ? with_scheme : text, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL)
    return FALSE;
  if (g_strcmp0 (g_uri_get_scheme (uri), "http") != 0 && g_strcmp0 (g_uri_get_scheme (uri), "https") != 0)
    return FALSE;

  host = g_uri_get_host (uri);
  return host != NULL && strchr (host, '.') != NULL && host[strlen (host) - 1] != '.' && host[0] != '.';
}

static gboolean
is_valid_colour (const char *text)
{
  if (strlen (text) != 7 || text[0] != '#')
    return FALSE;
  for (guint i = 1; i < 7; i++)
    if (!g_ascii_isxdigit (text[i]))
      return FALSE;
  return TRUE;
}

/* Finds @phrase in @folded (both case-folded) at word boundaries and
 * returns the words it matched ("striving" for "striv*"), or NULL. */
static char *
match_phrase (const char *folded,
              const char *phrase)
{
  gboolean prefix = g_str_has_suffix (phrase, "*");
  g_autofree char *needle = g_strndup (phrase, strlen (phrase) - (prefix ? 1 : 0));
  gsize needle_len = strlen (needle);

  for (const char *hit = strstr (folded, needle); hit != NULL; hit = strstr (hit + 1, needle))
    {
      const char *after = hit + needle_len;
      gboolean starts = hit == folded ||
                        !g_unichar_isalnum (g_utf8_get_char (g_utf8_prev_char (hit)));

      if (!starts)
        continue;
      if (prefix)
        while (*after != '\0' && g_unichar_isalnum (g_utf8_get_char (after)))
          after = g_utf8_next_char (after);
      else if (*after != '\0' && g_unichar_isalnum (g_utf8_get_char (after)))
        continue;

      return g_strndup (hit, after - hit);
    }

  return NULL;
}

static char *
find_vague (Coach      *coach,
            const char *text)
{
  const char * const *list;
  g_autofree char *folded = NULL;

  if (coach->rules == RULES_NONE || is_blank (text))
    return NULL;

  list = coach->rules == RULES_DANISH ? vague_danish : vague_english;
  folded = g_utf8_casefold (text, -1);
  for (guint i = 0; list[i] != NULL; i++)
    {
      char *match = match_phrase (folded, list[i]);

      if (match != NULL)
        return match;
    }

  return NULL;
}

static void
check_vague (Coach       *coach,
             CharterStep  step,
             int          list,
             int          index,
             int          field,
             const char  *text)
{
  g_autofree char *word = find_vague (coach, text);
  g_autofree char *message = NULL;

  if (word == NULL)
    return;

  message = g_strdup_printf (_("“%s” is vague: nobody can tell whether it was kept."), word);
  add (coach, "vague-word", CHARTER_SEVERITY_WARNING, step, list, index, field, message,
       _("Say exactly what happens and by when, with a number: “within 2 working days”."));
}

/* ---- Checks, one step at a time --------------------------------------- */

static void
check_contact_value (Coach        *coach,
                     CharterStep   step,
                     CharterField  field)
{
  const char *value = get (coach, field);
  g_autofree char *message = NULL;

  if (is_blank (value))
    return;

  switch ((int)field)
    {
    case CHARTER_FIELD_EMAIL:
    case CHARTER_FIELD_COMPLAINT_EMAIL:
      if (!is_valid_email (value))
        {
          message = g_strdup_printf (_("“%s” is not an email address."), value);
          add (coach, "email-invalid", CHARTER_SEVERITY_ERROR, step, -1, -1, field, message,
               _("Write it as name@example.com, with no spaces."));
        }
      break;
    case CHARTER_FIELD_PHONE:
    case CHARTER_FIELD_COMPLAINT_PHONE:
      if (!is_valid_phone (value))
        {
          message = g_strdup_printf (_("“%s” is not a phone number."), value);
          add (coach, "phone-invalid", CHARTER_SEVERITY_ERROR, step, -1, -1, field, message,
               _("Use digits, spaces and an optional leading +, such as +45 33 12 34 56."));
        }
      break;
    case CHARTER_FIELD_WEBSITE:
      if (!is_valid_website (value))
        {
          message = g_strdup_printf (_("“%s” is not a web address."), value);
          add (coach, "website-invalid", CHARTER_SEVERITY_ERROR, step, -1, -1, field, message,
               _("Write the full address, such as https://example.com."));
        }
      break;
    case CHARTER_FIELD_BRAND_COLOUR:
      if (!is_valid_colour (value))
        {
          message = g_strdup_printf (_("“%s” is not a colour."), value);
          add (coach, "colour-invalid", CHARTER_SEVERITY_ERROR, step, -1, -1, field, message,
               _("Write the colour as # and six hexadecimal digits, such as #1f6f5c."));
        }
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
check_about (Coach *coach)
{
  check_contact_value (coach, CHARTER_STEP_ABOUT, CHARTER_FIELD_EMAIL);
  check_contact_value (coach, CHARTER_STEP_ABOUT, CHARTER_FIELD_PHONE);
  check_contact_value (coach, CHARTER_STEP_ABOUT, CHARTER_FIELD_WEBSITE);
  check_contact_value (coach, CHARTER_STEP_ABOUT, CHARTER_FIELD_BRAND_COLOUR);
}

static void
check_purpose (Coach *coach)
{
  const char *statement = get (coach, CHARTER_FIELD_PURPOSE);
  guint words = count_words (statement);

  if (words == 0)
    add (coach, "purpose-empty", CHARTER_SEVERITY_WARNING, CHARTER_STEP_PURPOSE, -1, -1,
         CHARTER_FIELD_PURPOSE, _("There is no purpose statement."),
         _("Say in a few words why you serve customers: “The right part, the right advice, first time.”"));
  else if (words > PURPOSE_MAX_WORDS)
    {
      g_autofree char *message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                               "The purpose statement has %u word; few people remember more than %u.",
                                                               "The purpose statement has %u words; few people remember more than %u.",
                                                               words),
                                                  words, PURPOSE_MAX_WORDS);
      add (coach, "purpose-too-long", CHARTER_SEVERITY_WARNING, CHARTER_STEP_PURPOSE, -1, -1,
           CHARTER_FIELD_PURPOSE, message,
           _("Keep one idea in 15 words or fewer; move the rest to the story."));
    }

  check_vague (coach, CHARTER_STEP_PURPOSE, -1, -1, CHARTER_FIELD_PURPOSE, statement);
  check_vague (coach, CHARTER_STEP_PURPOSE, -1, -1, CHARTER_FIELD_COMMITMENT,
               get (coach, CHARTER_FIELD_COMMITMENT));
}

static void
check_scope (Coach *coach)
{
  guint n = charter_document_get_n_items (coach->document, CHARTER_LIST_CHANNELS);

  for (guint i = 0; i < n; i++)
    {
      CharterItem *channel = charter_document_get_item (coach->document, CHARTER_LIST_CHANNELS, i);
      const char *name = charter_item_get (channel, CHARTER_CHANNEL_NAME);
      g_autofree char *message = NULL;

      if (!is_blank (charter_item_get (channel, CHARTER_CHANNEL_HOURS)))
        continue;

      if (is_blank (name))
        message = g_strdup_printf (_("Channel %u has no opening hours."), i + 1);
      else
        message = g_strdup_printf (_("The channel “%s” has no opening hours."), name);
      add (coach, "channel-no-hours", CHARTER_SEVERITY_WARNING, CHARTER_STEP_SCOPE,
           CHARTER_LIST_CHANNELS, i, CHARTER_CHANNEL_HOURS, message,
           _("Say when people can use it, such as “Monday to Friday 9:00–17:00”, or when messages are read."));
    }
}

/* The share of cases a standard promises: empty (all of them) or a
 * percentage such as "90" or "99.5". */
static gboolean
is_valid_share (const char *text)
{
  char *end = NULL;
  double value;

  if (is_blank (text))
    return TRUE;

  value = g_ascii_strtod (text, &end);
  while (end != NULL && g_ascii_isspace (*end))
    end++;
  if (end != NULL && *end == '%')
    end++;

  return end != text && end != NULL && *end == '\0' && value > 0 && value <= 100;
}

static char *
describe_standard (CharterItem *standard,
                   guint        index)
{
  const char *text = charter_item_get (standard, CHARTER_STANDARD_TEXT);

  if (is_blank (text))
    return g_strdup_printf (_("Standard %u"), index + 1);
  return g_strdup_printf (_("Standard %u (“%s”)"), index + 1, text);
}

static void
check_standards (Coach *coach)
{
  static const char * const pillars[] = { "happen", "easy", "better" };
  static const char * const pillar_names[] = { N_("Make it happen"), N_("Make it easy"), N_("Make it better") };
  gboolean has_pillar[G_N_ELEMENTS (pillars)] = { FALSE, };
  guint n = charter_document_get_n_items (coach->document, CHARTER_LIST_STANDARDS);

  for (guint i = 0; i < n; i++)
    {
      CharterItem *standard = charter_document_get_item (coach->document, CHARTER_LIST_STANDARDS, i);
      const char *pillar = charter_item_get (standard, CHARTER_STANDARD_PILLAR);
      const char *target = charter_item_get (standard, CHARTER_STANDARD_TARGET);
      g_autofree char *what = describe_standard (standard, i);
      g_autofree char *message = NULL;
      gboolean known_pillar = FALSE;

      for (guint p = 0; p < G_N_ELEMENTS (pillars); p++)
        if (g_str_equal (pillar, pillars[p]))
          has_pillar[p] = known_pillar = TRUE;

      if (is_blank (charter_item_get (standard, CHARTER_STANDARD_TEXT)))
        {
          message = g_strdup_printf (_("%s says nothing to customers."), what);
          add (coach, "standard-no-text", CHARTER_SEVERITY_WARNING, CHARTER_STEP_STANDARDS,
               CHARTER_LIST_STANDARDS, i, CHARTER_STANDARD_TEXT, message,
               _("Write the promise as customers will read it: “We reply to emails within 1 working day.”"));
        }

      if (!has_digit (target))
        {
          g_free (message);
          message = g_strdup_printf (_("%s has no number to measure it by."), what);
          add (coach, "standard-no-target", CHARTER_SEVERITY_WARNING, CHARTER_STEP_STANDARDS,
               CHARTER_LIST_STANDARDS, i, CHARTER_STANDARD_TARGET, message,
               _("Give a target such as 20 (seconds) or 2 (working days), so you and your customers can tell whether it was met."));
        }
      else if (is_odd_target (target))
        {
          g_free (message);
          message = g_strdup_printf (_("%s has a target of %s, which cannot be met or measured."), what, target);
          add (coach, "standard-target-odd", CHARTER_SEVERITY_WARNING, CHARTER_STEP_STANDARDS,
               CHARTER_LIST_STANDARDS, i, CHARTER_STANDARD_TARGET, message,
               _("Check the number: a target is zero or more and of a size customers can picture, such as 20 (seconds)."));
        }
      else if (is_blank (charter_item_get (standard, CHARTER_STANDARD_UNIT)))
        {
          g_free (message);
          message = g_strdup_printf (_("%s has a target of %s but no unit."), what, target);
          add (coach, "standard-no-unit", CHARTER_SEVERITY_WARNING, CHARTER_STEP_STANDARDS,
               CHARTER_LIST_STANDARDS, i, CHARTER_STANDARD_UNIT, message,
               _("Say what the number counts: seconds, working days, customers, percent."));
        }

      if (!known_pillar)
        {
          g_free (message);
          message = g_strdup_printf (_("%s belongs to no pillar."), what);
          add (coach, "standard-no-pillar", CHARTER_SEVERITY_WARNING, CHARTER_STEP_STANDARDS,
               CHARTER_LIST_STANDARDS, i, CHARTER_STANDARD_PILLAR, message,
               _("Choose Make it happen, Make it easy or Make it better."));
        }

      if (!is_valid_share (charter_item_get (standard, CHARTER_STANDARD_SHARE)))
        {
          g_free (message);
          message = g_strdup_printf (_("%s applies to “%s” of cases, which is not a percentage."),
                                     what, charter_item_get (standard, CHARTER_STANDARD_SHARE));
          add (coach, "standard-share-invalid", CHARTER_SEVERITY_ERROR, CHARTER_STEP_STANDARDS,
               CHARTER_LIST_STANDARDS, i, CHARTER_STANDARD_SHARE, message,
               _("Give the share of cases as a number from 1 to 100, such as 90."));
        }

      check_vague (coach, CHARTER_STEP_STANDARDS, CHARTER_LIST_STANDARDS, i, CHARTER_STANDARD_TEXT,
                   charter_item_get (standard, CHARTER_STANDARD_TEXT));
    }

  for (guint p = 0; p < G_N_ELEMENTS (pillars); p++)
    if (!has_pillar[p])
      {
        g_autofree char *message = g_strdup_printf (_("No standard belongs to “%s”."), _(pillar_names[p]));

        add (coach, "pillar-missing", CHARTER_SEVERITY_WARNING, CHARTER_STEP_STANDARDS,
             CHARTER_LIST_STANDARDS, -1, CHARTER_STANDARD_PILLAR, message,
             _("A good charter promises that things happen, that they are easy and that you keep getting better: add at least one standard for each."));
      }
}

static void
check_rights (Coach *coach)
{
  guint n = charter_document_get_n_items (coach->document, CHARTER_LIST_RIGHTS);

  for (guint i = 0; i < n; i++)
    check_vague (coach, CHARTER_STEP_RIGHTS, CHARTER_LIST_RIGHTS, i, CHARTER_TEXT_TEXT,
                 charter_item_get (charter_document_get_item (coach->document, CHARTER_LIST_RIGHTS, i),
                                   CHARTER_TEXT_TEXT));
}

static void
check_implementation (Coach *coach)
{
  if (is_blank (get (coach, CHARTER_FIELD_INDUCTION)))
    add (coach, "induction-missing", CHARTER_SEVERITY_WARNING, CHARTER_STEP_IMPLEMENTATION, -1, -1,
         CHARTER_FIELD_INDUCTION, _("New staff are not told about the charter."),
         _("Say how every new starter learns the charter, such as on their first day with a colleague."));

  if (is_blank (get (coach, CHARTER_FIELD_SUPERVISION)))
    add (coach, "appraisal-missing", CHARTER_SEVERITY_WARNING, CHARTER_STEP_IMPLEMENTATION, -1, -1,
         CHARTER_FIELD_SUPERVISION, _("Nobody checks that the charter is kept."),
         _("Say how supervisors follow the standards and how appraisals cover them."));
}

static void
check_feedback (Coach *coach)
{
  guint n = charter_document_get_n_items (coach->document, CHARTER_LIST_STAGES);
  gboolean has_contact = !is_blank (get (coach, CHARTER_FIELD_COMPLAINT_POST)) ||
                         !is_blank (get (coach, CHARTER_FIELD_COMPLAINT_PHONE)) ||
                         !is_blank (get (coach, CHARTER_FIELD_COMPLAINT_EMAIL));

  if (n == 0 && !has_contact)
    add (coach, "complaints-none", CHARTER_SEVERITY_WARNING, CHARTER_STEP_FEEDBACK,
         CHARTER_LIST_STAGES, -1, -1, _("Customers have no way to complain."),
         _("Add the stages of your complaints procedure and a post, phone or email contact."));
  else if (n == 0)
    add (coach, "complaints-no-time", CHARTER_SEVERITY_WARNING, CHARTER_STEP_FEEDBACK,
         CHARTER_LIST_STAGES, -1, -1, _("You do not say how fast you deal with complaints."),
         _("Add a complaint stage with who handles it and within how long it is acknowledged and resolved."));

  for (guint i = 0; i < n; i++)
    {
      CharterItem *stage = charter_document_get_item (coach->document, CHARTER_LIST_STAGES, i);
      g_autofree char *message = NULL;

      if (!has_digit (charter_item_get (stage, CHARTER_STAGE_RESOLVE)))
        {
          message = g_strdup_printf (_("Complaint stage %u has no time to resolve."), i + 1);
          add (coach, "complaints-no-time", CHARTER_SEVERITY_WARNING, CHARTER_STEP_FEEDBACK,
               CHARTER_LIST_STAGES, i, CHARTER_STAGE_RESOLVE, message,
               _("Say within how long a complaint at this stage is settled, such as “10 working days”."));
        }
      if (is_blank (charter_item_get (stage, CHARTER_STAGE_ACKNOWLEDGE)))
        {
          g_free (message);
          message = g_strdup_printf (_("Complaint stage %u does not say when a complaint is acknowledged."), i + 1);
          add (coach, "complaints-no-acknowledge", CHARTER_SEVERITY_WARNING, CHARTER_STEP_FEEDBACK,
               CHARTER_LIST_STAGES, i, CHARTER_STAGE_ACKNOWLEDGE, message,
               _("Say how soon people hear that you have their complaint, such as “2 working days”."));
        }
      check_vague (coach, CHARTER_STEP_FEEDBACK, CHARTER_LIST_STAGES, i, CHARTER_STAGE_ACKNOWLEDGE,
                   charter_item_get (stage, CHARTER_STAGE_ACKNOWLEDGE));
      check_vague (coach, CHARTER_STEP_FEEDBACK, CHARTER_LIST_STAGES, i, CHARTER_STAGE_RESOLVE,
                   charter_item_get (stage, CHARTER_STAGE_RESOLVE));
    }

  check_contact_value (coach, CHARTER_STEP_FEEDBACK, CHARTER_FIELD_COMPLAINT_EMAIL);
  check_contact_value (coach, CHARTER_STEP_FEEDBACK, CHARTER_FIELD_COMPLAINT_PHONE);

  if (is_blank (get (coach, CHARTER_FIELD_ESCALATION)))
    add (coach, "escalation-missing", CHARTER_SEVERITY_WARNING, CHARTER_STEP_FEEDBACK, -1, -1,
         CHARTER_FIELD_ESCALATION, _("You do not say where customers can go if they are still unhappy."),
         _("Name an independent body: an ombudsman, a complaints board or a consumer advice service."));

  check_vague (coach, CHARTER_STEP_FEEDBACK, -1, -1, CHARTER_FIELD_MISSED, get (coach, CHARTER_FIELD_MISSED));
}

/* Checks a date field; returns TRUE with @date set when it holds a real date. */
static gboolean
check_date (Coach        *coach,
            CharterField  field,
            GDate        *date)
{
  const char *value = get (coach, field);
  g_autofree char *message = NULL;

  if (is_blank (value))
    return FALSE;
  if (charter_coach_parse_date (value, date))
    return TRUE;

  message = g_strdup_printf (_("“%s” is not a date."), value);
  add (coach, "date-invalid", CHARTER_SEVERITY_ERROR, CHARTER_STEP_REVIEW, -1, -1, field, message,
       _("Write dates as year-month-day, such as 2027-03-31, and check the day exists."));
  return FALSE;
}

static void
check_review (Coach *coach)
{
  GDate effective, review, approval;
  gboolean has_effective = check_date (coach, CHARTER_FIELD_EFFECTIVE_DATE, &effective);
  gboolean has_review = check_date (coach, CHARTER_FIELD_REVIEW_DATE, &review);
  guint n_changes = charter_document_get_n_items (coach->document, CHARTER_LIST_CHANGES);

  check_date (coach, CHARTER_FIELD_APPROVAL_DATE, &approval);

  for (guint i = 0; i < n_changes; i++)
    {
      CharterItem *change = charter_document_get_item (coach->document, CHARTER_LIST_CHANGES, i);
      const char *value = charter_item_get (change, CHARTER_CHANGE_DATE);
      g_autofree char *message = NULL;

      if (is_blank (value) || charter_coach_parse_date (value, NULL))
        continue;
      message = g_strdup_printf (_("Change %u has the date “%s”, which is not a date."), i + 1, value);
      add (coach, "date-invalid", CHARTER_SEVERITY_ERROR, CHARTER_STEP_REVIEW,
           CHARTER_LIST_CHANGES, i, CHARTER_CHANGE_DATE, message,
           _("Write dates as year-month-day, such as 2027-03-31, and check the day exists."));
    }

  if (is_blank (get (coach, CHARTER_FIELD_REVIEW_DATE)))
    add (coach, "review-date-missing", CHARTER_SEVERITY_WARNING, CHARTER_STEP_REVIEW, -1, -1,
         CHARTER_FIELD_REVIEW_DATE, _("There is no date for the next review."),
         _("Plan a review within a year, so the charter keeps up with what customers need."));
  else if (has_review && g_date_compare (&review, &coach->today) < 0)
    add (coach, "review-date-past", CHARTER_SEVERITY_WARNING, CHARTER_STEP_REVIEW, -1, -1,
         CHARTER_FIELD_REVIEW_DATE, _("The review date has passed."),
         _("Review the charter with your team and customers, then set the next date."));

  if (has_effective && has_review && g_date_compare (&effective, &review) > 0)
    add (coach, "effective-after-review", CHARTER_SEVERITY_ERROR, CHARTER_STEP_REVIEW, -1, -1,
         CHARTER_FIELD_EFFECTIVE_DATE, _("The charter takes effect after its next review."),
         _("Check both dates: the review comes after the charter takes effect."));

  if (is_blank (get (coach, CHARTER_FIELD_APPROVER_NAME)))
    add (coach, "approver-missing", CHARTER_SEVERITY_WARNING, CHARTER_STEP_REVIEW, -1, -1,
         CHARTER_FIELD_APPROVER_NAME, _("Nobody has approved the charter."),
         _("Name the person who signs the charter off, with their role and the date."));
}

/* ---- Readability ------------------------------------------------------ */

static void
append_text (GString    *text,
             const char *value)
{
  gsize end;

  if (is_blank (value))
    return;

  g_string_append (text, value);
  /* Items and fields are sentences even without a full stop. */
  end = text->len;
  while (end > 0 && g_ascii_isspace (text->str[end - 1]))
    end--;
  if (end > 0 && strchr (".!?:;", text->str[end - 1]) == NULL)
    g_string_append_c (text, '.');
  g_string_append_c (text, '\n');
}

static void
append_list (GString         *text,
             CharterDocument *document,
             CharterListKind  kind,
             guint            field)
{
  guint n = charter_document_get_n_items (document, kind);

  for (guint i = 0; i < n; i++)
    append_text (text, charter_item_get (charter_document_get_item (document, kind, i), field));
}

static char *
section_text (CharterDocument *document,
              CharterStep      step)
{
  static const CharterField fields[CHARTER_N_STEPS][7] = {
    [CHARTER_STEP_ABOUT] = { CHARTER_FIELD_OVERVIEW, CHARTER_N_FIELDS },
    [CHARTER_STEP_PURPOSE] = { CHARTER_FIELD_PURPOSE, CHARTER_FIELD_STORY, CHARTER_FIELD_COMMITMENT, CHARTER_N_FIELDS },
    [CHARTER_STEP_SCOPE] = { CHARTER_FIELD_SCOPE_COVERS, CHARTER_FIELD_SCOPE_EXCLUDES, CHARTER_N_FIELDS },
    [CHARTER_STEP_STANDARDS] = { CHARTER_N_FIELDS },
    [CHARTER_STEP_RIGHTS] = { CHARTER_N_FIELDS },
    [CHARTER_STEP_IMPLEMENTATION] = { CHARTER_FIELD_INDUCTION, CHARTER_FIELD_SUPERVISION, CHARTER_FIELD_COMMUNICATION,
                                      CHARTER_FIELD_QUALITY, CHARTER_FIELD_TRAINING, CHARTER_N_FIELDS },
    [CHARTER_STEP_FEEDBACK] = { CHARTER_FIELD_FEEDBACK, CHARTER_FIELD_EXCEEDED, CHARTER_FIELD_MISSED,
                                CHARTER_FIELD_ESCALATION, CHARTER_FIELD_REMEDIES, CHARTER_N_FIELDS },
    [CHARTER_STEP_REVIEW] = { CHARTER_N_FIELDS },
  };
  GString *text = g_string_new (NULL);

  for (guint i = 0; fields[step][i] != CHARTER_N_FIELDS; i++)
    append_text (text, charter_document_get (document, fields[step][i]));

  switch ((int)step)
    {
    case CHARTER_STEP_SCOPE:
      append_list (text, document, CHARTER_LIST_CHANNELS, CHARTER_CHANNEL_ACCESSIBILITY);
      break;
    case CHARTER_STEP_STANDARDS:
      append_list (text, document, CHARTER_LIST_STANDARDS, CHARTER_STANDARD_TEXT);
      break;
    case CHARTER_STEP_RIGHTS:
      append_list (text, document, CHARTER_LIST_RIGHTS, CHARTER_TEXT_TEXT);
      append_list (text, document, CHARTER_LIST_RESPONSIBILITIES, CHARTER_TEXT_TEXT);
      break;
    case CHARTER_STEP_REVIEW:
      append_list (text, document, CHARTER_LIST_CHANGES, CHARTER_CHANGE_TEXT);
      break;
    default:
      break;
    }

  return g_string_free (text, FALSE);
}

static void
check_readability (Coach *coach)
{
  if (coach->rules == RULES_NONE)
    return;

  for (guint step = 0; step < CHARTER_N_STEPS; step++)
    {
      g_autofree char *text = section_text (coach->document, step);
      g_autofree char *message = NULL;

      if (count_words (text) < READABILITY_MIN_WORDS)
        continue;

      if (coach->rules == RULES_ENGLISH)
        {
          double score = charter_coach_flesch (text);

          if (score >= FLESCH_HARD_BELOW)
            continue;
          message = g_strdup_printf (_("This section is hard to read (Flesch reading ease %.0f; aim for %.0f or more)."),
                                     score, FLESCH_HARD_BELOW);
        }
      else
        {
          double score = charter_coach_lix (text);

          if (score <= LIX_HARD_ABOVE)
            continue;
          message = g_strdup_printf (_("This section is hard to read (LIX %.0f; aim for %.0f or less)."),
                                     score, LIX_HARD_ABOVE);
        }

      add (coach, "hard-to-read", CHARTER_SEVERITY_WARNING, step, -1, -1, -1, message,
           _("Use shorter sentences and everyday words; write “we” and “you”."));
    }
}

/* ---- Completeness ----------------------------------------------------- */

typedef gboolean (*SatisfiedFunc) (CharterDocument *document);

typedef struct {
  CharterStep    step;
  int            field;      /* CharterField, or -1 */
  int            list;       /* CharterListKind that must not be empty, or -1 */
  SatisfiedFunc  satisfied;  /* for anything else */
  gboolean       own_check;  /* a check above already reports it in its own words */
  const char    *message;
  const char    *hint;
} Requirement;

static gboolean
has_contact (CharterDocument *document)
{
  return !is_blank (charter_document_get (document, CHARTER_FIELD_ADDRESS)) ||
         !is_blank (charter_document_get (document, CHARTER_FIELD_PHONE)) ||
         !is_blank (charter_document_get (document, CHARTER_FIELD_EMAIL));
}

static gboolean
has_every_pillar (CharterDocument *document)
{
  guint seen = 0;
  guint n = charter_document_get_n_items (document, CHARTER_LIST_STANDARDS);

  for (guint i = 0; i < n; i++)
    {
      const char *pillar = charter_item_get (charter_document_get_item (document, CHARTER_LIST_STANDARDS, i),
                                             CHARTER_STANDARD_PILLAR);

      if (g_str_equal (pillar, "happen"))
        seen |= 1;
      else if (g_str_equal (pillar, "easy"))
        seen |= 2;
      else if (g_str_equal (pillar, "better"))
        seen |= 4;
    }

  return seen == 7;
}

static gboolean
has_measurable_standards (CharterDocument *document)
{
  guint n = charter_document_get_n_items (document, CHARTER_LIST_STANDARDS);

  for (guint i = 0; i < n; i++)
    {
      CharterItem *standard = charter_document_get_item (document, CHARTER_LIST_STANDARDS, i);

      if (!has_digit (charter_item_get (standard, CHARTER_STANDARD_TARGET)) ||
          is_blank (charter_item_get (standard, CHARTER_STANDARD_UNIT)))
        return FALSE;
    }

  return n > 0;
}

static gboolean
has_complaint_contact (CharterDocument *document)
{
  return !is_blank (charter_document_get (document, CHARTER_FIELD_COMPLAINT_POST)) ||
         !is_blank (charter_document_get (document, CHARTER_FIELD_COMPLAINT_PHONE)) ||
         !is_blank (charter_document_get (document, CHARTER_FIELD_COMPLAINT_EMAIL));
}

static const Requirement requirements[] = {
  { CHARTER_STEP_ABOUT, CHARTER_FIELD_NAME, -1, NULL, FALSE,
    N_("The organisation has no name."), N_("Write the name customers know you by.") },
  { CHARTER_STEP_ABOUT, CHARTER_FIELD_OVERVIEW, -1, NULL, FALSE,
    N_("There is no overview of what you do."), N_("Say in one or two sentences what you do and for whom.") },
  { CHARTER_STEP_ABOUT, -1, -1, has_contact, FALSE,
    N_("There is no address, phone number or email."), N_("Give at least one way to reach you.") },
  { CHARTER_STEP_PURPOSE, CHARTER_FIELD_PURPOSE, -1, NULL, TRUE,
    N_("There is no purpose statement."), NULL },
  { CHARTER_STEP_PURPOSE, CHARTER_FIELD_COMMITMENT, -1, NULL, FALSE,
    N_("There is no commitment to customers."), N_("Say in one sentence what every customer can count on.") },
  { CHARTER_STEP_SCOPE, CHARTER_FIELD_SCOPE_COVERS, -1, NULL, FALSE,
    N_("The charter does not say what it covers."), N_("Name the services, places and customers the charter applies to.") },
  { CHARTER_STEP_SCOPE, -1, CHARTER_LIST_CHANNELS, NULL, FALSE,
    N_("There are no contact channels."), N_("List how customers reach you: in person, phone, email, online, with hours.") },
  { CHARTER_STEP_STANDARDS, -1, -1, has_every_pillar, TRUE,
    N_("Not every pillar has a standard."), NULL },
  { CHARTER_STEP_STANDARDS, -1, -1, has_measurable_standards, TRUE,
    N_("Not every standard can be measured."), NULL },
  { CHARTER_STEP_RIGHTS, -1, CHARTER_LIST_RIGHTS, NULL, FALSE,
    N_("There are no customer rights."), N_("Say what every customer can expect, such as clear prices and privacy.") },
  { CHARTER_STEP_RIGHTS, -1, CHARTER_LIST_RESPONSIBILITIES, NULL, FALSE,
    N_("The charter does not say how customers can help you."), N_("Ask for what makes good service possible, such as bringing a receipt.") },
  { CHARTER_STEP_IMPLEMENTATION, CHARTER_FIELD_INDUCTION, -1, NULL, TRUE,
    N_("New staff are not told about the charter."), NULL },
  { CHARTER_STEP_IMPLEMENTATION, CHARTER_FIELD_SUPERVISION, -1, NULL, TRUE,
    N_("Nobody checks that the charter is kept."), NULL },
  { CHARTER_STEP_IMPLEMENTATION, CHARTER_FIELD_COMMUNICATION, -1, NULL, FALSE,
    N_("The team does not hear how the charter is going."), N_("Say where results are shared with staff, such as a weekly meeting.") },
  { CHARTER_STEP_IMPLEMENTATION, CHARTER_FIELD_QUALITY, -1, NULL, FALSE,
    N_("There are no quality procedures."), N_("Say how you log complaints and results and look for patterns.") },
  { CHARTER_STEP_IMPLEMENTATION, CHARTER_FIELD_TRAINING, -1, NULL, FALSE,
    N_("There is no training."), N_("Say what training staff get to keep the standards.") },
  { CHARTER_STEP_IMPLEMENTATION, CHARTER_FIELD_CHARTER_OWNER, -1, NULL, FALSE,
    N_("Nobody owns the charter."), N_("Name the person responsible for the charter.") },
  { CHARTER_STEP_FEEDBACK, CHARTER_FIELD_FEEDBACK, -1, NULL, FALSE,
    N_("Customers are not invited to say how you are doing."), N_("Tell customers how to give feedback and that you read it.") },
  { CHARTER_STEP_FEEDBACK, CHARTER_FIELD_MISSED, -1, NULL, FALSE,
    N_("The charter does not say what happens when you miss a standard."), N_("Say that you will apologise, put it right and learn from it.") },
  { CHARTER_STEP_FEEDBACK, -1, CHARTER_LIST_STAGES, NULL, TRUE,
    N_("There are no complaint stages."), NULL },
  { CHARTER_STEP_FEEDBACK, -1, -1, has_complaint_contact, FALSE,
    N_("There is no post, phone or email address for complaints."), N_("Give at least one contact for complaints.") },
  { CHARTER_STEP_FEEDBACK, CHARTER_FIELD_ESCALATION, -1, NULL, TRUE,
    N_("You do not say where customers can go if they are still unhappy."), NULL },
  { CHARTER_STEP_FEEDBACK, CHARTER_FIELD_REMEDIES, -1, NULL, FALSE,
    N_("The charter does not say how you put things right."), N_("List the remedies: an apology, a refund, a repair, a goodwill gesture.") },
  { CHARTER_STEP_REVIEW, CHARTER_FIELD_VERSION, -1, NULL, FALSE,
    N_("The charter has no version."), N_("Number each edition, such as 1.0.") },
  { CHARTER_STEP_REVIEW, CHARTER_FIELD_EFFECTIVE_DATE, -1, NULL, FALSE,
    N_("There is no date the charter takes effect."), N_("Give the date the charter starts to apply.") },
  { CHARTER_STEP_REVIEW, CHARTER_FIELD_REVIEW_DATE, -1, NULL, TRUE,
    N_("There is no date for the next review."), NULL },
  { CHARTER_STEP_REVIEW, CHARTER_FIELD_APPROVER_NAME, -1, NULL, TRUE,
    N_("Nobody has approved the charter."), NULL },
  { CHARTER_STEP_REVIEW, -1, CHARTER_LIST_PUBLISHED, NULL, FALSE,
    N_("The charter does not say where it is published."), N_("List where customers and staff find it: shop window, website, induction pack.") },
};

static gboolean
requirement_met (const Requirement *requirement,
                 CharterDocument   *document)
{
  if (requirement->field >= 0)
    return !is_blank (charter_document_get (document, requirement->field));
  if (requirement->list >= 0)
    return charter_document_get_n_items (document, requirement->list) > 0;
  return requirement->satisfied (document);
}

guint
charter_coach_get_completeness (CharterDocument  *document,
                                GPtrArray       **missing)
{
  guint met = 0;

  g_return_val_if_fail (CHARTER_IS_DOCUMENT (document), 0);

  if (missing != NULL)
    *missing = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < G_N_ELEMENTS (requirements); i++)
    {
      if (requirement_met (&requirements[i], document))
        met++;
      else if (missing != NULL)
        g_ptr_array_add (*missing, g_strdup (_(requirements[i].message)));
    }

  /* Round down, so that 100 % means complete. */
  return met * 100 / G_N_ELEMENTS (requirements);
}

guint
charter_coach_get_step_completeness (CharterDocument *document,
                                     CharterStep      step)
{
  guint met = 0;
  guint total = 0;

  g_return_val_if_fail (CHARTER_IS_DOCUMENT (document), 0);
  g_return_val_if_fail (step < CHARTER_N_STEPS, 0);

  for (guint i = 0; i < G_N_ELEMENTS (requirements); i++)
    {
      if (requirements[i].step != step)
        continue;
      total++;
      if (requirement_met (&requirements[i], document))
        met++;
    }

  return total > 0 ? met * 100 / total : 100;
}

static void
check_completeness (Coach       *coach,
                    CharterStep  step)
{
  for (guint i = 0; i < G_N_ELEMENTS (requirements); i++)
    {
      const Requirement *requirement = &requirements[i];

      if (requirement->step != step || requirement->own_check ||
          requirement_met (requirement, coach->document))
        continue;

      add (coach, "missing", CHARTER_SEVERITY_INFO, step, requirement->list,
           -1, requirement->field, _(requirement->message), _(requirement->hint));
    }
}

GListModel *
charter_coach_check (CharterDocument *document,
                     const GDate     *today)
{
  typedef void (*StepCheck) (Coach *coach);
  static const StepCheck step_checks[CHARTER_N_STEPS] = {
    [CHARTER_STEP_ABOUT] = check_about,
    [CHARTER_STEP_PURPOSE] = check_purpose,
    [CHARTER_STEP_SCOPE] = check_scope,
    [CHARTER_STEP_STANDARDS] = check_standards,
    [CHARTER_STEP_RIGHTS] = check_rights,
    [CHARTER_STEP_IMPLEMENTATION] = check_implementation,
    [CHARTER_STEP_FEEDBACK] = check_feedback,
    [CHARTER_STEP_REVIEW] = check_review,
  };
  Coach coach = { 0 };
  g_autoptr(GListStore) readability = NULL;

  g_return_val_if_fail (CHARTER_IS_DOCUMENT (document), NULL);

  coach.document = document;
  coach.rules = rules_for_language (charter_document_get_language (document));
  if (today != NULL && g_date_valid (today))
    coach.today = *today;
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      g_date_clear (&coach.today, 1);
      g_date_set_dmy (&coach.today, g_date_time_get_day_of_month (now),
                      g_date_time_get_month (now), g_date_time_get_year (now));
    }

  /* Readability findings are merged into their step below. */
  coach.findings = g_list_store_new (CHARTER_TYPE_FINDING);
  check_readability (&coach);
  readability = coach.findings;

  coach.findings = g_list_store_new (CHARTER_TYPE_FINDING);
  for (guint step = 0; step < CHARTER_N_STEPS; step++)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (readability));

      step_checks[step] (&coach);
      check_completeness (&coach, step);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(CharterFinding) finding = g_list_model_get_item (G_LIST_MODEL (readability), i);

          if (charter_finding_get_step (finding) == step)
            g_list_store_append (coach.findings, finding);
        }
    }

  return G_LIST_MODEL (coach.findings);
}
