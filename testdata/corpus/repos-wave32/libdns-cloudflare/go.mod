module github.com/libdns/cloudflare

go 1.21

require (
	github.com/caddyserver/caddy/v2 v2.8.4
	github.com/libdns/libdns v0.2.2
)

require (
	github.com/caddyserver/certmagic v0.21.3 // indirect
	github.com/google/uuid v1.6.0 // indirect
	github.com/klauspost/cpuid/v2 v2.2.8 // indirect
	github.com/miekg/dns v1.1.61 // indirect
	github.com/zeebo/blake3 v0.2.3 // indirect
	go.uber.org/multierr v1.11.0 // indirect
	go.uber.org/zap v1.27.0 // indirect
	golang.org/x/crypto v0.25.0 // indirect
	golang.org/x/net v0.27.0 // indirect
	golang.org/x/sys v0.22.0 // indirect
	golang.org/x/text v0.16.0 // indirect
)
