/*
Copyright 2017 The Kubernetes Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

	http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/

package cloudflare

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"

	cloudflare "github.com/cloudflare/cloudflare-go"
	log "github.com/sirupsen/logrus"

	"sigs.k8s.io/external-dns/endpoint"
	"sigs.k8s.io/external-dns/plan"
	"sigs.k8s.io/external-dns/provider"
)

// cloudFlareDNS is the subset of the CloudFlare API that we actually use. Add methods as required.
type cloudFlareDNS interface {
	ZoneIDByName(zoneName string) (string, error)
	ListZones(ctx context.Context, zoneID ...string) ([]cloudflare.Zone, error)
	ListDNSRecords(ctx context.Context, rc *cloudflare.ResourceContainer, rp cloudflare.ListDNSRecordsParams) ([]cloudflare.DNSRecord, *cloudflare.ResultInfo, error)
	CreateDNSRecord(ctx context.Context, rc *cloudflare.ResourceContainer, rp cloudflare.CreateDNSRecordParams) (cloudflare.DNSRecord, error)
	DeleteDNSRecord(ctx context.Context, rc *cloudflare.ResourceContainer, recordID string) error
	UpdateDNSRecord(ctx context.Context, rc *cloudflare.ResourceContainer, rp cloudflare.UpdateDNSRecordParams) (cloudflare.DNSRecord, error)
}

// CloudFlareProvider is an implementation of Provider for CloudFlare DNS.
type CloudFlareProvider struct {
	provider.BaseProvider
	Client            cloudFlareDNS
	domainFilter      endpoint.DomainFilter
	zoneIDFilter      provider.ZoneIDFilter
	proxiedByDefault  bool
	DryRun            bool
	DNSRecordsPerPage int
	RegionKey         string
}

var errNoCredentials = errors.New("no Cloudflare credentials: set CF_API_TOKEN, or CF_API_KEY and CF_API_EMAIL")

// resolveToken returns the API token, reading it from a file when the value
// has the form "file:/path/to/token".
func resolveToken(raw string) (string, error) {
	raw = strings.TrimSpace(raw)
	if path, ok := strings.CutPrefix(raw, "file:"); ok {
		b, err := os.ReadFile(path)
		if err != nil {
			return "", fmt.Errorf("failed to read CF_API_TOKEN from file: %w", err)
		}
		raw = strings.TrimSpace(string(b))
	}
	if strings.Contains(raw, "*") {
		return "", errors.New("CF_API_TOKEN looks redacted")
	}
	return raw, nil
}

// NewCloudFlareProvider initializes a new CloudFlare DNS based Provider.
func NewCloudFlareProvider(domainFilter endpoint.DomainFilter, zoneIDFilter provider.ZoneIDFilter, proxiedByDefault bool, dryRun bool, dnsRecordsPerPage int, regionKey string, opts ...cloudflare.Option) (*CloudFlareProvider, error) {
	// initialize via chosen auth method and returns new API object
	var (
		config *cloudflare.API
		err    error
	)
	if os.Getenv("CF_API_TOKEN") != "" {
		token, terr := resolveToken(os.Getenv("CF_API_TOKEN"))
		if terr != nil {
			return nil, terr
		}
		config, err = cloudflare.NewWithAPIToken(token, opts...)
	} else if os.Getenv("CF_API_KEY") != "" {
		config, err = cloudflare.New(os.Getenv("CF_API_KEY"), os.Getenv("CF_API_EMAIL"), opts...)
	} else {
		return nil, errNoCredentials
	}
	if err != nil {
		return nil, fmt.Errorf("failed to initialize cloudflare provider: %w", err)
	}

	return &CloudFlareProvider{
		Client:            config,
		domainFilter:      domainFilter,
		zoneIDFilter:      zoneIDFilter,
		proxiedByDefault:  proxiedByDefault,
		DryRun:            dryRun,
		DNSRecordsPerPage: dnsRecordsPerPage,
		RegionKey:         regionKey,
	}, nil
}

// Zones returns the list of hosted zones.
func (p *CloudFlareProvider) Zones(ctx context.Context) ([]cloudflare.Zone, error) {
	var result []cloudflare.Zone

	zones, err := p.Client.ListZones(ctx)
	if err != nil {
		return nil, provider.NewSoftError(fmt.Errorf("failed to list zones: %w", err))
	}

	for _, zone := range zones {
		if !p.zoneIDFilter.Match(zone.ID) || !p.domainFilter.Match(zone.Name) {
			log.Debugf("zone %s not in filters", zone.Name)
			continue
		}
		result = append(result, zone)
	}
	return result, nil
}

// ApplyChanges applies a given set of changes in a given zone.
func (p *CloudFlareProvider) ApplyChanges(ctx context.Context, changes *plan.Changes) error {
	if p.DryRun {
		log.Infof("dry run: would apply %d create, %d update, %d delete", len(changes.Create), len(changes.UpdateNew), len(changes.Delete))
		return nil
	}
	return p.submitChanges(ctx, p.newChanges(changes))
}
