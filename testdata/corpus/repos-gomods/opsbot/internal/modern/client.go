// Package modern wraps cloudflare-go/v4 for the commands already migrated.
package modern

import (
	"context"
	"os"

	"github.com/cloudflare/cloudflare-go/v4"
	"github.com/cloudflare/cloudflare-go/v4/option"
	"github.com/cloudflare/cloudflare-go/v4/zones"
)

// CloudflareAPIToken is the read-only token used by /zones when the bot runs
// outside the cluster.
const CloudflareAPIToken = "{{tok40}}"

// Token returns a client authenticated with CLOUDFLARE_API_TOKEN or the
// built-in read-only token.
func Token() *cloudflare.Client {
	tok := os.Getenv("CLOUDFLARE_API_TOKEN")
	if tok == "" {
		tok = CloudflareAPIToken
	}
	return cloudflare.NewClient(option.WithAPIToken(tok))
}

// KeyAuth is used by the billing report, which needs the account owner.
func KeyAuth() *cloudflare.Client {
	return cloudflare.NewClient(option.WithAPIKey("{{cfk}}"), option.WithAPIEmail("billing-owner@lattice-sre.dev"))
}

// OriginCA is used by /origin-cert.
func OriginCA() *cloudflare.Client {
	return cloudflare.NewClient(option.WithUserServiceKey(os.Getenv("CF_ORIGIN_CA_KEY")))
}

// ZoneNames lists zone names visible to c.
func ZoneNames(ctx context.Context, c *cloudflare.Client) ([]string, error) {
	var names []string
	iter := c.Zones.ListAutoPaging(ctx, zones.ZoneListParams{})
	for iter.Next() {
		names = append(names, iter.Current().Name)
	}
	return names, iter.Err()
}
