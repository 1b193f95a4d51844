module github.com/ferrous-sec/cf-audit

go 1.23

require github.com/cloudflare/cloudflare-go/v4 v4.1.0

require (
	github.com/tidwall/gjson v1.18.0 // indirect
	github.com/tidwall/match v1.1.1 // indirect
	github.com/tidwall/pretty v1.2.1 // indirect
	github.com/tidwall/sjson v1.2.5 // indirect
)
