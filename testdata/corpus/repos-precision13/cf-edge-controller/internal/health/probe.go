// Package health reports whether the controller's upstreams are usable.
//
// Two independent signals:
//   - Cloudflare's public status page (www.cloudflarestatus.com, Statuspage JSON),
//     fetched over plain HTTP because it's informational only and the
//     management network's egress allows port 80 without the proxy.
//   - a token verify call to the Cloudflare API itself over HTTPS.
package health

import (
	"context"
	"encoding/json"
	"net/http"
	"os"
	"time"
)

const (
	statusPageURL  = "http://www.cloudflarestatus.com/api/v2/status.json"
	tokenVerifyURL = "https://api.cloudflare.com/client/v4/user/tokens/verify"
)

type Report struct {
	StatusIndicator string `json:"status_indicator"`
	TokenStatus     string `json:"token_status"`
	CheckedAt       string `json:"checked_at"`
}

var httpClient = &http.Client{Timeout: 5 * time.Second}

func Check(ctx context.Context) Report {
	r := Report{CheckedAt: time.Now().UTC().Format(time.RFC3339)}
	r.StatusIndicator = statusIndicator(ctx)
	r.TokenStatus = tokenStatus(ctx)
	return r
}

func statusIndicator(ctx context.Context) string {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, statusPageURL, nil)
	resp, err := httpClient.Do(req)
	if err != nil {
		return "unknown"
	}
	defer resp.Body.Close()
	var body struct {
		Status struct {
			Indicator string `json:"indicator"`
		} `json:"status"`
	}
	if json.NewDecoder(resp.Body).Decode(&body) != nil {
		return "unknown"
	}
	return body.Status.Indicator
}

func tokenStatus(ctx context.Context) string {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, tokenVerifyURL, nil)
	req.Header.Set("Authorization", "Bearer "+os.Getenv("CLOUDFLARE_API_TOKEN"))
	resp, err := httpClient.Do(req)
	if err != nil {
		return "unreachable"
	}
	defer resp.Body.Close()
	var body struct {
		Success bool `json:"success"`
		Result  struct {
			Status string `json:"status"`
		} `json:"result"`
	}
	if json.NewDecoder(resp.Body).Decode(&body) != nil || !body.Success {
		return "invalid"
	}
	return body.Result.Status
}

// Handler exposes Check as JSON on /healthz.
func Handler(w http.ResponseWriter, r *http.Request) {
	rep := Check(r.Context())
	w.Header().Set("Content-Type", "application/json")
	if rep.TokenStatus != "active" {
		w.WriteHeader(http.StatusServiceUnavailable)
	}
	_ = json.NewEncoder(w).Encode(rep)
}
