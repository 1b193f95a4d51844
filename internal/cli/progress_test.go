package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestProgressLine: --progress shows the line on a standard error that is
// not a terminal; without it (not a terminal) and with --quiet, nothing.
func TestProgressLine(t *testing.T) {
	dir := t.TempDir()
	for i := range 3 {
		os.WriteFile(filepath.Join(dir, "f"+string(rune('a'+i))+".txt"), []byte("hello\n"), 0o644)
	}
	run := func(args ...string) string {
		var out, errb bytes.Buffer
		Main(append(append([]string{"scan"}, args...), dir), Env{Stdout: &out, Stderr: &errb})
		return errb.String()
	}
	if got := run("--progress"); !strings.Contains(got, "cfauthlint: 3 files scanned") {
		t.Errorf("--progress: no progress line in %q", got)
	}
	if got := run(); strings.Contains(got, "files scanned") {
		t.Errorf("not a terminal, no --progress: %q", got)
	}
	if got := run("--progress", "--quiet"); strings.Contains(got, "files scanned") {
		t.Errorf("--quiet: %q", got)
	}
}
