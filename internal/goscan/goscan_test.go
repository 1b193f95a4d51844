package goscan_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	goversion "go/version"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"testing"

	"github.com/cfauthlint/cfauthlint/internal/cli"
	"github.com/cfauthlint/cfauthlint/internal/finding"
	"github.com/cfauthlint/cfauthlint/internal/goscan"
	"github.com/cfauthlint/cfauthlint/internal/testcred"
)

// writeModule writes testdata/mod with fresh fake credentials and stubs of
// cloudflare-go behind a replace directive. It returns the module dir and
// the credentials written.
func writeModule(t *testing.T) (string, []string) {
	t.Helper()
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command")
	}
	dir := t.TempDir()
	g := testcred.New(11)
	tok, _ := g.Make("cfut")
	secrets := []string{tok}
	err := filepath.WalkDir("testdata/mod", func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel("testdata/mod", p)
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		text := strings.NewReplacer("{{cfut_head}}", tok[:30], "{{cfut_tail}}", tok[30:]).Replace(string(data))
		text, vals := g.Expand(text)
		secrets = append(secrets, vals...)
		return write(filepath.Join(dir, strings.TrimSuffix(rel, ".tmpl")), text)
	})
	if err != nil {
		t.Fatal(err)
	}
	stub, err := os.ReadFile(filepath.Join("..", "..", "analyzers", "internal", "testdata", "src", "github.com", "cloudflare", "cloudflare-go", "cloudflare.go"))
	if err != nil {
		t.Fatal(err)
	}
	must(t, write(filepath.Join(dir, "stub", "cloudflare.go"), string(stub)))
	must(t, write(filepath.Join(dir, "stub", "go.mod"), "module github.com/cloudflare/cloudflare-go\n\ngo 1.21\n"))
	must(t, write(filepath.Join(dir, "go.mod"), "module example.com/app\n\ngo 1.21\n\nrequire github.com/cloudflare/cloudflare-go v0.116.0\n\nreplace github.com/cloudflare/cloudflare-go => ./stub\n"))
	t.Setenv("GOFLAGS", "-mod=mod")
	t.Setenv("GOPROXY", "off")
	t.Setenv("GOWORK", "off")
	return dir, secrets
}

func write(p, text string) error {
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	return os.WriteFile(p, []byte(text), 0o644)
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

var wantRE = regexp.MustCompile(`// want (CF\d{3})`)

// wants returns "path:line: rule" for the `// want` comments of dir's Go files.
func wants(t *testing.T, dir string, skip func(rel string) bool) []string {
	var out []string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".go") {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		rel = filepath.ToSlash(rel)
		if skip(rel) {
			return nil
		}
		data, _ := os.ReadFile(p)
		for i, line := range strings.Split(string(data), "\n") {
			for _, m := range wantRE.FindAllStringSubmatch(line, -1) {
				out = append(out, fmt.Sprintf("%s:%d: %s", rel, i+1, m[1]))
			}
		}
		return nil
	})
	sort.Strings(out)
	return out
}

func keys(fs []finding.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, fmt.Sprintf("%s:%d: %s", f.Path, f.Line, f.RuleID))
	}
	sort.Strings(out)
	return out
}

