package verify_test

import (
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cfauthlint/cfauthlint/internal/finding"
	"github.com/cfauthlint/cfauthlint/internal/verify"
)

func TestSources(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	dir := t.TempDir()
	cfg := filepath.Join(t.TempDir(), "gitconfig")
	os.WriteFile(cfg, nil, 0o644)
	git := func(args ...string) string {
		cmd := exec.Command("git", args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GIT_CONFIG_GLOBAL="+cfg, "GIT_CONFIG_NOSYSTEM=1",
			"GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.com")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
		return strings.TrimSpace(string(out))
	}
	git("init", "-q", "-b", "main")
	os.MkdirAll(filepath.Join(dir, "sub dir"), 0o755)
	os.WriteFile(filepath.Join(dir, "sub dir", "a.env"), []byte("v1\n"), 0o644)
	git("add", "-A")
	git("commit", "-q", "-m", "one")
	first := git("rev-parse", "HEAD")
	os.WriteFile(filepath.Join(dir, "sub dir", "a.env"), []byte("v2\n"), 0o644)
	git("add", "-A") // staged: v2
	os.WriteFile(filepath.Join(dir, "sub dir", "a.env"), []byte("v3\n"), 0o644)

	for _, tc := range []struct {
		src  verify.Source
		f    finding.Finding
		want string
	}{
		{verify.Git{Dir: dir}, finding.Finding{Commit: first, Path: "sub dir/a.env"}, "v1\n"},
		{verify.Git{Dir: dir}, finding.Finding{Path: "sub dir/a.env"}, "v2\n"},
		{verify.Files{Base: dir}, finding.Finding{Path: "sub dir/a.env"}, "v3\n"},
		{verify.Files{}, finding.Finding{Path: filepath.ToSlash(filepath.Join(dir, "sub dir", "a.env"))}, "v3\n"},
	} {
		got, err := readAll(tc.src, &tc.f)
		if err != nil || string(got) != tc.want {
			t.Errorf("%T %+v: %q, %v; want %q", tc.src, tc.f, got, err, tc.want)
		}
	}
	if _, err := readAll(verify.Git{Dir: dir}, &finding.Finding{Commit: "--output=/tmp/x", Path: "a"}); err == nil {
		t.Error("an option-like commit was passed to git")
	}
}

func readAll(src verify.Source, f *finding.Finding) ([]byte, error) {
	rc, err := src.Open(f)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	return io.ReadAll(rc)
}
