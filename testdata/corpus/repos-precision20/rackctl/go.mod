module github.com/northbeam-infra/rackctl

go 1.22.5

require github.com/cloudflare/cloudflare-go/v4 v4.2.0

require (
	github.com/tidwall/gjson v1.14.4 // indirect
	github.com/tidwall/match v1.1.1 // indirect
	github.com/tidwall/pretty v1.2.1 // indirect
	github.com/tidwall/sjson v1.2.5 // indirect
)
