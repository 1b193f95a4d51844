package verify

import (
	"context"
	"errors"
	"fmt"
	"github.com/cfauthlint/cfauthlint/internal/proc"
	"io"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/cfauthlint/cfauthlint/internal/finding"
	"github.com/cfauthlint/cfauthlint/internal/safefile"
)

// maxContent bounds what a Source streams for one file or blob.
const maxContent = 64 << 20

// Files reads findings back from the file system: display paths are
// relative to Base (the scanner's base, "" for the working directory) or
// absolute. Files are opened with the safe opener: a file replaced by a
// FIFO or a device since the scan is an error, never a hang.
type Files struct{ Base string }

// Open implements Source.
func (s Files) Open(f *finding.Finding) (io.ReadCloser, error) {
	p := filepath.FromSlash(f.Path)
	if !filepath.IsAbs(p) && s.Base != "" {
		p = filepath.Join(s.Base, p)
	}
	fh, _, err := safefile.Open(p, safefile.Source)
	if err != nil {
		return nil, err
	}
	return fh, nil
}

// Git reads findings back from a repository in Dir: a finding with a
// Commit from `<commit>:<path>` (history scans), one without from the
// index, `:<path>` (staged scans). Paths are relative to the repository top.
type Git struct{ Dir string }

// Open implements Source: the blob streams from `git cat-file blob`.
func (s Git) Open(f *finding.Finding) (io.ReadCloser, error) {
	if strings.HasPrefix(f.Commit, "-") || strings.HasPrefix(f.Path, "/") {
		return nil, errors.New("not a repository path")
	}
	cmd := proc.Command(context.Background(), "git", "cat-file", "blob", f.Commit+":"+f.Path)
	cmd.Dir = s.Dir
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("git cat-file: %w", err)
	}
	return &cmdReader{cmd: cmd, r: out}, nil
}

// cmdReader is a command's standard output; Close stops and reaps it.
type cmdReader struct {
	cmd *exec.Cmd
	r   io.ReadCloser
}

func (c *cmdReader) Read(p []byte) (int, error) { return c.r.Read(p) }

func (c *cmdReader) Close() error {
	c.r.Close() // a writer still going gets EPIPE
	if c.cmd.Process != nil {
		c.cmd.Process.Kill()
	}
	c.cmd.Wait()
	proc.Done(c.cmd)
	return nil
}
