package scanner_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/cfauthlint/cfauthlint/internal/finding"
	"github.com/cfauthlint/cfauthlint/internal/scanner"
	"github.com/cfauthlint/cfauthlint/internal/testcred"
	"github.com/cfauthlint/cfauthlint/rules"
)

// hit is a finding reduced to what chunking must not change. It holds the
// value's hash, never the value, so that failure messages print no secret.
type hit struct {
	Rule                       string
	Line, Col, EndLine, EndCol int
	ValueHash                  string
}

func (h hit) String() string {
	return fmt.Sprintf("%s@%d:%d-%d:%d#%s", h.Rule, h.Line, h.Col, h.EndLine, h.EndCol, h.ValueHash[:12])
}

func hitsOf(fs []finding.Finding) []hit {
	out := make([]hit, 0, len(fs))
	for _, f := range fs {
		out = append(out, hit{f.RuleID, f.Line, f.Column, f.EndLine, f.EndColumn, f.ValueHash})
	}
	return dedupeHits(out)
}

// dedupeHits keeps, as finding.SortDedupe does in the end, the first hit
// of a rule on a line (of a rule and value, for secrets), sorted: the
// scanner makes one finding per rule and line in each window, so a line
// across two windows may have one in each.
func dedupeHits(hs []hit) []hit {
	slices.SortFunc(hs, func(a, b hit) int {
		if a.Line != b.Line {
			return a.Line - b.Line
		}
		if a.Col != b.Col {
			return a.Col - b.Col
		}
		return strings.Compare(a.Rule, b.Rule)
	})
	type key struct {
		rule  string
		line  int
		value string
	}
	seen := map[key]bool{}
	out := hs[:0]
	for _, h := range hs {
		k := key{h.Rule, h.Line, ""}
		if r := rules.ByID(h.Rule); r != nil && r.Secret {
			k.value = h.ValueHash
		}
		if !seen[k] {
			seen[k] = true
			out = append(out, h)
		}
	}
	slices.SortFunc(out, func(a, b hit) int { return strings.Compare(a.String(), b.String()) })
	return out
}

// position is an independent line/column computation over the whole input:
// 1-based line; column = 1 + code points since the line start, where every
// byte of an invalid UTF-8 sequence counts as one (utf8.RuneCount's rule).
func position(data []byte, off int) (line, col int) {
	ls := bytes.LastIndexByte(data[:off], '\n') + 1
	return 1 + bytes.Count(data[:off], []byte{'\n'}), 1 + utf8.RuneCount(data[ls:off])
}

// referenceHits runs rules.Scan over the whole input at once and computes
// positions without the scanner's incremental tracker.
func referenceHits(path string, data []byte) []hit {
	var out []hit
	for _, m := range (rules.Options{Path: path}).Scan(data) {
		l, c := position(data, m.Start)
		el, ec := position(data, m.End)
		sum := sha256.Sum256(data[m.Start:m.End])
		out = append(out, hit{m.Rule.ID, l, c, el, ec, hex.EncodeToString(sum[:])})
	}
	return dedupeHits(out)
}

// referenceDirectives returns the lines of the directives a line-by-line
// parse finds (what the chunked directive pass must agree with).
func directiveLines(ds []finding.Directive) []string {
	var out []string
	for _, d := range ds {
		out = append(out, fmt.Sprintf("%d:%s:%s:%q", d.Line, strings.Join(d.Rules, ","), d.Problem, d.Reason))
	}
	slices.Sort(out)
	return out
}

func scanWith(t testing.TB, chunk int, path string, data []byte) (scanner.FileResult, error) {
	t.Helper()
	s, err := scanner.New(scanner.Options{ChunkSize: chunk, Base: "/"})
	if err != nil {
		t.Fatal(err)
	}
	res, _, err := s.ScanReader(path, bytes.NewReader(data), nil)
	return res, err
}

