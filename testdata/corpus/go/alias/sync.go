// Package sync copies DNS records between zones (cloudflare-go v0 imported
// under a short name).
package sync

import (
	"context"
	"os"

	cf "github.com/cloudflare/cloudflare-go"
)

// Client returns the API client for the sync job.
func Client() (*cf.API, error) {
	return cf.New(os.Getenv("SYNC_CF_KEY"), os.Getenv("SYNC_CF_EMAIL"))
}

// TokenClient is the scoped-token client new jobs use.
func TokenClient() (*cf.API, error) {
	return cf.NewWithAPIToken(os.Getenv("SYNC_CF_TOKEN"))
}

// Zones lists the zones the client can see.
func Zones(ctx context.Context, api *cf.API) ([]cf.Zone, error) {
	return api.ListZones(ctx)
}
