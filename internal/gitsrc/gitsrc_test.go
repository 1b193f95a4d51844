package gitsrc

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/cfauthlint/cfauthlint/internal/scanner"
	"github.com/cfauthlint/cfauthlint/internal/testcred"
)

// isolateGit keeps the tests' git processes away from the environment of a
// surrounding git hook (GIT_DIR, GIT_INDEX_FILE, …) and from user config.
func isolateGit(t testing.TB) {
	for _, k := range []string{"GIT_DIR", "GIT_INDEX_FILE", "GIT_WORK_TREE", "GIT_OBJECT_DIRECTORY", "GIT_PREFIX"} {
		t.Setenv(k, "")
		os.Unsetenv(k)
	}
	// An empty file rather than os.DevNull, which is not always a device.
	empty := filepath.Join(t.TempDir(), "gitconfig")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("GIT_CONFIG_GLOBAL", empty)
	t.Setenv("GIT_CONFIG_NOSYSTEM", "1")
}

type repo struct {
	t   testing.TB
	dir string
}

func newRepo(t testing.TB) *repo {
	t.Helper()
	isolateGit(t)
	r := &repo{t, t.TempDir()}
	r.git("init", "-q", "-b", "main")
	return r
}

func (r *repo) git(args ...string) string {
	r.t.Helper()
	cmd := exec.Command("git", append([]string{"-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false"}, args...)...)
	cmd.Dir = r.dir
	out, err := cmd.CombinedOutput()
	if err != nil {
		r.t.Fatalf("git %v: %v\n%s", args, err, out)
	}
	return string(out)
}

func (r *repo) gitIn(dir string, args ...string) string {
	r.t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	out, err := cmd.Output()
	if err != nil {
		r.t.Fatalf("git %v: %v", args, err)
	}
	return string(out)
}

func (r *repo) write(name, content string) {
	r.t.Helper()
	p := filepath.Join(r.dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		r.t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		r.t.Fatal(err)
	}
}

func tokens(t testing.TB, seed uint64, n int) []string {
	t.Helper()
	g := testcred.New(seed)
	var out []string
	for range n {
		tok, ok := g.Make("cfut")
		if !ok {
			t.Fatal("testcred has no cfut kind")
		}
		out = append(out, tok)
	}
	return out
}

