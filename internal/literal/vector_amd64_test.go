//go:build !purego

package literal

import (
	"strings"
	"testing"
)

// TestVectorSearchSkipsCommonPairs: the vector search looks at a third byte,
// so that code full of a literal's common pair ("rn" of "return") costs no
// stops, while the literals themselves still do.
func TestVectorSearchSkipsCommonPairs(t *testing.T) {
	if !hasAVX2 {
		t.Skip("no AVX2")
	}
	s := New(measuredLits()...)
	code := []byte(strings.Repeat("\treturn turnover(RETURN) // returned\n", 200))
	if i, found := pairIndexAVX2(&code[0], len(code), s.vec); found {
		t.Errorf("vector search stopped at %d: %q", i, code[i:min(len(code), i+8)])
	}
	for _, c := range s.Choices() {
		data := []byte(strings.Repeat("z", 40) + strings.ToUpper(c.Lit) + strings.Repeat("z", 40))
		i, found := pairIndexAVX2(&data[0], len(data), s.vec)
		if !found || i != 40+c.Vector {
			t.Errorf("%q: vector search returned %d, %v; want %d", c.Lit, i, found, 40+c.Vector)
		}
	}
}
