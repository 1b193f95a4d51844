package textpos

import "testing"

func TestAt(t *testing.T) {
	data := []byte("ab\nçd\xffe\n\nx")
	for _, tc := range []struct{ off, line, col int }{
		{0, 1, 1}, {2, 1, 3}, {3, 2, 1}, {5, 2, 2}, {6, 2, 3}, {7, 2, 4}, {9, 3, 1}, {10, 4, 1},
	} {
		if l, c := At(data, tc.off); l != tc.line || c != tc.col {
			t.Errorf("At(%d) = %d:%d, want %d:%d", tc.off, l, c, tc.line, tc.col)
		}
	}
}

func TestAdvanceInParts(t *testing.T) {
	data := []byte("héllo\nwörld\nend")
	for split := range len(data) + 1 {
		c := Start()
		c.Advance(data[:split])
		c.Advance(data[split:])
		if l, col := At(data, len(data)); c.Line != l || c.Column() != col {
			t.Fatalf("split %d: %d:%d, want %d:%d", split, c.Line, c.Column(), l, col)
		}
	}
}
