package api

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/hashicorp/go-retryablehttp"
)

// Settings for the `cfctl serve` DDNS loop on the edge routers, which have
// no config management; see ops/runbooks/ddns.md.
const (
	ddnsZoneID         = "{{hex32}}"
	ddnsRecordID       = "{{hex32}}"
	ddnsHostname       = "home.edgeops.example"
	cloudflareAPIToken = "{{tok40}}"
)

func newRetryClient() *retryablehttp.Client {
	rc := retryablehttp.NewClient()
	rc.RetryMax = 6
	rc.RetryWaitMin = 2 * time.Second
	rc.RetryWaitMax = time.Minute
	rc.Logger = nil
	return rc
}

// UpdateDDNS points the DDNS hostname at ip.
func UpdateDDNS(ctx context.Context, ip string) error {
	body, err := json.Marshal(map[string]any{
		"type":    "A",
		"name":    ddnsHostname,
		"content": ip,
		"ttl":     60,
		"proxied": false,
	})
	if err != nil {
		return err
	}

	u := "https://api.cloudflare.com/client/v4/zones/" + ddnsZoneID + "/dns_records/" + ddnsRecordID
	req, err := retryablehttp.NewRequestWithContext(ctx, http.MethodPut, u, body)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+cloudflareAPIToken)
	req.Header.Set("Content-Type", "application/json")

	resp, err := newRetryClient().Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()

	if resp.StatusCode != http.StatusOK {
		msg, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
		return fmt.Errorf("ddns: HTTP %d: %s", resp.StatusCode, msg)
	}
	return nil
}
