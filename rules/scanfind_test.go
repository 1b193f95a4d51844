package rules

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// TestScanFindMatchesScanAndIndex: the one-pass ScanFind returns what Scan
// and Literals.Index return separately, for literal sets that share an
// anchor's vector pair ("cfauthlint:ignore") and ones that do not, with and
// without extra hosts, anchors and literals planted in random case.
func TestScanFindMatchesScanAndIndex(t *testing.T) {
	sets := [][]string{{"cfauthlint:ignore"}, {"zq-marker", "x"}, {"ab"}}
	hostSets := [][]string{nil, {"api.corp.example"}, {"q"}}
	filler := []string{"a", "b", "c", "f", "t", "u", "\n", " ", "_", "-", ".", ":", "=", "\"", "1", "x", "e", "y", "z"}
	for _, lits := range sets {
		l := NewLiterals(lits...)
		for _, hosts := range hostSets {
			plant := append(anchorLits(DefaultCatalog, nil), lits...)
			plant = append(plant, hosts...)
			plant = append(plant, "cfut_"+strings.Repeat("A1b2", 10)+"0badf00d", "X-Auth-Key: "+strings.Repeat("0f", 18)+"0")
			for seed := range uint64(150) {
				rng := rand.New(rand.NewPCG(seed, 5))
				var b strings.Builder
				for n := rng.IntN(12000); b.Len() < n; {
					if rng.IntN(30) == 0 {
						b.WriteString(randomCase(rng, plant[rng.IntN(len(plant))]))
					} else {
						b.WriteString(filler[rng.IntN(len(filler))])
					}
				}
				data := []byte(b.String())
				o := Options{Path: "x.env", ExtraHosts: hosts}
				gotM, gotF := o.ScanFind(data, l)
				if wantM, wantF := o.Scan(data), l.Index(data); !slices.EqualFunc(gotM, wantM, func(a, b Match) bool { return reflect.DeepEqual(a, b) }) || !slices.Equal(gotF, wantF) {
					t.Fatalf("lits %q hosts %q seed %d: ScanFind gave %d matches, starts %v; Scan and Index %d, %v", lits, hosts, seed, len(gotM), gotF, len(wantM), wantF)
				}
			}
		}
	}
}
