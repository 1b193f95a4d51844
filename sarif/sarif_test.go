package sarif_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/cfauthlint/cfauthlint/internal/cli"
	"github.com/cfauthlint/cfauthlint/internal/finding"
	"github.com/cfauthlint/cfauthlint/internal/testcred"
	"github.com/cfauthlint/cfauthlint/rules"
	"github.com/cfauthlint/cfauthlint/sarif"
)

// tree is a small repository with one planted credential or misuse per file.
// {{kind}} placeholders become fake credentials generated at test time.
var tree = map[string]string{
	"app.py":                     "token = \"{{cfut}}\"\n",
	".env":                       "CF_API_TOKEN='{{tok40}}'\nCLOUDFLARE_API_KEY={{hex37}}\n",
	"certs/origin.tf":            "origin_ca_key = \"{{origin}}\"\n",
	"access.yaml":                "client_secret: {{cfast}}\n",
	"compose.yaml":               "services:\n  tunnel:\n    command: tunnel --no-autoupdate run --token {{tunnel}}\n",
	"deploy.sh":                  "curl -k -H \"X-Auth-Key: $KEY\" http://api.cloudflare.com/client/v4/zones\n",
	"dir with space/a#b%c.env":   "CLOUDFLARE_API_TOKEN={{tok40}}\n",
	"ünï/cödé.ini":               "dns_cloudflare_api_key = {{hex37}}\n",
	"infra/token.tf":             "resource \"cloudflare_api_token\" \"ci\" {\n  name = \"ci\"\n  policy {\n    effect = \"allow\"\n    permission_groups = [\"x\"]\n    resources = { \"com.cloudflare.api.account.zone.*\" = \"*\" }\n  }\n}\n",
	"docs/clean.md":              "Nothing to see: `X-Auth-Key` is only mentioned here.\n",
	"suppressed/ok.sh":           "# cfauthlint:ignore CF101 -- test fixture\nexport CLOUDFLARE_API_TOKEN={{tok40}}\n",
	"suppressed/needs-reason.sh": "export CLOUDFLARE_API_TOKEN={{tok40}} # cfauthlint:ignore CF101\n",
}

