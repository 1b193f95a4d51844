// Package literal finds a fixed set of literals in text, ignoring ASCII
// case, at close to memory speed: the search behind the rule engine's
// prefilter (which regions of a buffer are worth running detectors on) and
// behind the scanner's directive markers.
//
// Where the CPU has AVX2 a vector search looks, at every offset, for each
// literal's vector pair followed by the literal's next byte (vectorMasks,
// vector_amd64.s), and a scalar search does the last bytes; elsewhere the
// scalar search does all. The scalar search looks only at the byte pairs at
// even offsets, in a table of every case spelling of two pairs of each
// literal, one at an even and one at an odd offset within it (so that one of
// them lands on an even offset wherever the literal starts), and compares
// whole literals only where the table says one may start. A literal of
// fewer than three bytes is looked for after any pair that ends with its
// first byte.
//
// Which pairs a literal is looked up by is worked out from the literals
// themselves and a table of byte-pair frequencies in source text
// (rarity_table.go, see choose.go): no literal needs hand-tuned offsets.
package literal

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"strings"
)

// A Search finds the occurrences of a set of literals.
type Search struct {
	hit     [1 << 16]uint8  // indexed by two bytes, little-endian: 1 if some literal may be near
	starts  [1 << 16]uint16 // the same pairs: bit k set: a literal may start k bytes before; startsAfter: one after
	byFirst [256][]head
	vec     *[6][32]byte // vector search tables (vectorMasks)
	lits    []string     // lowercase, as given
	choices []Choice
}

// startsAfter marks a pair that may be followed by a short literal.
const startsAfter = 1 << 15

// MaxPairOffset bounds the offset within a literal of the pairs it is
// looked up by: a Sink may receive a start up to MaxPairOffset+1 bytes
// before the last one it received.
const MaxPairOffset = 14

// A Sink receives the start of each occurrence, almost in order: at most
// MaxPairOffset+1 bytes before an earlier one, and a start may come twice.
type Sink interface{ Add(at int) }

// New returns a search for lits (ASCII case is ignored; three bytes or
// longer find fastest). Empty literals are ignored.
func New(lits ...string) *Search {
	s := new(Search)
	for _, lit := range lits {
		if lit != "" && !slices.Contains(s.lits, strings.ToLower(lit)) {
			s.lits = append(s.lits, strings.ToLower(lit))
		}
	}
	return s.build(Choose(s.lits))
}

// Literals returns the lowercase literals s looks for.
func (s *Search) Literals() []string { return s.lits }

// Choices returns the pairs s looks each literal up by.
func (s *Search) Choices() []Choice { return s.choices }

func (s *Search) build(choices []Choice) *Search {
	s.choices = choices
	var vec []pairSet
	every := make([]byte, 256)
	for i := range every {
		every[i] = byte(i)
	}
	for _, a := range s.choices {
		s.byFirst[a.Lit[0]] = append(s.byFirst[a.Lit[0]], newHead(a.Lit))
		if len(a.Lit) >= 3 {
			for _, k := range []int{a.Vector, a.Other} {
				s.mark(caseSpellings(a.Lit[k]), caseSpellings(a.Lit[k+1]), 1<<k)
			}
			third := every // the pair ends the literal: any byte may follow
			if a.Vector+2 < len(a.Lit) {
				third = caseSpellings(a.Lit[a.Vector+2])
			}
			vec = append(vec, pairSet{caseSpellings(a.Lit[a.Vector]), caseSpellings(a.Lit[a.Vector+1]), third})
			continue
		}
		second := every
		if len(a.Lit) == 2 {
			second = caseSpellings(a.Lit[1])
		}
		s.mark(caseSpellings(a.Lit[0]), second, 1<<0)
		s.mark(every, caseSpellings(a.Lit[0]), startsAfter)
		vec = append(vec, pairSet{caseSpellings(a.Lit[0]), second, every})
	}
	s.vec = vectorMasks(vec)
	return s
}

func (s *Search) mark(first, second []byte, bits uint16) {
	for _, x := range first {
		for _, y := range second {
			i := uint16(x) | uint16(y)<<8
			s.hit[i] = 1
			s.starts[i] |= bits
		}
	}
}

// caseSpellings returns the bytes whose ASCII lowercase is c.
func caseSpellings(c byte) []byte {
	if 'a' <= c && c <= 'z' {
		return []byte{c, c - 'a' + 'A'}
	}
	if 'A' <= c && c <= 'Z' {
		return nil // a lowercase literal never holds an uppercase letter
	}
	return []byte{c}
}

// head is a literal with its first (up to) four bytes as a little-endian
// word, to compare four bytes in one go.
type head struct {
	lit        string
	word, fold uint32 // word: the first bytes; fold: 0x20 where they are letters
	keep       uint32 // the bytes of the word that belong to the literal
}

