package finding

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"

	"github.com/cfauthlint/cfauthlint/rules"
)

// DirectiveMarker starts an inline suppression: `cfauthlint:ignore CF101 -- reason`.
const DirectiveMarker = "cfauthlint:ignore"

// Directive is one inline suppression. It applies to findings of its rules
// on its own line and, when it is alone on its line (a comment line with no
// code before it), on the line below: a directive at the end of a code line
// is about that line only.
type Directive struct {
	Path    string
	Line    int
	Rules   []string
	Reason  string
	Problem string // why the directive is invalid; "" when valid
	// OwnLine says nothing but the comment is on the directive's line.
	OwnLine bool
	used    bool
}

// Covers reports whether the directive applies to a finding on line.
func (d *Directive) Covers(line int) bool {
	return line == d.Line || (d.OwnLine && line == d.Line+1)
}

var directiveRE = regexp.MustCompile(`cfauthlint:ignore(?:\s+([A-Za-z0-9_, -]*?))?\s*(?:--\s*(.*))?$`)

// commentMarkers end the text before a directive when it sits in a comment.
var commentMarkers = []string{"#", "//", "/*", "*", "--", ";", "<!--", "'", "%", "rem", "::", "{{/*", "{#"}

// ParseDirective parses the line holding a DirectiveMarker at offset at. It
// returns ok=false when the marker is not in a comment (e.g. prose quoting
// the syntax in backticks).
func ParseDirective(line []byte, at int) (d Directive, ok bool) {
	prefix := strings.ToLower(strings.TrimRight(string(line[:at]), " \t"))
	if strings.Count(prefix, "`")%2 == 1 || unescapedQuotes(prefix)%2 == 1 {
		return d, false // inside a Markdown code span or a string literal
	}
	inComment := false
	for _, m := range commentMarkers {
		before, ok := strings.CutSuffix(prefix, m)
		if !ok {
			continue
		}
		// Punctuation and word markers start a comment only at the line
		// start or after a blank: "print('…" and "lorem …" are not comments.
		if (len(m) == 1 && m != "#") || m == "rem" || m == "::" {
			if before != "" && !strings.HasSuffix(before, " ") && !strings.HasSuffix(before, "\t") {
				continue
			}
		}
		inComment = true
		if strings.TrimSpace(before) == "" {
			d.OwnLine = true
		}
	}
	if !inComment {
		return d, false
	}
	text := string(bytes.TrimRight(line[at:], " \t\r"))
	// Closers may nest ("{{/* … */}}"): trim until none is left.
	for trimmed := true; trimmed; {
		trimmed = false
		for _, closer := range []string{"*/", "-->", "#}", "}}"} {
			if t, ok := strings.CutSuffix(strings.TrimRight(text, " \t"), closer); ok {
				text, trimmed = t, true
			}
		}
	}
	m := directiveRE.FindStringSubmatch(strings.TrimRight(text, " \t"))
	if m == nil {
		d.Problem = "malformed cfauthlint:ignore directive; write `cfauthlint:ignore CF101 -- reason`"
		return d, true
	}
	for _, id := range strings.FieldsFunc(m[1], func(r rune) bool { return r == ',' || r == ' ' }) {
		r := rules.Lookup(id)
		if r == nil {
			d.Problem = "cfauthlint:ignore names " + rules.UnknownRule(id)
			return d, true
		}
		d.Rules = append(d.Rules, r.ID)
	}
	d.Reason = strings.TrimSpace(m[2])
	switch {
	case len(d.Rules) == 0:
		d.Problem = "cfauthlint:ignore names no rule; write `cfauthlint:ignore CF101 -- reason`"
	case d.Reason == "":
		d.Problem = "cfauthlint:ignore needs a reason after `--`; the finding is not suppressed"
	}
	return d, true
}

// unescapedQuotes counts the double quotes in s not preceded by a backslash.
func unescapedQuotes(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '"' && (i == 0 || s[i-1] != '\\') {
			n++
		}
	}
	return n
}

// Suppress removes the findings that a valid directive covers. It returns the
// kept findings, how many were suppressed, and notices for invalid and stale
// directives.
func Suppress(fs []Finding, ds []Directive) (kept []Finding, suppressed int, notices []Notice) {
	type at struct {
		path string
		line int
	}
	byLine := map[at][]*Directive{}
	for i := range ds {
		d := &ds[i]
		if d.Problem != "" {
			notices = append(notices, Notice{Path: d.Path, Line: d.Line, Message: d.Problem})
			continue
		}
		byLine[at{d.Path, d.Line}] = append(byLine[at{d.Path, d.Line}], d)
	}
	for _, f := range fs {
		hit := false
		for _, line := range []int{f.Line, f.Line - 1} {
			for _, d := range byLine[at{f.Path, line}] {
				if !d.Covers(f.Line) {
					continue
				}
				for _, id := range d.Rules {
					if id == f.RuleID {
						d.used, hit = true, true
					}
				}
			}
		}
		if hit {
			suppressed++
			continue
		}
		kept = append(kept, f)
	}
	for i := range ds {
		if d := &ds[i]; d.Problem == "" && !d.used {
			where := "on this line"
			if d.OwnLine {
				where = "on this line or the next"
			}
			notices = append(notices, Notice{Path: d.Path, Line: d.Line,
				Message: fmt.Sprintf("stale cfauthlint:ignore %s: no such finding %s", strings.Join(d.Rules, ","), where)})
		}
	}
	return kept, suppressed, notices
}
