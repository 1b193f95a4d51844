package cloudflareglobalapikey

import (
	"context"
	"fmt"
	"io"
	"net/http"

	regexp "github.com/wasilibs/go-re2"

	"github.com/trufflesecurity/trufflehog/v3/pkg/common"
	"github.com/trufflesecurity/trufflehog/v3/pkg/detectors"
	"github.com/trufflesecurity/trufflehog/v3/pkg/pb/detectorspb"
)

type Scanner struct {
	client *http.Client
	detectors.DefaultMultiPartCredentialProvider
}

// Ensure the Scanner satisfies the interface at compile time.
var _ detectors.Detector = (*Scanner)(nil)

var (
	defaultClient = common.SaneHttpClient()

	// Legacy Global API Keys are 37 lowercase hex; newer ones carry a cfk_ prefix.
	apiKeyPat = regexp.MustCompile(detectors.PrefixRegex([]string{"cloudflare"}) + `\b([a-f0-9]{37})\b`)
	cfkPat    = regexp.MustCompile(`\b(cfk_[A-Za-z0-9]{40,64})\b`)
	// The key is useless without the account e-mail, so only report pairs.
	emailPat = regexp.MustCompile(`\b([A-Za-z0-9+_.-]+@[A-Za-z0-9-]+\.[A-Za-z0-9.-]+)\b`)
)

// Keywords are used for efficiently pre-filtering chunks.
func (s Scanner) Keywords() []string {
	return []string{"cloudflare", "cfk_"}
}

// FromData will find and optionally verify Cloudflare Global API Keys in a given set of bytes.
func (s Scanner) FromData(ctx context.Context, verify bool, data []byte) (results []detectors.Result, err error) {
	dataStr := string(data)

	keys := make(map[string]struct{})
	for _, m := range apiKeyPat.FindAllStringSubmatch(dataStr, -1) {
		keys[m[1]] = struct{}{}
	}
	for _, m := range cfkPat.FindAllStringSubmatch(dataStr, -1) {
		keys[m[1]] = struct{}{}
	}
	emails := make(map[string]struct{})
	for _, m := range emailPat.FindAllStringSubmatch(dataStr, -1) {
		emails[m[1]] = struct{}{}
	}

	for key := range keys {
		for email := range emails {
			r := detectors.Result{
				DetectorType: detectorspb.DetectorType_CloudflareGlobalApiKey,
				Raw:          []byte(key),
				RawV2:        []byte(key + email),
				ExtraData:    map[string]string{"email": email},
			}

			if verify {
				client := s.client
				if client == nil {
					client = defaultClient
				}
				isVerified, verificationErr := verifyGlobalKey(ctx, client, email, key)
				r.Verified = isVerified
				r.SetVerificationError(verificationErr, key)
			}

			results = append(results, r)
		}
	}

	return results, nil
}

// verifyGlobalKey calls GET /user, which any valid key+email pair can read.
func verifyGlobalKey(ctx context.Context, client *http.Client, email, key string) (bool, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://api.cloudflare.com/client/v4/user", nil)
	if err != nil {
		return false, err
	}
	req.Header.Add("X-Auth-Email", email)
	req.Header.Add("X-Auth-Key", key)
	req.Header.Add("Content-Type", "application/json")

	res, err := client.Do(req)
	if err != nil {
		return false, err
	}
	defer func() {
		_, _ = io.Copy(io.Discard, res.Body)
		_ = res.Body.Close()
	}()

	switch res.StatusCode {
	case http.StatusOK:
		return true, nil
	case http.StatusBadRequest, http.StatusForbidden:
		// 6003 "Invalid request headers" / 9103 "Unknown X-Auth-Key or X-Auth-Email"
		return false, nil
	default:
		return false, fmt.Errorf("unexpected HTTP response status %d", res.StatusCode)
	}
}

func (s Scanner) Type() detectorspb.DetectorType {
	return detectorspb.DetectorType_CloudflareGlobalApiKey
}

func (s Scanner) Description() string {
	return "The Cloudflare Global API Key grants full access to every account the user can reach. It is sent with the user's e-mail in the X-Auth-Email and X-Auth-Key headers."
}
