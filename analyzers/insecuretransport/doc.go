// Package insecuretransport defines an analyzer that reports plain-HTTP
// Cloudflare API URLs (CF301) and TLS verification switched off for
// Cloudflare API traffic (CF302).
//
// # Analyzer insecuretransport
//
// insecuretransport: report insecure transport to the Cloudflare API.
//
//   - String constants (literals, named constants and folded
//     concatenations) that hold a Cloudflare API URL (host
//     api.cloudflare.com or api.staging.cloudflare.com, parsed, any case,
//     any port) over http://.
//   - url.URL{Scheme: "http", Host: "api.cloudflare.com", …} literals.
//   - Base-URL overrides given to cloudflare.BaseURL(…) (v0) or
//     option.WithBaseURL(…) (v2+) over http:// to any host but loopback
//     (a local mock server).
//   - A tls.Config with InsecureSkipVerify: true that reaches the
//     *http.Client given to cloudflare.HTTPClient or option.WithHTTPClient,
//     or that is built in a function which calls a Cloudflare API URL.
//
// Where the http:// is in a literal right there, a suggested fix rewrites
// it to https://.
package insecuretransport
