package scanner_test

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/cfauthlint/cfauthlint/internal/finding"
	"github.com/cfauthlint/cfauthlint/internal/scanner"
	"github.com/cfauthlint/cfauthlint/internal/testcred"
)

// secretLine is a line every test file holds, so that "the file was scanned"
// is visible as a finding with its path.
func secretLine(seed uint64) string {
	tok, _ := testcred.New(seed).Make("cfut")
	return `token = "` + tok + "\"\n"
}

// writeTree creates files under root. A value of "" means a file holding a
// secret line; names ending in "/" are directories.
func writeTree(t testing.TB, root string, files map[string]string) {
	t.Helper()
	i := uint64(0)
	for name, content := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if strings.HasSuffix(name, "/") {
			if err := os.MkdirAll(p, 0o755); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if content == "" {
			i++
			content = secretLine(i)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func run(t testing.TB, opt scanner.Options, paths ...string) *scanner.Result {
	t.Helper()
	s, err := scanner.New(opt)
	if err != nil {
		t.Fatal(err)
	}
	res, err := s.Run(paths)
	if err != nil {
		t.Fatalf("Run(%v): %v", paths, err)
	}
	return res
}

// foundPaths is the sorted set of paths that produced findings.
func foundPaths(res *scanner.Result) []string {
	var out []string
	for _, f := range res.Findings {
		if !slices.Contains(out, f.Path) {
			out = append(out, f.Path)
		}
	}
	slices.Sort(out)
	return out
}

func wantPaths(t *testing.T, res *scanner.Result, want ...string) {
	t.Helper()
	slices.Sort(want)
	if got := foundPaths(res); !slices.Equal(got, want) {
		t.Errorf("scanned files with findings:\n got  %q\n want %q", got, want)
	}
}

// gitRepo makes root look like a repository top (the scanner only checks
// that .git exists).
func gitRepo(t *testing.T, root string) {
	t.Helper()
	writeTree(t, root, map[string]string{".git/info/": "", ".git/config": ""})
}

func TestGitignore(t *testing.T) {
	root := t.TempDir()
	gitRepo(t, root)
	writeTree(t, root, map[string]string{
		".gitignore": strings.Join([]string{
			"# comment",
			"*.log",             // unanchored: any depth
			"!keep.log",         // negation
			"build/",            // directory only
			"/top.txt",          // anchored to the .gitignore's directory
			"docs/**/secret.md", // ** spans directories
			"**/gen",            // ** prefix
			"trailing.txt   ",   // trailing spaces ignored
			`\#hash.txt`,        // escaped #
		}, "\n") + "\n",
		"app.log":            "",
		"keep.log":           "",
		"sub/deep/x.log":     "",
		"sub/deep/keep.log":  "",
		"build/out.txt":      "",
		"other/build":        "", // a file named build: dir-only rule does not apply
		"top.txt":            "",
		"sub/top.txt":        "", // anchored rule does not reach here
		"docs/secret.md":     "", // ** matches zero directories
		"docs/a/b/secret.md": "",
		"other/secret.md":    "",
		"x/y/gen/z.txt":      "",
		"trailing.txt":       "",
		"#hash.txt":          "",
		"main.txt":           "",
		// nested .gitignore: its patterns are relative to its directory, and
		// it can re-include what a parent excluded.
		"sub/.gitignore":       "local.txt\n!important.log\nq/r.txt\n",
		"sub/local.txt":        "",
		"sub/more/local.txt":   "",
		"local.txt":            "", // the nested rule does not apply above sub/
		"sub/important.log":    "",
		"sub/q/r.txt":          "", // anchored (has a middle slash) to sub/
		"sub/z/q/r.txt":        "",
		".git/info/exclude":    "excluded-by-info.txt\n",
		"excluded-by-info.txt": "",
	})
	res := run(t, scanner.Options{Base: root}, root)
	wantPaths(t, res,
		"keep.log", "sub/deep/keep.log", "other/build", "sub/top.txt", "other/secret.md",
		"main.txt", "local.txt", "sub/important.log", "sub/z/q/r.txt")
	if res.Skipped[scanner.SkipIgnored] == 0 {
		t.Errorf("gitignored skips not counted: %v", res.Skipped)
	}

	// Scanning a subdirectory still applies the parents' .gitignore files.
	res = run(t, scanner.Options{Base: root}, filepath.Join(root, "sub"))
	wantPaths(t, res, "sub/top.txt", "sub/important.log", "sub/z/q/r.txt", "sub/deep/keep.log")

	// --no-gitignore scans everything except .git.
	res = run(t, scanner.Options{Base: root, NoGitignore: true}, root)
	got := foundPaths(res)
	for _, p := range []string{"app.log", "build/out.txt", "top.txt", "docs/a/b/secret.md", "x/y/gen/z.txt", "sub/local.txt", "sub/q/r.txt", "excluded-by-info.txt", "trailing.txt", "#hash.txt"} {
		if !slices.Contains(got, p) {
			t.Errorf("--no-gitignore: %s not scanned", p)
		}
	}
	for _, p := range got {
		if strings.HasPrefix(p, ".git/") {
			t.Errorf("--no-gitignore scanned %s inside .git", p)
		}
	}
	if res.Skipped[scanner.SkipIgnored] != 0 {
		t.Errorf("--no-gitignore still counts gitignored skips: %v", res.Skipped)
	}
}

// TestGitignoreDirContents follows git: "dir/**" ignores what is inside dir,
// not dir itself, so a later negation can re-include a file in it.
func TestGitignoreDirContents(t *testing.T) {
	root := t.TempDir()
	gitRepo(t, root)
	writeTree(t, root, map[string]string{
		".gitignore":      "cache/**\n!cache/keep.txt\n",
		"cache/drop.txt":  "",
		"cache/keep.txt":  "",
		"cache/sub/x.txt": "",
	})
	wantPaths(t, run(t, scanner.Options{Base: root}, root), "cache/keep.txt")
}

// TestGitSkipped: .git is never walked, also without a .gitignore.
func TestGitSkipped(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{".git/config": "", ".git/objects/x": "", "a.txt": "", "sub/.git/HEAD": ""})
	for _, noIgnore := range []bool{false, true} {
		res := run(t, scanner.Options{Base: root, NoGitignore: noIgnore}, root)
		wantPaths(t, res, "a.txt")
		if res.Files != 1 {
			t.Errorf("noIgnore=%v: Files = %d, want 1", noIgnore, res.Files)
		}
	}
}

func TestIncludeExclude(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{
		"a.py":                  "",
		"src/b.py":              "",
		"src/c.js":              "",
		"src/c_test.js":         "",
		"vendor/d.py":           "",
		"web/node_modules/e.js": "",
		"web/app.js":            "",
		"docs/deep/f.md":        "",
	})
	cases := []struct {
		name             string
		include, exclude []string
		want             []string
	}{
		{"none", nil, nil, []string{"a.py", "src/b.py", "src/c.js", "src/c_test.js", "vendor/d.py", "web/node_modules/e.js", "web/app.js", "docs/deep/f.md"}},
		{"include basename glob", []string{"*.py"}, nil, []string{"a.py", "src/b.py", "vendor/d.py"}},
		{"include doublestar", []string{"src/**/*.js"}, nil, []string{"src/c.js", "src/c_test.js"}},
		{"include two", []string{"**/*.md", "a.py"}, nil, []string{"a.py", "docs/deep/f.md"}},
		{"exclude dir by name", nil, []string{"node_modules"}, []string{"a.py", "src/b.py", "src/c.js", "src/c_test.js", "vendor/d.py", "web/app.js", "docs/deep/f.md"}},
		{"exclude dir by path glob", nil, []string{"vendor/**"}, []string{"a.py", "src/b.py", "src/c.js", "src/c_test.js", "web/node_modules/e.js", "web/app.js", "docs/deep/f.md"}},
		{"exclude dir with trailing slash", nil, []string{"docs/"}, []string{"a.py", "src/b.py", "src/c.js", "src/c_test.js", "vendor/d.py", "web/node_modules/e.js", "web/app.js"}},
		{"exclude files", nil, []string{"**/*_test.js", "*.md"}, []string{"a.py", "src/b.py", "src/c.js", "vendor/d.py", "web/node_modules/e.js", "web/app.js"}},
		{"include and exclude", []string{"**/*.js"}, []string{"**/node_modules/**"}, []string{"src/c.js", "src/c_test.js", "web/app.js"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := run(t, scanner.Options{Base: root, Include: c.include, Exclude: c.exclude}, root)
			wantPaths(t, res, c.want...)
			if (len(c.include) > 0 || len(c.exclude) > 0) && res.Skipped[scanner.SkipExcluded] == 0 {
				t.Errorf("excluded skips not counted: %v", res.Skipped)
			}
		})
	}
	// An excluded directory is not entered: one skip for the directory.
	res := run(t, scanner.Options{Base: root, Exclude: []string{"web"}}, root)
	if n := res.Skipped[scanner.SkipExcluded]; n != 1 {
		t.Errorf("exclude web: %d excluded skips, want 1 (the directory)", n)
	}
	if _, err := scanner.New(scanner.Options{Include: []string{"a/[b"}}); err == nil {
		t.Error("invalid include glob accepted")
	}
	if _, err := scanner.New(scanner.Options{Exclude: []string{"{a,b"}}); err == nil {
		t.Error("invalid exclude glob accepted")
	}
}

func TestPathArguments(t *testing.T) {
	root := t.TempDir()
	gitRepo(t, root)
	writeTree(t, root, map[string]string{
		".gitignore":  "ignored.txt\n",
		"a.txt":       "",
		"ignored.txt": "",
		"d/b.txt":     "",
		"d/c.py":      "",
	})
	// A file argument is scanned directly, with a path relative to Base.
	res := run(t, scanner.Options{Base: root}, filepath.Join(root, "d", "b.txt"))
	wantPaths(t, res, "d/b.txt")
	if res.Files != 1 {
		t.Errorf("Files = %d, want 1", res.Files)
	}
	// A file named explicitly is scanned even when gitignored (as git add -f, rg FILE).
	wantPaths(t, run(t, scanner.Options{Base: root}, filepath.Join(root, "ignored.txt")), "ignored.txt")
	// --exclude still applies to a named file.
	res = run(t, scanner.Options{Base: root, Exclude: []string{"*.py"}}, filepath.Join(root, "d", "c.py"))
	wantPaths(t, res)
	if res.Skipped[scanner.SkipExcluded] != 1 {
		t.Errorf("excluded named file not counted: %v", res.Skipped)
	}
	// Several arguments, files and directories.
	wantPaths(t, run(t, scanner.Options{Base: root}, filepath.Join(root, "a.txt"), filepath.Join(root, "d")), "a.txt", "d/b.txt", "d/c.py")

	// A missing path is an error that names it, not an empty scan.
	s, err := scanner.New(scanner.Options{Base: root})
	if err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(root, "no-such-dir")
	if res, err := s.Run([]string{filepath.Join(root, "a.txt"), missing}); err == nil {
		t.Errorf("missing path: no error, result %+v", res)
	} else if !strings.Contains(err.Error(), "no-such-dir") {
		t.Errorf("missing path error does not name it: %v", err)
	}
}

func TestDisplayPaths(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{"sub/dir/a.txt": "", "b.txt": ""})
	other := t.TempDir()
	writeTree(t, other, map[string]string{"c.txt": ""})

	// Relative to Base, slash-separated, whatever the argument looks like.
	wantPaths(t, run(t, scanner.Options{Base: root}, filepath.Join(root, "sub")), "sub/dir/a.txt")
	wantPaths(t, run(t, scanner.Options{Base: filepath.Join(root, "sub")}, filepath.Join(root, "sub")), "dir/a.txt")
	wantPaths(t, run(t, scanner.Options{Base: root}, filepath.Join(root, "sub", "..", "b.txt")), "b.txt")
	// Outside Base: absolute.
	wantPaths(t, run(t, scanner.Options{Base: root}, other), filepath.ToSlash(filepath.Join(other, "c.txt")))

	// Base "" is the working directory; relative arguments work.
	t.Chdir(root)
	wantPaths(t, run(t, scanner.Options{}, "."), "b.txt", "sub/dir/a.txt")
	wantPaths(t, run(t, scanner.Options{}, "sub/dir"), "sub/dir/a.txt")
	wantPaths(t, run(t, scanner.Options{}, "./b.txt"), "b.txt")
}

