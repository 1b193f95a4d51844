package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"testing"

	"github.com/cfauthlint/cfauthlint/internal/testcred"
)

// buildBinary builds cfauthlint into a temporary directory and returns the
// go command and the binary (the test is skipped in -short mode or without go).
func buildBinary(t *testing.T) (goBin, bin string) {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the binary")
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}
	bin = filepath.Join(t.TempDir(), "cfauthlint")
	if runtime.GOOS == "windows" {
		bin += ".exe"
	}
	if out, err := exec.Command(goBin, "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return goBin, bin
}

// TestGoVet builds cfauthlint and runs the real `go vet -vettool` on a
// throwaway module whose cloudflare-go dependencies are replaced by local
// stubs (no network: GOPROXY=off).
func TestGoVet(t *testing.T) {
	goBin, bin := buildBinary(t)
	tmp := t.TempDir()
	mod, secrets := writeModule(t, filepath.Join(tmp, "mod"))

	run := func(pattern string) (string, int) {
		cmd := exec.Command(goBin, "vet", "-vettool="+bin, pattern)
		cmd.Dir = mod
		cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off", "GOWORK=off")
		out, err := cmd.CombinedOutput()
		code := 0
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		for _, s := range secrets {
			if strings.Contains(string(out), s) {
				t.Fatalf("go vet output contains a generated secret (redacted: %.4s…)", s)
			}
		}
		return string(out), code
	}

	out, code := run("./...")
	if code == 0 {
		t.Fatalf("go vet exited 0 with findings expected; output:\n%s", out)
	}
	got := diagnostics(out)
	want := wants(t, mod)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("go vet diagnostics:\n got: %s\nwant: %s\noutput:\n%s", strings.Join(got, "\n      "), strings.Join(want, "\n      "), out)
	}

	out, code = run("./clean")
	if code != 0 || strings.TrimSpace(out) != "" {
		t.Errorf("go vet ./clean: exit %d, output:\n%s", code, out)
	}

	// go fix -fixtool applies the analyzers' suggested fixes.
	cmd := exec.Command(goBin, "fix", "-fixtool="+bin, "-diff", ".")
	cmd.Dir = mod
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off", "GOWORK=off")
	diff, _ := cmd.CombinedOutput()
	if !strings.Contains(string(diff), `+	u := url.URL{Scheme: "https", Host: "api.cloudflare.com"}`) {
		t.Errorf("go fix -fixtool -diff did not rewrite the url.URL scheme:\n%s", diff)
	}
}

var diagRE = regexp.MustCompile(`(?m)^(?:\./)?([^\s:]+\.go):(\d+):\d+: (CF\d{3}): `)

// diagnostics returns "file:line: rule" for each diagnostic in go vet output.
func diagnostics(out string) []string {
	var got []string
	for _, m := range diagRE.FindAllStringSubmatch(out, -1) {
		got = append(got, fmt.Sprintf("%s:%s: %s", filepath.Base(m[1]), m[2], m[3]))
	}
	sort.Strings(got)
	return got
}

var wantRE = regexp.MustCompile(`// want (CF\d{3})`)

// wants returns "file:line: rule" for each `// want CFxxx` comment.
func wants(t *testing.T, dir string) []string {
	var want []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".go") || strings.Contains(p, "stubs") {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		for i, line := range strings.Split(string(data), "\n") {
			for _, m := range wantRE.FindAllStringSubmatch(line, -1) {
				want = append(want, fmt.Sprintf("%s:%d: %s", filepath.Base(p), i+1, m[1]))
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(want)
	return want
}

// writeModule writes the throwaway module: testdata/vetmod templates with
// fresh fake credentials, and cloudflare-go v0 and v6 stubs behind replace
// directives. It returns the module directory and the credentials written.
func writeModule(t *testing.T, dir string) (string, []string) {
	t.Helper()
	g := testcred.New(7)
	tok, _ := g.Make("cfut")
	secrets := []string{tok}
	err := filepath.WalkDir("testdata/vetmod", func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel("testdata/vetmod", p)
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		text := strings.NewReplacer("{{cfut_head}}", tok[:25], "{{cfut_tail}}", tok[25:]).Replace(string(data))
		text, vals := g.Expand(text)
		secrets = append(secrets, vals...)
		return writeFile(filepath.Join(dir, strings.TrimSuffix(rel, ".tmpl")), []byte(text))
	})
	if err != nil {
		t.Fatal(err)
	}
	stubs := filepath.Join("..", "..", "analyzers", "internal", "testdata", "src", "github.com", "cloudflare", "cloudflare-go")
	copyGo(t, stubs, filepath.Join(dir, "stubs", "v0"), false)
	copyGo(t, filepath.Join(stubs, "v6"), filepath.Join(dir, "stubs", "v6"), true)
	must(t, writeFile(filepath.Join(dir, "stubs", "v0", "go.mod"), []byte("module github.com/cloudflare/cloudflare-go\n\ngo 1.21\n")))
	must(t, writeFile(filepath.Join(dir, "stubs", "v6", "go.mod"), []byte("module github.com/cloudflare/cloudflare-go/v6\n\ngo 1.21\n")))
	must(t, writeFile(filepath.Join(dir, "go.mod"), []byte(`module example.com/app

go 1.21

require (
	github.com/cloudflare/cloudflare-go v0.116.0
	github.com/cloudflare/cloudflare-go/v6 v6.10.0
)

replace github.com/cloudflare/cloudflare-go => ./stubs/v0

replace github.com/cloudflare/cloudflare-go/v6 => ./stubs/v6
`)))
	return dir, secrets
}

func copyGo(t *testing.T, src, dst string, recursive bool) {
	t.Helper()
	err := filepath.WalkDir(src, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if p != src && !recursive {
				return filepath.SkipDir
			}
			return nil
		}
		rel, _ := filepath.Rel(src, p)
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return writeFile(filepath.Join(dst, rel), data)
	})
	must(t, err)
}

