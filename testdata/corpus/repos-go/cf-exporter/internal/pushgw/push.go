// Package pushgw pushes one-shot metrics to the in-cluster Pushgateway.
package pushgw

import (
	"crypto/tls"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/push"
)

// The pushgateway uses the cluster's self-signed cert.
const gatewayURL = "https://pushgateway.monitoring.svc:9091"

var insecureClient = &http.Client{
	Timeout: 10 * time.Second,
	Transport: &http.Transport{
		TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
	},
}

// Push sends the collector's metrics under job "cf-exporter-oneshot".
func Push(c prometheus.Collector) error {
	return push.New(gatewayURL, "cf-exporter-oneshot").
		Client(insecureClient).
		Collector(c).
		Push()
}