// writeTree writes files under dir and returns the secrets planted.
func writeTree(t *testing.T, dir string, files map[string]string) []string {
	t.Helper()
	g := testcred.New(42)
	var secrets []string
	for name, text := range files {
		text, vals := g.Expand(text)
		secrets = append(secrets, vals...)
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return secrets
}

// scanSARIF runs `cfauthlint scan --format sarif` in dir.
func scanSARIF(t *testing.T, dir string, wantCode int, extra ...string) []byte {
	t.Helper()
	t.Chdir(dir)
	var stdout, stderr bytes.Buffer
	args := append([]string{"scan", "--format", "sarif"}, extra...)
	code := cli.Main(args, cli.Env{Stdin: strings.NewReader(""), Stdout: &stdout, Stderr: &stderr})
	if code != wantCode {
		t.Fatalf("exit code %d, want %d; stderr:\n%s", code, wantCode, stderr.String())
	}
	return stdout.Bytes()
}

// schemaPath is absolute: the tests change directory.
var schemaPath, _ = filepath.Abs("testdata/sarif-schema-2.1.0.json")

func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open(schemaPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	const url = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
	if err := c.AddResource(url, doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile(url)
	if err != nil {
		t.Fatal(err)
	}
	return sch
}

func validate(t *testing.T, sch *jsonschema.Schema, out []byte) {
	t.Helper()
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(out))
	if err != nil {
		t.Fatalf("SARIF is not JSON: %v", err)
	}
	if err := sch.Validate(inst); err != nil {
		t.Errorf("SARIF does not validate against the 2.1.0 schema:\n%v", err)
	}
}

// noNulls reports the JSON paths of null values in v.
func noNulls(t *testing.T, v any, path string) {
	t.Helper()
	switch v := v.(type) {
	case nil:
		t.Errorf("null at %s", path)
	case map[string]any:
		for k, e := range v {
			noNulls(t, e, path+"."+k)
		}
	case []any:
		for i, e := range v {
			noNulls(t, e, path+"["+strconv.Itoa(i)+"]")
		}
	}
}

// noSecret fails when any 12-character piece of a secret appears in out.
// It never prints the secret.
func noSecret(t *testing.T, out []byte, secrets []string) {
	t.Helper()
	for n, s := range secrets {
		for i := 0; i+12 <= len(s); i++ {
			if bytes.Contains(out, []byte(s[i:i+12])) {
				t.Errorf("SARIF contains secret #%d (redacted %s…, %d chars)", n, s[:4], len(s))
				break
			}
		}
	}
}

type sarifLog struct {
	Version string `json:"version"`
	Runs    []struct {
		Tool struct {
			Driver struct {
				Name  string `json:"name"`
				Rules []struct {
					ID               string                `json:"id"`
					Name             string                `json:"name"`
					ShortDescription struct{ Text string } `json:"shortDescription"`
					FullDescription  struct{ Text string } `json:"fullDescription"`
					Help             struct {
						Text     string `json:"text"`
						Markdown string `json:"markdown"`
					} `json:"help"`
					HelpURI              string `json:"helpUri"`
					DefaultConfiguration struct {
						Level string `json:"level"`
					} `json:"defaultConfiguration"`
					Properties map[string]any `json:"properties"`
				} `json:"rules"`
			} `json:"driver"`
		} `json:"tool"`
		Results *[]struct {
			RuleID    string `json:"ruleId"`
			RuleIndex *int   `json:"ruleIndex"`
			Level     string `json:"level"`
			Message   struct {
				Text string `json:"text"`
			} `json:"message"`
			Locations []struct {
				PhysicalLocation struct {
					ArtifactLocation struct {
						URI       string `json:"uri"`
						URIBaseID string `json:"uriBaseId"`
					} `json:"artifactLocation"`
					Region struct {
						StartLine, StartColumn, EndLine, EndColumn int
					} `json:"region"`
				} `json:"physicalLocation"`
			} `json:"locations"`
			PartialFingerprints map[string]string `json:"partialFingerprints"`
		} `json:"results"`
	} `json:"runs"`
}

func decode(t *testing.T, out []byte) (*sarifLog, any) {
	t.Helper()
	var log sarifLog
	if err := json.Unmarshal(out, &log); err != nil {
		t.Fatal(err)
	}
	var raw any
	if err := json.Unmarshal(out, &raw); err != nil {
		t.Fatal(err)
	}
	if log.Version != "2.1.0" || len(log.Runs) != 1 {
		t.Fatalf("version %q with %d runs, want 2.1.0 with 1 run", log.Version, len(log.Runs))
	}
	return &log, raw
}

// checkRules checks GitHub's required rule metadata for the whole catalog.
func checkRules(t *testing.T, log *sarifLog) {
	t.Helper()
	got := log.Runs[0].Tool.Driver.Rules
	all := rules.All()
	if len(got) != len(all) {
		t.Errorf("tool.driver.rules has %d rules, catalog has %d", len(got), len(all))
	}
	for i, r := range all {
		if i >= len(got) {
			break
		}
		d := got[i]
		if d.ID != r.ID {
			t.Errorf("rules[%d].id = %q, want %q", i, d.ID, r.ID)
			continue
		}
		if d.Name != r.Name || d.ShortDescription.Text == "" || d.FullDescription.Text == "" {
			t.Errorf("%s: name %q, shortDescription %q, fullDescription %q: want all set", r.ID, d.Name, d.ShortDescription.Text, d.FullDescription.Text)
		}
		if len(d.FullDescription.Text) > 1024 {
			t.Errorf("%s: fullDescription is %d chars; GitHub shows at most 1024", r.ID, len(d.FullDescription.Text))
		}
		if d.Help.Text == "" || d.Help.Markdown == "" {
			t.Errorf("%s: help.text and help.markdown must both be set", r.ID)
		}
		if !strings.HasPrefix(d.HelpURI, "https://") || !strings.HasSuffix(d.HelpURI, "#"+strings.ToLower(r.ID)) {
			t.Errorf("%s: helpUri %q", r.ID, d.HelpURI)
		}
		switch d.DefaultConfiguration.Level {
		case "error", "warning", "note":
		default:
			t.Errorf("%s: defaultConfiguration.level %q", r.ID, d.DefaultConfiguration.Level)
		}
		tags, _ := d.Properties["tags"].([]any)
		hasSecurity := false
		for _, tag := range tags {
			hasSecurity = hasSecurity || tag == "security"
		}
		if !hasSecurity {
			t.Errorf("%s: properties.tags %v lacks \"security\"", r.ID, tags)
		}
		switch d.Properties["precision"] {
		case "very-high", "high", "medium", "low":
		default:
			t.Errorf("%s: properties.precision %v", r.ID, d.Properties["precision"])
		}
		sev, ok := d.Properties["security-severity"].(string)
		if f, err := strconv.ParseFloat(sev, 64); !ok || err != nil || f < 0 || f > 10 {
			t.Errorf("%s: properties[security-severity] %v is not a string number in 0.0–10.0", r.ID, d.Properties["security-severity"])
		}
	}
}

func TestSARIFWithFindings(t *testing.T) {
	dir := t.TempDir()
	secrets := writeTree(t, dir, tree)
	out := scanSARIF(t, dir, 1)
	sch := compileSchema(t)
	validate(t, sch, out)
	log, raw := decode(t, out)
	noNulls(t, raw, "$")
	noSecret(t, out, secrets)
	checkRules(t, log)

	run := log.Runs[0]
	if run.Results == nil || len(*run.Results) == 0 {
		t.Fatal("no results")
	}
	ruleIDs := map[string]bool{}
	uris := map[string]bool{}
	for i, r := range *run.Results {
		ruleIDs[r.RuleID] = true
		if r.RuleIndex == nil || *r.RuleIndex < 0 || *r.RuleIndex >= len(run.Tool.Driver.Rules) || run.Tool.Driver.Rules[*r.RuleIndex].ID != r.RuleID {
			t.Errorf("results[%d] (%s): ruleIndex %v does not point at its rule", i, r.RuleID, r.RuleIndex)
		}
		switch r.Level {
		case "error", "warning", "note":
		default:
			t.Errorf("results[%d]: level %q", i, r.Level)
		}
		if r.Message.Text == "" {
			t.Errorf("results[%d]: empty message", i)
		}
		if len(r.Locations) != 1 {
			t.Errorf("results[%d]: %d locations, want 1", i, len(r.Locations))
			continue
		}
		pl := r.Locations[0].PhysicalLocation
		uri := pl.ArtifactLocation.URI
		uris[uri] = true
		if pl.ArtifactLocation.URIBaseID != "%SRCROOT%" || strings.HasPrefix(uri, "/") || strings.Contains(uri, ":") {
			t.Errorf("results[%d]: uri %q base %q, want a relative uri under %%SRCROOT%%", i, uri, pl.ArtifactLocation.URIBaseID)
		}
		reg := pl.Region
		if reg.StartLine < 1 || reg.StartColumn < 1 || reg.EndLine < reg.StartLine || (reg.EndLine == reg.StartLine && reg.EndColumn <= reg.StartColumn) {
			t.Errorf("results[%d]: region %+v", i, reg)
		}
		if fp := r.PartialFingerprints[sarif.FingerprintKey]; len(fp) < 16 {
			t.Errorf("results[%d]: partialFingerprints %v", i, r.PartialFingerprints)
		}
	}
	for _, id := range []string{"CF101", "CF102", "CF103", "CF104", "CF105", "CF201", "CF301", "CF302", "CF401", "CF402", "CF403"} {
		if !ruleIDs[id] {
			t.Errorf("no %s result; the tree plants one", id)
		}
	}
	for _, uri := range []string{"app.py", ".env", "certs/origin.tf", "dir%20with%20space/a%23b%25c.env", "%C3%BCn%C3%AF/c%C3%B6d%C3%A9.ini", "suppressed/needs-reason.sh"} {
		if !uris[uri] {
			t.Errorf("no result with uri %q; have %v", uri, uris)
		}
	}
	if uris["suppressed/ok.sh"] {
		t.Error("a suppressed result is in the SARIF")
	}
	// Deterministic: a second run is byte-identical.
	if again := scanSARIF(t, dir, 1); !bytes.Equal(out, again) {
		t.Error("two runs over the same tree produced different SARIF")
	}
}

func TestSARIFClean(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"README.md": "Use `CLOUDFLARE_API_TOKEN` from your secret store.\n", "main.go": "package main\n"})
	out := scanSARIF(t, dir, 0)
	validate(t, compileSchema(t), out)
	log, raw := decode(t, out)
	noNulls(t, raw, "$")
	checkRules(t, log)
	if log.Runs[0].Results == nil {
		t.Fatal(`clean scan: "results" is missing or null, want []`)
	}
	if n := len(*log.Runs[0].Results); n != 0 {
		t.Fatalf("clean scan: %d results", n)
	}
	if !bytes.Contains(out, []byte(`"results": []`)) {
		t.Error(`clean scan: want "results": [] spelled out`)
	}
}

