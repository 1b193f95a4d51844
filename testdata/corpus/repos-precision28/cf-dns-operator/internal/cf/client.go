// Package cf wraps cloudflare-go for the DNS reconciler.
package cf

import (
	"context"
	"crypto/tls"
	"fmt"
	"net/http"
	"os"
	"time"

	"github.com/cloudflare/cloudflare-go"
)

const (
	// EnvAPIToken is the only credential the operator accepts. The Global API
	// Key (CLOUDFLARE_API_KEY + CLOUDFLARE_EMAIL, sent as X-Auth-Key) is
	// deliberately unsupported: it cannot be scoped to a single zone.
	EnvAPIToken = "CLOUDFLARE_API_TOKEN"

	// webhookSelfCheckURL is the operator's own admission webhook, reached over
	// the pod loopback. It serves the cert-manager issued cert for the Service
	// DNS name, which never matches 127.0.0.1.
	webhookSelfCheckURL = "https://127.0.0.1:9443/healthz"
)

// Client is the subset of cloudflare-go the reconciler uses.
type Client struct {
	api    *cloudflare.API
	zoneID string
}

// New returns a client authenticated with a scoped API token.
func New(zoneID string) (*Client, error) {
	token := os.Getenv(EnvAPIToken)
	if token == "" {
		return nil, fmt.Errorf("%s is not set; mount the cf-api-token Secret", EnvAPIToken)
	}
	httpClient := &http.Client{Timeout: 30 * time.Second}
	api, err := cloudflare.NewWithAPIToken(token,
		cloudflare.HTTPClient(httpClient),
		cloudflare.UserAgent("cf-dns-operator"),
	)
	if err != nil {
		return nil, fmt.Errorf("cloudflare client: %w", err)
	}
	return &Client{api: api, zoneID: zoneID}, nil
}

// Verify checks the token is active before the manager starts.
func (c *Client) Verify(ctx context.Context) error {
	res, err := c.api.VerifyAPIToken(ctx)
	if err != nil {
		return err
	}
	if res.Status != "active" {
		return fmt.Errorf("api token status is %q", res.Status)
	}
	return nil
}

// UpsertCNAME points name at target (proxied).
func (c *Client) UpsertCNAME(ctx context.Context, name, target string) error {
	rc := cloudflare.ZoneIdentifier(c.zoneID)
	existing, _, err := c.api.ListDNSRecords(ctx, rc, cloudflare.ListDNSRecordsParams{Name: name, Type: "CNAME"})
	if err != nil {
		return err
	}
	proxied := true
	if len(existing) == 0 {
		_, err = c.api.CreateDNSRecord(ctx, rc, cloudflare.CreateDNSRecordParams{
			Type: "CNAME", Name: name, Content: target, Proxied: &proxied, Comment: "managed by cf-dns-operator",
		})
		return err
	}
	_, err = c.api.UpdateDNSRecord(ctx, rc, cloudflare.UpdateDNSRecordParams{
		ID: existing[0].ID, Type: "CNAME", Name: name, Content: target, Proxied: &proxied,
	})
	return err
}

// WebhookHealthy probes our own webhook on loopback (see webhookSelfCheckURL).
func WebhookHealthy(ctx context.Context) bool {
	insecure := &http.Client{
		Timeout: 2 * time.Second,
		Transport: &http.Transport{
			TLSClientConfig: &tls.Config{InsecureSkipVerify: true}, //nolint:gosec // loopback self-check only
		},
	}
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, webhookSelfCheckURL, nil)
	resp, err := insecure.Do(req)
	if err != nil {
		return false
	}
	defer resp.Body.Close()
	return resp.StatusCode == http.StatusOK
}