func TestRun(t *testing.T) {
	dir, secrets := writeModule(t)
	files := goscan.NewRecorder(nil)
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && !strings.Contains(p, "skipped") && !strings.Contains(p, "stub") && files.Wants(p) {
			data, err := os.ReadFile(p)
			must(t, err)
			files.Check(p, data)
		}
		return err
	})
	rel := func(abs string) string { r, _ := filepath.Rel(dir, abs); return filepath.ToSlash(r) }
	res, err := goscan.Run(goscan.Options{Paths: []string{dir}, Files: files, DisplayPath: rel})
	if err != nil {
		t.Fatal(err)
	}
	want := wants(t, dir, func(rel string) bool { return strings.HasPrefix(rel, "skipped/") })
	if got := keys(res.Findings); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("findings:\n got %q\nwant %q", got, want)
	}
	// Type errors (an undefined name, an import that is not there) are
	// what the lenient loader expects: no notice for those, the findings
	// still made; one counted notice says which SDK packages were matched
	// without their source (unresolved/ imports one go.mod does not give).
	if len(res.Notices) != 1 || !strings.Contains(res.Notices[0].Message, "source of 1 Cloudflare SDK package(s) is not in the module cache or vendor directory (github.com/cloudflare/cloudflare-go/v4/option)") {
		t.Errorf("notices: %+v", res.Notices)
	}
	for _, f := range res.Findings {
		b, _ := json.Marshal(f)
		for _, s := range secrets {
			if bytes.Contains(b, []byte(s)) {
				t.Fatalf("finding %s:%d %s holds a secret unredacted", f.Path, f.Line, f.RuleID)
			}
		}
		// Columns are in code points: the legacy token after "ééé" on its line.
		if f.Path == "main.go" && f.RuleID == "CF101" && strings.Contains(f.Message, "legacy") {
			data, _ := os.ReadFile(filepath.Join(dir, "main.go"))
			line := strings.Split(string(data), "\n")[f.Line-1]
			i := strings.Index(line, `, "`) + 3
			if wantCol := len([]rune(line[:i])) + 1; f.Column != wantCol || f.EndColumn != wantCol+40 {
				t.Errorf("legacy token at columns %d-%d, want %d-%d", f.Column, f.EndColumn, wantCol, wantCol+40)
			}
		}
	}
}

// TestScanMerges runs `cfauthlint scan` and checks that the walker's and
// the analyzers' findings merge: each secret once, the type-aware ones
// present with --go=auto and absent with --go=off.
func TestScanMerges(t *testing.T) {
	dir, _ := writeModule(t)
	scan := func(args ...string) (map[string]int, []finding.Notice, int) {
		var out, errb bytes.Buffer
		code := cli.Main(append([]string{"scan", "--format", "json", "--exclude", "stub/**", "--exclude", "skipped/**"}, append(args, dir)...), cli.Env{Stdout: &out, Stderr: &errb})
		var rep finding.Report
		if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
			t.Fatalf("json: %v\n%s\n%s", err, out.String(), errb.String())
		}
		got := map[string]int{}
		for _, f := range rep.Findings {
			got[fmt.Sprintf("%s:%d: %s", filepath.Base(f.Path), f.Line, f.RuleID)]++
		}
		return got, rep.Notices, code
	}
	auto, notices, code := scan()
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	for k, n := range auto {
		if n != 1 {
			t.Errorf("%s reported %d times", k, n)
		}
	}
	for _, w := range wants(t, dir, func(rel string) bool { return strings.HasPrefix(rel, "skipped/") }) {
		if auto[filepath.Base(strings.SplitN(w, ":", 2)[0])+":"+strings.SplitN(w, ":", 2)[1]] == 0 {
			t.Errorf("missing %s with --go=auto", w)
		}
	}
	for _, n := range notices {
		if strings.Contains(n.Message, "Go ") && !strings.Contains(n.Message, "v4/option") {
			t.Errorf("unexpected notice: %+v", n)
		}
	}
	off, _, _ := scan("--go=off")
	for k := range off {
		if auto[k] == 0 {
			t.Errorf("%s found with --go=off only", k)
		}
	}
	if len(off) >= len(auto) {
		t.Errorf("--go=off found %d, --go=auto %d: analyzers added nothing", len(off), len(auto))
	}
}

