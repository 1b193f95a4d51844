package finding_test

import (
	"strings"
	"testing"

	"github.com/cfauthlint/cfauthlint/internal/finding"
	"github.com/cfauthlint/cfauthlint/internal/terraform"
	"github.com/cfauthlint/cfauthlint/internal/testcred"
	"github.com/cfauthlint/cfauthlint/rules"
)

// TestShownTextHoldsNoSecret: for every rule's samples, the shown value
// and message of every finding (text rules and the Terraform checks) hold
// none of the sample's generated credentials. CF301 once showed a token
// given as URL userinfo in full (http://u:TOKEN@api.cloudflare.com).
func TestShownTextHoldsNoSecret(t *testing.T) {
	tf := terraform.New(nil)
	for _, r := range rules.All() {
		for i, smp := range r.Samples {
			for seed := uint64(0); seed < 3; seed++ {
				text, values := testcred.New(seed*7919 + uint64(i)).Expand(smp.Text)
				path := smp.Path
				if path == "" {
					path = "sample.txt"
				}
				var fs []finding.Finding
				for _, m := range (rules.Options{Path: path}).Scan([]byte(text)) {
					fs = append(fs, finding.New(m.Rule, path, finding.Position{Line: 1, Column: 1}, []byte(text[m.Start:m.End]), m.Message, m.Confidence, false))
				}
				if tf.Wants(path) {
					more, _ := tf.Check(path, []byte(text))
					fs = append(fs, more...)
				}
				for _, f := range fs {
					for _, v := range values {
						if holds(f.Redacted, v) || holds(f.Message, v) {
							t.Errorf("%s sample %d (seed %d): %s shows a credential: %s / %s", r.ID, i, seed, f.RuleID, finding.RedactText(f.Redacted), f.Message)
						}
					}
				}
			}
		}
	}
}

// holds reports whether s has v or a long piece of it past the 4 leading
// characters a redacted form shows.
func holds(s, v string) bool {
	if len(v) < 16 {
		return false // not a credential-sized value (uuid parts, ids)
	}
	return strings.Contains(s, v) || strings.Contains(s, v[4:16])
}

func TestCF301ShowsSchemeAndHost(t *testing.T) {
	tok := testcred.New(3).Legacy40()
	text := "curl http://deploy:" + tok + "@api.cloudflare.com:8443/client/v4/user"
	for _, m := range rules.Scan([]byte(text)) {
		if m.Rule.ID != "CF301" {
			continue
		}
		f := finding.New(m.Rule, "x.sh", finding.Position{}, []byte(text[m.Start:m.End]), m.Message, m.Confidence, false)
		if f.Redacted != "http://api.cloudflare.com:8443" {
			t.Errorf("CF301 shows %q, want the scheme and host", finding.RedactText(f.Redacted))
		}
		return
	}
	t.Fatal("no CF301 finding")
}
