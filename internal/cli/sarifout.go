package cli

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/cfauthlint/cfauthlint/internal/finding"
)

// repoRooted returns a copy of rep whose paths are relative to the root of
// the git repository holding each file, for SARIF: code scanning places a
// result by its path from the repository root (%SRCROOT%), so a scan of
// ../deploy from a subdirectory must not give ../ or absolute paths. A
// file in no repository keeps its path. With --staged and --history paths
// are repository paths already (repoPaths).
func repoRooted(rep *finding.Report, wd string, repoPaths bool) *finding.Report {
	if repoPaths {
		return rep
	}
	rel := repoRel(wd)
	out := *rep
	out.Findings = make([]finding.Finding, len(rep.Findings))
	for i, f := range rep.Findings {
		f.Path = rel(f.Path)
		out.Findings[i] = f
	}
	out.Notices = make([]finding.Notice, len(rep.Notices))
	for i, n := range rep.Notices {
		n.Path = rel(n.Path)
		out.Notices[i] = n
	}
	return &out
}

// repoRel returns the function that turns a finding's path (relative to
// wd, or absolute) into its path relative to the root of the git work tree
// that holds it, or leaves it as it is when no work tree holds it.
func repoRel(wd string) func(string) string {
	roots := map[string]string{} // directory → repository root ("" for none)
	var root func(dir string) string
	root = func(dir string) string {
		if r, ok := roots[dir]; ok {
			return r
		}
		r := ""
		if _, err := os.Lstat(filepath.Join(dir, ".git")); err == nil {
			r = dir
		} else if parent := filepath.Dir(dir); parent != dir {
			r = root(parent)
		}
		roots[dir] = r
		return r
	}
	return func(p string) string {
		if p == "" {
			return p
		}
		abs := filepath.FromSlash(p)
		if !filepath.IsAbs(abs) {
			abs = filepath.Join(wd, abs)
		}
		top := root(filepath.Dir(abs))
		if top == "" {
			return p
		}
		r, err := filepath.Rel(top, abs)
		if err != nil || r == ".." || strings.HasPrefix(r, ".."+string(filepath.Separator)) {
			return p
		}
		return filepath.ToSlash(r)
	}
}
