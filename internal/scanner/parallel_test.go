package scanner_test

import (
	"bytes"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/cfauthlint/cfauthlint/internal/scanner"
)

// TestParallelWindowsEqualWholeFile scans files of many chunks with several
// workers, so that windows of one file are read and scanned concurrently and
// placed afterwards, and checks the findings and directives against a
// whole-input scan: same rules, spans, lines and columns (also on a file
// that is one long line and on multi-byte and invalid UTF-8 at the window
// boundaries).
func TestParallelWindowsEqualWholeFile(t *testing.T) {
	const chunk = 2 * overlap
	texts, _ := sampleTexts(3)
	for seed := range uint64(6) {
		rng := rand.New(rand.NewPCG(seed, 11))
		var b bytes.Buffer
		oneLine := seed%3 == 2
		for b.Len() < 9*chunk {
			fill := fillers[rng.IntN(len(fillers))]
			if oneLine && bytes.ContainsRune([]byte(fill), '\n') {
				fill = "é"
			}
			for range rng.IntN(3000) {
				b.WriteString(fill)
			}
			text := texts[rng.IntN(len(texts))]
			if rng.IntN(4) == 0 {
				text += " # cfauthlint:ignore CF101 -- fixture\n"
			}
			b.WriteString(text)
		}
		data := b.Bytes()
		dir := t.TempDir()
		p := filepath.Join(dir, "big.env")
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		run := func(jobs int) *scanner.Result {
			s, err := scanner.New(scanner.Options{Base: dir, Jobs: jobs, ChunkSize: chunk})
			if err != nil {
				t.Fatal(err)
			}
			res, err := s.Run([]string{p})
			if err != nil {
				t.Fatal(err)
			}
			return res
		}
		one, many := run(1), run(4)
		ref := referenceHits("big.env", data)
		if got := hitsOf(many.Findings); !slices.Equal(got, ref) {
			t.Errorf("seed %d (%d bytes): parallel windows differ from whole input:\n got  %v\n want %v", seed, len(data), got, ref)
		}
		if got := hitsOf(one.Findings); !slices.Equal(got, ref) {
			t.Errorf("seed %d: -j1 differs from whole input:\n got  %v\n want %v", seed, got, ref)
		}
		if w, g := directiveLines(one.Directives), directiveLines(many.Directives); !slices.Equal(w, g) {
			t.Errorf("seed %d: directives differ:\n got  %v\n want %v", seed, g, w)
		}
		if many.Bytes != int64(len(data)) || many.Files != 1 {
			t.Errorf("seed %d: %d files, %d bytes; want 1 file, %d bytes", seed, many.Files, many.Bytes, len(data))
		}
		if len(ref) == 0 {
			t.Errorf("seed %d: no findings planted", seed)
		}
	}
}
