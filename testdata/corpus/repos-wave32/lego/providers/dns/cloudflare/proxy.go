package cloudflare

import (
	"crypto/tls"
	"net/http"
	"net/url"
	"time"

	"github.com/go-acme/lego/v4/log"
	"github.com/go-acme/lego/v4/platform/config/env"
)

// EnvHTTPProxy routes the Cloudflare API client through an explicit proxy.
//
// Some corporate networks intercept TLS towards api.cloudflare.com with an
// inspection proxy whose CA is not in the system pool of the lego container
// image. Setting CLOUDFLARE_HTTP_PROXY sends the API calls through that proxy.
const EnvHTTPProxy = envNamespace + "HTTP_PROXY"

func newHTTPClient(timeout time.Duration) *http.Client {
	proxy := env.GetOrFile(EnvHTTPProxy)
	if proxy == "" {
		return &http.Client{Timeout: timeout}
	}

	proxyURL, err := url.Parse(proxy)
	if err != nil {
		log.Warnf("cloudflare: ignoring invalid %s: %v", EnvHTTPProxy, err)
		return &http.Client{Timeout: timeout}
	}

	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.Proxy = http.ProxyURL(proxyURL)
	if tr.TLSClientConfig == nil {
		tr.TLSClientConfig = &tls.Config{}
	}
	// The inspection proxy re-signs certificates with the internal CA.
	tr.TLSClientConfig.InsecureSkipVerify = true

	return &http.Client{Timeout: timeout, Transport: tr}
}
