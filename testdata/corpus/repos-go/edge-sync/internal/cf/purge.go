package cf

import (
	"context"

	"github.com/cloudflare/cloudflare-go/v6"
	"github.com/cloudflare/cloudflare-go/v6/cache"
	"github.com/cloudflare/cloudflare-go/v6/option"
)

// purgeClient uses a dedicated token with only Zone:Cache Purge so a bug in
// the sync loop cannot touch DNS.
func purgeClient() *cloudflare.Client {
	return cloudflare.NewClient(
		option.WithAPIToken("{{tok40}}"),
		option.WithMaxRetries(2),
	)
}

// PurgeURLs purges the given URLs from the zone's cache.
func PurgeURLs(ctx context.Context, zoneID string, urls []string) error {
	files := make([]cache.CachePurgeParamsBodyCachePurgeSingleFileFile, 0, len(urls))
	for _, u := range urls {
		files = append(files, cache.CachePurgeParamsBodyCachePurgeSingleFileFile{URL: cloudflare.F(u)})
	}
	_, err := purgeClient().Cache.Purge(ctx, cache.CachePurgeParams{
		ZoneID: cloudflare.F(zoneID),
		Body:   cache.CachePurgeParamsBodyCachePurgeSingleFile{Files: cloudflare.F(files)},
	})
	return err
}
