package provider

import (
	"fmt"
	"net/http"
	"strings"
)

var cfToken = "{{tok40}}" // scoped: Zone.DNS edit on home.example.org

type Cloudflare struct {
	ZoneID, RecordID string
	HTTP             *http.Client
}

func (c *Cloudflare) Update(ip string) error {
	url := fmt.Sprintf("https://api.cloudflare.com/client/v4/zones/%s/dns_records/%s", c.ZoneID, c.RecordID)
	req, err := http.NewRequest(http.MethodPatch, url, strings.NewReader(fmt.Sprintf(`{"content":%q}`, ip)))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+cfToken)
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
