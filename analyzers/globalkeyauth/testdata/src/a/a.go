package a

import (
	"net/http"
	"os"

	cf "github.com/cloudflare/cloudflare-go"
)

const (
	authKeyHeader   = "X-Auth-Key"
	authEmailHeader = "X-Auth-Email"
	// Folded header name.
	svcHeader = "X-Auth-" + "User-Service-Key"
)

func rawHTTP(req *http.Request, key, email string) {
	req.Header.Set("X-Auth-Key", key) // want `CF201: request authenticates with the Global API Key \(X-Auth-Key\); use a scoped API token`
	req.Header.Set(authEmailHeader, email)
	req.Header.Add(authKeyHeader, key)       // want `CF201: request authenticates with the Global API Key`
	req.Header["X-AUTH-KEY"] = []string{key} // want `CF201: request authenticates with the Global API Key`
	req.Header.Set(svcHeader, key)           // want `CF202: request authenticates with an Origin CA user service key`
	h := http.Header{
		"x-auth-key": {key}, // want `CF201: request authenticates with the Global API Key`
	}
	_ = h
}

func v0() {
	api, _ := cf.New(os.Getenv("CF_API_KEY"), os.Getenv("CF_API_EMAIL")) // want `CF201: cloudflare.New authenticates with the Global API Key`
	api.SetAuthType(cf.AuthKeyEmail)                                     // want `CF201: SetAuthType\(cloudflare.AuthKeyEmail\) selects Global API Key auth`
	api.SetAuthType(cf.AuthToken)
	api.APIKey = os.Getenv("CF_API_KEY") // want `CF201: setting cloudflare.API.APIKey`
	api.APIEmail = ""
	_, _ = cf.NewWithUserServiceKey(os.Getenv("CF_API_USER_SERVICE_KEY"))    // want `CF202: cloudflare.NewWithUserServiceKey`
	_ = cf.API{APIEmail: "ops@example.com"}                                  // want `CF201: setting cloudflare.API.APIEmail`
	_ = cf.API{APIKey: os.Getenv("CF_API_KEY"), APIEmail: "ops@example.com"} // want `CF201: setting cloudflare.API.APIKey`
}

// The key and its email set on one client: one site, one finding.
func v0Fields(api *cf.API) {
	api.APIEmail = os.Getenv("CF_API_EMAIL")
	api.APIKey = os.Getenv("CF_API_KEY") // want `CF201: setting cloudflare.API.APIKey`
}

// Token-only paths are not findings.
func tokenOnly() {
	api, _ := cf.NewWithAPIToken(os.Getenv("CLOUDFLARE_API_TOKEN"))
	api.SetAuthType(cf.AuthToken)
	req, _ := http.NewRequest("GET", "https://api.cloudflare.com/client/v4/user/tokens/verify", nil)
	req.Header.Set("Authorization", "Bearer "+os.Getenv("CLOUDFLARE_API_TOKEN"))
}

// Both auth modes, as lego and external-dns support them.
func either(token, key, email string) (*cf.API, error) {
	if token != "" {
		return cf.NewWithAPIToken(token)
	}
	return cf.New(key, email) // want `CF201: cloudflare.New`
}

// A wrapper that sets headers is found by its name and arguments.
type client struct{ h http.Header }

func (c *client) SetHeader(name, value string) { c.h.Set(name, value) }

func viaWrapper(c *client, key string) {
	c.SetHeader("X-Auth-Key", key) // want `CF201: request authenticates with the Global API Key`
}

// cfauthlint:ignore CF201 -- migrating off the Global API Key in TICKET-1
func suppressed(req *http.Request, key string) { req.Header.Set("X-Auth-Key", key) }

// scrub overwrites the key before the headers are logged: not a use.
func scrub(h http.Header) {
	h["X-Auth-Key"] = []string{"***"}
	h.Set("X-Auth-Key", "[REDACTED]")
	h["X-Auth-Key"] = []string{"k"} // want `CF201: request authenticates with the Global API Key`
}