func newHead(lit string) head {
	l := head{lit: lit}
	for i := range min(4, len(lit)) {
		c := lit[i]
		l.word |= uint32(c) << (8 * i)
		l.keep |= 0xff << (8 * i)
		if 'a' <= c && c <= 'z' {
			l.fold |= 0x20 << (8 * i)
		}
	}
	return l
}

// at reports whether the literal starts at data[i:], ignoring ASCII case.
// Setting bit 5 of a byte maps exactly the two spellings of a letter to its
// lowercase, so the word compare needs no loop.
func (l *head) at(data []byte, i int) bool {
	if len(data)-i < len(l.lit) {
		return false
	}
	if len(data)-i >= 4 {
		if (binary.LittleEndian.Uint32(data[i:])|l.fold)&l.keep != l.word {
			return false
		}
		return len(l.lit) <= 4 || EqualLower(data[i+4:i+len(l.lit)], l.lit[4:])
	}
	return EqualLower(data[i:i+len(l.lit)], l.lit)
}

// At reports whether one of the literals starts at data[at:], ignoring
// ASCII case.
func (s *Search) At(data []byte, at int) bool {
	if at < 0 || at >= len(data) {
		return false
	}
	c := data[at]
	if 'A' <= c && c <= 'Z' {
		c += 'a' - 'A'
	}
	for i := range s.byFirst[c] {
		if s.byFirst[c][i].at(data, at) {
			return true
		}
	}
	return false
}

// Find gives sink the start of every occurrence of the literals in data.
func (s *Search) Find(data []byte, sink Sink) {
	// The vector search (where the CPU has one) covers all but the tail;
	// the scalar search takes over MaxPairOffset+1 bytes before where it
	// stopped, so that a literal whose looked-up pair lies past that point
	// is still found.
	from := max(0, s.vectorScan(data, sink)-MaxPairOffset-1)
	s.scalarScan(data, from, sink)
}

// Index returns the offsets in data at which one of the literals starts,
// ignoring ASCII case, in increasing order (nil if none).
func (s *Search) Index(data []byte) []int {
	var h hitList
	s.Find(data, &h)
	slices.Sort(h)
	return slices.Compact(h)
}

type hitList []int

func (h *hitList) Add(at int) { *h = append(*h, at) }

// scalarScan looks up the pairs at from, from+2, ….
func (s *Search) scalarScan(data []byte, from int, sink Sink) {
	hit := &s.hit
	i := from
	// Four pairs per step; the common case is a step with no hit at all.
	for ; i+8 <= len(data); i += 8 {
		w := binary.LittleEndian.Uint64(data[i:])
		if hit[uint16(w)]|hit[uint16(w>>16)]|hit[uint16(w>>32)]|hit[uint16(w>>48)] == 0 {
			continue
		}
		for k := 0; k < 8; k += 2 {
			if pair := uint16(w >> (8 * k)); hit[pair] != 0 {
				s.check(data, i+k, s.starts[pair], sink)
			}
		}
	}
	for ; i < len(data); i += 2 {
		second := byte(0)
		if i+1 < len(data) {
			second = data[i+1]
		}
		if pair := uint16(data[i]) | uint16(second)<<8; hit[pair] != 0 {
			s.check(data, i, s.starts[pair], sink)
		}
	}
}

// check tries the literal starts that a pair at offset pos allows.
func (s *Search) check(data []byte, pos int, starts uint16, sink Sink) {
	if starts&startsAfter != 0 && s.At(data, pos+1) {
		sink.Add(pos + 1)
	}
	for back := starts &^ startsAfter; back != 0; back &= back - 1 {
		k := bits.TrailingZeros16(back)
		if pos-k >= 0 && s.At(data, pos-k) {
			sink.Add(pos - k)
		}
	}
}

// A Pair searches for two sets of literals in one pass over the text.
type Pair struct{ both, a, b *Search }

// Join returns the one-pass search for a's and b's literals together.
func Join(a, b *Search) *Pair {
	return &Pair{both: New(slices.Concat(a.lits, b.lits)...), a: a, b: b}
}

// Find gives sinkA the starts of a's literals in data and sinkB b's.
func (p *Pair) Find(data []byte, sinkA, sinkB Sink) {
	p.both.Find(data, &pairSink{p: p, data: data, a: sinkA, b: sinkB})
}

type pairSink struct {
	p    *Pair
	data []byte
	a, b Sink
}

func (k *pairSink) Add(at int) {
	if k.p.a.At(k.data, at) {
		k.a.Add(at)
	}
	if k.p.b.At(k.data, at) {
		k.b.Add(at)
	}
}
