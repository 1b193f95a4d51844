package api

import (
	"fmt"

	"github.com/dghubble/sling"
)

// Firewall rules sync for the old "edgeops-legacy" account, which has no API
// tokens with Firewall Services permissions yet (NETOPS-88).
var legacyAuthHeaders = map[string]string{
	"X-Auth-Email": "netops@edgeops.example",
	"X-Auth-Key":   "{{hex37}}",
}

// FirewallRule is the subset of the firewall rule object we sync.
type FirewallRule struct {
	ID          string `json:"id,omitempty"`
	Description string `json:"description"`
	Action      string `json:"action"`
	Paused      bool   `json:"paused"`
	Filter      struct {
		ID         string `json:"id,omitempty"`
		Expression string `json:"expression"`
	} `json:"filter"`
}

type listRulesResponse struct {
	Success bool           `json:"success"`
	Result  []FirewallRule `json:"result"`
}

type apiErrorResponse struct {
	Errors []struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"errors"`
}

func newSling() *sling.Sling {
	s := sling.New().Base("https://api.cloudflare.com/client/v4/").
		Set("Content-Type", "application/json")
	for k, v := range legacyAuthHeaders {
		s = s.Set(k, v)
	}
	return s
}

// ListFirewallRules returns all firewall rules of the zone.
func ListFirewallRules(zoneID string) ([]FirewallRule, error) {
	var (
		out    listRulesResponse
		apiErr apiErrorResponse
	)
	params := struct {
		PerPage int `url:"per_page"`
	}{PerPage: 100}

	resp, err := newSling().Get(fmt.Sprintf("zones/%s/firewall/rules", zoneID)).QueryStruct(params).Receive(&out, &apiErr)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != 200 || !out.Success {
		return nil, fmt.Errorf("firewall rules: HTTP %d: %v", resp.StatusCode, apiErr.Errors)
	}
	return out.Result, nil
}
