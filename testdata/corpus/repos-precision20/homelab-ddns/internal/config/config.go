// Package config loads updater settings from the environment.
package config

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"time"
)

// Config is everything the updater needs at start-up.
type Config struct {
	APIToken   string
	ZoneID     string
	Records    []string
	Interval   time.Duration
	HTTPSProxy string
	NASURL     string
	NASUser    string
	NASPass    string
}

// Load reads the configuration. The Cloudflare token can be given directly
// (CF_API_TOKEN) or, preferably, as a file mounted from a Docker secret
// (CF_API_TOKEN_FILE).
func Load() (*Config, error) {
	tok, err := secret("CF_API_TOKEN")
	if err != nil {
		return nil, err
	}
	if tok == "" {
		return nil, errors.New("config: CF_API_TOKEN or CF_API_TOKEN_FILE is required")
	}
	nasPass, err := secret("DDNS_NAS_PASSWORD")
	if err != nil {
		return nil, err
	}
	iv := 5 * time.Minute
	if s := os.Getenv("DDNS_INTERVAL"); s != "" {
		if iv, err = time.ParseDuration(s); err != nil {
			return nil, fmt.Errorf("config: DDNS_INTERVAL: %w", err)
		}
	}
	return &Config{
		APIToken:   tok,
		ZoneID:     os.Getenv("CF_ZONE_ID"),
		Records:    strings.Fields(strings.ReplaceAll(os.Getenv("DDNS_RECORDS"), ",", " ")),
		Interval:   iv,
		HTTPSProxy: os.Getenv("DDNS_HTTPS_PROXY"),
		NASURL:     os.Getenv("DDNS_NAS_URL"),
		NASUser:    os.Getenv("DDNS_NAS_USER"),
		NASPass:    nasPass,
	}, nil
}

// secret returns $NAME, or the trimmed contents of the file named by
// $NAME_FILE.
func secret(name string) (string, error) {
	if v := os.Getenv(name); v != "" {
		return v, nil
	}
	path := os.Getenv(name + "_FILE")
	if path == "" {
		return "", nil
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("config: %s_FILE: %w", name, err)
	}
	return strings.TrimSpace(string(b)), nil
}
