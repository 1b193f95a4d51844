package scanner_test

import (
	"bytes"
	"strings"
	"testing"
)

// TestDirectiveAtEveryAlignment puts one directive at every offset modulo
// the marker search's stride (and across window ends) and expects exactly
// that directive, on its line; near-misses of the marker must not count.
func TestDirectiveAtEveryAlignment(t *testing.T) {
	for _, chunk := range []int{100, 3 * overlap} {
		for off := range 3 * 17 {
			for _, extra := range []int{0, chunk - 40, 2*chunk - 9} {
				var b bytes.Buffer
				b.WriteString("cfauthlint:ignor cfauthlint-ignore cfauthlin:ignore\n")
				b.WriteString(strings.Repeat("x", off+max(0, extra)))
				b.WriteString(" # cfauthlint:ignore CF101 -- fixture\nnext line\n")
				b.Write(tail(2*overlap + 2*chunk)) // more windows after this one
				res, err := scanWith(t, chunk, "a.env", b.Bytes())
				if err != nil {
					t.Fatal(err)
				}
				if len(res.Directives) != 1 || res.Directives[0].Line != 2 {
					t.Fatalf("chunk %d, offset %d+%d: got %d directives %v, want one on line 2", chunk, off, extra, len(res.Directives), directiveLines(res.Directives))
				}
			}
		}
	}
}
