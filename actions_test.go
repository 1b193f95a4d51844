package cfauthlint_test

// Tests of the repository's integration files: GitHub workflows and the
// composite action (linted with actionlint as a library), and the pre-commit
// hook manifest (see also precommit_test.go).

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/rhysd/actionlint"
	"golang.org/x/mod/modfile"
	"gopkg.in/yaml.v3"
)

// newLinter returns an actionlint linter for the repository at the working
// directory; shellcheck checks `run:` scripts when it is installed.
func newLinter(t *testing.T, out *bytes.Buffer) (*actionlint.Linter, *actionlint.Project) {
	t.Helper()
	opts := &actionlint.LinterOptions{}
	if p, err := exec.LookPath("shellcheck"); err == nil {
		opts.Shellcheck = p
	} else {
		t.Log("shellcheck not installed: run: scripts are not shell-checked")
	}
	l, err := actionlint.NewLinter(out, opts)
	if err != nil {
		t.Fatal(err)
	}
	wd, _ := os.Getwd()
	proj, err := actionlint.NewProject(wd)
	if err != nil {
		t.Fatal(err)
	}
	return l, proj
}

func reportLint(t *testing.T, what string, errs []*actionlint.Error, src []byte) {
	t.Helper()
	for _, e := range errs {
		t.Errorf("%s:%d:%d: %s [%s]", what, e.Line, e.Column, e.Message, e.Kind)
	}
	if len(errs) > 0 && src != nil {
		t.Logf("linted source:\n%s", numbered(src))
	}
}

func numbered(src []byte) string {
	var b strings.Builder
	for i, l := range strings.Split(string(src), "\n") {
		b.WriteString(strings.TrimRight(strings.Repeat(" ", 4-len(itoa(i+1)))+itoa(i+1)+"  "+l, " ") + "\n")
	}
	return b.String()
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// TestWorkflowsLint lints every workflow. The workflow that uses the action
// locally (`uses: ./`) also makes actionlint check action.yml's metadata
// (name, description, runs) and the inputs passed to it.
func TestWorkflowsLint(t *testing.T) {
	files, _ := filepath.Glob(".github/workflows/*.y*ml")
	if len(files) == 0 {
		t.Fatal("no workflows in .github/workflows")
	}
	var out bytes.Buffer
	l, proj := newLinter(t, &out)
	errs, err := l.LintFiles(files, proj)
	if err != nil {
		t.Fatal(err)
	}
	reportLint(t, "workflows", errs, nil)
	if t.Failed() {
		t.Logf("actionlint:\n%s", out.String())
	}

	ci, err := os.ReadFile(".github/workflows/ci.yml")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"actions/checkout@", "actions/setup-go@", ".ci/run", "uses: ./"} {
		if !bytes.Contains(ci, []byte(want)) {
			t.Errorf("ci.yml does not contain %q", want)
		}
	}
}

// TestActionLintSeesAction proves the harness: a workflow passing an input
// the action does not declare, or omitting none, is caught only if
// actionlint really read action.yml.
func TestActionLintSeesAction(t *testing.T) {
	var out bytes.Buffer
	l, proj := newLinter(t, &out)
	const bad = `on: push
jobs:
  scan:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - uses: ./
        with:
          no-such-input: x
`
	errs, err := l.Lint(".github/workflows/probe.yml", []byte(bad), proj)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, e := range errs {
		if strings.Contains(e.Message, `"no-such-input" is not defined`) && strings.Contains(e.Message, `"fail-on"`) {
			found = true
		}
	}
	if !found {
		t.Errorf("actionlint did not report the undeclared input against action.yml's inputs; errors: %v", errs)
	}
}

// action is the part of action.yml the checks below read.
type action struct {
	Name, Description string
	Inputs            map[string]struct {
		Description string
		Required    bool
		Default     *string
	}
	Outputs map[string]struct{ Value string }
	Runs    struct {
		Using string
		Steps []struct {
			ID    string
			Name  string
			Uses  string
			Run   string
			Shell string
			If    string
			With  map[string]string
			Env   map[string]string
		}
	}
}

