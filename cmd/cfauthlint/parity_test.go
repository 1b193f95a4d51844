package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/cfauthlint/cfauthlint/internal/goscan"
	"github.com/cfauthlint/cfauthlint/internal/testcred"
)

// TestParityModule runs both Go drivers on one module that uses the real
// Cloudflare SDKs, cloudflare-go v0.116.0 and v6.10.0, from the module
// cache: `go vet -vettool=cfauthlint` (full type information from the go
// command) and scan's lenient from-source loader. Both must report the
// `// want` diagnostics, no more and no fewer: folded constants, constants
// across files and packages, url.URL and http.Header literals, SDK calls
// of both generations, a mock server that reads headers, env lookups.
//
// .ci/run downloads the SDKs (go mod download in testdata/paritymod) and
// sets CFAUTHLINT_REQUIRE_PARITY, so there a missing module fails the
// test; elsewhere it skips.
func TestParityModule(t *testing.T) {
	goBin, bin := buildBinary(t)
	src := filepath.Join("testdata", "paritymod")
	env := append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off", "GOWORK=off")
	dir := t.TempDir()
	var secrets []string
	err := filepath.WalkDir(src, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		text, vals := string(data), []string(nil)
		if strings.HasSuffix(rel, ".tmpl") {
			text, vals = testcred.ExpandTemplate(rel, text)
			rel = strings.TrimSuffix(rel, ".tmpl")
		}
		secrets = append(secrets, vals...)
		out := filepath.Join(dir, rel)
		if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
			return err
		}
		return os.WriteFile(out, []byte(text), 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}

	check := exec.Command(goBin, "list", "-deps", "./...")
	check.Dir, check.Env = dir, env
	if out, err := check.CombinedOutput(); err != nil {
		if os.Getenv("CFAUTHLINT_REQUIRE_PARITY") != "" {
			t.Fatalf("the SDK modules are not in the module cache (run go mod download in %s): %s", src, out)
		}
		t.Skipf("the SDK modules are not in the module cache (go mod download in %s)", src)
	}
	vet := exec.Command(goBin, "vet", "-vettool="+bin, "./...")
	vet.Dir, vet.Env = dir, env
	out, _ := vet.CombinedOutput()
	for _, s := range secrets {
		if strings.Contains(string(out), s) {
			t.Fatalf("go vet output holds a generated secret")
		}
	}
	if strings.Contains(string(out), "vet: ") && !strings.Contains(string(out), "CF") {
		t.Fatalf("go vet failed:\n%s", out)
	}
	vetGot := withPkgDir(diagnosticsAt(string(out)))

	res, err := goscan.Run(goscan.Options{Paths: []string{dir}, Env: env})
	if err != nil {
		t.Fatal(err)
	}
	var scanGot []string
	for _, f := range res.Findings {
		rel, _ := filepath.Rel(dir, f.Path)
		scanGot = append(scanGot, fmt.Sprintf("%s:%d: %s", filepath.ToSlash(rel), f.Line, f.RuleID))
	}
	sort.Strings(scanGot)
	want := relWants(t, dir)
	if strings.Join(vetGot, "\n") != strings.Join(want, "\n") {
		t.Errorf("go vet -vettool:\n got: %s\nwant: %s\noutput:\n%s", strings.Join(vetGot, "\n      "), strings.Join(want, "\n      "), out)
	}
	if strings.Join(scanGot, "\n") != strings.Join(vetGot, "\n") {
		t.Errorf("scan (lenient loader) and go vet differ:\n scan: %s\n  vet: %s", strings.Join(scanGot, "\n       "), strings.Join(vetGot, "\n       "))
	}
	for _, n := range res.Notices {
		t.Errorf("unexpected notice: %s", n.Message)
	}
}

// diagnosticsAt is diagnostics with the path as go vet prints it.
func diagnosticsAt(out string) []string {
	var got []string
	for _, m := range diagRE.FindAllStringSubmatch(out, -1) {
		got = append(got, fmt.Sprintf("%s:%s: %s", m[1], m[2], m[3]))
	}
	return got
}

func withPkgDir(diags []string) []string {
	out := append([]string(nil), diags...)
	for i, d := range out {
		out[i] = filepath.ToSlash(strings.TrimPrefix(d, "./"))
	}
	sort.Strings(out)
	return out
}

