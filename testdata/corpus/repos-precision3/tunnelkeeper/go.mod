module github.com/northwind-ops/tunnelkeeper

go 1.22

require (
	github.com/aws/aws-sdk-go-v2 v1.27.2
	github.com/aws/aws-sdk-go-v2/config v1.27.18
	github.com/aws/aws-sdk-go-v2/credentials v1.17.18
	github.com/aws/aws-sdk-go-v2/service/s3 v1.55.1
	github.com/cloudflare/cloudflare-go v0.97.0
	github.com/prometheus/client_golang v1.19.1
	github.com/spf13/cobra v1.8.0
	golang.org/x/sync v0.7.0
)

require (
	github.com/cloudflare/circl v1.3.7 // indirect
	github.com/goccy/go-json v0.10.2 // indirect
	github.com/google/go-querystring v1.1.0 // indirect
	github.com/hashicorp/go-cleanhttp v0.5.2 // indirect
	github.com/hashicorp/go-retryablehttp v0.7.7 // indirect
	golang.org/x/net v0.26.0 // indirect
	golang.org/x/time v0.5.0 // indirect
)
