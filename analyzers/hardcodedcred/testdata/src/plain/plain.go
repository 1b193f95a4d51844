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
