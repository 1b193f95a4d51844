package report_test

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/cfauthlint/cfauthlint/internal/finding"
	"github.com/cfauthlint/cfauthlint/internal/report"
)

// hostile are file names and messages that would inject GitHub workflow
// commands or terminal controls if printed raw.
var hostile = []string{
	"::add-mask::x.env",
	"::stop-commands::deadbeef",
	"::error file=README.md,line=1::pwned",
	"  ::warning::indented",
	"##[error]legacy",
	"a\n::error::after a newline",
	"a\r::error::after a return",
	"esc\x1b[31mred\x1b[0m.env",
	"bell\a.env",
	"bidi\u202eenv.exe",
	"zero\u200bwidth",
	"bad\xffbyte.env",
}

// commandLine reports a line the Actions runner would take as a command.
func commandLine(l string) bool {
	t := strings.TrimLeft(l, " \t")
	return strings.HasPrefix(t, "::") || strings.HasPrefix(t, "##[")
}

func rawUnsafe(s string) bool {
	return !utf8.ValidString(s) || strings.ContainsAny(s, "\x1b\a\u202e\u200b\r")
}

// TestNoInjectedCommands: in text output and stderr notices, no line starts
// with a workflow command or carries a raw control or bidi character,
// whatever the file name or message; in github output every line is
// cfauthlint's own command, with the same escaping in its properties.
func TestNoInjectedCommands(t *testing.T) {
	for _, h := range hostile {
		rep := &finding.Report{
			Findings: []finding.Finding{{RuleID: "CF201", RuleName: "global-api-key-auth", Level: "warning", Path: h, Line: 1, Column: 1, Message: "m " + h, Redacted: "X-Auth-Key"}},
			Notices:  []finding.Notice{{Path: h, Line: 2, Message: "n " + h}, {Path: h, Message: h}, {Message: h}},
		}
		var text, notes, gh bytes.Buffer
		report.Text(&text, rep)
		report.Notices(&notes, rep.Notices)
		report.GitHub(&gh, rep)
		for name, out := range map[string]string{"text": text.String(), "notices": notes.String()} {
			for _, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
				if commandLine(l) {
					t.Errorf("%s output for %q has a command line: %q", name, h, l)
				}
				if rawUnsafe(l) {
					t.Errorf("%s output for %q has a raw control character: %q", name, h, l)
				}
			}
			if n := strings.Count(out, "\n"); n != strings.Count(out, "\n") || (name == "text" && n != 1) || (name == "notices" && n != 3) {
				t.Errorf("%s output for %q: %d lines", name, h, n)
			}
		}
		lines := strings.Split(strings.TrimSuffix(gh.String(), "\n"), "\n")
		if len(lines) != 4 {
			t.Errorf("github output for %q: %d lines, want 4", h, len(lines))
		}
		for _, l := range lines {
			if !strings.HasPrefix(l, "::warning ") && !strings.HasPrefix(l, "::warning::") {
				t.Errorf("github output for %q: unexpected line %q", h, l)
			}
			if rawUnsafe(l) {
				t.Errorf("github output for %q has a raw control character: %q", h, l)
			}
		}
	}
}

func TestLineStartKeepsPlainPaths(t *testing.T) {
	for _, p := range []string{"a/b.env", "/abs/x", "dir with space/x", "ünïcode/ok.py", `back\slash`, `q"uote`} {
		if got := report.LineStart(p); got != p {
			t.Errorf("LineStart(%q) = %q", p, got)
		}
	}
	if got := report.LineStart("::x"); got != "./::x" {
		t.Errorf("LineStart(::x) = %q", got)
	}
}
