package cli_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"hash/fnv"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/cfauthlint/cfauthlint/internal/cli"
	"github.com/cfauthlint/cfauthlint/internal/testcred"
	"github.com/cfauthlint/cfauthlint/rules"
)

var update = flag.Bool("update", false, "update testscript files when cmp fails")

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"cfauthlint": func() {
			os.Exit(cli.Main(os.Args[1:], cli.Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr}))
		},
	})
}

// credKinds are the fake credentials every script gets, as environment
// variables named after the kind in upper case (CFUT, TOK40, …) plus
// <NAME>_SHA256, the hex SHA-256 that config allow.values and JSON
// value_sha256 use. nosecret checks for all of them.
var credKinds = []string{"cfut", "cfat", "cfk", "cfast", "tok40", "hex37", "hex64", "origin", "tunnel"}

func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/script",
		UpdateScripts:       *update,
		RequireExplicitExec: true,
		RequireUniqueNames:  true,
		Setup:               setupScript,
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"gencred":   cmdGencred,
			"envsubst":  cmdEnvsubst,
			"nosecret":  cmdNosecret,
			"subst":     cmdSubst,
			"exits":     cmdExits,
			"hassecret": cmdHassecret,
			"binfile":   cmdBinfile,
		},
		Condition: func(cond string) (bool, error) {
			if cond == "root" {
				return os.Geteuid() == 0, nil
			}
			return false, fmt.Errorf("unknown condition %q", cond)
		},
	})
}

// setupScript generates the script's credentials, seeded by the script name
// so that a failing script reproduces.
func setupScript(env *testscript.Env) error {
	h := fnv.New64a()
	h.Write([]byte(filepath.Base(env.WorkDir)))
	g := testcred.New(h.Sum64())
	for _, kind := range credKinds {
		v, ok := g.Make(kind)
		if !ok {
			return fmt.Errorf("testcred has no kind %q", kind)
		}
		name := strings.ToUpper(kind)
		sum := sha256.Sum256([]byte(v))
		env.Setenv(name, v)
		env.Setenv(name+"_SHA256", hex.EncodeToString(sum[:]))
	}
	// Not secrets: ids that must never be findings.
	zone, _ := g.Make("hex32")
	env.Setenv("HEX32", zone)
	return nil
}

// gencred KIND FILE [PREFIX [SUFFIX]] appends the line PREFIX<credential>SUFFIX
// to FILE, where the credential is the script's value of KIND (see credKinds).
func cmdGencred(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 || len(args) > 4 {
		ts.Fatalf("usage: gencred KIND FILE [PREFIX [SUFFIX]]")
	}
	v := ts.Getenv(strings.ToUpper(args[0]))
	if v == "" {
		ts.Fatalf("gencred: unknown kind %q (have %v)", args[0], credKinds)
	}
	var prefix, suffix string
	if len(args) > 2 {
		prefix = args[2]
	}
	if len(args) > 3 {
		suffix = args[3]
	}
	name := ts.MkAbs(args[1])
	ts.Check(os.MkdirAll(filepath.Dir(name), 0o777))
	f, err := os.OpenFile(name, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o666)
	ts.Check(err)
	_, err = f.WriteString(prefix + v + suffix + "\n")
	ts.Check(err)
	ts.Check(f.Close())
}

var envRefRE = regexp.MustCompile(`\$\{([A-Z0-9_]+)\}`)

// envsubst FILE... replaces ${NAME} (upper-case names only, so shell text
// like $x or ${x} survives) with the environment value, in place.
func cmdEnvsubst(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) == 0 {
		ts.Fatalf("usage: envsubst FILE...")
	}
	for _, a := range args {
		name := ts.MkAbs(a)
		data, err := os.ReadFile(name)
		ts.Check(err)
		var missing []string
		out := envRefRE.ReplaceAllFunc(data, func(m []byte) []byte {
			v := ts.Getenv(string(m[2 : len(m)-1]))
			if v == "" {
				missing = append(missing, string(m))
			}
			return []byte(v)
		})
		if len(missing) > 0 {
			ts.Fatalf("envsubst %s: unset %v", a, missing)
		}
		ts.Check(os.WriteFile(name, out, 0o666))
	}
}

