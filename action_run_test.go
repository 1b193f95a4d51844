package cfauthlint_test

// The composite action run end to end by a small fake runner: action.yml's
// steps in order, their `if:` conditions and `${{ }}` expressions evaluated,
// `run:` scripts executed with bash as the runner runs them, with the
// runner's files ($GITHUB_OUTPUT, $GITHUB_STEP_SUMMARY, $GITHUB_PATH) and
// variables (GITHUB_*, RUNNER_*); actions/cache and upload-sarif are played
// by the runner itself.

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"gopkg.in/yaml.v3"

	"github.com/cfauthlint/cfauthlint/internal/testcred"
)

type actionStep struct {
	ID, Name, Uses, Run, Shell, If string
	With, Env                      map[string]string
}

type actionFile struct {
	Inputs map[string]struct {
		Default string
	}
	Outputs map[string]struct{ Value string }
	Runs    struct{ Steps []actionStep }
}

// fakeRunner runs action.yml's steps for one job.
type fakeRunner struct {
	t         *testing.T
	action    actionFile
	actionDir string
	workspace string
	temp      string
	cacheDir  string            // actions/cache's store: key → saved directory
	env       []string          // the job's environment
	inputs    map[string]string // the `with:` of the workflow step
	github    map[string]any    // the github context
	steps     map[string]map[string]string
	log       bytes.Buffer
	uploads   []map[string]string // upload-sarif calls
	saves     []func()            // actions/cache post steps
	summary   string              // every step's summary, in order
	githubPth string              // what steps added to $GITHUB_PATH
}

// ctx resolves a context path such as inputs.format or
// github.event.pull_request.base.sha ("" when missing).
func (r *fakeRunner) ctx(path string) any {
	parts := strings.Split(path, ".")
	var cur any
	switch parts[0] {
	case "inputs":
		if len(parts) != 2 {
			return ""
		}
		return r.inputs[parts[1]]
	case "steps":
		if len(parts) != 4 || parts[2] != "outputs" {
			r.t.Fatalf("unsupported expression %q", path)
		}
		return r.steps[parts[1]][parts[3]]
	case "runner":
		return map[string]string{"temp": r.temp, "os": "Linux", "arch": "X64"}[parts[1]]
	case "github":
		cur = r.github
	default:
		r.t.Fatalf("unsupported context in %q", path)
	}
	for _, p := range parts[1:] {
		m, ok := cur.(map[string]any)
		if !ok {
			return ""
		}
		cur = m[p]
	}
	if cur == nil {
		return ""
	}
	return cur
}

// expr evaluates a GitHub Actions expression: context paths, string
// literals, ==, !=, !, &&, || and parentheses (what action.yml uses).
func (r *fakeRunner) expr(src string) any {
	p := &exprParser{r: r, s: src}
	v := p.or()
	if p.skip(); p.i != len(p.s) {
		r.t.Fatalf("cannot parse expression %q at %d", src, p.i)
	}
	return v
}

type exprParser struct {
	r *fakeRunner
	s string
	i int
}

func (p *exprParser) skip() {
	for p.i < len(p.s) && p.s[p.i] == ' ' {
		p.i++
	}
}

func (p *exprParser) eat(tok string) bool {
	p.skip()
	if strings.HasPrefix(p.s[p.i:], tok) {
		p.i += len(tok)
		return true
	}
	return false
}

func truthy(v any) bool {
	switch v := v.(type) {
	case bool:
		return v
	case string:
		return v != ""
	}
	return v != nil
}

func str(v any) string {
	switch v := v.(type) {
	case bool:
		return fmt.Sprint(v)
	case string:
		return v
	}
	return fmt.Sprint(v)
}

func (p *exprParser) or() any {
	v := p.and()
	for p.eat("||") {
		w := p.and()
		if !truthy(v) {
			v = w
		}
	}
	return v
}

func (p *exprParser) and() any {
	v := p.unary()
	for p.eat("&&") {
		w := p.unary()
		if truthy(v) {
			v = w
		}
	}
	return v
}

