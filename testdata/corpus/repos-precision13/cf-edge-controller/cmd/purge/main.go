// Command purge flushes Cloudflare's cache for one or more hostnames and pushes
// a completion metric to the Prometheus Pushgateway.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"net/http"
	"os"
	"strings"
	"time"
)

const (
	// Cloudflare API base.
	apiBase = "http://api.cloudflare.com/client/v4"
	// In-cluster Pushgateway (plain HTTP, cluster-internal service).
	pushgateway = "http://pushgateway.monitoring.svc:9091/metrics/job/cf_purge"
)

type purgeRequest struct {
	Hosts []string `json:"hosts,omitempty"`
	Purge bool     `json:"purge_everything,omitempty"`
}

func main() {
	zone := flag.String("zone", os.Getenv("CF_ZONE_ID"), "zone id")
	hosts := flag.String("hosts", "", "comma-separated hostnames (empty = everything)")
	flag.Parse()

	token := os.Getenv("CLOUDFLARE_API_TOKEN")
	if token == "" || *zone == "" {
		log.Fatal("CLOUDFLARE_API_TOKEN and -zone are required")
	}

	body := purgeRequest{Purge: *hosts == ""}
	if *hosts != "" {
		body.Hosts = strings.Split(*hosts, ",")
	}
	buf, _ := json.Marshal(body)

	req, _ := http.NewRequest(http.MethodPost,
		fmt.Sprintf("%s/zones/%s/purge_cache", apiBase, *zone), bytes.NewReader(buf))
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("Content-Type", "application/json")

	client := &http.Client{Timeout: 20 * time.Second}
	start := time.Now()
	resp, err := client.Do(req)
	if err != nil {
		log.Fatalf("purge: %v", err)
	}
	defer resp.Body.Close()

	var out struct {
		Success bool `json:"success"`
		Errors  []struct {
			Code    int    `json:"code"`
			Message string `json:"message"`
		} `json:"errors"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		log.Fatalf("decode: %v", err)
	}
	if !out.Success {
		log.Fatalf("purge failed: %+v", out.Errors)
	}
	log.Printf("purged zone %s (%s) in %s", *zone, describe(body), time.Since(start))

	metric := fmt.Sprintf("cf_purge_last_success_timestamp_seconds %d\n", time.Now().Unix())
	if _, err := http.Post(pushgateway, "text/plain", strings.NewReader(metric)); err != nil {
		log.Printf("pushgateway: %v (ignored)", err)
	}
}

func describe(r purgeRequest) string {
	if r.Purge {
		return "everything"
	}
	return strings.Join(r.Hosts, ",")
}
