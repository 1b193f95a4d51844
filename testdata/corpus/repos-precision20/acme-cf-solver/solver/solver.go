// Package solver implements ACME DNS-01 challenges on Cloudflare.
package solver

import (
	"context"
	"fmt"
	"log/slog"
	"strings"

	"github.com/cloudflare/cloudflare-go"
)

// Solver presents and cleans up _acme-challenge TXT records.
type Solver struct {
	api *cloudflare.API
	log *slog.Logger
}

// New builds a Solver from credentials. Options are forwarded to the
// Cloudflare client.
func New(creds Credentials, log *slog.Logger, opts ...ClientOption) (*Solver, error) {
	api, err := newAPI(creds, opts...)
	if err != nil {
		return nil, err
	}
	if creds.APIToken == "" {
		log.Warn("using deprecated Global API Key auth; switch the issuer to apiTokenSecretRef")
	} else {
		log.Info("using API token", "token", Redact(creds.APIToken))
	}
	return &Solver{api: api, log: log}, nil
}

// Present creates the TXT record for a challenge.
func (s *Solver) Present(ctx context.Context, zone, fqdn, value string) error {
	rc, err := s.zone(zone)
	if err != nil {
		return err
	}
	name := strings.TrimSuffix(fqdn, ".")
	existing, _, err := s.api.ListDNSRecords(ctx, rc, cloudflare.ListDNSRecordsParams{Type: "TXT", Name: name, Content: value})
	if err != nil {
		return fmt.Errorf("solver: list TXT %s: %w", name, err)
	}
	if len(existing) > 0 {
		return nil
	}
	_, err = s.api.CreateDNSRecord(ctx, rc, cloudflare.CreateDNSRecordParams{
		Type: "TXT", Name: name, Content: value, TTL: 120, Comment: "acme-cf-solver",
	})
	if err != nil {
		return fmt.Errorf("solver: create TXT %s: %w", name, err)
	}
	s.log.Info("presented challenge", "fqdn", name)
	return nil
}

// CleanUp removes the TXT record whose content matches value.
func (s *Solver) CleanUp(ctx context.Context, zone, fqdn, value string) error {
	rc, err := s.zone(zone)
	if err != nil {
		return err
	}
	name := strings.TrimSuffix(fqdn, ".")
	recs, _, err := s.api.ListDNSRecords(ctx, rc, cloudflare.ListDNSRecordsParams{Type: "TXT", Name: name})
	if err != nil {
		return fmt.Errorf("solver: list TXT %s: %w", name, err)
	}
	for _, r := range recs {
		if r.Content != value && r.Content != `"`+value+`"` {
			continue
		}
		if err := s.api.DeleteDNSRecord(ctx, rc, r.ID); err != nil {
			return fmt.Errorf("solver: delete %s: %w", r.ID, err)
		}
	}
	return nil
}

func (s *Solver) zone(zone string) (*cloudflare.ResourceContainer, error) {
	id, err := s.api.ZoneIDByName(strings.TrimSuffix(zone, "."))
	if err != nil {
		return nil, fmt.Errorf("solver: zone %s: %w", zone, err)
	}
	return cloudflare.ZoneIdentifier(id), nil
}
