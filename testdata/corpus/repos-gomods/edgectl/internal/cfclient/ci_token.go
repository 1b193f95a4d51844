//go:build ci

package cfclient

import (
	"github.com/cloudflare/cloudflare-go/v4"
	"github.com/cloudflare/cloudflare-go/v4/option"
)

// ciAccountToken is the account-owned token the CI runners use against the
// quillstack-ci account (Zone Read, DNS Edit).
var ciAccountToken = "{{cfat}}"

func CI() *cloudflare.Client {
	return cloudflare.NewClient(option.WithAPIToken(ciAccountToken), option.WithHTTPClient(httpClient))
}
