package cli_test

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/cfauthlint/cfauthlint/internal/scanner"
	"github.com/cfauthlint/cfauthlint/internal/testcred"
)

// runCLIWithin is runCLI that fails the test instead of hanging.
func runCLIWithin(t *testing.T, d time.Duration, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	type result struct {
		code     int
		out, err string
	}
	done := make(chan result, 1)
	go func() {
		c, o, e := runCLI(args...)
		done <- result{c, o, e}
	}()
	select {
	case r := <-done:
		return r.code, r.out, r.err
	case <-time.After(d):
		t.Fatalf("cfauthlint %s did not finish in %v", strings.Join(args, " "), d)
		return 0, "", ""
	}
}

// sideFileHazards are what a pull request can put where a side file is
// read: a FIFO (blocks an open or read forever), and links to devices that
// never end.
func sideFileHazards(t *testing.T) map[string]func(p string) error {
	if runtime.GOOS == "windows" {
		t.Skip("no FIFOs or devices")
	}
	return map[string]func(string) error{
		"fifo":        func(p string) error { return syscall.Mkfifo(p, 0o644) },
		"/dev/zero":   func(p string) error { return os.Symlink("/dev/zero", p) },
		"/dev/random": func(p string) error { return os.Symlink("/dev/urandom", p) },
	}
}

// TestSideFilesAreReadSafely: a config, .gitignore, info/exclude, baseline
// or --config that is a FIFO or a device is an error or a notice, never a
// hang or an endless read; the token in the tree is still found.
func TestSideFilesAreReadSafely(t *testing.T) {
	tok := testcred.New(41).Prefixed("cfut_")
	for name, make := range sideFileHazards(t) {
		for _, side := range []struct {
			file     string // relative to the repo
			args     []string
			wantCode int
		}{
			{".cfauthlint.yaml", nil, 2},
			{".gitignore", nil, 1},
			{"sub/.gitignore", nil, 1},
			{".git/info/exclude", nil, 1},
			{"side", []string{"--config", "side"}, 2},
			{"side", []string{"--baseline", "side"}, 2},
		} {
			t.Run(name+"/"+side.file, func(t *testing.T) {
				dir := t.TempDir()
				for _, d := range []string{".git/info", "sub"} {
					os.MkdirAll(filepath.Join(dir, d), 0o755)
				}
				os.WriteFile(filepath.Join(dir, "sub", "a.env"), []byte("CLOUDFLARE_API_TOKEN="+tok+"\n"), 0o644)
				if err := make(filepath.Join(dir, side.file)); err != nil {
					t.Skip(err)
				}
				args := []string{"scan", "--go=off", "--format", "json"}
				for _, a := range side.args {
					if a == "side" {
						a = filepath.Join(dir, "side")
					}
					args = append(args, a)
				}
				code, out, errOut := runCLIWithin(t, 20*time.Second, append(args, dir)...)
				if code != side.wantCode {
					t.Fatalf("exit %d, want %d\nstderr: %s", code, side.wantCode, errOut)
				}
				if strings.Contains(out+errOut, tok) {
					t.Error("the token was printed")
				}
				if side.wantCode == 1 && !strings.Contains(errOut, "not read") {
					t.Errorf("no notice for the unread ignore file:\n%s", errOut)
				}
				if side.wantCode == 2 && !strings.Contains(errOut, "not a regular file") {
					t.Errorf("error does not say why:\n%s", errOut)
				}
			})
		}
	}
}

// TestSymlinkedGitignoreIsNotRead: git refuses a .gitignore that is a
// symlink; so does the walker (the file it points to may be anything).
func TestSymlinkedGitignoreIsNotRead(t *testing.T) {
	tok := testcred.New(42).Prefixed("cfut_")
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, ".git"), 0o755)
	os.WriteFile(filepath.Join(dir, "rules"), []byte("*.env\n"), 0o644)
	if err := os.Symlink("rules", filepath.Join(dir, ".gitignore")); err != nil {
		t.Skip(err)
	}
	os.WriteFile(filepath.Join(dir, "a.env"), []byte("CLOUDFLARE_API_TOKEN="+tok+"\n"), 0o644)
	code, _, errOut := runCLIWithin(t, 20*time.Second, "scan", "--go=off", dir)
	if code != 1 || !strings.Contains(errOut, "symbolic link") {
		t.Fatalf("exit %d, want 1 with a notice about the link\n%s", code, errOut)
	}
}

// TestFatalErrorsAreEscaped: a fatal error that quotes a path (here a
// PATH that does not exist) cannot start a workflow command on a line of
// its own, nor carry raw control characters.
func TestFatalErrorsAreEscaped(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "x\n::error::pwned\x1b[2J")
	code, _, errOut := runCLI("scan", "--go=off", bad)
	if code != 2 {
		t.Fatalf("exit %d, want 2", code)
	}
	for _, l := range strings.Split(strings.TrimSuffix(errOut, "\n"), "\n") {
		if strings.HasPrefix(strings.TrimLeft(l, " \t"), "::") || strings.ContainsRune(l, 0x1b) {
			t.Errorf("stderr line %q", l)
		}
	}
}

// TestJobsBounded: -j has an upper bound (-j 1000000 took 2.8 GB for 19
// files); the library clamps what it is given.
func TestJobsBounded(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("x\n"), 0o644)
	if code, _, errOut := runCLI("scan", "--go=off", "-j", "1000000", dir); code != 2 || !strings.Contains(errOut, "-j must be between 1 and 256") {
		t.Errorf("-j 1000000: exit %d, %s", code, errOut)
	}
	if code, _, errOut := runCLI("scan", "--go=off", "-j", "256", dir); code != 0 {
		t.Errorf("-j 256: exit %d, %s", code, errOut)
	}
	if scanner.Jobs(1_000_000) != scanner.MaxJobs || scanner.Jobs(3) != 3 || scanner.Jobs(0) < 1 {
		t.Errorf("scanner.Jobs does not clamp")
	}
}
