package cfauthlint_test

// Every example in README.md is executed or linted here: the commands run
// through the CLI (or are checked against it), the sample files are scanned
// and their output compared with the README's, the config examples load,
// the workflow is linted with actionlint against action.yml, and the
// golangci-lint and pre-commit configurations are decoded by the real
// plugin and checked against the hook manifest.

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"gopkg.in/yaml.v3"

	"github.com/cfauthlint/cfauthlint/internal/cli"
	"github.com/cfauthlint/cfauthlint/internal/config"
	"github.com/cfauthlint/cfauthlint/internal/testcred"
	_ "github.com/cfauthlint/cfauthlint/plugin/golangci"
)

type readmeBlock struct {
	lang string
	line int // of the opening fence
	text string
}

func readmeBlocks(t *testing.T) []readmeBlock {
	t.Helper()
	data, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	var blocks []readmeBlock
	var cur *readmeBlock
	var body []string
	for i, l := range strings.Split(string(data), "\n") {
		switch {
		case cur == nil && strings.HasPrefix(l, "```"):
			cur = &readmeBlock{lang: strings.TrimPrefix(l, "```"), line: i + 1}
			body = nil
		case cur != nil && l == "```":
			cur.text = strings.Join(body, "\n") + "\n"
			blocks = append(blocks, *cur)
			cur = nil
		case cur != nil:
			body = append(body, l)
		}
	}
	if cur != nil {
		t.Fatalf("README.md:%d: unclosed code block", cur.line)
	}
	return blocks
}

// runCLI runs cfauthlint in dir and returns its exit code and output.
func runCLI(t *testing.T, dir string, stdin string, args ...string) (int, string, string) {
	t.Helper()
	wd, _ := os.Getwd()
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(wd)
	var out, errb bytes.Buffer
	code := cli.Main(args, cli.Env{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb})
	return code, out.String(), errb.String()
}

// shellWords splits a README command line (no quoting is used there) and
// drops a trailing # comment.
func shellWords(line string) []string {
	if i := strings.Index(line, " #"); i >= 0 {
		line = line[:i]
	}
	return strings.Fields(line)
}

var findingLineRE = regexp.MustCompile(`^(\S+:\d+:\d+: CF\d{3}) `)

