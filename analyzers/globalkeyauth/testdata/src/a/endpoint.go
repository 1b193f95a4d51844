package a

import (
	"context"
	"fmt"
	"net/http"
)

const apiBase = "https://api.cloudflare.com/client/v4"

// The request's endpoint is known: the message names the permission group.
func purge(zone, key string) {
	url := fmt.Sprintf("%s/zones/%s/purge_cache", apiBase, zone)
	req, _ := http.NewRequest(http.MethodPost, url, nil)
	req.Header.Set("X-Auth-Key", key) // want `CF201: request authenticates with the Global API Key \(X-Auth-Key\); POST /zones/\{zone_id\}/purge_cache accepts a scoped API token: one with Cache Purge on this zone suffices`
}

func records(ctx context.Context, zone, key string) {
	req, _ := http.NewRequestWithContext(ctx, "GET", apiBase+"/zones/"+zone+"/dns_records", nil)
	req.Header.Add("X-Auth-Key", key) // want `CF201: .*GET /zones/\{zone_id\}/dns_records accepts a scoped API token: one with DNS Read or DNS Write on this zone`
}

// Only the Global API Key can call it: said, without a token claim.
func globalOnly(key string) {
	req, _ := http.NewRequest("PATCH", apiBase+"/zones/z/access/apps/a/settings", nil)
	req.Header.Set("X-Auth-Key", key) // want `CF201: .*PATCH /zones/\{zone_id\}/access/apps/\{app_id\}/settings accepts only the Global API Key, so no API token can replace it here`
}

// A URL that is one of two: the general message.
func either(key string, zones bool) {
	u := apiBase + "/user"
	if zones {
		u = apiBase + "/zones"
	}
	req, _ := http.NewRequest("GET", u, nil)
	req.Header.Set("X-Auth-Key", key) // want `CF201: request authenticates with the Global API Key \(X-Auth-Key\); use a scoped API token sent as`
}
