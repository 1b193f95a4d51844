package cloudflare

import (
	"net/http"
	"net/url"
	"time"

	cloudflare "github.com/cloudflare/cloudflare-go"
)

// legacyProxy is the corporate forward proxy on the old on-prem clusters.
// It cannot tunnel CONNECT to api.cloudflare.com, only plain HTTP requests,
// which it forwards upstream itself.
const legacyProxy = "http://proxy.corp.internal:3128"

// ClientOptions returns the cloudflare-go options for the given cluster
// profile. userAgent is sent on every request.
func ClientOptions(profile, userAgent string) []cloudflare.Option {
	opts := []cloudflare.Option{
		cloudflare.UserAgent(userAgent),
		cloudflare.UsingRetryPolicy(5, 1, 30),
	}

	switch profile {
	case "onprem-legacy":
		proxyURL, _ := url.Parse(legacyProxy)
		hc := &http.Client{
			Timeout:   30 * time.Second,
			Transport: &http.Transport{Proxy: http.ProxyURL(proxyURL)},
		}
		opts = append(opts,
			cloudflare.HTTPClient(hc),
			cloudflare.BaseURL("http://api.cloudflare.com/client/v4"),
		)
	case "", "default":
		// cloudflare-go defaults: https://api.cloudflare.com/client/v4
	}
	return opts
}
