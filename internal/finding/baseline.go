package finding

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cfauthlint/cfauthlint/internal/safefile"
	"github.com/cfauthlint/cfauthlint/rules"
)

// A baseline file records accepted findings so that only new ones fail a
// scan. One entry per line, `RULE PATH SHA256`: the rule id, the file's path
// (double-quoted Go-style when it has spaces, quotes or control characters)
// and the SHA-256 of the matched value. It holds no secret, no line number,
// no timestamp and no author, so edits above a finding do not churn it; the
// lines are sorted so that branches merge cleanly. An entry line repeated n
// times accepts n findings with the same key in that file (a commit, with
// --history). Lines starting with # and blank lines are ignored.
const baselineHeader = "# cfauthlint baseline: accepted findings, one `RULE PATH SHA256-OF-MATCHED-VALUE` per line, sorted.\n" +
	"# Regenerate with `cfauthlint scan --write-baseline FILE`; hide them with `cfauthlint scan --baseline FILE`.\n"

// BaselineEntry is one accepted finding.
type BaselineEntry struct {
	RuleID    string
	Path      string
	ValueHash string // hex SHA-256 of the matched value, as Finding.ValueHash
	Line      int    // line in the baseline file; 0 for an entry not read from a file
}

type baselineKey struct{ rule, path, hash string }

func (e BaselineEntry) key() baselineKey { return baselineKey{e.RuleID, e.Path, e.ValueHash} }

func findingKey(f *Finding) baselineKey { return baselineKey{f.RuleID, f.Path, f.ValueHash} }

// String formats the entry as a baseline line, without the newline.
func (e BaselineEntry) String() string {
	return e.RuleID + " " + quotePath(e.Path) + " " + e.ValueHash
}

// quotePath quotes a path that would not read back as one field.
func quotePath(p string) string {
	if p == "" || p[0] == '"' || !utf8.ValidString(p) || strings.IndexFunc(p, func(r rune) bool {
		return unicode.IsSpace(r) || !unicode.IsPrint(r)
	}) >= 0 {
		return strconv.Quote(p)
	}
	return p
}

// Baseline is a parsed baseline file.
type Baseline struct {
	File    string
	Entries []BaselineEntry
}

// BaselineError is a malformed baseline, with the file and line.
type BaselineError struct {
	File  string
	Line  int
	Msg   string
	cause error // the read error, if any
}

func (e *BaselineError) Unwrap() error { return e.cause }

func (e *BaselineError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

// LoadBaseline reads and parses a baseline file, through the safe opener:
// a FIFO or device is an error, never a hang, and so is a file over
// safefile.Baseline's cap.
func LoadBaseline(file string) (*Baseline, error) {
	data, err := safefile.ReadFile(file, safefile.Baseline)
	if err != nil {
		msg := err.Error()
		var pe *fs.PathError
		if errors.As(err, &pe) {
			msg = pe.Err.Error()
		}
		return nil, &BaselineError{File: file, Msg: "cannot read baseline: " + msg, cause: err}
	}
	return ParseBaseline(file, data)
}

// ParseBaseline parses baseline bytes; file is used in errors.
func ParseBaseline(file string, data []byte) (*Baseline, error) {
	b := &Baseline{File: file}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 4096), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		e, msg := parseEntry(line)
		if msg != "" {
			return nil, &BaselineError{File: file, Line: n, Msg: "malformed baseline entry: " + msg}
		}
		e.Line = n
		b.Entries = append(b.Entries, e)
	}
	if err := sc.Err(); err != nil {
		return nil, &BaselineError{File: file, Line: n + 1, Msg: "cannot read baseline: " + err.Error()}
	}
	return b, nil
}

const entrySyntax = "want `RULE PATH SHA256` (e.g. `CF101 config/prod.env 9f86d0…`, 64 hex digits)"

