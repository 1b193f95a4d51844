//go:build unix

package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestOutputToOpenDescriptor runs the real binary under a shell: a report
// sent to /dev/stdout or /dev/fd/N goes to the descriptor the shell opened,
// so appending to a log keeps what the log held (the file used to be
// renamed over).
func TestOutputToOpenDescriptor(t *testing.T) {
	sh, err := exec.LookPath("sh")
	if err != nil {
		t.Skip("no sh")
	}
	_, bin := buildBinary(t)
	tmp := t.TempDir()
	src := filepath.Join(tmp, "src")
	if err := os.Mkdir(src, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(src, "a.txt"), []byte("nothing here\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ name, output, redirect string }{
		{"stdout", "/dev/stdout", ">>"},
		{"fd1", "/dev/fd/1", ">>"},
		{"fd3", "/dev/fd/3", "3>>"},
		{"stderr", "/dev/stderr", "2>>"},
	} {
		t.Run(c.name, func(t *testing.T) {
			log := filepath.Join(tmp, c.name+".log")
			script := `echo HEADER > "$LOG"; "$BIN" scan --go=off --quiet --format json --output ` + c.output + ` "$SRC" ` + c.redirect + ` "$LOG"; echo "exit $?" >> "$LOG"; echo TRAILER >> "$LOG"`
			cmd := exec.Command(sh, "-c", script)
			cmd.Env = append(os.Environ(), "LOG="+log, "BIN="+bin, "SRC="+src)
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("%v\n%s", err, out)
			}
			data, err := os.ReadFile(log)
			if err != nil {
				t.Fatal(err)
			}
			got := string(data)
			h, r, e, tr := strings.Index(got, "HEADER\n"), strings.Index(got, `"summary"`), strings.Index(got, "exit 0\n"), strings.Index(got, "TRAILER\n")
			if h != 0 || r < 0 || e < r || tr < e {
				t.Errorf("log holds HEADER at %d, the report at %d, exit 0 at %d, TRAILER at %d; want them in that order:\n%s", h, r, e, tr, got)
			}
		})
	}
}
