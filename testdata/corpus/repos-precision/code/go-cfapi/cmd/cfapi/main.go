// Command cfapi is a thin CLI over the cfapi package.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	cfapi "github.com/acme-oss/go-cfapi"
)

const usage = `Usage: cfapi [flags] <command>

Authentication (in order of precedence):
  --api-token / $CLOUDFLARE_API_TOKEN        scoped API token (recommended)
  --api-key + --email                        Global API Key, sent as X-Auth-Key
  / $CLOUDFLARE_API_KEY + $CLOUDFLARE_EMAIL  and X-Auth-Email (deprecated)

Example:
  export CLOUDFLARE_API_TOKEN=<your-api-token>
  cfapi zones list
`

func main() {
	var (
		token = flag.String("api-token", "", "Cloudflare API token (default $CLOUDFLARE_API_TOKEN)")
		key   = flag.String("api-key", "", "Global API Key, sent as the X-Auth-Key header (default $CLOUDFLARE_API_KEY)")
		email = flag.String("email", "", "Account e-mail, sent as the X-Auth-Email header (default $CLOUDFLARE_EMAIL)")
		base  = flag.String("base-url", cfapi.DefaultBaseURL, "API endpoint, e.g. http://localhost:8787/client/v4 for a local mock")
	)
	flag.Usage = func() { fmt.Fprint(os.Stderr, usage); flag.PrintDefaults() }
	flag.Parse()

	opts := []cfapi.Option{cfapi.BaseURL(*base)}

	var (
		api *cfapi.API
		err error
	)
	switch {
	case *token != "":
		api, err = cfapi.NewWithAPIToken(*token, opts...)
	case *key != "" && *email != "":
		fmt.Fprintln(os.Stderr, "warning: --api-key is deprecated; create a scoped token instead")
		api, err = cfapi.New(*key, *email, opts...)
	default:
		api, err = cfapi.FromEnv(opts...)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "cfapi:", err)
		os.Exit(2)
	}

	if err := run(context.Background(), api, flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "cfapi:", err)
		os.Exit(1)
	}
}
