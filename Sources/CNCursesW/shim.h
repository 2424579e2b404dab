#ifndef PARLEY_CNCURSESW_SHIM_H
#define PARLEY_CNCURSESW_SHIM_H

// The module map links ncursesw without pkg-config (whose -D flags SwiftPM
// refuses, with a warning on every build). Without these, curses.h hides the
// wide-character API (get_wch, cchar_t, setcchar, mvwadd_wch). The headers
// are found at <ncursesw/curses.h> in the system include path (Debian's
// libncurses-dev); libncursesw.so pulls in libtinfo itself.
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Swift cannot import function-like macros, and `stdscr`, `LINES`, `COLS`
// and `ESCDELAY` are mutable globals that Swift 6 refuses to touch. These
// accessors are the only way ParleyTerminal reaches them.

static inline WINDOW *parley_stdscr(void) { return stdscr; }
/// What ncurses believes the terminal shows; clearok on it forces a full repaint.
static inline WINDOW *parley_curscr(void) { return curscr; }
static inline int parley_rows(void) { return getmaxy(stdscr); }
static inline int parley_columns(void) { return getmaxx(stdscr); }
static inline int parley_colour_pairs(void) { return COLOR_PAIRS; }

static inline attr_t parley_attr_normal(void) { return A_NORMAL; }
static inline attr_t parley_attr_bold(void) { return A_BOLD; }
static inline attr_t parley_attr_dim(void) { return A_DIM; }
static inline attr_t parley_attr_italic(void) { return A_ITALIC; }
static inline attr_t parley_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t parley_attr_reverse(void) { return A_REVERSE; }

static inline int parley_key_function(int n) { return KEY_F(n); }

/// Mouse wheel only: clicks stay unreported where the terminal allows it.
static inline mmask_t parley_wheel_mask(void) { return BUTTON4_PRESSED | BUTTON5_PRESSED; }

/// After KEY_MOUSE: -1 wheel up, 1 wheel down, 0 anything else.
static inline int parley_read_wheel(void) {
    MEVENT event;
    if (getmouse(&event) != OK) return 0;
    if (event.bstate & BUTTON4_PRESSED) return -1;
    if (event.bstate & BUTTON5_PRESSED) return 1;
    return 0;
}

/// Draws one cell: a spacing character followed by up to four zero-width
/// ones, NUL-terminated. ncurses records it and sends only what changed.
static inline int parley_put_cell(int row, int column, const wchar_t *text, attr_t attributes, short pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attributes, pair, NULL) == ERR) return ERR;
    return mvwadd_wch(stdscr, row, column, &cell);
}

// wchar.h comes from the Glibc module, built without _XOPEN_SOURCE, so its
// wcwidth is hidden; ncurses measures with this same function.
extern int wcwidth(wchar_t character);

/// Columns the C library (and so ncurses) gives one character: -1, 0, 1 or 2.
static inline int parley_wcwidth(wchar_t character) { return wcwidth(character); }

/// The codeset of LC_CTYPE ("UTF-8", "ANSI_X3.4-1968", ...).
static inline const char *parley_codeset(void) { return nl_langinfo(CODESET); }

/// Whether the current terminal description has a string capability
/// (tigetstr gives NULL when absent, (char *)-1 when not a string capability).
static inline int parley_has_string_capability(const char *name) {
    char *value = tigetstr(name);
    return value != NULL && value != (char *)-1;
}

/// A string capability of the current terminal, NULL when absent.
static inline const char *parley_string_capability(const char *name) {
    char *value = tigetstr(name);
    return value == (char *)-1 ? NULL : value;
}

/// A boolean capability of the current terminal: 1 present, 0 absent.
static inline int parley_flag_capability(const char *name) { return tigetflag(name) == 1; }

/// A capability with one number put in (tiparm is variadic, which Swift cannot call).
static inline const char *parley_capability_with(const char *capability, int number) {
    return tiparm(capability, number);
}

#endif