// TestActionYML checks action.yml's structure explicitly and lints its
// steps with actionlint, run as the steps of a reusable workflow whose
// inputs are the action's (actionlint lints workflows, not action files).
func TestActionYML(t *testing.T) {
	src, err := os.ReadFile("action.yml")
	if err != nil {
		t.Fatal(err)
	}
	var a action
	dec := yaml.NewDecoder(bytes.NewReader(src))
	dec.KnownFields(false)
	if err := dec.Decode(&a); err != nil {
		t.Fatalf("action.yml: %v", err)
	}
	if a.Name == "" || a.Description == "" {
		t.Error("action.yml needs name and description")
	}
	if a.Runs.Using != "composite" {
		t.Errorf("runs.using = %q, want composite", a.Runs.Using)
	}
	for _, in := range []string{"path", "args", "format", "upload", "fail-on", "category", "pull-request-scope"} {
		i, ok := a.Inputs[in]
		if !ok {
			t.Errorf("input %q missing", in)
			continue
		}
		if i.Description == "" || i.Required || i.Default == nil {
			t.Errorf("input %q: want a description, not required, with a default", in)
		}
	}
	for _, in := range []string{"upload"} {
		if d := a.Inputs[in].Default; d != nil && *d != "true" && *d != "false" {
			t.Errorf("input %q default %q is not a boolean string", in, *d)
		}
	}

	mod, err := os.ReadFile("go.mod")
	if err != nil {
		t.Fatal(err)
	}
	modPath := modfile.ModulePath(mod)
	var install, upload, failStep, cache bool
	ids := map[string]bool{}
	for i, s := range a.Runs.Steps {
		if s.ID != "" {
			ids[s.ID] = true
		}
		if s.Run != "" && s.Shell == "" {
			t.Errorf("step %d (%s): a composite run step needs shell", i, s.Name)
		}
		switch {
		case strings.HasPrefix(s.Uses, "actions/setup-go@"):
			t.Errorf("step %d uses actions/setup-go, which puts its Go first on the user's PATH for later steps", i)
		case strings.HasPrefix(s.Uses, "actions/cache@"):
			cache = strings.Contains(s.With["key"], "steps.go.outputs.key")
		case strings.HasPrefix(s.Uses, "github/codeql-action/upload-sarif@"):
			upload = true
			if !strings.HasSuffix(s.Uses, "@v4") {
				t.Errorf("upload-sarif pinned to %q, want v4 (v3 is deprecated)", s.Uses)
			}
			if c := s.With["category"]; !strings.Contains(c, "steps.scan.outputs.category") {
				t.Errorf("upload-sarif category %q is not the scan step's", c)
			}
			if s.With["sarif_file"] == "" || !strings.Contains(s.If, "inputs.upload") || !strings.Contains(s.If, "head.repo.full_name") {
				t.Errorf("upload-sarif step: want sarif_file and an if on inputs.upload and fork pull requests, have %+v", s)
			}
		case strings.Contains(s.Run, " install "):
			install = strings.Contains(s.Run, modPath+"/cmd/cfauthlint@") && strings.Contains(s.Run, "./cmd/cfauthlint") &&
				strings.Contains(s.Run, "-ldflags") && strings.Contains(s.Run, "GOBIN=")
		case strings.Contains(s.If, "steps.scan.outputs.exit-code"):
			failStep = strings.Contains(s.Run, "exit 1")
		}
	}
	if !cache || !install || !upload || !failStep {
		t.Errorf("steps: cache of the binary %v, go install of %s/cmd/cfauthlint (by version and from the action checkout, stamped, to its own GOBIN) %v, upload-sarif %v, fail step %v",
			cache, modPath, install, upload, failStep)
	}
	for name, o := range a.Outputs {
		for _, m := range regexp.MustCompile(`steps\.([\w-]+)\.`).FindAllStringSubmatch(o.Value, -1) {
			if !ids[m[1]] {
				t.Errorf("output %q refers to unknown step %q", name, m[1])
			}
		}
	}

	wf := actionAsWorkflow(t, src)
	var out bytes.Buffer
	l, proj := newLinter(t, &out)
	errs, err := l.Lint("action.yml (as a workflow)", wf, proj)
	if err != nil {
		t.Fatal(err)
	}
	reportLint(t, "action.yml steps", errs, wf)
}

// actionAsWorkflow wraps action.yml's steps in a reusable workflow whose
// inputs are the action's inputs (strings, as composite inputs are).
func actionAsWorkflow(t *testing.T, src []byte) []byte {
	t.Helper()
	var doc yaml.Node
	if err := yaml.Unmarshal(src, &doc); err != nil {
		t.Fatal(err)
	}
	root := doc.Content[0]
	get := func(n *yaml.Node, key string) *yaml.Node {
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == key {
				return n.Content[i+1]
			}
		}
		t.Fatalf("action.yml: no %q", key)
		return nil
	}
	steps := get(get(root, "runs"), "steps")
	inputs := get(root, "inputs")
	wfInputs := &yaml.Node{Kind: yaml.MappingNode}
	var names []string
	for i := 0; i+1 < len(inputs.Content); i += 2 {
		names = append(names, inputs.Content[i].Value)
	}
	sort.Strings(names)
	for _, n := range names {
		wfInputs.Content = append(wfInputs.Content, scalar(n), mapping("type", scalar("string"), "required", scalar("false")))
	}
	wf := mapping(
		"name", scalar("action.yml steps"),
		"on", mapping("workflow_call", mapping("inputs", wfInputs)),
		"permissions", mapping("contents", scalar("read"), "security-events", scalar("write")),
		"jobs", mapping("action", mapping("runs-on", scalar("ubuntu-latest"), "steps", steps)),
	)
	out, err := yaml.Marshal(wf)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func scalar(v string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Value: v} }

