package terraform

import (
	"strconv"
	"strings"
	"testing"

	"github.com/cfauthlint/cfauthlint/internal/testcred"
)

func TestStateFile(t *testing.T) {
	for _, c := range []struct {
		path string
		want bool
	}{
		{"terraform.tfstate", true}, {"env/prod/errored.tfstate", true}, {"a/terraform.tfstate.backup", true},
		{"plan.json", true}, {"tfplan.json", true}, {"main.tf", false}, {"x.tf.json", false}, {"package.json", false}, {"state.yaml", false},
	} {
		if got := IsStateFile(c.path); got != c.want {
			t.Errorf("IsStateFile(%q) = %v, want %v", c.path, got, c.want)
		}
	}
}

const stateTmpl = `{
  "version": 4,
  "terraform_version": "1.9.5",
  "outputs": {"ci_token": {"value": "{{tok40}}", "type": "string"}, "zone": {"value": "{{hex32}}"}},
  "resources": [
    {"mode": "managed", "type": "cloudflare_api_token", "name": "ci",
     "provider": "provider[\"registry.terraform.io/cloudflare/cloudflare\"]",
     "instances": [{"attributes": {"id": "{{hex32}}", "name": "ci", "value": "{{tok40}}"}}]},
    {"mode": "managed", "type": "cloudflare_zero_trust_tunnel_cloudflared", "name": "t",
     "instances": [{"attributes": {"account_id": "{{hex32}}", "secret": "{{tunnelsecret}}", "id": "{{uuid}}"}}]},
    {"mode": "managed", "type": "cloudflare_access_service_token", "name": "s",
     "instances": [{"attributes": {"client_id": "{{hex32}}.access", "client_secret": "{{hex64}}"}}]},
    {"mode": "managed", "type": "cloudflare_record", "name": "r",
     "instances": [{"attributes": {"value": "{{tok40}}", "secret": "{{tunnelsecret}}", "zone_id": "{{hex32}}"}}]},
    {"mode": "managed", "type": "random_password", "name": "p",
     "instances": [{"attributes": {"result": "{{tok40}}", "client_secret": "{{hex64}}"}}]}
  ]
}`

// TestStateSecrets: the credential attributes of Cloudflare resources are
// found by their resource type (line 8 token, 10 tunnel secret, 12 Access
// secret) and the output named as a token of a Cloudflare-provider state
// (line 4); the same values under other types (cloudflare_record,
// random_password) are not.
func TestStateSecrets(t *testing.T) {
	text, vals := testcred.ExpandTemplate(t.Name(), stateTmpl)
	fs, ns := New(nil).Check("infra/terraform.tfstate", []byte(text))
	if len(ns) != 0 {
		t.Fatalf("notices: %v", ns)
	}
	got := map[string]bool{}
	for _, f := range fs {
		got[f.RuleID+"@"+itoa(f.Line)] = true
		for _, v := range vals {
			if len(v) > 8 && strings.Contains(f.Message+f.Redacted, v) {
				t.Errorf("finding shows a secret: %s", f.Message)
			}
		}
	}
	want := []string{"CF101@4", "CF101@8", "CF105@10", "CF104@12"}
	for _, w := range want {
		if !got[w] {
			t.Errorf("missing %s; got %v", w, got)
		}
	}
	if len(got) != len(want) {
		t.Errorf("got %d findings %v, want %v", len(got), got, want)
	}
}

