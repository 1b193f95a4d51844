//go:build unix

package goscan_test

import (
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/cfauthlint/cfauthlint/internal/goscan"
)

// TestFIFOGoFile: a FIFO named like a Go file in a package to analyse is
// left out of loading (the walker counts it as a special file), never
// opened for a blocking read.
func TestFIFOGoFile(t *testing.T) {
	dir := t.TempDir()
	must(t, write(filepath.Join(dir, "go.mod"), "module example.com/app\n\ngo 1.22\n"))
	must(t, write(filepath.Join(dir, "app.go"), "package app\n\nimport \"net/http\"\n\nfunc cloudflareAuth(r *http.Request, k string) { r.Header.Set(\"X-Auth-Key\", k) }\n"))
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.go"), 0o644); err != nil {
		t.Skip("no FIFOs:", err)
	}
	done := make(chan *goscan.Result, 1)
	go func() {
		res, err := goscan.Run(goscan.Options{Paths: []string{dir}})
		if err != nil {
			t.Error(err)
		}
		done <- res
	}()
	select {
	case res := <-done:
		if res != nil && len(res.Findings) != 1 {
			t.Errorf("findings: %+v", res.Findings)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("Go analysis blocked on a FIFO")
	}
}