// TestSARIFShowSecrets: --show-secrets is for the terminal; SARIF is
// uploaded, so it still never carries the secret.
func TestSARIFShowSecrets(t *testing.T) {
	dir := t.TempDir()
	secrets := writeTree(t, dir, map[string]string{"app.py": "token = \"{{cfut}}\"\n"})
	out := scanSARIF(t, dir, 1, "--show-secrets")
	noSecret(t, out, secrets)
}

// TestSARIFOutsideRoot: a scanned path outside the working directory cannot
// be made relative to %SRCROOT%; it is an absolute file: URI, still valid.
func TestSARIFOutsideRoot(t *testing.T) {
	dir := t.TempDir()
	secrets := writeTree(t, dir, map[string]string{"x/app.py": "token = \"{{cfut}}\"\n"})
	out := scanSARIF(t, filepath.Join(dir, "x"), 1, filepath.Join(dir, "x", "app.py"))
	validate(t, compileSchema(t), out)
	noSecret(t, out, secrets)
	if !bytes.Contains(out, []byte(`"uri": "app.py"`)) {
		t.Errorf("a file inside the working directory named by absolute path should get a relative uri:\n%s", out)
	}
	other := t.TempDir()
	writeTree(t, other, map[string]string{"y.py": "token = \"{{cfut}}\"\n"})
	out = scanSARIF(t, filepath.Join(dir, "x"), 1, filepath.Join(other, "y.py"))
	validate(t, compileSchema(t), out)
	if !bytes.Contains(out, []byte(`"uri": "file:///`)) {
		t.Errorf("a file outside the working directory should get an absolute file: uri:\n%s", out)
	}
}

