package rules

import (
	"bytes"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/cfauthlint/cfauthlint/internal/literal"
)

// TestIndexNeedlesMatchesReference: every occurrence of every registered
// needle that lies wholly inside the region, in order, as bytes.Index finds
// them, on random text with planted needles (at the region's edges too).
func TestIndexNeedlesMatchesReference(t *testing.T) {
	filler := []string{"a", "e", "s", "l", "v", "/", ":", "_", "-", "\n", " ", "(", "'", "k", "y"}
	for seed := range uint64(300) {
		rng := rand.New(rand.NewPCG(seed, 11))
		var b strings.Builder
		for n := rng.IntN(5000); b.Len() < n; {
			if rng.IntN(8) == 0 {
				b.WriteString(lowerNeedles.list[rng.IntN(len(lowerNeedles.list))])
			} else {
				b.WriteString(filler[rng.IntN(len(filler))])
			}
		}
		data := []byte(b.String())
		lo := rng.IntN(len(data)/4 + 1)
		hi := len(data) - rng.IntN(len(data)/4+1)
		if hi < lo {
			continue
		}
		s := scanState{data: data, lower: data}
		got := s.indexNeedles(region{lo, hi})
		for id, n := range lowerNeedles.list {
			var want []int
			for off := lo; ; {
				i := bytes.Index(data[off:hi], []byte(n))
				if i < 0 {
					break
				}
				want = append(want, off+i-lo)
				off += i + 1
			}
			if !slices.Equal(got[id], want) {
				t.Fatalf("seed %d, needle %q in [%d,%d): got %v, want %v", seed, n, lo, hi, got[id], want)
			}
		}
	}
}

// TestNeedlePairsAreRare: needles are looked up by a pair that is neither an
// anchor's (regions are full of those) nor among the 100 most common pairs
// of source text, such as "//" of "http://" or "ho" of "hostnameverifier".
func TestNeedlePairsAreRare(t *testing.T) {
	var logs []int
	for x := range 128 {
		for y := range 128 {
			if !('A' <= x && x <= 'Z' || 'A' <= y && y <= 'Z') {
				logs = append(logs, literal.PairLog(byte(x), byte(y)))
			}
		}
	}
	slices.Sort(logs)
	top := logs[len(logs)-100] // the 100th most common pair's
	for _, n := range lowerNeedles.list {
		k := rarestPair(n)
		p := n[k : k+2]
		if l := literal.PairLog(p[0], p[1]); l > top {
			t.Errorf("%q is looked up by %q, among the 100 most common pairs", n, p)
		}
		for _, a := range defaultAnchors.Literals() {
			if strings.Contains(a, p) {
				t.Errorf("%q is looked up by %q, a pair of the anchor %q", n, p, a)
			}
		}
	}
}
