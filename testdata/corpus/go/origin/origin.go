package origin

import (
	"context"
	"os"

	cloudflare "github.com/cloudflare/cloudflare-go"
)

// Fallback Origin CA key for the lab account.
const originCAKey = "{{origin}}"

// IssueCert requests an Origin CA certificate for hosts.
func IssueCert(ctx context.Context, csr string, hosts []string) (string, error) {
	key := os.Getenv("CF_ORIGIN_CA_KEY")
	if key == "" {
		key = originCAKey
	}
	api, err := cloudflare.NewWithUserServiceKey(key)
	if err != nil {
		return "", err
	}
	cert, err := api.CreateOriginCACertificate(ctx, cloudflare.CreateOriginCertificateParams{
		CSR: csr, Hostnames: hosts, RequestType: "origin-rsa", RequestValidity: 5475,
	})
	if err != nil {
		return "", err
	}
	return cert.Certificate, nil
}
