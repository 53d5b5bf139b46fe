/* charter-drafts.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "charter-drafts.h"
#include "charter-format.h"

#define ORIGIN_SUFFIX ".origin"
#define ORIGIN_GROUP  "Draft"

void
charter_draft_free (CharterDraft *draft)
{
  if (draft == NULL)
    return;
  g_free (draft->path);
  g_free (draft->origin);
  g_free (draft->title);
  g_clear_pointer (&draft->modified, g_date_time_unref);
  g_free (draft);
}

char *
charter_drafts_get_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), APP_ID, "drafts", NULL);
}

char *
charter_drafts_new_path (const char *dir)
{
  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *name = g_strconcat (uuid, ".charter", NULL);

  return g_build_filename (dir, name, NULL);
}

gboolean
charter_drafts_save (const char      *path,
                     CharterDocument *document,
                     const char      *origin,
                     GError         **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *origin_path = g_strconcat (path, ORIGIN_SUFFIX, NULL);
  g_autoptr(GKeyFile) keyfile = g_key_file_new ();
  g_autofree char *data = NULL;
  gsize length = 0;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, CHARTER_ERROR, CHARTER_ERROR_IO,
                   _("cannot create the folder: %s"), g_strerror (saved));
      return FALSE;
    }

  if (origin != NULL)
    g_key_file_set_string (keyfile, ORIGIN_GROUP, "Origin", origin);
  g_key_file_set_int64 (keyfile, ORIGIN_GROUP, "Saved", g_get_real_time () / G_USEC_PER_SEC);
  data = g_key_file_to_data (keyfile, &length, NULL);

  /* The key file first: a draft without one would look like a new charter. */
  return charter_file_replace (origin_path, data, length, error) &&
         charter_format_save_file (document, path, error);
}

char *
charter_drafts_get_origin (const char *path)
{
  g_autofree char *origin_path = g_strconcat (path, ORIGIN_SUFFIX, NULL);
  g_autoptr(GKeyFile) keyfile = g_key_file_new ();

  if (!g_key_file_load_from_file (keyfile, origin_path, G_KEY_FILE_NONE, NULL))
    return NULL;
  return g_key_file_get_string (keyfile, ORIGIN_GROUP, "Origin", NULL);
}

static CharterDraft *
read_draft (const char *path)
{
  g_autoptr(CharterDocument) document = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInfo) info = NULL;
  CharterDraft *draft;
  const char *name;

  document = charter_format_load_file (path, NULL);
  if (document == NULL)
    return NULL;

  draft = g_new0 (CharterDraft, 1);
  draft->path = g_strdup (path);
  draft->origin = charter_drafts_get_origin (path);
  name = charter_document_get (document, CHARTER_FIELD_NAME);
  draft->title = *name ? g_strdup (name) : NULL;

  /* Without the microseconds, drafts written in the same second tie. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED "," G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC,
                            G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info != NULL)
    draft->modified = g_file_info_get_modification_date_time (info);
  if (draft->modified == NULL)
    draft->modified = g_date_time_new_now_local ();

  return draft;
}

static int
newest_first (gconstpointer a,
              gconstpointer b)
{
  const CharterDraft *da = *(CharterDraft * const *)a;
  const CharterDraft *db = *(CharterDraft * const *)b;

  return g_date_time_compare (db->modified, da->modified);
}

GPtrArray *
charter_drafts_list (const char *dir)
{
  GPtrArray *drafts = g_ptr_array_new_with_free_func ((GDestroyNotify)charter_draft_free);
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  if (handle == NULL)
    return drafts;

  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = NULL;
      CharterDraft *draft;

      if (!g_str_has_suffix (name, ".charter"))
        continue;
      path = g_build_filename (dir, name, NULL);
      draft = read_draft (path);
      if (draft != NULL)
        g_ptr_array_add (drafts, draft);
    }

  g_ptr_array_sort (drafts, newest_first);
  return drafts;
}

void
charter_drafts_discard (const char *path)
{
  g_autofree char *origin_path = NULL;

  if (path == NULL)
    return;
  origin_path = g_strconcat (path, ORIGIN_SUFFIX, NULL);
  g_unlink (path);
  g_unlink (origin_path);
}
