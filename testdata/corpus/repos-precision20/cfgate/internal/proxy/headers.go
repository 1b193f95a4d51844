package proxy

// Header names the gateway cares about. Callers inside the cluster are not
// allowed to bring their own Cloudflare credentials: whatever they send in
// these headers is removed before the request is forwarded, and the
// gateway's own scoped token is attached instead.
const (
	HeaderAuthorization  = "Authorization"
	HeaderAuthKey        = "X-Auth-Key"
	HeaderAuthEmail      = "X-Auth-Email"
	HeaderUserServiceKey = "X-Auth-User-Service-Key"
	HeaderCaller         = "X-Cfgate-Caller"
	HeaderRequestID      = "X-Request-Id"
)

// StrippedHeaders are deleted from every inbound request before it is
// proxied upstream.
var StrippedHeaders = []string{
	HeaderAuthorization,
	HeaderAuthKey,
	HeaderAuthEmail,
	HeaderUserServiceKey,
	"Cookie",
	"Proxy-Authorization",
}

// hopByHop headers are also dropped by httputil, listed here for the
// response path.
var hopByHop = []string{
	"Connection", "Keep-Alive", "Proxy-Connection", "Te", "Trailer",
	"Transfer-Encoding", "Upgrade",
}