func mapping(kv ...any) *yaml.Node {
	n := &yaml.Node{Kind: yaml.MappingNode}
	for i := 0; i < len(kv); i += 2 {
		n.Content = append(n.Content, scalar(kv[i].(string)), kv[i+1].(*yaml.Node))
	}
	return n
}

// TestPreCommitHooksManifest checks .pre-commit-hooks.yaml against what
// pre-commit requires and what users expect; precommit_test.go runs it.
func TestPreCommitHooksManifest(t *testing.T) {
	src, err := os.ReadFile(".pre-commit-hooks.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var hooks []map[string]any
	if err := yaml.Unmarshal(src, &hooks); err != nil {
		t.Fatalf(".pre-commit-hooks.yaml: %v", err)
	}
	if len(hooks) != 1 {
		t.Fatalf("%d hooks, want 1", len(hooks))
	}
	h := hooks[0]
	for k, want := range map[string]any{
		"id":             "cfauthlint",
		"language":       "golang",
		"entry":          "cfauthlint scan --staged",
		"pass_filenames": true,
	} {
		if h[k] != want {
			t.Errorf("%s = %v, want %v", k, h[k], want)
		}
	}
	if h["name"] == nil || h["name"] == "" {
		t.Error("hook has no name")
	}
	// language: golang runs `go install ./...`: the entry must be a command it builds.
	if _, err := os.Stat(filepath.Join("cmd", strings.Fields(h["entry"].(string))[0], "main.go")); err != nil {
		t.Errorf("entry command is not built by go install ./...: %v", err)
	}
}

// TestActionLintCatchesMistakes proves the action check can fail: a typo in
// an input reference, and (with shellcheck) an unquoted variable.
func TestActionLintCatchesMistakes(t *testing.T) {
	src, err := os.ReadFile("action.yml")
	if err != nil {
		t.Fatal(err)
	}
	mutations := map[string]struct{ old, new, want string }{
		"input typo": {"SARIF: ${{ inputs.sarif-file }}", "SARIF: ${{ inputs.sarif-fil }}", "property \"sarif-fil\" is not defined"},
		"step typo":  {"steps.scan.outputs.exit-code == '1'", "steps.scna.outputs.exit-code == '1'", "property \"scna\" is not defined"},
	}
	if _, err := exec.LookPath("shellcheck"); err == nil {
		mutations["shellcheck"] = struct{ old, new, want string }{`-- "${paths[@]}" || code=$?`, `-- ${paths[@]} || code=$?`, "shellcheck reported issue"}
	}
	for name, m := range mutations {
		if !bytes.Contains(src, []byte(m.old)) {
			t.Fatalf("%s: action.yml has no %q to mutate", name, m.old)
		}
		wf := actionAsWorkflow(t, bytes.Replace(src, []byte(m.old), []byte(m.new), 1))
		var out bytes.Buffer
		l, proj := newLinter(t, &out)
		errs, err := l.Lint("mutated-action.yml", wf, proj)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, e := range errs {
			found = found || strings.Contains(e.Message, m.want)
		}
		if !found {
			t.Errorf("%s: actionlint did not report %q; errors: %v", name, m.want, errs)
		}
	}
}

// TestOnlyCfauthlintIsInstalled: pre-commit's `language: golang` runs
// `go install ./...` in this repository, so every main package of the main
// module lands on the user's hook PATH; the benchmark tools live in a
// module of their own (bench/go.mod).
func TestOnlyCfauthlintIsInstalled(t *testing.T) {
	out, err := exec.Command("go", "list", "-f", `{{if eq .Name "main"}}{{.ImportPath}}{{end}}`, "./...").Output()
	if err != nil {
		t.Fatal(err)
	}
	mod, err := os.ReadFile("go.mod")
	if err != nil {
		t.Fatal(err)
	}
	want := modfile.ModulePath(mod) + "/cmd/cfauthlint"
	if got := strings.Fields(string(out)); len(got) != 1 || got[0] != want {
		t.Errorf("main packages of the main module: %v, want only %s", got, want)
	}
	if _, err := os.Stat("bench/go.mod"); err != nil {
		t.Errorf("bench/ is not a module of its own: %v", err)
	}
}
