package config

import (
	"os"
	"strconv"
	"time"
)

// FromEnv overlays environment variables on top of base. Unset variables
// leave the base value untouched.
//
//	CLOUDFLARE_API_TOKEN   scoped API token (preferred)
//	CLOUDFLARE_ACCOUNT_ID  account id
//	CLOUDFLARE_ZONE_ID     zone id
//	DNSBOT_INTERVAL        e.g. "2m"
func FromEnv(base Config) Config {
	c := base
	if v, ok := os.LookupEnv("CLOUDFLARE_API_TOKEN"); ok {
		c.APIToken = v
	}
	if v := os.Getenv("CLOUDFLARE_ACCOUNT_ID"); v != "" {
		c.AccountID = v
	}
	if v := os.Getenv("CLOUDFLARE_ZONE_ID"); v != "" {
		c.ZoneID = v
	}
	if v := os.Getenv("DNSBOT_INTERVAL"); v != "" {
		if d, err := time.ParseDuration(v); err == nil {
			c.Interval = d
		}
	}
	if v := os.Getenv("DNSBOT_PROXIED"); v != "" {
		c.Proxied, _ = strconv.ParseBool(v)
	}
	c.Webhook = os.Getenv("DNSBOT_WEBHOOK_URL")
	return c
}
