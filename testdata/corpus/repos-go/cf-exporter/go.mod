module github.com/lighthouse-ops/cf-exporter

go 1.22

require (
	github.com/cloudflare/cloudflare-go v0.116.0
	github.com/prometheus/client_golang v1.20.5
)
