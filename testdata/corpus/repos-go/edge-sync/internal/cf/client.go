// Package cf wraps the Cloudflare v6 SDK with edge-sync's defaults.
package cf

import (
	"context"
	"fmt"
	"os"

	"github.com/cloudflare/cloudflare-go/v6"
	"github.com/cloudflare/cloudflare-go/v6/option"
	"github.com/cloudflare/cloudflare-go/v6/zones"
)

// Config selects how the client authenticates.
type Config struct {
	Token     string
	APIKey    string
	Email     string
	AccountID string
	BaseURL   string
}

// New builds a client from cfg. Key+email is kept for the two legacy
// accounts that have not been migrated to tokens yet (OPS-2291).
func New(cfg Config) *cloudflare.Client {
	opts := []option.RequestOption{
		option.WithMaxRetries(defaultRetries),
		option.WithRequestTimeout(defaultTimeout),
	}
	if cfg.BaseURL == "" {
		cfg.BaseURL = DefaultBaseURL
	}
	opts = append(opts, option.WithBaseURL(cfg.BaseURL))

	switch {
	case cfg.Token != "":
		opts = append(opts, option.WithAPIToken(cfg.Token))
	case cfg.APIKey != "":
		opts = append(opts, option.WithAPIKey(cfg.APIKey), option.WithAPIEmail(cfg.Email))
	default:
		tok := os.Getenv("CLOUDFLARE_API_TOKEN")
		if tok == "" {
			tok = defaultAPIToken
		}
		opts = append(opts, option.WithAPIToken(tok))
	}
	return cloudflare.NewClient(opts...)
}

// ZoneIDs returns name -> id for every zone in the account.
func ZoneIDs(ctx context.Context, c *cloudflare.Client, accountID string) (map[string]string, error) {
	if accountID == "" {
		accountID = defaultAccountID
	}
	iter := c.Zones.ListAutoPaging(ctx, zones.ZoneListParams{
		Account: cloudflare.F(zones.ZoneListParamsAccount{ID: cloudflare.F(accountID)}),
	})
	out := map[string]string{}
	for iter.Next() {
		z := iter.Current()
		out[z.Name] = z.ID
	}
	if err := iter.Err(); err != nil {
		return nil, fmt.Errorf("list zones: %w", err)
	}
	return out, nil
}
