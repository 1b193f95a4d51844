// Package safefile opens the files cfauthlint reads besides the files it
// scans (config, .gitignore, .git/info/exclude, baselines, --verify's read
// back) without the hazards of a plain os.Open on a path that a pull
// request controls: a FIFO would block the open or the read forever, a
// device such as /dev/zero or /dev/urandom never ends, and a huge regular
// file would be read whole.
//
// Open opens without blocking (O_NONBLOCK, so a FIFO without a writer does
// not wait), then checks with fstat, on the descriptor it will read, that
// the file is regular and within the size cap of its Kind: the check and
// the read see the same file, whatever is renamed over the path in
// between. ReadFile reads such a file whole, never past the cap even if it
// grows while read.
package safefile

import (
	"errors"
	"fmt"
	"io"
	"os"
)

// Kind is a kind of file the tool reads, with its size cap.
type Kind struct {
	Name string // for messages: "config", "baseline", …
	Max  int64  // bytes; a larger file is ErrTooLarge
	// NoFollow refuses a symlink as the last element of the path, as git
	// refuses a symlinked .gitignore in the work tree.
	NoFollow bool
}

// The kinds of side files, with caps far above any real one.
var (
	Config   = Kind{Name: "config", Max: 1 << 20}
	Ignore   = Kind{Name: "ignore file", Max: 4 << 20, NoFollow: true}
	Exclude  = Kind{Name: "ignore file", Max: 4 << 20} // .git/info/exclude: git follows a link there
	Baseline = Kind{Name: "baseline", Max: 64 << 20}
	// Source is a scanned file read again (--verify): Open checks it is
	// still regular; callers read only the window they need.
	Source = Kind{Name: "file", Max: 1 << 62}
)

// Errors Open and ReadFile return (wrapped in an *os.PathError).
var (
	ErrNotRegular = errors.New("not a regular file (a FIFO, device, socket or directory)")
	ErrTooLarge   = errors.New("file too large")
	ErrSymlink    = errors.New("is a symbolic link")
)

// Open opens path for reading as a file of kind k: without blocking, and
// only if fstat says it is a regular file of at most k.Max bytes. It
// returns the open file and its size.
func Open(path string, k Kind) (*os.File, int64, error) {
	f, err := openNonBlocking(path, k.NoFollow)
	if err != nil {
		return nil, 0, err
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, 0, err
	}
	if !fi.Mode().IsRegular() {
		f.Close()
		return nil, 0, &os.PathError{Op: "open", Path: path, Err: ErrNotRegular}
	}
	if fi.Size() > k.Max {
		f.Close()
		return nil, 0, &os.PathError{Op: "open", Path: path, Err: tooLarge(k)}
	}
	return f, fi.Size(), nil
}

func tooLarge(k Kind) error {
	return fmt.Errorf("%w: a %s is read only up to %s", ErrTooLarge, k.Name, human(k.Max))
}

// ReadFile reads the whole file at path as a file of kind k (see Open). A
// file that grows past k.Max while read is ErrTooLarge, not cut short.
func ReadFile(path string, k Kind) ([]byte, error) {
	f, _, err := Open(path, k)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, k.Max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > k.Max {
		return nil, &os.PathError{Op: "read", Path: path, Err: tooLarge(k)}
	}
	return data, nil
}

// ReadAt reads up to n bytes at offset off of the file at path (kind k):
// a window of a file too large to read whole. It returns fewer bytes at
// the end of the file.
func ReadAt(path string, k Kind, off int64, n int) ([]byte, error) {
	f, size, err := Open(path, k)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if off >= size || n <= 0 {
		return nil, nil
	}
	buf := make([]byte, min(int64(n), size-off))
	m, err := f.ReadAt(buf, off)
	if err != nil && err != io.EOF {
		return nil, err
	}
	return buf[:m], nil
}

func human(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%d GiB", n>>30)
	case n >= 1<<20:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
