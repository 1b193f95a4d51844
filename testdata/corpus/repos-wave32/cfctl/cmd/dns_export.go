package cmd

import (
	"fmt"
	"io"
	"os"

	cfv6 "github.com/cloudflare/cloudflare-go/v6"
	"github.com/cloudflare/cloudflare-go/v6/dns"
	"github.com/cloudflare/cloudflare-go/v6/option"
	"github.com/spf13/cobra"
)

var exportCmd = &cobra.Command{
	Use:   "export",
	Short: "Export the zone as a BIND file",
	RunE:  runExport,
}

func init() {
	exportCmd.Flags().StringP("output", "o", "-", "output file, - for stdout")
	exportCmd.Flags().String("base-url", "http://api.cloudflare.com/client/v4/", "API base URL (for the recording proxy in tests)")
}

func runExport(cmd *cobra.Command, args []string) error {
	baseURL, _ := cmd.Flags().GetString("base-url")
	output, _ := cmd.Flags().GetString("output")

	zoneID, err := zoneIDFor(cmd.Context(), zoneFlag(cmd))
	if err != nil {
		return err
	}

	client := newV6Client(option.WithBaseURL(baseURL))
	zoneFile, err := client.DNS.Records.Export(cmd.Context(), dns.RecordExportParams{ZoneID: cfv6.F(zoneID)})
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}

	var w io.Writer = cmd.OutOrStdout()
	if output != "-" {
		f, err := os.Create(output)
		if err != nil {
			return err
		}
		defer f.Close()
		w = f
	}
	_, err = io.WriteString(w, *zoneFile)
	return err
}

func zoneFlag(cmd *cobra.Command) string {
	z, _ := cmd.Flags().GetString("zone")
	return z
}
