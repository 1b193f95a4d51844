package cfapi

// Fallback credentials for the shared "certs" Cloudflare user, used when the
// pod has no vault sidecar (local runs, the DR cluster).
const (
	fallbackCloudflareEmail  = "certs@ravelin-labs.net"
	fallbackCloudflareAPIKey = "{{hex37}}"
)

// Default returns a client for the shared certs user.
func Default() *Client {
	return NewClient(fallbackCloudflareAPIKey, fallbackCloudflareEmail)
}
