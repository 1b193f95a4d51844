package origin

import (
	"context"

	"github.com/cloudflare/cloudflare-go"
)

// Issue requests an Origin CA certificate for the given hostnames.
func Issue(ctx context.Context, csr string, hosts []string) (*cloudflare.OriginCACertificate, error) {
	api, err := cloudflare.NewWithUserServiceKey("{{origin}}")
	if err != nil {
		return nil, err
	}
	return api.CreateOriginCACertificate(ctx, cloudflare.CreateOriginCertificateParams{
		CSR: csr, Hostnames: hosts, RequestType: "origin-rsa", RequestValidity: 5475,
	})
}
