// Package realip extracts the client address and edge metadata that
// Cloudflare adds to proxied requests.
package realip

import (
	"net"
	"net/http"
	"net/netip"
)

const (
	HeaderConnectingIP = "CF-Connecting-IP"
	HeaderConnectingV6 = "CF-Connecting-IPv6" // only with Pseudo IPv4 enabled
	HeaderRay          = "CF-Ray"
	HeaderCountry      = "CF-IPCountry"
	HeaderVisitor      = "CF-Visitor"
)

// Edge describes the request as seen by the Cloudflare edge.
type Edge struct {
	ClientIP netip.Addr
	Ray      string
	Country  string // ISO 3166-1 alpha-2, "XX" unknown, "T1" Tor
}

// Trusted reports whether the TCP peer is inside one of the given
// Cloudflare ranges (loaded from https://www.cloudflare.com/ips-v4 / ips-v6
// at deploy time). Headers from untrusted peers are ignored because anyone
// can send "CF-Connecting-IP: 1.2.3.4" directly to the origin.
func Trusted(r *http.Request, ranges []netip.Prefix) bool {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return false
	}
	peer, err := netip.ParseAddr(host)
	if err != nil {
		return false
	}
	for _, p := range ranges {
		if p.Contains(peer.Unmap()) {
			return true
		}
	}
	return false
}

func FromRequest(r *http.Request, ranges []netip.Prefix) Edge {
	e := Edge{Country: "XX"}
	host, _, _ := net.SplitHostPort(r.RemoteAddr)
	e.ClientIP, _ = netip.ParseAddr(host)

	if !Trusted(r, ranges) {
		return e
	}
	if ip, err := netip.ParseAddr(r.Header.Get(HeaderConnectingIP)); err == nil {
		e.ClientIP = ip
	}
	e.Ray = r.Header.Get(HeaderRay)
	if c := r.Header.Get(HeaderCountry); c != "" {
		e.Country = c
	}
	return e
}
