package scanner_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/cfauthlint/cfauthlint/internal/scanner"
	"github.com/cfauthlint/cfauthlint/internal/testcred"
)

// encodeUTF16 is text as UTF-16 with a byte order mark.
func encodeUTF16(text string, bigEndian bool) []byte {
	units := utf16.Encode([]rune(text))
	out := make([]byte, 0, 2+2*len(units))
	if bigEndian {
		out = append(out, 0xFE, 0xFF)
	} else {
		out = append(out, 0xFF, 0xFE)
	}
	for _, u := range units {
		if bigEndian {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return out
}

// TestUTF16Files: a UTF-16 file with a byte order mark (as Windows tools
// write .env and .ps1 files) is decoded and scanned, not skipped as
// binary; positions count code points as in UTF-8 text.
func TestUTF16Files(t *testing.T) {
	g := testcred.New(81)
	tok, legacy := g.Prefixed("cfut_"), g.Legacy40()
	text := "# 😀 settings\r\nCLOUDFLARE_API_TOKEN=" + tok + "\r\n$env:CF_API_TOKEN = \"" + legacy + "\"\r\n"
	for _, big := range []bool{false, true} {
		root := t.TempDir()
		small := encodeUTF16(text, big)
		// A large one goes through the parallel path's first read.
		large := encodeUTF16(strings.Repeat("filler line of text\r\n", 200_000)+text, big)
		os.WriteFile(filepath.Join(root, "a.env"), small, 0o644)
		os.WriteFile(filepath.Join(root, "big.ps1"), large, 0o644)
		for _, jobs := range []int{1, 2} {
			res := runWithin(t, 30*time.Second, scanner.Options{Base: root, Jobs: jobs}, root)
			if res.Skipped[scanner.SkipBinary] != 0 || res.Files != 2 {
				t.Fatalf("big=%v -j%d: files %d, skipped %v", big, jobs, res.Files, res.Skipped)
			}
			var got []string
			for _, f := range res.Findings {
				got = append(got, f.Path+":"+f.RuleID)
				if f.Path == "a.env" && f.RuleID == "CF101" && f.Line == 2 && f.Column != 22 {
					t.Errorf("big=%v: %s at %d:%d, want column 22", big, f.RuleID, f.Line, f.Column)
				}
			}
			for _, want := range []string{"a.env:CF101", "big.ps1:CF101"} {
				if n := strings.Count(strings.Join(got, " "), want); n != 2 {
					t.Errorf("big=%v -j%d: %d findings %s, want 2 (the token and the legacy token): %v", big, jobs, n, want, got)
				}
			}
		}
		// Blobs (history, staged) are read through ScanReader.
		s, _ := scanner.New(scanner.Options{})
		fr, _, err := s.ScanReader("a.env", bytes.NewReader(small), nil)
		if err != nil || len(fr.Findings) != 2 {
			t.Errorf("big=%v ScanReader: %d findings, %v", big, len(fr.Findings), err)
		}
	}
}

// TestBrokenUTF16 terminates and scans what decodes.
func TestBrokenUTF16(t *testing.T) {
	s, _ := scanner.New(scanner.Options{})
	for _, data := range [][]byte{{0xFF, 0xFE}, {0xFF, 0xFE, 'a'}, {0xFF, 0xFE, 0x00, 0xD8, 'a', 0}, {0xFE, 0xFF, 0xDC, 0x00}} {
		if _, _, err := s.ScanReader("x.env", bytes.NewReader(data), nil); err != nil {
			t.Errorf("% x: %v", data, err)
		}
	}
}
