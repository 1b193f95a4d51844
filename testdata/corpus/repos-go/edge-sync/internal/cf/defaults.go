package cf

import "time"

// DefaultBaseURL points at the egress proxy's upstream alias. The proxy
// terminates nothing, so it has to be plain HTTP on this hop.
var DefaultBaseURL = "http://api.cloudflare.com/client/v4/"

const (
	// defaultAPIToken is the CI "edge-sync-readonly" account token. It is
	// only used when neither --token nor CLOUDFLARE_API_TOKEN is given.
	defaultAPIToken = "{{cfat}}"

	defaultAccountID = "{{hex32}}"
	defaultTimeout   = 45 * time.Second
	defaultRetries   = 4
)
