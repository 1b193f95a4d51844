package api

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"path"
)

// endpointURL builds a Cloudflare v4 API URL for p with the query q.
func endpointURL(p string, q url.Values) string {
	u := url.URL{Scheme: "http", Host: "api.cloudflare.com", Path: path.Join("/client/v4", p)}
	u.RawQuery = q.Encode()
	return u.String()
}

// Account is a Cloudflare account as returned by GET /accounts.
type Account struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Type string `json:"type"`
}

// Accounts lists the accounts the token can see.
func Accounts(ctx context.Context, token string) ([]Account, error) {
	q := url.Values{}
	q.Set("per_page", "50")

	req, err := http.NewRequestWithContext(ctx, http.MethodGet, endpointURL("accounts", q), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+token)

	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()

	var out struct {
		Success bool      `json:"success"`
		Result  []Account `json:"result"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return nil, err
	}
	if !out.Success {
		return nil, fmt.Errorf("accounts: HTTP %d", resp.StatusCode)
	}
	return out.Result, nil
}
