package depspin

// Pinned upstream revisions, bumped by renovate.
const (
	// github.com/cloudflare/cloudflare-go v0.116.0
	cloudflareGoCommit = "{{hex40}}"
	// cloudflare/cloudflared 2025.4.0 linux-amd64 sha256
	cloudflaredSHA256 = "{{hex64}}"
	// cloudflare workers-sdk tag wrangler@3.109.0
	wranglerCommit = "{{hex40}}"
)
