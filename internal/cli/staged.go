package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/cfauthlint/cfauthlint/internal/finding"
	"github.com/cfauthlint/cfauthlint/internal/gitsrc"
	"github.com/cfauthlint/cfauthlint/internal/report"
	"github.com/cfauthlint/cfauthlint/internal/scanner"
)

// collectStaged scans the blobs staged in the git index of the repository
// holding the working directory (the Go analyzers do not run: they need a
// whole package in the work tree). Findings name repository paths. Without
// PATH arguments it scans what the next commit changes; with them (as
// pre-commit passes them), the staged content of exactly those files.
func collectStaged(f *scanFlags, sc *scanner.Scanner, cfgs *configs) (*scanner.Result, error) {
	var specs []string
	if f.pathsGiven {
		specs = f.paths
	}
	st, err := gitsrc.List(".", specs)
	if err != nil {
		return nil, &ExitErr{Code: ExitError, Err: err}
	}
	cfgs.top = st.Top // findings name repository paths
	res, err := gitsrc.Scan(sc, st, f.jobs)
	if err != nil {
		return nil, &ExitErr{Code: ExitError, Err: err}
	}
	staged := make(map[string]bool, len(st.Files))
	for _, file := range st.Files {
		staged[file.Path] = true
	}
	f.scope = func(p string) bool { return staged[p] }
	return res, nil
}

// collectChanged scans the files that f.revRange changes, as blobs from
// git (like --staged): --since REV is REV...HEAD (what a branch changed since
// it left REV), --diff A..B as given. PATH arguments restrict it.
func collectChanged(f *scanFlags, sc *scanner.Scanner, cfgs *configs) (*scanner.Result, error) {
	var specs []string
	if f.pathsGiven {
		specs = f.paths
	}
	st, err := gitsrc.ListDiff(".", f.revRange, specs)
	if err != nil {
		return nil, &ExitErr{Code: ExitError, Err: err}
	}
	cfgs.top = st.Top
	res, err := gitsrc.Scan(sc, st, f.jobs)
	if err != nil {
		return nil, &ExitErr{Code: ExitError, Err: err}
	}
	changed := make(map[string]bool, len(st.Files))
	for _, file := range st.Files {
		changed[file.Path] = true
	}
	f.scope = func(p string) bool { return changed[p] }
	return res, nil
}

// pathScope reports whether a display path lies under one of the PATH
// arguments (display paths are relative to the working directory when
// inside it, else absolute, as the walker makes them).
func pathScope(paths []string) func(string) bool {
	wd, err := os.Getwd()
	if err != nil {
		return func(string) bool { return true }
	}
	var roots []string
	for _, p := range paths {
		abs, err := filepath.Abs(p)
		if err != nil {
			return func(string) bool { return true }
		}
		rel, err := filepath.Rel(wd, abs)
		switch {
		case err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)):
			roots = append(roots, filepath.ToSlash(abs))
		case rel == ".":
			return func(string) bool { return true }
		default:
			roots = append(roots, filepath.ToSlash(rel))
		}
	}
	return func(p string) bool {
		for _, r := range roots {
			if p == r || strings.HasPrefix(p, r+"/") {
				return true
			}
		}
		return false
	}
}

// applyBaseline writes --write-baseline (keeping the entries of an existing
// file for paths this scan did not cover) and hides the findings of the
// baseline in force, returning the rest, how many were hidden, and notices
// for stale entries. A malformed or unreadable baseline is exit 2.
func applyBaseline(f *scanFlags, fs []finding.Finding, env Env) ([]finding.Finding, int, []finding.Notice, error) {
	if f.baseline == "" && f.writeBaseline == "" {
		return fs, 0, nil, nil
	}
	scope := f.scope
	if scope == nil {
		scope = pathScope(f.paths)
	}
	if f.writeBaseline == "" {
		bl, err := finding.LoadBaseline(f.baseline)
		if err != nil {
			return nil, 0, nil, &ExitErr{Code: ExitError, Err: err}
		}
		kept, hidden, stale := bl.Apply(fs, scope)
		return kept, hidden, stale, nil
	}
	if f.baseline != "" && filepath.Clean(f.baseline) != filepath.Clean(f.writeBaseline) {
		return nil, 0, nil, usageErr("--baseline %s and --write-baseline %s name different files; to refresh a baseline give the same file to both, or use one flag", f.baseline, f.writeBaseline)
	}
	prev, err := finding.LoadBaseline(f.writeBaseline)
	if err != nil {
		if _, statErr := os.Stat(f.writeBaseline); !errors.Is(statErr, os.ErrNotExist) {
			return nil, 0, nil, &ExitErr{Code: ExitError, Err: err}
		}
		prev = nil
	}
	entries := prev.Update(fs, scope)
	if err := writeOutput(f.writeBaseline, env, func(w io.Writer) error { return finding.WriteBaseline(w, entries) }); err != nil {
		return nil, 0, nil, &ExitErr{Code: ExitError, Err: fmt.Errorf("baseline %s: %w", f.writeBaseline, err)}
	}
	if !f.quiet {
		fmt.Fprintf(env.Stderr, "cfauthlint: wrote %d findings to baseline %s (%d entries in all)\n", len(fs), report.Safe(f.writeBaseline), len(entries))
	}
	kept, hidden, _ := (&finding.Baseline{File: f.writeBaseline, Entries: entries}).Apply(fs, scope)
	return kept, hidden, nil, nil
}
