// What Swift cannot import from ncursesw by itself: the wide-character API
// (hidden unless the feature macros below are set before any include), the
// attribute macros built by NCURSES_BITS, mouse masks, and C globals that
// Swift 6 refuses to read as shared mutable state.
#ifndef READER_CNCURSES_SHIM_H
#define READER_CNCURSES_SHIM_H

#define _DEFAULT_SOURCE 1
#define _XOPEN_SOURCE 600
#define NCURSES_WIDECHAR 1

#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <stdio.h>
#include <signal.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>
#include <ncurses.h>
#include <term.h>

static inline attr_t cn_a_normal(void) { return A_NORMAL; }
static inline attr_t cn_a_bold(void) { return A_BOLD; }
static inline attr_t cn_a_dim(void) { return A_DIM; }
static inline attr_t cn_a_italic(void) { return A_ITALIC; }
static inline attr_t cn_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cn_a_reverse(void) { return A_REVERSE; }
static inline attr_t cn_a_color(void) { return A_COLOR; }

static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline int cn_lines(void) { return LINES; }
static inline int cn_cols(void) { return COLS; }
static inline int cn_colors(void) { return COLORS; }
static inline int cn_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE *cn_stdout(void) { return stdout; }
static inline FILE *cn_stderr(void) { return stderr; }
static inline FILE *cn_stdin(void) { return stdin; }
static inline int cn_errno(void) { return errno; }

static inline mmask_t cn_all_mouse_events(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline mmask_t cn_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t cn_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t cn_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t cn_button5_pressed(void) { return BUTTON5_PRESSED; }
static inline int cn_key_f(int n) { return KEY_F(n); }
static inline mmask_t cn_reader_mouse_mask(void) {
  return BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED;
}

static inline void cn_set_style(WINDOW *window, attr_t attributes, short pair) {
  wattr_set(window, attributes, pair, NULL);
}

// Restores the terminal when the process dies of a crash signal: endwin(), then the handler
// that was there before (the Swift runtime's backtracer) runs on the re-raised signal.
static inline struct sigaction *cn_previous_action(int signal_number) {
  static struct sigaction saved[NSIG];
  return &saved[signal_number];
}

static inline void cn_crash_handler(int signal_number) {
  endwin();
  sigaction(signal_number, cn_previous_action(signal_number), NULL);
  raise(signal_number);
}

static inline void cn_install_crash_handlers(void) {
  const int signals[] = {SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE};
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = cn_crash_handler;
  sigemptyset(&action.sa_mask);
  for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) {
    sigaction(signals[i], &action, cn_previous_action(signals[i]));
  }
}

#endif
