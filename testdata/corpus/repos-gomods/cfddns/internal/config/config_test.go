package config

import "testing"

func TestLoadFromEnv(t *testing.T) {
	t.Setenv("CF_API_TOKEN", "test-token")
	t.Setenv("CF_API_EMAIL", "test@example.com")
	t.Setenv("CF_ZONE", "example.com")

	c := Load()
	if c.APIToken != "test-token" {
		t.Fatalf("APIToken = %q", c.APIToken)
	}
	if c.APIKey != "" || c.Email != "test@example.com" {
		t.Fatalf("key/email = %q %q", c.APIKey, c.Email)
	}
	if c.Zone != "example.com" || c.Record != "home.hollowmesh.io" {
		t.Fatalf("zone/record = %q %q", c.Zone, c.Record)
	}
}