// relWants is wants with paths relative to dir; a line may want several.
func relWants(t *testing.T, dir string) []string {
	var want []string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".go") {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		rel, _ := filepath.Rel(dir, p)
		for i, line := range strings.Split(string(data), "\n") {
			for _, m := range wantRE.FindAllStringSubmatch(line, -1) {
				want = append(want, fmt.Sprintf("%s:%d: %s", filepath.ToSlash(rel), i+1, m[1]))
			}
		}
		return nil
	})
	sort.Strings(want)
	return want
}

// TestParityTree compares the two drivers on a real tree no one here
// wrote, when asked to:
//
//	CFAUTHLINT_PARITY_TREE=/path/to/lego CFAUTHLINT_PARITY_PATTERN=./providers/dns/cloudflare/... \
//	  go test -run TestParityTree -timeout 2h ./cmd/cfauthlint
//
// go vet -vettool runs on the pattern (default ./...), scan on the
// directories the pattern names; the findings of both on the files go vet
// analysed must agree. Packages go vet could not type-check (it prints
// their errors) are listed and left out of the comparison.
func TestParityTree(t *testing.T) {
	tree := os.Getenv("CFAUTHLINT_PARITY_TREE")
	if tree == "" {
		t.Skip("CFAUTHLINT_PARITY_TREE not set")
	}
	pattern := os.Getenv("CFAUTHLINT_PARITY_PATTERN")
	if pattern == "" {
		pattern = "./..."
	}
	goBin, bin := buildBinary(t)
	vet := exec.Command(goBin, "vet", "-vettool="+bin, pattern)
	vet.Dir = tree
	out, _ := vet.CombinedOutput()
	vetGot := withPkgDir(diagnosticsAt(string(out)))
	root := filepath.Join(tree, strings.TrimSuffix(strings.TrimSuffix(pattern, "..."), "/"))
	res, err := goscan.Run(goscan.Options{Paths: []string{root}})
	if err != nil {
		t.Fatal(err)
	}
	// Directories of packages go vet could not analyse.
	broken := map[string]bool{}
	for _, line := range strings.Split(string(out), "\n") {
		if m := typeErrRE.FindStringSubmatch(line); m != nil && !cfDiagRE.MatchString(m[2]) {
			broken[filepath.Dir(strings.TrimPrefix(m[1], "./"))] = true
		}
	}
	var scanGot []string
	for _, f := range res.Findings {
		rel, _ := filepath.Rel(tree, f.Path)
		rel = filepath.ToSlash(rel)
		if broken[filepath.Dir(rel)] {
			continue
		}
		scanGot = append(scanGot, fmt.Sprintf("%s:%d: %s", rel, f.Line, f.RuleID))
	}
	sort.Strings(scanGot)
	var vetKept []string
	for _, d := range vetGot {
		if !broken[filepath.Dir(strings.SplitN(d, ":", 2)[0])] {
			vetKept = append(vetKept, d)
		}
	}
	t.Logf("go vet: %d diagnostics (%d packages it could not type-check left out); scan: %d findings, %d packages analysed", len(vetKept), len(broken), len(scanGot), res.Packages)
	diff := func(a, b []string) []string {
		in := map[string]int{}
		for _, x := range b {
			in[x]++
		}
		var out []string
		for _, x := range a {
			if in[x] > 0 {
				in[x]--
			} else {
				out = append(out, x)
			}
		}
		return out
	}
	if only := diff(vetKept, scanGot); len(only) > 0 {
		t.Errorf("%d found by go vet only: %s", len(only), strings.Join(only[:min(len(only), 30)], "\n  "))
	}
	if only := diff(scanGot, vetKept); len(only) > 0 {
		t.Errorf("%d found by scan only: %s", len(only), strings.Join(only[:min(len(only), 30)], "\n  "))
	}
}

// typeErrRE matches a go vet line that reports a position: a type error
// of a package it could not analyse ("vet: dir/file.go:1:2: …" or, under
// a "# package" header, "dir/file.go:1:2: …"), unless it is a diagnostic.
var (
	typeErrRE = regexp.MustCompile(`^(?:vet: )?(\S+\.go):\d+:\d+: (.*)`)
	cfDiagRE  = regexp.MustCompile(`^CF\d{3}: `)
)
