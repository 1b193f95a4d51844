package v4

import (
	"os"

	"github.com/cloudflare/cloudflare-go/v2"
	"github.com/cloudflare/cloudflare-go/v2/option"
)

// NewFromEnv builds a client from CLOUDFLARE_API_TOKEN, which is what the
// GitHub Actions workflow injects from repository secrets.
func NewFromEnv() *cloudflare.Client {
	return cloudflare.NewClient(
		option.WithAPIToken(os.Getenv("CLOUDFLARE_API_TOKEN")),
	)
}