func (p *exprParser) unary() any {
	if p.eat("!") && !strings.HasPrefix(p.s[p.i:], "=") {
		return !truthy(p.unary())
	}
	v := p.primary()
	switch {
	case p.eat("=="):
		return strings.EqualFold(str(v), str(p.primary()))
	case p.eat("!="):
		return !strings.EqualFold(str(v), str(p.primary()))
	}
	return v
}

func (p *exprParser) primary() any {
	p.skip()
	switch {
	case p.eat("("):
		v := p.or()
		if !p.eat(")") {
			p.r.t.Fatalf("expression %q: missing )", p.s)
		}
		return v
	case p.i < len(p.s) && p.s[p.i] == '\'':
		end := strings.IndexByte(p.s[p.i+1:], '\'')
		v := p.s[p.i+1 : p.i+1+end]
		p.i += end + 2
		return v
	}
	start := p.i
	for p.i < len(p.s) && (unicode.IsLetter(rune(p.s[p.i])) || unicode.IsDigit(rune(p.s[p.i])) || strings.IndexByte("._-", p.s[p.i]) >= 0) {
		p.i++
	}
	word := p.s[start:p.i]
	switch word {
	case "":
		p.r.t.Fatalf("expression %q: unexpected %q", p.s, p.s[p.i:])
	case "true":
		return true
	case "false":
		return false
	}
	return p.r.ctx(word)
}

// subst replaces every ${{ … }} in s with its value.
func (r *fakeRunner) subst(s string) string {
	var b strings.Builder
	for {
		i := strings.Index(s, "${{")
		if i < 0 {
			return b.String() + s
		}
		j := strings.Index(s[i:], "}}")
		b.WriteString(s[:i])
		b.WriteString(str(r.expr(strings.TrimSpace(s[i+3 : i+j]))))
		s = s[i+j+2:]
	}
}

// cond evaluates a step's if: as the runner does (success() implied).
func (r *fakeRunner) cond(s string) bool {
	if s == "" {
		return true
	}
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "${{") && strings.HasSuffix(s, "}}") {
		s = strings.TrimSpace(s[3 : len(s)-2])
	}
	return truthy(r.expr(s))
}

// readOutputs parses a $GITHUB_OUTPUT file (name=value lines and
// name<<DELIMITER blocks).
func readOutputs(t *testing.T, file string) map[string]string {
	out := map[string]string{}
	data, _ := os.ReadFile(file)
	lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if l == "" {
			continue
		}
		if name, delim, ok := strings.Cut(l, "<<"); ok && !strings.Contains(name, "=") {
			var val []string
			for i++; i < len(lines) && lines[i] != delim; i++ {
				val = append(val, lines[i])
			}
			out[name] = strings.Join(val, "\n")
			continue
		}
		name, val, ok := strings.Cut(l, "=")
		if !ok {
			t.Fatalf("bad GITHUB_OUTPUT line %q", l)
		}
		out[name] = val
	}
	return out
}

// run runs the action; it returns the outcome: "success" or "failure".
func (r *fakeRunner) run() string {
	r.t.Helper()
	r.steps = map[string]map[string]string{}
	for name, in := range r.action.Inputs {
		if _, ok := r.inputs[name]; !ok {
			r.inputs[name] = in.Default
		}
	}
	for i, s := range r.action.Runs.Steps {
		if !r.cond(s.If) {
			fmt.Fprintf(&r.log, "## step %d %s: skipped\n", i, s.Name)
			continue
		}
		fmt.Fprintf(&r.log, "## step %d %s\n", i, s.Name)
		outputs := map[string]string{}
		switch {
		case strings.HasPrefix(s.Uses, "actions/cache@"):
			outputs = r.cache(r.subst(s.With["path"]), r.subst(s.With["key"]))
		case strings.HasPrefix(s.Uses, "github/codeql-action/upload-sarif@"):
			with := map[string]string{}
			for k, v := range s.With {
				with[k] = r.subst(v)
			}
			r.uploads = append(r.uploads, with)
		case s.Run != "":
			var code int
			outputs, code = r.script(s)
			if code != 0 {
				fmt.Fprintf(&r.log, "## step %d failed: exit %d\n", i, code)
				r.post()
				return "failure"
			}
		default:
			r.t.Fatalf("step %d: cannot play %q", i, s.Uses)
		}
		if s.ID != "" {
			r.steps[s.ID] = outputs
		}
	}
	r.post()
	return "success"
}