// TestParallelDeterministic: -j does not change what is found.
func TestParallelDeterministic(t *testing.T) {
	root := t.TempDir()
	files := map[string]string{}
	for i := range 60 {
		files[filepath.ToSlash(filepath.Join("d"+string(rune('a'+i%5)), "f"+strings.Repeat("x", i)+".txt"))] = ""
	}
	writeTree(t, root, files)
	one := run(t, scanner.Options{Base: root, Jobs: 1}, root)
	many := run(t, scanner.Options{Base: root, Jobs: 8}, root)
	if one.Files != 60 || many.Files != 60 || len(one.Findings) != 60 || len(many.Findings) != 60 {
		t.Fatalf("files %d/%d findings %d/%d, want 60", one.Files, many.Files, len(one.Findings), len(many.Findings))
	}
	if !slices.Equal(foundPaths(one), foundPaths(many)) || one.Bytes != many.Bytes {
		t.Errorf("-j 1 and -j 8 differ")
	}
}

// TestDirectives: directives come out of the scan with their file and line,
// prose quoting the syntax is not one, and suppression then removes exactly
// the covered findings.
func TestDirectives(t *testing.T) {
	root := t.TempDir()
	g := testcred.New(77)
	a, _ := g.Make("cfut")
	b, _ := g.Make("cfut")
	c, _ := g.Make("cfut")
	writeTree(t, root, map[string]string{
		"a.py": "x = 1\n# cfauthlint:ignore CF101 -- test fixture\ntoken = \"" + a + "\"\n" +
			"other = \"" + b + "\"  # cfauthlint:ignore CF101 -- same line\n" +
			"# cfauthlint:ignore CF201 -- nothing here\n",
		"README.md": "Suppress with `# cfauthlint:ignore CF101 -- reason` on the line above.\n\n" +
			"<!-- cfauthlint:ignore CF101 -- documented example -->\n    token = \"" + c + "\"\n",
	})
	res := run(t, scanner.Options{Base: root}, root)
	var got []string
	for _, d := range res.Directives {
		got = append(got, d.Path+":"+strings.Join(d.Rules, ",")+"@"+strconv.Itoa(d.Line))
	}
	slices.Sort(got)
	want := []string{"README.md:CF101@3", "a.py:CF101@2", "a.py:CF101@4", "a.py:CF201@5"}
	if !slices.Equal(got, want) {
		t.Fatalf("directives %v, want %v", got, want)
	}
	kept, n, notices := finding.Suppress(res.Findings, res.Directives)
	if len(kept) != 0 || n != 3 {
		t.Errorf("kept %v, suppressed %d; want all 3 suppressed", hitsOf(kept), n)
	}
	if len(notices) != 1 || notices[0].Path != "a.py" || notices[0].Line != 5 || !strings.Contains(notices[0].Message, "stale") {
		t.Errorf("notices %+v, want one stale directive at a.py:5", notices)
	}
}

// TestGitignoreAllowlist: the "ignore everything, re-include some" idiom.
func TestGitignoreAllowlist(t *testing.T) {
	root := t.TempDir()
	gitRepo(t, root)
	writeTree(t, root, map[string]string{
		".gitignore":     "*\n!*/\n!*.go\n",
		"a.go":           "",
		"a.txt":          "",
		"pkg/b.go":       "",
		"pkg/deep/c.go":  "",
		"pkg/deep/c.yml": "",
	})
	wantPaths(t, run(t, scanner.Options{Base: root}, root), "a.go", "pkg/b.go", "pkg/deep/c.go")
}
