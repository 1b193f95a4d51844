module github.com/acme-infra/cf-dns-operator

go 1.22.5

toolchain go1.22.8

require (
	github.com/cloudflare/cloudflare-go v0.107.0
	github.com/go-logr/logr v1.4.2
	github.com/prometheus/client_golang v1.20.4
	k8s.io/api v0.31.1
	k8s.io/apimachinery v0.31.1
	k8s.io/client-go v0.31.1
	sigs.k8s.io/controller-runtime v0.19.0
)

require (
	github.com/beorn7/perks v1.0.1 // indirect
	github.com/cespare/xxhash/v2 v2.3.0 // indirect
	github.com/cloudflare/circl v1.4.0 // indirect
	github.com/davecgh/go-spew v1.1.2-0.20180830191138-d8f796af33cc // indirect
	github.com/goccy/go-json v0.10.3 // indirect
	github.com/google/go-querystring v1.1.0 // indirect
	github.com/hashicorp/go-cleanhttp v0.5.2 // indirect
	github.com/hashicorp/go-retryablehttp v0.7.7 // indirect
	golang.org/x/net v0.30.0 // indirect
	golang.org/x/time v0.7.0 // indirect
)

// circl v1.4.1 broke the arm64 build of our cgo-free image; revisit after 1.5.0
replace github.com/cloudflare/circl => github.com/cloudflare/circl v1.4.0
