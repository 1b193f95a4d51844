package main

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/netip"
	"os"
	"strings"
	"time"

	"github.com/acme/access-gate/internal/access"
	"github.com/acme/access-gate/internal/realip"
	"gopkg.in/yaml.v3"
)

type fileConfig struct {
	Listen string `yaml:"listen"`
	Access struct {
		TeamDomain string   `yaml:"team_domain"`
		AUD        []string `yaml:"aud"`
	} `yaml:"access"`
	TrustedRangesFile string `yaml:"trusted_ranges_file"`
	Upstream          string `yaml:"upstream"`
}

func loadConfig(path string) (*fileConfig, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var c fileConfig
	if err := yaml.Unmarshal([]byte(os.ExpandEnv(string(b))), &c); err != nil {
		return nil, err
	}
	// AUD may also be supplied as a comma-separated env var.
	if v := os.Getenv("CF_ACCESS_AUD"); v != "" {
		c.Access.AUD = strings.Split(v, ",")
	}
	return &c, nil
}

func loadRanges(path string) []netip.Prefix {
	b, err := os.ReadFile(path)
	if err != nil {
		slog.Warn("no trusted ranges file, CF-* headers will be ignored", "path", path)
		return nil
	}
	var out []netip.Prefix
	for _, line := range strings.Fields(string(b)) {
		if p, err := netip.ParsePrefix(line); err == nil {
			out = append(out, p)
		}
	}
	return out
}

func main() {
	cfgPath := os.Getenv("ACCESS_GATE_CONFIG")
	if cfgPath == "" {
		cfgPath = "config/production.yaml"
	}
	cfg, err := loadConfig(cfgPath)
	if err != nil {
		slog.Error("config", "err", err)
		os.Exit(1)
	}

	v, err := access.NewVerifier(context.Background(), access.Config{
		TeamDomain: cfg.Access.TeamDomain,
		AUD:        cfg.Access.AUD,
		HTTPClient: &http.Client{Timeout: 10 * time.Second},
	})
	if err != nil {
		slog.Error("verifier", "err", err)
		os.Exit(1)
	}
	ranges := loadRanges(cfg.TrustedRangesFile)

	mux := http.NewServeMux()
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(204) })
	mux.Handle("/whoami", v.Middleware(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id, _ := access.FromContext(r.Context())
		edge := realip.FromRequest(r, ranges)
		_ = json.NewEncoder(w).Encode(map[string]any{
			"email":   id.Email,
			"type":    id.Type,
			"ip":      edge.ClientIP.String(),
			"country": edge.Country,
			"ray":     edge.Ray,
		})
	})))

	slog.Info("listening", "addr", cfg.Listen, "team", cfg.Access.TeamDomain)
	srv := &http.Server{Addr: cfg.Listen, Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	if err := srv.ListenAndServe(); err != nil {
		slog.Error("server", "err", err)
		os.Exit(1)
	}
}
