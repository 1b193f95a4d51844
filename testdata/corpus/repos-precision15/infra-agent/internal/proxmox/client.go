// Package proxmox lists guests from a Proxmox VE cluster and publishes them.
package proxmox

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"time"

	"github.com/cloudflare/cloudflare-go"
)

type Config struct {
	URL      string // https://pve01.lab.internal:8006
	TokenID  string
	Secret   string
	Insecure bool // PVE_INSECURE=1 for nodes still on the self-signed cert
	ZoneID   string
}

type Publisher struct {
	cfg Config
	pve *http.Client
	cf  *cloudflare.API
}

func NewPublisher(cfg Config) (*Publisher, error) {
	tlsCfg := &tls.Config{MinVersion: tls.VersionTLS12}
	if cfg.Insecure {
		tlsCfg.InsecureSkipVerify = true
	} else if pem, err := os.ReadFile("/etc/pve/pve-root-ca.pem"); err == nil {
		pool := x509.NewCertPool()
		pool.AppendCertsFromPEM(pem)
		tlsCfg.RootCAs = pool
	}
	pve := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{TLSClientConfig: tlsCfg}}

	api, err := cloudflare.NewWithAPIToken(os.Getenv("CLOUDFLARE_API_TOKEN"),
		cloudflare.HTTPClient(&http.Client{Timeout: 20 * time.Second}))
	if err != nil {
		return nil, err
	}
	return &Publisher{cfg: cfg, pve: pve, cf: api}, nil
}

type guest struct {
	Name   string `json:"name"`
	VMID   int    `json:"vmid"`
	Node   string `json:"node"`
	Status string `json:"status"`
}

func (p *Publisher) Guests(ctx context.Context) ([]guest, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, p.cfg.URL+"/api2/json/cluster/resources?type=vm", nil)
	req.Header.Set("Authorization", fmt.Sprintf("PVEAPIToken=%s=%s", p.cfg.TokenID, p.cfg.Secret))
	resp, err := p.pve.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out struct {
		Data []guest `json:"data"`
	}
	return out.Data, json.NewDecoder(resp.Body).Decode(&out)
}

func (p *Publisher) Publish(ctx context.Context, name, ip string) error {
	_, err := p.cf.CreateDNSRecord(ctx, cloudflare.ZoneIdentifier(p.cfg.ZoneID),
		cloudflare.CreateDNSRecordParams{Type: "A", Name: name, Content: ip, TTL: 300})
	return err
}
