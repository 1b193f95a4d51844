// Package headers collects the HTTP header names dnsctl reads or writes so
// the redacting logger can scrub them in one place.
package headers

const (
	// Cloudflare API authentication
	Authorization   = "Authorization"
	AuthEmail       = "X-Auth-Email"
	AuthKey         = "X-Auth-Key"
	UserServiceKey  = "X-Auth-User-Service-Key"
	AccessClientID  = "CF-Access-Client-Id"
	AccessClientSec = "CF-Access-Client-Secret"

	// OpenStack Swift
	SwiftAuthUser  = "X-Auth-User"
	SwiftAuthToken = "X-Auth-Token"
	SwiftStorage   = "X-Storage-Url"

	// Cloudflare response metadata
	RayID       = "CF-Ray"
	CacheStatus = "CF-Cache-Status"
)

// Sensitive lists the headers whose values must never be logged.
var Sensitive = map[string]bool{
	Authorization:   true,
	AuthKey:         true,
	UserServiceKey:  true,
	AccessClientSec: true,
	SwiftAuthToken:  true,
}

// Redact returns "[redacted]" for sensitive headers.
func Redact(name, value string) string {
	if Sensitive[name] {
		return "[redacted]"
	}
	return value
}
