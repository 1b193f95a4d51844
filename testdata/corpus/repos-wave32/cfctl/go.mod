module github.com/edgeops/cfctl

go 1.22.4

require (
	github.com/aws/aws-sdk-go-v2 v1.30.5
	github.com/aws/aws-sdk-go-v2/config v1.27.33
	github.com/aws/aws-sdk-go-v2/credentials v1.17.32
	github.com/aws/aws-sdk-go-v2/service/s3 v1.61.2
	github.com/cloudflare/cloudflare-go v0.104.0
	github.com/cloudflare/cloudflare-go/v6 v6.1.0
	github.com/dghubble/sling v1.4.2
	github.com/go-resty/resty/v2 v2.14.0
	github.com/hashicorp/go-retryablehttp v0.7.7
	github.com/imroc/req/v3 v3.46.0
	github.com/spf13/cobra v1.8.1
	github.com/spf13/viper v1.19.0
	github.com/valyala/fasthttp v1.55.0
)

require (
	github.com/andybalholm/brotli v1.1.0 // indirect
	github.com/fsnotify/fsnotify v1.7.0 // indirect
	github.com/google/go-querystring v1.1.0 // indirect
	github.com/hashicorp/go-cleanhttp v0.5.2 // indirect
	github.com/inconshreveable/mousetrap v1.1.0 // indirect
	github.com/klauspost/compress v1.17.9 // indirect
	github.com/quic-go/quic-go v0.47.0 // indirect
	github.com/spf13/pflag v1.0.5 // indirect
	github.com/tidwall/gjson v1.17.3 // indirect
	github.com/valyala/bytebufferpool v1.0.0 // indirect
	golang.org/x/net v0.29.0 // indirect
)
