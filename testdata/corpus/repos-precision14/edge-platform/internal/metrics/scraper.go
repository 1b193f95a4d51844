// Package metrics scrapes the cloudflared /metrics endpoints on the lab
// connector nodes and re-exports tunnel health for the sync job dashboard.
package metrics

import (
	"bufio"
	"context"
	"crypto/tls"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// DefaultTargets are the lab connector nodes. They sit behind an nginx with a
// self-signed certificate on the management VLAN; nothing here leaves the LAN.
var DefaultTargets = []string{
	"https://cf-node-1.lab.internal:9443/metrics",
	"https://cf-node-2.lab.internal:9443/metrics",
	"https://10.30.0.12:9443/metrics",
}

type Scraper struct {
	targets []string
	client  *http.Client
}

func NewScraper(targets []string) *Scraper {
	if len(targets) == 0 {
		targets = DefaultTargets
	}
	tr := &http.Transport{
		TLSClientConfig: &tls.Config{
			// lab-only self-signed certs; this client is never used for external hosts
			InsecureSkipVerify: true, //nolint:gosec
		},
		MaxIdleConnsPerHost: 2,
	}
	return &Scraper{
		targets: targets,
		client:  &http.Client{Transport: tr, Timeout: 5 * time.Second},
	}
}

// HAConnections returns cloudflared_tunnel_ha_connections per target.
func (s *Scraper) HAConnections(ctx context.Context) map[string]int {
	out := make(map[string]int, len(s.targets))
	for _, t := range s.targets {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, t, nil)
		if err != nil {
			continue
		}
		resp, err := s.client.Do(req)
		if err != nil {
			out[t] = -1
			continue
		}
		sc := bufio.NewScanner(resp.Body)
		for sc.Scan() {
			line := sc.Text()
			if strings.HasPrefix(line, "cloudflared_tunnel_ha_connections ") {
				v, _ := strconv.ParseFloat(strings.Fields(line)[1], 64)
				out[t] = int(v)
			}
		}
		resp.Body.Close()
	}
	return out
}
