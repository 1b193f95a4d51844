package rules

import (
	"bytes"
)

// Text helpers shared by the detectors. Every look around a position is
// clamped to ContextBytes so that results stay local (see Overlap).

type charClass [256]bool

func classOf(sets ...string) *charClass {
	var c charClass
	for _, s := range sets {
		for i := 0; i < len(s); i++ {
			if i+2 < len(s) && s[i+1] == '-' {
				for b := s[i]; b <= s[i+2]; b++ {
					c[b] = true
				}
				i += 2
				continue
			}
			c[s[i]] = true
		}
	}
	return &c
}

var (
	alnum      = classOf("a-zA-Z0-9")
	wordChars  = classOf("a-zA-Z0-9_")
	tokenChars = classOf("a-zA-Z0-9_-")
	// b64Run is what may surround a credential without being part of it
	// being cut: base64 and base64url alphabets.
	b64Run    = classOf("a-zA-Z0-9_+/=-")
	b64NoPad  = classOf("a-zA-Z0-9_+/-")
	lowerHex  = classOf("0-9a-f")
	anyHex    = classOf("0-9a-fA-F")
	identChar = classOf("a-zA-Z0-9_.-")
)

func (c *charClass) all(b []byte) bool {
	for _, x := range b {
		if !c[x] {
			return false
		}
	}
	return true
}

// runs calls fn for every maximal run of class characters in data[r.start:r.end]
// whose length is in [minLen, maxLen], and which is maximal in the whole of
// data, with respect to the boundary class (a run of tokens inside a longer
// base64 blob is not a token).
func (s *scanState) runs(r region, class, before, after *charClass, minLen, maxLen int, fn func(start, end int)) {
	d := s.data
	for i := r.start; i < r.end; {
		// A run of minLen or more that starts at or after i covers
		// i+minLen-1: if that byte is not in class, skip past it.
		if k := i + minLen - 1; k < r.end {
			if !class[d[k]] {
				i = k + 1
				continue
			}
			// A run of minLen or more that starts in [i, k] covers every
			// byte from its start to k: it starts after the last byte
			// before k that is not in class, rather than stepping one byte
			// at a time to the next run (bench/NOTES.md).
			j := k
			for j > i && class[d[j-1]] {
				j--
			}
			i = j
		}
		if !class[d[i]] {
			i++
			continue
		}
		j := i
		for j < r.end && class[d[j]] {
			j++
		}
		if n := j - i; n >= minLen && n <= maxLen &&
			(i == 0 || !before[d[i-1]]) && (j == len(d) || !after[d[j]]) {
			fn(i, j)
		}
		i = j
	}
}

// lineStart returns the start of the line holding pos, clamped to
// ContextBytes before it. A clamped start is aligned up to an absolute
// multiple of lineBlock (Options.Offset places the buffer in its file), so
// that every anchor in one block of a long line sees the same line window
// and what is decided about a line is worked out once per block (lineFacts):
// with an anchor every few bytes of a 1 MB line, each anchor scanned its own
// 2 KB window. The alignment is by file offset, so chunks of a file see what
// a whole scan sees.
func (s *scanState) lineStart(pos int) int {
	lo := max(0, pos-ContextBytes)
	if !s.newlineFree(lo, pos) {
		if i := bytes.LastIndexByte(s.data[lo:pos], '\n'); i >= 0 {
			return lo + i + 1
		}
		s.markNewlineFree(lo, pos)
	}
	if lo == 0 {
		return 0
	}
	return s.alignUp(lo)
}

// lineEnd returns the end (excluding '\n') of the line holding pos, clamped
// to ContextBytes after it (aligned down, as lineStart).
func (s *scanState) lineEnd(pos int) int {
	hi := min(len(s.data), pos+ContextBytes)
	if !s.newlineFree(pos, hi) {
		if i := bytes.IndexByte(s.data[pos:hi], '\n'); i >= 0 {
			return pos + i
		}
		s.markNewlineFree(pos, hi)
	}
	if hi == len(s.data) {
		return hi
	}
	return s.alignDown(hi)
}

// newlineFree reports whether data[lo:hi] is known to hold no newline: on
// a long line every anchor asked for its line's ends again, a search of
// ContextBytes each.
func (s *scanState) newlineFree(lo, hi int) bool {
	return s.noNewline.lo <= lo && hi <= s.noNewline.hi
}

// markNewlineFree records that data[lo:hi] holds no newline, joining it to
// the stretch already known when they touch.
func (s *scanState) markNewlineFree(lo, hi int) {
	k := &s.noNewline
	if k.hi > k.lo && lo <= k.hi && hi >= k.lo {
		k.lo, k.hi = min(k.lo, lo), max(k.hi, hi)
		return
	}
	k.lo, k.hi = lo, hi
}

// lineNeedles is a set of lowercase needles that detectors look for
// earlier on an anchor's line. Where they first occur in a line window is
// worked out once per window (lineHasBefore), not once per anchor.
type lineNeedles struct {
	id      int
	needles [][]byte
}

var lineNeedleSets int

func newLineNeedles(needles []string) *lineNeedles {
	n := &lineNeedles{id: lineNeedleSets}
	lineNeedleSets++
	for _, w := range needles {
		n.needles = append(n.needles, []byte(w))
	}
	return n
}

// lineHasBefore reports whether one of set's needles occurs whole within
// lower[ls:pos], ls and le being pos's line window.
func (s *scanState) lineHasBefore(ls, le, pos int, set *lineNeedles) bool {
	if s.lineFacts.ls != ls || s.lineFacts.le != le || s.lineFacts.firstEnd == nil {
		if s.lineFacts.firstEnd == nil {
			s.lineFacts.firstEnd = make([]int, lineNeedleSets)
		}
		s.lineFacts.ls, s.lineFacts.le = ls, le
		for i := range s.lineFacts.firstEnd {
			s.lineFacts.firstEnd[i] = -2 // not worked out
		}
	}
	fe := &s.lineFacts.firstEnd[set.id]
	if *fe == -2 {
		*fe = -1
		line := s.lower[ls:le]
		for _, w := range set.needles {
			if i := bytes.Index(line, w); i >= 0 && (*fe < 0 || ls+i+len(w) < *fe) {
				*fe = ls + i + len(w)
			}
		}
	}
	return *fe >= 0 && *fe <= pos
}

// lineBlock is the alignment of clamped line windows: a clamped window is
// at most this much shorter than ContextBytes on its side.
const lineBlock = 256

// alignUp returns the smallest offset >= i that is a multiple of lineBlock
// in the file; alignDown the largest <= i.
func (s *scanState) alignUp(i int) int {
	abs := s.opt.Offset + int64(i)
	return i + int((lineBlock-abs%lineBlock)%lineBlock)
}

func (s *scanState) alignDown(i int) int {
	abs := s.opt.Offset + int64(i)
	return i - int(abs%lineBlock)
}

// linesBefore returns the start of the line n lines above the one holding
// pos, within ContextBytes before pos.
func (s *scanState) linesBefore(pos, n int) int {
	lo := s.lineStart(pos)
	for i := 0; i < n && lo > 0 && pos-lo < ContextBytes; i++ {
		lo = s.lineStart(lo - 1)
	}
	return max(lo, pos-ContextBytes)
}
