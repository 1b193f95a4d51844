package cloudflareapitoken

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/trufflesecurity/trufflehog/v3/pkg/detectors"
	"github.com/trufflesecurity/trufflehog/v3/pkg/engine/ahocorasick"
)

// The regexes do not look at character distribution, so runs of X are enough
// to exercise them. Never paste a real-looking token here: the repo's own
// secret scanning (and everyone who forks it) will flag it.
var (
	fakeUserToken    = "cfut_" + strings.Repeat("X", 44)
	fakeAccountToken = "cfat_" + strings.Repeat("X", 44)
	fakeLegacyToken  = strings.Repeat("X", 40)

	validPattern = fmt.Sprintf(`
		# .env
		CLOUDFLARE_API_TOKEN=%s
		CF_ACCOUNT_TOKEN=%s
		cloudflare_token: "%s"
	`, fakeUserToken, fakeAccountToken, fakeLegacyToken)

	invalidPattern = `
		CLOUDFLARE_API_TOKEN=cfut_tooShort
		cloudflare_zone_id = "0123456789abcdef0123456789abcdef"
		github_token = "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
	`
)

func TestCloudflareApiToken_Pattern(t *testing.T) {
	d := Scanner{}
	ahoCorasickCore := ahocorasick.NewAhoCorasickCore([]detectors.Detector{d})

	tests := []struct {
		name  string
		input string
		want  []string
	}{
		{
			name:  "valid pattern",
			input: validPattern,
			want:  []string{fakeUserToken, fakeAccountToken, fakeLegacyToken},
		},
		{
			name:  "invalid pattern",
			input: invalidPattern,
			want:  nil,
		},
	}

	for _, test := range tests {
		t.Run(test.name, func(t *testing.T) {
			matchedDetectors := ahoCorasickCore.FindDetectorMatches([]byte(test.input))
			if len(matchedDetectors) == 0 && len(test.want) > 0 {
				t.Errorf("keywords '%v' not matched by: %s", d.Keywords(), test.input)
				return
			}

			results, err := d.FromData(context.Background(), false, []byte(test.input))
			if err != nil {
				t.Errorf("error = %v", err)
				return
			}

			if len(results) != len(test.want) {
				t.Errorf("expected %d results, got %d", len(test.want), len(results))
				return
			}

			actual := make(map[string]struct{}, len(results))
			for _, r := range results {
				actual[string(r.Raw)] = struct{}{}
			}
			expected := make(map[string]struct{}, len(test.want))
			for _, v := range test.want {
				expected[v] = struct{}{}
			}

			if diff := cmp.Diff(expected, actual); diff != "" {
				t.Errorf("%s diff: (-want +got)\n%s", test.name, diff)
			}
		})
	}
}
