module github.com/acme-platform/edge-sync

go 1.22

require (
	github.com/cloudflare/cloudflare-go/v6 v6.10.0
	github.com/spf13/pflag v1.0.6
	gopkg.in/yaml.v3 v3.0.1
)

require (
	github.com/tidwall/gjson v1.18.0 // indirect
	github.com/tidwall/match v1.1.1 // indirect
	github.com/tidwall/pretty v1.2.1 // indirect
	github.com/tidwall/sjson v1.2.5 // indirect
)
