package config

import (
	"os"
	"path/filepath"
	"testing"
)

// fullConfig mirrors config.example.yaml with every option filled in. It was
// captured from a staging box while debugging the ip_sources ordering bug.
const fullConfig = `
cloudflare:
  api_token: {{cfut}}
  zone_id: {{hex32}}
zone: example.net
record: vpn.example.net
ipv6: true
proxied: false
ttl: 300
ip_sources:
  - https://api64.ipify.org
  - https://ifconfig.co/ip
`

func TestLoadFullConfig(t *testing.T) {
	p := filepath.Join(t.TempDir(), "config.yaml")
	if err := os.WriteFile(p, []byte(fullConfig), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg, err := Load(p)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	if cfg.Cloudflare.APIToken == "" {
		t.Error("api_token not loaded")
	}
	if len(cfg.Cloudflare.ZoneID) != 32 {
		t.Errorf("zone_id = %q", cfg.Cloudflare.ZoneID)
	}
	if cfg.TTL != 300 || !cfg.IPv6 || cfg.Proxied {
		t.Errorf("unexpected scalars: %+v", cfg)
	}
	want := []string{"https://api64.ipify.org", "https://ifconfig.co/ip"}
	if len(cfg.IPSources) != len(want) {
		t.Fatalf("ip_sources = %v", cfg.IPSources)
	}
	for i := range want {
		if cfg.IPSources[i] != want[i] {
			t.Errorf("ip_sources[%d] = %q, want %q", i, cfg.IPSources[i], want[i])
		}
	}
}
