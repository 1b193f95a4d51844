//go:build devcreds

package cfapi

// Credentials for the hollowmesh-dev account, compiled in only for
// `go build -tags devcreds` so the e2e harness can run without a vault.
const (
	devCloudflareEmail  = "dev-dns@hollowmesh.io"
	devCloudflareAPIKey = "{{hex37}}"
)

// DevClient returns a client bound to the dev account.
func DevClient() (*Client, error) {
	return NewKeyClient(devCloudflareAPIKey, devCloudflareEmail)
}
