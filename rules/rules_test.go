package rules_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/cfauthlint/cfauthlint/internal/terraform"
	"github.com/cfauthlint/cfauthlint/internal/testcred"
	"github.com/cfauthlint/cfauthlint/rules"
)

// TestSamples runs every rule's samples: a positive must produce a match of
// that rule, a negative must not. Each sample runs with several seeds so that
// no single lucky random value makes it pass.
func TestSamples(t *testing.T) {
	for _, r := range rules.All() {
		if len(r.Samples) == 0 {
			t.Errorf("%s has no samples", r.ID)
		}
		var pos, neg int
		for i, smp := range r.Samples {
			if smp.Want {
				pos++
			} else {
				neg++
			}
			for seed := uint64(0); seed < 5; seed++ {
				text, _ := testcred.New(seed*1000 + uint64(i)).Expand(smp.Text)
				path := smp.Path
				if path == "" {
					path = "sample.txt"
				}
				got := rules.Options{Path: path}.Scan([]byte(text))
				hit := false
				for _, m := range got {
					if m.Rule == r {
						hit = true
					}
				}
				// Terraform files also get the HCL checks (CF4xx and the
				// provider-block checks), as the scanner runs them.
				if tf := terraform.New(nil); tf.Wants(path) {
					fs, _ := tf.Check(path, []byte(text))
					for _, f := range fs {
						hit = hit || f.RuleID == r.ID
						got = append(got, rules.Match{Rule: rules.ByID(f.RuleID)})
					}
				}
				if hit != smp.Want {
					t.Errorf("%s sample %d (%s, seed %d): got match=%v, want %v\n%s\nmatches: %s",
						r.ID, i, path, seed, hit, smp.Want, redactSample(smp.Text), describe(got))
				}
			}
		}
		if pos == 0 || neg == 0 {
			t.Errorf("%s needs both positive and negative samples (has %d/%d)", r.ID, pos, neg)
		}
	}
}

// redactSample shows the sample template, never the expanded credentials.
func redactSample(s string) string { return "  " + strings.ReplaceAll(s, "\n", "\n  ") }

func describe(ms []rules.Match) string {
	var b strings.Builder
	for _, m := range ms {
		fmt.Fprintf(&b, "%s@%d-%d ", m.Rule.ID, m.Start, m.End)
	}
	return b.String()
}

func TestCatalogMetadata(t *testing.T) {
	names := map[string]bool{}
	for _, r := range rules.All() {
		if r.Name == "" || r.Title == "" || r.Help == "" || r.Level == "" || r.Precision == "" || r.SecuritySeverity == "" || len(r.CWE) == 0 {
			t.Errorf("%s: incomplete metadata", r.ID)
		}
		if names[r.Name] {
			t.Errorf("%s: duplicate name %s", r.ID, r.Name)
		}
		names[r.Name] = true
		hasSecurity := false
		for _, tag := range r.Tags {
			hasSecurity = hasSecurity || tag == "security"
		}
		if !hasSecurity {
			t.Errorf("%s: tags lack \"security\"", r.ID)
		}
		if rules.ByID(strings.ToLower(r.ID)) != r {
			t.Errorf("ByID(%s) is not the rule", r.ID)
		}
	}
	for _, want := range []string{"CF101", "CF102", "CF103", "CF104", "CF105", "CF201", "CF202", "CF301", "CF302"} {
		if !rules.Known(want) {
			t.Errorf("catalog lacks %s", want)
		}
	}
}

// TestMessagesHoldNoSecret: no match message may contain the matched text.
func TestMessagesHoldNoSecret(t *testing.T) {
	for _, r := range rules.All() {
		for i, smp := range r.Samples {
			text, vals := testcred.New(uint64(i)).Expand(smp.Text)
			for _, m := range (rules.Options{Path: smp.Path}).Scan([]byte(text)) {
				for _, v := range vals {
					if strings.Contains(m.Message, v) {
						t.Errorf("%s message contains a sample secret", m.Rule.ID)
					}
				}
				if m.Rule.Secret && strings.Contains(m.Message, text[m.Start:m.End]) {
					t.Errorf("%s message contains the match", m.Rule.ID)
				}
			}
		}
	}
}

func TestPrefixedChecksumRaisesConfidence(t *testing.T) {
	g := testcred.New(7)
	good := g.Prefixed("cfut_")
	bad := good[:45] + "00000000"
	if bad == good {
		t.Skip("checksum happened to be zero")
	}
	for _, tc := range []struct{ tok, conf string }{{good, "high"}, {bad, "medium"}} {
		ms := rules.Scan([]byte("x = " + tc.tok))
		if len(ms) != 1 || ms[0].Confidence != tc.conf {
			t.Errorf("confidence for checksum case = %v, want one match with %s", describe(ms), tc.conf)
		}
	}
}

// TestHostsThatOnlyLookLikeCloudflare: the host is parsed, not substring-matched.
func TestHostsThatOnlyLookLikeCloudflare(t *testing.T) {
	for _, u := range []string{
		"http://api.cloudflare.com.evil.example/x", "http://xapi.cloudflare.com/", "http://api-cloudflare.com/",
		"http://api.cloudflare.community/", "http://evil.example/api.cloudflare.com", "http://api.cloudflare.co/",
	} {
		if ms := rules.Scan([]byte(`u = "` + u + `"`)); len(ms) != 0 {
			t.Errorf("%s: %s", u, describe(ms))
		}
	}
	for _, u := range []string{"http://api.cloudflare.com", "HTTP://API.CLOUDFLARE.COM:8080/x", "http://user@api.cloudflare.com./client/v4", "http://api.staging.cloudflare.com/client/v4"} {
		if ms := rules.Scan([]byte(`u = "` + u + `"`)); len(ms) != 1 || ms[0].Rule.ID != "CF301" {
			t.Errorf("%s: got %s, want CF301", u, describe(ms))
		}
	}
	extra := rules.Options{ExtraHosts: []string{"cf-gw.corp.example"}}
	if ms := extra.Scan([]byte(`u = "http://cf-gw.corp.example/client/v4"`)); len(ms) != 1 {
		t.Errorf("extra host: got %s", describe(ms))
	}
}

func TestSecretAtBufferEdges(t *testing.T) {
	tok := testcred.New(1).Prefixed("cfk_")
	for _, in := range []string{tok, tok + "\n", "\n" + tok} {
		ms := rules.Scan([]byte(in))
		if len(ms) != 1 || !bytes.Equal([]byte(in[ms[0].Start:ms[0].End]), []byte(tok)) {
			t.Errorf("edge case: %s", describe(ms))
		}
	}
	// A token-shaped run inside a longer run is not a token.
	if ms := rules.Scan([]byte("x" + tok)); len(ms) != 0 {
		t.Errorf("embedded: %s", describe(ms))
	}
}
