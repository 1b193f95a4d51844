package cf

import (
	"context"
	"os"

	"github.com/cloudflare/cloudflare-go/v6"
	"github.com/cloudflare/cloudflare-go/v6/option"
	"github.com/cloudflare/cloudflare-go/v6/origin_ca_certificates"
)

// OriginCerts lists origin certificates for a zone. The origin CA
// endpoints still accept the user service key, which is what the cert
// rotation job has in its secret mount.
func OriginCerts(ctx context.Context, zoneID string) ([]origin_ca_certificates.OriginCACertificate, error) {
	client := cloudflare.NewClient(
		option.WithUserServiceKey(os.Getenv("CLOUDFLARE_API_USER_SERVICE_KEY")),
	)
	page, err := client.OriginCACertificates.List(ctx, origin_ca_certificates.OriginCACertificateListParams{
		ZoneID: cloudflare.F(zoneID),
	})
	if err != nil {
		return nil, err
	}
	return page.Result, nil
}
