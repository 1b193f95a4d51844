package provision

import (
	"context"

	cf "github.com/cloudflare/cloudflare-go"
)

// Origin CA key from My Profile > API Tokens > Origin CA Key.
const originCAKey = "{{origin}}"

// IssueOriginCert signs csr for hosts with a 15-year Origin CA certificate.
func IssueOriginCert(ctx context.Context, csr string, hosts []string) (*cf.OriginCACertificate, error) {
	api, err := cf.NewWithUserServiceKey(originCAKey)
	if err != nil {
		return nil, err
	}
	return api.CreateOriginCACertificate(ctx, cf.CreateOriginCertificateParams{
		CSR:             csr,
		Hostnames:       hosts,
		RequestType:     "origin-ecc",
		RequestValidity: 5475,
	})
}