// TestSymlinkedPath scans a module through a symbolic link: the go command
// and the walker may name its files differently, and findings must survive.
func TestSymlinkedPath(t *testing.T) {
	dir, _ := writeModule(t)
	link := filepath.Join(t.TempDir(), "link")
	if err := os.Symlink(dir, link); err != nil {
		t.Skip("no symlinks:", err)
	}
	var out, errb bytes.Buffer
	code := cli.Main([]string{"scan", "--format", "json", "--exclude", "stub/**", link}, cli.Env{Stdout: &out, Stderr: &errb})
	var rep finding.Report
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatalf("exit %d: %v\n%s", code, err, errb.String())
	}
	folded := false
	for _, f := range rep.Findings {
		folded = folded || (f.RuleID == "CF101" && f.Line == 17 && strings.HasPrefix(f.Path, link))
	}
	if !folded {
		t.Errorf("the folded token (found only by the analyzer) is missing under %s: %+v", link, rep.Findings)
	}
}

// TestBrokenModules: a module the go command could not load is analysed
// all the same, from source, with one notice saying what was wrong: a
// malformed go.mod, a go.work naming a missing module, a go line newer
// than this Go. The findings are still made.
func TestBrokenModules(t *testing.T) {
	src := "package app\n\nimport (\n\t\"net/http\"\n\t\"os\"\n)\n\nfunc cloudflareAuth(r *http.Request) { r.Header.Set(\"X-Auth-Key\", os.Getenv(\"K\")) }\n"
	for _, c := range []struct {
		name, gomod, gowork, notice string
	}{
		{"malformed", "module example.com/app\n\ngo 1.22\nrequire (\n", "", "go.mod: malformed go.mod"},
		{"work", "module example.com/app\n\ngo 1.22\n", "go 1.22\n\nuse (\n\t.\n\t./missing\n)\n", "go.work names 1 module directory with no go.mod"},
		{"newgo", "module example.com/app\n\ngo 1.99\n", "", "go.mod asks for go 1.99, newer than this Go"},
		{"thisgo", "module example.com/app\n\ngo " + strings.TrimPrefix(goversion.Lang(runtime.Version()), "go") + ".0\n", "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			must(t, write(filepath.Join(dir, "go.mod"), c.gomod))
			if c.gowork != "" {
				must(t, write(filepath.Join(dir, "go.work"), c.gowork))
			}
			must(t, write(filepath.Join(dir, "app.go"), src))
			t.Setenv("GOWORK", "")
			res, err := goscan.Run(goscan.Options{Paths: []string{dir}})
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Findings) != 1 || res.Findings[0].RuleID != "CF201" {
				t.Errorf("findings: %+v", res.Findings)
			}
			if c.notice == "" {
				if len(res.Notices) != 0 {
					t.Errorf("notices: %+v", res.Notices)
				}
				return
			}
			found := false
			for _, n := range res.Notices {
				found = found || strings.Contains(n.Message, c.notice)
			}
			if !found {
				t.Errorf("no notice %q in %+v", c.notice, res.Notices)
			}
		})
	}
}

