package main

import (
	"fmt"
	"strings"
	"unicode"
)

// termSafe makes text from articles, file names and errors safe to print
// on a terminal: control characters (escape sequences, carriage returns,
// newlines, C1 controls) and the invisible marks that reorder text are
// shown as escapes such as \x1b or \u202e instead of acting on the
// terminal. Tabs are kept when keepTab is set (in article text).
func termSafe(s string, keepTab bool) string {
	if strings.IndexFunc(s, func(r rune) bool { return unsafeRune(r, keepTab) }) < 0 {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case !unsafeRune(r, keepTab):
			b.WriteRune(r)
		case r < 0x100:
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			fmt.Fprintf(&b, `\u%04x`, r)
		}
	}
	return b.String()
}

// unsafeRune reports whether r acts on a terminal instead of showing.
func unsafeRune(r rune, keepTab bool) bool {
	switch {
	case r == '\t':
		return !keepTab
	case unicode.IsControl(r):
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f, r == 0x061c:
		return true // bidirectional overrides, isolates and marks
	}
	return false
}

// line is termSafe for one-line output: names, titles, errors.
func line(s string) string { return termSafe(s, false) }
