// Package atest runs analysistest on template testdata: it copies the
// shared Cloudflare SDK stubs and an analyzer's testdata/src into a
// temporary GOPATH and expands credential placeholders there with fake
// values generated at test time (internal/testcred), so that no
// secret-shaped value is committed.
//
// Placeholders: {{kind}} is a fresh value of a testcred kind (cfut, tok40,
// hex37, …); {{kind#name}} is one value reused wherever the same name
// appears in the file; {{kind#name[i:j]}} is a slice of it, to split a
// credential across a concatenation. A .golden file is expanded with the
// same values as the file it belongs to.
package atest

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/cfauthlint/cfauthlint/analyzers/internal/lint"
	"github.com/cfauthlint/cfauthlint/internal/goscan"
	"github.com/cfauthlint/cfauthlint/internal/testcred"
)

// Dir builds the expanded GOPATH for the calling test's package and returns it.
func Dir(t *testing.T) string {
	t.Helper()
	_, self, _, _ := runtime.Caller(0)
	stubs := filepath.Join(filepath.Dir(self), "..", "testdata")
	dst := t.TempDir()
	for _, src := range []string{stubs, "testdata"} {
		if err := copyTree(src, dst); err != nil {
			t.Fatal(err)
		}
	}
	return dst
}

// Run is analysistest.Run on the expanded testdata, and then the same
// analyzer through cfauthlint scan's lenient loader (internal/goscan),
// which must report the same diagnostics (LenientParity).
func Run(t *testing.T, a *analysis.Analyzer, pkgs ...string) []*analysistest.Result {
	t.Helper()
	dir := Dir(t)
	res := analysistest.Run(t, dir, lint.Labelled(a), pkgs...)
	LenientParity(t, dir, a, pkgs, res)
	return res
}

// RunWithSuggestedFixes is analysistest.RunWithSuggestedFixes on the
// expanded testdata (with expanded .golden files), with LenientParity.
func RunWithSuggestedFixes(t *testing.T, a *analysis.Analyzer, pkgs ...string) []*analysistest.Result {
	t.Helper()
	dir := Dir(t)
	res := analysistest.RunWithSuggestedFixes(t, dir, lint.Labelled(a), pkgs...)
	LenientParity(t, dir, a, pkgs, res)
	return res
}

// LenientParity runs a on the GOPATH packages pkgs of dir through
// goscan, the from-source loader of `cfauthlint scan` (no go list, fake
// imports), and fails unless it reports a diagnostic of the same rule on
// the same lines as analysistest did (with full type information from the
// go command).
func LenientParity(t *testing.T, dir string, a *analysis.Analyzer, pkgs []string, res []*analysistest.Result) {
	t.Helper()
	want := map[string]bool{}
	for _, r := range res {
		for _, d := range r.Diagnostics {
			p := r.Pass.Fset.Position(d.Pos)
			want[fmt.Sprintf("%s:%d: %s", filepath.Base(p.Filename), p.Line, d.Category)] = true
		}
	}
	var paths []string
	for _, p := range pkgs {
		paths = append(paths, filepath.Join(dir, "src", filepath.FromSlash(p)))
	}
	env := append(os.Environ(), "GOPATH="+dir, "GO111MODULE=off", "GOFLAGS=")
	gr, err := goscan.Run(goscan.Options{Paths: paths, Env: env, Analyzers: []*analysis.Analyzer{a}, ExtraHosts: nil})
	if err != nil {
		t.Fatalf("lenient loader: %v", err)
	}
	got := map[string]bool{}
	for _, f := range gr.Findings {
		got[fmt.Sprintf("%s:%d: %s", filepath.Base(f.Path), f.Line, f.RuleID)] = true
	}
	for k := range want {
		if !got[k] {
			t.Errorf("lenient loader (cfauthlint scan) misses %s", k)
		}
	}
	for k := range got {
		if !want[k] {
			t.Errorf("lenient loader (cfauthlint scan) reports %s, which analysistest does not", k)
		}
	}
}

func copyTree(src, dst string) error {
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, p)
		if err != nil {
			return err
		}
		out := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(out, 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if strings.HasSuffix(p, ".go") || strings.HasSuffix(p, ".golden") {
			data = []byte(Expand(strings.TrimSuffix(filepath.Base(p), ".golden"), string(data)))
		}
		return os.WriteFile(out, data, 0o644)
	})
}

// Expand expands the placeholders of text with values seeded by name
// (testcred.ExpandTemplate).
func Expand(name, text string) string {
	out, _ := testcred.ExpandTemplate(name, text)
	return out
}
