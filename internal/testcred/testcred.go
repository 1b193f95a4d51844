// Package testcred generates fake Cloudflare credentials of the right shapes
// at test time, so that no secret-shaped value is committed to the repository.
//
// Every value is random (seeded by the caller for reproducibility) and is
// never a real credential.
package testcred

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/cfauthlint/cfauthlint/rules"
)

const (
	alnum    = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	tokenSet = alnum + "_-"
	hexSet   = "0123456789abcdef"
)

// Gen makes fake credentials from a deterministic random source. It is safe
// for concurrent use (tests share one across goroutines); values are then
// drawn in whatever order the goroutines ask.
type Gen struct{ r *rand.Rand }

// New returns a generator seeded with seed.
func New(seed uint64) *Gen {
	return &Gen{rand.New(&lockedSource{src: rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)})}
}

// lockedSource serialises a rand.Source: rand.Rand's methods only call
// Uint64, so locking it makes the whole Rand safe.
type lockedSource struct {
	mu  sync.Mutex
	src rand.Source
}

func (s *lockedSource) Uint64() uint64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.src.Uint64()
}

func (g *Gen) pick(set string, n int) string {
	for {
		b := make([]byte, n)
		for i := range b {
			b[i] = set[g.r.IntN(len(set))]
		}
		if !rules.IsPlaceholder(b) {
			return string(b)
		}
	}
}

// mixed returns n characters from set that contain a digit, a lower and an
// upper case letter (as real tokens do).
func (g *Gen) mixed(set string, n int) string {
	for {
		s := g.pick(set, n)
		if strings.ContainsAny(s, "0123456789") && strings.ContainsAny(s, "abcdefghijklmnopqrstuvwxyz") && strings.ContainsAny(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
			return s
		}
	}
}

// Prefixed returns a credential of the default catalog's format with
// prefix (cfut_, cfk_, …): prefix + 40 alphanumerics + the CRC-32 checksum.
func (g *Gen) Prefixed(prefix string) string {
	for i := range rules.DefaultCatalog.Formats {
		if f := &rules.DefaultCatalog.Formats[i]; f.Prefix == prefix {
			return g.Format(f)
		}
	}
	body := g.mixed(alnum, 40)
	return prefix + body + rules.PrefixedChecksum([]byte(body))
}

// Format returns a fresh credential of format f, checksum included.
func (g *Gen) Format(f *rules.Format) string {
	body := g.pick(f.Characters(), f.BodyLen)
	if strings.ContainsAny(f.Characters(), "0123456789") && strings.ContainsAny(f.Characters(), "abcdefghijklmnopqrstuvwxyz") && strings.ContainsAny(f.Characters(), "ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
		body = g.mixed(f.Characters(), f.BodyLen) // as real tokens are
	}
	return f.Prefix + body + f.Checksum.Of([]byte(body))
}

// Hex returns n random lowercase hex digits with at least one digit and letter.
func (g *Gen) Hex(n int) string {
	for {
		s := g.pick(hexSet, n)
		if strings.ContainsAny(s, "0123456789") && strings.ContainsAny(s, "abcdef") {
			return s
		}
	}
}

// Legacy40 returns a 40-character legacy API token.
func (g *Gen) Legacy40() string {
	for {
		s := g.mixed(tokenSet, 40)
		if s[0] != '-' && s[0] != '_' {
			return s
		}
	}
}

// OriginCAKey returns a v1.0- user service key.
func (g *Gen) OriginCAKey() string { return "v1.0-" + g.Hex(24) + "-" + g.Hex(146) }

// TunnelSecret returns a base64 32-byte tunnel secret.
func (g *Gen) TunnelSecret() string {
	b := make([]byte, 32)
	for i := range b {
		b[i] = byte(g.r.IntN(256))
	}
	return base64.StdEncoding.EncodeToString(b)
}

// UUID returns a random version-4 UUID.
func (g *Gen) UUID() string {
	h := g.Hex(32)
	return fmt.Sprintf("%s-%s-4%s-a%s-%s", h[:8], h[8:12], h[13:16], h[17:20], h[20:32])
}

// TunnelToken returns a cloudflared tunnel token (base64 JSON a/s/t).
func (g *Gen) TunnelToken() string {
	b, _ := json.Marshal(struct {
		A string `json:"a"`
		T string `json:"t"`
		S string `json:"s"`
	}{g.Hex(32), g.UUID(), g.TunnelSecret()})
	// cloudflared orders the fields a, t, s; the token starts eyJhIjoi either way.
	return base64.StdEncoding.EncodeToString(b)
}

