package literal

import (
	"bytes"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
)

// measured is the rule engine's anchor table as it was tuned by hand, with
// the pairs picked from pair counts over GOROOT/src, bench/gencorpus's mixed
// corpus and its log file: the choice Choose must be as good as.
var measured = []Choice{
	{"cfut_", 0, 3}, {"cfat_", 0, 3}, {"cfk_", 0, 1}, {"cfast_", 0, 1}, {"cfoat_", 0, 1},
	{"v1.0-", 3, 0}, {"eyjhijoi", 2, 1}, {"cloudflare", 4, 5}, {"x-auth-", 5, 0},
	{"cf_", 0, 1}, {"cf-", 0, 1}, {"tunnel", 2, 3}, {"turnstile", 2, 5}, {"r2_", 1, 0},
}

func measuredLits() []string {
	var out []string
	for _, c := range measured {
		out = append(out, c.Lit)
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

func reference(data []byte, lits []string) []int {
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
	return want
}

var litSets = [][]string{
	measuredLits(),
	append(measuredLits(), "api.corp.example"),
	append(measuredLits(), "ab"),
	append(measuredLits(), "q", "gw.internal", "z9", "cfauthlint:ignore"),
	{"cfauthlint:ignore"}, {"aa", "ab"}, {"x"}, {"ignore", "IGNORE:", "gnor"},
}

// TestIndexMatchesReference: every occurrence (overlapping ones too), in
// order, ignoring ASCII case, on random text with planted literals and long
// stretches without any.
func TestIndexMatchesReference(t *testing.T) {
	filler := []string{"a", "b", "c", "f", "t", "u", "\n", " ", "_", "-", ".", "1", "2", "C", "F", "T", "x", "e", "y", "g", "n", "o", "r", "i", ":"}
	for _, lits := range litSets {
		s := New(lits...)
		for seed := range uint64(80) {
			rng := rand.New(rand.NewPCG(seed, 7))
			var b strings.Builder
			for n := rng.IntN(20000); b.Len() < n; {
				if rng.IntN(40) == 0 {
					b.WriteString(randomCase(rng, lits[rng.IntN(len(lits))]))
				} else {
					b.WriteString(filler[rng.IntN(len(filler))])
				}
				if rng.IntN(3000) == 0 {
					b.WriteString(strings.Repeat("z", 4000+rng.IntN(3)))
				}
			}
			data := []byte(b.String())
			if got, want := s.Index(data), reference(data, lits); !slices.Equal(got, want) {
				t.Fatalf("%q seed %d (len %d): got %v, want %v", lits, seed, len(data), got, want)
			}
		}
	}
}

// TestVectorTail puts each literal at every position of short buffers,
// where the vector search (blocks of 32 and the byte after) hands over to
// the scalar one.
func TestVectorTail(t *testing.T) {
	for _, lits := range litSets[:4] {
		s := New(lits...)
		for _, a := range lits {
			for n := len(a); n < 110; n++ {
				for at := 0; at+len(a) <= n; at++ {
					data := []byte(strings.Repeat("z", at) + strings.ToUpper(a) + strings.Repeat("z", n-at-len(a)))
					if got, want := s.Index(data), reference(data, lits); !slices.Equal(got, want) {
						t.Fatalf("%q at %d of %d (%q): got %v, want %v", a, at, n, lits, got, want)
					}
				}
			}
		}
	}
}

// TestPair: a Join finds each set's literals as its own search does.
func TestPair(t *testing.T) {
	a, b := New(measuredLits()...), New("cfauthlint:ignore", "q")
	p := Join(a, b)
	rng := rand.New(rand.NewPCG(1, 2))
	var text strings.Builder
	for text.Len() < 50000 {
		switch rng.IntN(30) {
		case 0:
			text.WriteString(randomCase(rng, measured[rng.IntN(len(measured))].Lit))
		case 1:
			text.WriteString("CFAUTHLINT:ignore")
		default:
			text.WriteByte("cfauthlint:ignoreq \n"[rng.IntN(20)])
		}
	}
	data := []byte(text.String())
	var ga, gb hitList
	p.Find(data, &ga, &gb)
	slices.Sort(ga)
	slices.Sort(gb)
	if got, want := slices.Compact(ga), a.Index(data); !slices.Equal(got, want) {
		t.Errorf("first set: %d starts, want %d", len(got), len(want))
	}
	if got, want := slices.Compact(gb), b.Index(data); !slices.Equal(got, want) {
		t.Errorf("second set: %d starts, want %d", len(got), len(want))
	}
}

// TestChoicesValid: each literal's pairs lie inside it, one at an even and
// one at an odd offset, within what a starts bit can say.
func TestChoicesValid(t *testing.T) {
	sets := append(slices.Clone(litSets), []string{"abc", "eyjhijoi", "0x4", "tunnelsecret", strings.Repeat("ab", 20), "x-auth-user-service-key"})
	for _, lits := range sets {
		for _, c := range Choose(lits) {
			if len(c.Lit) < 3 {
				continue
			}
			if c.Vector%2 == c.Other%2 || c.Vector+1 >= len(c.Lit) || c.Other+1 >= len(c.Lit) || max(c.Vector, c.Other) > MaxPairOffset {
				t.Errorf("%q: pairs at %d and %d", c.Lit, c.Vector, c.Other)
			}
		}
	}
	if c := Choose([]string{"eyjhijoi"})[0]; c.Vector == 0 {
		t.Errorf(`"eyjhijoi": looked up by "ey", the pair of every "key"`)
	}
}

// stops counts where the search stops on data: the vector search's
// candidates (three bytes in a bucket's nibble tables, emulated) and the
// scalar search's table hits at even offsets.
func (s *Search) stops(data []byte) (vector, scalar int) {
	m := s.vec
	for i := 0; i+2 < len(data); i++ {
		a, b, c := data[i], data[i+1], data[i+2]
		if m[0][a&15]&m[1][a>>4]&m[2][b&15]&m[3][b>>4]&m[4][c&15]&m[5][c>>4] != 0 {
			vector++
		}
	}
	for i := 0; i+1 < len(data); i += 2 {
		if s.hit[uint16(data[i])|uint16(data[i+1])<<8] != 0 {
			scalar++
		}
	}
	return vector, scalar
}

// stopCorpus is source text the stop counts are taken on: Go's own, in the
// languages and formats it holds.
func stopCorpus(t *testing.T) []byte {
	var data []byte
	for _, dir := range []string{"net/http", "go/types", "encoding/json", "crypto/tls", "cmd/go/testdata/script", "runtime"} {
		files, _ := filepath.Glob(filepath.Join(runtime.GOROOT(), "src", dir, "*"))
		for _, f := range files {
			if d, err := os.ReadFile(f); err == nil {
				data = append(data, d...)
			}
		}
	}
	if len(data) < 1<<20 {
		t.Skip("GOROOT/src not available")
	}
	return data
}

// TestChosenAsGoodAsMeasured: the pairs Choose picks for the anchors make
// the vector search stop no more often than the hand-measured ones did, and
// the scalar search no more than a tenth more often (it only runs on the
// last bytes of a buffer where the CPU has AVX2).
func TestChosenAsGoodAsMeasured(t *testing.T) {
	data := stopCorpus(t)
	chosen := New(measuredLits()...)
	hand := new(Search).build(measured)
	hand.lits = measuredLits()
	cv, cs := chosen.stops(data)
	hv, hs := hand.stops(data)
	t.Logf("%d MB: vector stops %d chosen, %d measured; scalar %d chosen, %d measured", len(data)>>20, cv, hv, cs, hs)
	for _, c := range chosen.Choices() {
		t.Logf("%-12q vector %q other %q", c.Lit, c.Lit[c.Vector:min(len(c.Lit), c.Vector+3)], c.Lit[c.Other:c.Other+2])
	}
	if cv > hv {
		t.Errorf("vector search: %d stops with the chosen pairs, %d with the measured ones", cv, hv)
	}
	if cs > hs+hs/10 {
		t.Errorf("scalar search: %d stops with the chosen pairs, %d with the measured ones", cs, hs)
	}
}

// TestLower checks the eight-bytes-at-a-time lowering against the
// byte-by-byte definition for every byte value at every position.
func TestLower(t *testing.T) {
	for b := range 256 {
		for pos := range 19 {
			src := []byte("Mixed CASE @[`{ \x80\xff.")
			src[pos] = byte(b)
			want := make([]byte, len(src))
			for i, c := range src {
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				want[i] = c
			}
			got := make([]byte, len(src))
			Lower(got, src)
			if !bytes.Equal(got, want) {
				t.Fatalf("byte %#x at %d: got %q, want %q", b, pos, got, want)
			}
		}
	}
}
