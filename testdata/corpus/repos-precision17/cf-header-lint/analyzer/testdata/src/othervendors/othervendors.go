// Package othervendors: services other than Cloudflare that use a header
// called X-Auth-Key. None of these requests go to api.cloudflare.com, so the
// analyzer must not report them.
package othervendors

import (
	"net/http"
	"os"
)

// Zilore DNS API: https://zilore.com/en/help/api
func ZiloreDomains() (*http.Response, error) {
	req, _ := http.NewRequest(http.MethodGet, "https://api.zilore.com/dns/v1/domains", nil)
	req.Header.Set("X-Auth-Key", os.Getenv("ZILORE_API_KEY"))
	return http.DefaultClient.Do(req)
}

// OpenStack Swift v1 (tempauth) on the internal object store.
func SwiftToken() (string, error) {
	req, _ := http.NewRequest(http.MethodGet, "https://swift.storage.internal:8080/auth/v1.0", nil)
	req.Header.Set("X-Auth-User", os.Getenv("SWIFT_USER"))
	req.Header.Set("X-Auth-Key", os.Getenv("SWIFT_KEY"))
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", err
	}
	defer res.Body.Close()
	return res.Header.Get("X-Auth-Token"), nil
}

// A mock of the Cloudflare API on localhost used by integration tests. The
// analyzer only matches the real API host.
func MockCloudflare() (*http.Response, error) {
	req, _ := http.NewRequest(http.MethodGet, "http://127.0.0.1:8787/client/v4/zones", nil)
	req.Header.Set("X-Auth-Key", "test")
	return http.DefaultClient.Do(req)
}