// Turnstile returns a Turnstile-shaped secret key.
func (g *Gen) Turnstile() string { return "0x4AAAAAAA" + g.mixed(tokenSet[:62], 22) }

// WranglerOAuth returns a cfoat_ token.
func (g *Gen) WranglerOAuth() string {
	return "cfoat_" + g.mixed(tokenSet, 43) + "." + g.mixed(tokenSet, 43)
}

// GitHubPAT returns a ghp_ token (another vendor's, for negative samples).
func (g *Gen) GitHubPAT() string { return "ghp_" + g.mixed(alnum, 36) }

// Make returns a fresh value of the named kind, as used in {{kind}}
// placeholders, and whether the kind is known.
func (g *Gen) Make(kind string) (string, bool) { return g.MakeFrom(rules.DefaultCatalog, kind) }

// MakeFrom is Make with the formats of cat: a format's Kind is a
// placeholder kind.
func (g *Gen) MakeFrom(cat *rules.Catalog, kind string) (string, bool) {
	if f, ok := cat.FormatOf(kind); ok {
		return g.Format(f), true
	}
	switch kind {
	case "cfoat":
		return g.WranglerOAuth(), true
	case "tok40":
		return g.Legacy40(), true
	case "hex32":
		return g.Hex(32), true
	case "hex37":
		return g.Hex(37), true
	case "hex40":
		return g.Hex(40), true
	case "hex64":
		return g.Hex(64), true
	case "origin":
		return g.OriginCAKey(), true
	case "tunnel":
		return g.TunnelToken(), true
	case "tunnelsecret":
		return g.TunnelSecret(), true
	case "turnstile":
		return g.Turnstile(), true
	case "ghp":
		return g.GitHubPAT(), true
	case "uuid":
		return g.UUID(), true
	}
	return "", false
}

var placeholderRE = regexp.MustCompile(`\{\{([a-z0-9]+)\}\}`)

// Expand replaces every known {{kind}} placeholder in text with a fresh value
// and returns the values in order. Unknown {{…}} (template syntax of the file
// being imitated) is left alone.
func (g *Gen) Expand(text string) (string, []string) { return g.ExpandFrom(rules.DefaultCatalog, text) }

// ExpandFrom is Expand with the formats of cat.
func (g *Gen) ExpandFrom(cat *rules.Catalog, text string) (string, []string) {
	var values []string
	out := placeholderRE.ReplaceAllStringFunc(text, func(m string) string {
		v, ok := g.MakeFrom(cat, m[2:len(m)-2])
		if !ok {
			return m
		}
		values = append(values, v)
		return v
	})
	return out, values
}

var templateRE = regexp.MustCompile(`\{\{([a-z0-9]+)(?:#([A-Za-z0-9_]+))?(?:\[([0-9]*):([0-9]*)\])?\}\}`)

// ExpandTemplate expands the placeholders of a test template with values
// seeded by name (the same name gives the same values): {{kind}} is a
// fresh value of a kind (cfut, tok40, hex37, …); {{kind#label}} is one
// value reused wherever the same label appears; {{kind#label[i:j]}} is a
// slice of it, to split a credential across a concatenation. It returns
// the text and the whole values it made.
func ExpandTemplate(name, text string) (string, []string) {
	h := fnv.New64a()
	h.Write([]byte(name))
	g := New(h.Sum64())
	named := map[string]string{}
	var values []string
	out := templateRE.ReplaceAllStringFunc(text, func(m string) string {
		sm := templateRE.FindStringSubmatch(m)
		kind, label := sm[1], sm[2]
		v, ok := named[kind+"#"+label]
		if !ok || label == "" {
			if v, ok = g.Make(kind); !ok {
				return m
			}
			values = append(values, v)
			if label != "" {
				named[kind+"#"+label] = v
			}
		}
		if sm[3] != "" || sm[4] != "" {
			i, j := 0, len(v)
			if sm[3] != "" {
				i, _ = strconv.Atoi(sm[3])
			}
			if sm[4] != "" {
				j, _ = strconv.Atoi(sm[4])
			}
			if i > j || j > len(v) {
				return m
			}
			v = v[i:j]
		}
		return v
	})
	return out, values
}
