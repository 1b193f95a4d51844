// Command zonesync reconciles DNS records in a Cloudflare zone with a YAML file.
package main

import (
	"context"
	"errors"
	"fmt"
	"log"
	"os"
	"time"

	"github.com/cloudflare/cloudflare-go"
	"github.com/spf13/cobra"
	"gopkg.in/yaml.v3"
)

type recordSpec struct {
	Name    string `yaml:"name"`
	Type    string `yaml:"type"`
	Content string `yaml:"content"`
	Proxied bool   `yaml:"proxied"`
	TTL     int    `yaml:"ttl"`
}

type zoneFile struct {
	Zone    string       `yaml:"zone"`
	Records []recordSpec `yaml:"records"`
}

func newAPI() (*cloudflare.API, error) {
	token := os.Getenv("CLOUDFLARE_API_TOKEN")
	if token == "" {
		return nil, errors.New("CLOUDFLARE_API_TOKEN is not set")
	}
	return cloudflare.NewWithAPIToken(token,
		cloudflare.UserAgent("zone-sync/"+version),
		cloudflare.UsingRetryPolicy(5, 1, 30),
	)
}

var version = "dev"

func main() {
	var file string
	var dryRun bool

	root := &cobra.Command{
		Use:   "zonesync",
		Short: "Reconcile Cloudflare DNS records with a YAML definition",
		RunE: func(cmd *cobra.Command, _ []string) error {
			raw, err := os.ReadFile(file)
			if err != nil {
				return err
			}
			var zf zoneFile
			if err := yaml.Unmarshal(raw, &zf); err != nil {
				return fmt.Errorf("parse %s: %w", file, err)
			}

			api, err := newAPI()
			if err != nil {
				return err
			}
			ctx, cancel := context.WithTimeout(cmd.Context(), 2*time.Minute)
			defer cancel()

			zoneID, err := api.ZoneIDByName(zf.Zone)
			if err != nil {
				return fmt.Errorf("lookup zone %q: %w", zf.Zone, err)
			}
			return reconcile(ctx, api, cloudflare.ZoneIdentifier(zoneID), zf.Records, dryRun)
		},
	}
	root.Flags().StringVarP(&file, "file", "f", "zone.yaml", "zone definition")
	root.Flags().BoolVar(&dryRun, "dry-run", false, "print changes only")

	if err := root.Execute(); err != nil {
		log.Fatal(err)
	}
}
