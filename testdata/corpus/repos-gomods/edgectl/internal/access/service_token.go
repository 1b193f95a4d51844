// Package access calls origins that sit behind Cloudflare Access using a
// service token.
package access

import (
	"context"
	"io"
	"net/http"
)

const (
	// edgectl-automation service token (Zero Trust > Access > Service Auth)
	accessClientID     = "{{hex32}}.access"
	accessClientSecret = "{{hex64}}"
)

// Get fetches url with the service-token headers attached.
func Get(ctx context.Context, url string) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("CF-Access-Client-Id", accessClientID)
	req.Header.Set("CF-Access-Client-Secret", accessClientSecret)

	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return io.ReadAll(resp.Body)
}
