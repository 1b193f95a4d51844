package cfauthlint_test

// End-to-end test of .pre-commit-hooks.yaml with the real pre-commit
// framework: `pre-commit try-repo` against a snapshot of this repository,
// and a real `git commit` with the hook installed, in a throwaway repository.

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cfauthlint/cfauthlint/internal/testcred"
)

// env is the environment for git and pre-commit: no user or system git
// config, no variables of a surrounding git hook, an isolated pre-commit
// cache, and the warm Go module and build caches (language: golang runs
// `go install ./...` with GOPATH in pre-commit's cache).
func precommitEnv(t *testing.T, tmp string) []string {
	t.Helper()
	gitconfig := filepath.Join(tmp, "gitconfig")
	if err := os.WriteFile(gitconfig, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	goenv := func(name string) string {
		out, err := exec.Command("go", "env", name).Output()
		if err != nil {
			t.Fatalf("go env %s: %v", name, err)
		}
		return strings.TrimSpace(string(out))
	}
	drop := map[string]bool{"GIT_DIR": true, "GIT_INDEX_FILE": true, "GIT_WORK_TREE": true, "GIT_PREFIX": true,
		"GIT_OBJECT_DIRECTORY": true, "GIT_COMMON_DIR": true, "GOFLAGS": true, "GOMODCACHE": true, "GOCACHE": true, "GOBIN": true}
	var env []string
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		if !drop[k] && !strings.HasPrefix(k, "PRE_COMMIT") {
			env = append(env, kv)
		}
	}
	return append(env,
		"GIT_CONFIG_GLOBAL="+gitconfig, "GIT_CONFIG_NOSYSTEM=1",
		"GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.com",
		"PRE_COMMIT_HOME="+filepath.Join(tmp, "pre-commit-cache"), "PRE_COMMIT_COLOR=never",
		"GOMODCACHE="+goenv("GOMODCACHE"), "GOCACHE="+goenv("GOCACHE"), "GOFLAGS=-mod=mod -trimpath",
	)
}

type runner struct {
	t   *testing.T
	env []string
}

// run runs a command in dir and returns its combined output and exit code.
func (r runner) run(dir, name string, args ...string) (string, int) {
	r.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = dir
	cmd.Env = r.env
	cmd.Stdin = strings.NewReader("")
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	code := 0
	if err != nil {
		ee, ok := err.(*exec.ExitError)
		if !ok {
			r.t.Fatalf("%s %v: %v", name, args, err)
		}
		code = ee.ExitCode()
	}
	return out.String(), code
}

func (r runner) must(dir, name string, args ...string) string {
	r.t.Helper()
	out, code := r.run(dir, name, args...)
	if code != 0 {
		r.t.Fatalf("%s %v: exit %d\n%s", name, args, code, out)
	}
	return out
}

// noLeak fails if the secret, or any 12-character piece of it, is in out.
// It never prints the secret.
func noLeak(t *testing.T, what, out, secret string) {
	t.Helper()
	for i := 0; i+12 <= len(secret); i++ {
		if strings.Contains(out, secret[i:i+12]) {
			t.Fatalf("%s output leaks the token (a piece from its byte %d)", what, i)
		}
	}
}

// snapshot copies this repository's working tree (tracked and untracked,
// not ignored files) into a fresh git repository with one commit, so that
// pre-commit installs exactly the code under test. It returns the commit.
func snapshot(t *testing.T, r runner, dst string) string {
	t.Helper()
	out, err := exec.Command("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard").Output()
	if err != nil {
		t.Fatalf("listing this repository's files (needs a git checkout): %v", err)
	}
	for _, name := range strings.Split(string(out), "\x00") {
		if name == "" {
			continue
		}
		data, err := os.ReadFile(name)
		if err != nil {
			continue // deleted in the work tree, or not a regular file
		}
		fi, _ := os.Stat(name)
		p := filepath.Join(dst, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, fi.Mode().Perm()); err != nil {
			t.Fatal(err)
		}
	}
	r.must(dst, "git", "init", "-q", "-b", "main")
	r.must(dst, "git", "add", "-A")
	r.must(dst, "git", "commit", "-q", "--no-verify", "-m", "snapshot under test")
	return strings.TrimSpace(r.must(dst, "git", "rev-parse", "HEAD"))
}

