// Package cloudflare implements leakwatch detectors for Cloudflare credentials.
package cloudflare

import (
	"regexp"

	"github.com/leakwatch/leakwatch/pkg/detectors"
)

var (
	// User (cfut_) and account (cfat_) API tokens.
	scopedTokenRe = regexp.MustCompile(`\b(cf[ua]t_[A-Za-z0-9_-]{40,})\b`)
	// Legacy 40-char API tokens need a keyword nearby.
	legacyTokenRe = regexp.MustCompile(`(?i)(?:cloudflare|cf)[_-]?api[_-]?token\s*[:=]\s*["']?([A-Za-z0-9_-]{40})\b`)
	// Global API Key: new cfk_ prefix, or 37 hex next to X-Auth-Key / *_API_KEY.
	globalKeyRe       = regexp.MustCompile(`\b(cfk_[A-Za-z0-9_-]{40,})\b`)
	legacyGlobalKeyRe = regexp.MustCompile(`(?i)(?:x-auth-key|(?:cloudflare|cf)[_-]?api[_-]?key)["'\s:=]+([0-9a-f]{37})\b`)
	originCAKeyRe     = regexp.MustCompile(`\b(v1\.0-[0-9a-f]{24}-[0-9a-f]{146})\b`)
	oauthRe           = regexp.MustCompile(`\b(cfoat_[A-Za-z0-9_-]{40,})\b`)

	// Values that are obviously not secrets.
	placeholderRe = regexp.MustCompile(`(?i)^(?:x{6,}|<[^>]+>|your[_-]?api[_-]?token|changeme|redacted|\*+)$`)
)

// Scanner reports Cloudflare credentials.
type Scanner struct{}

var _ detectors.Detector = (*Scanner)(nil)

// Keywords are used for efficient pre-filtering.
func (Scanner) Keywords() []string {
	return []string{"cfut_", "cfat_", "cfk_", "cfoat_", "v1.0-", "cloudflare", "x-auth-key", "cf_api"}
}

func (s Scanner) FromData(data []byte) []detectors.Result {
	var out []detectors.Result
	for _, re := range []*regexp.Regexp{scopedTokenRe, legacyTokenRe, globalKeyRe, legacyGlobalKeyRe, originCAKeyRe, oauthRe} {
		for _, m := range re.FindAllSubmatch(data, -1) {
			if placeholderRe.Match(m[1]) {
				continue
			}
			out = append(out, detectors.Result{DetectorType: detectors.Cloudflare, Raw: m[1]})
		}
	}
	return out
}