// TestSchemaRejects makes sure the validator is live: SARIF with a bad level
// and a zero start line must not validate.
func TestSchemaRejects(t *testing.T) {
	sch := compileSchema(t)
	bad := `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[{"message":{"text":"m"},"level":"fatal","locations":[{"physicalLocation":{"artifactLocation":{"uri":"a"},"region":{"startLine":0}}}]}]}]}`
	inst, err := jsonschema.UnmarshalJSON(strings.NewReader(bad))
	if err != nil {
		t.Fatal(err)
	}
	if err := sch.Validate(inst); err == nil {
		t.Fatal("the schema accepted an invalid SARIF log")
	}
}

// TestSARIFEdgeFindings: findings from other sources (Go analyzers, whole-file
// checks, history) may lack an end position, a column or a level; the SARIF
// must still validate and keep GitHub's fields.
func TestSARIFEdgeFindings(t *testing.T) {
	rep := &finding.Report{
		Version: "v0.1.0",
		Findings: []finding.Finding{
			{RuleID: "CF401", RuleName: "api-token-no-expiry", Level: "warning", Path: "infra/main.tf", Line: 4, Message: "no expiry", Redacted: "cloudflare_api_token.ci", Fingerprint: "0011223344556677"},
			{RuleID: "CF101", RuleName: "cloudflare-api-token", Path: "a.py", Line: 2, Column: 5, EndLine: 1, EndColumn: 3, Message: "m", Redacted: "cfut…(53 chars)", Fingerprint: "8899aabbccddeeff", Commit: "0123456789abcdef0123456789abcdef01234567"},
			// A test fixture: lower confidence, a rank, properties.testPath.
			{RuleID: "CF101", RuleName: "cloudflare-api-token", Level: "error", Path: "testdata/a.env", Line: 1, Column: 1, EndLine: 1, EndColumn: 9, Message: "m", Redacted: "cfut…(53 chars)", Fingerprint: "0123456789abcdef", Confidence: "low", TestPath: true},
		},
		Notices: []finding.Notice{{Path: "x.go", Line: 3, Message: "package does not type-check"}, {Message: "no module"}},
	}
	var b bytes.Buffer
	if err := sarif.Write(&b, rep); err != nil {
		t.Fatal(err)
	}
	out := b.Bytes()
	validate(t, compileSchema(t), out)
	log, raw := decode(t, out)
	noNulls(t, raw, "$")
	for i, r := range *log.Runs[0].Results {
		reg := r.Locations[0].PhysicalLocation.Region
		if reg.StartLine < 1 || reg.StartColumn < 1 || reg.EndLine < reg.StartLine || reg.EndColumn < 1 || (reg.EndLine == reg.StartLine && reg.EndColumn < reg.StartColumn) {
			t.Errorf("results[%d]: region %+v is not a valid range", i, reg)
		}
		if r.Level == "" {
			t.Errorf("results[%d]: no level", i)
		}
	}
	if !bytes.Contains(out, []byte(`"rank": 30`)) || bytes.Count(out, []byte(`"testPath": true`)) != 1 {
		t.Error("the test-path result should have rank 30 and properties.testPath, and only it")
	}
	if !bytes.Contains(out, []byte(`"semanticVersion": "0.1.0"`)) {
		t.Error("a release version should be carried as semanticVersion")
	}
}

