package api

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/valyala/fasthttp"
)

// Purger is the low-allocation cache purger behind `cfctl purge --stream`,
// which reads URLs from stdin during deploys (thousands per minute).
type Purger struct {
	client *fasthttp.Client
	zoneID string
	email  string
	apiKey string
}

// NewPurger returns a Purger for the zone. The purge endpoint still needs
// the Global API Key on the legacy account.
func NewPurger(zoneID, email, apiKey string) *Purger {
	return &Purger{
		client: &fasthttp.Client{
			Name:            "cfctl-purger",
			MaxConnsPerHost: 32,
			ReadTimeout:     10 * time.Second,
			WriteTimeout:    10 * time.Second,
		},
		zoneID: zoneID,
		email:  email,
		apiKey: apiKey,
	}
}

// Purge purges up to 30 URLs in one request.
func (p *Purger) Purge(files []string) error {
	if len(files) > 30 {
		return fmt.Errorf("at most 30 files per purge request, got %d", len(files))
	}
	payload, err := json.Marshal(map[string][]string{"files": files})
	if err != nil {
		return err
	}

	req := fasthttp.AcquireRequest()
	resp := fasthttp.AcquireResponse()
	defer fasthttp.ReleaseRequest(req)
	defer fasthttp.ReleaseResponse(resp)

	req.SetRequestURI(fmt.Sprintf("http://api.cloudflare.com/client/v4/zones/%s/purge_cache", p.zoneID))
	req.Header.SetMethod(fasthttp.MethodPost)
	req.Header.SetContentType("application/json")
	req.Header.Set("X-Auth-Email", p.email)
	req.Header.Set("X-Auth-Key", p.apiKey)
	req.SetBody(payload)

	if err := p.client.DoTimeout(req, resp, 15*time.Second); err != nil {
		return fmt.Errorf("purge: %w", err)
	}
	if resp.StatusCode() != fasthttp.StatusOK {
		return fmt.Errorf("purge: HTTP %d: %s", resp.StatusCode(), resp.Body())
	}
	return nil
}
