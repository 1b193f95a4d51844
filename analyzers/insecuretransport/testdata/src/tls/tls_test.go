package tls

import (
	"net/http"
	"testing"
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