func TestReadmeExamples(t *testing.T) {
	blocks := readmeBlocks(t)
	gen := testcred.New(2026)
	var seen = map[string]int{}
	tmp := t.TempDir()
	for i, b := range blocks {
		where := "README.md:" + itoa(b.line)
		switch {
		case b.lang == "sh" && strings.HasPrefix(b.text, "#!/bin/sh"):
			seen["sample"]++
			// The sample deploy/ tree of the Outputs section, with generated
			// credentials, scanned: the README's text output must be what
			// cfauthlint prints (rule, line, column).
			dir := filepath.Join(tmp, "outputs")
			token, _ := gen.Make("cfut")
			key, _ := gen.Make("hex37")
			write(t, dir, "deploy/.env", "CLOUDFLARE_API_TOKEN="+token+"\n")
			write(t, dir, "deploy/purge.sh", strings.Replace(b.text, "<a 37-hex Global API Key>", key, 1))
			code, out, errOut := runCLI(t, dir, "", "scan", "--go=off", "deploy")
			noLeak(t, where, out+errOut, token)
			if code != 1 || i+1 >= len(blocks) {
				t.Fatalf("%s: scan of the sample: exit %d\n%s%s", where, code, out, errOut)
			}
			var got, want []string
			for _, l := range strings.Split(out, "\n") {
				if m := findingLineRE.FindStringSubmatch(l); m != nil {
					got = append(got, m[1])
				}
			}
			for _, l := range strings.Split(blocks[i+1].text, "\n") {
				if m := findingLineRE.FindStringSubmatch(l); m != nil {
					want = append(want, m[1])
				}
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("%s: the README's text output is not what the sample gives:\n got %v\nwant %v", where, got, want)
			}
			if !strings.Contains(errOut, "2 files, ") || !strings.Contains(errOut, "5 findings (error 4, warning 1)") {
				t.Errorf("%s: summary line %q", where, errOut)
			}
		case b.lang == "sh":
			for _, line := range strings.Split(b.text, "\n") {
				words := shellWords(line)
				switch {
				case len(words) == 0:
				case words[0] == "cfauthlint":
					seen["command"]++
					dir := filepath.Join(tmp, "cmd"+itoa(i))
					for _, w := range words[2:] {
						if !strings.HasPrefix(w, "-") && strings.Contains(w, "/") {
							os.MkdirAll(filepath.Join(dir, w), 0o755) // a PATH argument
						}
					}
					os.MkdirAll(dir, 0o755)
					if code, out, errOut := runCLI(t, dir, "", words[1:]...); code != 0 {
						t.Errorf("%s: %s: exit %d\n%s%s", where, line, code, out, errOut)
					}
				case words[0] == "go" && len(words) > 1 && words[1] == "vet":
					seen["vet"]++
					for _, w := range words {
						if strings.HasPrefix(w, "-c=") || w == "-c" {
							t.Errorf("%s: go vet -c prints source lines, i.e. secrets", where)
						}
					}
				case words[0] == "go" && len(words) > 2 && words[1] == "run" && words[2] == "./cmd/cfauthlint":
					seen["command"]++
					if code, out, errOut := runCLI(t, ".", "", words[3:]...); code != 0 {
						t.Errorf("%s: %s on this repository: exit %d\n%s%s", where, line, code, out, errOut)
					}
				}
			}
		case b.lang == "" && strings.HasPrefix(b.text, "cfauthlint scan [flags]"):
			// The command synopsis: every command it names has help.
			for _, cmd := range []string{"scan", "rules", "permissions", "version"} {
				if code, out, _ := runCLI(t, tmp, "", "help", cmd); code != 0 || out == "" {
					t.Errorf("%s: cfauthlint help %s: exit %d", where, cmd, code)
				}
			}
			seen["synopsis"]++
		case b.lang == "" && strings.HasPrefix(b.text, "cfauthlint: .cfauthlint.yaml:"):
			// A config error as the README shows it.
			seen["config error"]++
			m := regexp.MustCompile(`yaml:(\d+): severity of (CF\d+): "(\w+)"`).FindStringSubmatch(b.text)
			if m == nil {
				t.Fatalf("%s: cannot read the example error", where)
			}
			dir := filepath.Join(tmp, "cfgerr")
			write(t, dir, ".cfauthlint.yaml", strings.Repeat("# comment\n", atoi(m[1])-2)+"severity:\n  "+m[2]+": "+m[3]+"\n")
			os.MkdirAll(filepath.Join(dir, ".git"), 0o755)
			_, _, errOut := runCLI(t, dir, "", "scan")
			if strings.TrimSpace(errOut) != strings.TrimSpace(b.text) {
				t.Errorf("%s: the config error reads\n%s\nnot\n%s", where, errOut, b.text)
			}
		case b.lang == "python":
			// The suppression example: only the line after a trailing
			// directive is reported.
			seen["suppress"]++
			dir := filepath.Join(tmp, "suppress")
			src := b.text
			var tokens []string
			for strings.Contains(src, `"..."`) {
				tok, _ := gen.Make("cfut")
				tokens = append(tokens, tok)
				src = strings.Replace(src, `"..."`, `"`+tok+`"`, 1)
			}
			write(t, dir, "test_fixture.py", src)
			code, out, _ := runCLI(t, dir, "", "scan", "--go=off", ".")
			if code != 1 || strings.Count(out, "CF101") != 1 || !strings.HasPrefix(out, "test_fixture.py:2:") {
				t.Errorf("%s: suppression example: exit %d, want exactly OTHER (line 2) reported\n%s", where, code, out)
			}
		case b.lang == "json":
			seen["json"]++
			var v map[string]any
			if err := json.Unmarshal([]byte(b.text), &v); err != nil {
				t.Errorf("%s: not JSON: %v", where, err)
			}
			if sum, ok := v["summary"].(map[string]any); ok {
				var rep map[string]any
				_, out, _ := runCLI(t, tmp, "", "scan", "--format", "json", "--go=off", ".")
				json.Unmarshal([]byte(out), &rep)
				for k := range rep["summary"].(map[string]any) {
					if _, ok := sum[k]; !ok && k != "unreported" {
						t.Errorf("%s: the JSON example's summary lacks %q", where, k)
					}
				}
			}
		case b.lang == "yaml":
			checkReadmeYAML(t, where, b.text, seen)
		}
	}
	for _, k := range []string{"sample", "command", "vet", "synopsis", "config error", "suppress", "json", "workflow", "config", "custom-gcl", "golangci", "pre-commit"} {
		if seen[k] == 0 {
			t.Errorf("no README example of kind %q was checked: did the README change shape?", k)
		}
	}
}