func write(t *testing.T, dir, name, content string) {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestPreCommitHook(t *testing.T) {
	if _, err := exec.LookPath("pre-commit"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("pre-commit is not installed, and CI is set: install it (Debian: apt-get install pre-commit)")
		}
		t.Skip("pre-commit is not installed (Debian: apt-get install pre-commit); this end-to-end test of .pre-commit-hooks.yaml is skipped. It always runs when CI is set.")
	}
	for _, tool := range []string{"git", "go"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Fatalf("%s is not installed", tool)
		}
	}
	tmp := t.TempDir()
	r := runner{t, precommitEnv(t, tmp)}
	src := filepath.Join(tmp, "cfauthlint")
	rev := snapshot(t, r, src)

	g := testcred.New(20260401)
	token, _ := g.Make("cfut")
	other, _ := g.Make("cfat")
	if token == "" || other == "" {
		t.Fatal("testcred made no cfut/cfat token")
	}

	work := filepath.Join(tmp, "project")
	if err := os.MkdirAll(work, 0o755); err != nil {
		t.Fatal(err)
	}
	r.must(work, "git", "init", "-q", "-b", "main")
	write(t, work, "README.md", "# project\n")
	r.must(work, "git", "add", "README.md")
	r.must(work, "git", "commit", "-q", "-m", "start")

	// try-repo on staged files: the token is blocked, redacted.
	write(t, work, "deploy/app.env", "CLOUDFLARE_API_TOKEN="+token+"\n")
	r.must(work, "git", "add", "deploy/app.env")
	out, code := r.run(work, "pre-commit", "try-repo", src, "cfauthlint", "--ref", rev, "--color", "never")
	noLeak(t, "try-repo", out, token)
	if code != 1 || !strings.Contains(out, "deploy/app.env:1:22: CF101 ") || !strings.Contains(out, "cfut…(53 chars)") {
		t.Fatalf("try-repo with a staged token: exit %d, want 1 and a redacted CF101 finding in deploy/app.env; output:\n%s", code, out)
	}
	// With --files, as pre-commit passes names.
	out, code = r.run(work, "pre-commit", "try-repo", src, "cfauthlint", "--ref", rev, "--color", "never", "--files", "deploy/app.env", "README.md")
	noLeak(t, "try-repo --files", out, token)
	if code != 1 || !strings.Contains(out, "deploy/app.env:1:22: CF101 ") {
		t.Fatalf("try-repo --files: exit %d, want 1; output:\n%s", code, out)
	}
	// A clean staged file passes.
	write(t, work, "deploy/app.env", "CLOUDFLARE_API_TOKEN=${CLOUDFLARE_API_TOKEN}\n")
	r.must(work, "git", "add", "deploy/app.env")
	out, code = r.run(work, "pre-commit", "try-repo", src, "cfauthlint", "--ref", rev, "--color", "never")
	if code != 0 || !strings.Contains(out, "Passed") {
		t.Fatalf("try-repo with a clean staged file: exit %d, want 0 and Passed; output:\n%s", code, out)
	}

	// The hook installed in the repository, as a user sets it up.
	write(t, work, ".pre-commit-config.yaml", "repos:\n  - repo: "+src+"\n    rev: "+rev+"\n    hooks:\n      - id: cfauthlint\n")
	r.must(work, "pre-commit", "install")
	r.must(work, "git", "add", ".pre-commit-config.yaml", "deploy/app.env")
	r.must(work, "git", "commit", "-q", "-m", "clean commit with the hook")

	// A commit staging a token is blocked, the finding redacted.
	head := r.must(work, "git", "rev-parse", "HEAD")
	write(t, work, "src/settings.py", "import os\n\nAPI_TOKEN = \""+token+"\"\n")
	r.must(work, "git", "add", "src/settings.py")
	out, code = r.run(work, "git", "commit", "-m", "add settings")
	noLeak(t, "git commit", out, token)
	if code == 0 || !strings.Contains(out, "src/settings.py:3:14: CF101 ") || !strings.Contains(out, "cfut…(53 chars)") {
		t.Fatalf("git commit with a staged token: exit %d, want failure naming src/settings.py:3:14 CF101, redacted; output:\n%s", code, out)
	}
	t.Logf("blocked commit, as the user sees it:\n%s", out)
	if now := r.must(work, "git", "rev-parse", "HEAD"); now != head {
		t.Fatal("the blocked commit was recorded")
	}

	// git commit -a stages through a temporary index (GIT_INDEX_FILE): the
	// hook reads that index, so the token is blocked too.
	r.must(work, "git", "rm", "-q", "--cached", "src/settings.py")
	write(t, work, "README.md", "# project\n\nCLOUDFLARE_API_TOKEN="+token+"\n")
	out, code = r.run(work, "git", "commit", "-a", "-m", "edit readme")
	noLeak(t, "git commit -a", out, token)
	if code == 0 || !strings.Contains(out, "README.md:3:22: CF101 ") {
		t.Fatalf("git commit -a with a token: exit %d, want failure naming README.md:3:22; output:\n%s", code, out)
	}
	r.must(work, "git", "checkout", "-q", "--", "README.md")

	// Staged clean, token only in an unstaged edit: the commit passes.
	write(t, work, "src/settings.py", "import os\n\nAPI_TOKEN = os.environ[\"CLOUDFLARE_API_TOKEN\"]\n")
	r.must(work, "git", "add", "src/settings.py")
	write(t, work, "src/settings.py", "import os\n\nAPI_TOKEN = \""+other+"\"\n")
	out, code = r.run(work, "git", "commit", "-m", "settings from the environment")
	noLeak(t, "git commit", out, other)
	if code != 0 {
		t.Fatalf("commit of a clean blob with a dirty work tree: exit %d, want 0; output:\n%s", code, out)
	}
	if shown := r.must(work, "git", "show", "HEAD:src/settings.py"); strings.Contains(shown, other[:12]) {
		t.Fatal("the unstaged token was committed")
	}

	// A token already in history does not block later clean commits.
	r.must(work, "git", "checkout", "-q", "--", "src/settings.py")
	write(t, work, "old/leak.env", "CF_API_TOKEN="+other+"\n")
	r.must(work, "git", "add", "old/leak.env")
	r.must(work, "git", "commit", "-q", "--no-verify", "-m", "history")
	write(t, work, "NOTES.md", "notes\n")
	r.must(work, "git", "add", "NOTES.md")
	out, code = r.run(work, "git", "commit", "-m", "notes")
	noLeak(t, "git commit", out, other)
	if code != 0 {
		t.Fatalf("clean commit after a token in history: exit %d, want 0; output:\n%s", code, out)
	}

	// pre-commit run --all-files (as in CI and pre-commit.ci) passes every
	// tracked file: their staged content is scanned, so the token still in
	// the tree is found.
	out, code = r.run(work, "pre-commit", "run", "--all-files")
	noLeak(t, "pre-commit run --all-files", out, other)
	if code != 1 || !strings.Contains(out, "old/leak.env:1:14: CF101 ") || strings.Contains(out, "src/settings.py:") {
		t.Fatalf("pre-commit run --all-files: exit %d, want 1 naming only old/leak.env; output:\n%s", code, out)
	}
}
