// Package dns compares inventory hostnames with the records in Cloudflare.
package dns

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/cloudflare/cloudflare-go/v4"
	"github.com/cloudflare/cloudflare-go/v4/dns"
	"github.com/cloudflare/cloudflare-go/v4/option"
	"github.com/cloudflare/cloudflare-go/v4/user"
)

// Publisher reads DNS records for one zone.
type Publisher struct {
	cf     *cloudflare.Client
	zoneID string
}

// NewPublisher builds a Cloudflare v4 client that authenticates with a
// scoped API token. hc must be a verifying client (see httpx.Verified);
// extra options are appended last so tests can override the base URL.
func NewPublisher(token, zoneID string, hc *http.Client, extra ...option.RequestOption) (*Publisher, error) {
	if token == "" {
		return nil, errors.New("dns: missing Cloudflare API token")
	}
	if hc == nil {
		hc = http.DefaultClient
	}
	opts := []option.RequestOption{
		option.WithAPIToken(token),
		option.WithHTTPClient(hc),
		option.WithMaxRetries(3),
		option.WithHeader("User-Agent", "rackctl/0.9"),
	}
	opts = append(opts, extra...)
	return &Publisher{cf: cloudflare.NewClient(opts...), zoneID: zoneID}, nil
}

// Verify fails unless the token is active.
func (p *Publisher) Verify(ctx context.Context) error {
	res, err := p.cf.User.Tokens.Verify(ctx)
	if err != nil {
		return fmt.Errorf("dns: verify token: %w", err)
	}
	if res.Status != user.TokenVerifyResponseStatusActive {
		return fmt.Errorf("dns: token %s is %s", res.ID, res.Status)
	}
	return nil
}

// Records returns name -> content for every record in the zone.
func (p *Publisher) Records(ctx context.Context) (map[string]string, error) {
	out := map[string]string{}
	iter := p.cf.DNS.Records.ListAutoPaging(ctx, dns.RecordListParams{
		ZoneID:  cloudflare.F(p.zoneID),
		PerPage: cloudflare.F(500.0),
	})
	for iter.Next() {
		r := iter.Current()
		out[strings.ToLower(r.Name)] = r.Content
	}
	if err := iter.Err(); err != nil {
		return nil, fmt.Errorf("dns: list records: %w", err)
	}
	return out, nil
}

// Drift reports hostnames that are missing from the zone or point elsewhere.
func Drift(want, have map[string]string) []string {
	var out []string
	for name, ip := range want {
		got, ok := have[strings.ToLower(name)]
		switch {
		case !ok:
			out = append(out, fmt.Sprintf("missing %s (want %s)", name, ip))
		case got != ip:
			out = append(out, fmt.Sprintf("stale %s: %s != %s", name, got, ip))
		}
	}
	return out
}