func checkReadmeYAML(t *testing.T, where, text string, seen map[string]int) {
	t.Helper()
	var doc map[string]any
	if err := yaml.Unmarshal([]byte(text), &doc); err != nil {
		t.Errorf("%s: YAML: %v", where, err)
		return
	}
	switch {
	case doc["jobs"] != nil:
		// A workflow using the action: linted with actionlint against this
		// repository's action.yml (uses: ./ in place of the release).
		seen["workflow"]++
		wf := regexp.MustCompile(`uses: cfauthlint/cfauthlint@\S+`).ReplaceAllString(text, "uses: ./")
		if wf == text {
			t.Errorf("%s: the workflow does not use the action", where)
		}
		var out bytes.Buffer
		l, proj := newLinter(t, &out)
		errs, err := l.Lint(".github/workflows/readme-example.yml", []byte(wf), proj)
		if err != nil {
			t.Fatal(err)
		}
		reportLint(t, where, errs, []byte(wf))
		perms, _ := doc["permissions"].(map[string]any)
		for k, v := range map[string]string{"contents": "read", "security-events": "write", "actions": "read"} {
			if perms[k] != v {
				t.Errorf("%s: workflow permissions %s: %v, want %s (what code scanning asks for)", where, k, perms[k], v)
			}
		}
	case doc["plugins"] != nil:
		seen["custom-gcl"]++
		for _, p := range doc["plugins"].([]any) {
			imp := p.(map[string]any)["import"].(string)
			dir := strings.TrimPrefix(imp, "github.com/cfauthlint/cfauthlint/")
			if _, err := os.Stat(filepath.Join(dir, "plugin.go")); err != nil {
				t.Errorf("%s: plugin import %s is not in this module: %v", where, imp, err)
			}
		}
	case doc["linters"] != nil:
		// .golangci.yml: the plugin settings decoded by the real plugin,
		// and print-issued-lines off (it would print the secret's line).
		seen["golangci"]++
		settings := doc["linters"].(map[string]any)["settings"].(map[string]any)["custom"].(map[string]any)["cfauthlint"].(map[string]any)["settings"]
		newPlugin, err := register.GetPlugin("cfauthlint")
		if err != nil {
			t.Fatal(err)
		}
		if _, err := newPlugin(settings); err != nil {
			t.Errorf("%s: the plugin rejects the example settings: %v", where, err)
		}
		text, _ := doc["output"].(map[string]any)["formats"].(map[string]any)["text"].(map[string]any)
		if text["print-issued-lines"] != false {
			t.Errorf("%s: output.formats.text.print-issued-lines must be false", where)
		}
	case doc["repos"] != nil:
		seen["pre-commit"]++
		hooks, _ := os.ReadFile(".pre-commit-hooks.yaml")
		for _, r := range doc["repos"].([]any) {
			for _, h := range r.(map[string]any)["hooks"].([]any) {
				id := h.(map[string]any)["id"].(string)
				if !bytes.Contains(hooks, []byte("- id: "+id+"\n")) {
					t.Errorf("%s: hook %q is not in .pre-commit-hooks.yaml", where, id)
				}
			}
		}
		if m := regexp.MustCompile(`# args: \[(.*)\]`).FindStringSubmatch(text); m != nil {
			// The commented args parse as scan flags.
			args := []string{"scan"}
			for _, a := range strings.Split(m[1], ",") {
				args = append(args, strings.TrimSpace(a))
			}
			dir := t.TempDir()
			write(t, dir, ".cfauthlint-baseline", "")
			runCLI(t, dir, "", "scan", "--write-baseline", ".cfauthlint-baseline", ".")
			if code, out, errOut := runCLI(t, dir, "", append(args, ".")...); code != 0 {
				t.Errorf("%s: hook args %v: exit %d\n%s%s", where, args, code, out, errOut)
			}
		}
	default:
		// .cfauthlint.yaml: loads, with a real digest for the placeholder.
		seen["config"]++
		sum := sha256.Sum256([]byte("x"))
		src := regexp.MustCompile(`(?m)^(\s+- )\S*….*$`).ReplaceAllString(text, "${1}"+hex.EncodeToString(sum[:]))
		if _, err := config.Parse(config.FileName, []byte(src)); err != nil {
			t.Errorf("%s: the config example does not load: %v", where, err)
		}
	}
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}
