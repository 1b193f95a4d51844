// Package apiops is the table of Cloudflare API v4 operations — method,
// path template, operation id, the generated SDKs' group and method names,
// the auth schemes each accepts and the API-token permission groups any one
// of which suffices — taken from Cloudflare's OpenAPI schema
// (cloudflare/api-schemas) into operations.tsv and generated into Go.
//
// Concrete paths and URLs are matched to path templates by a trie of path
// segments: a literal segment before a parameter, as the API routes them.
package apiops

//go:generate go run gen.go

import (
	"net/url"
	"strings"
)

// Auth is a set of auth schemes an operation accepts.
type Auth uint8

// Auth schemes.
const (
	AuthToken      Auth = 1 << iota // an API token (Authorization: Bearer)
	AuthGlobalKey                   // the Global API Key with the account email (X-Auth-Key, X-Auth-Email)
	AuthServiceKey                  // an Origin CA user service key
)

// Operation is one row of the table.
type Operation struct {
	Method      string // GET, POST, …
	Path        string // template under /client/v4, e.g. /zones/{zone_id}/dns_records
	ID          string // operationId
	SDKGroup    string // x-fern-sdk-group-name, e.g. dns.records; "" when none
	SDKMethod   string // x-fern-sdk-method-name, e.g. create; "" when none
	Auth        Auth
	TokenGroups []string // any one suffices; nil when the schema names none
	Deprecated  bool
	HandAdded   bool // not from the schema but added by hand (lower confidence)
}

// AcceptsToken reports whether an API token can call the operation.
func (o *Operation) AcceptsToken() bool { return o.Auth&AuthToken != 0 }

// GlobalKeyOnly reports whether the operation accepts only the Global API
// Key: its security offers nothing else and it names no token group (an
// operation whose security says Global key only but that names token
// groups, as GET /user does, is Disputed).
func (o *Operation) GlobalKeyOnly() bool { return o.Auth == AuthGlobalKey && len(o.TokenGroups) == 0 }

// Disputed reports whether the schema contradicts itself on the
// operation: its security accepts only the Global API Key, yet it names
// API-token permission groups.
func (o *Operation) Disputed() bool { return o.Auth == AuthGlobalKey && len(o.TokenGroups) > 0 }

// Operations returns the table's rows, sorted by path and method.
func Operations() []Operation { return operations }

// APIPrefix is the path under which the API's operations live.
const APIPrefix = "/client/v4"

// Wild stands for a path segment known only at run time (a variable in the
// code), which can match only a template parameter.
const Wild = "\x00"

type node struct {
	lit   map[string]*node
	param *node
	ops   map[string]*Operation // by method
	path  string                // the template ending here
}

var root = build()

func build() *node {
	r := &node{}
	for i := range operations {
		op := &operations[i]
		n := r
		for _, seg := range splitPath(op.Path) {
			if strings.HasPrefix(seg, "{") && strings.HasSuffix(seg, "}") {
				if n.param == nil {
					n.param = &node{}
				}
				n = n.param
				continue
			}
			if n.lit == nil {
				n.lit = map[string]*node{}
			}
			c := n.lit[seg]
			if c == nil {
				c = &node{}
				n.lit[seg] = c
			}
			n = c
		}
		if n.ops == nil {
			n.ops = map[string]*Operation{}
		}
		n.ops[op.Method] = op
		n.path = op.Path
	}
	return r
}

func splitPath(p string) []string {
	p = strings.Trim(p, "/")
	if p == "" {
		return nil
	}
	return strings.Split(p, "/")
}

// Template returns the path template that segs (as APIPath gives them)
// match, and the operations there by method; "" when none matches. A literal
// segment is tried as a literal before as a parameter.
func Template(segs []string) (string, map[string]*Operation) {
	n := match(root, segs)
	if n == nil {
		return "", nil
	}
	return n.path, n.ops
}

func match(n *node, segs []string) *node {
	if len(segs) == 0 {
		if n.ops != nil {
			return n
		}
		return nil
	}
	s := segs[0]
	if s != Wild {
		if c := n.lit[s]; c != nil {
			if m := match(c, segs[1:]); m != nil {
				return m
			}
		}
	}
	if n.param != nil && s != "" {
		return match(n.param, segs[1:])
	}
	return nil
}

// Lookup returns the operation that method on the concrete path or URL
// calls (`https://api.cloudflare.com/client/v4/zones/023e…/dns_records`,
// `/client/v4/zones/…`, `/zones/…`), or nil.
func Lookup(method, pathOrURL string) *Operation {
	segs, ok := APIPath(pathOrURL)
	if !ok {
		return nil
	}
	_, ops := Template(segs)
	return ops[strings.ToUpper(method)]
}

// APIPath splits a URL or path into the segments under /client/v4: the
// scheme and host, the /client/v4 prefix, the query and the fragment are
// dropped. A URL with a host must have the /client/v4 prefix.
func APIPath(s string) ([]string, bool) {
	if i := strings.IndexAny(s, "?#"); i >= 0 {
		s = s[:i]
	}
	hasHost := false
	if i := strings.Index(s, "://"); i >= 0 {
		u, err := url.Parse(s)
		if err != nil {
			return nil, false
		}
		s = u.EscapedPath()
		hasHost = true
	}
	if rest, ok := strings.CutPrefix(s, APIPrefix); ok && (rest == "" || rest[0] == '/') {
		s = rest
	} else if hasHost {
		return nil, false
	}
	segs := splitPath(s)
	for i, seg := range segs {
		if u, err := url.PathUnescape(seg); err == nil {
			segs[i] = u
		}
	}
	return segs, len(segs) > 0
}