// exits CODE PROG [ARGS...] runs PROG like exec and fails unless it exits
// with exactly CODE (exec only tells zero from non-zero; cfauthlint's 1 and
// 2 mean different things).
func cmdExits(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: exits CODE PROG [ARGS...]")
	}
	want, err := strconv.Atoi(args[0])
	ts.Check(err)
	got := 0
	if err := ts.Exec(args[1], args[2:]...); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			ts.Fatalf("%s: %v", args[1], err)
		}
		got = ee.ExitCode()
	}
	if got != want {
		ts.Fatalf("%s exited %d, want %d", args[1], got, want)
	}
}

// hassecret KIND FILE fails unless FILE holds the script's KIND credential
// in full. It never prints it.
func cmdHassecret(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: hassecret KIND FILE (use nosecret for the negative)")
	}
	v := ts.Getenv(strings.ToUpper(args[0]))
	if v == "" {
		ts.Fatalf("hassecret: unknown kind %q", args[0])
	}
	if !strings.Contains(ts.ReadFile(args[1]), v) {
		ts.Fatalf("%s does not show the %s credential", args[1], args[0])
	}
}

// binfile FILE writes a small binary file (a PNG header: it holds NUL bytes,
// which txtar files should not).
func cmdBinfile(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: binfile FILE")
	}
	name := ts.MkAbs(args[0])
	ts.Check(os.MkdirAll(filepath.Dir(name), 0o777))
	ts.Check(os.WriteFile(name, []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01"), 0o666))
}

// subst REGEXP REPLACEMENT FILE replaces every match of REGEXP in FILE (in
// place), failing when there is none: for masking values that vary, such as
// fingerprints, before a cmp.
func cmdSubst(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 3 {
		ts.Fatalf("usage: subst REGEXP REPLACEMENT FILE")
	}
	re, err := regexp.Compile(args[0])
	ts.Check(err)
	name := ts.MkAbs(args[2])
	data, err := os.ReadFile(name)
	ts.Check(err)
	if !re.Match(data) {
		ts.Fatalf("subst: no match for %q in %s", args[0], args[2])
	}
	ts.Check(os.WriteFile(name, re.ReplaceAll(data, []byte(args[1])), 0o666))
}

// nosecret [FILE...] fails if any generated credential, or any 12-character
// piece of one, appears in the last command's stdout or stderr or in the
// named files. It never prints the secret: only its kind and where.
func cmdNosecret(ts *testscript.TestScript, neg bool, args []string) {
	if neg {
		ts.Fatalf("use `nosecret` to check for leaks; to check a secret IS shown, use stdout with $NAME")
	}
	names := append([]string{"stdout", "stderr"}, args...)
	for _, name := range names {
		data := []byte(ts.ReadFile(name))
		for _, kind := range credKinds {
			if piece := leaked(data, ts.Getenv(strings.ToUpper(kind))); piece >= 0 {
				ts.Fatalf("%s leaks the %s credential (a piece starting at its byte %d)", name, kind, piece)
			}
		}
	}
}

// leaked returns the offset in secret of a 12-byte piece of it found in
// data, or -1.
func leaked(data []byte, secret string) int {
	const piece = 12
	if len(secret) < piece {
		if bytes.Contains(data, []byte(secret)) {
			return 0
		}
		return -1
	}
	for i := 0; i+piece <= len(secret); i++ {
		if bytes.Contains(data, []byte(secret[i:i+piece])) {
			return i
		}
	}
	return -1
}

// TestRulesDocFresh fails when docs/rules.md is not what
// `cfauthlint rules --format markdown` prints for the current catalog.
func TestRulesDocFresh(t *testing.T) {
	const path = "../../docs/rules.md"
	want := cli.RulesMarkdown(rules.All())
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read docs/rules.md: %v; regenerate it with: go run ./cmd/cfauthlint rules --format markdown > docs/rules.md", err)
	}
	if string(got) != want {
		t.Errorf("docs/rules.md is stale; regenerate it with:\n\tgo run ./cmd/cfauthlint rules --format markdown > docs/rules.md")
	}
}

func TestLeaked(t *testing.T) {
	secret := "abcdefghijklmnopqrstuvwxyz"
	for _, tc := range []struct {
		data string
		want bool
	}{
		{"x " + secret + " y", true},
		{"...mnopqrstuvwx...", true},
		{"abcd…(26 chars)", false},
		{"", false},
	} {
		if got := leaked([]byte(tc.data), secret) >= 0; got != tc.want {
			t.Errorf("leaked(%q) = %v, want %v", tc.data, got, tc.want)
		}
	}
}
