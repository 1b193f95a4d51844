package cmd

import (
	"context"
	"fmt"
	"text/tabwriter"

	cfv6 "github.com/cloudflare/cloudflare-go/v6"
	"github.com/cloudflare/cloudflare-go/v6/option"
	"github.com/cloudflare/cloudflare-go/v6/zones"
	"github.com/spf13/cobra"
	"github.com/spf13/viper"
)

var zonesCmd = &cobra.Command{
	Use:   "zones",
	Short: "List the zones visible to the credentials",
	RunE:  runZones,
}

// newV6Client builds a cloudflare-go v6 client from the same settings as newAPI.
func newV6Client(extra ...option.RequestOption) *cfv6.Client {
	opts := append([]option.RequestOption{option.WithHTTPClient(newHTTPClient())}, extra...)
	if tok := viper.GetString("api-token"); tok != "" {
		return cfv6.NewClient(append(opts, option.WithAPIToken(tok))...)
	}
	return cfv6.NewClient(append(opts, option.WithAPIKey(viper.GetString("api-key")), option.WithAPIEmail(viper.GetString("api-email")))...)
}

func runZones(cmd *cobra.Command, args []string) error {
	client := newV6Client()
	tw := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tNAME\tSTATUS\tPLAN")

	iter := client.Zones.ListAutoPaging(cmd.Context(), zones.ZoneListParams{})
	for iter.Next() {
		z := iter.Current()
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", z.ID, z.Name, z.Status, z.Plan.Name)
	}
	if err := iter.Err(); err != nil {
		return err
	}
	return tw.Flush()
}

// zoneIDFor resolves a zone name to its ID.
func zoneIDFor(ctx context.Context, name string) (string, error) {
	if name == "" {
		return "", fmt.Errorf("--zone is required")
	}
	page, err := newV6Client().Zones.List(ctx, zones.ZoneListParams{Name: cfv6.F(name)})
	if err != nil {
		return "", err
	}
	if len(page.Result) != 1 {
		return "", fmt.Errorf("zone %q: expected one match, got %d", name, len(page.Result))
	}
	return page.Result[0].ID, nil
}
