package verify

import (
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/cfauthlint/cfauthlint/internal/finding"
	"github.com/cfauthlint/cfauthlint/internal/testcred"
)

// fillerSource streams a large file: filler lines, then the value on line
// valueLine after a prefix, then more filler. Nothing holds it whole.
type fillerSource struct {
	before, after int // filler lines
	line          string
}

func (s fillerSource) Open(*finding.Finding) (io.ReadCloser, error) {
	filler := strings.Repeat("x", 99) + "\n"
	return io.NopCloser(io.MultiReader(
		&repeatReader{s: filler, n: s.before},
		strings.NewReader(s.line+"\n"),
		&repeatReader{s: filler, n: s.after},
	)), nil
}

type repeatReader struct {
	s   string
	n   int
	cur []byte
}

func (r *repeatReader) Read(p []byte) (int, error) {
	if len(r.cur) == 0 {
		if r.n == 0 {
			return 0, io.EOF
		}
		r.n--
		r.cur = []byte(r.s)
	}
	n := copy(p, r.cur)
	r.cur = r.cur[n:]
	return n, nil
}

// TestWindowsAreSmall: reading back a value from a large file keeps a
// window of context around it, not the file (40 files of 60 MB held
// 3.3 GB).
func TestWindowsAreSmall(t *testing.T) {
	tok := testcred.New(90).Prefixed("cfut_")
	prefix := "CLOUDFLARE_API_TOKEN=é"
	src := fillerSource{before: 300_000, after: 300_000, line: prefix + tok}
	col := len([]rune(prefix)) + 1
	f := &finding.Finding{Line: 300_001, Column: col, EndLine: 300_001, EndColumn: col + len(tok)}
	w := readWindows(src, []*finding.Finding{f})[0]
	if !w.ok || string(w.data[w.start:w.end]) != tok {
		t.Fatalf("value not read back (ok=%v)", w.ok)
	}
	if len(w.data) > 2*contextBytes+len(tok) {
		t.Errorf("window of %d bytes for a %d-byte value in a 60 MB file", len(w.data), len(tok))
	}
}

func TestWindowOfMovedValueIsNotOK(t *testing.T) {
	src := fillerSource{before: 2, after: 2, line: "short"}
	f := &finding.Finding{Line: 3, Column: 20, EndLine: 3, EndColumn: 70}
	if w := readWindows(src, []*finding.Finding{f})[0]; w.ok {
		t.Error("a position past the line's end was read back")
	}
}

// TestFileReplacedByFIFO: a found file replaced by a FIFO after the scan
// is not read back (it would block forever).
func TestFileReplacedByFIFO(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no FIFOs")
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "a.env")
	if err := syscall.Mkfifo(p, 0o644); err != nil {
		t.Skip(err)
	}
	done := make(chan window, 1)
	go func() {
		done <- readWindows(Files{Base: dir}, []*finding.Finding{{Path: "a.env", Line: 1, Column: 1, EndLine: 1, EndColumn: 5}})[0]
	}()
	select {
	case w := <-done:
		if w.ok {
			t.Error("a FIFO was read back")
		}
	case <-time.After(10 * time.Second):
		t.Fatal("reading back a FIFO blocked")
	}
	_ = os.Remove(p)
}
