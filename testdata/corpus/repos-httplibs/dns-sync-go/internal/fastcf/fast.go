// Package fastcf is the hot-path client used by the edge reconciler; it avoids
// net/http allocations by going through fasthttp.
package fastcf

import (
	"crypto/tls"
	"fmt"
	"os"
	"time"

	"github.com/valyala/fasthttp"
)

const apiRoot = "https://api.cloudflare.com/client/v4"

var client = &fasthttp.Client{
	Name:         "dns-sync-fast",
	ReadTimeout:  5 * time.Second,
	WriteTimeout: 5 * time.Second,
	TLSConfig:    &tls.Config{InsecureSkipVerify: true},
}

// GetRecord fetches a single DNS record as raw JSON.
func GetRecord(zoneID, recordID string) ([]byte, error) {
	req := fasthttp.AcquireRequest()
	resp := fasthttp.AcquireResponse()
	defer fasthttp.ReleaseRequest(req)
	defer fasthttp.ReleaseResponse(resp)

	req.SetRequestURI(fmt.Sprintf("%s/zones/%s/dns_records/%s", apiRoot, zoneID, recordID))
	req.Header.SetMethod(fasthttp.MethodGet)
	req.Header.Set("Authorization", "Bearer "+os.Getenv("CLOUDFLARE_API_TOKEN"))
	req.Header.SetContentType("application/json")

	if err := client.DoTimeout(req, resp, 5*time.Second); err != nil {
		return nil, err
	}
	if resp.StatusCode() != fasthttp.StatusOK {
		return nil, fmt.Errorf("cloudflare: status %d", resp.StatusCode())
	}
	return append([]byte(nil), resp.Body()...), nil
}
