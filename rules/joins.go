package rules

import (
	"bytes"
	"slices"

	"github.com/cfauthlint/cfauthlint/internal/literal"
)

// A credential split across adjacent string literals of one expression:
// Python ("cfut_abc" "def") and "abc" + "def", JS '…' + '…', Go "…" + "…",
// C "…" "…". The pieces are joined (literal to literal only, nothing
// computed) and the joined value is judged as a value under the name
// before the first piece, with the first piece's context; the finding
// spans the pieces.

// Bounds of a join: the pieces of one chain and the joined length.
const (
	maxJoinPieces = 16
	maxJoinLen    = 512
	maxJoinIndent = 64 // blanks between a line's last literal and the next line's first
)

// joinQuotes are the quotes a joined literal may use.
var joinQuotes = []byte{'"', '\''}

// detectJoinedLiterals looks only at lines where a quote is followed by
// `+` or another quote: a byte search per quote over the region before
// any parse.
func detectJoinedLiterals(s *scanState, r region) {
	if s.val != nil || s.kind == kindProse {
		return
	}
	d := s.data
	var lines []int
	for _, q := range joinQuotes {
		for i := r.start; i < r.end; {
			k := bytes.IndexByte(d[i:r.end], q)
			if k < 0 {
				break
			}
			at := i + k
			i = at + 1
			j := at + 1
			for j < len(d) && (d[j] == ' ' || d[j] == '\t') {
				j++
			}
			if j < len(d) && (d[j] == '\r' || d[j] == '\n') {
				// A literal ending its line, and one opening the next
				// (a parenthesized chain over lines).
				for j < len(d) && (d[j] == ' ' || d[j] == '\t' || d[j] == '\r' || d[j] == '\n') && j-at < maxJoinIndent {
					j++
				}
				if j < len(d) && d[j] != '"' && d[j] != '\'' {
					continue
				}
			}
			if j < len(d) && (d[j] == '+' || d[j] == '"' || d[j] == '\'') {
				if ls := s.lineStart(at); !slices.Contains(lines, ls) {
					lines = append(lines, ls)
				}
				i = max(i, s.lineEnd(at))
			}
		}
	}
	slices.Sort(lines)
	done := -1
	for _, ls := range lines {
		if ls < done {
			continue // a chain of the line before reached it
		}
		done = s.joinLine(ls, s.lineEnd(ls))
	}
}

// joinPiece is a string literal: its content span.
type joinPiece struct{ start, end int }

// joinLine parses the string literals of the line [ls,le) (and of the
// lines a chain continues onto) and judges every chain of two or more. It
// returns where the parse ended.
func (s *scanState) joinLine(ls, le int) int {
	d := s.data
	var chain []joinPiece
	i := ls
	for i < le {
		if c := d[i]; c != '"' && c != '\'' {
			i++
			continue
		}
		p, next, ok := literalAt(d, i, le)
		if !ok {
			return le
		}
		chain = append(chain[:0], p)
		i = next
		// In parentheses a chain may go on over lines without `+`
		// (Python's implicit concatenation, C's adjacent literals).
		lo := max(0, p.start-1-maxJoinIndent)
		before := bytes.TrimRight(d[lo:p.start-1], " \t\r\n")
		opened := bytes.HasSuffix(before, []byte("("))
		namePos := p.start // where the chain's name is looked for: before it, or before its `(`
		if opened {
			namePos = lo + len(before)
		}
		for len(chain) < maxJoinPieces {
			g, plus, newline := s.joinGap(i)
			if g >= len(d) || (d[g] != '"' && d[g] != '\'') || (newline && !plus && !opened) {
				break
			}
			lineEnd := s.lineEnd(g)
			p2, n2, ok := literalAt(d, g, lineEnd)
			if !ok {
				break
			}
			chain = append(chain, p2)
			i = n2
			le = max(le, lineEnd)
		}
		if len(chain) > 1 {
			s.judgeJoin(chain, namePos)
		}
	}
	return le
}

// joinGap skips what may sit between two joined literals from i: blanks,
// line breaks and `\` continuations, and at most one `+`. It returns
// where the gap ends and what it held.
func (s *scanState) joinGap(i int) (end int, plus, newline bool) {
	d := s.data
	g := i
	for ; g < len(d) && g-i < ContextBytes; g++ {
		switch c := d[g]; {
		case c == ' ' || c == '\t' || c == '\r' || c == '\\':
		case c == '\n':
			newline = true
		case c == '+' && !plus:
			plus = true
		default:
			return g, plus, newline
		}
	}
	return g, plus, newline
}

// literalAt parses the quoted literal opening at d[i], closing before le:
// its content span and the offset after it.
func literalAt(d []byte, i, le int) (joinPiece, int, bool) {
	q := d[i]
	for j := i + 1; j < le; j++ {
		switch d[j] {
		case '\\':
			j++
		case q:
			return joinPiece{i + 1, j}, j + 1, true
		}
	}
	return joinPiece{}, 0, false
}

// judgeJoin joins a chain's pieces and reports the credentials found
// across a piece boundary (one piece alone is the plain scan's).
func (s *scanState) judgeJoin(chain []joinPiece, namePos int) {
	var joined []byte
	var offs []int // joined index → data offset
	var bounds []int
	for k, p := range chain {
		if bytes.IndexByte(s.data[p.start:p.end], '\\') >= 0 {
			return // escapes: the text is not the value
		}
		if k > 0 {
			bounds = append(bounds, len(joined))
		}
		for o := p.start; o < p.end; o++ {
			joined = append(joined, s.data[o])
			offs = append(offs, o)
		}
		if len(joined) > maxJoinLen {
			return
		}
	}
	if len(joined) < TurnstileMinLen {
		return
	}
	first, last := chain[0], chain[len(chain)-1]
	facts := valueFacts{
		key:        s.keyBefore(namePos),
		cloudflare: s.cfContext(first.start, last.end),
		apiHost:    s.nearAPIHost(first.start, last.end),
		anchored:   true,
	}
	sub := scanState{data: joined, opt: s.opt, cat: s.cat, kind: s.kind, val: &facts, pathHasCloudflare: s.pathHasCloudflare}
	sub.lower = make([]byte, len(joined))
	literal.Lower(sub.lower, joined)
	for _, det := range secretDetectors {
		det(&sub, region{0, len(joined)})
	}
	for _, m := range sub.matches {
		crosses := false
		for _, b := range bounds {
			crosses = crosses || (m.Start < b && b < m.End)
		}
		if !crosses || !m.Rule.Secret {
			continue
		}
		if s.add(m.Rule, offs[m.Start], offs[m.End-1]+1, m.Confidence, m.Message+" (split across adjacent string literals)") {
			// The finding's value is the joined credential (the Go
			// analyzers' value of the same constant: one finding under
			// --go=auto), not the text from the first piece to the last.
			s.matches[len(s.matches)-1].Value = bytes.Clone(joined[m.Start:m.End])
		}
	}
}