func writeFile(p string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	return os.WriteFile(p, bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n")), 0o644)
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func TestVetProtocol(t *testing.T) {
	for _, c := range []struct {
		args []string
		want bool
	}{
		{[]string{"-V=full"}, true},
		{[]string{"-flags"}, true},
		{[]string{"/tmp/go-build1/b001/vet.cfg"}, true},
		{[]string{"-hardcodedcred.hosts=gw.example.com", "-json", "vet.cfg"}, true},
		{[]string{"scan", "."}, false},
		{[]string{"scan", "x.cfg"}, false},
		{[]string{"rules"}, false},
		{nil, false},
	} {
		if got := vetProtocol(c.args); got != c.want {
			t.Errorf("vetProtocol(%q) = %v, want %v", c.args, got, c.want)
		}
	}
}

// TestGoVetRedactsTypeErrors: unitchecker prints a package's type errors
// as the type checker words them, quoting the literal or identifier; a
// token written as an identifier or a mistyped constant is redacted.
func TestGoVetRedactsTypeErrors(t *testing.T) {
	goBin, bin := buildBinary(t)
	mod := t.TempDir()
	g := testcred.New(61)
	tok, key := g.Prefixed("cfut_"), g.Prefixed("cfk_")
	must(t, writeFile(filepath.Join(mod, "go.mod"), []byte("module example.com/m\n\ngo 1.22\n")))
	must(t, writeFile(filepath.Join(mod, "a.go"), []byte("package a\n\nvar x int = \""+key+"\"\n\nvar y = "+tok+"\n")))
	cmd := exec.Command(goBin, "vet", "-vettool="+bin, "./...")
	cmd.Dir = mod
	cmd.Env = append(os.Environ(), "GOPROXY=off", "GOWORK=off", "GOFLAGS=")
	out, _ := cmd.CombinedOutput()
	if !strings.Contains(string(out), "undefined") && !strings.Contains(string(out), "cannot use") {
		t.Fatalf("no type error reported:\n%s", out)
	}
	t.Logf("%s", strings.NewReplacer(tok, "<tok>", key, "<key>").Replace(string(out)))
	for _, s := range []string{tok, key, tok[5:20], key[4:20]} {
		if strings.Contains(string(out), s) {
			t.Fatalf("go vet output holds a credential:\n%s", strings.NewReplacer(tok, "<tok>", key, "<key>").Replace(string(out)))
		}
	}
}

// TestGoVetHonoursConfig: go vet -vettool reads the .cfauthlint.yaml that
// governs each file, as cfauthlint scan does: disabled rules (by id or
// name), allow.values, excluded files; a malformed config fails the run.
func TestGoVetHonoursConfig(t *testing.T) {
	goBin, bin := buildBinary(t)
	tmp := t.TempDir()
	mod, secrets := writeModule(t, filepath.Join(tmp, "mod"))
	must(t, os.MkdirAll(filepath.Join(mod, ".git"), 0o755)) // the repository root: discovery stops here
	vet := func() (string, int) {
		cmd := exec.Command(goBin, "vet", "-vettool="+bin, "./...")
		cmd.Dir = mod
		cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off", "GOWORK=off")
		out, err := cmd.CombinedOutput()
		code := 0
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		return string(out), code
	}
	want := wants(t, mod)
	count := func(diags []string, rule string) int {
		n := 0
		for _, d := range diags {
			if strings.HasSuffix(d, " "+rule) {
				n++
			}
		}
		return n
	}
	if count(want, "CF201") == 0 || count(want, "CF101") == 0 {
		t.Fatalf("the vet module has no CF201 or CF101 to disable: %v", want)
	}
	sum := sha256.Sum256([]byte(secrets[0]))
	must(t, writeFile(filepath.Join(mod, ".cfauthlint.yaml"), []byte(fmt.Sprintf("disable: [global-api-key-auth]\nallow:\n  values: [%s]\n", hex.EncodeToString(sum[:])))))
	out, _ := vet()
	got := diagnostics(out)
	if count(got, "CF201") != 0 {
		t.Errorf("CF201 disabled by the config still reported:\n%s", out)
	}
	if count(got, "CF301")+count(got, "CF302") != count(want, "CF301")+count(want, "CF302") {
		t.Errorf("rules the config leaves alone changed:\n got %v\nwant %v", got, want)
	}
	if count(got, "CF101") >= count(want, "CF101") {
		t.Errorf("the allow-listed token is still reported: %d CF101, %d without the config\n%s", count(got, "CF101"), count(want, "CF101"), out)
	}

	// Excluding every file leaves nothing to report.
	must(t, writeFile(filepath.Join(mod, ".cfauthlint.yaml"), []byte("exclude: [\"**/*.go\"]\n")))
	if out, code := vet(); code != 0 || len(diagnostics(out)) != 0 {
		t.Errorf("all files excluded: exit %d\n%s", code, out)
	}

	// A malformed config fails the run, naming the file.
	must(t, writeFile(filepath.Join(mod, ".cfauthlint.yaml"), []byte("disable: [CF1O1]\n")))
	out, code := vet()
	if code == 0 || !strings.Contains(out, ".cfauthlint.yaml:1: disable: unknown rule") {
		t.Errorf("malformed config: exit %d\n%s", code, out)
	}
}
