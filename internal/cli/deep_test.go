package cli_test

import (
	"bytes"
	"encoding/json"
	"encoding/pem"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/cfauthlint/cfauthlint/internal/cli"
	"github.com/cfauthlint/cfauthlint/internal/testcred"
)

// gitRepo makes a throwaway repository with an empty global git config.
func gitRepo(t *testing.T) (dir string, run func(args ...string) string) {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	dir = t.TempDir()
	cfg := filepath.Join(t.TempDir(), "gitconfig")
	if err := os.WriteFile(cfg, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	env := append(os.Environ(), "GIT_CONFIG_GLOBAL="+cfg, "GIT_CONFIG_NOSYSTEM=1",
		"GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.com")
	run = func(args ...string) string {
		t.Helper()
		cmd := exec.Command("git", args...)
		cmd.Dir, cmd.Env = dir, env
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
		}
		return strings.TrimSpace(string(out))
	}
	run("init", "-q", "-b", "main")
	return dir, run
}

func runCLI(args ...string) (code int, stdout, stderr string) {
	var o, e bytes.Buffer
	code = cli.Main(args, cli.Env{Stdin: strings.NewReader(""), Stdout: &o, Stderr: &e})
	return code, o.String(), e.String()
}

// TestHistoryFindsDeletedKey: a cfk_ key committed and then removed is not
// in the working tree, but --history reports it as CF102 with the commit
// that added it, redacted.
func TestHistoryFindsDeletedKey(t *testing.T) {
	key := testcred.New(31).Prefixed("cfk_")
	dir, git := gitRepo(t)
	os.WriteFile(filepath.Join(dir, "README.md"), []byte("# demo\n"), 0o644)
	git("add", "-A")
	git("commit", "-q", "-m", "init")
	os.WriteFile(filepath.Join(dir, "config.yaml"), []byte("cloudflare:\n  key: "+key+"\n"), 0o644)
	git("add", "-A")
	git("commit", "-q", "-m", "add config")
	added := git("rev-parse", "HEAD")
	git("rm", "-q", "config.yaml")
	git("commit", "-q", "-m", "remove config")

	if code, out, errOut := runCLI("scan", dir); code != 0 {
		t.Fatalf("working tree scan: exit %d\n%s%s", code, out, errOut)
	}
	code, out, errOut := runCLI("scan", "--history", dir)
	if code != 1 {
		t.Fatalf("--history: exit %d, want 1\n%s", code, errOut)
	}
	if !strings.Contains(out, "config.yaml:2:") || !strings.Contains(out, "CF102") || !strings.Contains(out, added) {
		t.Errorf("--history output lacks CF102, the path or commit %s:\n%s", added, out)
	}
	for _, s := range []string{out, errOut} {
		if strings.Contains(s, key) {
			t.Fatal("output holds the key")
		}
	}
	code, out, _ = runCLI("scan", "--history", "--format", "json", dir)
	var rep struct {
		Findings []struct {
			RuleID                 string `json:"rule_id"`
			Commit, Path, Redacted string
		} `json:"findings"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil || code != 1 {
		t.Fatalf("json: exit %d, %v", code, err)
	}
	if len(rep.Findings) != 1 || rep.Findings[0].Commit != added || rep.Findings[0].RuleID != "CF102" || rep.Findings[0].Path != "config.yaml" {
		t.Errorf("json findings = %+v", rep.Findings)
	}

	// Usage errors.
	for _, args := range [][]string{
		{"scan", "--history", "--staged", dir},
		{"scan", "--history", dir, dir},
		{"scan", "--history", filepath.Join(dir, "README.md")},
	} {
		if code, _, _ := runCLI(args...); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
	if code, _, errOut := runCLI("scan", "--history", t.TempDir()); code != 2 || !strings.Contains(errOut, "git") {
		t.Errorf("--history outside a repository: exit %d, %s", code, errOut)
	}
}

// TestTerraformChecksRunInScan: the scanner runs the HCL checker on .tf files.
func TestTerraformChecksRunInScan(t *testing.T) {
	dir := t.TempDir()
	tf := "resource \"cloudflare_api_token\" \"ci\" {\n  name = \"ci\"\n  policy {\n    resources = { \"com.cloudflare.api.account.zone.*\" = \"*\" }\n  }\n}\n" +
		"provider \"cloudflare\" {\n  email   = var.email\n  api_key = var.key\n}\n"
	os.WriteFile(filepath.Join(dir, "main.tf"), []byte(tf), 0o644)
	code, out, errOut := runCLI("scan", "--format", "json", dir)
	if code != 1 {
		t.Fatalf("exit %d\n%s", code, errOut)
	}
	var rep struct {
		Findings []struct {
			RuleID string `json:"rule_id"`
			Line   int
		} `json:"findings"`
	}
	json.Unmarshal([]byte(out), &rep)
	var got []string
	for _, f := range rep.Findings {
		got = append(got, f.RuleID)
	}
	if strings.Join(got, " ") != "CF401 CF402 CF403 CF201" {
		t.Errorf("findings = %v, want CF401 CF402 CF403 CF201 (one CF201, from the HCL checker)", got)
	}
}

// helperEnv marks a re-executed test binary that runs the CLI once: the
// verifier must trust the fake API's certificate through SSL_CERT_FILE,
// which the Go runtime reads once per process.
const helperEnv = "CFAUTHLINT_TEST_CLI_ARGS"

func TestHelperCLI(t *testing.T) {
	raw := os.Getenv(helperEnv)
	if raw == "" {
		t.Skip("helper process only")
	}
	var args []string
	if err := json.Unmarshal([]byte(raw), &args); err != nil {
		t.Fatal(err)
	}
	os.Exit(cli.Main(args, cli.Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr}))
}

// recorder counts every request, including proxy CONNECTs.
type recorder struct {
	mu   sync.Mutex
	reqs []string
}

func (r *recorder) add(s string) {
	r.mu.Lock()
	r.reqs = append(r.reqs, s)
	r.mu.Unlock()
}

func (r *recorder) list() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.reqs...)
}

// TestVerifyEndToEnd runs `scan --verify` against a fake API. Every other
// host is routed to a proxy that records and refuses: it must see nothing,
// so the real API is never contacted.
func TestVerifyEndToEnd(t *testing.T) {
	g := testcred.New(32)
	active, dead := g.Prefixed("cfut_"), g.Prefixed("cfut_")
	api := &recorder{}
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		tok := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
		switch tok {
		case active:
			api.add("active")
		case dead:
			api.add("dead")
		default:
			api.add("other " + r.URL.Path)
		}
		w.Header().Set("Content-Type", "application/json")
		if r.URL.Path == "/client/v4/user/tokens/verify" && tok == active {
			w.Write([]byte(`{"success":true,"errors":[],"messages":[],"result":{"id":"t","status":"active"}}`))
			return
		}
		w.WriteHeader(http.StatusUnauthorized)
		w.Write([]byte(`{"success":false,"errors":[{"code":1000,"message":"Invalid API Token"}],"result":null}`))
	}))
	defer srv.Close()
	proxy := &recorder{}
	px := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		proxy.add(r.Method + " " + r.Host)
		w.WriteHeader(http.StatusForbidden)
	}))
	defer px.Close()
	certFile := filepath.Join(t.TempDir(), "ca.pem")
	os.WriteFile(certFile, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: srv.Certificate().Raw}), 0o644)

	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.env"), []byte("CLOUDFLARE_API_TOKEN="+active+"\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "b.env"), []byte("CLOUDFLARE_API_TOKEN="+active+"\nOTHER_TOKEN="+dead+"\n"), 0o644)

	run := func(args ...string) (int, string, string) {
		t.Helper()
		raw, _ := json.Marshal(args)
		cmd := exec.Command(os.Args[0], "-test.run=^TestHelperCLI$")
		cmd.Env = append(os.Environ(), helperEnv+"="+string(raw), "SSL_CERT_FILE="+certFile, "SSL_CERT_DIR=",
			"HTTPS_PROXY="+px.URL, "https_proxy="+px.URL, "HTTP_PROXY="+px.URL, "http_proxy="+px.URL, "NO_PROXY=", "no_proxy=")
		var o, e bytes.Buffer
		cmd.Stdout, cmd.Stderr = &o, &e
		err := cmd.Run()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		return code, o.String(), e.String()
	}

	// Without --verify nothing is sent anywhere.
	if code, _, errOut := run("scan", dir); code != 1 {
		t.Fatalf("scan: exit %d\n%s", code, errOut)
	}
	if code, _, _ := run("scan", "--verify-base-url", srv.URL, dir); code != 2 {
		t.Errorf("--verify-base-url without --verify: exit %d, want 2", code)
	}
	if code, _, _ := run("scan", "--verify", "--verify-base-url", "http://"+strings.TrimPrefix(srv.URL, "https://"), dir); code != 2 {
		t.Errorf("--verify-base-url http://: exit %d, want 2", code)
	}
	if got := api.list(); len(got) != 0 {
		t.Fatalf("requests without --verify: %v", got)
	}

	code, out, errOut := run("scan", "--verify", "--verify-base-url", srv.URL, "--format", "json", dir)
	if code != 1 {
		t.Fatalf("scan --verify: exit %d\n%s", code, errOut)
	}
	var rep struct {
		Findings []struct {
			RuleID       string `json:"rule_id"`
			Path         string
			Line         int
			Level        string
			Verification string
		} `json:"findings"`
		Notices []struct{ Message string } `json:"notices"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("json: %v\n%s", err, errOut)
	}
	got := map[string]string{}
	for _, f := range rep.Findings {
		if f.RuleID == "CF101" {
			got[filepath.Base(f.Path)+":"+string(rune('0'+f.Line))] = f.Verification + "/" + f.Level
		}
	}
	want := map[string]string{"a.env:1": "active/error", "b.env:1": "active/error", "b.env:2": "invalid/error"}
	if len(got) != len(want) {
		t.Errorf("CF101 findings = %v, want %v", got, want)
	}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("%s: %s, want %s", k, got[k], w)
		}
	}
	// Each distinct token once; nothing through the proxy (no other host).
	reqs := api.list()
	if len(reqs) != 2 || (reqs[0] != "active" && reqs[1] != "active") || (reqs[0] != "dead" && reqs[1] != "dead") {
		t.Errorf("API requests = %v, want one per distinct token", reqs)
	}
	if p := proxy.list(); len(p) != 0 {
		t.Errorf("requests to other hosts: %v", p)
	}
	if len(rep.Notices) == 0 || !strings.Contains(rep.Notices[0].Message, "1 active, 1 invalid") {
		t.Errorf("notices = %+v", rep.Notices)
	}
	for _, s := range []string{out, errOut} {
		if strings.Contains(s, active) || strings.Contains(s, dead) {
			t.Fatal("output holds a token")
		}
	}
	// Text and SARIF show the outcome too.
	if _, out, _ := run("scan", "--verify", "--verify-base-url", srv.URL, dir); !strings.Contains(out, "[verify: active]") {
		t.Errorf("text output lacks the outcome:\n%s", out)
	}
	if _, out, _ := run("scan", "--verify", "--verify-base-url", srv.URL, "--format", "sarif", dir); !strings.Contains(out, `"verification": "active"`) {
		t.Errorf("SARIF output lacks the outcome")
	}
	// --history: the values are read back from the commit that held them.
	repo, git := gitRepo(t)
	os.WriteFile(filepath.Join(repo, "b.env"), []byte("CLOUDFLARE_API_TOKEN="+active+"\nOTHER_TOKEN="+dead+"\n"), 0o644)
	git("add", "-A")
	git("commit", "-q", "-m", "tokens")
	git("rm", "-q", "b.env")
	git("commit", "-q", "-m", "no tokens")
	before := len(api.list())
	code, out, errOut = run("scan", "--history", "--verify", "--verify-base-url", srv.URL, "--format", "json", repo)
	if code != 1 {
		t.Fatalf("scan --history --verify: exit %d\n%s", code, errOut)
	}
	rep.Findings = nil
	json.Unmarshal([]byte(out), &rep)
	outcomes := map[int]string{}
	for _, f := range rep.Findings {
		if f.RuleID == "CF101" {
			outcomes[f.Line] = f.Verification
		}
	}
	if outcomes[1] != "active" || outcomes[2] != "invalid" || len(outcomes) != 2 {
		t.Errorf("history outcomes by line = %v, want 1:active 2:invalid", outcomes)
	}
	if n := len(api.list()) - before; n != 2 {
		t.Errorf("history run made %d API requests, want 2", n)
	}
	if p := proxy.list(); len(p) != 0 {
		t.Errorf("requests to other hosts: %v", p)
	}
}

