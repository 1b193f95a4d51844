package safefile_test

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"syscall"
	"testing"
	"time"

	"github.com/cfauthlint/cfauthlint/internal/safefile"
)

// within fails the test if fn does not return in time: the hazards here
// hang rather than fail.
func within(t *testing.T, fn func() error) error {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- fn() }()
	select {
	case err := <-done:
		return err
	case <-time.After(10 * time.Second):
		t.Fatal("blocked")
		return nil
	}
}

func TestFIFOIsRefusedWithoutBlocking(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no FIFOs")
	}
	p := filepath.Join(t.TempDir(), "fifo")
	if err := syscall.Mkfifo(p, 0o644); err != nil {
		t.Skip(err)
	}
	err := within(t, func() error { _, err := safefile.ReadFile(p, safefile.Config); return err })
	if !errors.Is(err, safefile.ErrNotRegular) {
		t.Fatalf("got %v, want ErrNotRegular", err)
	}
}

func TestDeviceIsRefused(t *testing.T) {
	for _, dev := range []string{"/dev/zero", "/dev/urandom", "/dev/null"} {
		if _, err := os.Stat(dev); err != nil {
			continue
		}
		err := within(t, func() error { _, err := safefile.ReadFile(dev, safefile.Baseline); return err })
		if !errors.Is(err, safefile.ErrNotRegular) {
			t.Errorf("%s: got %v, want ErrNotRegular", dev, err)
		}
		// A symlink to a device is the same device.
		link := filepath.Join(t.TempDir(), "cfg")
		if err := os.Symlink(dev, link); err == nil {
			if _, err := safefile.ReadFile(link, safefile.Config); !errors.Is(err, safefile.ErrNotRegular) {
				t.Errorf("link to %s: got %v, want ErrNotRegular", dev, err)
			}
		}
	}
}

func TestDirectoryIsRefused(t *testing.T) {
	if _, err := safefile.ReadFile(t.TempDir(), safefile.Config); !errors.Is(err, safefile.ErrNotRegular) {
		t.Fatalf("got %v, want ErrNotRegular", err)
	}
}

func TestSizeCap(t *testing.T) {
	p := filepath.Join(t.TempDir(), "big")
	k := safefile.Kind{Name: "test", Max: 100}
	if err := os.WriteFile(p, make([]byte, 101), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := safefile.ReadFile(p, k); !errors.Is(err, safefile.ErrTooLarge) {
		t.Fatalf("got %v, want ErrTooLarge", err)
	}
	if err := os.WriteFile(p, make([]byte, 100), 0o644); err != nil {
		t.Fatal(err)
	}
	if b, err := safefile.ReadFile(p, k); err != nil || len(b) != 100 {
		t.Fatalf("got %d bytes, %v; want 100", len(b), err)
	}
}

func TestNoFollowRefusesSymlink(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "target")
	if err := os.WriteFile(target, []byte("x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, ".gitignore")
	if err := os.Symlink(target, link); err != nil {
		t.Skip(err)
	}
	if _, err := safefile.ReadFile(link, safefile.Ignore); !errors.Is(err, safefile.ErrSymlink) {
		t.Fatalf("Ignore: got %v, want ErrSymlink", err)
	}
	if b, err := safefile.ReadFile(link, safefile.Config); err != nil || string(b) != "x\n" {
		t.Fatalf("Config follows links: got %q, %v", b, err)
	}
}

func TestReadAt(t *testing.T) {
	p := filepath.Join(t.TempDir(), "f")
	if err := os.WriteFile(p, []byte("0123456789"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		off  int64
		n    int
		want string
	}{{0, 4, "0123"}, {8, 4, "89"}, {10, 4, ""}, {3, 0, ""}} {
		b, err := safefile.ReadAt(p, safefile.Source, c.off, c.n)
		if err != nil || string(b) != c.want {
			t.Errorf("ReadAt(%d, %d) = %q, %v; want %q", c.off, c.n, b, err, c.want)
		}
	}
}
