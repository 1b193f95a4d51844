package finding

import "testing"

func TestIsTestPath(t *testing.T) {
	for p, want := range map[string]bool{
		"internal/dns/testdata/fixture.env":    true,
		"credentials/test-cert-no-token.pem":   true,
		"providers/dns/cloudflare/dns_test.go": true,
		"tests/test_config.py":                 true,
		"pkg/test_client.py":                   true,
		"conftest.py":                          true,
		"web/src/__tests__/api.ts":             true,
		"web/src/client.test.ts":               true,
		"web/src/client.spec.js":               true,
		"src/main/java/DnsClientTest.java":     true,
		"spec/cloudflare_spec.rb":              true,
		"./e2e/deploy.sh":                      true,
		"Test/Fixtures/a.json":                 true,
		"deploy/prod.env":                      false,
		"contest.py":                           false,
		"latest/config.yaml":                   false,
		"attestation/keys.env":                 false,
		"internal/testing.go":                  false,
		"_test.go":                             false,
		"testimonials.md":                      false,
		"cmd/protest/main.go":                  false,
		"src/Latest.java":                      false,
		"web/latest.php":                       false,
		"src/Contest.cs":                       false,
		"tests/Test.java":                      true,
		"src/Test.java":                        false,
	} {
		if got := IsTestPath(p); got != want {
			t.Errorf("IsTestPath(%q) = %v, want %v", p, got, want)
		}
	}
}

func TestMarkTestPaths(t *testing.T) {
	fs := []Finding{
		{Path: "a/testdata/x.env", Confidence: "high"},
		{Path: "a/prod.env", Confidence: "high"},
		{Path: "b/x_test.go", Confidence: "medium"},
		{Path: "../up/tests/y.env", Confidence: "high"},
	}
	// rel maps the displayed path to the repository path.
	rel := func(p string) string {
		if p == "../up/tests/y.env" {
			return "y.env"
		}
		return p
	}
	if n := MarkTestPaths(fs, rel); n != 2 {
		t.Fatalf("marked %d, want 2", n)
	}
	want := []struct {
		conf string
		test bool
	}{{"medium", true}, {"high", false}, {"low", true}, {"high", false}}
	for i, w := range want {
		if fs[i].Confidence != w.conf || fs[i].TestPath != w.test {
			t.Errorf("%s: confidence %q test %v, want %q %v", fs[i].Path, fs[i].Confidence, fs[i].TestPath, w.conf, w.test)
		}
	}
	// Marking twice lowers once.
	if n := MarkTestPaths(fs, rel); n != 0 || fs[0].Confidence != "medium" {
		t.Errorf("second mark: %d marked, confidence %q", n, fs[0].Confidence)
	}
}