func TestPlanProvider(t *testing.T) {
	plan := `{"format_version":"1.2","terraform_version":"1.9.5",
"variables":{"cloudflare_api_token":{"value":"{{tok40}}"},"zone_id":{"value":"{{hex32}}"}},
"configuration":{"provider_config":{"cloudflare":{"name":"cloudflare","expressions":{
"api_key":{"constant_value":"{{hex37}}"},
"email":{"constant_value":"ops@example.com"}}}}}}`
	text, vals := testcred.ExpandTemplate(t.Name(), plan)
	fs, _ := New(nil).Check("tfplan.json", []byte(text))
	got := map[string]bool{}
	for _, f := range fs {
		got[f.RuleID+"@"+itoa(f.Line)] = true
		for _, v := range vals {
			if len(v) > 8 && strings.Contains(f.Message+f.Redacted, v) {
				t.Errorf("%s shows a secret (%d chars)", f.RuleID, len(v))
			}
		}
	}
	for _, w := range []string{"CF101@2", "CF102@4", "CF201@4"} {
		if !got[w] {
			t.Errorf("missing %s; got %v", w, got)
		}
	}
	// A references member that is not Terraform's list of references is
	// no expression the plan renders.
	ref := strings.Replace(text, `"constant_value"`, `"references"`, 1)
	for _, f := range mustCheck(t, "tfplan.json", ref) {
		if f.RuleID == "CF201" {
			t.Errorf("CF201 without a constant api_key: %v", f)
		}
	}
	// api_key = var.cloudflare_api_key renders as a references list: the
	// provider still authenticates with the Global API Key (as the .tf
	// file's provider block is CF201), and a token reference is no finding.
	for _, tc := range []struct {
		key  string
		want bool
	}{{"api_key", true}, {"api_user_service_key", true}, {"api_token", false}} {
		vref := `{"format_version":"1.2","terraform_version":"1.9.5",
"configuration":{"provider_config":{"cloudflare":{"name":"cloudflare","full_name":"registry.terraform.io/cloudflare/cloudflare","expressions":{
"` + tc.key + `":{"references":["var.cloudflare_secret"]}}}}}}`
		var n int
		fs, _ := New(nil).Check("tfplan.json", []byte(vref))
		for _, f := range fs {
			if f.RuleID == "CF201" || f.RuleID == "CF202" {
				n++
				if f.Line != 3 || f.Redacted != tc.key {
					t.Errorf("%s: %s at line %d on %q, want line 3 on the setting's name", tc.key, f.RuleID, f.Line, f.Redacted)
				}
			}
		}
		if got := n > 0; got != tc.want || n > 1 {
			t.Errorf("%s from a variable: %d auth findings, want %v (one)", tc.key, n, tc.want)
		}
	}
}

func TestStateNotJSON(t *testing.T) {
	fs, ns := New(nil).Check("terraform.tfstate", []byte(`{"terraform_version": "1", "cloudflare": [`))
	if len(fs) != 0 || len(ns) != 1 {
		t.Errorf("truncated state: %d findings, %d notices; want 0 and 1", len(fs), len(ns))
	}
	if fs, ns := New(nil).Check("state.json", []byte(`{"name": "cloudflare", "value": "x"}`)); len(fs)+len(ns) != 0 {
		t.Errorf("JSON without terraform_version checked: %v %v", fs, ns)
	}
}

func FuzzState(f *testing.F) {
	text, _ := testcred.ExpandTemplate("fuzz", stateTmpl)
	f.Add(text)
	f.Add(`{"terraform_version":"x","resources":[{"type":"cloudflare_api_token","instances":[{"attributes":{"value":"\u0061"}}]}]}`)
	f.Add(`{"terraform_version":"cloudflare",` + strings.Repeat("[", 200))
	text, _ = testcred.ExpandTemplate("fuzz", pulumiTmpl)
	f.Add(text)
	f.Add(`{"urn:pulumi:":"cloudflare","resources":[{"type":"cloudflare:index/apiToken:ApiToken","outputs":{"value":{"plaintext":""""}}}]}`)
	f.Fuzz(func(t *testing.T, s string) {
		for _, p := range []string{"terraform.tfstate", "stack.json"} {
			fs, _ := New(nil).Check(p, []byte(s))
			for _, x := range fs {
				if x.Line < 1 || x.EndLine < x.Line {
					t.Fatalf("bad position %+v", x)
				}
			}
		}
	})
}

func mustCheck(t *testing.T, p, text string) []hit {
	t.Helper()
	fs, _ := New(nil).Check(p, []byte(text))
	out := make([]hit, len(fs))
	for i, f := range fs {
		out[i] = hit{f.RuleID, f.Line}
	}
	return out
}

