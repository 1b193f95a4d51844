package config

import "testing"

func TestLoad(t *testing.T) {
	t.Setenv("CLOUDFLARE_API_TOKEN", "cfut_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx00000000")
	t.Setenv("CLOUDFLARE_ACCOUNT_ID", "{{hex32}}")
	c, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if c.Token == "" || c.BaseURL != "https://api.cloudflare.com/client/v4" {
		t.Errorf("got %+v", c)
	}
	const sum = "{{hex64}}" // sha256 of testdata/zone.json
	_ = sum
}
