// Package finding defines the one Finding type every source produces and
// every renderer consumes, with redaction, fingerprints, ordering and
// de-duplication. A Finding never holds a raw secret unless the user asked
// for it with --show-secrets.
package finding

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/cfauthlint/cfauthlint/rules"
)

// Finding is one reported problem.
type Finding struct {
	RuleID    string `json:"rule_id"`
	RuleName  string `json:"rule_name"`
	Level     string `json:"level"`
	Path      string `json:"path"` // slash-separated, relative to the scan root
	Line      int    `json:"line"` // 1-based
	Column    int    `json:"column"`
	EndLine   int    `json:"end_line"`
	EndColumn int    `json:"end_column"` // exclusive, 1-based, in Unicode code points
	Message   string `json:"message"`
	// Redacted is the matched text as it may be shown: for secrets, the
	// first characters and the length; for other rules, the text itself.
	Redacted    string `json:"redacted"`
	Fingerprint string `json:"fingerprint"`
	// ValueHash is the SHA-256 of the matched bytes, hex. Config allow-lists
	// take it (`printf %s "$value" | sha256sum`).
	ValueHash  string `json:"value_sha256"`
	Confidence string `json:"confidence,omitempty"`
	// TestPath marks a finding in test code or test data (testpath.Is): it is
	// reported, one confidence step lower.
	TestPath bool   `json:"test_path,omitempty"`
	Commit   string `json:"commit,omitempty"`
	// Verification is the --verify outcome: active, inactive, invalid, unknown.
	Verification string `json:"verification,omitempty"`
	// Secret is the raw value, set only with --show-secrets.
	Secret string `json:"secret,omitempty"`

	// TypeAware marks a finding of a Go analyzer: where the text rules
	// find the same rule on the same line, this one is kept, so that scan
	// says what go vet says.
	TypeAware bool `json:"-"`

	// head identifies a secret value to a Redactor (a seeded hash of its
	// first bytes, in memory only); 0 for other rules.
	head uint64
}

// Position is a 1-based line and column (in code points) range.
type Position struct{ Line, Column, EndLine, EndColumn int }

// New makes a Finding for rule r at pos in path from the matched bytes.
// The raw value is hashed and redacted here and kept only if reveal is set.
func New(r *rules.Rule, path string, pos Position, value []byte, message, confidence string, reveal bool) Finding {
	sum := sha256.Sum256(value)
	f := Finding{
		RuleID:     r.ID,
		RuleName:   r.Name,
		Level:      string(rules.MessageLevel(r, message)),
		Path:       path,
		Line:       pos.Line,
		Column:     pos.Column,
		EndLine:    pos.EndLine,
		EndColumn:  pos.EndColumn,
		Message:    message,
		ValueHash:  hex.EncodeToString(sum[:]),
		Confidence: confidence,
	}
	if r.Secret {
		f.Redacted = Redact(value)
		f.head = secretHead(value)
		if reveal {
			f.Secret = sanitize(value, 4096)
		}
	} else {
		f.Redacted = shown(r, value)
	}
	f.Fingerprint = Fingerprint(f.RuleID, f.Path, f.ValueHash)
	return f
}

// shown is how a non-secret rule's match is shown: the rule's Show form
// if it has one, with every secret the rule engine knows without context
// redacted (a token pasted into a URL, a header line), before it is cut to
// length, so that no cut hides a secret from the redaction.
func shown(r *rules.Rule, value []byte) string {
	text := string(value)
	if r.Show != nil {
		text = r.Show(value)
	}
	return sanitize([]byte(RedactText(text)), 120)
}

// Fingerprint identifies a finding across edits: rule + path + value hash,
// never a line number. It is the fingerprint of the first finding with
// that key in its file; OccurrenceFingerprint tells the later ones apart.
func Fingerprint(ruleID, path, valueHash string) string {
	return OccurrenceFingerprint(ruleID, path, valueHash, 0)
}

// OccurrenceFingerprint is the fingerprint of the n-th (from 0, in file
// order) finding of one rule with one matched value in one file: a file
// that calls option.WithAPIKey in 26 tests has 26 sites, each with its own
// fingerprint. No line number goes in, so lines inserted or moved above
// the findings do not change it; a new identical finding shifts the
// numbers of those after it. The first occurrence keeps the fingerprint
// that earlier versions gave every occurrence.
func OccurrenceFingerprint(ruleID, path, valueHash string, n int) string {
	key := ruleID + "\x00" + path + "\x00" + valueHash
	if n > 0 {
		key += "\x00#" + strconv.Itoa(n)
	}
	sum := sha256.Sum256([]byte(key))
	return hex.EncodeToString(sum[:12])
}

// numberOccurrences gives each finding of sorted fs its occurrence
// fingerprint: the n-th finding with one rule, path, commit and value hash.
func numberOccurrences(fs []Finding) {
	type key struct{ rule, path, commit, hash string }
	n := map[key]int{}
	for i := range fs {
		f := &fs[i]
		k := key{f.RuleID, f.Path, f.Commit, f.ValueHash}
		f.Fingerprint = OccurrenceFingerprint(f.RuleID, f.Path, f.ValueHash, n[k])
		n[k]++
	}
}

// Redact shows a secret as its first 4 characters and its length, e.g.
// "cfut…(53 chars)". Values shorter than 16 bytes show no characters at all.
func Redact(value []byte) string {
	if len(value) < 16 {
		return fmt.Sprintf("[redacted, %d chars]", len(value))
	}
	return fmt.Sprintf("%s…(%d chars)", sanitize(value[:4], 4), len(value))
}

