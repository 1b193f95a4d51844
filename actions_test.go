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

	"github.com/cfauthlint/cfauthlint/internal/testcred"
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
		if strings.Contains(e.Message, `"no-such-input" is not defined`) && strings.Contains(e.Message, `"fail-on-findings"`) {
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
	for _, in := range []string{"path", "args", "format", "upload", "fail-on-findings"} {
		i, ok := a.Inputs[in]
		if !ok {
			t.Errorf("input %q missing", in)
			continue
		}
		if i.Description == "" || i.Required || i.Default == nil {
			t.Errorf("input %q: want a description, not required, with a default", in)
		}
	}
	for _, in := range []string{"upload", "fail-on-findings"} {
		if d := a.Inputs[in].Default; d != nil && *d != "true" && *d != "false" {
			t.Errorf("input %q default %q is not a boolean string", in, *d)
		}
	}

	mod, err := os.ReadFile("go.mod")
	if err != nil {
		t.Fatal(err)
	}
	modPath := modfile.ModulePath(mod)
	var setupGo, install, upload, failStep bool
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
			setupGo = true
		case strings.HasPrefix(s.Uses, "github/codeql-action/upload-sarif@"):
			upload = true
			if !strings.HasSuffix(s.Uses, "@v3") && !strings.HasSuffix(s.Uses, "@v4") {
				t.Errorf("upload-sarif pinned to %q", s.Uses)
			}
			if c := s.With["category"]; !strings.Contains(c, "/") {
				t.Errorf("upload-sarif category %q has no '/'", c)
			}
			if s.With["sarif_file"] == "" || !strings.Contains(s.If, "inputs.upload") {
				t.Errorf("upload-sarif step: want sarif_file and an if on inputs.upload, have %+v", s)
			}
		case strings.Contains(s.Run, "go install"):
			install = strings.Contains(s.Run, modPath+"/cmd/cfauthlint@") && strings.Contains(s.Run, "./cmd/cfauthlint")
		case strings.Contains(s.If, "inputs.fail-on-findings"):
			failStep = strings.Contains(s.Run, "exit 1")
		}
	}
	if !setupGo || !install || !upload || !failStep {
		t.Errorf("steps: setup-go %v, go install of %s/cmd/cfauthlint (by version and from the action checkout) %v, upload-sarif %v, fail-on-findings step %v",
			setupGo, modPath, install, upload, failStep)
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

// TestActionStepsRun runs the action's own install and scan scripts with
// bash, as the runner would (they take their inputs from env:, never from
// ${{ }} inside the script), against a workspace holding a token and a
// clean one.
func TestActionStepsRun(t *testing.T) {
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("no bash")
	}
	src, err := os.ReadFile("action.yml")
	if err != nil {
		t.Fatal(err)
	}
	var a action
	if err := yaml.Unmarshal(src, &a); err != nil {
		t.Fatal(err)
	}
	scripts := map[string]string{}
	for _, s := range a.Runs.Steps {
		if s.Run == "" {
			continue
		}
		if strings.Contains(s.Run, "${{") {
			t.Errorf("step %q expands ${{ }} inside its script; pass inputs through env:", s.Name)
		}
		scripts[s.Name] = s.Run
	}
	repo, _ := os.Getwd()
	tmp := t.TempDir()
	goenv := func(name string) string {
		out, err := exec.Command("go", "env", name).Output()
		if err != nil {
			t.Fatalf("go env %s: %v", name, err)
		}
		return strings.TrimSpace(string(out))
	}
	gopath := filepath.Join(tmp, "gopath")
	base := append(os.Environ(), "GOPATH="+gopath, "GOMODCACHE="+goenv("GOMODCACHE"), "GOCACHE="+goenv("GOCACHE"),
		"GOFLAGS=-mod=mod", "PATH="+filepath.Join(gopath, "bin")+string(os.PathListSeparator)+os.Getenv("PATH"))
	step := func(name, dir string, env ...string) (string, int) {
		t.Helper()
		script, ok := scripts[name]
		if !ok {
			t.Fatalf("action.yml has no run step %q", name)
		}
		cmd := exec.Command("bash", "--noprofile", "--norc", "-e", "-o", "pipefail", "-c", script)
		cmd.Dir = dir
		cmd.Env = append(append([]string(nil), base...), env...)
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		err := cmd.Run()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		return out.String(), code
	}

	// Install, from the action's checkout (no version input).
	ghPath := filepath.Join(tmp, "github_path")
	if out, code := step("Install cfauthlint", tmp, "VERSION=", "ACTION_PATH="+repo, "GITHUB_PATH="+ghPath); code != 0 {
		t.Fatalf("install step: exit %d\n%s", code, out)
	}
	if p, _ := os.ReadFile(ghPath); strings.TrimSpace(string(p)) != filepath.Join(gopath, "bin") {
		t.Errorf("GITHUB_PATH = %q, want %s", p, filepath.Join(gopath, "bin"))
	}

	token, _ := testcred.New(77).Make("cfut")
	ws := filepath.Join(tmp, "workspace")
	write(t, ws, "config/app.env", "CLOUDFLARE_API_TOKEN="+token+"\n")
	write(t, ws, "README.md", "# app\n")
	scan := func(dir, args string) (string, int, string, string) {
		t.Helper()
		ghOut := filepath.Join(tmp, "github_output")
		os.Remove(ghOut)
		sarifFile := filepath.Join(tmp, "out.sarif")
		os.Remove(sarifFile)
		out, code := step("Scan", dir, "SCAN_PATH=.", "SCAN_ARGS="+args, "FORMAT=github", "SARIF="+sarifFile, "GITHUB_OUTPUT="+ghOut)
		o, _ := os.ReadFile(ghOut)
		s, _ := os.ReadFile(sarifFile)
		noLeak(t, "scan step", out+string(s), token)
		return out, code, string(o), string(s)
	}
	out, code, ghOutput, sarifOut := scan(ws, "")
	if code != 0 || ghOutput != "exit-code=1\n" {
		t.Fatalf("scan step with a token: exit %d, outputs %q; want 0 and exit-code=1\n%s", code, ghOutput, out)
	}
	if !strings.Contains(out, "::error file=config/app.env,line=1,") {
		t.Errorf("no annotation for the finding:\n%s", out)
	}
	if !strings.Contains(sarifOut, `"ruleId": "CF101"`) || !strings.Contains(sarifOut, `"uri": "config/app.env"`) {
		t.Errorf("SARIF report lacks the finding:\n%.2000s", sarifOut)
	}
	if out, code := step("Fail on findings", ws); code != 1 || !strings.Contains(out, "::error") {
		t.Errorf("fail step: exit %d, want 1 with an error annotation\n%s", code, out)
	}

	// Args are passed through: a missing baseline is an error, not findings.
	if out, code, ghOutput, _ := scan(ws, "--baseline no-such.baseline"); code != 2 || ghOutput != "" {
		t.Errorf("scan step with a bad --baseline: exit %d, outputs %q; want 2 and none\n%s", code, ghOutput, out)
	}
	// A baseline accepting the finding makes it clean.
	if _, code, ghOutput, _ := scan(ws, "--write-baseline .cfauthlint-baseline"); code != 0 || ghOutput != "exit-code=0\n" {
		t.Errorf("--write-baseline run: exit %d, outputs %q", code, ghOutput)
	}
	out, code, ghOutput, sarifOut = scan(ws, "--baseline .cfauthlint-baseline")
	if code != 0 || ghOutput != "exit-code=0\n" || !strings.Contains(sarifOut, `"results": []`) {
		t.Errorf("scan step with the baseline: exit %d, outputs %q; want exit-code=0 and empty SARIF results\n%s", code, ghOutput, out)
	}
}
