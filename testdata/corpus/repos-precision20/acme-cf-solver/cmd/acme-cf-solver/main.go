// Command acme-cf-solver runs DNS-01 challenges for an ACME client via a
// small exec-hook interface: `acme-cf-solver present|cleanup ZONE FQDN VALUE`.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/kestrel-labs/acme-cf-solver/solver"
)

// secretRef points at a key inside a mounted Secret directory.
type secretRef struct {
	Name string `json:"name"`
	Key  string `json:"key"`
}

// config mirrors the solver config block of the issuer. apiKeySecretRef is
// still parsed so that old issuers fail with a clear warning rather than a
// JSON error.
type config struct {
	Email             string     `json:"email"`
	APITokenSecretRef *secretRef `json:"apiTokenSecretRef"`
	APIKeySecretRef   *secretRef `json:"apiKeySecretRef"`
}

const secretsDir = "/var/run/secrets/acme-cf-solver"

func readSecret(ref *secretRef) (string, error) {
	if ref == nil {
		return "", nil
	}
	b, err := os.ReadFile(filepath.Join(secretsDir, ref.Name, ref.Key))
	return strings.TrimSpace(string(b)), err
}

func main() {
	if len(os.Args) != 5 {
		fmt.Fprintln(os.Stderr, "usage: acme-cf-solver present|cleanup ZONE FQDN VALUE")
		os.Exit(2)
	}
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))

	raw, err := os.ReadFile(os.Getenv("ACME_CF_SOLVER_CONFIG"))
	if err != nil {
		log.Error("read config", "err", err)
		os.Exit(1)
	}
	var cfg config
	if err := json.Unmarshal(raw, &cfg); err != nil {
		log.Error("parse config", "err", err)
		os.Exit(1)
	}
	var creds solver.Credentials
	if creds.APIToken, err = readSecret(cfg.APITokenSecretRef); err != nil {
		log.Error("read token secret", "err", err)
		os.Exit(1)
	}
	if creds.APIToken == "" {
		if creds.APIKey, err = readSecret(cfg.APIKeySecretRef); err != nil {
			log.Error("read key secret", "err", err)
			os.Exit(1)
		}
		creds.Email = cfg.Email
	}

	s, err := solver.New(creds, log)
	if err != nil {
		log.Error("init", "err", err)
		os.Exit(1)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()

	zone, fqdn, value := os.Args[2], os.Args[3], os.Args[4]
	switch os.Args[1] {
	case "present":
		err = s.Present(ctx, zone, fqdn, value)
	case "cleanup":
		err = s.CleanUp(ctx, zone, fqdn, value)
	default:
		err = fmt.Errorf("unknown action %q", os.Args[1])
	}
	if err != nil {
		log.Error(os.Args[1], "err", err)
		os.Exit(1)
	}
}
