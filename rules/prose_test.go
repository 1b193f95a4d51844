package rules

import (
	"bytes"
	"math/rand/v2"
	"testing"
)

// proseWordsSplit is proseWords as it was, splitting the whole line: the
// definition the allocation-free version must agree with.
func proseWordsSplit(line []byte) int {
	if i := bytes.Index(line, []byte(" #")); i >= 0 {
		line = line[:i]
	}
	n := 0
	inCode := false
	for _, f := range bytes.Fields(line) {
		ticks := bytes.Count(f, []byte("`"))
		word := !inCode && ticks == 0
		if ticks%2 == 1 {
			inCode = !inCode
		}
		if !word {
			continue
		}
		f = bytes.TrimRight(f, ".,;:!?)")
		f = bytes.TrimLeft(f, "(*_")
		if len(f) < 2 {
			continue
		}
		letters := true
		for _, c := range f {
			if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
				letters = false
				break
			}
		}
		if letters {
			n++
		}
	}
	return n
}

func TestProseWordsAgreesWithSplit(t *testing.T) {
	pieces := []string{"word", "Two", "x", "a1", "`code`", "`", "(see", "it.", "_em_", " ", "  ", "\t", "\u00a0", "\u2003", "é", " #", "#", "key:", "-", "\n"}
	rng := rand.New(rand.NewPCG(1, 2))
	lines := []string{"", " ", "do not use `curl -k` here", "X-Auth-Key: cloudflare cf_", "a b c # note", "words\u00a0joined by nbsp and more"}
	for range 5000 {
		var b []byte
		for range rng.IntN(12) {
			b = append(b, pieces[rng.IntN(len(pieces))]...)
			if rng.IntN(2) == 0 {
				b = append(b, ' ')
			}
		}
		lines = append(lines, string(b))
	}
	for _, l := range lines {
		want := proseWordsSplit([]byte(l))
		for min := 1; min <= 4; min++ {
			if got := proseWords([]byte(l), min); got != (want >= min) {
				t.Fatalf("proseWords(%q, %d) = %v, but the line has %d words", l, min, got, want)
			}
		}
	}
}
