package suggest

import "testing"

func TestClosest(t *testing.T) {
	cands := []string{"CF101", "cloudflare-api-token", "global-api-key-auth", "format", "fail-on"}
	for word, want := range map[string]string{
		"cloudflare-api-tokn": "cloudflare-api-token",
		"cf101":               "CF101",
		"global-api-key":      "global-api-key-auth",
		"fromat":              "format",
		"fail":                "fail-on",
		"zzzzzzzzzz":          "",
		"":                    "",
	} {
		if got := Closest(word, cands); got != want {
			t.Errorf("Closest(%q) = %q, want %q", word, got, want)
		}
	}
}
