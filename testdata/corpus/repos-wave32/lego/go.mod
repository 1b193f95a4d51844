module github.com/go-acme/lego/v4

go 1.22.0

require (
	github.com/cenkalti/backoff/v4 v4.3.0
	github.com/cloudflare/cloudflare-go v0.104.0
	github.com/go-jose/go-jose/v4 v4.0.4
	github.com/miekg/dns v1.1.62
	github.com/stretchr/testify v1.9.0
	github.com/urfave/cli/v2 v2.27.4
	golang.org/x/crypto v0.27.0
	golang.org/x/net v0.29.0
)

require (
	github.com/davecgh/go-spew v1.1.1 // indirect
	github.com/goccy/go-json v0.10.3 // indirect
	github.com/google/go-querystring v1.1.0 // indirect
	github.com/hashicorp/go-cleanhttp v0.5.2 // indirect
	github.com/hashicorp/go-retryablehttp v0.7.7 // indirect
	github.com/pmezard/go-difflib v1.0.0 // indirect
	golang.org/x/time v0.6.0 // indirect
	gopkg.in/yaml.v3 v3.0.1 // indirect
)
