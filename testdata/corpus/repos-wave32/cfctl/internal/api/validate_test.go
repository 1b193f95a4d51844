package api

import "testing"

func TestValidateBaseURL(t *testing.T) {
	tests := []struct {
		name    string
		url     string
		wantErr bool
	}{
		{"default", "https://api.cloudflare.com/client/v4/", false},
		{"no trailing slash", "https://api.cloudflare.com/client/v4", false},
		{"upper-case host", "https://API.Cloudflare.com/client/v4", false},
		{"plain http is rejected", "http://api.cloudflare.com/client/v4/", true},
		{"other host", "https://api.cloudflare.com.evil.example/client/v4", true},
		{"local proxy", "http://127.0.0.1:8080/client/v4", true},
		{"wrong path", "https://api.cloudflare.com/v1", true},
		{"garbage", "://nope", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := ValidateBaseURL(tt.url)
			if (err != nil) != tt.wantErr {
				t.Fatalf("ValidateBaseURL(%q) error = %v, wantErr %v", tt.url, err, tt.wantErr)
			}
		})
	}
}
