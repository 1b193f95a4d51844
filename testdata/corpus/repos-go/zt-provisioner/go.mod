module example.com/zt-provisioner

go 1.22

require (
	github.com/aws/aws-sdk-go-v2 v1.32.7
	github.com/aws/aws-sdk-go-v2/credentials v1.17.48
	github.com/aws/aws-sdk-go-v2/service/s3 v1.71.1
	github.com/cloudflare/cloudflare-go/v6 v6.10.0
)
