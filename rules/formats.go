package rules

import (
	"fmt"
	"hash/crc32"
	"strings"
	"sync"
)

// A Format is a credential format whose shape alone identifies it: a
// literal prefix, a body of a fixed length from one alphabet, and an
// optional checksum. From one entry come the prefilter anchor (the
// prefix), the detector, the test-credential generator (internal/testcred:
// the {{Kind}} sample placeholder), the verify kind and the docs row. A new
// prefixed format is one entry in Formats plus samples for its rule.
type Format struct {
	Kind     string // sample placeholder and testcred kind: "cfut"
	Prefix   string
	Alphabet string // body characters, ranges as "A-Za-z0-9"
	BodyLen  int
	Checksum Checksum
	Rule     *Rule
	What     string // how messages name it: "Cloudflare user API token"
	Verify   VerifyKind
}

// Checksum is how a format's suffix is computed from its body.
type Checksum int

// Checksums.
const (
	NoChecksum Checksum = iota
	// CRC32Hex is CRC-32 (IEEE) of the body as 8 lowercase hex digits.
	// Cloudflare documents "CRC32"; it matches some published samples and
	// not all, so a match raises confidence and a mismatch drops nothing.
	CRC32Hex
)

// Len is the checksum's length in bytes.
func (c Checksum) Len() int {
	if c == CRC32Hex {
		return 8
	}
	return 0
}

// Of returns the checksum suffix of body.
func (c Checksum) Of(body []byte) string {
	if c == CRC32Hex {
		return PrefixedChecksum(body)
	}
	return ""
}

// VerifyKind is the API check (internal/verify) a format's credentials get.
type VerifyKind int

// Verify kinds.
const (
	NoVerify           VerifyKind = iota
	VerifyUserToken               // GET /user/tokens/verify with Bearer
	VerifyAccountToken            // GET /accounts/{id}/tokens/verify with Bearer
	VerifyGlobalKey               // GET /user with X-Auth-Email and X-Auth-Key
)

// Formats are the 2026 credential formats.
var Formats = []Format{
	{Kind: "cfut", Prefix: "cfut_", Alphabet: "A-Za-z0-9", BodyLen: 40, Checksum: CRC32Hex, Rule: APIToken, What: "Cloudflare user API token", Verify: VerifyUserToken},
	{Kind: "cfat", Prefix: "cfat_", Alphabet: "A-Za-z0-9", BodyLen: 40, Checksum: CRC32Hex, Rule: APIToken, What: "Cloudflare account API token", Verify: VerifyAccountToken},
	{Kind: "cfk", Prefix: "cfk_", Alphabet: "A-Za-z0-9", BodyLen: 40, Checksum: CRC32Hex, Rule: GlobalAPIKey, What: "Cloudflare Global API Key", Verify: VerifyGlobalKey},
	{Kind: "cfast", Prefix: "cfast_", Alphabet: "A-Za-z0-9", BodyLen: 40, Checksum: CRC32Hex, Rule: AccessServiceToken, What: "Cloudflare Access service token secret"},
}

// PrefixedChecksum returns the checksum suffix of a 2026-format credential
// body: CRC-32 (IEEE) of the 40-character body as 8 lowercase hex digits.
func PrefixedChecksum(body []byte) string { return fmt.Sprintf("%08x", crc32.ChecksumIEEE(body)) }

// Len is the length of a credential of the format.
func (f *Format) Len() int { return len(f.Prefix) + f.BodyLen + f.Checksum.Len() }

// body is the format's body alphabet as a class.
func (f *Format) body() *charClass {
	if c, ok := formatClasses.Load(f.Alphabet); ok {
		return c.(*charClass)
	}
	c, _ := formatClasses.LoadOrStore(f.Alphabet, classOf(f.Alphabet))
	return c.(*charClass)
}

var formatClasses sync.Map // Alphabet → *charClass

// Characters returns the body alphabet spelled out, for generators.
func (f *Format) Characters() string {
	var b strings.Builder
	for c, in := range f.body() {
		if in {
			b.WriteByte(byte(c))
		}
	}
	return b.String()
}

// match reports whether v is a credential of the format, and whether its
// checksum is valid.
func (f *Format) match(v []byte) (ok, valid bool) {
	n := len(f.Prefix)
	if len(v) != f.Len() || string(v[:n]) != f.Prefix {
		return false, false
	}
	body, sum := v[n:n+f.BodyLen], v[n+f.BodyLen:]
	if !f.body().all(body) || !lowerHex.all(sum) || IsPlaceholder(body) {
		return false, false
	}
	return true, f.Checksum.Of(body) == string(sum)
}

// A Catalog is the credential formats a scan looks for: Formats, or a
// test's own.
type Catalog struct {
	Formats []Format
	// secretPrefixes are the prefixes of the formats that need no context.
	secretPrefixes []string
	// key names the catalog in prefilter caches.
	key string
}

// DefaultCatalog is the catalog of Formats.
var DefaultCatalog = NewCatalog(Formats...)

// NewCatalog returns a catalog of formats.
func NewCatalog(formats ...Format) *Catalog {
	c := &Catalog{Formats: formats}
	var keys []string
	for _, f := range formats {
		c.secretPrefixes = append(c.secretPrefixes, f.Prefix)
		keys = append(keys, f.Prefix)
	}
	c.secretPrefixes = append(c.secretPrefixes, wranglerPrefix, originCAPrefix)
	c.key = strings.Join(keys, "\x00")
	return c
}

// With returns a catalog of c's formats and more.
func (c *Catalog) With(more ...Format) *Catalog {
	return NewCatalog(append(append([]Format(nil), c.Formats...), more...)...)
}

// FormatOf returns the format of kind, if the catalog has it.
func (c *Catalog) FormatOf(kind string) (*Format, bool) {
	for i := range c.Formats {
		if c.Formats[i].Kind == kind {
			return &c.Formats[i], true
		}
	}
	return nil, false
}

// FormatsMarkdown is the docs table of the catalog's formats.
func (c *Catalog) FormatsMarkdown() string {
	var b strings.Builder
	b.WriteString("| credential | rule | shape | checksum |\n|---|---|---|---|\n")
	for _, f := range c.Formats {
		sum := "none"
		if f.Checksum == CRC32Hex {
			sum = "CRC-32 of the body, 8 lowercase hex (a match raises confidence)"
		}
		fmt.Fprintf(&b, "| %s | [%s](#%s) | `%s` + %d `[%s]` | %s |\n", f.What, f.Rule.ID, strings.ToLower(f.Rule.ID), f.Prefix, f.BodyLen, f.Alphabet, sum)
	}
	return b.String()
}

// VerifyKindOf returns the verify kind of a secret value of rule r: the
// kind of the format it has, or legacy, the rule's kind.
func VerifyKindOf(r *Rule, value []byte) VerifyKind {
	for i := range DefaultCatalog.Formats {
		f := &DefaultCatalog.Formats[i]
		if f.Rule == r && strings.HasPrefix(string(value), f.Prefix) {
			return f.Verify
		}
	}
	switch r {
	case APIToken:
		return VerifyUserToken
	case GlobalAPIKey:
		return VerifyGlobalKey
	}
	return NoVerify
}
