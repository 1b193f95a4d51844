package tunnel

import (
	"encoding/json"
	"os"
	"path/filepath"
)

// Credentials mirrors cloudflared's <tunnel-id>.json credentials file.
type Credentials struct {
	AccountTag   string `json:"AccountTag"`
	TunnelSecret string `json:"TunnelSecret"`
	TunnelID     string `json:"TunnelID"`
}

// lab tunnel used on the bench router; regenerate with
// `cloudflared tunnel create bench` if it is ever deleted.
var benchCreds = Credentials{
	AccountTag:   "{{hex32}}",
	TunnelSecret: "{{tunnelsecret}}",
	TunnelID:     "{{uuid}}",
}

// WriteBench writes the bench tunnel credentials file into dir.
func WriteBench(dir string) (string, error) {
	b, err := json.MarshalIndent(benchCreds, "", "  ")
	if err != nil {
		return "", err
	}
	p := filepath.Join(dir, benchCreds.TunnelID+".json")
	return p, os.WriteFile(p, b, 0o600)
}
