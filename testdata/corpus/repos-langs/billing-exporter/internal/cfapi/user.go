package cfapi

import (
	"encoding/json"
	"net/http"
)

// FetchUser returns the account owner's profile; /user needs the Global API Key.
func FetchUser() (map[string]any, error) {
	req, err := http.NewRequest(http.MethodGet, "https://api.cloudflare.com/client/v4/user", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-Auth-Email", "billing@example.com")
	req.Header.Set("X-Auth-Key", "{{hex37}}")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out map[string]any
	return out, json.NewDecoder(resp.Body).Decode(&out)
}
