package rules

import (
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/cfauthlint/cfauthlint/internal/literal"
)

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
	"type r2",   // DuckDB's CREATE SECRET (TYPE R2, KEY_ID …, SECRET …)
	"r2://",     // a Logpush R2 destination_conf (…&secret-access-key=…)
	"[r2]",      // an aws credentials or rclone profile named r2
	// process-wide TLS switches, judged by the Cloudflare client near them
	// (wrangler, which is no anchor: workers-sdk says it everywhere)
	"tls_reject", // NODE_TLS_REJECT_UNAUTHORIZED
	// cloudflare-rs credentials, whose `use cloudflare::…` may be far above
	"credentials::userauth",
	"cfauth", // Posh-ACME's Cloudflare plugin args (CFAuthKey, CFAuthKeySecure, CFAuthEmail)
	// the API's token object (a recorded POST /user/tokens answer, whose
	// request URL may be headers away): its policies' permission groups
	"permission_groups",
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
