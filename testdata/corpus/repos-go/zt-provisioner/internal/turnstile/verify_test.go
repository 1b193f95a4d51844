package turnstile

import "testing"

// Cloudflare's documented dummy secret keys for testing; they always pass
// or always fail and are safe to commit.
const (
	alwaysPassesSecret = "1x0000000000000000000000000000000AA"
	alwaysFailsSecret  = "2x0000000000000000000000000000000AA"
)

func TestDummySecretsAreWellFormed(t *testing.T) {
	for _, s := range []string{alwaysPassesSecret, alwaysFailsSecret} {
		if len(s) != 35 {
			t.Errorf("%q: unexpected length %d", s, len(s))
		}
	}
}
