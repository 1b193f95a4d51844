package rules

import (
	"path"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/cfauthlint/cfauthlint/internal/literal"
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
	// Offset is the offset of the buffer's first byte in its file, for a
	// caller that scans a file in windows: long lines are cut at the same
	// file offsets in every window (see lineStart).
	Offset int64
	// Catalog is the credential formats to look for; nil means
	// DefaultCatalog.
	Catalog *Catalog
}

func (o *Options) catalog() *Catalog {
	if o.Catalog == nil {
		return DefaultCatalog
	}
	return o.Catalog
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
	m, _ := o.ScanFind(data, nil)
	return m
}

// ScanFind is Scan that also returns what lits.Index(data) returns, found in
// the same pass over data as the anchors (lits may be nil): a caller that
// looks for its own markers in every buffer it scans, such as suppression
// directives, saves a second search of the whole buffer.
func (o Options) ScanFind(data []byte, lits *Literals) ([]Match, []int) {
	if len(data) == 0 {
		return nil, nil
	}
	if slices.Contains(o.ExtraHosts, "") {
		// An empty host matches everywhere: it would be Cloudflare context
		// for every value, and host searches would never advance.
		o.ExtraHosts = slices.DeleteFunc(slices.Clone(o.ExtraHosts), func(h string) bool { return h == "" })
	}
	var rs []region
	var found []int
	cat := o.catalog()
	if lits == nil {
		rs = regions(anchorSearch(cat, o.ExtraHosts), data)
	} else {
		rs, found = lits.split(cat, o.ExtraHosts, data)
	}
	if len(rs) == 0 {
		return nil, found
	}
	s := scanState{data: data, opt: o, cat: cat, kind: fileKindOf(o.Path)}
	s.pathHasCloudflare = strings.Contains(strings.ToLower(o.Path), "cloudflare")
	lower := lowerPool.Get().(*[]byte)
	defer lowerPool.Put(lower)
	*lower = lowerWindows((*lower)[:0], data, rs)
	s.lower = *lower
	for _, r := range rs {
		for _, d := range detectors {
			d(&s, r)
		}
	}
	return s.finish(), found
}

// lowerCapHint bounds the capacity lowerWindows takes from its input: a
// little more than the scanner's windows (internal/scanner DefaultChunkSize
// plus overlap).
const lowerCapHint = 1<<20 + 16<<10

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
//
// A buffer too short is replaced by one as large as data's capacity (the
// scanner's window buffer), up to lowerCapHint, not by doubling: each
// doubling left the last buffer as garbage (bench/NOTES.md), and a fresh
// buffer's pages cost nothing until they are written. (The bound keeps a short slice of a huge buffer from
// allocating the huge buffer's size.)
func lowerWindows(dst, data []byte, regions []region) []byte {
	if cap(dst) < len(data) {
		dst = make([]byte, len(data), max(len(data), min(cap(data), lowerCapHint), 2*cap(dst)))
	}
	dst = dst[:len(data)]
	at := 0
	for _, r := range regions {
		lo, hi := max(at, r.start-lowerMargin), min(len(data), r.end+lowerMargin)
		if lo >= hi {
			continue
		}
		clear(dst[at:lo])
		literal.Lower(dst[lo:hi], data[lo:hi])
		at = hi
	}
	clear(dst[at:])
	return dst
}

// anchorKeywords are the literals, besides the catalog's secret prefixes,
// the auth header names and configured hosts (anchorLits), whose presence
// makes a region worth running detectors on: each detector's match lies
// within ContextBytes of one.
var anchorKeywords = []string{
	tunnelTokenPrefix, // a tunnel token's base64 JSON start
	"cloudflare",      // hosts, SDK packages, tool and setting names
	"x-auth-",         // the auth headers and X-Auth-Email
	"cf_", "cf-",      // setting names (CF_API_TOKEN, CF-Access-Client-Secret)
	"tunnel",    // tunnel credential files (TunnelSecret)
	"turnstile", // Turnstile secret keys' names
	"r2_",       // R2 secret access keys' names
}

// anchorLits are the anchors of a catalog with extraHosts, lowercase: an
// auth header holding no other anchor is one too.
func anchorLits(cat *Catalog, extraHosts []string) []string {
	var lits []string
	for _, l := range slices.Concat(cat.secretPrefixes, anchorKeywords) {
		lits = append(lits, strings.ToLower(l))
	}
	for _, h := range AuthHeaders {
		name := strings.ToLower(h.Name)
		if !slices.ContainsFunc(lits, func(a string) bool { return strings.Contains(name, a) }) {
			lits = append(lits, name)
		}
	}
	for _, h := range extraHosts {
		lits = append(lits, strings.ToLower(h))
	}
	return lits
}

type region struct{ start, end int }

type scanState struct {
	data, lower       []byte
	opt               Options
	cat               *Catalog
	kind              fileKind
	pathHasCloudflare bool
	matches           []Match
	// val is what ScanValue's caller knows of the value being scanned
	// (nil for Scan).
	val *valueFacts

	// prose remembers proseLine's last answer: every anchor of a line asks
	// the same question of the same bytes.
	prose struct {
		ls, le      int
		isProse, ok bool
	}
	// comment remembers where the comment of the last line window starts.
	comment struct {
		ls, le, at int
		ok         bool
	}
	// noNewline is a stretch of data known to hold no newline.
	noNewline struct{ lo, hi int }
	// lineFacts remembers, for the last line window, where each set of
	// lineNeedles first ends (lineHasBefore).
	lineFacts struct {
		ls, le   int
		firstEnd []int
	}
}

