// Package rules is cfauthlint's single rule registry and its text rule engine.
//
// Every rule's metadata (id, name, title, help, severity, precision, CWE, tags and
// samples) is declared once in the catalog below; the CLI's `rules` command, the
// SARIF rule descriptors, docs/rules.md and the analyzers all read it from here.
// Scan runs the text rules over a byte slice and returns matches as byte spans.
package rules

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/cfauthlint/cfauthlint/internal/suggest"
)

// Level is a default SARIF level.
type Level string

// Levels, as SARIF spells them.
const (
	LevelError   Level = "error"
	LevelWarning Level = "warning"
	LevelNote    Level = "note"
)

// Rule is one entry of the catalog.
type Rule struct {
	ID    string // stable public id, e.g. "CF101"
	Name  string // kebab-case name, e.g. "cloudflare-api-token"
	Title string // one line
	Help  string // Markdown

	Level            Level
	SecuritySeverity string // GitHub's 0.0–10.0 score, as a string
	Precision        string // very-high, high, medium or low
	CWE              []int
	Tags             []string

	// Secret marks rules whose matched span is a credential value: it is
	// redacted everywhere and its hash keys baselines and allow-lists.
	Secret bool

	// Show, when set, gives the text shown for a match of a non-secret
	// rule instead of the matched span, for rules whose span holds more
	// than the problem: CF301's URL authority may carry a credential as
	// userinfo, so it shows scheme and host. Whatever is shown is redacted
	// of secrets again (internal/finding).
	Show func(match []byte) string

	// Samples are inputs `go test` runs through Scan: Want reports whether
	// the rule must fire on it. {{kind}} placeholders are expanded to
	// freshly generated fake credentials by internal/testcred.
	Samples []Sample
}

// Sample is a short test input for a rule.
type Sample struct {
	Path string // file name the sample pretends to be; "" means "sample.txt"
	Text string
	Want bool
}

// HelpURI is the rule's section in docs/rules.md.
func (r *Rule) HelpURI() string {
	return "https://github.com/cfauthlint/cfauthlint/blob/main/docs/rules.md#" + strings.ToLower(r.ID)
}

// CWETags returns the rule's CWE ids as SARIF-style tags ("external/cwe/cwe-798").
func (r *Rule) CWETags() []string {
	out := make([]string, 0, len(r.CWE))
	for _, c := range r.CWE {
		out = append(out, fmt.Sprintf("external/cwe/cwe-%d", c))
	}
	return out
}

// Group is the rule's family: secrets, auth, transport or policy.
func (r *Rule) Group() string {
	switch r.ID[2] {
	case '1':
		return "secrets"
	case '2':
		return "auth"
	case '3':
		return "transport"
	default:
		return "policy"
	}
}

var byID = map[string]*Rule{}

func init() {
	for _, r := range catalog {
		if _, dup := byID[r.ID]; dup {
			panic("rules: duplicate id " + r.ID)
		}
		byID[r.ID] = r
	}
	sort.Slice(catalog, func(i, j int) bool { return catalog[i].ID < catalog[j].ID })
}

// All returns the catalog sorted by id. Callers must not modify it.
func All() []*Rule { return catalog }

// ByID returns the rule with the given id (case-insensitive), or nil.
func ByID(id string) *Rule { return byID[strings.ToUpper(id)] }

// QuoteName quotes a word from user input (a rule id, a level, a key) for
// an error or warning message only when it is short and plain: a pasted
// credential is never that short, so a message never repeats one. A longer
// or odd word is described by its length instead.
func QuoteName(s string) string {
	const maxQuoted = 12
	if len(s) > 0 && len(s) <= maxQuoted && strings.IndexFunc(s, func(r rune) bool { return r <= ' ' || r > '~' }) < 0 {
		return strconv.Quote(s)
	}
	return fmt.Sprintf("(a value of %d bytes, not repeated here)", len(s))
}

// Known reports whether id is a rule id.
func Known(id string) bool { return ByID(id) != nil }

// Lookup returns the rule named by s: its id (CF101) or its name
// (cloudflare-api-token), case-insensitive; nil when s names no rule.
func Lookup(s string) *Rule {
	if r := ByID(s); r != nil {
		return r
	}
	return byName[strings.ToLower(s)]
}

var byName = func() map[string]*Rule {
	m := make(map[string]*Rule, len(catalog))
	for _, r := range catalog {
		m[r.Name] = r
	}
	return m
}()

// UnknownRule is the message for a word that names no rule: it names the
// closest rule id or name when one is near enough to be a typo.
func UnknownRule(s string) string {
	msg := "unknown rule " + quoteRuleWord(s)
	if c := closestRule(s); c != "" {
		msg += fmt.Sprintf(" (did you mean %s?)", c)
	}
	return msg
}

// quoteRuleWord quotes s like QuoteName, and also a longer word shaped like
// a rule name (lowercase words joined by hyphens, few digits), which no
// credential format is.
func quoteRuleWord(s string) string {
	const maxName, maxDigits = 40, 3
	digits := 0
	for _, c := range s {
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c != '-' && (c < 'a' || c > 'z'):
			return QuoteName(s)
		}
	}
	if len(s) <= maxName && strings.Contains(s, "-") && digits <= maxDigits {
		return strconv.Quote(s)
	}
	return QuoteName(s)
}

// closestRule returns the id or name nearest to s, or "" when none is near.
func closestRule(s string) string {
	names := make([]string, 0, 2*len(catalog))
	for _, r := range catalog {
		names = append(names, r.ID, r.Name)
	}
	return suggest.Closest(s, names)
}
