// Command agent reads hostnames from the Xerox/HP printer fleet and keeps
// `<name>.print.example.com` records current in Cloudflare.
package main

import (
	"bytes"
	"context"
	"crypto/tls"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"net/http"
	"os"
	"strings"
	"time"
)

const cloudflareBase = "https://api.cloudflare.com/client/v4"

type cloudflareDNS struct {
	hc     *http.Client
	zoneID string
	token  string
}

func newCloudflareDNS(hc *http.Client, zoneID string) *cloudflareDNS {
	return &cloudflareDNS{hc: hc, zoneID: zoneID, token: os.Getenv("CF_API_TOKEN")}
}

func (c *cloudflareDNS) create(ctx context.Context, name, ip string) error {
	body, _ := json.Marshal(map[string]any{"type": "A", "name": name, "content": ip, "ttl": 900})
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost,
		cloudflareBase+"/zones/"+c.zoneID+"/dns_records", bytes.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+c.token)
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("cloudflare %s: %s", name, resp.Status)
	}
	return nil
}

func printerName(ctx context.Context, hc *http.Client, ip string) (string, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, "https://"+ip+"/DevMgmt/NetAppsDyn.xml", nil)
	resp, err := hc.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var buf bytes.Buffer
	buf.ReadFrom(resp.Body)
	s := buf.String()
	i := strings.Index(s, "<dd:Hostname>")
	j := strings.Index(s, "</dd:Hostname>")
	if i < 0 || j < i {
		return "", fmt.Errorf("%s: no hostname", ip)
	}
	return strings.ToLower(s[i+len("<dd:Hostname>") : j]), nil
}

func main() {
	printers := flag.String("printers", os.Getenv("PRINTER_IPS"), "comma-separated printer IPs")
	flag.Parse()

	// printers use the embedded web server's self-signed cert
	insecure := &http.Client{
		Timeout:   10 * time.Second,
		Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}},
	}
	dns := newCloudflareDNS(insecure, os.Getenv("CF_ZONE_ID"))

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	for _, ip := range strings.Split(*printers, ",") {
		if ip == "" {
			continue
		}
		name, err := printerName(ctx, insecure, ip)
		if err != nil {
			log.Printf("skip %s: %v", ip, err)
			continue
		}
		if err := dns.create(ctx, name+".print.example.com", ip); err != nil {
			log.Printf("publish %s: %v", name, err)
		}
	}
}
