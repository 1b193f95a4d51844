package a

import (
	"net/http"
	"net/url"

	cloudflare "github.com/cloudflare/cloudflare-go"
	"github.com/cloudflare/cloudflare-go/v6/option"
)

const api = "http://api.cloudflare.com/client/v4" // want `CF301: Cloudflare API URL uses plain http:// \(api.cloudflare.com\); use https://`

const (
	scheme  = "http://"
	host    = "API.Cloudflare.COM"
	staging = scheme + host + "/client/v4" // want `CF301: Cloudflare API URL uses plain http://`
)

var verify = "HTTP://api.staging.cloudflare.com:80/client/v4/user/tokens/verify" // want `CF301: Cloudflare API URL uses plain http://`

func get() (*http.Response, error) {
	return http.Get("http://api.cloudflare.com/client/v4/zones") // want `CF301: Cloudflare API URL uses plain http://`
}

var u = url.URL{Scheme: "http", Host: "api.cloudflare.com", Path: "/client/v4"} // want `CF301: url.URL for the Cloudflare API \(api.cloudflare.com\) uses scheme http; use https`

const plainScheme = "http"

var u2 = &url.URL{Host: "api.cloudflare.com:80", Scheme: plainScheme} // want `CF301: url.URL for the Cloudflare API`

func clients() {
	cloudflare.New("", "", cloudflare.BaseURL("http://cf-gateway.internal.example/client/v4")) // want `CF301: Cloudflare API base URL given to cloudflare.BaseURL uses plain http:// \(cf-gateway.internal.example\)`
	_ = option.WithBaseURL("http://127.0.0.1:8787/client/v4")
	_ = option.WithBaseURL("https://api.cloudflare.com/client/v4/")
}

// Not findings: https, look-alike hosts, other Cloudflare sites, comments.
var (
	secure   = "https://api.cloudflare.com/client/v4"
	lookLike = "http://api.cloudflare.com.evil.example/client/v4"
	www      = "http://www.cloudflare.com/"
	other    = url.URL{Scheme: "http", Host: "example.com"}
)

// http://api.cloudflare.com in a comment is not a request.
