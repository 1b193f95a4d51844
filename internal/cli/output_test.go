//go:build unix

package cli_test

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/cfauthlint/cfauthlint/internal/cli"
)

// runScanTo runs `cfauthlint scan --output out` over a directory with one
// clean file and returns the exit code and standard error.
func runScanTo(t *testing.T, out string) (int, string) {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "main.txt"), []byte("nothing to see\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	code := cli.Main([]string{"scan", "--go=off", "--quiet", "--format", "json", "--output", out, dir},
		cli.Env{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: &stderr})
	return code, stderr.String()
}

func isReport(t *testing.T, data []byte) {
	t.Helper()
	var rep struct{ Summary struct{ Files int } }
	if err := json.Unmarshal(data, &rep); err != nil || rep.Summary.Files != 1 {
		t.Fatalf("not the JSON report of one file (%v): %.200q", err, data)
	}
}

// A FIFO (like /dev/null or /dev/stdout, which tests must not risk) is
// written to, not replaced by a renamed temp file.
func TestOutputToFIFO(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "report.pipe")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	got := make(chan []byte, 1)
	go func() {
		data, _ := os.ReadFile(fifo)
		got <- data
	}()
	// If the scan never opens the FIFO, release the reader.
	t.Cleanup(func() {
		if f, err := os.OpenFile(fifo, os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
			f.Close()
		}
	})
	code, stderr := runScanTo(t, fifo)
	fi, err := os.Lstat(fifo)
	if err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
		t.Fatalf("the FIFO was replaced: %v %v", fi.Mode(), err)
	}
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	select {
	case data := <-got:
		isReport(t, data)
	case <-time.After(10 * time.Second):
		t.Fatal("nothing was written to the FIFO")
	}
	if left, _ := filepath.Glob(filepath.Join(filepath.Dir(fifo), ".*tmp*")); len(left) > 0 {
		t.Errorf("temp files left: %q", left)
	}
}

// A symlinked report path stays a symlink; its target gets the report.
func TestOutputThroughSymlink(t *testing.T) {
	target := filepath.Join(t.TempDir(), "real.json")
	if err := os.WriteFile(target, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(t.TempDir(), "report.json")
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
	if code, stderr := runScanTo(t, link); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("the symlink was replaced: %v", err)
	}
	data, err := os.ReadFile(target)
	if err != nil {
		t.Fatal(err)
	}
	isReport(t, data)
	if fi, _ := os.Stat(target); fi.Mode().Perm() != 0o600 {
		t.Errorf("target mode %v, want the 0600 it had", fi.Mode().Perm())
	}
}

// A symlink to a file not there yet stays a symlink; the file is created
// where it points (relative to the link's directory).
func TestOutputThroughDanglingSymlink(t *testing.T) {
	for _, rel := range []bool{false, true} {
		dir := t.TempDir()
		target := filepath.Join(dir, "reports", "new.json")
		if err := os.Mkdir(filepath.Dir(target), 0o755); err != nil {
			t.Fatal(err)
		}
		link := filepath.Join(dir, "report.json")
		to := target
		if rel {
			to = filepath.Join("reports", "new.json")
		}
		if err := os.Symlink(to, link); err != nil {
			t.Fatal(err)
		}
		if code, stderr := runScanTo(t, link); code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
			t.Fatalf("relative %v: the symlink was replaced: %v", rel, err)
		}
		data, err := os.ReadFile(target)
		if err != nil {
			t.Fatalf("relative %v: %v", rel, err)
		}
		isReport(t, data)
	}
}

// /dev/stdout and /dev/fd/1 name the standard output Main was given (the
// descriptor, not a path to reopen or rename over; cmd/cfauthlint tests the
// real process under a shell).
func TestOutputToStdoutByName(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "main.txt"), []byte("nothing to see\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"} {
		var stdout, stderr bytes.Buffer
		code := cli.Main([]string{"scan", "--go=off", "--quiet", "--format", "json", "--output", name, dir},
			cli.Env{Stdin: strings.NewReader(""), Stdout: &stdout, Stderr: &stderr})
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", name, code, stderr.String())
		}
		isReport(t, stdout.Bytes())
	}
}

func TestOutputToDirectory(t *testing.T) {
	dir := t.TempDir()
	code, stderr := runScanTo(t, dir)
	if code != 2 || !strings.Contains(stderr, "is a directory") {
		t.Fatalf("exit %d, stderr %q; want 2 and a clear message", code, stderr)
	}
}
