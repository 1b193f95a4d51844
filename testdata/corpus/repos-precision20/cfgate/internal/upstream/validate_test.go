package upstream

import (
	"errors"
	"testing"
)

func TestValidate(t *testing.T) {
	tests := []struct {
		name    string
		raw     string
		wantErr bool
	}{
		{"default", Default, false},
		{"trailing slash", "https://api.cloudflare.com/client/v4/", false},
		{"explicit port", "https://api.cloudflare.com:443/client/v4", false},
		{"upper-case host", "https://API.Cloudflare.com/client/v4", false},
		{"plain http", "http://api.cloudflare.com/client/v4", true},
		{"plain http port 80", "http://api.cloudflare.com:80/client/v4/", true},
		{"look-alike suffix", "https://api.cloudflare.com.attacker.example/client/v4", true},
		{"userinfo", "https://user:pass@api.cloudflare.com/client/v4", true},
		{"other port", "https://api.cloudflare.com:8443/client/v4", true},
		{"wrong path", "https://api.cloudflare.com/client/v3", true},
		{"dash host", "https://dash.cloudflare.com/client/v4", true},
		{"empty", "", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Validate(tc.raw)
			if (err != nil) != tc.wantErr {
				t.Fatalf("Validate(%q) err = %v, wantErr %v", tc.raw, err, tc.wantErr)
			}
		})
	}
}

func TestValidateHTTPIsErrInsecure(t *testing.T) {
	_, err := Validate("http://api.cloudflare.com/client/v4")
	if !errors.Is(err, ErrInsecure) {
		t.Fatalf("want ErrInsecure, got %v", err)
	}
}
