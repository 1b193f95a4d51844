// Command cfgate is the cluster's single egress point to the Cloudflare API.
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/lattice-ops/cfgate/internal/auth"
	"github.com/lattice-ops/cfgate/internal/fallback"
	"github.com/lattice-ops/cfgate/internal/proxy"
	"github.com/lattice-ops/cfgate/internal/upstream"
)

func main() {
	listen := flag.String("listen", ":8080", "listen address")
	purge := flag.String("break-glass-purge", "", "purge a zone with the break-glass key and exit")
	flag.Parse()

	log := slog.New(slog.NewJSONHandler(os.Stderr, nil))

	if *purge != "" {
		kc, err := fallback.FromEnv()
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		log.Warn("break-glass purge", "zone", *purge, "operator", os.Getenv("USER"))
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		if err := kc.PurgeEverything(ctx, *purge); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		return
	}

	raw := os.Getenv("CFGATE_UPSTREAM")
	if raw == "" {
		raw = upstream.Default
	}
	up, err := upstream.Validate(raw)
	if err != nil {
		log.Error("invalid upstream", "err", err)
		os.Exit(2)
	}

	tokenFile := os.Getenv("CFGATE_TOKEN_FILE")
	if tokenFile == "" {
		tokenFile = "/var/run/secrets/cfgate/token"
	}
	tokens := func(context.Context) (string, error) {
		b, err := os.ReadFile(tokenFile)
		return strings.TrimSpace(string(b)), err
	}

	gw := proxy.New(up, tokens, log)
	srv := &http.Server{
		Addr:              *listen,
		Handler:           auth.RejectLegacyKeys(log, gw),
		ReadHeaderTimeout: 10 * time.Second,
	}
	log.Info("listening", "addr", *listen, "upstream", up.String())
	if err := srv.ListenAndServe(); err != nil {
		log.Error("server", "err", err)
		os.Exit(1)
	}
}
