// Package hosts sends X-Auth-Key to several APIs: Cloudflare context
// decides which are CF201.
package hosts

import "net/http"

// The request goes to the Cloudflare API.
func zones(key string) {
	req, _ := http.NewRequest("GET", "https://api.cloudflare.com/client/v4/zones", nil)
	req.Header.Set("X-Auth-Key", key) // want `CF201: request authenticates with the Global API Key`
}

// The request goes to another vendor's host: never CF201, even with an email beside it.
func zilore(key, email string) {
	req, _ := http.NewRequest("GET", "https://api.zilore.com/dns/v1/domains", nil)
	req.Header.Set("X-Auth-Email", email)
	req.Header.Set("X-Auth-Key", key)
}

// An X-Auth-Email partner in the same function: Cloudflare's key + email.
func do(req *http.Request, key, email string) {
	req.Header.Set("X-Auth-Email", email)
	req.Header.Set("X-Auth-Key", key) // want `CF201: request authenticates with the Global API Key`
}

// An unknown host, built from a variable with Cloudflare naming.
func list(cloudflareBase, key string) {
	req, _ := http.NewRequest("GET", cloudflareBase+"/zones", nil)
	req.Header.Set("X-Auth-Key", key) // want `CF201: request authenticates with the Global API Key`
}

// A host behind a variable: the URL is unknown and the function names no
// Cloudflare, but the package calls the Cloudflare API.
func other(base, key string) {
	req, _ := http.NewRequest("GET", base+"/records", nil)
	req.Header.Set("X-Auth-Key", key) // want `CF201: request authenticates with the Global API Key`
}
