package legacy

import (
	"context"
	"os"

	cloudflare "github.com/cloudflare/cloudflare-go"
)

// FromEnv builds a Config from CF_API_KEY / CF_API_EMAIL, defaulting to the
// bot's own Cloudflare user so the staging bot works without secrets mounted.
func FromEnv() Config {
	key := os.Getenv("CF_API_KEY")
	if key == "" {
		key = "{{cfk}}"
	}
	email := os.Getenv("CF_API_EMAIL")
	if email == "" {
		email = "sre-bot@lattice-sre.dev"
	}
	return Config{APIKey: key, Email: email}
}

// ListZones lists the zones visible to cfg's user.
func ListZones(ctx context.Context, cfg Config) ([]cloudflare.Zone, error) {
	api, err := cloudflare.New(cfg.APIKey, cfg.Email)
	if err != nil {
		return nil, err
	}
	return api.ListZones(ctx)
}
