package verify

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/cfauthlint/cfauthlint/internal/finding"
)

// maxContent bounds what a Source reads back for one finding.
const maxContent = 64 << 20

// Files reads findings back from the file system: display paths are
// relative to Base (the scanner's base, "" for the working directory) or
// absolute.
type Files struct{ Base string }

// Content implements Source.
func (s Files) Content(f *finding.Finding) ([]byte, error) {
	p := filepath.FromSlash(f.Path)
	if !filepath.IsAbs(p) && s.Base != "" {
		p = filepath.Join(s.Base, p)
	}
	fh, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	return io.ReadAll(io.LimitReader(fh, maxContent))
}

// Git reads findings back from a repository in Dir: a finding with a
// Commit from `<commit>:<path>` (history scans), one without from the
// index, `:<path>` (staged scans). Paths are relative to the repository top.
type Git struct{ Dir string }

// Content implements Source.
func (s Git) Content(f *finding.Finding) ([]byte, error) {
	if strings.HasPrefix(f.Commit, "-") || strings.HasPrefix(f.Path, "/") {
		return nil, errors.New("not a repository path")
	}
	cmd := exec.Command("git", "cat-file", "blob", f.Commit+":"+f.Path)
	cmd.Dir = s.Dir
	var out bytes.Buffer
	cmd.Stdout = &limitedWriter{w: &out, n: maxContent}
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("git cat-file: %w", err)
	}
	return out.Bytes(), nil
}

// limitedWriter drops what goes beyond n bytes.
type limitedWriter struct {
	w io.Writer
	n int64
}

func (l *limitedWriter) Write(p []byte) (int, error) {
	if l.n <= 0 {
		return len(p), nil
	}
	q := p
	if int64(len(q)) > l.n {
		q = q[:l.n]
	}
	l.n -= int64(len(q))
	if _, err := l.w.Write(q); err != nil {
		return 0, err
	}
	return len(p), nil
}
