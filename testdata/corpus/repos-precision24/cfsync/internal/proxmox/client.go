// Package proxmox 는 Proxmox VE API 에서 VM/LXC 목록과 IP 를 읽어옵니다.
package proxmox

import (
	"context"
	"crypto/tls"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

type Config struct {
	URL                string `toml:"url"`
	TokenID            string `toml:"token_id"`
	TokenSecret        string `toml:"token_secret"`
	Node               string `toml:"node"`
	InsecureSkipVerify bool   `toml:"insecure_skip_verify"`
}

type Client struct {
	cfg Config
	hc  *http.Client
}

type Guest struct {
	VMID   int    `json:"vmid"`
	Name   string `json:"name"`
	Status string `json:"status"`
}

// New 는 Proxmox 클라이언트를 만듭니다.
// Proxmox 는 기본적으로 자체 서명 인증서를 쓰므로 설정에 따라 검증을 끌 수 있습니다.
// (이 설정은 Proxmox 연결에만 적용됩니다. Cloudflare 클라이언트와는 별개입니다.)
func New(cfg Config) *Client {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	if cfg.InsecureSkipVerify {
		tr.TLSClientConfig = &tls.Config{InsecureSkipVerify: true} // 사설망 Proxmox 전용
	}
	return &Client{cfg: cfg, hc: &http.Client{Timeout: 10 * time.Second, Transport: tr}}
}

func (c *Client) get(ctx context.Context, path string, out any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.cfg.URL+path, nil)
	if err != nil {
		return err
	}
	// Proxmox API 토큰 형식: PVEAPIToken=USER@REALM!TOKENID=SECRET
	req.Header.Set("Authorization", fmt.Sprintf("PVEAPIToken=%s=%s", c.cfg.TokenID, c.cfg.TokenSecret))
	resp, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("proxmox %s: HTTP %d", path, resp.StatusCode)
	}
	var wrap struct {
		Data json.RawMessage `json:"data"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&wrap); err != nil {
		return err
	}
	return json.Unmarshal(wrap.Data, out)
}

// Guests 는 노드의 실행 중인 QEMU VM 목록을 돌려줍니다.
func (c *Client) Guests(ctx context.Context) ([]Guest, error) {
	var gs []Guest
	if err := c.get(ctx, fmt.Sprintf("/nodes/%s/qemu", c.cfg.Node), &gs); err != nil {
		return nil, err
	}
	running := gs[:0]
	for _, g := range gs {
		if g.Status == "running" {
			running = append(running, g)
		}
	}
	return running, nil
}

// GuestIPv4 는 qemu-guest-agent 를 통해 첫 번째 사설 IPv4 주소를 읽습니다.
func (c *Client) GuestIPv4(ctx context.Context, vmid int) (string, error) {
	var r struct {
		Result []struct {
			Name string `json:"name"`
			IPs  []struct {
				Type string `json:"ip-address-type"`
				Addr string `json:"ip-address"`
			} `json:"ip-addresses"`
		} `json:"result"`
	}
	if err := c.get(ctx, fmt.Sprintf("/nodes/%s/qemu/%d/agent/network-get-interfaces", c.cfg.Node, vmid), &r); err != nil {
		return "", err
	}
	for _, iface := range r.Result {
		if iface.Name == "lo" {
			continue
		}
		for _, ip := range iface.IPs {
			if ip.Type == "ipv4" {
				return ip.Addr, nil
			}
		}
	}
	return "", fmt.Errorf("VM %d: IPv4 없음", vmid)
}
