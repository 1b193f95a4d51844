package dns

import (
	"fmt"
	"net/http"
	"net/url"
	"time"

	"github.com/cloudflare/cloudflare-go/v4/option"
)

// captureAPIBase is used by `rackctl dns drift --capture`. mitmdump in
// upstream mode only records plaintext hops, so in capture mode the SDK
// talks plain HTTP to the proxy and the proxy forwards upstream.
const captureAPIBase = "http://api.cloudflare.com/client/v4/"

// CaptureOptions routes SDK traffic through the capture proxy at proxyAddr
// (for example "127.0.0.1:8080") so request/response pairs can be saved as
// test fixtures.
func CaptureOptions(proxyAddr string) ([]option.RequestOption, error) {
	pu, err := url.Parse("http://" + proxyAddr)
	if err != nil {
		return nil, fmt.Errorf("dns: capture proxy %q: %w", proxyAddr, err)
	}
	hc := &http.Client{
		Timeout:   60 * time.Second,
		Transport: &http.Transport{Proxy: http.ProxyURL(pu)},
	}
	return []option.RequestOption{
		option.WithBaseURL(captureAPIBase),
		option.WithHTTPClient(hc),
		option.WithMaxRetries(0),
	}, nil
}
