//go:build unix

package main

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// writeSlowModule writes a module of many packages that each mention
// Cloudflare, so that Go analysis runs long enough to be interrupted.
func writeSlowModule(t *testing.T, dir string, pkgs int) {
	t.Helper()
	must := func(err error) {
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module example.com/slow\n\ngo 1.22\n"), 0o644))
	var body strings.Builder
	for i := range 200 {
		fmt.Fprintf(&body, "func f%d(s string) int {\n\tn := 0\n\tfor i := range s {\n\t\tn += i * %d\n\t}\n\treturn n + len(cloudflare.Version)\n}\n\n", i, i)
	}
	for i := range pkgs {
		d := filepath.Join(dir, fmt.Sprintf("p%04d", i))
		must(os.MkdirAll(d, 0o755))
		src := fmt.Sprintf("package p%04d\n\nimport cloudflare \"github.com/cloudflare/cloudflare-go\"\n\n%s", i, body.String())
		must(os.WriteFile(filepath.Join(d, "p.go"), []byte(src), 0o644))
	}
}

// TestSignalCancels sends a real SIGTERM and SIGINT to a scan in its Go
// analysis: it exits 2 at once with a clear message and writes no report.
func TestSignalCancels(t *testing.T) {
	_, bin := buildBinary(t)
	dir := t.TempDir()
	writeSlowModule(t, dir, 3000)
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGINT} {
		t.Run(sig.String(), func(t *testing.T) {
			report := filepath.Join(t.TempDir(), "report.json")
			cmd := exec.Command(bin, "scan", "--progress", "--format", "json", "--output", report, dir)
			// A cold cache each time: the first subtest's finished
			// directories would otherwise make the second scan too quick
			// to interrupt (seen in CI: it ended before the signal).
			cmd.Env = append(os.Environ(), "CFAUTHLINT_CACHE="+t.TempDir())
			stderr, err := cmd.StderrPipe()
			if err != nil {
				t.Fatal(err)
			}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			sc := bufio.NewScanner(stderr)
			var lines []string
			for sc.Scan() {
				lines = append(lines, sc.Text())
				if strings.Contains(sc.Text(), "Go packages analysed") {
					if strings.Contains(sc.Text(), "analysed 3000 of 3000") {
						t.Fatalf("the scan finished before the signal could be sent (make the module larger):\n%s", strings.Join(lines, "\n"))
					}
					break
				}
			}
			sent := time.Now()
			if err := cmd.Process.Signal(sig); err != nil {
				t.Fatalf("the scan ended before the signal (make the module larger): %v\n%s", err, strings.Join(lines, "\n"))
			}
			for sc.Scan() {
				lines = append(lines, sc.Text())
			}
			err = cmd.Wait()
			took := time.Since(sent)
			ee, ok := err.(*exec.ExitError)
			if !ok || ee.ExitCode() != 2 {
				t.Fatalf("exit %v after %s, want 2\n%s", err, sig, strings.Join(lines, "\n"))
			}
			if !strings.Contains(strings.Join(lines, "\n"), "scan cancelled") {
				t.Errorf("no cancel message:\n%s", strings.Join(lines, "\n"))
			}
			if took > 5*time.Second {
				t.Errorf("took %s to stop after %s", took, sig)
			}
			if _, err := os.Stat(report); err == nil {
				t.Errorf("a report was written after %s", sig)
			}
		})
	}
}