type hit struct {
	RuleID string
	Line   int
}

func itoa(n int) string { return strconv.Itoa(n) }

func TestTemplateSkipped(t *testing.T) {
	for _, c := range []struct {
		name, src string
		template  bool
	}{
		{"indexed verb", "resource \"cloudflare_account_member\" \"%[1]s\" {\n  account_id = \"%[2]s\"\n  member_id = data.cloudflare_account_members.%[1]s.result[0].id\n}\n", true},
		{"heredoc verb", "resource \"cloudflare_origin_ca_certificate\" \"%s\" {\n  csr = <<-EOT\n%sEOT\n}\n", true},
		{"go template", "provider \"cloudflare\" {\n  api_token = {{ .Token }}\n}\n", true},
		{"real error", "resource \"cloudflare_record\" \"a\" {\n  name = \"it\\'s\"\n}\n", false},
		{"format call, broken elsewhere", "locals {\n  n = format(\"%s-x\", var.a)\n}\nresource \"cloudflare_record\" {\n  = 1\n}\n", false},
	} {
		_, ns := New(nil).Check("main.tf", []byte(c.src))
		if len(ns) != 1 {
			t.Errorf("%s: %d notices, want 1: %v", c.name, len(ns), ns)
			continue
		}
		if got := ns[0].Message == TemplateNotice; got != c.template || !ns[0].Repeat {
			t.Errorf("%s: notice %q (Repeat %v), template = %v, want %v", c.name, ns[0].Message, ns[0].Repeat, got, c.template)
		}
	}
	// A file that parses is checked whatever verbs its strings hold.
	fs, ns := New(nil).Check("main.tf", []byte("provider \"cloudflare\" {\n  base_url = format(\"http://%s/client/v4\", \"api.cloudflare.com\")\n}\n"))
	if len(ns) != 0 {
		t.Errorf("parsing file got notices %v (findings %v)", ns, fs)
	}
}

func TestStateMoreResources(t *testing.T) {
	src := `{"version": 3, "terraform_version": "0.11.14", "modules": [{"path": ["root"], "resources": {
  "cloudflare_api_token.old": {"type": "cloudflare_api_token", "primary": {"id": "{{hex32}}", "attributes": {
    "value": "{{tok40}}"}}}}}],
 "resources": [
  {"type": "cloudflare_turnstile_widget", "instances": [{"attributes": {"sitekey": "0x4AAAAAAA", "secret": "{{turnstile}}"}}]},
  {"type": "cloudflare_r2_bucket_sippy", "instances": [{"attributes": {"source": {"secret_access_key": "{{hex64}}"},
    "destination": {"access_key_id": "{{hex32}}",
      "secret_access_key": "{{hex64}}"}}}]},
  {"type": "cloudflare_zero_trust_tunnel_warp_connector", "instances": [{"attributes": {"account_id": "{{hex32}}",
    "tunnel_secret": "{{tunnelsecret}}"}]}
 ]}`
	// (the last resource lacks a brace: fixed below, so the test shows the
	// JSON it means)
	src = strings.Replace(src, `"{{tunnelsecret}}"}]}`, `"{{tunnelsecret}}"}}]}`, 1)
	text, _ := testcred.ExpandTemplate(t.Name(), src)
	fs, ns := New(nil).Check("terraform.tfstate", []byte(text))
	if len(ns) != 0 {
		t.Fatalf("notices %v", ns)
	}
	got := map[string]bool{}
	for _, f := range fs {
		got[f.RuleID+"@"+strconv.Itoa(f.Line)] = true
	}
	want := []string{"CF101@3", "CF108@5", "CF107@8", "CF105@10"}
	for _, w := range want {
		if !got[w] {
			t.Errorf("missing %s; got %v", w, got)
		}
	}
	if len(got) != len(want) {
		t.Errorf("got %v, want only %v (Sippy's source is another vendor's key)", got, want)
	}
}

