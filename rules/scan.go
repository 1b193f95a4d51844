package rules

import (
	"encoding/binary"
	"path"
	"slices"
	"sort"
	"strings"
	"sync"
)

// Match is one rule hit in a scanned buffer. It holds byte offsets, never a copy
// of the matched bytes: callers that need the value slice it from their buffer
// and redact it (internal/finding).
type Match struct {
	Rule       *Rule
	Start, End int    // byte span of the flagged text in the buffer
	Message    string // human message; never contains the matched secret
	// Confidence is "high" when the match carries proof beyond its shape (a
	// valid checksum, a decoded structure), else "medium".
	Confidence string
}

// Secret reports whether the span is a credential value to be redacted.
func (m Match) Secret() bool { return m.Rule.Secret }

// Options give Scan the context a buffer does not carry itself.
type Options struct {
	// Path is the slash-separated path of the file the buffer comes from. Its
	// extension picks the comment syntax, and "cloudflare" in it counts as
	// Cloudflare context for legacy credential formats.
	Path string
	// ExtraHosts are further Cloudflare API hosts (lowercase), e.g. a
	// corporate API gateway, treated like api.cloudflare.com.
	ExtraHosts []string
}

// Window bounds. Every decision about a match looks at most ContextBytes
// before its start and after its end, and no match is longer than MaxMatchLen,
// so a caller that scans a large input in chunks finds exactly what a
// whole-input scan finds if consecutive chunks overlap by at least Overlap
// bytes and each match is kept only by the chunk that owns its start.
const (
	ContextBytes = 1024
	MaxMatchLen  = 2048
	Overlap      = 2*ContextBytes + 2*MaxMatchLen
)

// Scan runs every text rule over data with default options.
func Scan(data []byte) []Match { return Options{}.Scan(data) }

// Scan runs every text rule over data. Matches are sorted by start offset, then
// rule id, and are unique per (rule, start).
func (o Options) Scan(data []byte) []Match {
	if len(data) == 0 {
		return nil
	}
	if slices.Contains(o.ExtraHosts, "") {
		// An empty host matches everywhere: it would be Cloudflare context
		// for every value, and host searches would never advance.
		o.ExtraHosts = slices.DeleteFunc(slices.Clone(o.ExtraHosts), func(h string) bool { return h == "" })
	}
	regions := prefilterFor(o.ExtraHosts).regions(data)
	if len(regions) == 0 {
		return nil
	}
	s := scanState{data: data, opt: o, kind: fileKindOf(o.Path)}
	s.pathHasCloudflare = strings.Contains(strings.ToLower(o.Path), "cloudflare")
	lower := lowerPool.Get().(*[]byte)
	defer lowerPool.Put(lower)
	*lower = lowerWindows((*lower)[:0], data, regions)
	s.lower = *lower
	for _, r := range regions {
		for _, d := range detectors {
			d(&s, r)
		}
	}
	return s.finish()
}

var lowerPool = sync.Pool{New: func() any { b := make([]byte, 0, 64<<10); return &b }}

// lowerMargin is how far outside its region a detector may read the
// lowercased buffer: a match starts in the region, is at most MaxMatchLen
// long, and its context reaches ContextBytes beyond it (a following line for
// line-based checks: twice that).
const lowerMargin = MaxMatchLen + 2*ContextBytes

// lowerWindows returns an ASCII-lowercased copy of data around the regions
// (each widened by lowerMargin) and zero bytes elsewhere, so that a buffer
// with few anchors costs a clear, not a byte-by-byte lowering. Zero bytes
// match no needle, so a read outside the windows finds nothing rather than
// something stale.
func lowerWindows(dst, data []byte, regions []region) []byte {
	if cap(dst) < len(data) {
		dst = make([]byte, len(data), max(len(data), 2*cap(dst)))
	}
	dst = dst[:len(data)]
	at := 0
	for _, r := range regions {
		lo, hi := max(at, r.start-lowerMargin), min(len(data), r.end+lowerMargin)
		if lo >= hi {
			continue
		}
		clear(dst[at:lo])
		lowerInto(dst[lo:hi], data[lo:hi])
		at = hi
	}
	clear(dst[at:])
	return dst
}

func lowerInto(dst, src []byte) {
	for i, c := range src {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst[i] = c
	}
}

// anchors are the literals (lowercase) whose presence makes a region worth
// running detectors on. Each detector's match lies within ContextBytes of one.
var anchors = []string{
	"cfut_", "cfat_", "cfk_", "cfast_", "cfoat_", "v1.0-", "eyjhijoi",
	"cloudflare", "x-auth-", "cf_", "cf-", "tunnel", "turnstile", "r2_",
}

