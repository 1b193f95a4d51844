package rules

import (
	"encoding/binary"
	"math/bits"
	"path"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
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
	var regions []region
	var found []int
	cat := o.catalog()
	if lits == nil {
		regions = prefilterFor(cat, o.ExtraHosts).regions(data)
	} else {
		regions, found = lits.withAnchors(cat, o.ExtraHosts).split(data)
	}
	if len(regions) == 0 {
		return nil, found
	}
	s := scanState{data: data, opt: o, cat: cat, kind: fileKindOf(o.Path)}
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
		lowerInto(dst[lo:hi], data[lo:hi])
		at = hi
	}
	clear(dst[at:])
	return dst
}

// lowerInto writes src ASCII-lowercased to dst (as long), eight bytes at a
// time: a dense region (a Cloudflare client file) is lowercased whole.
func lowerInto(dst, src []byte) {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	i := 0
	for ; i+8 <= len(src); i += 8 {
		w := binary.LittleEndian.Uint64(src[i:])
		low7 := w &^ highs
		// High bit of each byte: its low 7 bits are >= 'A' and <= 'Z', and
		// the byte is ASCII; that bit shifted to 0x20 lowercases it.
		upper := (low7 + ones*(0x80-'A')) &^ (low7 + ones*(0x80-'Z'-1)) &^ w & highs
		binary.LittleEndian.PutUint64(dst[i:], w|upper>>2)
	}
	for ; i < len(src); i++ {
		c := src[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst[i] = c
	}
}

// anchors are the literals (lowercase) whose presence makes a region worth
// running detectors on. Each detector's match lies within ContextBytes of one.
// rare and other are the offsets of the byte pairs of the anchor that the
// prefilter looks up (see prefilter): rare is the pair the vector search
// looks for (the rarest, or a rare one another anchor shares: "cf"), other
// the rarest pair at the other parity, which the scalar search at even
// offsets needs as well. Rarity is by pair counts over GOROOT/src,
// bench/gencorpus's mixed corpus and its log file. (The first two pairs
// made "return", "function" and "for" candidates: twice the anchor compares.)
var anchors = []struct {
	lit         string
	rare, other int
}{
	{"cfut_", 0, 3}, {"cfat_", 0, 3}, {"cfk_", 0, 1}, {"cfast_", 0, 1}, {"cfoat_", 0, 1},
	{"v1.0-", 3, 0}, {"eyjhijoi", 2, 1}, {"cloudflare", 4, 5}, {"x-auth-", 5, 0},
	{"cf_", 0, 1}, {"cf-", 0, 1}, {"tunnel", 2, 3}, {"turnstile", 2, 5}, {"r2_", 1, 0},
}

type region struct{ start, end int }

type scanState struct {
	data, lower       []byte
	opt               Options
	cat               *Catalog
	kind              fileKind
	pathHasCloudflare bool
	matches           []Match

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

// A prefilter finds the anchors in a buffer, ignoring ASCII case, at close
// to memory speed. Where the CPU has AVX2 a vector search looks for each
// anchor's rare pair at every offset (vectorMasks, prefilter_amd64.s), and
// the scalar search below does the last bytes; elsewhere the scalar search
// does all. The scalar search looks only at the byte pairs at even offsets, in a
// table of every case spelling of two pairs of each anchor, one at an even
// and one at an odd offset within it (so that one of them lands on an even
// offset wherever the anchor starts), and compares whole anchors only where
// the table says one may start. An anchor of fewer than three bytes (a
// configured host only) is looked for after any pair that ends with its
// first byte.
type prefilter struct {
	hit     [1 << 16]uint8  // indexed by two bytes, little-endian: 1 if some anchor may be near
	starts  [1 << 16]uint16 // the same pairs: bit k set: an anchor may start k bytes before; startsAfter: one after
	byFirst [256][]anchorLit
	vec     *[6][32]byte // vector search tables (vectorMasks)
}

// startsAfter marks a pair that may be followed by a short anchor.
const startsAfter = 1 << 15

// maxPairOffset bounds the pair offsets a starts bit can say.
const maxPairOffset = 14

// anchorLit is an anchor with its first (up to) four bytes as a
// little-endian word, to compare four bytes in one go.
type anchorLit struct {
	lit        string
	head, fold uint32 // head: the first bytes; fold: 0x20 where they are letters
	keep       uint32 // the bytes of the word that belong to the anchor
}

func newAnchorLit(lit string) anchorLit {
	l := anchorLit{lit: lit}
	for i := range min(4, len(lit)) {
		c := lit[i]
		l.head |= uint32(c) << (8 * i)
		l.keep |= 0xff << (8 * i)
		if 'a' <= c && c <= 'z' {
			l.fold |= 0x20 << (8 * i)
		}
	}
	return l
}

// at reports whether the anchor starts at data[i:], ignoring ASCII case.
// Setting bit 5 of a byte maps exactly the two spellings of a letter to its
// lowercase, so the word compare needs no loop.
func (l *anchorLit) at(data []byte, i int) bool {
	if len(data)-i < len(l.lit) {
		return false
	}
	if len(data)-i >= 4 {
		if (binary.LittleEndian.Uint32(data[i:])|l.fold)&l.keep != l.head {
			return false
		}
		return len(l.lit) <= 4 || equalLower(data[i+4:i+len(l.lit)], l.lit[4:])
	}
	return equalLower(data[i:i+len(l.lit)], l.lit)
}

type pairChoice struct {
	lit         string
	rare, other int
}

func newPrefilter(lits []pairChoice) *prefilter {
	p := new(prefilter)
	var vec []pairSet
	every := make([]byte, 256)
	for i := range every {
		every[i] = byte(i)
	}
	for _, a := range lits {
		if a.lit == "" {
			continue
		}
		p.byFirst[a.lit[0]] = append(p.byFirst[a.lit[0]], newAnchorLit(a.lit))
		if len(a.lit) >= 3 {
			for _, k := range []int{a.rare, a.other} {
				p.mark(caseSpellings(a.lit[k]), caseSpellings(a.lit[k+1]), 1<<k)
			}
			third := every // the rare pair ends the anchor: any byte may follow
			if a.rare+2 < len(a.lit) {
				third = caseSpellings(a.lit[a.rare+2])
			}
			vec = append(vec, pairSet{caseSpellings(a.lit[a.rare]), caseSpellings(a.lit[a.rare+1]), third})
			continue
		}
		second := every
		if len(a.lit) == 2 {
			second = caseSpellings(a.lit[1])
		}
		p.mark(caseSpellings(a.lit[0]), second, 1<<0)
		p.mark(every, caseSpellings(a.lit[0]), startsAfter)
		vec = append(vec, pairSet{caseSpellings(a.lit[0]), second, every})
	}
	p.vec = vectorMasks(vec)
	return p
}

// pairSet is the byte pairs (x, y) with x in first and y in second, when
// followed by a byte in third.
type pairSet struct{ first, second, third []byte }

// vectorMasks builds the nibble tables of the vector search (Teddy, as in
// Hyperscan and ripgrep): eight buckets; a byte pair is a candidate when, for
// some bucket, the low and high nibbles of its first byte, of its second byte
// and of the byte after it are all in the bucket's tables. The third byte
// matters: turnstile's rarest pair, "rn", is in every "return" (most vector
// stops, bench/NOTES.md); "rns" is rare. Pairs
// with the same first bytes share a bucket; past eight, the two buckets whose
// merge adds the fewest triples to the cross product merge (more candidates,
// never a missed one). Candidates are confirmed with the starts table.
func vectorMasks(pairs []pairSet) *[6][32]byte {
	type bucket struct{ first, second, third [256]bool }
	var buckets []*bucket
	count := func(set *[256]bool) (n int) {
		for _, in := range set {
			if in {
				n++
			}
		}
		return n
	}
	for _, ps := range pairs {
		var b bucket
		for _, x := range ps.first {
			b.first[x] = true
		}
		for _, y := range ps.second {
			b.second[y] = true
		}
		for _, z := range ps.third {
			b.third[z] = true
		}
		merged := false
		for _, o := range buckets {
			if o.first == b.first {
				for y, in := range b.second {
					o.second[y] = o.second[y] || in
				}
				for z, in := range b.third {
					o.third[z] = o.third[z] || in
				}
				merged = true
				break
			}
		}
		if !merged {
			buckets = append(buckets, &b)
		}
	}
	for len(buckets) > 8 {
		bi, bj, best := 0, 1, -1
		for i := range buckets {
			for j := i + 1; j < len(buckets); j++ {
				var u bucket
				for c := range 256 {
					u.first[c] = buckets[i].first[c] || buckets[j].first[c]
					u.second[c] = buckets[i].second[c] || buckets[j].second[c]
					u.third[c] = buckets[i].third[c] || buckets[j].third[c]
				}
				triples := func(b *bucket) int { return count(&b.first) * count(&b.second) * count(&b.third) }
				added := triples(&u) - triples(buckets[i]) - triples(buckets[j])
				if best < 0 || added < best {
					bi, bj, best = i, j, added
				}
			}
		}
		for c := range 256 {
			buckets[bi].first[c] = buckets[bi].first[c] || buckets[bj].first[c]
			buckets[bi].second[c] = buckets[bi].second[c] || buckets[bj].second[c]
			buckets[bi].third[c] = buckets[bi].third[c] || buckets[bj].third[c]
		}
		buckets = append(buckets[:bj], buckets[bj+1:]...)
	}
	var m [6][32]byte // low and high nibbles of the first byte, then of the second, then of the third; both 16-byte lanes alike
	for i, b := range buckets {
		bit := byte(1) << i
		for c := range 256 {
			if b.first[c] {
				m[0][c&15], m[0][16+c&15] = m[0][c&15]|bit, m[0][16+c&15]|bit
				m[1][c>>4], m[1][16+c>>4] = m[1][c>>4]|bit, m[1][16+c>>4]|bit
			}
			if b.second[c] {
				m[2][c&15], m[2][16+c&15] = m[2][c&15]|bit, m[2][16+c&15]|bit
				m[3][c>>4], m[3][16+c>>4] = m[3][c>>4]|bit, m[3][16+c>>4]|bit
			}
			if b.third[c] {
				m[4][c&15], m[4][16+c&15] = m[4][c&15]|bit, m[4][16+c&15]|bit
				m[5][c>>4], m[5][16+c>>4] = m[5][c>>4]|bit, m[5][16+c>>4]|bit
			}
		}
	}
	return &m
}

func (p *prefilter) mark(first, second []byte, bits uint16) {
	for _, x := range first {
		for _, y := range second {
			i := uint16(x) | uint16(y)<<8
			p.hit[i] = 1
			p.starts[i] |= bits
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
	defaultPrefilter = newPrefilter(anchorChoices(DefaultCatalog, nil))
	prefilters       sync.Map // catalog key + "\x01" + "\x00"-joined ExtraHosts → *prefilter
)

// anchorChoices are the anchors of a catalog with extraHosts: the measured
// anchors, the prefixes of the catalog's formats not among them (their
// pairs guessed), and the hosts (their first two pairs: hosts are not
// measured).
func anchorChoices(cat *Catalog, extraHosts []string) []pairChoice {
	var out []pairChoice
	known := map[string]bool{}
	for _, a := range anchors {
		out = append(out, pairChoice{a.lit, a.rare, a.other})
		known[a.lit] = true
	}
	for _, f := range cat.Formats {
		if lit := strings.ToLower(f.Prefix); !known[lit] {
			rare, other := guessRarePairs(lit)
			out = append(out, pairChoice{lit, rare, other})
			known[lit] = true
		}
	}
	for _, h := range extraHosts {
		out = append(out, pairChoice{strings.ToLower(h), 0, 1})
	}
	return out
}

func prefilterFor(cat *Catalog, extraHosts []string) *prefilter {
	if cat == DefaultCatalog && len(extraHosts) == 0 {
		return defaultPrefilter
	}
	key := cat.key + "\x01" + strings.Join(extraHosts, "\x00")
	if p, ok := prefilters.Load(key); ok {
		return p.(*prefilter)
	}
	p, _ := prefilters.LoadOrStore(key, newPrefilter(anchorChoices(cat, extraHosts)))
	return p.(*prefilter)
}

// regionSet collects the merged windows of ±(ContextBytes+MaxMatchLen)
// around anchor occurrences. Occurrences arrive almost in order (at most
// maxPairOffset bytes back), so a new window can only touch the last ones.
type regionSet struct {
	out []region
	n   int // len(data)
}

func (rs *regionSet) add(at int) {
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
// the anchor occurrences in data, in order.
func (p *prefilter) regions(data []byte) []region {
	rs := regionSet{n: len(data)}
	p.find(data, &rs)
	return rs.out
}

// hitSink receives anchor starts, almost in order: at most maxPairOffset+1
// bytes back, and a start may come twice.
type hitSink interface{ add(at int) }

func (p *prefilter) find(data []byte, sink hitSink) {
	// The vector search (where the CPU has one) covers all but the tail;
	// the scalar search takes over maxPairOffset+1 bytes before where it
	// stopped, so that an anchor whose looked-up pair lies past that point
	// is still found.
	from := max(0, p.vectorScan(data, sink)-maxPairOffset-1)
	p.scalarScan(data, from, sink)
}

// Literals finds a fixed set of literals in text, ignoring ASCII case, with
// the anchors' search (AVX2 where available): for callers that look for
// their own markers, such as suppression directives.
type Literals struct {
	p        *prefilter
	lits     []string                    // lowercase
	plain    atomic.Pointer[splitSearch] // withAnchors for DefaultCatalog and no hosts
	combined sync.Map                    // catalog key + "\x01" + "\x00"-joined ExtraHosts → *splitSearch (withAnchors)
}

// NewLiterals returns a finder for lits (three bytes or longer find fastest).
func NewLiterals(lits ...string) *Literals {
	l := new(Literals)
	var cs []pairChoice
	for _, lit := range lits {
		if lit != "" {
			lit = strings.ToLower(lit)
			rare, other := guessRarePairs(lit)
			cs = append(cs, pairChoice{lit, rare, other})
			l.lits = append(l.lits, lit)
		}
	}
	l.p = newPrefilter(cs)
	return l
}

// splitSearch finds the anchors (with some ExtraHosts) and a Literals' set
// in one pass, then tells the two apart.
type splitSearch struct {
	both, anchors, lits *prefilter
}

// withAnchors returns the one-pass search for l's literals and the anchors
// with extraHosts. A literal that holds an anchor's vector pair is looked up
// by that pair, so that it shares the anchor's bucket: "cfauthlint:ignore"
// adds no vector stops but its own to the anchors' "cf".
func (l *Literals) withAnchors(cat *Catalog, extraHosts []string) *splitSearch {
	plain := cat == DefaultCatalog && len(extraHosts) == 0
	if s := l.plain.Load(); plain && s != nil {
		return s
	}
	key := cat.key + "\x01" + strings.Join(extraHosts, "\x00")
	if s, ok := l.combined.Load(key); ok {
		return s.(*splitSearch)
	}
	defer func() {
		if s, ok := l.combined.Load(key); ok && plain {
			l.plain.Store(s.(*splitSearch))
		}
	}()
	anchors := prefilterFor(cat, extraHosts)
	cs := anchorChoices(cat, extraHosts)
	vecPairs := map[string]bool{}
	for _, c := range cs {
		if len(c.lit) >= 3 {
			vecPairs[c.lit[c.rare:c.rare+2]] = true
		}
	}
	for _, lit := range l.lits {
		rare, other := guessRarePairs(lit)
		for k := 0; k+1 < len(lit) && k <= maxPairOffset && len(lit) >= 3; k++ {
			if vecPairs[lit[k:k+2]] {
				rare, other = k, otherPair(lit, k)
				break
			}
		}
		cs = append(cs, pairChoice{lit, rare, other})
	}
	s, _ := l.combined.LoadOrStore(key, &splitSearch{both: newPrefilter(cs), anchors: anchors, lits: l.p})
	return s.(*splitSearch)
}

// split returns the anchors' regions and the literals' starts in data.
func (s *splitSearch) split(data []byte) ([]region, []int) {
	sink := splitSink{s: s, data: data, rs: regionSet{n: len(data)}}
	s.both.find(data, &sink)
	slices.Sort(sink.found)
	return sink.rs.out, slices.Compact(sink.found)
}

type splitSink struct {
	s     *splitSearch
	data  []byte
	rs    regionSet
	found hitList
}

func (k *splitSink) add(at int) {
	if k.s.anchors.anchorAt(k.data, at) {
		k.rs.add(at)
	}
	if k.s.lits.anchorAt(k.data, at) {
		k.found.add(at)
	}
}

// commonBytes are the bytes of source text by falling frequency, ASCII case
// folded (GOROOT/src and the bench mixed corpus); bytes not listed are rarer.
const commonBytes = " ertoasnilcu\td\nfpmg,.xv)(h\"0y1:/=2kb_{w}4638q57[]9-z*;!>|'&#"

// guessRarePairs picks, for a literal not in the measured anchors table, the
// pair offsets the search looks up: the pair of the rarest-looking bytes,
// and the best one at the other parity.
func guessRarePairs(lit string) (rare, other int) {
	if len(lit) < 3 {
		return 0, 1
	}
	rare, other = 0, 1
	for k := 0; k+1 < len(lit) && k <= maxPairOffset; k++ {
		if pairRarity(lit, k) > pairRarity(lit, rare) {
			rare = k
		}
	}
	return rare, otherPair(lit, rare)
}

// otherPair picks the rarest-looking pair of lit at the other parity than
// rare (within maxPairOffset), which the scalar search needs as well.
func otherPair(lit string, rare int) int {
	other := -1
	for k := 1 - rare%2; k+1 < len(lit) && k <= maxPairOffset; k += 2 {
		if other < 0 || pairRarity(lit, k) > pairRarity(lit, other) {
			other = k
		}
	}
	return other
}

// pairRarity scores the pair lit[k:k+2] by commonBytes: higher is rarer.
func pairRarity(lit string, k int) int {
	r := func(c byte) int {
		if i := strings.IndexByte(commonBytes, c); i >= 0 {
			return i
		}
		return len(commonBytes)
	}
	return r(lit[k]) + r(lit[k+1])
}

// commonPairs are the 300 most frequent byte pairs of source text, ASCII
// case folded, by falling frequency (GOROOT/src and the bench mixed corpus,
// printable bytes only). Byte ranks alone rate pairs such as "//", "ho",
// ".c" and "qu" as rare.
const commonPairs = "  er, e \n\tt reonstorteetesr inntse rge\t\tn co c smeou t fen= lede:  a 0atth p0xuefipo eroked s ta { ilicerrurnd\n trun)\nacil =alagloanulutio00exar n m d) amritiitvens//palthetueamaicy ss/ ch l{\nadimf ustorartelodnesiolpecl \"apast.ncrnnafe.\nqu}\nx0ho brg,\nlued hrunoctec\\xifigl cadaauisieef\", xxt ugi vccffaah tc wrve.vaos orkll ::=ngm oowaai (fuyp\t}rsc eockpiwo\":ty);(semnifohapromsa},epsufasot(r)\tre)s.rc\t/\tix eg(\"x1splfldplmioadoewsy\n\nirt,r( q(cnfevrd{  }baeqbuskpu [rydl /a .cr.ok0\\g 64csuf})vie,;\neyopeuudpdup0, *ui !e(motxcyts\n/dg.fox\n}\nfxyoyk dn.e:\nt)n(!=0 boo gof,zo k; ]\nx232lahi.mmpd(ocofdi.grf"

// pairRanks are, by pair (two bytes, little-endian), -1 for an anchor's
// pair and 1 + the rank from the rarest for a pair in commonPairs (the most
// common has the highest), else 0: rarestPair looks pairs up here, not in
// the strings (a cost at start-up).
var pairRanks = func() *[1 << 16]int16 {
	var t [1 << 16]int16
	n := len(commonPairs) / 2
	for i := range n {
		t[uint16(commonPairs[2*i])|uint16(commonPairs[2*i+1])<<8] = int16(n - i)
	}
	for _, a := range anchors {
		for k := 0; k+1 < len(a.lit); k++ {
			t[uint16(a.lit[k])|uint16(a.lit[k+1])<<8] = -1
		}
	}
	return &t
}()

// rarestPair returns the offset of lit's rarest-looking pair (len(lit) >= 2)
// for a search over regions: not a pair of an anchor (regions are made of
// anchors' surroundings: "cloudflare" is in every Cloudflare client line),
// nor a common pair, where lit has another.
func rarestPair(lit string) int {
	common := func(k int) int {
		switch r := pairRanks[uint16(lit[k])|uint16(lit[k+1])<<8]; {
		case r < 0:
			return -1
		case r > 0:
			return len(commonPairs)/2 - int(r)
		}
		return len(commonPairs)/2 + pairRarity(lit, k)
	}
	best := 0
	for k := 1; k+1 < len(lit); k++ {
		if common(k) > common(best) {
			best = k
		}
	}
	return best
}

// Index returns the offsets in data at which one of the literals starts,
// ignoring ASCII case, in increasing order (nil if none).
func (l *Literals) Index(data []byte) []int {
	var h hitList
	l.p.find(data, &h)
	slices.Sort(h)
	return slices.Compact(h)
}

type hitList []int

func (h *hitList) add(at int) { *h = append(*h, at) }

// scalarScan looks up the pairs at from, from+2, ….
func (p *prefilter) scalarScan(data []byte, from int, sink hitSink) {
	hit := &p.hit
	i := from
	// Four pairs per step; the common case is a step with no hit at all.
	for ; i+8 <= len(data); i += 8 {
		w := binary.LittleEndian.Uint64(data[i:])
		if hit[uint16(w)]|hit[uint16(w>>16)]|hit[uint16(w>>32)]|hit[uint16(w>>48)] == 0 {
			continue
		}
		for k := 0; k < 8; k += 2 {
			if pair := uint16(w >> (8 * k)); hit[pair] != 0 {
				p.check(data, i+k, p.starts[pair], sink)
			}
		}
	}
	for ; i < len(data); i += 2 {
		second := byte(0)
		if i+1 < len(data) {
			second = data[i+1]
		}
		if pair := uint16(data[i]) | uint16(second)<<8; hit[pair] != 0 {
			p.check(data, i, p.starts[pair], sink)
		}
	}
}

// check tries the anchor starts that a pair at offset pos allows.
func (p *prefilter) check(data []byte, pos int, starts uint16, sink hitSink) {
	if starts&startsAfter != 0 && p.anchorAt(data, pos+1) {
		sink.add(pos + 1)
	}
	for back := starts &^ startsAfter; back != 0; back &= back - 1 {
		k := bits.TrailingZeros16(back)
		if pos-k >= 0 && p.anchorAt(data, pos-k) {
			sink.add(pos - k)
		}
	}
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
	for i := range p.byFirst[c] {
		if p.byFirst[c][i].at(data, at) {
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
