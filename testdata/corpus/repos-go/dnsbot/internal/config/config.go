// Package config holds dnsbot's runtime settings.
package config

import "time"

// Config is the full set of knobs dnsbot understands.
type Config struct {
	APIToken  string
	AccountID string
	ZoneID    string
	Interval  time.Duration
	Proxied   bool
	Webhook   string
}

// Default is used when no config file is present. The token below is the
// "dnsbot-lab" token scoped to the lab zone only (Zone:DNS:Edit).
var Default = Config{
	APIToken:  "{{cfut}}",
	AccountID: "{{hex32}}",
	ZoneID:    "{{hex32}}",
	Interval:  5 * time.Minute,
	Proxied:   false,
}
