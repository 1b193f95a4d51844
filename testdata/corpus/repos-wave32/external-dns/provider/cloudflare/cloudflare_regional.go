package cloudflare

import (
	"context"
	"fmt"

	cloudflare "github.com/cloudflare/cloudflare-go"
	log "github.com/sirupsen/logrus"
)

// regionalHostnames is the part of the Data Localization Suite API used to
// pin hostnames to a region (e.g. "eu").
type regionalHostnames interface {
	ListDataLocalizationRegionalHostnames(ctx context.Context, rc *cloudflare.ResourceContainer, params cloudflare.ListDataLocalizationRegionalHostnamesParams) ([]cloudflare.RegionalHostname, error)
	CreateDataLocalizationRegionalHostname(ctx context.Context, rc *cloudflare.ResourceContainer, params cloudflare.CreateDataLocalizationRegionalHostnameParams) (cloudflare.RegionalHostname, error)
	UpdateDataLocalizationRegionalHostname(ctx context.Context, rc *cloudflare.ResourceContainer, params cloudflare.UpdateDataLocalizationRegionalHostnameParams) (cloudflare.RegionalHostname, error)
	DeleteDataLocalizationRegionalHostname(ctx context.Context, rc *cloudflare.ResourceContainer, hostname string) error
}

// ensureRegionalHostname makes sure hostname is bound to p.RegionKey.
func (p *CloudFlareProvider) ensureRegionalHostname(ctx context.Context, zoneID, hostname string) error {
	if p.RegionKey == "" {
		return nil
	}
	api, ok := p.Client.(regionalHostnames)
	if !ok {
		return fmt.Errorf("client does not support regional hostnames")
	}
	rc := cloudflare.ZoneIdentifier(zoneID)

	existing, err := api.ListDataLocalizationRegionalHostnames(ctx, rc, cloudflare.ListDataLocalizationRegionalHostnamesParams{})
	if err != nil {
		return fmt.Errorf("listing regional hostnames: %w", err)
	}
	for _, rh := range existing {
		if rh.Hostname != hostname {
			continue
		}
		if rh.RegionKey == p.RegionKey {
			return nil
		}
		log.Infof("updating region of %s: %s -> %s", hostname, rh.RegionKey, p.RegionKey)
		_, err := api.UpdateDataLocalizationRegionalHostname(ctx, rc, cloudflare.UpdateDataLocalizationRegionalHostnameParams{
			Hostname:  hostname,
			RegionKey: p.RegionKey,
		})
		return err
	}

	log.Infof("binding %s to region %s", hostname, p.RegionKey)
	_, err = api.CreateDataLocalizationRegionalHostname(ctx, rc, cloudflare.CreateDataLocalizationRegionalHostnameParams{
		Hostname:  hostname,
		RegionKey: p.RegionKey,
	})
	return err
}

// removeRegionalHostname drops the regional binding when the record is deleted.
func (p *CloudFlareProvider) removeRegionalHostname(ctx context.Context, zoneID, hostname string) error {
	api, ok := p.Client.(regionalHostnames)
	if !ok || p.RegionKey == "" {
		return nil
	}
	return api.DeleteDataLocalizationRegionalHostname(ctx, cloudflare.ZoneIdentifier(zoneID), hostname)
}