// chunkDiff scans data whole and in chunks of chunk bytes and describes any
// difference in findings, directives, byte counts or errors ("" if none).
// The whole-input scan is itself checked against rules.Scan.
func chunkDiff(t testing.TB, chunk int, path string, data []byte) string {
	t.Helper()
	whole, werr := scanWith(t, len(data)+1, path, data)
	part, perr := scanWith(t, chunk, path, data)
	binary := bytes.IndexByte(data[:min(len(data), 8000)], 0) >= 0
	switch {
	case (werr == nil) != (perr == nil) || (werr != nil && werr.Error() != perr.Error()):
		return fmt.Sprintf("chunk %d: whole err %v, chunked err %v", chunk, werr, perr)
	case binary != errors.Is(werr, scanner.ErrBinary):
		return fmt.Sprintf("NUL in the first 8000 bytes: %v, error: %v", binary, werr)
	case werr != nil:
		return ""
	}
	if whole.Bytes != int64(len(data)) || part.Bytes != int64(len(data)) {
		return fmt.Sprintf("bytes: whole %d, chunked %d, input %d", whole.Bytes, part.Bytes, len(data))
	}
	ref := referenceHits(path, data)
	if w := hitsOf(whole.Findings); !slices.Equal(w, ref) {
		return fmt.Sprintf("whole-input ScanReader differs from rules.Scan:\n got  %v\n want %v", w, ref)
	}
	if p := hitsOf(part.Findings); !slices.Equal(p, ref) {
		return fmt.Sprintf("chunk %d differs from whole input (len %d):\n got  %v\n want %v", chunk, len(data), p, ref)
	}
	if w, p := directiveLines(whole.Directives), directiveLines(part.Directives); !slices.Equal(w, p) {
		return fmt.Sprintf("chunk %d: directives differ:\n got  %v\n want %v", chunk, p, w)
	}
	return ""
}

// sampleTexts returns every positive rule sample, expanded with fresh fake
// credentials, with the path it pretends to come from.
func sampleTexts(seed uint64) (texts, paths []string) {
	g := testcred.New(seed)
	for _, r := range rules.All() {
		for _, smp := range r.Samples {
			if !smp.Want {
				continue
			}
			text, _ := g.Expand(smp.Text)
			p := smp.Path
			if p == "" {
				p = "sample.txt"
			}
			texts, paths = append(texts, text), append(paths, p)
		}
	}
	return texts, paths
}

// fillers are the bytes put before a sample to move it across a boundary:
// plain lines, one long line, multi-byte and invalid UTF-8.
var fillers = []string{"x\n", " ", "a", "é", "日", "😀", "\xff", "\x80", "lorem ipsum dolor sit amet\n"}

func padded(fill string, n int, text string) []byte {
	var b bytes.Buffer
	for b.Len() < n {
		b.WriteString(fill)
	}
	b.Truncate(n) // may cut a multi-byte filler: invalid UTF-8 on purpose
	b.WriteString(text)
	return b.Bytes()
}

const overlap = 8 << 10 // the scanner's overlap (stream.go)

// tail is n bytes of neutral text lines.
func tail(n int) []byte {
	return padded("the quick brown fox jumps over the lazy dog\n", n, "")
}

// TestChunkBoundaries puts every rule's positive samples at every offset
// around the first window boundaries and checks chunked == whole.
func TestChunkBoundaries(t *testing.T) {
	texts, paths := sampleTexts(1)
	for ci, chunk := range []int{100, 3 * overlap} {
		for i, text := range texts {
			for _, fill := range []string{fillers[(i+ci)%len(fillers)]} {
				// The first window owns [0, chunk), the next [chunk, 2*chunk) …
				// (for chunk < overlap the first read is chunk+overlap bytes).
				for _, boundary := range []int{chunk, 3 * chunk} {
					for d := -len(text) - 2; d <= 2; d += max(1, len(text)/4) {
						if boundary+d < 0 {
							continue
						}
						data := padded(fill, boundary+d, text+"\n"+text+"\n")
						// A tail so that the windows up to boundary are full reads.
						data = append(data, tail(boundary+chunk+overlap)...)
						if diff := chunkDiff(t, chunk, paths[i], data); diff != "" {
							t.Fatalf("sample %d (%s) fill %q boundary %d offset %d: %s", i, paths[i], fill, boundary, d, diff)
						}
					}
				}
			}
		}
	}
}

// TestChunkSplitRune checks that a window boundary inside a multi-byte
// sequence (valid or not) does not shift the columns of later findings on
// the same line.
func TestChunkSplitRune(t *testing.T) {
	tok, _ := testcred.New(7).Make("cfut")
	const chunk = 4096
	seqs := []string{"é", "日", "😀", "😀\x80", "😀\x80\x80", "\xf0\x9f\x98", "\x80\x80\x80\x80\x80", "\xe6\x97\xa5\x97"}
	for _, seq := range seqs {
		for at := chunk - len(seq) - 1; at <= chunk+1; at++ {
			data := padded("a", at, seq+` token="`+tok+"\"\nnext "+tok+"\n")
			data = append(data, tail(2*overlap)...)
			if diff := chunkDiff(t, chunk, "x.txt", data); diff != "" {
				t.Fatalf("sequence %q at %d: %s", seq, at, diff)
			}
		}
	}
}

