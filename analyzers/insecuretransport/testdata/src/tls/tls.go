package tls

import (
	"crypto/tls"
	"net/http"

	cloudflare "github.com/cloudflare/cloudflare-go"
	"github.com/cloudflare/cloudflare-go/v6/option"
)

func v0(token string) {
	client := &http.Client{
		Transport: &http.Transport{
			TLSClientConfig: &tls.Config{InsecureSkipVerify: true}, // want `CF302: TLS certificate verification is disabled \(InsecureSkipVerify\) on the HTTP client given to cloudflare.HTTPClient`
		},
	}
	cloudflare.NewWithAPIToken(token, cloudflare.HTTPClient(client))
}

func insecureTransport() *http.Transport {
	cfg := &tls.Config{}
	cfg.InsecureSkipVerify = true // want `CF302: .*given to option.WithHTTPClient`
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.TLSClientConfig = cfg
	return tr
}

func v6() {
	c := &http.Client{}
	c.Transport = insecureTransport()
	_ = option.WithHTTPClient(c)
}

func rawRequest() (*http.Response, error) {
	tr := &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}} // want `CF302: .*in a function that calls the Cloudflare API`
	c := &http.Client{Transport: tr}
	return c.Get("https://api.cloudflare.com/client/v4/user/tokens/verify")
}

// Not findings: verification off for an unrelated client; verification on.
func unrelated() (*http.Response, error) {
	c := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}}
	return c.Get("https://localhost:8443/health")
}

func verified(token string) {
	c := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: false, MinVersion: tls.VersionTLS12}}}
	cloudflare.NewWithAPIToken(token, cloudflare.HTTPClient(c))
}

// The default transport, which an SDK client without its own HTTP client uses.
func global(key, email string) {
	http.DefaultTransport.(*http.Transport).TLSClientConfig = &tls.Config{InsecureSkipVerify: true} // want `CF302: .*on net/http's default transport`
	cloudflare.New(key, email)
}
