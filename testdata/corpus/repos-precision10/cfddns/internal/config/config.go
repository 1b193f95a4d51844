// Package config loads the cfddns YAML configuration file.
package config

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"gopkg.in/yaml.v3"
)

// Cloudflare holds the credentials used to talk to the Cloudflare API.
// Only scoped API tokens are supported.
type Cloudflare struct {
	// APIToken is the API token itself. Prefer APITokenFile in containers.
	APIToken string `yaml:"api_token" json:"api_token,omitempty"`
	// APITokenFile is a path to a file whose contents are the token.
	APITokenFile string `yaml:"api_token_file" json:"api_token_file,omitempty"`
	// ZoneID skips the zone lookup when set (the 32-hex id from the dashboard).
	ZoneID string `yaml:"zone_id" json:"zone_id,omitempty"`

	// Legacy fields, kept only so that we can give a helpful error.
	LegacyAPIKey string `yaml:"api_key" json:"-"`
	LegacyEmail  string `yaml:"email" json:"-"`
}

// Config is the top-level configuration.
type Config struct {
	Cloudflare Cloudflare `yaml:"cloudflare"`
	Zone       string     `yaml:"zone"`
	Record     string     `yaml:"record"`
	IPv6       bool       `yaml:"ipv6"`
	Proxied    bool       `yaml:"proxied"`
	TTL        int        `yaml:"ttl"`
	IPSources  []string   `yaml:"ip_sources"`
}

// Default returns a Config with every field at its default value.
func Default() Config {
	return Config{
		Cloudflare: Cloudflare{
			APIToken:     "",
			APITokenFile: "",
		},
		TTL:       1, // 1 = automatic
		IPSources: []string{"https://api.ipify.org", "https://icanhazip.com"},
	}
}

// Load reads path and overlays it on Default().
func Load(path string) (Config, error) {
	cfg := Default()
	b, err := os.ReadFile(path)
	if err != nil {
		return cfg, err
	}
	if err := yaml.Unmarshal(b, &cfg); err != nil {
		return cfg, fmt.Errorf("parse %s: %w", path, err)
	}
	return cfg, cfg.Validate()
}

// Validate reports configuration mistakes.
func (c Config) Validate() error {
	if c.Cloudflare.LegacyAPIKey != "" || c.Cloudflare.LegacyEmail != "" {
		return errors.New("cloudflare.api_key/cloudflare.email (Global API Key) are not supported; use cloudflare.api_token")
	}
	if c.Cloudflare.APIToken != "" && c.Cloudflare.APITokenFile != "" {
		return errors.New("set only one of cloudflare.api_token and cloudflare.api_token_file")
	}
	if c.TTL != 1 && (c.TTL < 60 || c.TTL > 86400) {
		return fmt.Errorf("ttl must be 1 (auto) or between 60 and 86400, got %d", c.TTL)
	}
	return nil
}

// ResolveToken returns the token, reading APITokenFile if needed.
func (cf Cloudflare) ResolveToken() (string, error) {
	if cf.APIToken != "" {
		return cf.APIToken, nil
	}
	if cf.APITokenFile == "" {
		return "", errors.New("set cloudflare.api_token, cloudflare.api_token_file or CF_API_TOKEN")
	}
	b, err := os.ReadFile(cf.APITokenFile)
	if err != nil {
		return "", err
	}
	return strings.TrimSpace(string(b)), nil
}
