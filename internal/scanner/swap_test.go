//go:build unix

package scanner

import (
	"bytes"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestListedFileSwappedForStream: the walker lists regular files only, but
// a file replaced between the listing and the open by a FIFO that a writer
// feeds text without end (or a device like it) must not be read forever:
// scanFile gives up with an unreadable notice.
func TestListedFileSwappedForStream(t *testing.T) {
	for _, jobs := range []int{1, 2} {
		fifo := filepath.Join(t.TempDir(), "a.env")
		if err := syscall.Mkfifo(fifo, 0o644); err != nil {
			t.Skip(err)
		}
		stop := make(chan struct{})
		go func() {
			w, err := os.OpenFile(fifo, os.O_WRONLY, 0)
			if err != nil {
				return
			}
			defer w.Close()
			line := bytes.Repeat([]byte("CLOUDFLARE_API_TOKEN=x\n"), 4096)
			for {
				select {
				case <-stop:
					return
				default:
				}
				if _, err := w.Write(line); err != nil {
					return
				}
			}
		}()
		// Give the writer time to open its end, so the reader sees data.
		time.Sleep(50 * time.Millisecond)
		s, err := New(Options{Jobs: jobs})
		if err != nil {
			t.Fatal(err)
		}
		out := &Result{Skipped: map[string]int{}}
		done := make(chan struct{})
		go func() {
			s.scanFile(job{abs: fifo, display: "a.env"}, nil, out, make(cores, jobs))
			close(done)
		}()
		select {
		case <-done:
		case <-time.After(20 * time.Second):
			t.Fatal("an endless stream was read without end")
		}
		close(stop)
		if out.Skipped[SkipUnreadable] != 1 || out.Files != 0 {
			t.Errorf("-j%d: files %d, skipped %v; want 1 unreadable", jobs, out.Files, out.Skipped)
		}
	}
}
