package report

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/cfauthlint/cfauthlint/internal/finding"
	"github.com/cfauthlint/cfauthlint/rules"
)

// markdownListed bounds the findings a Markdown summary lists one by one
// (a job summary is capped at 1 MiB); the table by rule counts them all.
const markdownListed = 100

// Markdown writes a short summary for a CI job page (GitHub's
// $GITHUB_STEP_SUMMARY): the counts, a table of findings by rule, and the
// first findings with their redacted values. Text from the tree (paths,
// messages) is escaped so that it cannot add Markdown or HTML.
func Markdown(w io.Writer, r *finding.Report) error {
	var b strings.Builder
	s := r.Summary
	fmt.Fprintf(&b, "### cfauthlint: %d findings\n\n", s.Findings)
	fmt.Fprintf(&b, "%d files scanned", s.Files)
	if s.TestPaths > 0 {
		fmt.Fprintf(&b, ", %d findings in test code or test data", s.TestPaths)
	}
	if s.Suppressed > 0 {
		fmt.Fprintf(&b, ", %d suppressed", s.Suppressed)
	}
	if s.Baselined > 0 {
		fmt.Fprintf(&b, ", %d in the baseline", s.Baselined)
	}
	if s.Unreported > 0 {
		fmt.Fprintf(&b, ", %d unreported (over the cap of a file)", s.Unreported)
	}
	b.WriteString(".\n")
	if len(r.Findings) > 0 {
		type row struct {
			id, name, level string
			n               int
		}
		byRule := map[string]*row{}
		for _, f := range r.Findings {
			key := f.RuleID + "\x00" + f.Level
			if byRule[key] == nil {
				byRule[key] = &row{id: f.RuleID, name: f.RuleName, level: f.Level}
			}
			byRule[key].n++
		}
		rows := make([]*row, 0, len(byRule))
		for _, rw := range byRule {
			rows = append(rows, rw)
		}
		slices.SortFunc(rows, func(a, b *row) int { return cmp.Or(cmp.Compare(a.id, b.id), cmp.Compare(a.level, b.level)) })
		b.WriteString("\n| rule | name | level | findings |\n|---|---|---|---:|\n")
		for _, rw := range rows {
			id := md(rw.id)
			if rule := rules.ByID(rw.id); rule != nil {
				id = fmt.Sprintf("[%s](%s)", md(rw.id), rule.HelpURI())
			}
			fmt.Fprintf(&b, "| %s | %s | %s | %d |\n", id, md(rw.name), md(rw.level), rw.n)
		}
		b.WriteString("\n| location | rule | value |\n|---|---|---|\n")
		for i, f := range r.Findings {
			if i == markdownListed {
				fmt.Fprintf(&b, "\n… and %d more (see the log or the SARIF report).\n", len(r.Findings)-markdownListed)
				break
			}
			loc := fmt.Sprintf("%s:%d", f.Path, f.Line)
			if f.Commit != "" {
				loc += " @ " + f.Commit
			}
			fmt.Fprintf(&b, "| %s | %s | %s |\n", md(loc), md(f.RuleID), md(f.Redacted))
		}
	}
	_, err := io.WriteString(w, b.String()+"\n")
	return err
}

// md escapes s for a Markdown table cell: no Markdown, HTML or line breaks
// from the tree get through.
func md(s string) string {
	s = Safe(s)
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '&':
			b.WriteString("&amp;")
		case '|', '\\', '`', '*', '_', '[', ']', '~':
			b.WriteByte('\\')
			b.WriteRune(r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
