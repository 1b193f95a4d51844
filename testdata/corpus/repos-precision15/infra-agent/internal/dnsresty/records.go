// Package dnsresty keeps pfSense host overrides and Cloudflare in step.
package dnsresty

import (
	"crypto/tls"
	"fmt"
	"os"
	"time"

	"github.com/go-resty/resty/v2"
)

const cloudflareAPI = "https://api.cloudflare.com/client/v4"

type Override struct {
	Host   string `json:"host"`
	Domain string `json:"domain"`
	IP     string `json:"ip"`
}

type cfList struct {
	Result []struct {
		ID      string `json:"id"`
		Name    string `json:"name"`
		Content string `json:"content"`
	} `json:"result"`
}

type Syncer struct {
	client  *resty.Client
	pfsense string
	zoneID  string
}

func NewSyncer(pfsenseURL, zoneID string) *Syncer {
	c := resty.New().
		SetTimeout(15 * time.Second).
		SetRetryCount(2).
		SetTLSClientConfig(&tls.Config{InsecureSkipVerify: true}) // pfSense webGUI cert is self-signed
	return &Syncer{client: c, pfsense: pfsenseURL, zoneID: zoneID}
}

func (s *Syncer) overrides() ([]Override, error) {
	var out struct {
		Data []Override `json:"data"`
	}
	_, err := s.client.R().
		SetHeader("Authorization", os.Getenv("PFSENSE_CLIENT_ID")+" "+os.Getenv("PFSENSE_CLIENT_TOKEN")).
		SetResult(&out).
		Get(s.pfsense + "/api/v1/services/unbound/host_override")
	return out.Data, err
}

func (s *Syncer) Sync() error {
	ovs, err := s.overrides()
	if err != nil {
		return fmt.Errorf("pfsense: %w", err)
	}
	for _, o := range ovs {
		name := o.Host + "." + o.Domain
		var list cfList
		_, err := s.client.R().
			SetAuthToken(os.Getenv("CF_API_TOKEN")).
			SetQueryParams(map[string]string{"type": "A", "name": name}).
			SetResult(&list).
			Get(cloudflareAPI + "/zones/" + s.zoneID + "/dns_records")
		if err != nil {
			return fmt.Errorf("cloudflare list %s: %w", name, err)
		}
		if len(list.Result) > 0 && list.Result[0].Content == o.IP {
			continue
		}
		req := s.client.R().
			SetAuthToken(os.Getenv("CF_API_TOKEN")).
			SetBody(map[string]any{"type": "A", "name": name, "content": o.IP, "ttl": 300})
		if len(list.Result) > 0 {
			_, err = req.Put(cloudflareAPI + "/zones/" + s.zoneID + "/dns_records/" + list.Result[0].ID)
		} else {
			_, err = req.Post(cloudflareAPI + "/zones/" + s.zoneID + "/dns_records")
		}
		if err != nil {
			return fmt.Errorf("cloudflare upsert %s: %w", name, err)
		}
	}
	return nil
}