func hashOf(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

func scanStaged(t testing.TB, dir string, pathspecs ...string) *scanner.Result {
	t.Helper()
	st, err := List(dir, pathspecs)
	if err != nil {
		t.Fatal(err)
	}
	sc, err := scanner.New(scanner.Options{})
	if err != nil {
		t.Fatal(err)
	}
	res, err := Scan(sc, st, 0)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// found lists "path rule value-hash" for each finding.
func found(res *scanner.Result) []string {
	var out []string
	for _, f := range res.Findings {
		out = append(out, f.Path+" "+f.RuleID+" "+f.ValueHash)
	}
	sort.Strings(out)
	return out
}

func listed(t testing.TB, dir string, pathspecs ...string) []string {
	t.Helper()
	st, err := List(dir, pathspecs)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range st.Files {
		out = append(out, f.Path)
	}
	return out
}

func TestScansIndexNotWorkTreeNorHistory(t *testing.T) {
	r := newRepo(t)
	tok := tokens(t, 11, 4)
	r.write("committed.txt", "token = "+tok[0]+"\n")
	r.write("edited.txt", "clean\n")
	r.git("add", ".")
	r.git("commit", "-q", "-m", "history")

	// Staged with a token, then cleaned in the work tree: the commit holds the token.
	r.write("staged.txt", "api_token = "+tok[1]+"\n")
	r.git("add", "staged.txt")
	r.write("staged.txt", "api_token = os.Getenv(\"CF_API_TOKEN\")\n")
	// Token only in the work tree: not part of the commit.
	r.write("edited.txt", "token = "+tok[2]+"\n")
	// Staged clean, token added afterwards.
	r.write("later.txt", "nothing yet\n")
	r.git("add", "later.txt")
	r.write("later.txt", "now "+tok[3]+"\n")

	res := scanStaged(t, r.dir)
	want := []string{"staged.txt CF101 " + hashOf(tok[1])}
	if got := found(res); !reflect.DeepEqual(got, want) {
		t.Errorf("findings = %v, want %v", got, want)
	}
	if res.Files != 2 {
		t.Errorf("files = %d, want 2 (staged.txt, later.txt)", res.Files)
	}
	if wantBytes := int64(len("api_token = "+tok[1]+"\n") + len("nothing yet\n")); res.Bytes != wantBytes {
		t.Errorf("bytes = %d, want %d (the staged blobs)", res.Bytes, wantBytes)
	}
	for _, f := range res.Findings {
		if f.Secret != "" || strings.Contains(f.Redacted, tok[1]) {
			t.Errorf("finding holds the secret (redacted %q)", f.Redacted)
		}
	}
}

func TestPathspecsRestrict(t *testing.T) {
	r := newRepo(t)
	r.write("a.txt", "a\n")
	r.write("dir/b.txt", "b\n")
	r.write("dir/sub/c.txt", "c\n")
	r.write("we ird*.txt", "w\n")
	r.write("wexirdy.txt", "glob bait\n")
	r.write("ünï.txt", "u\n")
	r.git("add", ".")

	tests := []struct {
		dir   string
		specs []string
		want  []string
	}{
		{"", nil, []string{"a.txt", "dir/b.txt", "dir/sub/c.txt", "we ird*.txt", "wexirdy.txt", "ünï.txt"}},
		{"", []string{"dir"}, []string{"dir/b.txt", "dir/sub/c.txt"}},
		{"", []string{"a.txt", "dir/sub/c.txt"}, []string{"a.txt", "dir/sub/c.txt"}},
		{"", []string{"we ird*.txt"}, []string{"we ird*.txt"}}, // literal, not a glob
		{"", []string{"ünï.txt"}, []string{"ünï.txt"}},
		{"", []string{"not-staged.txt"}, nil},
		// From a subdirectory, pathspecs are relative to it and paths stay repository paths.
		{"dir", []string{"b.txt"}, []string{"dir/b.txt"}},
		{"dir", []string{"sub/"}, []string{"dir/sub/c.txt"}},
		{"dir", []string{".."}, []string{"a.txt", "dir/b.txt", "dir/sub/c.txt", "we ird*.txt", "wexirdy.txt", "ünï.txt"}},
		{"", []string{"."}, []string{"a.txt", "dir/b.txt", "dir/sub/c.txt", "we ird*.txt", "wexirdy.txt", "ünï.txt"}},
		{"dir", nil, []string{"a.txt", "dir/b.txt", "dir/sub/c.txt", "we ird*.txt", "wexirdy.txt", "ünï.txt"}},
	}
	for _, tc := range tests {
		dir := filepath.Join(r.dir, tc.dir)
		got := listed(t, dir, tc.specs...)
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("List(%q, %q) = %q, want %q", tc.dir, tc.specs, got, tc.want)
		}
		if len(tc.specs) == 0 {
			continue
		}
		// Many pathspecs are matched in Go: the same files.
		top, prefix, _ := strings.Cut(strings.TrimRight(r.gitIn(dir, "rev-parse", "--show-toplevel", "--show-prefix"), "\n"), "\n")
		files, err := listStageFiltered(dir, top, prefix, tc.specs)
		if err != nil {
			t.Fatal(err)
		}
		var viaGo []string
		for _, f := range files {
			viaGo = append(viaGo, f.Path)
		}
		if !reflect.DeepEqual(viaGo, tc.want) {
			t.Errorf("listStageFiltered(%q, %q) = %q, want %q", tc.dir, tc.specs, viaGo, tc.want)
		}
	}
	// Through List, beyond maxGitPathspecs names.
	specs := []string{"dir/sub", "a.txt"}
	for i := 0; len(specs) <= maxGitPathspecs; i++ {
		specs = append(specs, fmt.Sprintf("missing-%d.txt", i))
	}
	if got, want := listed(t, r.dir, specs...), []string{"a.txt", "dir/sub/c.txt"}; !reflect.DeepEqual(got, want) {
		t.Errorf("List with %d pathspecs = %q, want %q", len(specs), got, want)
	}
	if _, err := List(r.dir, append(specs, "../outside")); err == nil || !strings.Contains(err.Error(), "outside the repository") {
		t.Errorf("List with a path outside the repository: err = %v", err)
	}
}

func TestRenamesDeletesAndFirstCommit(t *testing.T) {
	r := newRepo(t)
	tok := tokens(t, 12, 1)
	r.write("old.txt", "key "+tok[0]+"\n")
	r.write("gone.txt", "bye\n")
	if got := listed(t, r.dir); got != nil {
		t.Fatalf("nothing staged yet, listed %q", got)
	}
	// Before the first commit every staged file is new.
	r.git("add", ".")
	if got, want := listed(t, r.dir), []string{"gone.txt", "old.txt"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("unborn HEAD: listed %q, want %q", got, want)
	}
	r.git("commit", "-q", "-m", "first")
	if got := listed(t, r.dir); got != nil {
		t.Fatalf("after commit: listed %q, want nothing", got)
	}
	r.git("mv", "old.txt", "new.txt")
	r.git("rm", "-q", "gone.txt")
	want := []string{"new.txt CF101 " + hashOf(tok[0])}
	if got := found(scanStaged(t, r.dir)); !reflect.DeepEqual(got, want) {
		t.Errorf("after mv+rm: %v, want %v", got, want)
	}
}

func TestSkipsSymlinksBinariesAndExcluded(t *testing.T) {
	r := newRepo(t)
	tok := tokens(t, 13, 2)
	r.write("bin.dat", "\x00\x01binary "+tok[0])
	r.write("vendor/lib/x.txt", tok[1]+"\n")
	r.write("text.txt", "hello\n")
	if err := os.Symlink("text.txt", filepath.Join(r.dir, "link")); err != nil {
		t.Skip("no symlinks:", err)
	}
	r.git("add", ".")
	st, err := List(r.dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	sc, _ := scanner.New(scanner.Options{Exclude: []string{"vendor"}})
	res, err := Scan(sc, st, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Findings) != 0 {
		t.Errorf("findings %v, want none", found(res))
	}
	want := map[string]int{scanner.SkipBinary: 1, scanner.SkipSymlink: 1, scanner.SkipExcluded: 1}
	if !reflect.DeepEqual(res.Skipped, want) || res.Files != 1 {
		t.Errorf("skipped %v files %d, want %v files 1", res.Skipped, res.Files, want)
	}
}

func TestManyFilesAcrossReaders(t *testing.T) {
	r := newRepo(t)
	tok := tokens(t, 14, 1)
	var want []string
	for i := range 150 {
		name := fmt.Sprintf("d%d/f%03d.txt", i%7, i)
		body := strings.Repeat("filler line\n", i)
		if i%10 == 3 {
			body += "token: " + tok[0] + "\n"
			want = append(want, name+" CF101 "+hashOf(tok[0]))
		}
		r.write(name, body)
	}
	r.git("add", ".")
	sort.Strings(want)
	for _, jobs := range []int{1, 3, 16} {
		st, err := List(r.dir, nil)
		if err != nil {
			t.Fatal(err)
		}
		sc, _ := scanner.New(scanner.Options{})
		res, err := Scan(sc, st, jobs)
		if err != nil {
			t.Fatal(err)
		}
		if got := found(res); !reflect.DeepEqual(got, want) || res.Files != 150 {
			t.Errorf("jobs=%d: %d files, findings %v, want 150 files and %v", jobs, res.Files, got, want)
		}
	}
}

func TestNotARepository(t *testing.T) {
	isolateGit(t)
	t.Setenv("GIT_CEILING_DIRECTORIES", os.TempDir())
	_, err := List(t.TempDir(), nil)
	if err == nil || !strings.Contains(err.Error(), "git work tree") {
		t.Fatalf("err = %v, want a 'needs a git work tree' error", err)
	}
}

func TestParseRaw(t *testing.T) {
	z := "\x00"
	out := ":000000 100644 " + strings.Repeat("0", 40) + " " + strings.Repeat("a", 40) + " A" + z + "new file" + z +
		":100644 100644 " + strings.Repeat("b", 40) + " " + strings.Repeat("c", 40) + " R087" + z + "from" + z + "to/x" + z
	got, err := parseRaw(out)
	if err != nil {
		t.Fatal(err)
	}
	want := []File{{"new file", "100644", strings.Repeat("a", 40)}, {"to/x", "100644", strings.Repeat("c", 40)}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("parseRaw = %+v, want %+v", got, want)
	}
	for _, bad := range []string{"garbage" + z, ":100644 100644 x y" + z + "p" + z, ":1 2 3 4 A" + z} {
		if _, err := parseRaw(bad); err == nil {
			t.Errorf("parseRaw(%q) = nil error", bad)
		}
	}
}

// TestPathspecsNameIndexEntries: named files are scanned as staged, changed
// or not (pre-commit run --all-files passes every tracked file), always the
// index content, never the work tree.
func TestPathspecsNameIndexEntries(t *testing.T) {
	r := newRepo(t)
	tok := tokens(t, 15, 3)
	r.write("kept.env", "token = "+tok[0]+"\n")
	r.write("edited.txt", "clean\n")
	r.write("dir/other.txt", "clean\n")
	r.git("add", ".")
	r.git("commit", "-q", "-m", "snapshot")
	r.write("edited.txt", "token = "+tok[1]+"\n") // unstaged
	r.write("untracked.txt", "token = "+tok[2]+"\n")

	if got := listed(t, r.dir); got != nil {
		t.Errorf("without pathspecs nothing is staged, listed %q", got)
	}
	if got, want := listed(t, r.dir, "kept.env", "edited.txt", "untracked.txt", "dir"), []string{"dir/other.txt", "edited.txt", "kept.env"}; !reflect.DeepEqual(got, want) {
		t.Errorf("listed %q, want %q (tracked files only)", got, want)
	}
	want := []string{"kept.env CF101 " + hashOf(tok[0])}
	if got := found(scanStaged(t, r.dir, "kept.env", "edited.txt", "untracked.txt")); !reflect.DeepEqual(got, want) {
		t.Errorf("findings %v, want %v (index content only)", got, want)
	}
}

func TestParseStage(t *testing.T) {
	oid := strings.Repeat("d", 40)
	out := "100644 " + oid + " 0\tok file\x00" + "100644 " + oid + " 1\tconflict\x00" + "100644 " + oid + " 2\tconflict\x00" + "120000 " + oid + " 0\tlink\x00"
	got, err := parseStage(out)
	if err != nil {
		t.Fatal(err)
	}
	want := []File{{"ok file", "100644", oid}, {"link", "120000", oid}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("parseStage = %+v, want %+v", got, want)
	}
	for _, bad := range []string{"100644 x\tp\x00", "100644 " + oid + " 0 p\x00", "100644 " + oid + " 0\t\x00"} {
		if _, err := parseStage(bad); err == nil {
			t.Errorf("parseStage(%q) = nil error", bad)
		}
	}
}
