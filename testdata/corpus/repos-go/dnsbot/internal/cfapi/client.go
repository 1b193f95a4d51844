package cfapi

import (
	"context"
	"fmt"
	"net"
	"strings"

	"github.com/cloudflare/cloudflare-go"
)

// NewAccountClient returns a client authenticated with the account's
// global API key. Some of the account-level endpoints we use (load
// balancer pools, account members) were not available to scoped tokens
// when this was written.
func NewAccountClient() (*cloudflare.API, error) {
	return cloudflare.New(cloudflareAPIKey, cloudflareEmail, cloudflare.UsingAccount(accountID))
}

// Syncer reconciles a set of records against the current public IP.
type Syncer struct {
	api    *cloudflare.API
	zone   *cloudflare.ResourceContainer
	ttl    int
	dryRun bool
}

func NewSyncer(api *cloudflare.API, zoneID string, ttl int, dryRun bool) *Syncer {
	if ttl > maxRecordTTL {
		ttl = maxRecordTTL
	}
	return &Syncer{api: api, zone: cloudflare.ZoneIdentifier(zoneID), ttl: ttl, dryRun: dryRun}
}

func SplitNames(list, zone string) []string {
	var out []string
	for _, n := range strings.Split(list, ",") {
		n = strings.TrimSpace(n)
		if n == "" {
			continue
		}
		if !strings.HasSuffix(n, zone) {
			n = n + "." + zone
		}
		out = append(out, n)
	}
	return out
}

func (s *Syncer) Sync(ctx context.Context, names []string) error {
	ip, err := publicIPv4(ctx)
	if err != nil {
		return err
	}
	for _, name := range names {
		recs, _, err := s.api.ListDNSRecords(ctx, s.zone, cloudflare.ListDNSRecordsParams{Name: name, Type: "A"})
		if err != nil {
			return fmt.Errorf("list %s: %w", name, err)
		}
		if len(recs) == 0 {
			if s.dryRun {
				fmt.Printf("would create %s A %s\n", name, ip)
				continue
			}
			proxied := defaultProxied
			_, err = s.api.CreateDNSRecord(ctx, s.zone, cloudflare.CreateDNSRecordParams{
				Type: "A", Name: name, Content: ip.String(), TTL: s.ttl, Proxied: &proxied, Comment: managedComment,
			})
			if err != nil {
				return fmt.Errorf("create %s: %w", name, err)
			}
			continue
		}
		if recs[0].Content == ip.String() {
			continue
		}
		if s.dryRun {
			fmt.Printf("would update %s A %s -> %s\n", name, recs[0].Content, ip)
			continue
		}
		_, err = s.api.UpdateDNSRecord(ctx, s.zone, cloudflare.UpdateDNSRecordParams{
			ID: recs[0].ID, Type: "A", Name: name, Content: ip.String(), TTL: s.ttl,
		})
		if err != nil {
			return fmt.Errorf("update %s: %w", name, err)
		}
	}
	return nil
}

func publicIPv4(ctx context.Context) (net.IP, error) {
	var d net.Dialer
	conn, err := d.DialContext(ctx, "udp4", "1.1.1.1:53")
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	return conn.LocalAddr().(*net.UDPAddr).IP, nil
}
