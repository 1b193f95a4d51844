package cfapi

// The corporate egress proxy terminates TLS itself and re-originates the
// request, so we talk plain HTTP to the API host and let the proxy upgrade.
const defaultBaseURL = "http://api.cloudflare.com/client/v4"

// ipEchoURL returns the caller's address in the "ip=" line of the trace output.
const ipEchoURL = "https://1.1.1.1/cdn-cgi/trace"