// TestHistoryShallowClone: a shallow clone (CI's default checkout) holds
// part of the history; --history says so and fails unless told to scan
// what is there.
func TestHistoryShallowClone(t *testing.T) {
	key := testcred.New(32).Prefixed("cfk_")
	dir, git := gitRepo(t)
	os.WriteFile(filepath.Join(dir, "old.env"), []byte("CLOUDFLARE_API_KEY="+key+"\n"), 0o644)
	git("add", "-A")
	git("commit", "-q", "-m", "old")
	os.Remove(filepath.Join(dir, "old.env"))
	os.WriteFile(filepath.Join(dir, "README.md"), []byte("# demo\n"), 0o644)
	git("add", "-A")
	git("commit", "-q", "-m", "new")
	shallow := filepath.Join(t.TempDir(), "shallow")
	git("clone", "-q", "--depth", "1", "file://"+dir, shallow)

	code, out, errOut := runCLI("scan", "--history", "--format", "json", shallow)
	if code != 2 || !strings.Contains(errOut, "shallow clone") {
		t.Fatalf("shallow clone: exit %d, want 2 saying so\n%s", code, errOut)
	}
	code, out, errOut = runCLI("scan", "--history", "--allow-shallow", shallow)
	if code != 0 || !strings.Contains(errOut, "shallow") {
		t.Fatalf("--allow-shallow: exit %d, want 0 (the key is before the boundary) with a warning\n%s%s", code, out, errOut)
	}
	if code, _, _ := runCLI("scan", "--history", dir); code != 1 {
		t.Errorf("full clone: exit %d, want 1 (the deleted key)", code)
	}
	if code, _, _ := runCLI("scan", "--allow-shallow", dir); code != 2 {
		t.Errorf("--allow-shallow without --history: exit %d, want 2", code)
	}
}
