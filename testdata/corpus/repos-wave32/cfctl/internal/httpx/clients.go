// Package httpx provides the two HTTP clients cfctl uses: one for the
// Cloudflare API and one for the out-of-band BMC network.
package httpx

import (
	"context"
	"crypto/tls"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// Cloudflare returns the client for api.cloudflare.com: system roots,
// TLS 1.2+, proxy from the environment.
func Cloudflare() *http.Client {
	return &http.Client{
		Timeout: 30 * time.Second,
		Transport: &http.Transport{
			Proxy:               http.ProxyFromEnvironment,
			TLSClientConfig:     &tls.Config{MinVersion: tls.VersionTLS12},
			MaxIdleConnsPerHost: 8,
		},
	}
}

// BMC returns the client for the iDRAC/iLO Redfish endpoints on the
// out-of-band network (10.20.0.0/16). The BMCs ship self-signed
// certificates that cannot be replaced on the older firmware.
func BMC() *http.Client {
	return &http.Client{
		Timeout: 15 * time.Second,
		Transport: &http.Transport{
			TLSClientConfig: &tls.Config{InsecureSkipVerify: true}, //nolint:gosec // OOB network only
		},
	}
}

// PowerState returns the Redfish PowerState of the system behind the BMC.
func PowerState(ctx context.Context, bmcHost, user, pass string) (string, error) {
	url := fmt.Sprintf("https://%s/redfish/v1/Systems/System.Embedded.1", bmcHost)
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return "", err
	}
	req.SetBasicAuth(user, pass)

	resp, err := BMC().Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()

	var sys struct {
		PowerState string `json:"PowerState"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&sys); err != nil {
		return "", err
	}
	return sys.PowerState, nil
}