// TestShowJSONState: `terraform show -json` of a state nests outputs and
// resources under "values".
func TestShowJSONState(t *testing.T) {
	src := `{"format_version":"1.0","terraform_version":"1.9.5","values":{"outputs":{
"r2_secret_access_key":{"sensitive":true,"value":"{{hex64}}","type":"string"},
"r2_access_key_id":{"value":"{{hex32}}","type":"string"}},
"root_module":{"resources":[{"type":"cloudflare_api_token","name":"r2","provider_name":"registry.terraform.io/cloudflare/cloudflare",
"values":{"id":"{{hex32}}","value":"{{tok40}}"}}]}}}`
	text, _ := testcred.ExpandTemplate(t.Name(), src)
	got := map[string]bool{}
	for _, h := range mustCheck(t, "state.json", text) {
		got[h.RuleID+"@"+strconv.Itoa(h.Line)] = true
	}
	want := []string{"CF107@2", "CF101@5"}
	for _, w := range want {
		if !got[w] {
			t.Errorf("missing %s; got %v", w, got)
		}
	}
	if len(got) != len(want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

const pulumiTmpl = `{
  "version": 3,
  "deployment": {
    "manifest": {"time": "2024-02-11T09:05:31Z", "version": "v3.105.0"},
    "resources": [
      {"urn": "urn:pulumi:prod::edge::cloudflare:index/apiToken:ApiToken::ci",
       "type": "cloudflare:index/apiToken:ApiToken",
       "outputs": {"name": "ci", "value": {"4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270",
         "plaintext": "\"{{tok40}}\""}}},
      {"urn": "urn:pulumi:prod::edge::cloudflare:index/turnstileWidget:TurnstileWidget::signup",
       "type": "cloudflare:index/turnstileWidget:TurnstileWidget",
       "outputs": {"id": "0x4AAAAAAAQm3kZrXw7cT2Lp", "secret": "{{turnstile}}"}},
      {"urn": "urn:pulumi:prod::edge::cloudflare:index/apiToken:ApiToken::old",
       "type": "cloudflare:index/apiToken:ApiToken",
       "outputs": {"value": {"4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270",
         "ciphertext": "v1:{{b64_40}}"}}},
      {"urn": "urn:pulumi:prod::edge::random:index/randomPassword:RandomPassword::p",
       "type": "random:index/randomPassword:RandomPassword",
       "outputs": {"result": {"4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270",
         "plaintext": "\"{{tok40}}\""}}}
    ]
  }
}`

// TestPulumiState: a Pulumi stack export (`pulumi stack export
// --show-secrets`) is read as state is: the Cloudflare resources' secret
// outputs, named as the Terraform resources they bridge, plaintext
// secrets inside their escaped quotes (line 9 token, line 12 Turnstile
// secret); an encrypted secret and another provider's output are not.
func TestPulumiState(t *testing.T) {
	text, _ := testcred.ExpandTemplate(t.Name(), pulumiTmpl)
	for _, p := range []string{"pulumi/stack-prod.json", "infra/.pulumi/stacks/edge/prod.json"} {
		if !IsStateFile(p) {
			t.Fatalf("IsStateFile(%q) = false", p)
		}
		fs, ns := New(nil).Check(p, []byte(text))
		if len(ns) != 0 {
			t.Fatalf("notices: %v", ns)
		}
		var got []string
		for _, f := range fs {
			got = append(got, f.RuleID+"@"+itoa(f.Line))
			if v := text[textOffset(text, f.Line, f.Column):]; !strings.HasPrefix(v, "cfut_") && strings.HasPrefix(v, `\"`) {
				t.Errorf("%s@%d: the span starts at the escaped quote, not the value", f.RuleID, f.Line)
			}
		}
		if want := "[CF101@9 CF108@12]"; strings.Join(got, " ") != want[1:len(want)-1] {
			t.Errorf("%s: got %v, want %s", p, got, want)
		}
	}
}

// textOffset returns the byte offset of 1-based line and column in text.
func textOffset(text string, line, col int) int {
	off := 0
	for i := 1; i < line; i++ {
		off += strings.IndexByte(text[off:], '\n') + 1
	}
	return off + col - 1
}
