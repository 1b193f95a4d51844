package scanner_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/cfauthlint/cfauthlint/internal/scanner"
)

// gitIn runs the real git in dir, isolated from user config and from the
// variables of a surrounding hook.
func gitIn(t *testing.T, dir string, args ...string) {
	t.Helper()
	cmd := exec.Command("git", append([]string{"-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false"}, args...)...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GIT_CONFIG_NOSYSTEM=1", "GIT_CONFIG_GLOBAL="+filepath.Join(dir, ".git-test-config-none"))
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
}

// TestGitignoreTracked follows git: ignore rules do not apply to a file git
// tracks (Terraform state committed before .gitignore listed *.tfstate, or
// with git add -f). An ignored directory is walked only for its tracked
// files; the rest of it stays ignored.
func TestGitignoreTracked(t *testing.T) {
	root := t.TempDir()
	gitIn(t, root, "init", "-q")
	writeTree(t, root, map[string]string{
		".gitignore":          "*.tfstate\nbuild/\ngen/**\n",
		"main.tf":             "",
		"terraform.tfstate":   "", // tracked (git add -f): scanned
		"other.tfstate":       "", // untracked: ignored
		"build/keep.tf":       "", // tracked inside an ignored directory: scanned
		"build/junk.tf":       "", // untracked inside it: ignored
		"build/sub/deep.tf":   "", // tracked, deeper: scanned
		"build/sub/junk2.tf":  "",
		"gen/kept.txt":        "", // tracked under "gen/**"
		"gen/not.txt":         "",
		"dist/only-ignored/x": "", // a directory with nothing tracked stays skipped
	})
	if err := os.WriteFile(filepath.Join(root, ".gitignore"), []byte("*.tfstate\nbuild/\ngen/**\ndist/\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	gitIn(t, root, "add", ".gitignore", "main.tf")
	gitIn(t, root, "add", "-f", "terraform.tfstate", "build/keep.tf", "build/sub/deep.tf", "gen/kept.txt")
	gitIn(t, root, "commit", "-q", "-m", "x")

	res := run(t, scanner.Options{Base: root}, root)
	wantPaths(t, res, "main.tf", "terraform.tfstate", "build/keep.tf", "build/sub/deep.tf", "gen/kept.txt")
	// other.tfstate, build/junk.tf, build/sub/junk2.tf, gen/not.txt and dist/.
	if got := res.Skipped[scanner.SkipIgnored]; got != 5 {
		t.Errorf("gitignored skips = %d, want 5 (%v)", got, res.Skipped)
	}

	// A directory named on the command line is scanned whole, ignored or
	// not (as a file named there is); below it the same index applies.
	res = run(t, scanner.Options{Base: root}, filepath.Join(root, "build"))
	wantPaths(t, res, "build/keep.tf", "build/junk.tf", "build/sub/deep.tf", "build/sub/junk2.tf")

	// Staged but not committed counts as tracked, as for git.
	gitIn(t, root, "add", "-f", "other.tfstate")
	res = run(t, scanner.Options{Base: root}, root)
	wantPaths(t, res, "main.tf", "terraform.tfstate", "other.tfstate", "build/keep.tf", "build/sub/deep.tf", "gen/kept.txt")
}

// TestGitignoreTrackedNoGit: where git cannot read the repository (here a
// bare .git directory, as TestGitignore makes), ignore rules apply to every
// file, as before.
func TestGitignoreTrackedNoGit(t *testing.T) {
	root := t.TempDir()
	gitRepo(t, root)
	writeTree(t, root, map[string]string{".gitignore": "*.tfstate\n", "terraform.tfstate": "", "main.tf": ""})
	res := run(t, scanner.Options{Base: root}, root)
	wantPaths(t, res, "main.tf")
}
