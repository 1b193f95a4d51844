package v6

import (
	"os"

	opt4 "github.com/cloudflare/cloudflare-go/v4/option"
	cloudflare "github.com/cloudflare/cloudflare-go/v6"
	"github.com/cloudflare/cloudflare-go/v6/option"
)

const keyHeader = "X-Auth-Key"

func clients() {
	// One site, one finding: the email is the key's partner.
	_ = cloudflare.NewClient(
		option.WithAPIKey(os.Getenv("CLOUDFLARE_API_KEY")), // want `CF201: option.WithAPIKey sends the Global API Key`
		option.WithAPIEmail(os.Getenv("CLOUDFLARE_EMAIL")),
	)
	_ = []option.RequestOption{
		option.WithAPIEmail(os.Getenv("CLOUDFLARE_EMAIL")),
		option.WithAPIKey(os.Getenv("CLOUDFLARE_API_KEY")), // want `CF201: option.WithAPIKey sends the Global API Key`
	}
	// The email alone: the key comes from CLOUDFLARE_API_KEY, still Global-Key auth.
	_ = cloudflare.NewClient(option.WithAPIEmail(os.Getenv("CLOUDFLARE_EMAIL"))) // want `CF201: option.WithAPIEmail`
	_ = cloudflare.NewClient(option.WithUserServiceKey(os.Getenv("K")))          // want `CF202: option.WithUserServiceKey`
	_ = cloudflare.NewClient(option.WithHeader(keyHeader, os.Getenv("K")))       // want `CF201: request authenticates with the Global API Key`
	_ = opt4.WithAPIKey(os.Getenv("K"))                                          // want `CF201: option.WithAPIKey`
	_ = cloudflare.NewClient(option.WithAPIToken(os.Getenv("CLOUDFLARE_API_TOKEN")))
	_ = cloudflare.NewClient(option.WithHeader("X-Auth-Key", ""))
}
