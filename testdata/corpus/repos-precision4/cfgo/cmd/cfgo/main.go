package main

import (
	"context"
	"errors"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/cfgo-dev/cfgo"
)

var (
	flagAPIToken string
	flagAPIKey   string
	flagEmail    string
	flagBaseURL  string
	flagOutput   string
)

func rootCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:           "cfgo",
		Short:         "Command-line client for the Cloudflare API",
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			if flagAPIKey != "" || flagEmail != "" {
				return errors.New("--api-key/--email (Global API Key) were removed in v2; pass --api-token or set CLOUDFLARE_API_TOKEN")
			}
			return nil
		},
	}
	pf := cmd.PersistentFlags()
	pf.StringVar(&flagAPIToken, "api-token", os.Getenv("CLOUDFLARE_API_TOKEN"), "API token (env CLOUDFLARE_API_TOKEN)")
	pf.StringVar(&flagAPIKey, "api-key", "", "removed: Global API Key")
	pf.StringVar(&flagEmail, "email", "", "removed: account email for --api-key")
	pf.StringVar(&flagBaseURL, "base-url", envOr("CLOUDFLARE_BASE_URL", "https://api.cloudflare.com/client/v4"), "API base URL")
	pf.StringVarP(&flagOutput, "output", "o", "table", "output format: table|json|yaml")
	_ = pf.MarkHidden("api-key")
	_ = pf.MarkHidden("email")

	cmd.AddCommand(zonesCmd(), dnsCmd(), tokenCmd())
	return cmd
}

func client() (*cfgo.Client, error) {
	if flagAPIToken == "" {
		return nil, errors.New("no API token: use --api-token or CLOUDFLARE_API_TOKEN")
	}
	return cfgo.New(cfgo.WithAPIToken(flagAPIToken), cfgo.WithBaseURL(flagBaseURL))
}

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

func main() {
	if err := rootCmd().ExecuteContext(context.Background()); err != nil {
		fmt.Fprintln(os.Stderr, "cfgo:", err)
		os.Exit(1)
	}
}
