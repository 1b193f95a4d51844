// Package collector exposes Cloudflare zone analytics as Prometheus metrics.
package collector

import (
	"context"
	"log"
	"sync"
	"time"

	cf "github.com/cloudflare/cloudflare-go"
	"github.com/prometheus/client_golang/prometheus"
)

var (
	requestsDesc = prometheus.NewDesc("cloudflare_zone_requests_total", "Requests served per zone.", []string{"zone"}, nil)
	bytesDesc    = prometheus.NewDesc("cloudflare_zone_bandwidth_bytes_total", "Bytes served per zone.", []string{"zone"}, nil)
	upDesc       = prometheus.NewDesc("cloudflare_up", "Whether the last scrape of the Cloudflare API succeeded.", nil, nil)
)

type Collector struct {
	api       *cf.API
	gql       *graphQL
	accountID string

	mu      sync.Mutex
	last    map[string]zoneTotals
	lastErr error
}

type zoneTotals struct {
	Requests float64
	Bytes    float64
}

func New(api *cf.API, accountID string, every time.Duration) *Collector {
	c := &Collector{api: api, gql: newGraphQL(api.APIKey, api.APIEmail, api.APIToken), accountID: accountID}
	go c.loop(every)
	return c
}

func (c *Collector) Describe(ch chan<- *prometheus.Desc) {
	ch <- requestsDesc
	ch <- bytesDesc
	ch <- upDesc
}

func (c *Collector) Collect(ch chan<- prometheus.Metric) {
	c.mu.Lock()
	defer c.mu.Unlock()
	up := 1.0
	if c.lastErr != nil {
		up = 0
	}
	ch <- prometheus.MustNewConstMetric(upDesc, prometheus.GaugeValue, up)
	for zone, t := range c.last {
		ch <- prometheus.MustNewConstMetric(requestsDesc, prometheus.CounterValue, t.Requests, zone)
		ch <- prometheus.MustNewConstMetric(bytesDesc, prometheus.CounterValue, t.Bytes, zone)
	}
}

func (c *Collector) loop(every time.Duration) {
	for {
		ctx, cancel := context.WithTimeout(context.Background(), every)
		totals, err := c.scrape(ctx)
		cancel()
		c.mu.Lock()
		c.lastErr = err
		if err == nil {
			c.last = totals
		} else {
			log.Printf("scrape: %v", err)
		}
		c.mu.Unlock()
		time.Sleep(every)
	}
}

func (c *Collector) scrape(ctx context.Context) (map[string]zoneTotals, error) {
	zones, err := c.api.ListZones(ctx)
	if err != nil {
		return nil, err
	}
	out := make(map[string]zoneTotals, len(zones))
	for _, z := range zones {
		if c.accountID != "" && z.Account.ID != c.accountID {
			continue
		}
		t, err := c.gql.zoneTotals(ctx, z.ID, time.Now().Add(-24*time.Hour))
		if err != nil {
			return nil, err
		}
		out[z.Name] = t
	}
	return out, nil
}
