package transport

// A gateway configured as a Cloudflare API host in the plugin settings.
const gateway = "http://cf-gateway.example.com/client/v4" // want `CF301: Cloudflare API URL uses plain http:// \(cf-gateway.example.com\)`
