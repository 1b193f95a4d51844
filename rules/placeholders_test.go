package rules_test

import (
	"testing"

	"github.com/cfauthlint/cfauthlint/rules"
)

// TestPlaceholderWords: a placeholder word counts written as a word is
// (one case, or capitalized); a random value that holds its letters by
// chance is not a placeholder. (The values are made up for the test.)
func TestPlaceholderWords(t *testing.T) {
	for _, tc := range []struct {
		v    string
		want bool
	}{
		{"your-tunnel-secret-here", true},
		{"YourApiTokenHere", true},
		{"YOUR_API_KEY", true},
		{"test-token", true},
		{"my-dummy-secret-value-for-ci", true},
		{"EXAMPLEKEY", true},
		{"0123456789abcdef0123456789abcdef01234", true},
		// Random base64 (44 chars, ~5 bits a byte) holding test / dumMY / hErE.
		{"q7Vb2testZ9xKpL0mN4wR8yT1uC6eH3jF5gA+sD/kQo=", false},
		{"Xr4dumMYpQ8zL2nV6bT0wK9sJ3hF7gC1eA5yU+iO/lM=", false},
		{"hErEx9Qz4Lm2Vb7Np0Rt8Ks3Jw6Hf1Gd5Ca+Ye/Uo4Im", false},
		// A short value is judged by its words whatever its entropy.
		{"aB3testQ", true},
	} {
		if got := rules.IsPlaceholder([]byte(tc.v)); got != tc.want {
			t.Errorf("IsPlaceholder(%q) = %v, want %v", tc.v, got, tc.want)
		}
	}
}

// TestDocumentedDummy: the example token that cf-terraforming's README
// prints (public, not a credential; split here so that the file does not
// hold it in one piece) is no finding, and the same shape one letter off
// is.
func TestDocumentedDummy(t *testing.T) {
	doc := "Hzsq3Vub-7Y-" + "hSTlAaLH3Jq_YfTUOCcgf22_Fs-j"
	for _, tc := range []struct {
		v    string
		want int
	}{
		{doc, 0},
		{"X" + doc[1:], 1},
	} {
		text := "# if using API Token\nexport CLOUDFLARE_API_TOKEN='" + tc.v + "'\n"
		if got := len((rules.Options{Path: "README.md"}).Scan([]byte(text))); got != tc.want {
			t.Errorf("value %d: %d findings, want %d", tc.want, got, tc.want)
		}
	}
}
