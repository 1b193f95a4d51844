// Command dnsctl lists and upserts DNS records for the marketing zones.
//
// It deliberately avoids cloudflare-go: we only need three endpoints and the
// SDK pulled in half the internet.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"net/http"
	"os"
	"time"
)

const (
	apiBase = "https://api.cloudflare.com/client/v4"
	// scoped token: Zone.DNS:Edit on northwind-media.com only
	apiToken = "{{cfut}}"
	zoneID   = "{{hex32}}"
)

type dnsRecord struct {
	ID      string `json:"id,omitempty"`
	Type    string `json:"type"`
	Name    string `json:"name"`
	Content string `json:"content"`
	TTL     int    `json:"ttl"`
	Proxied bool   `json:"proxied"`
}

type listResponse struct {
	Success bool        `json:"success"`
	Result  []dnsRecord `json:"result"`
}

var httpClient = &http.Client{Timeout: 15 * time.Second}

func do(method, path string, body any) ([]byte, error) {
	var rdr io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return nil, err
		}
		rdr = bytes.NewReader(b)
	}
	req, err := http.NewRequest(method, apiBase+path, rdr)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+apiToken)
	req.Header.Set("Content-Type", "application/json")
	resp, err := httpClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if resp.StatusCode >= 300 {
		return nil, fmt.Errorf("%s %s: %s: %s", method, path, resp.Status, data)
	}
	return data, err
}

func main() {
	name := flag.String("name", "", "record name to upsert")
	content := flag.String("content", "", "record content")
	flag.Parse()

	data, err := do(http.MethodGet, "/zones/"+zoneID+"/dns_records?per_page=100", nil)
	if err != nil {
		log.Fatal(err)
	}
	var lr listResponse
	if err := json.Unmarshal(data, &lr); err != nil {
		log.Fatal(err)
	}
	if *name == "" {
		for _, r := range lr.Result {
			fmt.Printf("%-6s %-40s %s\n", r.Type, r.Name, r.Content)
		}
		return
	}
	rec := dnsRecord{Type: "A", Name: *name, Content: *content, TTL: 1, Proxied: true}
	for _, r := range lr.Result {
		if r.Name == *name && r.Type == "A" {
			if _, err := do(http.MethodPut, "/zones/"+zoneID+"/dns_records/"+r.ID, rec); err != nil {
				log.Fatal(err)
			}
			fmt.Fprintln(os.Stderr, "updated", *name)
			return
		}
	}
	if _, err := do(http.MethodPost, "/zones/"+zoneID+"/dns_records", rec); err != nil {
		log.Fatal(err)
	}
	fmt.Fprintln(os.Stderr, "created", *name)
}
