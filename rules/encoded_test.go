package rules_test

import (
	"encoding/base64"
	"fmt"
	"strings"
	"testing"

	"github.com/cfauthlint/cfauthlint/internal/testcred"
	"github.com/cfauthlint/cfauthlint/rules"
)

// TestEncodedSecrets: a Kubernetes Secret's data holds values base64-encoded;
// the decoded value is judged like a plain one (format, or name + context).
func TestEncodedSecrets(t *testing.T) {
	for _, tc := range []struct {
		key, kind, rule string
	}{
		{"api-token", "cfut", "CF101"},
		{"cloudflare_api_token", "tok40", "CF101"},
		{"cloudflare_api_key", "hex37", "CF102"},
		{"key", "origin", "CF103"},
		{"client-secret", "cfast", "CF104"},
		{"token", "tunnel", "CF105"},
		{"api-token", "hex32", ""},  // a zone id is no secret
		{"checksum", "hex64", ""},   // a hash under a non-secret name
		{"github-token", "ghp", ""}, // another vendor
	} {
		for seed := uint64(0); seed < 5; seed++ {
			v, _ := testcred.New(seed).Make(tc.kind)
			doc := fmt.Sprintf("apiVersion: v1\nkind: Secret\nmetadata:\n  name: cloudflare-credentials\ndata:\n  %s: %s\n",
				tc.key, base64.StdEncoding.EncodeToString([]byte(v)))
			var got []string
			for _, m := range (rules.Options{Path: "secret.yaml"}).Scan([]byte(doc)) {
				got = append(got, m.Rule.ID)
			}
			want := []string{}
			if tc.rule != "" {
				want = []string{tc.rule}
			}
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("%s: %s (seed %d): got %v, want %v", tc.key, tc.kind, seed, got, want)
			}
		}
	}
	// The same values outside data: (a ConfigMap's plain text) are not decoded.
	v, _ := testcred.New(1).Make("tok40")
	doc := "kind: ConfigMap\nmetadata:\n  name: cloudflare\nlabels:\n  api-token: " + base64.StdEncoding.EncodeToString([]byte(v)) + "\n"
	if ms := (rules.Options{Path: "cm.yaml"}).Scan([]byte(doc)); len(ms) != 0 {
		t.Errorf("outside data: got %s", describe(ms))
	}
}

// TestBase64NamedValue: outside a Secret's data, a value under a key that
// says base64 is decoded too (the community cloudflared chart's
// tunnelSecrets.base64EncodedConfigJsonFile); another key is not.
func TestBase64NamedValue(t *testing.T) {
	g := testcred.New(7)
	acct, _ := g.Make("hex32")
	creds := fmt.Sprintf(`{"AccountTag":"%s","TunnelSecret":"%s","TunnelID":"%s"}`, acct, g.TunnelSecret(), g.UUID())
	enc := base64.StdEncoding.EncodeToString([]byte(creds))
	for _, tc := range []struct {
		key  string
		want bool
	}{
		{"base64EncodedConfigJsonFile", true},
		{"configJson", false},
	} {
		doc := "tunnelConfig:\n  name: home\ntunnelSecrets:\n  " + tc.key + ": " + enc + "\n"
		got := false
		for _, m := range (rules.Options{Path: "values.yaml"}).Scan([]byte(doc)) {
			got = got || m.Rule.ID == "CF105"
		}
		if got != tc.want {
			t.Errorf("key %s: CF105 = %v, want %v", tc.key, got, tc.want)
		}
	}
}

// TestProxmoxPluginData: Proxmox VE's plugins.cfg holds an ACME DNS
// plugin's acme.sh variables as one base64 line; a cf plugin's are judged
// as an env file, each match on the data line with the decoded value.
func TestProxmoxPluginData(t *testing.T) {
	b64 := base64.StdEncoding.EncodeToString
	for seed := uint64(0); seed < 5; seed++ {
		g := testcred.New(seed)
		tok, _ := g.Make("cfut")
		key, _ := g.Make("hex37")
		doc := "dns: cf-token\n\tapi cf\n\tdata " + b64([]byte("CF_Token="+tok+"\nCF_Account_ID=0123abcd")) + "\n\tvalidation-delay 30\n\n" +
			"dns: cf-legacy\n\tapi cf\n\tdata " + b64([]byte("CF_Email=ops@example.com\nCF_Key="+key)) + "\n\tnodes pve2\n\n" +
			"dns: other\n\tapi desec\n\tdata " + b64([]byte("CF_Token="+tok)) + "\n"
		var got []string
		for _, m := range (rules.Options{Path: "etc/pve/priv/acme/plugins.cfg"}).Scan([]byte(doc)) {
			line := 1 + strings.Count(doc[:m.Start], "\n")
			got = append(got, fmt.Sprintf("%s@%d", m.Rule.ID, line))
			if v := string(m.Bytes([]byte(doc))); m.Rule.Secret && v != tok && v != key {
				t.Errorf("seed %d: %s's value is not the decoded credential (%d bytes)", seed, m.Rule.ID, len(v))
			}
		}
		if want := "[CF101@3 CF102@8 CF201@8]"; fmt.Sprint(got) != want {
			t.Errorf("seed %d: got %v, want %s", seed, got, want)
		}
		// The same lines in another file are not decoded.
		if ms := (rules.Options{Path: "notes/plugins.txt"}).Scan([]byte(doc)); len(ms) != 0 {
			t.Errorf("seed %d: %d matches outside plugins.cfg", seed, len(ms))
		}
	}
}

// TestConsulKVExport: `consul kv export` holds every value base64-encoded;
// a value is decoded and judged by its entry's key path.
func TestConsulKVExport(t *testing.T) {
	b64 := base64.StdEncoding.EncodeToString
	for seed := uint64(0); seed < 5; seed++ {
		g := testcred.New(seed)
		tok, _ := g.Make("cfut")
		legacy, _ := g.Make("tok40")
		zone, _ := g.Make("hex32")
		entry := func(key, v string) string {
			return "\t{\n\t\t\"key\": \"" + key + "\",\n\t\t\"flags\": 0,\n\t\t\"value\": \"" + b64([]byte(v)) + "\"\n\t}"
		}
		doc := "[\n" + strings.Join([]string{
			entry("config/edge/cloudflare/api_token", tok),       // line 5
			entry("config/edge/cloudflare/legacy_token", legacy), // line 10
			entry("config/edge/cloudflare/zone_id", zone),
			entry("config/edge/build/cache_salt", legacy),
		}, ",\n") + "\n]\n"
		var got []string
		for _, m := range (rules.Options{Path: "consul/kv-export.json"}).Scan([]byte(doc)) {
			got = append(got, fmt.Sprintf("%s@%d", m.Rule.ID, 1+strings.Count(doc[:m.Start], "\n")))
		}
		if want := "[CF101@5 CF101@10]"; fmt.Sprint(got) != want {
			t.Errorf("seed %d: got %v, want %s", seed, got, want)
		}
	}
}
