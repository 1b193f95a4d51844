package rules

import (
	"bytes"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"testing"
)

// referenceRegions is the plain algorithm the prefilter must agree with:
// lowercase everything, find every occurrence of every literal, merge the
// windows around them.
func referenceRegions(data []byte, lits []string) []region {
	lower := bytes.ToLower(data) // ASCII-only input in these tests
	var hits []int
	for _, a := range lits {
		for off := 0; ; {
			i := bytes.Index(lower[off:], []byte(a))
			if i < 0 {
				break
			}
			hits = append(hits, off+i)
			off += i + 1
		}
	}
	sort.Ints(hits)
	const reach = ContextBytes + MaxMatchLen
	var out []region
	for _, h := range hits {
		r := region{max(0, h-reach), min(len(data), h+reach)}
		if n := len(out); n > 0 && r.start <= out[n-1].end {
			out[n-1].end = max(out[n-1].end, r.end)
			continue
		}
		out = append(out, r)
	}
	return out
}

// randomCase spells an ASCII literal in random case.
func randomCase(rng *rand.Rand, s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'a' <= c && c <= 'z' && rng.IntN(2) == 0 {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}

func TestPrefilterMatchesReference(t *testing.T) {
	hostSets := [][]string{nil, {"API.Corp.example"}, {"ab"}, {"q"}, {"gw.internal", "z9"}}
	filler := []string{"a", "b", "c", "f", "t", "u", "\n", " ", "_", "-", ".", "1", "2", "C", "F", "T", "x", "e", "y"}
	for _, hosts := range hostSets {
		lits := anchorLits(DefaultCatalog, hosts)
		p := anchorSearch(DefaultCatalog, hosts)
		for seed := range uint64(300) {
			rng := rand.New(rand.NewPCG(seed, 7))
			var b strings.Builder
			n := rng.IntN(20000)
			for b.Len() < n {
				if rng.IntN(40) == 0 {
					b.WriteString(randomCase(rng, lits[rng.IntN(len(lits))]))
				} else {
					b.WriteString(filler[rng.IntN(len(filler))])
				}
				if rng.IntN(3000) == 0 {
					b.WriteString(strings.Repeat("z", 2*(ContextBytes+MaxMatchLen)+rng.IntN(3)))
				}
			}
			data := []byte(b.String())
			got, want := regions(p, data), referenceRegions(data, lits)
			if !slices.Equal(got, want) {
				t.Fatalf("hosts %q seed %d (len %d): regions differ\n got %v\nwant %v", hosts, seed, len(data), got, want)
			}
		}
	}
}

// ScanFullLower (exported for the external tests) is Scan as it was before the prefilter: the whole buffer
// lowercased, regions from the reference search.
func ScanFullLower(o Options, data []byte) []Match {
	s := scanState{data: data, opt: o, cat: o.catalog(), kind: fileKindOf(o.Path), lower: bytes.ToLower(data)}
	s.pathHasCloudflare = cloudflarePath(strings.ToLower(o.Path))
	s.run(o.pathRegions(referenceRegions(data, anchorLits(o.catalog(), o.ExtraHosts)), len(data)))
	return o.withDecoded(data, s.finish(), ScanFullLower)
}

// TestPrefilterVectorTail puts each anchor at every position of short
// buffers, where the vector search (blocks of 32 and the byte after) hands
// over to the scalar one.
func TestPrefilterVectorTail(t *testing.T) {
	for _, hosts := range [][]string{nil, {"q"}, {"gw.internal"}} {
		lits := anchorLits(DefaultCatalog, hosts)
		p := anchorSearch(DefaultCatalog, hosts)
		for _, a := range lits {
			for n := len(a); n < 110; n++ {
				for at := 0; at+len(a) <= n; at++ {
					data := []byte(strings.Repeat("z", at) + strings.ToUpper(a) + strings.Repeat("z", n-at-len(a)))
					if got, want := regions(p, data), referenceRegions(data, lits); !slices.Equal(got, want) {
						t.Fatalf("%q at %d of %d (hosts %q): got %v, want %v", a, at, n, hosts, got, want)
					}
				}
			}
		}
	}
}

// TestLiteralsIndex: every occurrence (overlapping ones too), in order,
// ignoring ASCII case, on random text with planted literals.
func TestLiteralsIndex(t *testing.T) {
	sets := [][]string{{"cfauthlint:ignore"}, {"aa", "ab"}, {"x"}, {"ignore", "IGNORE:", "gnor"}}
	for _, lits := range sets {
		l := NewLiterals(lits...)
		for seed := range uint64(200) {
			rng := rand.New(rand.NewPCG(seed, 3))
			var b strings.Builder
			for n := rng.IntN(3000); b.Len() < n; {
				if rng.IntN(20) == 0 {
					b.WriteString(randomCase(rng, strings.ToLower(lits[rng.IntN(len(lits))])))
				} else {
					b.WriteByte("abgnorix:cf "[rng.IntN(12)])
				}
			}
			data := []byte(b.String())
			lower := bytes.ToLower(data)
			var want []int
			for i := range lower {
				for _, lit := range lits {
					if bytes.HasPrefix(lower[i:], []byte(strings.ToLower(lit))) {
						want = append(want, i)
						break
					}
				}
			}
			if got := l.Index(data); !slices.Equal(got, want) {
				t.Fatalf("%q seed %d: got %v, want %v", lits, seed, got, want)
			}
		}
	}
}

// A short slice of a huge buffer gets a lowered copy of about its own size.
func TestLowerWindowsCapacityBounded(t *testing.T) {
	big := make([]byte, 1<<10, 64<<20)
	got := lowerWindows(nil, big, []region{{start: 0, end: 10}})
	if len(got) != len(big) || cap(got) > lowerCapHint {
		t.Errorf("len %d cap %d; want len %d and cap at most %d", len(got), cap(got), len(big), lowerCapHint)
	}
}
