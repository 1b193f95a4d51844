package collector

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

const graphqlEndpoint = "https://api.cloudflare.com/client/v4/graphql"

const zoneTotalsQuery = `query ($zone: String!, $since: Time!) {
  viewer { zones(filter: {zoneTag: $zone}) {
    httpRequests1hGroups(limit: 24, filter: {datetime_geq: $since}) { sum { requests bytes } }
  } }
}`

// graphQL is a tiny client for the analytics GraphQL API, which
// cloudflare-go does not wrap.
type graphQL struct {
	key, email, token string
	hc                *http.Client
}

func newGraphQL(key, email, token string) *graphQL {
	return &graphQL{key: key, email: email, token: token, hc: &http.Client{Timeout: 30 * time.Second}}
}

func (g *graphQL) zoneTotals(ctx context.Context, zoneID string, since time.Time) (zoneTotals, error) {
	body, _ := json.Marshal(map[string]any{
		"query":     zoneTotalsQuery,
		"variables": map[string]any{"zone": zoneID, "since": since.UTC().Format(time.RFC3339)},
	})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, graphqlEndpoint, bytes.NewReader(body))
	if err != nil {
		return zoneTotals{}, err
	}
	req.Header.Set("Content-Type", "application/json")
	if g.token != "" {
		req.Header.Set("Authorization", "Bearer "+g.token)
	} else {
		req.Header.Set("X-Auth-Email", g.email)
		req.Header.Set("X-Auth-Key", g.key)
	}
	resp, err := g.hc.Do(req)
	if err != nil {
		return zoneTotals{}, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return zoneTotals{}, fmt.Errorf("graphql: %s", resp.Status)
	}
	var out struct {
		Data struct {
			Viewer struct {
				Zones []struct {
					Groups []struct {
						Sum struct {
							Requests float64 `json:"requests"`
							Bytes    float64 `json:"bytes"`
						} `json:"sum"`
					} `json:"httpRequests1hGroups"`
				} `json:"zones"`
			} `json:"viewer"`
		} `json:"data"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return zoneTotals{}, err
	}
	var t zoneTotals
	for _, z := range out.Data.Viewer.Zones {
		for _, g := range z.Groups {
			t.Requests += g.Sum.Requests
			t.Bytes += g.Sum.Bytes
		}
	}
	return t, nil
}
