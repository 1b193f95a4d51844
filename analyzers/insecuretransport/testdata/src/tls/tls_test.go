package tls

import (
	"crypto/tls"
	"net/http"
	"net/http/httptest"
	"testing"

	cloudflare "github.com/cloudflare/cloudflare-go"
)

func validateBaseURL(u string) error { return nil }

// A table of URLs the code must reject: not a use of plain http.
func TestValidateBaseURL(t *testing.T) {
	tests := []struct {
		name    string
		url     string
		wantErr bool
	}{
		{"default", "https://api.cloudflare.com/client/v4/", false},
		{"plain http is rejected", "http://api.cloudflare.com/client/v4/", true},
	}
	for _, tt := range tests {
		if err := validateBaseURL(tt.url); (err != nil) != tt.wantErr {
			t.Fatal(tt.name)
		}
	}
}

// A test that calls the API over plain http.
func TestLive(t *testing.T) {
	resp, err := http.Get("http://api.cloudflare.com/client/v4/ips") // want `CF301: Cloudflare API URL uses plain http://`
	if err == nil {
		resp.Body.Close()
	}
}

// A test that points the client at its own TLS server, whose self-signed
// certificate it skips verifying: the API default of the base URL is
// production's. Not a finding.
func TestZonesOverTLS(t *testing.T) {
	srv := httptest.NewTLSServer(nil)
	defer srv.Close()
	insecure := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}}
	newOptClient(withBase(srv.URL+"/client/v4"), withHTTPClient(insecure)).zones()
}

// A live test that keeps the API default with verification off.
func TestZonesLive(t *testing.T) {
	insecure := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}} // want `CF302: .*on an HTTP client that sends requests to the Cloudflare API`
	newOptClient(withHTTPClient(insecure)).zones()
}

// The SDK client pointed at the httptest server by its base URL option:
// the insecure client given beside it serves that server. Not a finding.
func TestSDKAgainstMock(t *testing.T) {
	srv := httptest.NewTLSServer(nil)
	defer srv.Close()
	insecure := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}}
	cloudflare.NewWithAPIToken("unit-test-token", cloudflare.BaseURL(srv.URL+"/client/v4"), cloudflare.HTTPClient(insecure))
}

// The same client with the API's base URL spelled out is the API's.
func TestSDKAgainstAPI(t *testing.T) {
	srv := httptest.NewTLSServer(nil)
	defer srv.Close()
	insecure := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}} // want `CF302: .*given to cloudflare.HTTPClient`
	cloudflare.NewWithAPIToken("unit-test-token", cloudflare.BaseURL("https://api.cloudflare.com/client/v4"), cloudflare.HTTPClient(insecure))
}
