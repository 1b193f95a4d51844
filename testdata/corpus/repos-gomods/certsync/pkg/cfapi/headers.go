package cfapi

// Header names used by the v4 API.
const (
	HeaderAuthKey        = "X-Auth-Key"
	HeaderAuthEmail      = "X-Auth-Email"
	HeaderUserServiceKey = "X-Auth-User-Service-Key"
	HeaderContentType    = "Content-Type"
)
