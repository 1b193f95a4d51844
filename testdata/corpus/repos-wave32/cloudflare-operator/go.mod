module github.com/tunnelworks/cloudflare-operator

go 1.22.0

require (
	github.com/cloudflare/cloudflare-go/v4 v4.2.0
	github.com/go-logr/logr v1.4.2
	github.com/hashicorp/vault/api v1.15.0
	github.com/onsi/ginkgo/v2 v2.20.2
	github.com/onsi/gomega v1.34.2
	github.com/prometheus/client_golang v1.20.4
	github.com/stretchr/testify v1.9.0
	k8s.io/api v0.31.1
	k8s.io/apimachinery v0.31.1
	k8s.io/client-go v0.31.1
	sigs.k8s.io/controller-runtime v0.19.0
)

require (
	github.com/hashicorp/go-cleanhttp v0.5.2 // indirect
	github.com/hashicorp/go-retryablehttp v0.7.7 // indirect
	github.com/tidwall/gjson v1.17.3 // indirect
	github.com/tidwall/match v1.1.1 // indirect
	github.com/tidwall/pretty v1.2.1 // indirect
	github.com/tidwall/sjson v1.2.5 // indirect
)
