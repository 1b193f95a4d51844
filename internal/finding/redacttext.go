package finding

import (
	"math"
	"strings"

	"github.com/cfauthlint/cfauthlint/rules"
)

// RedactText returns msg with anything secret-shaped replaced by its
// redacted form: what the rule engine finds as a secret, and any long
// high-entropy quoted run of token characters. Notices quote tool output (type
// checker errors, parser errors, git messages) that may quote a credential.
func RedactText(msg string) string {
	type span struct{ start, end int }
	var spans []span
	for _, m := range rules.Scan([]byte(msg)) {
		if m.Secret() {
			spans = append(spans, span{m.Start, m.End})
		}
	}
	for i := 0; i < len(msg); {
		if !isTokenChar(msg[i]) {
			i++
			continue
		}
		j := i
		for j < len(msg) && isTokenChar(msg[j]) {
			j++
		}
		// Only quoted runs: tools quote the literal they complain about
		// (`cannot use "…" (untyped string constant)`), while paths and
		// temporary names in messages are not quoted.
		quoted := i > 0 && (msg[i-1] == '"' || msg[i-1] == '\'' || msg[i-1] == '`')
		if quoted && j-i >= 24 && bitsPerChar(msg[i:j]) >= 3.5 {
			spans = append(spans, span{i, j})
		}
		i = j
	}
	if len(spans) == 0 {
		return msg
	}
	var b strings.Builder
	last := 0
	for i := 0; i < len(msg); i++ {
		for _, s := range spans {
			if s.start == i && s.start >= last {
				b.WriteString(msg[last:s.start])
				b.WriteString(Redact([]byte(msg[s.start:s.end])))
				last = s.end
			}
		}
	}
	b.WriteString(msg[last:])
	return b.String()
}

func isTokenChar(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' || c == '-' || c == '+' || c == '/' || c == '='
}

func bitsPerChar(s string) float64 {
	var counts [256]int
	for i := 0; i < len(s); i++ {
		counts[s[i]]++
	}
	h := 0.0
	for _, c := range counts {
		if c > 0 {
			p := float64(c) / float64(len(s))
			h -= p * math.Log2(p)
		}
	}
	return h
}
