package cmd

import (
	"crypto/subtle"
	"fmt"
	"log"
	"net"
	"net/http"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/edgeops/cfctl/internal/api"
)

// `cfctl serve` runs a tiny DynDNS-style endpoint for routers that can only
// send an HTTP GET with a shared key (FRITZ!Box custom DynDNS, OpenWrt ddns).
//
//	curl -H "X-Auth-Key: $DDNS_SHARED_KEY" "http://127.0.0.1:8053/update?ip=203.0.113.7"
var serveCmd = &cobra.Command{
	Use:   "serve",
	Short: "Run the DDNS update endpoint for the edge routers",
	RunE:  runServe,
}

func init() {
	serveCmd.Flags().String("listen", "127.0.0.1:8053", "listen address")
	_ = viper.BindPFlag("serve.listen", serveCmd.Flags().Lookup("listen"))
}

func runServe(cmd *cobra.Command, args []string) error {
	sharedKey := viper.GetString("serve.shared-key") // CF_SERVE_SHARED_KEY
	if sharedKey == "" {
		return fmt.Errorf("serve.shared-key is not set")
	}

	mux := http.NewServeMux()
	mux.Handle("/update", ddnsHandler(sharedKey))
	srv := &http.Server{
		Addr:              viper.GetString("serve.listen"),
		Handler:           mux,
		ReadHeaderTimeout: 5 * time.Second,
	}
	log.Printf("ddns endpoint on http://%s/update", srv.Addr)
	return srv.ListenAndServe()
}

// ddnsHandler authenticates the router by its shared key, sent in the
// X-Auth-Key header (or ?key= for routers that cannot set headers).
func ddnsHandler(sharedKey string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		got := r.Header.Get("X-Auth-Key")
		if got == "" {
			got = r.URL.Query().Get("key")
		}
		if subtle.ConstantTimeCompare([]byte(got), []byte(sharedKey)) != 1 {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}

		ip := net.ParseIP(r.URL.Query().Get("ip"))
		if ip == nil || ip.To4() == nil {
			http.Error(w, "bad ip", http.StatusBadRequest)
			return
		}
		if err := api.UpdateDDNS(r.Context(), ip.String()); err != nil {
			log.Printf("ddns update failed: %v", err)
			http.Error(w, "update failed", http.StatusBadGateway)
			return
		}
		fmt.Fprintln(w, "good", ip)
	}
}