func (r *fakeRunner) post() {
	for _, save := range r.saves {
		save()
	}
	r.saves = nil
}

// cache plays actions/cache: a hit restores the saved directory, a miss
// saves it after the job.
func (r *fakeRunner) cache(path, key string) map[string]string {
	if key == "" || strings.ContainsAny(key, " \n") {
		r.t.Fatalf("cache key %q", key)
	}
	saved := filepath.Join(r.cacheDir, key)
	if _, err := os.Stat(saved); err == nil {
		copyDir(r.t, saved, path)
		return map[string]string{"cache-hit": "true"}
	}
	r.saves = append(r.saves, func() {
		if _, err := os.Stat(path); err == nil {
			copyDir(r.t, path, saved)
		}
	})
	return map[string]string{"cache-hit": "false"}
}

func copyDir(t *testing.T, from, to string) {
	t.Helper()
	if out, err := exec.Command("cp", "-R", from, to).CombinedOutput(); err != nil {
		t.Fatalf("cp %s %s: %v\n%s", from, to, err, out)
	}
}

// script runs a run: step with bash as the runner does (bash --noprofile
// --norc -eo pipefail), in the workspace, with fresh runner files.
func (r *fakeRunner) script(s actionStep) (map[string]string, int) {
	dir := r.t.TempDir()
	out, summary, ghPath := filepath.Join(dir, "output"), filepath.Join(dir, "summary"), filepath.Join(dir, "path")
	for _, f := range []string{out, summary, ghPath} {
		if err := os.WriteFile(f, nil, 0o644); err != nil {
			r.t.Fatal(err)
		}
	}
	env := append([]string(nil), r.env...)
	env = append(env, "GITHUB_OUTPUT="+out, "GITHUB_STEP_SUMMARY="+summary, "GITHUB_PATH="+ghPath,
		"RUNNER_TEMP="+r.temp, "RUNNER_OS=Linux", "RUNNER_ARCH=X64", "GITHUB_WORKSPACE="+r.workspace,
		"GITHUB_ACTION_PATH="+r.actionDir, "GITHUB_ACTIONS=true", "CI=true")
	for k, v := range s.Env {
		env = append(env, k+"="+r.subst(v))
	}
	if strings.Contains(s.Run, "${{") {
		r.t.Errorf("step %q expands ${{ }} inside its script; pass inputs through env:", s.Name)
	}
	cmd := exec.Command("bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", s.Run)
	cmd.Dir = r.workspace
	cmd.Env = env
	cmd.Stdout, cmd.Stderr = &r.log, &r.log
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		r.t.Fatal(err)
	}
	sum, _ := os.ReadFile(summary)
	r.summary += string(sum)
	p, _ := os.ReadFile(ghPath)
	r.githubPth += string(p)
	return readOutputs(r.t, out), code
}

func gitIn(t *testing.T, dir string, env []string, args ...string) string {
	t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	cmd.Env = env
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
	return strings.TrimSpace(string(out))
}

