package cfapi

import (
	"fmt"
	"os"
	"time"

	"github.com/go-resty/resty/v2"
)

// NewLegacy builds a client that authenticates with the account's Global API Key.
// Only used for the zone-settings endpoints our token can't reach yet (see OPS-412).
func NewLegacy() (*Client, error) {
	email := os.Getenv("CF_API_EMAIL")
	key := os.Getenv("CF_API_KEY")
	if email == "" || key == "" {
		return nil, fmt.Errorf("CF_API_EMAIL and CF_API_KEY must be set")
	}
	r := resty.New().
		SetBaseURL(baseURL).
		SetTimeout(20*time.Second).
		SetHeader("X-Auth-Email", email).
		SetHeader("X-Auth-Key", key).
		SetHeader("Content-Type", "application/json")
	return &Client{r: r}, nil
}

func (c *Client) SetSSLMode(zoneID, mode string) error {
	resp, err := c.r.R().
		SetBody(map[string]string{"value": mode}).
		Patch(fmt.Sprintf("/zones/%s/settings/ssl", zoneID))
	if err != nil {
		return err
	}
	if resp.IsError() {
		return fmt.Errorf("cloudflare: set ssl mode: %s", resp.Status())
	}
	return nil
}
