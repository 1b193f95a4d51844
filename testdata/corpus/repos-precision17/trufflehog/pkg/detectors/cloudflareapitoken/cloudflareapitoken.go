package cloudflareapitoken

import (
	"context"
	"encoding/json"
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
}

// Ensure the Scanner satisfies the interface at compile time.
var _ detectors.Detector = (*Scanner)(nil)

const verifyURL = "https://api.cloudflare.com/client/v4/user/tokens/verify"

var (
	defaultClient = common.SaneHttpClient()

	// Prefixed user (cfut_) and account (cfat_) tokens identify themselves.
	prefixedPat = regexp.MustCompile(`\b(cf[ua]t_[A-Za-z0-9]{40,64})\b`)
	// Legacy tokens are 40 url-safe chars with no prefix, so require a keyword nearby.
	legacyPat = regexp.MustCompile(detectors.PrefixRegex([]string{"cloudflare"}) + `\b([A-Za-z0-9_-]{40})\b`)
)

// Keywords are used for efficiently pre-filtering chunks.
func (s Scanner) Keywords() []string {
	return []string{"cloudflare", "cfut_", "cfat_"}
}

// FromData will find and optionally verify Cloudflare API tokens in a given set of bytes.
func (s Scanner) FromData(ctx context.Context, verify bool, data []byte) (results []detectors.Result, err error) {
	dataStr := string(data)

	uniqueMatches := make(map[string]struct{})
	for _, m := range prefixedPat.FindAllStringSubmatch(dataStr, -1) {
		uniqueMatches[m[1]] = struct{}{}
	}
	for _, m := range legacyPat.FindAllStringSubmatch(dataStr, -1) {
		uniqueMatches[m[1]] = struct{}{}
	}

	for token := range uniqueMatches {
		r := detectors.Result{
			DetectorType: detectorspb.DetectorType_CloudflareApiToken,
			Raw:          []byte(token),
		}

		if verify {
			client := s.client
			if client == nil {
				client = defaultClient
			}
			isVerified, extra, verificationErr := verifyToken(ctx, client, token)
			r.Verified = isVerified
			r.ExtraData = extra
			r.SetVerificationError(verificationErr, token)
		}

		results = append(results, r)
	}

	return results, nil
}

type verifyResponse struct {
	Success bool `json:"success"`
	Result  struct {
		ID        string `json:"id"`
		Status    string `json:"status"`
		ExpiresOn string `json:"expires_on"`
	} `json:"result"`
}

func verifyToken(ctx context.Context, client *http.Client, token string) (bool, map[string]string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, verifyURL, nil)
	if err != nil {
		return false, nil, err
	}
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("Content-Type", "application/json")

	res, err := client.Do(req)
	if err != nil {
		return false, nil, err
	}
	defer func() {
		_, _ = io.Copy(io.Discard, res.Body)
		_ = res.Body.Close()
	}()

	switch res.StatusCode {
	case http.StatusOK:
		var body verifyResponse
		if err := json.NewDecoder(res.Body).Decode(&body); err != nil {
			return false, nil, err
		}
		extra := map[string]string{"token_id": body.Result.ID, "status": body.Result.Status}
		if body.Result.ExpiresOn != "" {
			extra["expires_on"] = body.Result.ExpiresOn
		}
		return body.Success && body.Result.Status == "active", extra, nil
	case http.StatusUnauthorized, http.StatusForbidden:
		// 1000 "Invalid API Token": determinately not verified.
		return false, nil, nil
	default:
		return false, nil, fmt.Errorf("unexpected HTTP response status %d", res.StatusCode)
	}
}

func (s Scanner) Type() detectorspb.DetectorType {
	return detectorspb.DetectorType_CloudflareApiToken
}

func (s Scanner) Description() string {
	return "Cloudflare API tokens are scoped credentials for the Cloudflare API. They are sent as a Bearer token and can be limited to specific accounts, zones and permissions."
}