// FuzzChunkedEqualsWhole checks that scanning in small chunks finds exactly
// what one whole-input window finds: same rules, lines, columns and values.
// The input is fill*pad + data so that the fuzzer can move data across
// window boundaries without growing it.
func FuzzChunkedEqualsWhole(f *testing.F) {
	texts, _ := sampleTexts(2)
	for i, text := range texts {
		chunk := uint16([]int{64, 200, 1000, 4096}[i%4])
		f.Add([]byte(text), uint16(int(chunk)-len(text)/2), chunk, uint8(i))
		f.Add([]byte(text+"\n"+text), uint16(overlap+int(chunk)-3), chunk, uint8(i+3))
	}
	f.Add([]byte("a\xf0\x9f\x98\x80\x80 cfut_"), uint16(4090), uint16(4096), uint8(0))
	f.Fuzz(func(t *testing.T, data []byte, pad, chunk uint16, fill uint8) {
		size := 64 + int(chunk)%4033
		// Each window rescans the 8 KiB overlaps, so a tiny chunk costs
		// ~(2*overlap)/size times a whole scan: bound the windows to ~24 so
		// an input dense with anchors still runs in well under a second.
		limit := overlap + 24*size
		in := padded(fillers[int(fill)%len(fillers)], int(pad)%limit, string(data[:min(len(data), limit)]))
		in = in[:min(len(in), limit+size)]
		// Paths pick comment syntax and prose handling: vary them too.
		p := []string{"x.txt", "x.py", "x.go", "README.md", "main.tf", ".env", "api.http", "x.sh", "x.json"}[int(fill)/len(fillers)%9]
		if diff := chunkDiff(t, size, p, in); diff != "" {
			t.Fatal(diff)
		}
	})
}

// FuzzParallelWindowsEqualWhole is FuzzChunkedEqualsWhole for the other
// path: a regular file of more than two chunks scanned with several workers
// is cut into windows read with ReadAt and scanned concurrently.
func FuzzParallelWindowsEqualWhole(f *testing.F) {
	texts, _ := sampleTexts(4)
	for i, text := range texts {
		f.Add([]byte(text), uint16(overlap-len(text)/2), uint16(i*97), uint8(i))
	}
	f.Add([]byte("a\xf0\x9f\x98\x80\x80 cfut_"), uint16(overlap-4), uint16(0), uint8(0))
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte, pad, chunk uint16, fill uint8) {
		size := overlap + int(chunk)%4096
		in := padded(fillers[int(fill)%len(fillers)], int(pad)%(4*size), string(data[:min(len(data), 4*size)]))
		if len(in) <= 2*size {
			in = append(in, tail(2*size+1-len(in))...)
		}
		p := []string{"x.txt", "x.py", "x.go", "README.md", "main.tf", ".env", "api.http", "x.sh", "x.json"}[int(fill)/len(fillers)%9]
		file := filepath.Join(dir, p)
		if err := os.WriteFile(file, in, 0o644); err != nil {
			t.Fatal(err)
		}
		s, err := scanner.New(scanner.Options{Base: dir, Jobs: 3, ChunkSize: size})
		if err != nil {
			t.Fatal(err)
		}
		res, err := s.Run([]string{file})
		if err != nil {
			t.Fatal(err)
		}
		whole, werr := scanWith(t, len(in)+1, p, in)
		if errors.Is(werr, scanner.ErrBinary) {
			if res.Skipped[scanner.SkipBinary] != 1 {
				t.Fatalf("binary input not skipped: %v", res.Skipped)
			}
			return
		}
		if res.Files != 1 || res.Bytes != int64(len(in)) {
			t.Fatalf("files %d bytes %d, want 1 and %d", res.Files, res.Bytes, len(in))
		}
		if got, want := hitsOf(res.Findings), referenceHits(p, in); !slices.Equal(got, want) {
			t.Fatalf("parallel windows (chunk %d, len %d) differ from whole input:\n got  %v\n want %v", size, len(in), got, want)
		}
		if got, want := directiveLines(res.Directives), directiveLines(whole.Directives); !slices.Equal(got, want) {
			t.Fatalf("directives differ:\n got  %v\n want %v", got, want)
		}
	})
}
