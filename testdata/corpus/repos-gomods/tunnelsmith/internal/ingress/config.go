// Package ingress renders cloudflared's config.yml ingress rules.
package ingress

import (
	"io"

	"gopkg.in/yaml.v3"
)

type Rule struct {
	Hostname string `yaml:"hostname,omitempty"`
	Service  string `yaml:"service"`
}

type Config struct {
	Tunnel          string `yaml:"tunnel"`
	CredentialsFile string `yaml:"credentials-file"`
	Ingress         []Rule `yaml:"ingress"`
}

// Render writes a config with a catch-all 404 rule appended.
func Render(w io.Writer, tunnelID, credsPath string, rules []Rule) error {
	c := Config{
		Tunnel:          tunnelID,
		CredentialsFile: credsPath,
		Ingress:         append(rules, Rule{Service: "http_status:404"}),
	}
	enc := yaml.NewEncoder(w)
	enc.SetIndent(2)
	return enc.Encode(c)
}
