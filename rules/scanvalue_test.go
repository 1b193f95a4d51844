package rules_test

import (
	"testing"

	"github.com/cfauthlint/cfauthlint/internal/testcred"
	"github.com/cfauthlint/cfauthlint/rules"
)

// TestScanValueContext: ScanValue judges a bare value by the context the
// caller gives, as Scan judges the same value in text that says it.
func TestScanValueContext(t *testing.T) {
	g := testcred.New(13)
	tok, key, access := g.Legacy40(), g.Hex(37), g.Hex(64)
	cases := []struct {
		name  string
		value string
		ctx   rules.ValueContext
		want  *rules.Rule // nil: no finding
		start int
	}{
		{"token sink", tok, rules.ValueContext{Sink: rules.SinkToken}, rules.APIToken, 0},
		{"key sink", key, rules.ValueContext{Sink: rules.SinkKey}, rules.GlobalAPIKey, 0},
		{"X-Auth-Key value", key, rules.ValueContext{Sink: rules.SinkHeaderValue, Header: "X-Auth-Key"}, rules.GlobalAPIKey, 0},
		{"Bearer to the API", tok, rules.ValueContext{Sink: rules.SinkHeaderValue, Header: "Authorization"}, rules.APIToken, 0},
		{"Bearer prefix in the value", "Bearer " + tok, rules.ValueContext{Sink: rules.SinkHeaderValue, Header: "authorization"}, rules.APIToken, len("Bearer ")},
		{"Access secret header", access, rules.ValueContext{Sink: rules.SinkHeaderValue, Header: "CF-Access-Client-Secret"}, rules.AccessServiceToken, 0},
		{"Cloudflare name", tok, rules.ValueContext{Name: "cloudflareAPIToken"}, rules.APIToken, 0},
		{"token name in an SDK file", tok, rules.ValueContext{Name: "apiToken", SDKFile: true}, rules.APIToken, 0},
		{"token name alone", tok, rules.ValueContext{Name: "apiToken"}, nil, 0},
		{"no context", tok, rules.ValueContext{}, nil, 0},
		{"key name without Cloudflare", key, rules.ValueContext{Name: "xAuthKey"}, nil, 0},
		{"other vendor's name", tok, rules.ValueContext{Name: "githubToken", SDKFile: true}, nil, 0},
	}
	for _, c := range cases {
		ms := (rules.Options{Path: "example.com/app/main.go"}).ScanValue([]byte(c.value), c.ctx)
		switch {
		case c.want == nil && len(ms) > 0:
			t.Errorf("%s: found %s", c.name, ms[0].Rule.ID)
		case c.want != nil && (len(ms) != 1 || ms[0].Rule != c.want || ms[0].Start != c.start || ms[0].End != len(c.value)):
			t.Errorf("%s: got %v, want one %s at [%d,%d)", c.name, ms, c.want.ID, c.start, len(c.value))
		}
	}
}
