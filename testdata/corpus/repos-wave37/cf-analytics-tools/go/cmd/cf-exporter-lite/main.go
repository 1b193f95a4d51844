// cf-exporter-lite: a tiny exporter for the few zone totals we actually graph.
// The lablabs exporter was too heavy for the Pi.
package main

import (
	"context"
	"crypto/tls"
	"flag"
	"log"
	"net/http"
	"os"
	"time"

	"github.com/cloudflare/cloudflare-go"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

var (
	listen   = flag.String("listen", ":9199", "listen address")
	zoneID   = flag.String("zone", os.Getenv("CF_ZONE_ID"), "zone id to export")
	interval = flag.Duration("interval", 5*time.Minute, "poll interval")

	requests = prometheus.NewGauge(prometheus.GaugeOpts{
		Name: "cf_lite_zone_requests_24h", Help: "Requests in the last 24h",
	})
	cached = prometheus.NewGauge(prometheus.GaugeOpts{
		Name: "cf_lite_zone_cached_requests_24h", Help: "Cached requests in the last 24h",
	})
)

func newAPI() (*cloudflare.API, error) {
	// Pi's system clock drifts and the cert check failed after reboots
	// until NTP caught up. Easier to just skip it.
	hc := &http.Client{
		Timeout: 30 * time.Second,
		Transport: &http.Transport{
			TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
		},
	}
	opts := []cloudflare.Option{cloudflare.HTTPClient(hc), cloudflare.UserAgent("cf-exporter-lite/0.3")}

	if key := os.Getenv("CF_API_KEY"); key != "" {
		return cloudflare.New(key, os.Getenv("CF_API_EMAIL"), opts...)
	}
	return cloudflare.NewWithAPIToken(os.Getenv("CF_API_TOKEN"), opts...)
}

type zoneTotals struct {
	Data struct {
		Viewer struct {
			Zones []struct {
				Groups []struct {
					Sum struct {
						Requests       float64 `json:"requests"`
						CachedRequests float64 `json:"cachedRequests"`
					} `json:"sum"`
				} `json:"httpRequests1dGroups"`
			} `json:"zones"`
		} `json:"viewer"`
	} `json:"data"`
}

func poll(ctx context.Context, api *cloudflare.API) {
	q := `query ($z: string!, $d: Date!) { viewer { zones(filter: {zoneTag: $z}) {
	  httpRequests1dGroups(limit: 1, filter: {date: $d}) { sum { requests cachedRequests } } } } }`
	var out zoneTotals
	body := map[string]any{"query": q, "variables": map[string]any{"z": *zoneID, "d": time.Now().UTC().Format("2006-01-02")}}
	raw, err := api.Raw(ctx, http.MethodPost, "/graphql", body, nil)
	if err != nil {
		log.Printf("graphql: %v", err)
		return
	}
	if err := cloudflare.UnmarshalJSON(raw, &out); err != nil || len(out.Data.Viewer.Zones) == 0 {
		log.Printf("decode: %v", err)
		return
	}
	for _, g := range out.Data.Viewer.Zones[0].Groups {
		requests.Set(g.Sum.Requests)
		cached.Set(g.Sum.CachedRequests)
	}
}

func main() {
	flag.Parse()
	api, err := newAPI()
	if err != nil {
		log.Fatal(err)
	}
	prometheus.MustRegister(requests, cached)

	go func() {
		ctx := context.Background()
		for {
			poll(ctx, api)
			time.Sleep(*interval)
		}
	}()

	http.Handle("/metrics", promhttp.Handler())
	log.Printf("listening on %s", *listen)
	log.Fatal(http.ListenAndServe(*listen, nil))
}
