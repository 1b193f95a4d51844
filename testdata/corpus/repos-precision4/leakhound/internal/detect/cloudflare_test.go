package detect

import (
	"strings"
	"testing"
)

// Positive samples are assembled at runtime so this file never contains a
// string that looks like a live credential (leakhound scans its own repo).
func fakeToken(prefix string) string {
	return prefix + strings.Repeat("Q7w", 13) + "z" + "0a1b2c3d"
}

func fakeLegacyKey() string { return strings.Repeat("c0ffee", 6) + "1" }

func TestScanCloudflare(t *testing.T) {
	tests := []struct {
		name string
		line string
		want []string // rule ids, in order
	}{
		{"user token in env", "CLOUDFLARE_API_TOKEN=" + fakeToken("cfut_"), []string{"cloudflare-api-token"}},
		{"account token in yaml", "  apiToken: " + fakeToken("cfat_"), []string{"cloudflare-api-token"}},
		{"legacy key by name", "CLOUDFLARE_API_KEY=" + fakeLegacyKey(), []string{"cloudflare-global-api-key"}},
		{"legacy key in header sample", `-H "X-Auth-Key: ` + fakeLegacyKey() + `"`, []string{"cloudflare-global-api-key"}},

		// negatives
		{"env reference", "CLOUDFLARE_API_TOKEN=${CLOUDFLARE_API_TOKEN}", nil},
		{"github secret", "apiToken: ${{ secrets.CLOUDFLARE_API_TOKEN }}", nil},
		{"placeholder", "CLOUDFLARE_API_TOKEN=<your-api-token>", nil},
		{"xxx token", "token = \"cfut_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"", nil},
		{"zero token", "CF_API_TOKEN=cfut_000000000000000000000000000000000000000000000000", nil},
		{"deadbeef key", "dns_cloudflare_api_key = deadbeefdeadbeefdeadbeefdeadbeefdeadb", nil},
		{"zone id is not a key", "zone_id = \"023e105f4ecef8ad9ca31a8372d0c353\"", nil},
		{"sha1 is not a key", "integrity sha1-2c26b46b68ffc68ff99b453c1d30413413422d70", nil},
		{"server reads header", `key := r.Header.Get("X-Auth-Key")`, nil},
		{"docs prose", "The X-Auth-Key header carries the Global API Key.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ScanCloudflare([]string{tt.line})
			var ids []string
			for _, f := range got {
				ids = append(ids, f.Rule)
			}
			if strings.Join(ids, ",") != strings.Join(tt.want, ",") {
				t.Errorf("ScanCloudflare(%q) = %v, want %v", tt.line, ids, tt.want)
			}
		})
	}
}
