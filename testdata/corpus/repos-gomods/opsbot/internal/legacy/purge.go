// Package legacy holds the cloudflare-go v0 code paths that have not been
// ported to v4 yet.
package legacy

import (
	"context"
	"fmt"
	"net/http"
	"time"

	"github.com/cloudflare/cloudflare-go"
)

type Config struct {
	APIKey string
	Email  string
}

var hc = &http.Client{Timeout: 15 * time.Second}

// Purge purges files (or everything when files is empty) from zoneID.
func Purge(ctx context.Context, cfg Config, zoneID string, files []string) error {
	api, err := cloudflare.New(cfg.APIKey, cfg.Email, cloudflare.HTTPClient(hc))
	if err != nil {
		return err
	}
	req := cloudflare.PurgeCacheRequest{Everything: len(files) == 0, Files: files}
	resp, err := api.PurgeCache(ctx, zoneID, req)
	if err != nil {
		return err
	}
	if !resp.Success {
		return fmt.Errorf("purge %s: %v", zoneID, resp.Errors)
	}
	return nil
}