type region struct{ start, end int }

type scanState struct {
	data, lower       []byte
	opt               Options
	kind              fileKind
	pathHasCloudflare bool
	matches           []Match
}

// A prefilter finds the anchors in a buffer, ignoring ASCII case, at close
// to memory speed: it looks only at the byte pairs at even offsets, in a
// table that holds every case spelling of the pairs an anchor occurrence
// must put at an even offset, and compares whole anchors only where the table
// says one may start. An anchor of three or more bytes puts either its first
// or its second pair at an even offset; a shorter one (a configured host
// only) is looked for after any pair that ends with its first byte.
type prefilter struct {
	pairs   [1 << 16]uint8 // indexed by two bytes, little-endian: pair flags
	byFirst [256][]string  // anchors by their first byte
}

// Pair flags: where an anchor may start relative to the pair at offset p.
const (
	startsAtPair = 1 << iota // at p: the pair is the anchor's first
	startsBefore             // at p-1: the pair is the anchor's second
	startsAfter              // at p+1: the pair ends with a short anchor's first byte
)

func newPrefilter(lits []string) *prefilter {
	p := new(prefilter)
	for _, a := range lits {
		if a == "" {
			continue
		}
		p.byFirst[a[0]] = append(p.byFirst[a[0]], a)
		if len(a) >= 3 {
			p.mark(caseSpellings(a[0]), caseSpellings(a[1]), startsAtPair)
			p.mark(caseSpellings(a[1]), caseSpellings(a[2]), startsBefore)
			continue
		}
		every := make([]byte, 256)
		for i := range every {
			every[i] = byte(i)
		}
		second := every
		if len(a) == 2 {
			second = caseSpellings(a[1])
		}
		p.mark(caseSpellings(a[0]), second, startsAtPair)
		p.mark(every, caseSpellings(a[0]), startsAfter)
	}
	return p
}

func (p *prefilter) mark(first, second []byte, flag uint8) {
	for _, x := range first {
		for _, y := range second {
			p.pairs[uint16(x)|uint16(y)<<8] |= flag
		}
	}
}

// caseSpellings returns the bytes whose ASCII lowercase is c.
func caseSpellings(c byte) []byte {
	if 'a' <= c && c <= 'z' {
		return []byte{c, c - 'a' + 'A'}
	}
	if 'A' <= c && c <= 'Z' {
		return nil // a lowercase needle never matches an uppercase letter
	}
	return []byte{c}
}

var (
	defaultPrefilter = newPrefilter(anchors)
	hostPrefilters   sync.Map // "\x00"-joined ExtraHosts → *prefilter
)

func prefilterFor(extraHosts []string) *prefilter {
	if len(extraHosts) == 0 {
		return defaultPrefilter
	}
	key := strings.Join(extraHosts, "\x00")
	if p, ok := hostPrefilters.Load(key); ok {
		return p.(*prefilter)
	}
	lits := append([]string(nil), anchors...)
	for _, h := range extraHosts {
		lits = append(lits, strings.ToLower(h))
	}
	p, _ := hostPrefilters.LoadOrStore(key, newPrefilter(lits))
	return p.(*prefilter)
}

// regions returns the merged windows of ±(ContextBytes+MaxMatchLen) around
// the anchor occurrences in data, in order.
func (p *prefilter) regions(data []byte) []region {
	var out []region
	last := -1 // last start tried: a start can be proposed twice
	try := func(at int) {
		if at <= last || at < 0 {
			return
		}
		last = at
		if !p.anchorAt(data, at) {
			return
		}
		const reach = ContextBytes + MaxMatchLen
		r := region{max(0, at-reach), min(len(data), at+reach)}
		if n := len(out); n > 0 && r.start <= out[n-1].end {
			out[n-1].end = r.end
			return
		}
		out = append(out, r)
	}
	check := func(at int, f uint8) {
		if f&startsBefore != 0 {
			try(at - 1)
		}
		if f&startsAtPair != 0 {
			try(at)
		}
		if f&startsAfter != 0 {
			try(at + 1)
		}
	}
	t := &p.pairs
	i := 0
	// Four pairs per step; the common case is a step with no flag at all.
	for ; i+8 <= len(data); i += 8 {
		w := binary.LittleEndian.Uint64(data[i:])
		if t[uint16(w)]|t[uint16(w>>16)]|t[uint16(w>>32)]|t[uint16(w>>48)] == 0 {
			continue
		}
		for k := 0; k < 8; k += 2 {
			if f := t[uint16(w>>(8*k))]; f != 0 {
				check(i+k, f)
			}
		}
	}
	for ; i < len(data); i += 2 {
		second := byte(0)
		if i+1 < len(data) {
			second = data[i+1]
		}
		if f := t[uint16(data[i])|uint16(second)<<8]; f != 0 {
			check(i, f)
		}
	}
	return out
}

