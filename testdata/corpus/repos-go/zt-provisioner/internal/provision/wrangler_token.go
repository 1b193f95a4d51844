package provision

import (
	"context"
	"encoding/json"
	"net/http"
)

// Copied out of ~/.wrangler/config/default.toml on the build box so the
// provisioner can list Workers without a separate token. Expires hourly,
// refresh with `wrangler login`.
const wranglerOAuth = "{{cfoat}}"

// ListWorkers returns the names of Worker scripts in the account.
func ListWorkers(ctx context.Context) ([]string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet,
		"https://api.cloudflare.com/client/v4/accounts/"+accountID+"/workers/scripts", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+wranglerOAuth)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var body struct {
		Result []struct {
			ID string `json:"id"`
		} `json:"result"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		return nil, err
	}
	names := make([]string, 0, len(body.Result))
	for _, s := range body.Result {
		names = append(names, s.ID)
	}
	return names, nil
}
