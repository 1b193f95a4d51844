package scanner

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/bmatcuk/doublestar/v4"
)

// TestIgnoreFastMatchEqualsDoublestar checks every fast matcher against
// doublestar, the definition the rules had before they were compiled.
func TestIgnoreFastMatchEqualsDoublestar(t *testing.T) {
	lines := []string{"node_modules/", "*.log", "/vendor", "a/b", "build", "*.py[cod]", "x*", "**/coverage/**",
		".env.local", "*", "docs/*.md", `\#hash`, "foo?", "!keep.log", "/dir/", "ab*cd", "*.tar.gz", "**/name", "sub/**"}
	paths := []string{"node_modules", "a/node_modules", "x.log", "a/b/x.log", ".log", "log", "vendor", "a/vendor", "a/b",
		"c/a/b", "build", "src/build", "m.pyc", "m.py", "xy", "a/xy", "yx", "coverage/a", "a/coverage/b", ".env.local",
		"docs/a.md", "docs/x/a.md", "#hash", "foo1", "foo", "keep.log", "dir", "abXcd", "a.tar.gz", "name", "q/name",
		"sub", "sub/x"}
	fast := 0
	for _, line := range lines {
		r, ok := parseIgnoreLine(line, "")
		if !ok {
			t.Fatalf("%q did not parse", line)
		}
		if r.fast != fastNone {
			fast++
		}
		for _, p := range paths {
			want, _ := doublestar.Match(r.pattern, p)
			want = want && !r.matchesOnlyDir(p)
			if got := r.match(p); got != want {
				t.Errorf("rule %q (pattern %q, fast %d) on %q: got %v, want %v", line, r.pattern, r.fast, p, got, want)
			}
		}
	}
	if fast < 8 {
		t.Errorf("only %d of %d rules use a fast matcher", fast, len(lines))
	}
}

// RepoExcluder filters a repository path (a staged or historical blob) as
// a walk of the work tree filters the file there.
func TestRepoExcluder(t *testing.T) {
	top := t.TempDir()
	s, err := New(Options{
		Base:     top,
		Include:  []string{"**/*.go", "*.env", "./svc/*.py"},
		Exclude:  []string{"vendor", "**/testdata/**", "./gen/*.go", "gen-out/**"},
		GlobBase: filepath.Join(top, "svc"),
	})
	if err != nil {
		t.Fatal(err)
	}
	for p, want := range map[string]bool{
		"main.go":             false,
		"a/b/c.go":            false,
		"prod.env":            false,
		"deep/prod.env":       false,
		"svc/app.py":          false, // "./svc/*.py", the leading ./ dropped
		"README.md":           true,  // not included
		"vendor/x/y.go":       true,  // excluded directory
		"a/vendor/y.go":       true,
		"pkg/testdata/src.go": true,
		"gen/z.go":            true, // "./gen/*.go"
		"gen/sub/z.go":        false,
		"svc/gen-out/a.go":    true, // relative to GlobBase, the config's directory
		"gen-out/a.go":        true,
	} {
		if got := s.RepoExcluder(top)(p); got != want {
			t.Errorf("excluded(%q) = %v, want %v", p, got, want)
		}
	}
	// Without a work tree (a bare repository), the repository path alone.
	if !s.RepoExcluder("")("vendor/x.go") || s.RepoExcluder("")("svc/gen-out/a.go") {
		t.Error("without a top: want vendor excluded and svc/gen-out/a.go kept")
	}
	// No globs: nothing is filtered.
	none, _ := New(Options{Base: top})
	if none.RepoExcluder(top)("vendor/x.go") {
		t.Error("no globs: vendor/x.go excluded")
	}
	// Base and GlobBase reached through a symlink, the top by its real path
	// (as git names it): the config-relative glob still applies.
	if err := os.Mkdir(filepath.Join(top, "svc"), 0o755); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(t.TempDir(), "link")
	if err := os.Symlink(top, link); err != nil {
		t.Skip("no symlinks:", err)
	}
	viaLink, err := New(Options{Base: filepath.Join(link, "svc"), Exclude: []string{"gen-out/**"}, GlobBase: filepath.Join(link, "svc")})
	if err != nil {
		t.Fatal(err)
	}
	realTop, _ := filepath.EvalSymlinks(top)
	if !viaLink.RepoExcluder(realTop)("svc/gen-out/a.go") {
		t.Error("through a symlinked working directory: svc/gen-out/a.go not excluded by the config's gen-out/**")
	}
}

// TestWorktreeExclude: in a linked worktree (or a submodule) .git is a file
// naming the git directory; info/exclude is read from the common one.
func TestWorktreeExclude(t *testing.T) {
	root := t.TempDir()
	common := filepath.Join(root, "main", ".git")
	wtGit := filepath.Join(common, "worktrees", "wt")
	for _, d := range []string{filepath.Join(common, "info"), wtGit, filepath.Join(root, "wt")} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	os.WriteFile(filepath.Join(common, "info", "exclude"), []byte("secret.env\n"), 0o644)
	os.WriteFile(filepath.Join(wtGit, "commondir"), []byte("../..\n"), 0o644)
	os.WriteFile(filepath.Join(root, "wt", ".git"), []byte("gitdir: "+wtGit+"\n"), 0o644)
	if got := gitCommonDir(filepath.Join(root, "wt")); got != common {
		t.Fatalf("gitCommonDir = %s, want %s", got, common)
	}
	var bad []string
	set, _ := rootIgnores(filepath.Join(root, "wt"), func(file string, err error) { bad = append(bad, file+": "+err.Error()) })
	if len(bad) > 0 || !set.ignored("secret.env") {
		t.Errorf("worktree info/exclude: problems %v, secret.env ignored %v", bad, set.ignored("secret.env"))
	}
}
