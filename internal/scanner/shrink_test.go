package scanner

import (
	"bytes"
	"io"
	"strings"
	"testing"
)

// shrinkingFile is a regular file of size bytes that reads only the first
// keep of them: it was truncated after it was measured.
type shrinkingFile struct {
	data       []byte
	size, keep int64
	pos        int64
}

func (f *shrinkingFile) Read(p []byte) (int, error) {
	n, err := f.ReadAt(p, f.pos)
	f.pos += int64(n)
	return n, err
}

func (f *shrinkingFile) ReadAt(p []byte, off int64) (int, error) {
	if off >= f.keep {
		return 0, io.EOF
	}
	n := copy(p, f.data[off:f.keep])
	if n < len(p) {
		return n, io.EOF
	}
	return n, nil
}

func (f *shrinkingFile) Close() error { return nil }

func (f *shrinkingFile) regularSize() (int64, bool) { return f.size, true }

// TestShrinkingLargeFileIsPartial: a large file scanned in parallel
// windows that shrinks meanwhile is reported as read in part (an error:
// the caller counts it unreadable with a notice), never as fully scanned.
func TestShrinkingLargeFileIsPartial(t *testing.T) {
	s, err := New(Options{ChunkSize: 64 << 10, Jobs: 2})
	if err != nil {
		t.Fatal(err)
	}
	data := bytes.Repeat([]byte(strings.Repeat("x", 63)+"\n"), 16<<10) // 1 MiB
	for _, keep := range []int64{int64(len(data)) / 2, int64(len(data)) - 1} {
		f := &shrinkingFile{data: data, size: int64(len(data)), keep: keep}
		res, _, err := s.scanOpenFile("big.log", f, nil, make(cores, 2))
		if err == nil {
			t.Errorf("kept %d of %d bytes: no error, %d bytes reported", keep, len(data), res.Bytes)
		}
		if res.Bytes > keep {
			t.Errorf("kept %d: %d bytes reported", keep, res.Bytes)
		}
	}
	// A file whose size changes after the windows were read is partial too.
	grown := &sizeChangingFile{shrinkingFile{data: data, size: int64(len(data)), keep: int64(len(data))}}
	if _, _, err := s.scanOpenFile("big.log", grown, nil, make(cores, 2)); err == nil {
		t.Error("a file that grew while scanned: no error")
	}
}

// sizeChangingFile reads whole but answers a larger size the second time.
type sizeChangingFile struct{ shrinkingFile }

func (f *sizeChangingFile) regularSize() (int64, bool) {
	f.size++
	return f.size, true
}
