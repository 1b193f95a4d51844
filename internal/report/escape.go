package report

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Safe returns s, text that came from the user's files (a path, a tool's
// message), made safe to print inside a line: control characters (newline,
// ESC, BEL), format characters (bidi overrides such as U+202E, zero-width
// marks) and invalid UTF-8 bytes are escaped as Go escapes (\n, \x1b,
// \u202e, \xff), so a line stays one line, shows what the bytes are, and
// cannot start another line a CI runner reads as a command. Text without
// such characters is returned as it is.
func Safe(s string) string { return escape(s, false) }

// escape is Safe; keepLines leaves \n and \r for the caller's own escaping
// (the Actions runner's %0A and %0D).
func escape(s string, keepLines bool) string {
	if !needsEscape(s, keepLines) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n <= 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case keepLines && (r == '\n' || r == '\r'), !unsafeRune(r):
			b.WriteString(s[i : i+n])
		default:
			q := strconv.QuoteRuneToGraphic(r)
			b.WriteString(q[1 : len(q)-1])
		}
		i += n
	}
	return b.String()
}

func unsafeRune(r rune) bool {
	return r != ' ' && (unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || !unicode.IsGraphic(r))
}

func needsEscape(s string, keepLines bool) bool {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n <= 1 {
			return true
		}
		if unsafeRune(r) && !(keepLines && (r == '\n' || r == '\r')) {
			return true
		}
		i += n
	}
	return false
}

// LineStart returns s made Safe to start a line: if what a CI runner sees
// at the start of the line (after blanks) would be a workflow command
// ("::add-mask::…", "::stop-commands::…", "##[error]…"), it is prefixed
// with "./", which names the same file when s is a relative path, the only
// user text that starts a line.
func LineStart(s string) string {
	s = Safe(s)
	t := strings.TrimLeft(s, " \t")
	if strings.HasPrefix(t, "::") || strings.HasPrefix(t, "##[") || t != s {
		return "./" + s
	}
	return s
}