// parseEntry parses one non-comment line; msg says what is wrong.
func parseEntry(line string) (e BaselineEntry, msg string) {
	rule, rest, ok := strings.Cut(line, " ")
	if !ok {
		return e, entrySyntax
	}
	e.RuleID = strings.ToUpper(rule)
	if !rules.Known(e.RuleID) {
		return e, "unknown rule " + rules.QuoteName(rule) + "; " + entrySyntax
	}
	rest = strings.TrimLeft(rest, " \t")
	if strings.HasPrefix(rest, `"`) {
		q, err := strconv.QuotedPrefix(rest)
		if err != nil {
			return e, "unterminated or invalid quoted path; " + entrySyntax
		}
		e.Path, _ = strconv.Unquote(q)
		rest = rest[len(q):]
		if rest != "" && rest[0] != ' ' && rest[0] != '\t' {
			return e, "no space after the quoted path; " + entrySyntax
		}
	} else {
		i := strings.IndexAny(rest, " \t")
		if i < 0 {
			return e, "missing path or hash; " + entrySyntax
		}
		e.Path, rest = rest[:i], rest[i:]
	}
	hash := strings.TrimSpace(rest)
	switch {
	case e.Path == "":
		return e, "empty path; " + entrySyntax
	case hash == "":
		return e, "missing hash; " + entrySyntax
	case strings.ContainsAny(hash, " \t"):
		return e, "extra fields after the hash (is the path quoted?); " + entrySyntax
	case len(hash) != 64 || strings.Trim(strings.ToLower(hash), "0123456789abcdef") != "":
		return e, "the hash is not a SHA-256 hex digest; " + entrySyntax
	}
	e.ValueHash = strings.ToLower(hash)
	return e, ""
}

// BaselineEntries returns the entries that accept fs: one per finding, and
// for findings in several commits (--history), as many as the most in any
// one commit.
func BaselineEntries(fs []Finding) []BaselineEntry {
	type commitKey struct {
		baselineKey
		commit string
	}
	perCommit := map[commitKey]int{}
	need := map[baselineKey]int{}
	for i := range fs {
		ck := commitKey{findingKey(&fs[i]), fs[i].Commit}
		perCommit[ck]++
		need[ck.baselineKey] = max(need[ck.baselineKey], perCommit[ck])
	}
	var out []BaselineEntry
	for k, n := range need {
		for range n {
			out = append(out, BaselineEntry{RuleID: k.rule, Path: k.path, ValueHash: k.hash})
		}
	}
	return out
}

// WriteBaseline writes the header and the entries as sorted lines.
func WriteBaseline(w io.Writer, entries []BaselineEntry) error {
	lines := make([]string, len(entries))
	for i, e := range entries {
		lines[i] = e.String()
	}
	sort.Strings(lines)
	var b strings.Builder
	b.WriteString(baselineHeader)
	for _, l := range lines {
		b.WriteString(l)
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// Apply hides the findings the baseline accepts. Each entry accepts one
// finding with its rule, path and value hash in each commit (one finding
// when not scanning history); when a file has more such findings than
// entries, the later ones are kept. inScope reports whether a path was part
// of this scan: unused entries for paths in scope are returned as stale
// notices (at the baseline's file and line); others are not judged.
func (b *Baseline) Apply(fs []Finding, inScope func(path string) bool) (kept []Finding, hidden int, stale []Notice) {
	avail := map[baselineKey]int{}
	for _, e := range b.Entries {
		avail[e.key()]++
	}
	type commitKey struct {
		baselineKey
		commit string
	}
	consumed := map[commitKey]int{}
	used := map[baselineKey]int{}
	for i := range fs {
		ck := commitKey{findingKey(&fs[i]), fs[i].Commit}
		if consumed[ck] < avail[ck.baselineKey] {
			consumed[ck]++
			used[ck.baselineKey] = max(used[ck.baselineKey], consumed[ck])
			hidden++
			continue
		}
		kept = append(kept, fs[i])
	}
	for _, e := range b.Entries {
		k := e.key()
		if used[k] > 0 {
			used[k]--
			continue
		}
		if inScope == nil || inScope(e.Path) {
			stale = append(stale, Notice{Path: b.File, Line: e.Line,
				Message: fmt.Sprintf("stale baseline entry: %s in %s is no longer found; remove the line or rewrite the baseline with --write-baseline", e.RuleID, e.Path)})
		}
	}
	return kept, hidden, stale
}

// Update returns the entries of a rewritten baseline: the findings of this
// scan, plus the old entries for paths the scan did not cover (so that
// writing a baseline from a partial scan keeps the rest).
func (b *Baseline) Update(fs []Finding, inScope func(path string) bool) []BaselineEntry {
	out := BaselineEntries(fs)
	if b == nil {
		return out
	}
	for _, e := range b.Entries {
		if inScope != nil && !inScope(e.Path) {
			e.Line = 0
			out = append(out, e)
		}
	}
	return out
}
