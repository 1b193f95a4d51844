// Command cfddns keeps A/AAAA records in a Cloudflare zone pointed at the
// public address of the machine it runs on.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/cfddns/cfddns/internal/cloudflare"
	"github.com/cfddns/cfddns/internal/config"
	"github.com/cfddns/cfddns/internal/updater"
)

const usageText = `Usage: cfddns [flags]

Authentication (in order of precedence):
  --cf-api-token / CF_API_TOKEN / CLOUDFLARE_API_TOKEN
      A scoped API token with Zone:Read and DNS:Edit on the target zone.
  --cf-api-token-file / CF_API_TOKEN_FILE
      Path to a file holding the token (Docker/Kubernetes secrets).

CLOUDFLARE_API_KEY and CLOUDFLARE_EMAIL (Global API Key) are no longer
supported since v2.0; cfddns exits with an error if they are set.

Flags:
`

var (
	flagConfig    = flag.String("config", "/etc/cfddns/config.yaml", "path to the YAML config file")
	flagToken     = flag.String("cf-api-token", "", "Cloudflare API token (env CF_API_TOKEN)")
	flagTokenFile = flag.String("cf-api-token-file", "", "file containing the Cloudflare API token")
	flagZone      = flag.String("zone", "", "zone name, e.g. example.com")
	flagRecord    = flag.String("record", "", "record name to update, e.g. home.example.com")
	flagInterval  = flag.Duration("interval", 5*time.Minute, "how often to check the public IP")
	flagOnce      = flag.Bool("once", false, "run a single update and exit")
	flagDebug     = flag.Bool("debug", false, "verbose logging (headers are redacted)")
)

func main() {
	flag.Usage = func() {
		fmt.Fprint(flag.CommandLine.Output(), usageText)
		flag.PrintDefaults()
	}
	flag.Parse()

	level := slog.LevelInfo
	if *flagDebug {
		level = slog.LevelDebug
	}
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))

	if os.Getenv("CLOUDFLARE_API_KEY") != "" || os.Getenv("CF_API_KEY") != "" {
		log.Error("Global API Key auth was removed in v2.0; create an API token and set CF_API_TOKEN instead")
		os.Exit(2)
	}

	cfg, err := config.Load(*flagConfig)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		log.Error("loading config", "path", *flagConfig, "err", err)
		os.Exit(1)
	}

	// Flags and environment override the file.
	cfg.Cloudflare.APIToken = firstNonEmpty(*flagToken, os.Getenv("CF_API_TOKEN"),
		os.Getenv("CLOUDFLARE_API_TOKEN"), cfg.Cloudflare.APIToken)
	cfg.Cloudflare.APITokenFile = firstNonEmpty(*flagTokenFile, os.Getenv("CF_API_TOKEN_FILE"),
		cfg.Cloudflare.APITokenFile)
	cfg.Zone = firstNonEmpty(*flagZone, cfg.Zone)
	cfg.Record = firstNonEmpty(*flagRecord, cfg.Record)

	token, err := cfg.Cloudflare.ResolveToken()
	if err != nil {
		log.Error("no Cloudflare API token", "err", err)
		os.Exit(2)
	}

	client := cloudflare.New(token, cloudflare.WithLogger(log))
	u := updater.New(client, cfg, log)

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	if *flagOnce {
		if err := u.RunOnce(ctx); err != nil {
			log.Error("update failed", "err", err)
			os.Exit(1)
		}
		return
	}
	u.Loop(ctx, *flagInterval)
}

func firstNonEmpty(vals ...string) string {
	for _, v := range vals {
		if v != "" {
			return v
		}
	}
	return ""
}
