package scanner_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/cfauthlint/cfauthlint/internal/finding"
	"github.com/cfauthlint/cfauthlint/internal/scanner"
	"github.com/cfauthlint/cfauthlint/internal/testcred"
)

// wholeFileCheck records a copy of each file it is given, for .chk paths.
type wholeFileCheck struct{ got map[string][]byte }

func (c *wholeFileCheck) Wants(p string) bool { return strings.HasSuffix(p, ".chk") }

func (c *wholeFileCheck) Check(p string, data []byte) ([]finding.Finding, []finding.Notice) {
	c.got[p] = bytes.Clone(data)
	return nil, []finding.Notice{{Path: p, Message: "checked"}}
}

// TestChecksSeeTheWholeFile: a whole-file check gets every byte of the file,
// whether it fits the first window (checked in the scanner's buffer) or not
// (read whole), and the text rules find the same as without the check.
func TestChecksSeeTheWholeFile(t *testing.T) {
	gen := testcred.New(5)
	for _, chunk := range []int{0, 64, 1000} {
		for _, size := range []int{0, 10, 5000, 20000, 70000} {
			var b strings.Builder
			for b.Len() < size {
				line, _ := gen.Expand("key = \"{{cfut}}\" # tunnel é\n")
				b.WriteString(line)
				b.WriteString(strings.Repeat("x", b.Len()%97) + "\n")
			}
			data := []byte(b.String())
			path := filepath.Join(t.TempDir(), "f.chk")
			if err := os.WriteFile(path, data, 0o600); err != nil {
				t.Fatal(err)
			}
			c := &wholeFileCheck{got: map[string][]byte{}}
			with, err := scanner.New(scanner.Options{Base: filepath.Dir(path), ChunkSize: chunk, Checks: []scanner.FileCheck{c}})
			if err != nil {
				t.Fatal(err)
			}
			without, _ := scanner.New(scanner.Options{Base: filepath.Dir(path), ChunkSize: chunk})
			res, _, err := with.ScanReader("f.chk", bytes.NewReader(data), nil)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(c.got["f.chk"], data) {
				t.Errorf("chunk %d size %d: check got %d bytes, want the file's %d", chunk, len(data), len(c.got["f.chk"]), len(data))
			}
			if len(res.Notices) != 1 || res.Bytes != int64(len(data)) {
				t.Errorf("chunk %d size %d: notices %v, bytes %d", chunk, len(data), res.Notices, res.Bytes)
			}
			ref, _, err := without.ScanReader("f.chk", bytes.NewReader(data), nil)
			if err != nil {
				t.Fatal(err)
			}
			if got, want := hitsOf(res.Findings), hitsOf(ref.Findings); !slices.Equal(got, want) || size > 0 && len(want) == 0 {
				t.Errorf("chunk %d size %d: findings with a check %v, without %v", chunk, len(data), got, want)
			}
		}
	}
	c := &wholeFileCheck{got: map[string][]byte{}}
	s, _ := scanner.New(scanner.Options{Checks: []scanner.FileCheck{c}})
	if _, _, err := s.ScanReader("bin.chk", bytes.NewReader([]byte("ab\x00cd")), nil); !errors.Is(err, scanner.ErrBinary) || len(c.got) != 0 {
		t.Errorf("binary file: err %v, checked %d", err, len(c.got))
	}
}
