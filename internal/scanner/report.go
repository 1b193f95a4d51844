package scanner

import (
	"errors"
	"io"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/cfauthlint/cfauthlint/internal/finding"
	"github.com/cfauthlint/cfauthlint/rules"
)

// SkipReport is a cfauthlint report in the tree (a SARIF or JSON report
// left there, or the --output target): the rule help and messages it quotes
// are not findings.
const SkipReport = "report"

// ErrReport is returned by ScanReader for a cfauthlint report that holds
// no secret: it counts as skipped (SkipReport), not as a file scanned.
var ErrReport = errors.New("cfauthlint report")

// headReader keeps the first reportHead bytes read through it.
type headReader struct {
	r    io.Reader
	head []byte
}

func (h *headReader) Read(p []byte) (int, error) {
	n, err := h.r.Read(p)
	if room := reportHead - len(h.head); room > 0 && n > 0 {
		h.head = append(h.head, p[:min(n, room)]...)
	}
	return n, err
}

// reportHead is how much of a file's start tells a cfauthlint report.
const reportHead = 4096

var (
	// A SARIF log whose driver is cfauthlint (the informationUri comes
	// before the rules in what sarif.Write makes).
	sarifReportRE = regexp.MustCompile(`(?s)\A\s*\{\s*"version"\s*:\s*"2\.1\.0".*"informationUri"\s*:\s*"https://github\.com/cfauthlint/cfauthlint"`)
	// cfauthlint's JSON report: version, then findings.
	jsonReportRE = regexp.MustCompile(`\A\s*\{\s*"version"\s*:\s*"[^"\n]{0,100}"\s*,\s*"findings"\s*:\s*\[`)
)

// IsReport reports whether head, a file's first bytes, starts a cfauthlint
// SARIF or JSON report.
func IsReport(head []byte) bool {
	head = head[:min(len(head), reportHead)]
	return jsonReportRE.Match(head) || sarifReportRE.Match(head)
}

// reportName reports a file named as reports usually are (.sarif, .json):
// the head of such a file is read to count it as a report even when it
// gives no findings.
func reportName(p string) bool {
	ext := strings.ToLower(filepath.Ext(p))
	return ext == ".sarif" || ext == ".json"
}

// reportFindings keeps of a report's findings the secrets: a report holds
// none (values are redacted) unless it was made with --show-secrets, and
// then it is a leak like any other file; a file made to look like a report
// cannot hide one. The other rules would only match the help text the
// report quotes.
func reportFindings(fs []finding.Finding) []finding.Finding {
	out := fs[:0]
	for _, f := range fs {
		if r := rules.ByID(f.RuleID); r != nil && r.Secret {
			out = append(out, f)
		}
	}
	return out
}
