package cmd

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"fmt"
	"os"

	"github.com/cloudflare/cloudflare-go"
	"github.com/spf13/cobra"
	"github.com/spf13/viper"
)

var originCmd = &cobra.Command{
	Use:   "origin-cert HOSTNAME...",
	Short: "Issue a Cloudflare Origin CA certificate for the hostnames",
	Args:  cobra.MinimumNArgs(1),
	RunE:  runOriginCert,
}

func init() {
	originCmd.Flags().String("origin-ca-key", "", "Origin CA key (env CF_ORIGIN_CA_KEY)")
	originCmd.Flags().Int("days", 5475, "validity in days: 7, 30, 90, 365, 730, 1095 or 5475")
	originCmd.Flags().String("out", "origin", "file prefix for <out>.pem and <out>.key")
	_ = viper.BindPFlag("origin-ca-key", originCmd.Flags().Lookup("origin-ca-key"))
	rootCmd.AddCommand(originCmd)
}

func runOriginCert(cmd *cobra.Command, args []string) error {
	days, _ := cmd.Flags().GetInt("days")
	out, _ := cmd.Flags().GetString("out")

	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return err
	}
	csrDER, err := x509.CreateCertificateRequest(rand.Reader, &x509.CertificateRequest{
		Subject:  pkix.Name{CommonName: args[0]},
		DNSNames: args,
	}, key)
	if err != nil {
		return err
	}
	csrPEM := pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE REQUEST", Bytes: csrDER})

	api, err := cloudflare.NewWithUserServiceKey(viper.GetString("origin-ca-key"))
	if err != nil {
		return err
	}
	cert, err := api.CreateOriginCACertificate(cmd.Context(), cloudflare.CreateOriginCertificateParams{
		CSR:             string(csrPEM),
		Hostnames:       args,
		RequestType:     "origin-ecc",
		RequestValidity: days,
	})
	if err != nil {
		return fmt.Errorf("origin ca: %w", err)
	}

	keyDER, err := x509.MarshalECPrivateKey(key)
	if err != nil {
		return err
	}
	if err := os.WriteFile(out+".key", pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: keyDER}), 0o600); err != nil {
		return err
	}
	if err := os.WriteFile(out+".pem", []byte(cert.Certificate), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(cmd.OutOrStdout(), "wrote %s.pem (id %s, expires %s)\n", out, cert.ID, cert.ExpiresOn.Format("2006-01-02"))
	return nil
}
