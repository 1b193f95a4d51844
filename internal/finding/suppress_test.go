package finding_test

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/cfauthlint/cfauthlint/internal/finding"
	"github.com/cfauthlint/cfauthlint/rules"
)

// parse finds the marker in line and parses the directive there.
func parse(line string) (finding.Directive, bool) {
	at := strings.Index(line, finding.DirectiveMarker)
	if at < 0 {
		panic("test line without marker: " + line)
	}
	return finding.ParseDirective([]byte(line), at)
}

func TestParseDirectiveValid(t *testing.T) {
	cases := []struct {
		line   string
		rules  []string
		reason string
	}{
		{"# cfauthlint:ignore CF101 -- test fixture", []string{"CF101"}, "test fixture"},
		{`token = "x" # cfauthlint:ignore CF101 -- fake value`, []string{"CF101"}, "fake value"},
		{"// cfauthlint:ignore CF101,CF201 -- both", []string{"CF101", "CF201"}, "both"},
		{"// cfauthlint:ignore CF101, CF201 -- both", []string{"CF101", "CF201"}, "both"},
		{"// cfauthlint:ignore CF101 CF201 -- both", []string{"CF101", "CF201"}, "both"},
		{"# cfauthlint:ignore cf101 -- lower case id", []string{"CF101"}, "lower case id"},
		{"/* cfauthlint:ignore CF301 -- local mock */", []string{"CF301"}, "local mock"},
		{"/* cfauthlint:ignore CF301 -- local mock*/", []string{"CF301"}, "local mock"},
		{"<!-- cfauthlint:ignore CF102 -- docs example -->", []string{"CF102"}, "docs example"},
		{"{{/* cfauthlint:ignore CF101 -- helm default */}}", []string{"CF101"}, "helm default"},
		{"{# cfauthlint:ignore CF101 -- jinja #}", []string{"CF101"}, "jinja"},
		{"-- cfauthlint:ignore CF201 -- sql comment", []string{"CF201"}, "sql comment"},
		{"; cfauthlint:ignore CF102 -- ini comment", []string{"CF102"}, "ini comment"},
		{"REM cfauthlint:ignore CF101 -- batch", []string{"CF101"}, "batch"},
		{" * cfauthlint:ignore CF101 -- inside a block comment", []string{"CF101"}, "inside a block comment"},
		{"# cfauthlint:ignore CF101 -- reason -- with dashes", []string{"CF101"}, "reason -- with dashes"},
		{"#cfauthlint:ignore CF101 --no space", []string{"CF101"}, "no space"},
		{"# cfauthlint:ignore CF101 -- trailing space  \r", []string{"CF101"}, "trailing space"},
	}
	for _, c := range cases {
		d, ok := parse(c.line)
		if !ok || d.Problem != "" || !slices.Equal(d.Rules, c.rules) || d.Reason != c.reason {
			t.Errorf("%q: ok=%v rules=%v reason=%q problem=%q, want rules %v reason %q",
				c.line, ok, d.Rules, d.Reason, d.Problem, c.rules, c.reason)
		}
	}
}

func TestParseDirectiveProblems(t *testing.T) {
	cases := []struct{ line, problem string }{
		{"# cfauthlint:ignore CF101", "reason"},
		{"# cfauthlint:ignore CF101 --", "reason"},
		{"# cfauthlint:ignore CF101 --   ", "reason"},
		{"<!-- cfauthlint:ignore CF101 -->", "reason"},
		{"<!-- cfauthlint:ignore CF101 -- -->", "reason"},
		{"/* cfauthlint:ignore CF101 -- */", "reason"},
		{"# cfauthlint:ignore CF999 -- no such rule", "CF999"},
		{"# cfauthlint:ignore CF101,XX1 -- one bad id", "XX1"},
		{"# cfauthlint:ignore -- no rule", "no rule"},
		{"# cfauthlint:ignore", "no rule"},
		{"# cfauthlint:ignore CF101: colon instead of dashes", "malformed"},
	}
	for _, c := range cases {
		d, ok := parse(c.line)
		if !ok {
			t.Errorf("%q: not recognised as a directive", c.line)
			continue
		}
		if d.Problem == "" || !strings.Contains(d.Problem, c.problem) {
			t.Errorf("%q: problem %q, want one mentioning %q", c.line, d.Problem, c.problem)
		}
	}
}

// TestParseDirectiveNotAComment: text that quotes or mentions the syntax is
// not a directive (no suppression, no stale notice).
func TestParseDirectiveNotAComment(t *testing.T) {
	for _, line := range []string{
		"Write `cfauthlint:ignore CF101 -- reason` on the line above.",
		"Write `# cfauthlint:ignore CF101 -- reason` on the line above.",
		"Use `// cfauthlint:ignore CF201 -- why` in Go code.",
		"| `cfauthlint:ignore CF101 -- reason` | suppress one finding |",
		`msg := "cfauthlint:ignore CF101 -- reason"`,
		`print('cfauthlint:ignore CF101 -- x')`,
		"cfauthlint:ignore CF101 -- at the start of a line, no comment",
		"The cfauthlint:ignore CF101 -- directive is documented here.",
	} {
		if d, ok := parse(line); ok {
			t.Errorf("%q: parsed as a directive (rules %v, problem %q)", line, d.Rules, d.Problem)
		}
	}
}

