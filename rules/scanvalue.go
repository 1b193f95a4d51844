package rules

import (
	"slices"
	"strings"
)

// ValueContext is what a Go analyzer knows of a string constant that the
// constant's bytes do not say: the Cloudflare sink it reaches, or else the
// name it is declared under.
type ValueContext struct {
	// Sink is the Cloudflare SDK argument the value is passed as
	// (SinkToken, SinkKey, SinkServiceKey), SinkHeaderValue when it is
	// sent as the value of Header, or SinkNone.
	Sink Sink
	// Header is the request header a SinkHeaderValue is sent as. An
	// Authorization value counts as sent to the Cloudflare API: the
	// analyzer passes it only for a request that goes there.
	Header string
	// Name is the name of the constant the value is declared as ("" for
	// none).
	Name string
	// SDKFile is set when the value's file imports a Cloudflare SDK.
	SDKFile bool
}

// valueFacts is a ValueContext as the detectors ask about it.
type valueFacts struct {
	key        string // the normalized name the value is assigned to or passed as (keyBefore)
	cloudflare bool   // Cloudflare context (cfContext)
	apiHost    bool   // sent to a Cloudflare API host (nearAPIHost)
	anchored   bool   // the context holds an anchor: the whole value is a region
}

// The normalized setting names of the SDK auth sinks, which the name
// heuristics judge as they judge the same settings in any file.
const (
	tokenSinkKey      = "cloudflareapitoken"
	keySinkKey        = "cloudflareapikey"
	serviceKeySinkKey = "cloudflareorigincakey"
)

func (c ValueContext) facts(value []byte, cat *Catalog, extraHosts []string) valueFacts {
	var f valueFacts
	switch c.Sink {
	case SinkToken:
		f.key, f.cloudflare = tokenSinkKey, true
	case SinkKey:
		f.key, f.cloudflare = keySinkKey, true
	case SinkServiceKey:
		f.key, f.cloudflare = serviceKeySinkKey, true
	case SinkHeaderValue:
		switch {
		case strings.EqualFold(c.Header, AuthorizationHeader):
			// `Authorization: Bearer <token>` to the API; a value that
			// holds its own "Bearer " names its token itself.
			f.key, f.cloudflare, f.apiHost = "bearer", true, true
			if len(value) > len("bearer ") && strings.EqualFold(string(value[:len("bearer ")]), "bearer ") {
				f.key = normalizeKey(AuthorizationHeader)
			}
		case headerRule(c.Header) == GlobalKeyAuth:
			f.key, f.cloudflare = keySinkKey, true
		case headerRule(c.Header) == UserServiceKeyAuth:
			f.key, f.cloudflare = serviceKeySinkKey, true
		default:
			f.key = normalizeKey(c.Header)
		}
	}
	if f.key == "" && !strings.ContainsAny(c.Name, "\n\"") {
		f.key = normalizeKey(c.Name)
	}
	if c.SDKFile || strings.Contains(strings.ToLower(c.Name), "cloudflare") {
		f.cloudflare = true
	}
	names := c.Name + " " + c.Header
	f.anchored = f.cloudflare || len(anchorSearch(cat, extraHosts).Index([]byte(names))) > 0
	return f
}

// headerRule is the auth-method rule of an auth header, nil for another.
func headerRule(name string) *Rule {
	for _, h := range AuthHeaders {
		if strings.EqualFold(h.Name, name) {
			return h.Rule
		}
	}
	return nil
}

// ScanValue runs the credential rules over one string value whose context
// the caller knows from the program rather than from text around it (the Go
// analyzers: the SDK argument or header it reaches, its constant's name). It
// returns the secret matches, in value offsets, sorted as Scan's.
func (o Options) ScanValue(value []byte, ctx ValueContext) []Match {
	if len(value) == 0 {
		return nil
	}
	cat := o.catalog()
	o.ExtraHosts = slices.DeleteFunc(slices.Clone(o.ExtraHosts), func(h string) bool { return h == "" })
	facts := ctx.facts(value, cat, o.ExtraHosts)
	rs := regionSet{n: len(value)}
	if facts.anchored {
		rs.Add(0)
	}
	anchorSearch(cat, o.ExtraHosts).Find(value, &rs)
	if len(rs.out) == 0 {
		return nil
	}
	s := scanState{data: value, opt: o, cat: cat, kind: fileKindOf(o.Path), val: &facts}
	s.pathHasCloudflare = cloudflarePath(strings.ToLower(o.Path))
	s.lower = lowerWindows(nil, value, rs.out)
	for _, r := range rs.out {
		for _, d := range secretDetectors {
			d(&s, r)
		}
	}
	return s.finish()
}
