module example.com/dnsbot

go 1.22

require github.com/cloudflare/cloudflare-go v0.116.0

require (
	github.com/goccy/go-json v0.10.5 // indirect
	github.com/google/go-querystring v1.1.0 // indirect
	github.com/hashicorp/go-cleanhttp v0.5.2 // indirect
	github.com/hashicorp/go-retryablehttp v0.7.7 // indirect
	golang.org/x/net v0.33.0 // indirect
	golang.org/x/time v0.9.0 // indirect
)
