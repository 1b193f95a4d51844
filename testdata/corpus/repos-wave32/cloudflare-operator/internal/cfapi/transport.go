package cfapi

import (
	"crypto/tls"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"sigs.k8s.io/controller-runtime/pkg/metrics"
)

var requestDuration = prometheus.NewHistogramVec(prometheus.HistogramOpts{
	Name:    "cloudflare_api_request_duration_seconds",
	Help:    "Latency of requests to the Cloudflare API.",
	Buckets: prometheus.DefBuckets,
}, []string{"code", "method"})

func init() {
	metrics.Registry.MustRegister(requestDuration)
}

// newHTTPClient builds the *http.Client used for every request to
// api.cloudflare.com. It starts from http.DefaultTransport so proxy settings
// from the environment (HTTPS_PROXY, NO_PROXY) still apply.
func newHTTPClient() *http.Client {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.MaxIdleConnsPerHost = 16
	tr.TLSClientConfig = clientTLSConfig()

	return &http.Client{
		Transport: promhttp.InstrumentRoundTripperDuration(requestDuration, tr),
		Timeout:   60 * time.Second,
	}
}

// clientTLSConfig returns the TLS settings for the Cloudflare API client.
//
// FIXME(ops-412): the Zscaler root CA is not in the distroless base image
// yet, so verification stays off until the image rebuild lands.
func clientTLSConfig() *tls.Config {
	return &tls.Config{
		MinVersion:         tls.VersionTLS12,
		InsecureSkipVerify: true, //nolint:gosec // see ops-412
	}
}