// anchorAt reports whether an anchor starts at data[at:], ignoring ASCII case.
func (p *prefilter) anchorAt(data []byte, at int) bool {
	if at >= len(data) {
		return false
	}
	c := data[at]
	if 'A' <= c && c <= 'Z' {
		c += 'a' - 'A'
	}
	for _, a := range p.byFirst[c] {
		if len(data)-at >= len(a) && equalLower(data[at:at+len(a)], a) {
			return true
		}
	}
	return false
}

// equalLower reports whether b lowercased (ASCII) equals the lowercase lit.
func equalLower(b []byte, lit string) bool {
	for i := range len(lit) {
		c := b[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lit[i] {
			return false
		}
	}
	return true
}

func (s *scanState) add(r *Rule, start, end int, conf, msg string) {
	if end-start > MaxMatchLen {
		return
	}
	s.matches = append(s.matches, Match{Rule: r, Start: start, End: end, Confidence: conf, Message: msg})
}

func (s *scanState) finish() []Match {
	m := s.matches
	sort.Slice(m, func(i, j int) bool {
		if m[i].Start != m[j].Start {
			return m[i].Start < m[j].Start
		}
		return m[i].Rule.ID < m[j].Rule.ID
	})
	out := m[:0]
	for i, x := range m {
		if i > 0 && x.Start == m[i-1].Start && x.Rule == m[i-1].Rule {
			continue
		}
		// One secret span is one finding: the first (lowest id) rule wins.
		if i > 0 && x.Rule.Secret && len(out) > 0 {
			p := out[len(out)-1]
			if p.Rule.Secret && p.Start == x.Start && p.End == x.End {
				continue
			}
		}
		out = append(out, x)
	}
	return out
}

// fileKind selects comment syntax and prose handling.
type fileKind int

const (
	kindUnknown fileKind = iota
	kindHash             // #-comments: shell, Python, YAML, TOML, Ruby, Terraform, .env …
	kindSlash            // //-comments: Go, JS/TS, Java, C#, Rust …
	kindBoth             // both # and // (Terraform/HCL, PHP)
	kindINI              // ; and #
	kindProse            // Markdown, reStructuredText, plain text, changelogs
	kindDash             // -- comments: SQL, Lua
	kindHTTP             // .http / .rest request files (# and //)
)

func fileKindOf(p string) fileKind {
	base := strings.ToLower(path.Base(p))
	switch base {
	case "dockerfile", "makefile", "containerfile", "procfile", "gemfile", "rakefile", "vagrantfile", ".env", ".envrc", ".netrc", ".npmrc":
		return kindHash
	case "jenkinsfile":
		return kindSlash
	}
	if strings.HasPrefix(base, "changelog") || strings.HasPrefix(base, "changes") || strings.HasPrefix(base, "news") || strings.HasPrefix(base, "history") {
		if ext := path.Ext(base); ext == "" || ext == ".md" || ext == ".txt" || ext == ".rst" {
			return kindProse
		}
	}
	if strings.HasPrefix(base, ".env.") || strings.HasSuffix(base, ".env") || strings.HasPrefix(base, "dockerfile.") {
		return kindHash
	}
	switch path.Ext(base) {
	case ".sh", ".bash", ".zsh", ".fish", ".py", ".rb", ".yaml", ".yml", ".toml", ".pl", ".r", ".ps1", ".psm1",
		".conf", ".cfg", ".properties", ".mk", ".nix", ".cmake", ".tcl", ".ex", ".exs", ".cr", ".jl", ".coffee", ".ipynb":
		return kindHash
	case ".go", ".js", ".mjs", ".cjs", ".jsx", ".ts", ".tsx", ".java", ".kt", ".kts", ".scala", ".cs", ".c", ".h",
		".cc", ".cpp", ".hpp", ".rs", ".swift", ".dart", ".groovy", ".gradle", ".jsonc", ".json5", ".proto", ".zig", ".vue", ".svelte":
		return kindSlash
	case ".tf", ".hcl", ".tfvars", ".php":
		return kindBoth
	case ".ini":
		return kindINI
	case ".md", ".markdown", ".rst", ".txt", ".adoc", ".asciidoc", ".org":
		return kindProse
	case ".sql", ".lua", ".hs":
		return kindDash
	case ".http", ".rest":
		return kindHTTP
	}
	return kindUnknown
}
