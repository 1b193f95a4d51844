package rules

import "testing"

// A one-character string literal inside the value is an argument, not a
// "***" redaction marker: these send the Global API Key.
func TestHeaderValueOneCharacterLiteral(t *testing.T) {
	for _, tc := range []struct {
		path, text string
		want       bool
	}{
		{"cloudflare/client.go", `req.Header.Set("X-Auth-Key", os.Getenv("K"))`, true},
		{"cloudflare/client.py", `headers = {"X-Auth-Key": env("A")}`, true},
		{"cloudflare/client.py", `headers = {"X-Auth-Key": env("SECRET")}`, true},
		{"cloudflare/client.js", `h["X-Auth-Key"] = k + "x"`, true},
		// Redaction markers as the whole value stay negatives.
		{"redact.go", `out["X-Auth-Key"] = []string{"***"}`, false},
		{"log.py", `LOG_FILTER = {"X-Auth-Key": "[FILTERED]"}`, false},
		{"log.py", `LOG_FILTER = {"X-Auth-Key": "secret"}`, false},
		{"log.py", `LOG_FILTER = {"X-Auth-Key": 'xxxx', "Authorization": 'xxxx'}`, false},
	} {
		got := false
		for _, m := range (Options{Path: tc.path}).Scan([]byte(tc.text)) {
			got = got || m.Rule == GlobalKeyAuth
		}
		if got != tc.want {
			t.Errorf("%s: %s: CF201 reported %v, want %v", tc.path, tc.text, got, tc.want)
		}
	}
}
