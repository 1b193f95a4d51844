module github.com/kestrel-labs/acme-cf-solver

go 1.22

require github.com/cloudflare/cloudflare-go v0.104.0

require (
	github.com/goccy/go-json v0.10.3 // indirect
	github.com/google/go-querystring v1.1.0 // indirect
	golang.org/x/net v0.27.0 // indirect
	golang.org/x/text v0.16.0 // indirect
	golang.org/x/time v0.5.0 // indirect
)