// TestCache: a repeat run takes each package directory's result from the
// cache (same findings, no secret stored); editing a file of the package,
// or of a local package it imports constants from, invalidates it.
func TestCache(t *testing.T) {
	dir := t.TempDir()
	cacheDir := t.TempDir()
	g := testcred.New(5)
	tok, _ := g.Make("cfut")
	must(t, write(filepath.Join(dir, "go.mod"), "module example.com/app\n\ngo 1.22\n"))
	must(t, write(filepath.Join(dir, "hdr", "hdr.go"), "package hdr\n\nconst Key = \"X-Auth-Key\"\n"))
	app := "package app\n\nimport (\n\t\"net/http\"\n\n\t\"example.com/app/hdr\"\n)\n\nconst token = \"" + tok + "\"\n\nfunc cloudflareAuth(r *http.Request, k string) { r.Header.Set(hdr.Key, k) }\n"
	must(t, write(filepath.Join(dir, "app", "app.go"), app))
	run := func() []string {
		t.Helper()
		res, err := goscan.Run(goscan.Options{Paths: []string{dir}, CacheDir: cacheDir})
		if err != nil {
			t.Fatal(err)
		}
		return keys(res.Findings)
	}
	first := run()
	if len(first) != 2 {
		t.Fatalf("first run: %v", first)
	}
	entries := 0
	filepath.WalkDir(cacheDir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			entries++
			data, _ := os.ReadFile(p)
			if bytes.Contains(data, []byte(tok)) || bytes.Contains(data, []byte(tok[5:])) {
				t.Errorf("cache entry %s holds the secret", filepath.Base(p))
			}
		}
		return nil
	})
	if entries == 0 {
		t.Fatal("nothing cached")
	}
	// Make the cache entries the only way to get the same answer: a cached
	// run must not type-check (a corrupt hdr would change nothing).
	if second := run(); strings.Join(second, ",") != strings.Join(first, ",") {
		t.Errorf("cached run: %v, want %v", second, first)
	}
	// The header name changes in the imported package: the finding goes.
	must(t, write(filepath.Join(dir, "hdr", "hdr.go"), "package hdr\n\nconst Key = \"X-Request-Id\"\n"))
	if third := run(); len(third) != 1 || !strings.Contains(third[0], "CF101") {
		t.Errorf("after editing hdr: %v, want only the token", third)
	}
	// The package's own file changes: the token goes.
	must(t, write(filepath.Join(dir, "app", "app.go"), strings.Replace(app, tok, "not-a-token", 1)))
	if fourth := run(); len(fourth) != 0 {
		t.Errorf("after editing app: %v, want none", fourth)
	}
}

// TestWithoutDependencies: a module whose dependencies are not downloaded
// is analysed from source all the same: calls into the missing SDK match
// by import path and name, a third-party client's header setter by its
// name, constants and literals fold; one notice names what had no source.
func TestWithoutDependencies(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("GOMODCACHE", t.TempDir()) // an empty module cache
	t.Setenv("GOFLAGS", "-mod=mod")
	must(t, write(filepath.Join(dir, "go.mod"), "module example.com/app\n\ngo 1.22\n\nrequire (\n\tgithub.com/cloudflare/cloudflare-go v0.116.0\n\tgithub.com/cloudflare/cloudflare-go/v6 v6.10.0\n\tgithub.com/go-resty/resty/v2 v2.16.0\n)\n"))
	src := `package app

import (
	"os"

	cloudflare "github.com/cloudflare/cloudflare-go"
	"github.com/cloudflare/cloudflare-go/v6/option"
	"github.com/go-resty/resty/v2"
)

const keyHeader = "X-Auth-" + "Key"

func f() {
	_, _ = cloudflare.New(os.Getenv("CF_API_KEY"), os.Getenv("CF_API_EMAIL")) // want CF201
	_ = option.WithAPIKey(os.Getenv("K"))                                     // want CF201
	_ = option.WithAPIToken(os.Getenv("T"))
	_ = resty.New().R().SetHeader(keyHeader, os.Getenv("K")) // want CF201
	_ = resty.New().R().SetHeader("Accept", "application/json")
}
`
	must(t, write(filepath.Join(dir, "app.go"), src))
	res, err := goscan.Run(goscan.Options{Paths: []string{dir}})
	if err != nil {
		t.Fatal(err)
	}
	rel := func(fs []finding.Finding) []string {
		var out []string
		for _, f := range fs {
			out = append(out, fmt.Sprintf("app.go:%d: %s", f.Line, f.RuleID))
		}
		sort.Strings(out)
		return out
	}
	if got, want := rel(res.Findings), wants(t, dir, func(string) bool { return false }); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("findings:\n got %q\nwant %q", got, want)
	}
	if len(res.Notices) != 1 || !strings.Contains(res.Notices[0].Message, "source of 2 Cloudflare SDK package(s) is not in the module cache") {
		t.Errorf("notices: %+v", res.Notices)
	}
}