var (
	defaultAnchors = literal.New(anchorLits(DefaultCatalog, nil)...)
	anchorSearches sync.Map // searchKey → *literal.Search
)

// searchKey names a catalog with extra hosts in search caches.
func searchKey(cat *Catalog, extraHosts []string) string {
	return cat.key + "\x01" + strings.Join(extraHosts, "\x00")
}

// anchorSearch is the search for the anchors of a catalog with extraHosts.
func anchorSearch(cat *Catalog, extraHosts []string) *literal.Search {
	if cat == DefaultCatalog && len(extraHosts) == 0 {
		return defaultAnchors
	}
	key := searchKey(cat, extraHosts)
	if p, ok := anchorSearches.Load(key); ok {
		return p.(*literal.Search)
	}
	p, _ := anchorSearches.LoadOrStore(key, literal.New(anchorLits(cat, extraHosts)...))
	return p.(*literal.Search)
}

// regionSet collects the merged windows of ±(ContextBytes+MaxMatchLen)
// around anchor occurrences. Occurrences arrive almost in order (at most
// literal.MaxPairOffset+1 bytes back), so a new window can only touch the
// last ones.
type regionSet struct {
	out []region
	n   int // len(data)
}

func (rs *regionSet) Add(at int) {
	const reach = ContextBytes + MaxMatchLen
	r := region{max(0, at-reach), min(rs.n, at+reach)}
	k := len(rs.out)
	if k == 0 || r.start > rs.out[k-1].end {
		rs.out = append(rs.out, r)
		return
	}
	last := &rs.out[k-1]
	last.start, last.end = min(last.start, r.start), max(last.end, r.end)
	for k >= 2 && rs.out[k-2].end >= rs.out[k-1].start {
		rs.out[k-2].end = max(rs.out[k-2].end, rs.out[k-1].end)
		rs.out = rs.out[:k-1]
		k--
	}
}

// regions returns the merged windows of ±(ContextBytes+MaxMatchLen) around
// the occurrences of a's literals in data, in order.
func regions(a *literal.Search, data []byte) []region {
	rs := regionSet{n: len(data)}
	a.Find(data, &rs)
	return rs.out
}

// Literals finds a fixed set of literals in text, ignoring ASCII case, with
// the anchors' search (internal/literal): for callers that look for their
// own markers, such as suppression directives, in every buffer they scan
// (ScanFind).
type Literals struct {
	s        *literal.Search
	plain    atomic.Pointer[literal.Pair] // withAnchors for DefaultCatalog and no hosts
	combined sync.Map                     // searchKey → *literal.Pair (withAnchors)
}

// NewLiterals returns a finder for lits (three bytes or longer find fastest).
func NewLiterals(lits ...string) *Literals { return &Literals{s: literal.New(lits...)} }

// withAnchors returns the one-pass search for the anchors with extraHosts
// and l's literals.
func (l *Literals) withAnchors(cat *Catalog, extraHosts []string) *literal.Pair {
	plain := cat == DefaultCatalog && len(extraHosts) == 0
	if s := l.plain.Load(); plain && s != nil {
		return s
	}
	key := searchKey(cat, extraHosts)
	if s, ok := l.combined.Load(key); ok {
		return s.(*literal.Pair)
	}
	v, _ := l.combined.LoadOrStore(key, literal.Join(anchorSearch(cat, extraHosts), l.s))
	s := v.(*literal.Pair)
	if plain {
		l.plain.Store(s)
	}
	return s
}

// split returns the anchors' regions and the literals' starts in data.
func (l *Literals) split(cat *Catalog, extraHosts []string, data []byte) ([]region, []int) {
	rs := regionSet{n: len(data)}
	var found hitList
	l.withAnchors(cat, extraHosts).Find(data, &rs, &found)
	slices.Sort(found)
	return rs.out, slices.Compact(found)
}

// Index returns the offsets in data at which one of the literals starts,
// ignoring ASCII case, in increasing order (nil if none).
func (l *Literals) Index(data []byte) []int { return l.s.Index(data) }

type hitList []int

func (h *hitList) Add(at int) { *h = append(*h, at) }

// rarestPair returns the offset of lit's rarest pair (len(lit) >= 2) for a
// search over regions: not a pair of an anchor (regions are made of
// anchors' surroundings: "cloudflare" is in every Cloudflare client line),
// where lit has another, else the rarest in source text.
func rarestPair(lit string) int {
	score := func(k int) int {
		if anchorPairs[[2]byte{lit[k], lit[k+1]}] {
			return 1 << 10
		}
		return literal.PairLog(lit[k], lit[k+1])
	}
	best := 0
	for k := 1; k+1 < len(lit); k++ {
		if score(k) < score(best) {
			best = k
		}
	}
	return best
}

// anchorPairs are the byte pairs of the default anchors.
var anchorPairs = func() map[[2]byte]bool {
	m := map[[2]byte]bool{}
	for _, a := range defaultAnchors.Literals() {
		for k := 0; k+1 < len(a); k++ {
			m[[2]byte{a[k], a[k+1]}] = true
		}
	}
	return m
}()

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

// IsProse reports whether path names a prose file (Markdown, reStructuredText,
// plain text, changelogs), where text quoting code is documentation.
func IsProse(path string) bool { return fileKindOf(path) == kindProse }

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
