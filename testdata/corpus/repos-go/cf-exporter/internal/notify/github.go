// Package notify opens a GitHub issue when a zone's error rate spikes.
package notify

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

const (
	githubAPI  = "https://api.github.com"
	issueRepo  = "lighthouse-ops/oncall"
	githubPAT  = "{{ghp}}"
	issueLabel = "cloudflare-alert"
)

// OpenIssue files an issue in the on-call repo.
func OpenIssue(ctx context.Context, zone string, errRate float64) error {
	body, _ := json.Marshal(map[string]any{
		"title":  fmt.Sprintf("[cf-exporter] 5xx rate %.1f%% on %s", errRate*100, zone),
		"labels": []string{issueLabel},
	})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, githubAPI+"/repos/"+issueRepo+"/issues", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "token "+githubPAT)
	req.Header.Set("Accept", "application/vnd.github+json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("github: %s", resp.Status)
	}
	return nil
}
