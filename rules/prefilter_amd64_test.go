//go:build !purego

package rules

import (
	"strings"
	"testing"
)

// TestVectorSearchSkipsCommonPairs: the vector search looks at a third byte,
// so that code full of turnstile's rare pair ("rn" of "return") costs no
// stops, while the anchors themselves still do.
func TestVectorSearchSkipsCommonPairs(t *testing.T) {
	if !hasAVX2 {
		t.Skip("no AVX2")
	}
	code := []byte(strings.Repeat("\treturn turnover(RETURN) // returned\n", 200))
	if i, found := pairIndexAVX2(&code[0], len(code), prefilterFor(DefaultCatalog, nil).vec); found {
		t.Errorf("vector search stopped at %d: %q", i, code[i:min(len(code), i+8)])
	}
	for _, a := range anchors {
		data := []byte(strings.Repeat("z", 40) + strings.ToUpper(a.lit) + strings.Repeat("z", 40))
		i, found := pairIndexAVX2(&data[0], len(data), prefilterFor(DefaultCatalog, nil).vec)
		if !found || i != 40+a.rare {
			t.Errorf("%q: vector search returned %d, %v; want %d", a.lit, i, found, 40+a.rare)
		}
	}
}