// TestActionEndToEnd runs the action as a runner would: a push with inputs
// holding spaces and quotes, a job-level GOBIN and the Go already on PATH;
// again from the cache; and a pull request from a fork, which scans only
// what it changes and does not upload.
func TestActionEndToEnd(t *testing.T) {
	for _, tool := range []string{"bash", "git", "go", "cp"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("no %s", tool)
		}
	}
	src, err := os.ReadFile("action.yml")
	if err != nil {
		t.Fatal(err)
	}
	var a actionFile
	if err := yaml.Unmarshal(src, &a); err != nil {
		t.Fatal(err)
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
	goBin := filepath.Dir(goenv("GOROOT") + "/bin/go")
	userGOBIN := filepath.Join(tmp, "job-gobin") // a job-level GOBIN the action must not depend on
	gitconfig := filepath.Join(tmp, "gitconfig")
	os.WriteFile(gitconfig, nil, 0o644)
	var base []string
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		if strings.HasPrefix(k, "GIT_") || strings.HasPrefix(k, "GITHUB_") || strings.HasPrefix(k, "RUNNER_") || k == "GOFLAGS" || k == "GOBIN" || k == "PATH" {
			continue
		}
		base = append(base, kv)
	}
	base = append(base, "GOMODCACHE="+goenv("GOMODCACHE"), "GOCACHE="+goenv("GOCACHE"), "GOPROXY="+goenv("GOPROXY"),
		"GOBIN="+userGOBIN, "GOFLAGS=-mod=vendor", // the user's: must not break the install
		"PATH="+goBin+string(os.PathListSeparator)+os.Getenv("PATH"),
		"GIT_CONFIG_GLOBAL="+gitconfig, "GIT_CONFIG_NOSYSTEM=1",
		"GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.com")

	gen := testcred.New(12)
	token, _ := gen.Make("cfut")
	other, _ := gen.Make("cfat")
	ws := filepath.Join(tmp, "workspace")
	write(t, ws, "my dir/app.env", "CLOUDFLARE_API_TOKEN="+token+"\n")
	write(t, ws, "it's \"quoted\"/skip.env", "CLOUDFLARE_API_TOKEN="+other+"\n")
	write(t, ws, "main.tf", `resource "cloudflare_api_token" "ci" {
  name       = "ci"
  expires_on = "2027-01-01T00:00:00Z"
  policies = [{
    effect            = "allow"
    permission_groups = [{ id = "c8fed203ed3043cba015a93ad1616f1f" }]
    resources         = { "com.cloudflare.api.account.zone.0123456789abcdef0123456789abcdef" = "*" }
  }]
}
`)
	gitIn(t, ws, base, "init", "-q", "-b", "main")
	gitIn(t, ws, base, "add", "-A")
	gitIn(t, ws, base, "commit", "-q", "-m", "base")
	baseSHA := gitIn(t, ws, base, "rev-parse", "HEAD")

	newRunner := func(inputs map[string]string, github map[string]any) *fakeRunner {
		temp := filepath.Join(tmp, "runner-temp")
		os.RemoveAll(temp) // RUNNER_TEMP is emptied for every job
		if err := os.MkdirAll(temp, 0o755); err != nil {
			t.Fatal(err)
		}
		gh := map[string]any{"action_path": repo, "event_name": "push", "repository": "acme/app", "job": "scan", "event": map[string]any{}}
		for k, v := range github {
			gh[k] = v
		}
		return &fakeRunner{t: t, action: a, actionDir: repo, workspace: ws, temp: temp, cacheDir: filepath.Join(tmp, "cache"),
			env:    append(append([]string(nil), base...), "GITHUB_JOB=scan", "GITHUB_EVENT_NAME="+gh["event_name"].(string)),
			inputs: inputs, github: gh}
	}
	os.MkdirAll(filepath.Join(tmp, "cache"), 0o755)
	noLeaks := func(r *fakeRunner) {
		t.Helper()
		sarif, _ := os.ReadFile(filepath.Join(ws, "cfauthlint.sarif"))
		for _, s := range []string{r.log.String(), r.summary, string(sarif)} {
			noLeak(t, "action run", s, token)
			noLeak(t, "action run", s, other)
		}
	}

	// A push: paths and args one per line, with spaces and quotes taken
	// whole; GOBIN and GOFLAGS set by the job; Go on PATH.
	r := newRunner(map[string]string{
		"path": "my dir\nit's \"quoted\"\nmain.tf\n",
		"args": "--exclude\nit's \"quoted\"/**\n",
	}, nil)
	if got := r.run(); got != "failure" {
		t.Fatalf("push run: %s, want failure (a finding at error level)\n%s", got, r.log.String())
	}
	noLeaks(r)
	scan := r.steps["scan"]
	if scan["exit-code"] != "1" || scan["findings"] != "2" || scan["category"] != `cfauthlint/scan/my dir,it's "quoted",main.tf` {
		t.Errorf("scan outputs %v; want exit-code 1, 2 findings (CF101 and the CF402 note), the default category\n%s", scan, r.log.String())
	}
	log := r.log.String()
	if !strings.Contains(log, "::error file=my dir/app.env,line=1,") || strings.Contains(log, "skip.env") {
		t.Errorf("annotations: want my dir/app.env, and nothing from the excluded directory:\n%s", log)
	}
	if strings.Count(log, "cfauthlint: ") == 0 || strings.Count(log, "files, ") != 1 {
		t.Errorf("want exactly one scan (one summary line) in the log:\n%s", log)
	}
	if len(r.uploads) != 1 || r.uploads[0]["category"] != scan["category"] || r.uploads[0]["sarif_file"] != "cfauthlint.sarif" {
		t.Errorf("uploads %v", r.uploads)
	}
	if r.githubPth != "" {
		t.Errorf("the action changed the user's PATH: %q", r.githubPth)
	}
	if _, err := os.Stat(userGOBIN); err == nil {
		t.Errorf("the install wrote to the job's GOBIN %s", userGOBIN)
	}
	if !strings.Contains(r.summary, "### cfauthlint: 2 findings") || !strings.Contains(r.summary, "| [CF101](") || !strings.Contains(r.summary, "cfut…(53 chars)") {
		t.Errorf("job summary:\n%s", r.summary)
	}
	var sarif struct {
		Runs []struct {
			Tool struct {
				Driver struct{ Version, SemanticVersion string }
			}
		}
	}
	data, _ := os.ReadFile(filepath.Join(ws, "cfauthlint.sarif"))
	if err := json.Unmarshal(data, &sarif); err != nil || len(sarif.Runs) != 1 {
		t.Fatalf("SARIF: %v", err)
	}
	stamp := r.steps["go"]["stamp"]
	if v := sarif.Runs[0].Tool.Driver.Version; v == "" || v == "devel" || v != stamp {
		t.Errorf("SARIF tool.driver.version %q, want the stamped %q", v, stamp)
	}
	if !strings.Contains(log, "cfauthlint "+stamp) {
		t.Errorf("install step did not print the stamped version %q:\n%s", stamp, log)
	}

	// Again: the binary comes from the cache; fail-on none passes with the
	// findings still reported.
	r = newRunner(map[string]string{"path": "my dir", "fail-on": "none", "upload": "false"}, nil)
	if got := r.run(); got != "success" {
		t.Fatalf("second run: %s\n%s", got, r.log.String())
	}
	if r.steps["cache"]["cache-hit"] != "true" || !strings.Contains(r.log.String(), "Install cfauthlint: skipped") {
		t.Errorf("second run did not use the cached binary:\n%s", r.log.String())
	}
	if r.steps["scan"]["exit-code"] != "0" || r.steps["scan"]["findings"] != "1" || len(r.uploads) != 0 {
		t.Errorf("fail-on none: outputs %v, uploads %v", r.steps["scan"], r.uploads)
	}
	noLeaks(r)

	// No Go on PATH: Go is unpacked under RUNNER_TEMP and used by path (a
	// stub curl serves a "Go" that runs this one), never put on PATH.
	stubs := filepath.Join(tmp, "stubs")
	fakeGo := filepath.Join(tmp, "fakego")
	write(t, fakeGo, "go/bin/go", "#!/bin/sh\nexec "+filepath.Join(goBin, "go")+" \"$@\"\n")
	os.Chmod(filepath.Join(fakeGo, "go/bin/go"), 0o755)
	tarball := filepath.Join(tmp, "go.tar.gz")
	if out, err := exec.Command("tar", "-czf", tarball, "-C", fakeGo, "go").CombinedOutput(); err != nil {
		t.Fatalf("tar: %v\n%s", err, out)
	}
	write(t, stubs, "curl", `#!/bin/sh
case "$*" in
*go.dev/VERSION*) echo go1.99.0; echo time 2026 ;;
*go.dev/dl/go1.99.0.linux-amd64.tar.gz*) cat "`+tarball+`" ;;
*) echo "curl stub: unexpected $*" >&2; exit 22 ;;
esac
`)
	os.Chmod(filepath.Join(stubs, "curl"), 0o755)
	var noGoPath []string
	for _, d := range filepath.SplitList(os.Getenv("PATH")) {
		if _, err := os.Stat(filepath.Join(d, "go")); err != nil && d != goBin {
			noGoPath = append(noGoPath, d)
		}
	}
	r = newRunner(map[string]string{"path": "my dir", "upload": "false"}, nil)
	r.env = append(r.env, "PATH="+stubs+string(os.PathListSeparator)+strings.Join(noGoPath, string(os.PathListSeparator)))
	os.RemoveAll(filepath.Join(tmp, "cache")) // a build with the unpacked Go
	os.MkdirAll(filepath.Join(tmp, "cache"), 0o755)
	if got := r.run(); got != "failure" || r.steps["scan"]["findings"] != "1" {
		t.Fatalf("without Go on PATH: %s, outputs %v\n%s", got, r.steps["scan"], r.log.String())
	}
	if g := r.steps["go"]["go"]; g != filepath.Join(r.temp, "cfauthlint-go", "go", "bin", "go") || r.githubPth != "" {
		t.Errorf("without Go on PATH: used %q, GITHUB_PATH %q; want the Go unpacked under RUNNER_TEMP, PATH untouched", g, r.githubPth)
	}
	if !strings.Contains(r.log.String(), "Install cfauthlint\n") {
		t.Errorf("without Go on PATH: the install did not run:\n%s", r.log.String())
	}

	// A pull request from a fork: only the changed file is scanned, the
	// upload is skipped with a notice.
	write(t, ws, "pr/new.env", "CLOUDFLARE_API_TOKEN="+other+"\n")
	gitIn(t, ws, base, "add", "-A")
	gitIn(t, ws, base, "commit", "-q", "-m", "pr")
	pr := map[string]any{"pull_request": map[string]any{
		"base": map[string]any{"sha": baseSHA},
		"head": map[string]any{"repo": map[string]any{"full_name": "someone/app"}},
	}}
	r = newRunner(map[string]string{}, map[string]any{"event_name": "pull_request", "event": pr})
	if got := r.run(); got != "failure" {
		t.Fatalf("fork pull request: %s\n%s", got, r.log.String())
	}
	log = r.log.String()
	if r.steps["scan"]["findings"] != "1" || !strings.Contains(log, "::error file=pr/new.env,") || strings.Contains(log, "my dir/app.env") {
		t.Errorf("pull request scope: want only pr/new.env, outputs %v\n%s", r.steps["scan"], log)
	}
	if len(r.uploads) != 0 || !strings.Contains(log, "SARIF not uploaded") {
		t.Errorf("fork pull request: uploads %v\n%s", r.uploads, log)
	}
	noLeaks(r)
	// The same pull request from the repository itself uploads.
	pr["pull_request"].(map[string]any)["head"] = map[string]any{"repo": map[string]any{"full_name": "acme/app"}}
	r = newRunner(map[string]string{"category": "cfauthlint/pr"}, map[string]any{"event_name": "pull_request", "event": pr})
	r.run()
	if len(r.uploads) != 1 || r.uploads[0]["category"] != "cfauthlint/pr" {
		t.Errorf("same-repository pull request: uploads %v\n%s", r.uploads, r.log.String())
	}
}
