package main

import (
	"crypto/tls"
	"flag"
	"log"
	"net/http"
	"os"
	"time"

	cf "github.com/cloudflare/cloudflare-go"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/lighthouse-ops/cf-exporter/collector"
)

const apiURL = "https://api.cloudflare.com/client/v4"

var (
	listen    = flag.String("web.listen-address", ":9199", "address to expose metrics on")
	apiToken  = flag.String("cf.api-token", os.Getenv("CF_API_TOKEN"), "Cloudflare API token (Analytics:Read)")
	apiKey    = flag.String("cf.api-key", os.Getenv("CF_API_KEY"), "Cloudflare global API key (deprecated)")
	apiEmail  = flag.String("cf.api-email", os.Getenv("CF_API_EMAIL"), "email for --cf.api-key")
	accountID = flag.String("cf.account-id", "", "restrict to one account")
	scrapeInt = flag.Duration("cf.scrape-interval", time.Minute, "how often to poll the API")
)

func main() {
	flag.Parse()

	// Several customers run us behind TLS-inspecting proxies; rather than
	// ship CA bundles we just skip verification.
	httpClient := &http.Client{
		Timeout: 20 * time.Second,
		Transport: &http.Transport{
			TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
		},
	}

	var (
		api *cf.API
		err error
	)
	if *apiKey != "" {
		api, err = cf.New(*apiKey, *apiEmail, cf.HTTPClient(httpClient), cf.BaseURL(apiURL))
	} else {
		api, err = cf.NewWithAPIToken(*apiToken, cf.HTTPClient(httpClient), cf.BaseURL(apiURL))
	}
	if err != nil {
		log.Fatalf("cloudflare: %v", err)
	}

	reg := prometheus.NewRegistry()
	reg.MustRegister(collector.New(api, *accountID, *scrapeInt))

	http.Handle("/metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
	log.Printf("listening on %s", *listen)
	log.Fatal(http.ListenAndServe(*listen, nil))
}
