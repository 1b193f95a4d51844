package sdk

import (
	"context"

	"github.com/cloudflare/cloudflare-go/v4"
	"github.com/cloudflare/cloudflare-go/v4/dns"
)

type zoneService struct{ service *cloudflare.Client }

func (z zoneService) create(ctx context.Context, p dns.RecordNewParams) {
	z.service.DNS.Records.New(ctx, p)
	z.service.Zones.ListAutoPaging(ctx, nil)
	z.service.Workers.Scripts.Update(ctx, "name", nil)
	z.service.Addressing.RegionalHostnames.New(ctx, nil)
}
