package cfapi

import "github.com/cloudflare/cloudflare-go/v4/option"

// API endpoints per cluster profile.
//
// Airgap clusters have no direct egress. They reach Cloudflare through the
// Envoy egress listener on the node, which is configured with an
// UpstreamTlsContext and originates TLS itself, so pods send plain HTTP.
const (
	publicBaseURL = "https://api.cloudflare.com/client/v4/"
	airgapBaseURL = "http://api.cloudflare.com/client/v4/"
)

// BaseURLOption selects the API endpoint for the cluster profile.
func BaseURLOption(profile string) option.RequestOption {
	if profile == "airgap" {
		return option.WithBaseURL(airgapBaseURL)
	}
	return option.WithBaseURL(publicBaseURL)
}
