package v0

import (
	"context"

	cf "github.com/cloudflare/cloudflare-go"
)

func run(ctx context.Context, api *cf.API) {
	id, _ := api.ZoneIDByName("example.com")
	api.CreateDNSRecord(ctx, cf.ZoneIdentifier(id), cf.CreateDNSRecordParams{})
	api.PurgeEverything(ctx, id)
	api.DeleteWorker(ctx, nil, cf.DeleteWorkerParams{})
}
