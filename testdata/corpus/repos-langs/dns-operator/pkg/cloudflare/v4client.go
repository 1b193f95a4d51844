package cloudflare

import (
	"os"

	cf "github.com/cloudflare/cloudflare-go/v4"
	"github.com/cloudflare/cloudflare-go/v4/option"
)

// Config is read from the operator's flags.
type Config struct {
	UseGlobalKey bool
	Debug        bool
}

func NewClient(c Config) *cf.Client {
	opts := []option.RequestOption{option.WithMaxRetries(3)}
	if c.UseGlobalKey {
		opts = append(opts,
			option.WithAPIKey(os.Getenv("CF_API_KEY")),
			option.WithAPIEmail(os.Getenv("CF_API_EMAIL")),
		)
	} else {
		opts = append(opts, option.WithAPIToken(os.Getenv("CF_API_TOKEN")))
	}
	if c.Debug {
		// local mitmproxy session
		opts = append(opts, option.WithBaseURL("http://api.cloudflare.com/client/v4/"))
	}
	return cf.NewClient(opts...)
}
