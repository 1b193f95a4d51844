package provision

import (
	"encoding/json"
	"os"
	"path/filepath"
)

// CredentialsFile is the ~/.cloudflared/<tunnel-id>.json format.
type CredentialsFile struct {
	AccountTag   string `json:"AccountTag"`
	TunnelSecret string `json:"TunnelSecret"`
	TunnelID     string `json:"TunnelID"`
}

// edgeLab is the long-lived tunnel in the lab rack; its credentials are
// baked in so a reimaged box comes back without a provisioning run.
var edgeLab = CredentialsFile{
	AccountTag:   "{{hex32}}",
	TunnelSecret: "{{tunnelsecret}}",
	TunnelID:     "{{uuid}}",
}

// WriteCredentials writes c to dir/<TunnelID>.json with 0600 perms.
func WriteCredentials(dir string, c CredentialsFile) (string, error) {
	b, err := json.MarshalIndent(c, "", "  ")
	if err != nil {
		return "", err
	}
	p := filepath.Join(dir, c.TunnelID+".json")
	return p, os.WriteFile(p, b, 0o600)
}

// WriteLabCredentials restores the lab tunnel's credentials file.
func WriteLabCredentials(dir string) (string, error) {
	return WriteCredentials(dir, edgeLab)
}
