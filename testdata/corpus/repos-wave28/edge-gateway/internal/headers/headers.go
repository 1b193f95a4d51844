// Package headers collects HTTP header names the gateway treats specially.
package headers

import "strings"

// Cloudflare API authentication headers.
const (
	// AuthEmail is the legacy e-mail header paired with the Global API Key.
	AuthEmail = "X-Auth-Email"
	// AuthKey carries the legacy Global API Key.
	AuthKey = "X-Auth-Key"
	// UserServiceKey carries an Origin CA key.
	UserServiceKey = "X-Auth-User-Service-Key"
	// Authorization carries "Bearer <api token>".
	Authorization = "Authorization"
)

// Cloudflare Access service token headers.
const (
	AccessClientID     = "CF-Access-Client-Id"
	AccessClientSecret = "CF-Access-Client-Secret"
	AccessJWT          = "Cf-Access-Jwt-Assertion"
)

// Request metadata added by the Cloudflare edge.
const (
	ConnectingIP = "CF-Connecting-IP"
	Ray          = "CF-Ray"
	IPCountry    = "CF-IPCountry"
)

// credential lists every header whose value is a credential.
var credential = map[string]struct{}{
	strings.ToLower(AuthEmail):          {},
	strings.ToLower(AuthKey):            {},
	strings.ToLower(UserServiceKey):     {},
	strings.ToLower(Authorization):      {},
	strings.ToLower(AccessClientID):     {},
	strings.ToLower(AccessClientSecret): {},
	strings.ToLower(AccessJWT):          {},
	"cookie":                            {},
}

// IsCredential reports whether the named header carries a credential and
// must therefore be stripped before logging or forwarding.
func IsCredential(name string) bool {
	_, ok := credential[strings.ToLower(name)]
	return ok
}