// sanitize returns value as valid UTF-8 without control characters, cut to max bytes.
func sanitize(value []byte, max int) string {
	var b strings.Builder
	i := 0
	for i < len(value) && b.Len() < max {
		r, n := utf8.DecodeRune(value[i:])
		switch {
		case r == utf8.RuneError && n <= 1:
			b.WriteRune('\uFFFD')
		case r < 0x20 || r == 0x7f:
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
		i += n
	}
	if i < len(value) { // cut short: say so
		return b.String() + "…"
	}
	return b.String()
}

// Less orders findings by path, line, column, rule, then the rest, so that
// output is byte-identical across runs.
func Less(a, b *Finding) bool {
	return cmp.Or(
		cmp.Compare(a.Path, b.Path),
		cmp.Compare(a.Line, b.Line),
		cmp.Compare(a.Column, b.Column),
		cmp.Compare(a.RuleID, b.RuleID),
		cmp.Compare(a.Commit, b.Commit),
		cmp.Compare(a.EndLine, b.EndLine),
		cmp.Compare(a.EndColumn, b.EndColumn),
		cmp.Compare(a.Fingerprint, b.Fingerprint),
	) < 0
}

// SortDedupe sorts fs and drops duplicates: the same rule on the same line of
// the same file (and commit), and for secrets the same value too, is reported
// once: as a Go analyzer found it if one did (TypeAware), else as found first.
// The findings left are numbered (OccurrenceFingerprint), so that distinct
// sites have distinct fingerprints.
func SortDedupe(fs []Finding) []Finding {
	out := sortDedupe(fs)
	numberOccurrences(out)
	return out
}

func sortDedupe(fs []Finding) []Finding {
	sort.SliceStable(fs, func(i, j int) bool { return Less(&fs[i], &fs[j]) })
	type key struct {
		rule, path, commit, value string
		line                      int
	}
	seen := make(map[key]int, len(fs)) // → index in out
	out := fs[:0]
	replaced := false
	for _, f := range fs {
		k := key{f.RuleID, f.Path, f.Commit, "", f.Line}
		if r := rules.ByID(f.RuleID); r != nil && r.Secret {
			k.value = f.ValueHash
		}
		if i, ok := seen[k]; ok {
			if f.TypeAware && !out[i].TypeAware {
				out[i], replaced = f, true
			}
			continue
		}
		seen[k] = len(out)
		out = append(out, f)
	}
	if replaced {
		sort.SliceStable(out, func(i, j int) bool { return Less(&out[i], &out[j]) })
	}
	return out
}

// Notice is a warning about the scan itself: a stale or malformed
// suppression, a file that could not be read, a package that did not
// type-check. Notices do not change the exit code.
type Notice struct {
	Path    string `json:"path,omitempty"`
	Line    int    `json:"line,omitempty"`
	Message string `json:"message"`
	// Repeat marks a notice that many files may get alike (a parser's
	// complaint): CollapseNotices folds such notices with the same message
	// into one counted notice.
	Repeat bool `json:"-"`
}

// CollapseMin is how many Repeat notices with one message CollapseNotices
// folds into one; CollapseShown is how many of their places it names.
const (
	CollapseMin   = 4
	CollapseShown = 3
)

// CollapseNotices folds the Repeat notices that share a message, when
// there are at least CollapseMin of them, into one notice that gives the
// count and the first CollapseShown places (in ns's order); every other
// notice is kept as it is, in order.
func CollapseNotices(ns []Notice) []Notice {
	count := map[string]int{}
	for _, n := range ns {
		if n.Repeat {
			count[n.Message]++
		}
	}
	var out []Notice
	places := map[string][]string{}
	at := map[string]int{} // message → index of its notice in out
	for _, n := range ns {
		if !n.Repeat || count[n.Message] < CollapseMin {
			out = append(out, n)
			continue
		}
		if len(places[n.Message]) < CollapseShown {
			p := n.Path
			if n.Line > 0 {
				p += ":" + strconv.Itoa(n.Line)
			}
			places[n.Message] = append(places[n.Message], p)
		}
		if _, ok := at[n.Message]; !ok {
			at[n.Message] = len(out)
			out = append(out, Notice{Message: n.Message})
		}
	}
	for msg, i := range at {
		c := count[msg]
		out[i].Message = fmt.Sprintf("%s: %d files, e.g. %s and %d more", msg, c, strings.Join(places[msg], ", "), c-len(places[msg]))
	}
	return out
}

// SortNotices orders notices by path, line and message.
func SortNotices(ns []Notice) {
	sort.Slice(ns, func(i, j int) bool {
		if ns[i].Path != ns[j].Path {
			return ns[i].Path < ns[j].Path
		}
		if ns[i].Line != ns[j].Line {
			return ns[i].Line < ns[j].Line
		}
		return ns[i].Message < ns[j].Message
	})
}

// Summary describes a scan run.
type Summary struct {
	Files    int            `json:"files"`
	Bytes    int64          `json:"bytes"`
	Skipped  map[string]int `json:"skipped"`
	Findings int            `json:"findings"`
	// ByLevel counts the findings by level (error, warning, note).
	ByLevel    map[string]int `json:"by_level"`
	Suppressed int            `json:"suppressed"`
	Baselined  int            `json:"baselined"`
	// Unreported counts findings left out of files with more than the
	// scanner's cap; any make the run exit 1.
	Unreported int `json:"unreported,omitempty"`
	// TestPaths counts the findings in test code or test data (of
	// Findings; Finding.TestPath).
	TestPaths  int   `json:"test_paths"`
	DurationMS int64 `json:"duration_ms"`
}

// Report is the canonical result stream that every renderer takes.
type Report struct {
	Version  string    `json:"version"`
	Findings []Finding `json:"findings"`
	Notices  []Notice  `json:"notices"`
	Summary  Summary   `json:"summary"`
}
