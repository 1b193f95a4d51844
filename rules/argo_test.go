package rules

import (
	"encoding/base64"
	"strings"
	"testing"
)

// TestArgoTunnelTokenBlock: a cert.pem ARGO TUNNEL TOKEN block whose JSON
// holds no token (cloudflared's test-cert-no-token.pem) is not a finding;
// one whose token is shorter than a token is kept at medium confidence.
func TestArgoTunnelTokenBlock(t *testing.T) {
	block := func(json string) string {
		b := base64.StdEncoding.EncodeToString([]byte(json))
		return "-----BEGIN ARGO TUNNEL TOKEN-----\n" + b[:40] + "\n" + b[40:] + "\n-----END ARGO TUNNEL TOKEN-----\n"
	}
	ids := `"zoneID": "` + strings.Repeat("7b", 16) + `", "accountID": "` + strings.Repeat("ab", 16) + `"`
	for _, tc := range []struct {
		name, text, want string // want: the confidence, "" for no finding
	}{
		{"no token", block("{" + ids + "}"), ""},
		{"fixture token", block("{" + ids + `, "apiToken": "test-service-key"}`), "medium"},
		{"token", block("{" + ids + `, "apiToken": "` + strings.Repeat("Ab3", 14)[:40] + `"}`), "high"},
	} {
		got := ""
		for _, m := range (Options{Path: "cert.pem"}).Scan([]byte(tc.text)) {
			if m.Rule == TunnelToken {
				got = m.Confidence
			}
		}
		if got != tc.want {
			t.Errorf("%s: confidence %q, want %q", tc.name, got, tc.want)
		}
	}
}
