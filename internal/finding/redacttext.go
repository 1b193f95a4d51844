package finding

import (
	"hash/maphash"
	"strings"

	"github.com/cfauthlint/cfauthlint/rules"
)

// RedactText returns msg with anything secret-shaped replaced by its
// redacted form: what the rule engine finds as a secret without context
// (no quote needed), the beginning of a prefixed credential cut short by a
// tool that truncates what it quotes, and any long high-entropy quoted run
// of token characters. Notices and errors quote tool output (type checker
// errors, parser errors, git messages) that may quote a credential. A
// Redactor also knows the values a run found.
func RedactText(msg string) string { return (*Redactor)(nil).Redact(msg) }

// A Redactor redacts text with what a run's findings matched, on top of
// RedactText: every value that any secret finding of the run matched,
// wherever it appears, quoted or not, whole or cut short (a type error
// quoting 70 of a key's 176 characters). It holds no secret: it knows each
// value by a seeded hash of its first headLen bytes, kept in memory only.
// The zero value and nil redact as RedactText.
type Redactor struct {
	heads map[uint64]bool
}

// headLen is how many leading bytes of a value identify it in text: enough
// that no ordinary word collides, few enough that a quote cut short still
// shows them.
const headLen = 12

var headSeed = maphash.MakeSeed()

func headHash(b string) uint64 { return maphash.String(headSeed, b) }

// NewRedactor returns a Redactor for the values of the secret findings in fs.
func NewRedactor(fs []Finding) *Redactor {
	r := &Redactor{heads: map[uint64]bool{}}
	for i := range fs {
		if fs[i].head != 0 {
			r.heads[fs[i].head] = true
		}
	}
	return r
}

// secretHead returns the hash a Redactor knows value by, 0 for a value too
// short to be told from ordinary words.
func secretHead(value []byte) uint64 {
	if len(value) < headLen {
		return 0
	}
	return headHash(string(value[:headLen]))
}

// Redact returns msg with the secrets redacted.
func (r *Redactor) Redact(msg string) string {
	type span struct{ start, end int }
	var spans []span
	for _, m := range rules.Scan([]byte(msg)) {
		if m.Secret() {
			spans = append(spans, span{m.Start, m.End})
		}
	}
	for i := 0; i < len(msg); {
		if !isValueChar(msg[i]) {
			i++
			continue
		}
		j := i
		for j < len(msg) && isValueChar(msg[j]) {
			j++
		}
		if s, ok := r.known(msg, i, j); ok {
			spans = append(spans, span{s, j})
		} else if s, ok := truncatedPrefixed(msg, i, j); ok {
			spans = append(spans, span{s, j})
		} else if entropic(msg, i, j) {
			spans = append(spans, span{i, j})
		}
		i = j
	}
	if len(spans) == 0 {
		return msg
	}
	// Merge overlapping spans, then replace each.
	for a := 1; a < len(spans); a++ {
		for b := a; b > 0 && spans[b].start < spans[b-1].start; b-- {
			spans[b], spans[b-1] = spans[b-1], spans[b]
		}
	}
	var b strings.Builder
	last := 0
	for k := 0; k < len(spans); k++ {
		s := spans[k]
		for k+1 < len(spans) && spans[k+1].start < s.end {
			s.end = max(s.end, spans[k+1].end)
			k++
		}
		if s.start < last {
			s.start = last
		}
		if s.start >= s.end {
			continue
		}
		b.WriteString(msg[last:s.start])
		b.WriteString(Redact([]byte(msg[s.start:s.end])))
		last = s.end
	}
	b.WriteString(msg[last:])
	return b.String()
}

// known reports where, in the word msg[i:j], a value of the run starts:
// its first headLen bytes at any offset (after "name=", "user:", …). The
// rest of the word from there is the value or what a tool kept of it.
func (r *Redactor) known(msg string, i, j int) (int, bool) {
	if r == nil || len(r.heads) == 0 {
		return 0, false
	}
	for k := i; k+headLen <= j; k++ {
		if r.heads[headHash(msg[k:k+headLen])] {
			return k, true
		}
	}
	return 0, false
}

// truncatedPrefixed finds in the word msg[i:j] a prefixed credential cut
// short (a full one is a rule match): a known prefix followed by at least
// minTruncated characters of its body.
func truncatedPrefixed(msg string, i, j int) (int, bool) {
	const minTruncated = 8
	w := msg[i:j]
	for _, p := range rules.SecretPrefixes() {
		for at := 0; ; {
			k := strings.Index(w[at:], p)
			if k < 0 {
				break
			}
			k += at
			body, need, bodyChar := 0, minTruncated, isBodyChar
			if p == "v1.0-" { // also a version: only hex counts, and more of it
				need, bodyChar = 2*minTruncated, isHexChar
			}
			for body < len(w)-k-len(p) && bodyChar(w[k+len(p)+body]) {
				body++
			}
			if body >= need && (k == 0 || !isBodyChar(w[k-1])) {
				return i + k, true
			}
			at = k + 1
		}
	}
	return 0, false
}

func isHexChar(c byte) bool { return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' }

func isBodyChar(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// A quoted run in a message is taken for a credential from this length and
// entropy (bits per byte) on: shorter or plainer runs are names and words.
const (
	minQuotedLen     = 24
	minQuotedEntropy = 3.5
)

// entropic reports a long high-entropy quoted run of token characters:
// tools quote the literal they complain about (`cannot use "…"`), while
// paths and temporary names in messages are not quoted.
func entropic(msg string, i, j int) bool {
	for i < j && !isTokenChar(msg[i]) {
		i++
	}
	k := i
	for k < j && isTokenChar(msg[k]) {
		k++
	}
	quoted := i > 0 && (msg[i-1] == '"' || msg[i-1] == '\'' || msg[i-1] == '`')
	return quoted && k-i >= minQuotedLen && rules.Entropy(msg[i:k]) >= minQuotedEntropy
}

// isValueChar is a byte that may be part of a quoted or unquoted value:
// anything but blanks, quotes and brackets.
func isValueChar(c byte) bool {
	switch c {
	case ' ', '\t', '\r', '\n', '"', '\'', '`', '(', ')', '[', ']', '{', '}', '<', '>', ',', ';':
		return false
	}
	return c > ' ' && c != 0x7f
}

func isTokenChar(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' || c == '-' || c == '+' || c == '/' || c == '='
}
