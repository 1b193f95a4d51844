module github.com/acme-ops/tunnelctl

go 1.22.0

toolchain go1.22.9

require (
	github.com/cloudflare/cloudflare-go v0.112.0
	github.com/spf13/cobra v1.8.1
	google.golang.org/protobuf v1.35.2
	gopkg.in/dnaeon/go-vcr.v4 v4.0.2
	gopkg.in/yaml.v3 v3.0.1
)

require (
	github.com/goccy/go-json v0.10.3 // indirect
	github.com/google/go-querystring v1.1.0 // indirect
	github.com/hashicorp/go-cleanhttp v0.5.2 // indirect
	github.com/hashicorp/go-retryablehttp v0.7.7 // indirect
	github.com/inconshreveable/mousetrap v1.1.0 // indirect
	github.com/spf13/pflag v1.0.5 // indirect
	golang.org/x/net v0.31.0 // indirect
	golang.org/x/text v0.20.0 // indirect
	golang.org/x/time v0.8.0 // indirect
)
