// Package report renders a finding.Report as text, JSON or GitHub Actions
// workflow commands. SARIF lives in package sarif. Renderers know nothing
// about where findings came from.
package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/cfauthlint/cfauthlint/internal/finding"
)

// Text writes one line per finding to w: `path:line:col: CF101 message (redacted)`.
func Text(w io.Writer, r *finding.Report) error { return text(w, r, false) }

// TextColor is Text with the rule id coloured by level, for a terminal.
func TextColor(w io.Writer, r *finding.Report) error { return text(w, r, true) }

// levelColors are the ANSI colours of the levels: red, yellow, cyan.
var levelColors = map[string]string{"error": "\x1b[1;31m", "warning": "\x1b[1;33m", "note": "\x1b[36m"}

func text(w io.Writer, r *finding.Report, color bool) error {
	var b strings.Builder
	for _, f := range r.Findings {
		id := f.RuleID
		if c := levelColors[f.Level]; color && c != "" {
			id = c + id + "\x1b[0m"
		}
		fmt.Fprintf(&b, "%s:%d:%d: %s %s (%s)", LineStart(f.Path), f.Line, f.Column, id, Safe(f.Message), Safe(f.Redacted))
		if f.Commit != "" {
			fmt.Fprintf(&b, " [commit %s]", Safe(f.Commit))
		}
		if f.Verification != "" {
			fmt.Fprintf(&b, " [verify: %s]", f.Verification)
		}
		if f.Secret != "" {
			fmt.Fprintf(&b, " [secret: %s]", Safe(f.Secret))
		}
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// Notices writes notices as `path:line: warning: message` lines.
func Notices(w io.Writer, ns []finding.Notice) {
	for _, n := range ns {
		switch {
		case n.Path != "" && n.Line > 0:
			fmt.Fprintf(w, "%s:%d: warning: %s\n", LineStart(n.Path), n.Line, Safe(n.Message))
		case n.Path != "":
			fmt.Fprintf(w, "%s: warning: %s\n", LineStart(n.Path), Safe(n.Message))
		default:
			fmt.Fprintf(w, "warning: %s\n", Safe(n.Message))
		}
	}
}

// SummaryLine is the one-line run summary printed on stderr, e.g.
// "cfauthlint: 12 files, 3.1 KiB scanned, 2 skipped (binary 1, gitignored 1), 1 findings in 4ms".
// Counts are not pluralised so that scripts can match one pattern.
func SummaryLine(s finding.Summary) string {
	skipped := 0
	var reasons []string
	for k, v := range s.Skipped {
		if v == 0 {
			continue
		}
		skipped += v
		reasons = append(reasons, fmt.Sprintf("%s %d", k, v))
	}
	sort.Strings(reasons)
	line := fmt.Sprintf("cfauthlint: %d files, %s scanned, %d skipped", s.Files, humanBytes(s.Bytes), skipped)
	if len(reasons) > 0 {
		line += " (" + strings.Join(reasons, ", ") + ")"
	}
	line += fmt.Sprintf(", %d findings", s.Findings)
	if s.Findings > 0 {
		var levels []string
		for _, l := range []string{"error", "warning", "note"} {
			if n := s.ByLevel[l]; n > 0 {
				levels = append(levels, fmt.Sprintf("%s %d", l, n))
			}
		}
		if len(levels) > 0 {
			line += " (" + strings.Join(levels, ", ") + ")"
		}
	}
	if s.TestPaths > 0 {
		line += fmt.Sprintf(", %d in test paths", s.TestPaths)
	}
	if s.Suppressed > 0 {
		line += fmt.Sprintf(", %d suppressed", s.Suppressed)
	}
	if s.Baselined > 0 {
		line += fmt.Sprintf(", %d in baseline", s.Baselined)
	}
	if s.Unreported > 0 {
		line += fmt.Sprintf(", %d unreported", s.Unreported)
	}
	return line + fmt.Sprintf(" in %s", (time.Duration(s.DurationMS)*time.Millisecond).String())
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}

// JSON writes the report as one JSON object. Lists and maps are never null.
// The run time is left out (it is in the stderr summary) so that the same
// tree always gives byte-identical JSON. Findings and notices are written
// one at a time, so that a report of many findings is never held twice in
// memory (encoding the whole object at once took 60 MB for 40,000
// findings); the bytes are those json.Encoder with a two-space indent
// writes for the whole object (TestJSONStreamsAsEncoder).
func JSON(w io.Writer, r *finding.Report) error {
	type summary struct {
		finding.Summary
		// DurationMS shadows the embedded field and is always zero, so
		// omitempty drops "duration_ms".
		DurationMS int64 `json:"duration_ms,omitempty"`
	}
	sum := summary{Summary: r.Summary}
	if sum.Skipped == nil {
		sum.Skipped = map[string]int{}
	}
	if sum.ByLevel == nil {
		sum.ByLevel = map[string]int{}
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	field := func(name string, v any, indent string) error {
		bw.WriteString(indent)
		bw.WriteString(strconv.Quote(name))
		bw.WriteString(": ")
		return encodeIndented(bw, v, indent)
	}
	bw.WriteString("{\n")
	if err := field("version", r.Version, "  "); err != nil {
		return err
	}
	bw.WriteString(",\n")
	if err := jsonList(bw, "findings", r.Findings); err != nil {
		return err
	}
	bw.WriteString(",\n")
	if err := jsonList(bw, "notices", r.Notices); err != nil {
		return err
	}
	bw.WriteString(",\n")
	if err := field("summary", sum, "  "); err != nil {
		return err
	}
	bw.WriteString("\n}\n")
	return bw.Flush()
}

// jsonList writes `  "name": [ ... ]` with one element at a time.
func jsonList[T any](bw *bufio.Writer, name string, list []T) error {
	bw.WriteString("  " + strconv.Quote(name) + ": [")
	if len(list) == 0 {
		bw.WriteString("]")
		return nil
	}
	for i := range list {
		if i > 0 {
			bw.WriteString(",")
		}
		bw.WriteString("\n    ")
		if err := encodeIndented(bw, &list[i], "    "); err != nil {
			return err
		}
	}
	bw.WriteString("\n  ]")
	return nil
}

// encodeIndented writes v as json.Encoder would inside an object indented
// by prefix: two-space indent, no HTML escaping, no trailing newline.
func encodeIndented(bw *bufio.Writer, v any, prefix string) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent(prefix, "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return err
	}
	bw.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
	return nil
}

// Region returns f's range made valid for formats that require one (SARIF,
// GitHub annotations): lines and columns at least 1, the end not before the
// start, and an unknown or empty end marking one character.
func Region(f finding.Finding) (line, col, endLine, endCol int) {
	line, col = max(f.Line, 1), max(f.Column, 1)
	endLine, endCol = f.EndLine, f.EndColumn
	if endLine < line || (endLine == line && endCol <= col) {
		endLine, endCol = line, col+1
	}
	return line, col, endLine, max(endCol, 1)
}

// GitHub writes GitHub Actions workflow commands (annotations).
func GitHub(w io.Writer, r *finding.Report) error {
	var b strings.Builder
	for _, f := range r.Findings {
		cmd := "warning"
		switch f.Level {
		case "error":
			cmd = "error"
		case "note":
			cmd = "notice"
		}
		msg := fmt.Sprintf("%s (%s)", f.Message, f.Redacted)
		if f.Commit != "" {
			msg += " [commit " + f.Commit + "]"
		}
		if f.Verification != "" {
			msg += " [verify: " + f.Verification + "]"
		}
		line, col, endLine, endCol := Region(f)
		fmt.Fprintf(&b, "::%s file=%s,line=%d,col=%d,endLine=%d,endColumn=%d,title=%s::%s\n", cmd,
			escapeProperty(f.Path), line, col, endLine, endCol,
			escapeProperty(f.RuleID+" "+f.RuleName), escapeData(msg))
	}
	for _, n := range r.Notices {
		props := ""
		if n.Path != "" {
			props = " file=" + escapeProperty(n.Path)
			if n.Line > 0 {
				props += fmt.Sprintf(",line=%d", n.Line)
			}
		}
		fmt.Fprintf(&b, "::warning%s::%s\n", props, escapeData("cfauthlint: "+n.Message))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// Escaping as the Actions runner's command parser expects, after Safe has
// escaped what no log should carry raw (ESC, BEL, bidi overrides, invalid
// bytes; newlines become \n there, so no command ends early).
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(escape(s, true))
}

func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(escape(s, true))
}