func mkFinding(t *testing.T, id, path string, line int, value string) finding.Finding {
	t.Helper()
	r := rules.ByID(id)
	if r == nil {
		t.Fatalf("no rule %s", id)
	}
	return finding.New(r, path, finding.Position{Line: line, Column: 1, EndLine: line, EndColumn: 1 + len(value)}, []byte(value), "msg", "medium", false)
}

func directive(t *testing.T, path string, line int, text string) finding.Directive {
	t.Helper()
	d, ok := parse(text)
	if !ok {
		t.Fatalf("%q is not a directive", text)
	}
	d.Path, d.Line = path, line
	return d
}

func TestSuppress(t *testing.T) {
	f101 := mkFinding(t, "CF101", "a.py", 10, "value-one-0123456789")
	f201 := mkFinding(t, "CF201", "a.py", 10, "X-Auth-Key")
	other := mkFinding(t, "CF101", "b.py", 10, "value-two-0123456789")
	cases := []struct {
		name        string
		fs          []finding.Finding
		ds          []finding.Directive
		kept        []string // rule@path:line
		suppressed  int
		noticeLines []int
		noticeWords string
	}{
		{"same line", []finding.Finding{f101}, []finding.Directive{directive(t, "a.py", 10, "# cfauthlint:ignore CF101 -- fixture")}, nil, 1, nil, ""},
		{"line above", []finding.Finding{f101}, []finding.Directive{directive(t, "a.py", 9, "# cfauthlint:ignore CF101 -- fixture")}, nil, 1, nil, ""},
		{"two lines above is stale", []finding.Finding{f101}, []finding.Directive{directive(t, "a.py", 8, "# cfauthlint:ignore CF101 -- fixture")}, []string{"CF101@a.py:10"}, 0, []int{8}, "stale"},
		{"line below is stale", []finding.Finding{f101}, []finding.Directive{directive(t, "a.py", 11, "# cfauthlint:ignore CF101 -- fixture")}, []string{"CF101@a.py:10"}, 0, []int{11}, "stale"},
		{"other rule is stale", []finding.Finding{f101}, []finding.Directive{directive(t, "a.py", 10, "# cfauthlint:ignore CF201 -- fixture")}, []string{"CF101@a.py:10"}, 0, []int{10}, "stale"},
		{"other file is stale", []finding.Finding{other}, []finding.Directive{directive(t, "a.py", 10, "# cfauthlint:ignore CF101 -- fixture")}, []string{"CF101@b.py:10"}, 0, []int{10}, "stale"},
		{"several rules", []finding.Finding{f101, f201, other}, []finding.Directive{directive(t, "a.py", 10, "# cfauthlint:ignore CF101,CF201 -- fixture")}, []string{"CF101@b.py:10"}, 2, nil, ""},
		{"one of two rules", []finding.Finding{f101, f201}, []finding.Directive{directive(t, "a.py", 10, "# cfauthlint:ignore CF201 -- fixture")}, []string{"CF101@a.py:10"}, 1, nil, ""},
		{"missing reason does not suppress", []finding.Finding{f101}, []finding.Directive{directive(t, "a.py", 10, "# cfauthlint:ignore CF101")}, []string{"CF101@a.py:10"}, 0, []int{10}, "reason"},
		{"unknown rule", []finding.Finding{f101}, []finding.Directive{directive(t, "a.py", 10, "# cfauthlint:ignore CF999 -- x")}, []string{"CF101@a.py:10"}, 0, []int{10}, "CF999"},
		{"no directives", []finding.Finding{f101, other}, nil, []string{"CF101@a.py:10", "CF101@b.py:10"}, 0, nil, ""},
		{"stale with no findings", nil, []finding.Directive{directive(t, "a.py", 3, "// cfauthlint:ignore CF301 -- x")}, nil, 0, []int{3}, "CF301"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			kept, n, notices := finding.Suppress(slices.Clone(c.fs), slices.Clone(c.ds))
			var got []string
			for _, f := range kept {
				got = append(got, f.RuleID+"@"+f.Path+":"+strconv.Itoa(f.Line))
			}
			if !slices.Equal(got, c.kept) || n != c.suppressed {
				t.Errorf("kept %v suppressed %d, want %v and %d", got, n, c.kept, c.suppressed)
			}
			var lines []int
			for _, no := range notices {
				lines = append(lines, no.Line)
				if no.Path != "a.py" {
					t.Errorf("notice path %q, want the directive's (a.py)", no.Path)
				}
				if !strings.Contains(no.Message, c.noticeWords) {
					t.Errorf("notice %q does not mention %q", no.Message, c.noticeWords)
				}
			}
			if !slices.Equal(lines, c.noticeLines) {
				t.Errorf("notices at lines %v, want %v: %v", lines, c.noticeLines, notices)
			}
		})
	}
}

// TestSuppressTwoFindingsOneDirective: one directive covers every finding of
// its rule on its line and the next.
func TestSuppressTwoFindingsOneDirective(t *testing.T) {
	fs := []finding.Finding{
		mkFinding(t, "CF101", "a.go", 5, "value-one-0123456789"),
		mkFinding(t, "CF101", "a.go", 5, "value-two-0123456789"),
		mkFinding(t, "CF101", "a.go", 4, "value-three-0123456789"),
	}
	kept, n, notices := finding.Suppress(fs, []finding.Directive{directive(t, "a.go", 4, "// cfauthlint:ignore CF101 -- fixtures")})
	if len(kept) != 0 || n != 3 || len(notices) != 0 {
		t.Errorf("kept %d suppressed %d notices %v, want 0, 3, none", len(kept), n, notices)
	}
}
