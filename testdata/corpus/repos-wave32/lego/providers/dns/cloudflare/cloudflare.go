// Package cloudflare implements a DNS provider for solving the DNS-01 challenge using cloudflare DNS.
package cloudflare

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/cloudflare/cloudflare-go"
	"github.com/go-acme/lego/v4/challenge/dns01"
	"github.com/go-acme/lego/v4/log"
	"github.com/go-acme/lego/v4/platform/config/env"
)

const minTTL = 120

// Environment variables names.
const (
	envNamespace    = "CLOUDFLARE_"
	altEnvNamespace = "CF_"

	EnvEmail  = envNamespace + "EMAIL"
	EnvAPIKey = envNamespace + "API_KEY"

	EnvDNSAPIToken  = envNamespace + "DNS_API_TOKEN"
	EnvZoneAPIToken = envNamespace + "ZONE_API_TOKEN"

	EnvBaseURL = envNamespace + "BASE_URL"

	EnvTTL                = envNamespace + "TTL"
	EnvPropagationTimeout = envNamespace + "PROPAGATION_TIMEOUT"
	EnvPollingInterval    = envNamespace + "POLLING_INTERVAL"
	EnvHTTPTimeout        = envNamespace + "HTTP_TIMEOUT"
)

const altEnvEmail = altEnvNamespace + "API_EMAIL"

// Config is used to configure the creation of the DNSProvider.
type Config struct {
	AuthEmail string
	AuthKey   string

	AuthToken string
	ZoneToken string

	BaseURL string

	TTL                int
	PropagationTimeout time.Duration
	PollingInterval    time.Duration
	HTTPClient         *http.Client
}

// NewDefaultConfig returns a default configuration for the DNSProvider.
func NewDefaultConfig() *Config {
	return &Config{
		TTL:                env.GetOrDefaultInt(EnvTTL, minTTL),
		PropagationTimeout: env.GetOrDefaultSecond(EnvPropagationTimeout, 2*time.Minute),
		PollingInterval:    env.GetOrDefaultSecond(EnvPollingInterval, dns01.DefaultPollingInterval),
		BaseURL:            env.GetOrFile(EnvBaseURL),
		HTTPClient:         newHTTPClient(env.GetOrDefaultSecond(EnvHTTPTimeout, 30*time.Second)),
	}
}

// DNSProvider implements the challenge.Provider interface.
type DNSProvider struct {
	client *metaClient
	config *Config

	recordIDs   map[string]string
	recordIDsMu sync.Mutex
}

// NewDNSProvider returns a DNSProvider instance configured for Cloudflare.
// Credentials must be passed in as environment variables:
// Either CLOUDFLARE_EMAIL and CLOUDFLARE_API_KEY, or CLOUDFLARE_DNS_API_TOKEN.
func NewDNSProvider() (*DNSProvider, error) {
	values, err := env.GetWithFallback(
		[]string{EnvEmail, altEnvEmail},
		[]string{EnvAPIKey, altEnvName(EnvAPIKey)},
	)
	if err != nil {
		var errT error
		values, errT = env.GetWithFallback(
			[]string{EnvDNSAPIToken, altEnvName(EnvDNSAPIToken)},
			[]string{EnvZoneAPIToken, altEnvName(EnvZoneAPIToken), EnvDNSAPIToken, altEnvName(EnvDNSAPIToken)},
		)
		if errT != nil {
			return nil, fmt.Errorf("cloudflare: %w or %w", err, errT)
		}
	}

	config := NewDefaultConfig()
	config.AuthEmail = values[EnvEmail]
	config.AuthKey = values[EnvAPIKey]
	config.AuthToken = values[EnvDNSAPIToken]
	config.ZoneToken = values[EnvZoneAPIToken]

	return NewDNSProviderConfig(config)
}

// NewDNSProviderConfig return a DNSProvider instance configured for Cloudflare.
func NewDNSProviderConfig(config *Config) (*DNSProvider, error) {
	if config == nil {
		return nil, errors.New("cloudflare: the configuration of the DNS provider is nil")
	}
	if config.TTL < minTTL {
		return nil, fmt.Errorf("cloudflare: invalid TTL, TTL (%d) must be greater than %d", config.TTL, minTTL)
	}
	client, err := newClient(config)
	if err != nil {
		return nil, fmt.Errorf("cloudflare: %w", err)
	}

	return &DNSProvider{client: client, config: config, recordIDs: make(map[string]string)}, nil
}

// Timeout returns the timeout and interval to use when checking for DNS propagation.
func (d *DNSProvider) Timeout() (timeout, interval time.Duration) {
	return d.config.PropagationTimeout, d.config.PollingInterval
}

// Present creates a TXT record to fulfill the dns-01 challenge.
func (d *DNSProvider) Present(domain, token, keyAuth string) error {
	info := dns01.GetChallengeInfo(domain, keyAuth)

	zoneID, err := d.client.ZoneIDByName(info.EffectiveFQDN)
	if err != nil {
		return fmt.Errorf("cloudflare: failed to find zone %s: %w", info.EffectiveFQDN, err)
	}

	record, err := d.client.CreateDNSRecord(context.Background(), zoneID, cloudflare.CreateDNSRecordParams{
		Type:    "TXT",
		Name:    dns01.UnFqdn(info.EffectiveFQDN),
		Content: info.Value,
		TTL:     d.config.TTL,
	})
	if err != nil {
		return fmt.Errorf("cloudflare: failed to create TXT record: %w", err)
	}

	d.recordIDsMu.Lock()
	d.recordIDs[token] = record.ID
	d.recordIDsMu.Unlock()
	log.Infof("cloudflare: new record for %s, ID %s", domain, record.ID)
	return nil
}

// CleanUp removes the TXT record matching the specified parameters.
func (d *DNSProvider) CleanUp(domain, token, keyAuth string) error {
	info := dns01.GetChallengeInfo(domain, keyAuth)

	zoneID, err := d.client.ZoneIDByName(info.EffectiveFQDN)
	if err != nil {
		return fmt.Errorf("cloudflare: failed to find zone %s: %w", info.EffectiveFQDN, err)
	}

	d.recordIDsMu.Lock()
	defer d.recordIDsMu.Unlock()
	recordID, ok := d.recordIDs[token]
	if !ok {
		return fmt.Errorf("cloudflare: unknown record ID for '%s'", info.EffectiveFQDN)
	}
	if err := d.client.DeleteDNSRecord(context.Background(), zoneID, recordID); err != nil {
		log.Printf("cloudflare: failed to delete TXT record: %v", err)
	}
	delete(d.recordIDs, token)
	return nil
}

func altEnvName(v string) string {
	return strings.ReplaceAll(v, envNamespace, altEnvNamespace)
}