// TestSARIFCorpus validates the SARIF for the realistic corpus (30+ formats,
// every rule group), with its {{kind}} placeholders expanded to generated
// credentials, and checks that none of them leaks.
func TestSARIFCorpus(t *testing.T) {
	src, err := filepath.Abs("../testdata/corpus")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(src); err != nil {
		t.Skipf("no corpus: %v", err)
	}
	dir := t.TempDir()
	g := testcred.New(7)
	var secrets []string
	err = filepath.WalkDir(src, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if strings.HasPrefix(rel, "expect") && strings.HasSuffix(rel, ".yaml") && !strings.ContainsRune(rel, filepath.Separator) {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		text, vals := g.Expand(string(data))
		secrets = append(secrets, vals...)
		dst := filepath.Join(dir, rel)
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		return os.WriteFile(dst, []byte(text), 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(secrets) < 20 {
		t.Fatalf("only %d planted credentials; is the corpus still templated?", len(secrets))
	}
	out := scanSARIF(t, dir, 1, "--no-gitignore")
	validate(t, compileSchema(t), out)
	log, raw := decode(t, out)
	noNulls(t, raw, "$")
	noSecret(t, out, secrets)
	checkRules(t, log)
	groups := map[byte]bool{}
	for _, r := range *log.Runs[0].Results {
		groups[r.RuleID[2]] = true
	}
	for _, g := range []byte("123") {
		if !groups[g] {
			t.Errorf("no CF%cxx result on the corpus", g)
		}
	}
}

// TestSARIFColonInFirstSegment: a relative path whose first segment holds
// a colon is written as "./…", never as an absolute URI with a scheme.
func TestSARIFColonInFirstSegment(t *testing.T) {
	for path, want := range map[string]string{
		"javascript:alert(1).env": "./javascript:alert%281%29.env",
		"c:/x.env":                "./c:/x.env",
		"dir/a:b.env":             "dir/a:b.env",
		"plain.env":               "plain.env",
	} {
		rep := &finding.Report{Version: "devel", Findings: []finding.Finding{{RuleID: "CF201", Level: "warning", Path: path, Line: 1, Column: 1, EndLine: 1, EndColumn: 2, Message: "m", Redacted: "X-Auth-Key"}}}
		var b bytes.Buffer
		if err := sarif.Write(&b, rep); err != nil {
			t.Fatal(err)
		}
		validate(t, compileSchema(t), b.Bytes())
		if !bytes.Contains(b.Bytes(), []byte(`"uri": "`+want+`"`)) {
			t.Errorf("%s: want uri %q in\n%s", path, want, b.Bytes())
		}
	}
}
