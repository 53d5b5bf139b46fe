/* fuzz-common.h — shared by the fuzz targets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every target defines LLVMFuzzerTestOneInput. Built with clang and
 * -fsanitize=fuzzer it is a libFuzzer binary; otherwise fuzz-replay.c
 * supplies a main() that runs it once over each file of a corpus.
 */
#pragma once

#include <glib.h>
#include <stdint.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

/* A failed check in a target is a bug in Charter: crash loudly so that
 * libFuzzer keeps the input, whatever G_DEBUG or NDEBUG say. */
#define FUZZ_CHECK(cond) \
  G_STMT_START { \
    if (G_UNLIKELY (!(cond))) \
      { \
        g_printerr ("%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
        abort (); \
      } \
  } G_STMT_END

/* Once per process: no display, no translations, quiet logging. Warnings
 * from GLib (g_return_if_fail and friends) are bugs too and abort. */
static inline void
fuzz_init (void)
{
  static gboolean done;

  if (done)
    return;
  done = TRUE;
  g_unsetenv ("DISPLAY");
  g_unsetenv ("WAYLAND_DISPLAY");
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
}
