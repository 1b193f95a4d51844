// Package a holds positive cases for cfheaderlint. Every credential is read
// from the environment; the analyzer only looks at header names and URLs.
package a

import (
	"context"
	"net/http"
	"os"

	"github.com/cloudflare/cloudflare-go"
)

const apiBase = "https://api.cloudflare.com/client/v4"

const legacyBase = "http://api.cloudflare.com/client/v4" // want `CFH003: plain-http Cloudflare API URL`

func listZonesGlobalKey(ctx context.Context) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://api.cloudflare.com/client/v4/zones", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-Auth-Email", os.Getenv("CF_EMAIL"))
	req.Header.Set("X-Auth-Key", os.Getenv("CF_GLOBAL_KEY")) // want `CFH001: X-Auth-Key sends the Cloudflare Global API Key`
	return http.DefaultClient.Do(req)
}

func purgeLowercaseHeader(zoneID string) (*http.Response, error) {
	req, _ := http.NewRequest(http.MethodPost, apiBase+"/zones/"+zoneID+"/purge_cache", nil)
	req.Header.Add("x-auth-email", os.Getenv("CF_EMAIL"))
	req.Header.Add("x-auth-key", os.Getenv("CF_GLOBAL_KEY")) // want `CFH001`
	return http.DefaultClient.Do(req)
}

func originCerts(zoneID string) (*http.Response, error) {
	req, _ := http.NewRequest(http.MethodGet, apiBase+"/certificates?zone_id="+zoneID, nil)
	req.Header.Set("X-Auth-User-Service-Key", os.Getenv("CF_ORIGIN_CA_KEY")) // want `CFH002`
	return http.DefaultClient.Do(req)
}

func sdkGlobalKey() (*cloudflare.API, error) {
	return cloudflare.New(os.Getenv("CF_GLOBAL_KEY"), os.Getenv("CF_EMAIL")) // want `CFH001: cloudflare.New uses the Global API Key`
}

func ipRanges() (*http.Response, error) {
	return http.Get(legacyBase + "/ips")
}

// Negatives in the same package.

func listZonesToken(ctx context.Context) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, apiBase+"/zones", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+os.Getenv("CLOUDFLARE_API_TOKEN"))
	return http.DefaultClient.Do(req)
}

func sdkToken() (*cloudflare.API, error) {
	return cloudflare.NewWithAPIToken(os.Getenv("CLOUDFLARE_API_TOKEN"))
}

func dynamicHeaderName(name, value string) {
	// header name is not a constant: the analyzer stays quiet by design
	req, _ := http.NewRequest(http.MethodGet, apiBase+"/user", nil)
	req.Header.Set(name, value)
}
