/* test-x11.h — watching another process's window appear on the X display,
 * for the test and benchmark programs that start Charter itself
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <poll.h>
#include <X11/Xlib.h>
#include <X11/Xatom.h>
#include <glib.h>

typedef struct {
  Display *display;
  Atom     net_wm_pid;
} TestX11;

/* Connects to $DISPLAY and listens for top-level windows being mapped;
 * FALSE without a display. Call it before starting the program. */
static inline gboolean
test_x11_open (TestX11 *x11)
{
  if ((x11->display = XOpenDisplay (NULL)) == NULL)
    return FALSE;
  x11->net_wm_pid = XInternAtom (x11->display, "_NET_WM_PID", False);
  XSelectInput (x11->display, DefaultRootWindow (x11->display), SubstructureNotifyMask);
  return TRUE;
}

static inline void
test_x11_close (TestX11 *x11)
{
  g_clear_pointer (&x11->display, XCloseDisplay);
}

/* Forgets the events so far, so a wait sees only what comes after. */
static inline void
test_x11_flush (TestX11 *x11)
{
  XSync (x11->display, True);
}

static inline gulong
test_x11_window_pid (TestX11 *x11,
                     Window   window)
{
  Atom type;
  int format;
  unsigned long n, after;
  unsigned char *data = NULL;
  gulong pid = 0;

  if (XGetWindowProperty (x11->display, window, x11->net_wm_pid, 0, 1, False, XA_CARDINAL,
                          &type, &format, &n, &after, &data) == Success && data != NULL)
    {
      if (type == XA_CARDINAL && format == 32 && n == 1)
        pid = *(unsigned long *)data;
      XFree (data);
    }
  return pid;
}

/* Waits for a top-level window of @pid to be mapped (its MapNotify, the
 * window's _NET_WM_PID naming @pid); FALSE once the monotonic clock
 * passes @deadline. */
static inline gboolean
test_x11_wait_for_map (TestX11 *x11,
                       GPid     pid,
                       gint64   deadline)
{
  struct pollfd fd = { ConnectionNumber (x11->display), POLLIN, 0 };

  while (g_get_monotonic_time () < deadline)
    {
      while (XPending (x11->display))
        {
          XEvent event;

          XNextEvent (x11->display, &event);
          if (event.type == MapNotify && !event.xmap.override_redirect &&
              test_x11_window_pid (x11, event.xmap.window) == (gulong)pid)
            return TRUE;
        }
      poll (&fd, 1, 50);
    }
  return FALSE;
}
