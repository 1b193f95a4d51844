package rules

import (
	"bytes"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
)

// TestAssignedURLMemoMatchesDirect: assignedURLWithin remembers its last
// answer per name and reads only the bytes since on a later ask; every
// answer must equal a fresh look-back over the whole window, whatever the
// order of the asks (forward as the scan goes, or back as nested look-ups
// do). Inputs: the detection corpus's files.
func TestAssignedURLMemoMatchesDirect(t *testing.T) {
	files, _ := filepath.Glob("../testdata/corpus/repos-wave3*/*/*")
	more, _ := filepath.Glob("../testdata/corpus/repos-wave3*/*/*/*")
	files = append(files, more...)
	r := rand.New(rand.NewPCG(1, 2))
	asked := 0
	for _, f := range files {
		d, err := os.ReadFile(f)
		if err != nil || len(d) == 0 {
			continue
		}
		s := &scanState{data: d, lower: bytes.ToLower(d), opt: Options{Path: f}}
		var names [][]byte
		eachName(s.lower, func(i, j int) bool {
			if len(names) < 40 {
				names = append(names, s.lower[i:j])
			}
			return false
		})
		if len(names) == 0 {
			continue
		}
		for q := 0; q < 400; q++ {
			pos := q * len(d) / 400
			if r.IntN(5) == 0 {
				pos = r.IntN(len(d)) // (a nested ask, further back)
			}
			name := names[r.IntN(len(names))]
			for _, n := range []int{ContextBytes, classBytes} {
				got := s.assignedURLWithin(pos, name, n)
				_, want := s.lastURLAssign(name, max(0, pos-n), pos)
				if got != want {
					t.Fatalf("%s: assignedURLWithin(%d, %q, %d) = %d, a fresh look-back says %d", f, pos, name, n, got, want)
				}
				asked++
			}
		}
	}
	if asked < 10000 {
		t.Fatalf("only %d asks: the corpus glob found too little", asked)
	}
}
