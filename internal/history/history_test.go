package history_test

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cfauthlint/cfauthlint/internal/finding"
	"github.com/cfauthlint/cfauthlint/internal/history"
	"github.com/cfauthlint/cfauthlint/internal/scanner"
	"github.com/cfauthlint/cfauthlint/internal/testcred"
)

// repo is a throwaway git repository for tests.
type repo struct {
	t   *testing.T
	dir string
}

func newRepo(t *testing.T) *repo {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	r := &repo{t, t.TempDir()}
	// An empty global config, so the user's settings do not change the test.
	cfg := filepath.Join(t.TempDir(), "gitconfig")
	if err := os.WriteFile(cfg, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("GIT_CONFIG_GLOBAL", cfg)
	t.Setenv("GIT_CONFIG_NOSYSTEM", "1")
	r.git("init", "-q", "-b", "main")
	return r
}

func (r *repo) git(args ...string) string {
	r.t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = r.dir
	cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com",
		"GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.com")
	out, err := cmd.CombinedOutput()
	if err != nil {
		r.t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return strings.TrimSpace(string(out))
}

func (r *repo) write(name, content string) {
	r.t.Helper()
	p := filepath.Join(r.dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		r.t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		r.t.Fatal(err)
	}
}

// commit stages everything and commits; it returns the commit id.
func (r *repo) commit(msg string) string {
	r.git("add", "-A")
	r.git("commit", "-q", "--allow-empty", "-m", msg)
	return r.git("rev-parse", "HEAD")
}

// only keeps the findings of one rule.
func only(fs []finding.Finding, rule string) []finding.Finding {
	var out []finding.Finding
	for _, f := range fs {
		if f.RuleID == rule {
			out = append(out, f)
		}
	}
	return out
}

func scanHistory(t *testing.T, dir string, opt history.Options, exclude ...string) *history.Result {
	t.Helper()
	sc, err := scanner.New(scanner.Options{Base: dir, Exclude: exclude})
	if err != nil {
		t.Fatal(err)
	}
	res, err := history.Scan(context.Background(), sc, dir, opt)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func TestDeletedKeyIsFoundAtItsCommit(t *testing.T) {
	key := testcred.New(11).Prefixed("cfk_")
	r := newRepo(t)
	r.write("README.md", "# demo\n")
	r.commit("init")
	r.write("deploy/env.sh", "export CLOUDFLARE_API_KEY="+key+"\n")
	added := r.commit("add deploy script")
	// Later edits keep the key for a while: still one finding, at the commit that added it.
	r.write("deploy/env.sh", "# deploy\nexport CLOUDFLARE_API_KEY="+key+"\n")
	r.commit("comment")
	r.write("deploy/env.sh", "export CLOUDFLARE_API_KEY=\"$(pass cloudflare/key)\"\n")
	r.commit("read the key from pass")

	res := scanHistory(t, r.dir, history.Options{})
	// CF201 (the CLOUDFLARE_API_KEY name) is in every version: reported once too.
	if n := len(only(res.Findings, "CF201")); n != 1 {
		t.Errorf("got %d CF201 findings, want 1", n)
	}
	keys := only(res.Findings, "CF102")
	if len(keys) != 1 {
		t.Fatalf("got %d CF102 findings, want 1: %+v", len(keys), keys)
	}
	f := keys[0]
	if f.RuleID != "CF102" || f.Commit != added || f.Path != "deploy/env.sh" || f.Line != 1 {
		t.Errorf("finding = %s %s@%s line %d, want CF102 deploy/env.sh@%s line 1", f.RuleID, f.Path, f.Commit, f.Line, added)
	}
	if strings.Contains(f.Redacted, key) || f.Secret != "" {
		t.Errorf("finding holds the key")
	}
	if res.Commits != 4 {
		t.Errorf("commits = %d, want 4", res.Commits)
	}
	// 4 blobs: README, and three versions of env.sh.
	if res.Files != 4 {
		t.Errorf("files = %d, want 4", res.Files)
	}
}

func TestBranchesMergesAndEachBlobOnce(t *testing.T) {
	g := testcred.New(12)
	tokA, tokB := g.Prefixed("cfut_"), g.Prefixed("cfut_")
	r := newRepo(t)
	r.write("a.txt", "same content\n")
	r.write("b.txt", "same content\n") // the same blob under two names: scanned once
	r.commit("init")
	r.git("checkout", "-q", "-b", "side")
	r.write("side.env", "TOKEN="+tokA+"\n")
	sideCommit := r.commit("side")
	r.git("checkout", "-q", "main")
	r.write("main.txt", "x\n")
	r.commit("main")
	r.git("merge", "-q", "--no-ff", "-m", "merge", "side")
	// A token that only exists on a branch that is not merged anywhere.
	r.git("checkout", "-q", "-b", "wip")
	r.write("wip.yaml", "token: "+tokB+"\n")
	wip := r.commit("wip")
	r.git("checkout", "-q", "main")

	res := scanHistory(t, r.dir, history.Options{})
	got := map[string]string{}
	for _, f := range res.Findings {
		got[f.Path] = f.RuleID + "@" + f.Commit
	}
	want := map[string]string{"side.env": "CF101@" + sideCommit, "wip.yaml": "CF101@" + wip}
	if len(got) != len(want) || got["side.env"] != want["side.env"] || got["wip.yaml"] != want["wip.yaml"] {
		t.Errorf("findings = %v, want %v", got, want)
	}
	// Blobs: "same content", side.env, main.txt, wip.yaml.
	if res.Files != 4 {
		t.Errorf("files = %d, want 4 (each blob once)", res.Files)
	}
}

func TestFilterSuppressionAndBinary(t *testing.T) {
	g := testcred.New(13)
	r := newRepo(t)
	r.write("vendor/lib.env", "CLOUDFLARE_API_KEY="+g.Prefixed("cfk_")+"\n")
	r.write("ok.env", "# cfauthlint:ignore CF102 -- test fixture\nCLOUDFLARE_API_KEY="+g.Prefixed("cfk_")+"\n")
	r.write("img.bin", "\x00\x01"+g.Prefixed("cfk_"))
	r.write("link", "")
	r.commit("init")
	// In a later version the directive is gone: that version's finding stays.
	r.write("ok.env", "\nCLOUDFLARE_API_KEY="+g.Prefixed("cfk_")+"\n")
	later := r.commit("new key, no directive")

	res := scanHistory(t, r.dir, history.Options{}, "./vendor/**")
	keys := only(res.Findings, "CF102")
	if len(keys) != 1 || keys[0].Commit != later || keys[0].Path != "ok.env" {
		t.Errorf("findings = %+v, want one in ok.env at %s", keys, later)
	}
	if res.Suppressed != 1 {
		t.Errorf("suppressed = %d, want 1", res.Suppressed)
	}
	if res.Skipped[scanner.SkipExcluded] != 1 || res.Skipped[scanner.SkipBinary] != 1 {
		t.Errorf("skipped = %v, want 1 excluded and 1 binary", res.Skipped)
	}
}

func TestSizeLimitAndEmptyRepo(t *testing.T) {
	r := newRepo(t)
	res := scanHistory(t, r.dir, history.Options{})
	if len(res.Findings) != 0 || res.Files != 0 {
		t.Errorf("empty repository: %+v", res.Result)
	}
	r.write("big.txt", strings.Repeat("x", 2000)+"\n")
	r.write("small.txt", "x\n")
	r.commit("init")
	res = scanHistory(t, r.dir, history.Options{MaxBlobBytes: 1000})
	if res.Files != 1 || res.Skipped[history.SkipTooLarge] != 1 {
		t.Errorf("files = %d, skipped = %v; want 1 file and 1 too-large", res.Files, res.Skipped)
	}
}

func TestNotARepository(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	sc, _ := scanner.New(scanner.Options{})
	dir := t.TempDir()
	t.Setenv("GIT_CEILING_DIRECTORIES", filepath.Dir(dir))
	if _, err := history.Scan(context.Background(), sc, dir, history.Options{}); err == nil || !strings.Contains(err.Error(), "git repository") {
		t.Errorf("err = %v, want a clear error", err)
	}
}

func TestPathsWithSpecialCharacters(t *testing.T) {
	r := newRepo(t)
	name := "dir with space/tab\there \"q\" ünï.env"
	r.write(name, "CLOUDFLARE_API_KEY="+testcred.New(14).Prefixed("cfk_")+"\n")
	r.commit("odd name")
	res := scanHistory(t, r.dir, history.Options{})
	if keys := only(res.Findings, "CF102"); len(keys) != 1 || keys[0].Path != name {
		t.Errorf("findings = %+v, want one in %q", keys, name)
	}
}
