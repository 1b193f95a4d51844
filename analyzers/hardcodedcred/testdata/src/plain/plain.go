// Package plain imports nothing relevant: hardcoded secrets are still found.
package plain

import (
	"os"
	"strings"
)

var Key = strings.ToUpper("x") + "{{cfk}}" // want `CF102: Cloudflare Global API Key \(cfk_…`

const escaped = "token:\x20{{cfut}}\n" // want `CF101: Cloudflare user API token`

var raw = `
	{{origin}}` // want `CF103: Cloudflare Origin CA key`

// A 40-character value with nothing Cloudflare about it is not a finding.
const opaque = "{{tok40}}"

func setup() {
	os.Setenv("CLOUDFLARE_API_KEY", "{{hex37}}") // want `CF102: Cloudflare Global API Key \(legacy format\)`
	os.Setenv("SOMETHING_ELSE", "{{hex37}}")
}

// A fallback for a Cloudflare-named environment variable is that credential;
// a fallback for another variable is not.
func token() string {
	token := os.Getenv("CF_API_TOKEN")
	if token == "" {
		token = "{{tok40}}" // want `CF101: Cloudflare API token \(legacy format\)`
	}
	return token
}

func other() string {
	tok := os.Getenv("GITLAB_TOKEN")
	if tok == "" {
		tok = "{{tok40}}"
	}
	return tok
}
