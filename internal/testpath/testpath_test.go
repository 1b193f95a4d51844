package testpath

import "testing"

func TestIs(t *testing.T) {
	for p, want := range map[string]bool{
		"internal/dns/testdata/fixture.env":     true,
		"credentials/test-cert-no-token.pem":    true,
		"providers/dns/cloudflare/dns_test.go":  true,
		"tests/test_config.py":                  true,
		"pkg/test_client.py":                    true,
		"conftest.py":                           true,
		"web/src/__tests__/api.ts":              true,
		"src/__snapshots__/client.test.ts.snap": true,
		"web/src/client.test.ts":                true,
		"web/src/client.spec.js":                true,
		"src/main/java/DnsClientTest.java":      true,
		"spec/cloudflare_spec.rb":               true,
		"./e2e/deploy.sh":                       true,
		"Test/Fixtures/a.json":                  true,
		"deploy/prod.env":                       false,
		"contest.py":                            false,
		"latest/config.yaml":                    false,
		"attestation/keys.env":                  false,
		"internal/testing.go":                   false,
		"_test.go":                              false,
		"testimonials.md":                       false,
		"cmd/protest/main.go":                   false,
		"src/Latest.java":                       false,
		"web/latest.php":                        false,
		"src/Contest.cs":                        false,
		"tests/Test.java":                       true,
		"src/Test.java":                         false,
	} {
		if got := Is(p); got != want {
			t.Errorf("Is(%q) = %v, want %v", p, got, want)
		}
	}
}
