package cfapi

import (
	"context"
	"fmt"
	"time"

	"github.com/cloudflare/cloudflare-go"
)

// originCAKey is the "Origin CA Key" from the dashboard (My Profile ->
// API Tokens). It can only issue/revoke origin certificates.
var originCAKey = "{{origin}}"

// IssueOriginCert requests a 15 year origin certificate for the given
// hostnames using a CSR generated on the box.
func IssueOriginCert(ctx context.Context, csrPEM string, hostnames []string) (*cloudflare.OriginCACertificate, error) {
	api, err := cloudflare.NewWithUserServiceKey(originCAKey)
	if err != nil {
		return nil, fmt.Errorf("origin ca client: %w", err)
	}
	cert, err := api.CreateOriginCACertificate(ctx, cloudflare.CreateOriginCertificateParams{
		CSR:             csrPEM,
		Hostnames:       hostnames,
		RequestType:     "origin-rsa",
		RequestValidity: 5475,
	})
	if err != nil {
		return nil, err
	}
	if time.Until(cert.ExpiresOn) < 24*time.Hour {
		return nil, fmt.Errorf("certificate %s expires too soon", cert.ID)
	}
	return cert, nil
}
