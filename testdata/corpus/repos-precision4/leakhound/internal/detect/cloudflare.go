package detect

import (
	"regexp"
	"strings"
)

// Header names whose presence in a request snippet raises the severity of a
// nearby hex match (the snippet is then an authenticated Global-key call).
var cloudflareAuthHeaders = []string{
	"x-auth-key",
	"x-auth-email",
	"x-auth-user-service-key",
	"cf-access-client-id",
	"cf-access-client-secret",
}

var (
	reUserToken    = regexp.MustCompile(`\bcf(ut|at)_[A-Za-z0-9]{40}[0-9a-f]{8}\b`)
	reLegacyKey    = regexp.MustCompile(`(?i)\b[0-9a-f]{37}\b`)
	reOriginCAKey  = regexp.MustCompile(`\bv1\.0-[0-9a-f]{24}-[0-9a-f]{146}\b`)
	reWranglerAuth = regexp.MustCompile(`\bcfoat_[A-Za-z0-9_-]{20,}`)
	reAPIHost      = regexp.MustCompile(`(?i)\bhttps?://api\.cloudflare\.com\b`)
)

// legacyKeyContext are names that make a bare 37-hex string a Global API Key.
var legacyKeyContext = []string{
	"cloudflare_api_key", "cf_api_key", "x-auth-key", "dns_cloudflare_api_key", "cloudflare_key",
}

// Finding is one match.
type Finding struct {
	Rule   string
	Line   int
	Secret string
}

func nearby(line string, words []string) bool {
	l := strings.ToLower(line)
	for _, w := range words {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// ScanCloudflare applies the Cloudflare rules to the lines of one file.
func ScanCloudflare(lines []string) []Finding {
	var out []Finding
	for i, ln := range lines {
		if m := reUserToken.FindString(ln); m != "" && !isPlaceholder(m) {
			out = append(out, Finding{"cloudflare-api-token", i + 1, m})
		}
		if m := reLegacyKey.FindString(ln); m != "" && nearby(ln, legacyKeyContext) && !isPlaceholder(m) {
			out = append(out, Finding{"cloudflare-global-api-key", i + 1, m})
		}
		if m := reOriginCAKey.FindString(ln); m != "" {
			out = append(out, Finding{"cloudflare-origin-ca-key", i + 1, m})
		}
		if m := reWranglerAuth.FindString(ln); m != "" && !isPlaceholder(m) {
			out = append(out, Finding{"wrangler-oauth-token", i + 1, m})
		}
		if reAPIHost.MatchString(ln) && nearby(ln, cloudflareAuthHeaders[:2]) {
			out = append(out, Finding{"cloudflare-global-key-auth", i + 1, ""})
		}
	}
	return out
}

func isPlaceholder(s string) bool {
	l := strings.ToLower(s)
	return strings.Count(l, "0") > len(l)/2 || strings.Contains(l, "xxxx") || strings.Contains(l, "deadbeef") ||
		strings.Contains(l, "example") || strings.HasSuffix(l, "_test")
}
