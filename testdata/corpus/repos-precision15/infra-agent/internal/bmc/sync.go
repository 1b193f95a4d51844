// Package bmc publishes BMC (iDRAC/iLO/XCC) addresses into Cloudflare DNS.
package bmc

import (
	"bytes"
	"crypto/tls"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"time"
)

const cfAPI = "https://api.cloudflare.com/client/v4"

type Syncer struct {
	ZoneID string
	Suffix string
}

type redfishSystem struct {
	SerialNumber string `json:"SerialNumber"`
	HostName     string `json:"HostName"`
}

func (s *Syncer) Run(bmcHosts []string) error {
	// BMCs only ever have their factory self-signed certificates.
	bmc := &http.Client{
		Timeout: 10 * time.Second,
		Transport: &http.Transport{
			TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
		},
	}
	cf := &http.Client{Timeout: 15 * time.Second}

	for _, host := range bmcHosts {
		bmcURL := fmt.Sprintf("https://%s/redfish/v1/Systems/System.Embedded.1", host)
		req, _ := http.NewRequest(http.MethodGet, bmcURL, nil)
		req.SetBasicAuth(os.Getenv("BMC_USER"), os.Getenv("BMC_PASSWORD"))
		resp, err := bmc.Do(req)
		if err != nil {
			return fmt.Errorf("bmc %s: %w", host, err)
		}
		var sys redfishSystem
		err = json.NewDecoder(resp.Body).Decode(&sys)
		resp.Body.Close()
		if err != nil {
			return fmt.Errorf("bmc %s: decode: %w", host, err)
		}

		record := map[string]any{
			"type":    "A",
			"name":    fmt.Sprintf("%s.%s", sys.SerialNumber, s.Suffix),
			"content": host,
			"ttl":     600,
		}
		body, _ := json.Marshal(record)
		cfReq, _ := http.NewRequest(http.MethodPost,
			cfAPI+"/zones/"+s.ZoneID+"/dns_records", bytes.NewReader(body))
		cfReq.Header.Set("Authorization", "Bearer "+os.Getenv("CF_API_TOKEN"))
		cfReq.Header.Set("Content-Type", "application/json")
		cfResp, err := cf.Do(cfReq)
		if err != nil {
			return fmt.Errorf("cloudflare: %w", err)
		}
		cfResp.Body.Close()
		if cfResp.StatusCode >= 300 && cfResp.StatusCode != http.StatusBadRequest {
			return fmt.Errorf("cloudflare: status %d for %s", cfResp.StatusCode, host)
		}
	}
	return nil
}
