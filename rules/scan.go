package rules

import (
	"bytes"
	"math"
	"path"
	"slices"
	"sort"
	"strings"

	"github.com/cfauthlint/cfauthlint/internal/apiops"
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
	// Value is the credential when the span is not the value itself (a
	// value joined from adjacent string literals): the finding's value
	// hash, redaction and --show-secrets text are made from it, so that
	// they equal what the Go analyzers give for the same constant. Nil
	// means the span is the value.
	Value []byte
}

// Bytes returns the matched value: Value if set, else data[Start:End].
func (m Match) Bytes(data []byte) []byte {
	if m.Value != nil {
		return m.Value
	}
	return data[m.Start:m.End]
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
	m, found := o.scanFind(data, lits)
	return o.withDecoded(data, m, func(inner Options, text []byte) []Match {
		dm, _ := inner.scanFind(text, nil)
		return dm
	}), found
}

// withDecoded adds to m, data's matches, those that scan finds in the text
// data holds encoded, mapped back. An email's quoted-printable parts say
// `key =3D value` and break long lines with `=` (a credential split by a
// soft line break); a Jira or Confluence XML export holds its pages' HTML
// escaped, code highlighted in spans (`&lt;span class=&quot;code-quote&quot;&gt;&amp;quot;X-Auth-Key&amp;quot;`).
// (The decoded text's path is not one that is decoded again.)
func (o Options) withDecoded(data []byte, m []Match, scan func(Options, []byte) []Match) []Match {
	var text []byte
	var at []int32 // (int32: a window is at most a few MiB)
	var ok bool
	inner := o
	inner.Offset = 0
	switch {
	case len(data) > math.MaxInt32:
		// (The offset maps are int32; the scanner's windows are a few MiB.)
	case mailPath(o.Path):
		text, at, ok = decodeQuotedPrintable(data)
		inner.Path += ".qp"
	case strings.EqualFold(path.Ext(o.Path), ".xml"):
		text, at, ok = decodeEscapedMarkup(data)
		inner.Path = strings.TrimSuffix(o.Path, path.Ext(o.Path)) + ".md"
	}
	if !ok {
		return m
	}
	dm := scan(inner, text)
	if len(dm) == 0 {
		return m
	}
	for _, x := range dm {
		v := x.Bytes(text)
		x.Start, x.End = int(at[x.Start]), int(at[x.End])
		if x.Value == nil && !bytes.Equal(data[x.Start:x.End], v) {
			x.Value = bytes.Clone(v)
		}
		m = append(m, x)
	}
	s := scanState{data: data, opt: o, matches: m}
	return s.finish()
}

func (o Options) scanFind(data []byte, lits *Literals) ([]Match, []int) {
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
	rs = o.pathRegions(rs, len(data))
	// Proxmox VE's ACME plugin settings are base64 (no anchor shows).
	pve := o.proxmoxPluginData(data)
	if len(rs) == 0 {
		if pve != nil {
			s := scanState{matches: pve}
			return s.finish(), found
		}
		return nil, found
	}
	s := scanState{data: data, opt: o, cat: cat, kind: fileKindOf(o.Path), matches: pve}
	s.pathHasCloudflare = cloudflarePath(strings.ToLower(o.Path))
	lower := lowerPool.Get().(*[]byte)
	defer lowerPool.Put(lower)
	*lower = lowerWindows((*lower)[:0], data, rs)
	s.lower = *lower
	s.run(rs)
	return s.finish(), found
}

type region struct{ start, end int }

// run runs the detectors over the regions, then scans the text embedded in
// the strings near them (embedded.go).
func (s *scanState) run(rs []region) {
	for _, r := range rs {
		for _, d := range detectors {
			d(s, r)
		}
	}
	if embeddedPath(s.opt.Path) {
		s.scanEmbedded(rs)
	}
}

type scanState struct {
	data, lower       []byte
	opt               Options
	cat               *Catalog
	kind              fileKind
	pathHasCloudflare bool
	matches           []Match
	// goAliasDone: detectGoV0Alias has read the buffer (once, not per
	// region).
	goAliasDone bool
	// val is what ScanValue's caller knows of the value being scanned
	// (nil for Scan).
	val *valueFacts

	// prose remembers proseLine's last answer: every anchor of a line asks
	// the same question of the same bytes.
	prose struct {
		ls, le      int
		isProse, ok bool
	}
	// fence remembers fenceAt's last answer, by line window: the pseudo
	// path of the Markdown code block holding the line ("" outside one).
	fence struct {
		ls, le int
		path   string
		in, ok bool
	}
	// comment remembers where the comment of the last line window starts.
	comment struct {
		ls, le, at int
		ok         bool
	}
	// absent remembers the companion words (AuthSetting near) that the
	// buffer does not hold at all, so that no anchor looks for them
	// around itself: a client's every `token` would read 12 lines each
	// way for "octodns_cloudflare".
	absent map[string]bool
	// urlMemo remembers, per name and look-back, the last assignedURLWithin
	// answer, so that a later ask (the scan goes forward) reads only the
	// bytes since.
	urlMemo map[urlMemoKey]urlMemoVal
	// otherAPI remembers otherVendorAPI's answer: 0 not worked out, 1
	// yes, -1 no.
	otherAPI int8
	// noSDK remembers goFileWithoutSDK's answer, as otherAPI does.
	noSDK int8
	// isCode remembers codeFile's answer: 0 not worked out, 1 yes, -1 no.
	isCode int8
	// callees remembers calleeURL's answers by function name;
	// calleeBodies counts the function bodies it read.
	callees      map[string]int
	calleeBodies int
	// client remembers followClient's answer for the switch at at-1 (a
	// switch asks twice: is the API reached, is another host).
	client struct {
		at         int
		api, other bool
	}
	// noNewline is a stretch of data known to hold no newline.
	noNewline struct{ lo, hi int }
	// lineFacts remembers, for the last line window, where each set of
	// lineNeedles first ends (lineHasBefore).
	lineFacts struct {
		ls, le   int
		firstEnd []int
	}
	// requests are the API requests the buffer shows, by SpanStart, found
	// once, when a CF201 header first asks for its endpoint.
	requests struct {
		list []apiops.Request
		done bool
	}
}

// pathRegions returns rs, or the whole buffer of n bytes when rs is empty
// and the file is Cloudflare's by its path (~/.wrangler/config/default.toml,
// cloudflare.ini): such a file may hold no anchor besides its values.
func (o Options) pathRegions(rs []region, n int) []region {
	if len(rs) == 0 && cloudflarePath(strings.ToLower(o.Path)) {
		return []region{{0, n}}
	}
	return rs
}

func (s *scanState) add(r *Rule, start, end int, conf, msg string) bool {
	if end-start > MaxMatchLen {
		return false
	}
	s.matches = append(s.matches, Match{Rule: r, Start: start, End: end, Confidence: conf, Message: msg})
	return true
}

func (s *scanState) finish() []Match {
	m := s.matches
	// A semgrep rule file's patterns describe code (`{ ..., "X-Auth-Key":
	// $KEY, ... }`); they are not that code.
	if len(m) > 0 && s.semgrepRules() {
		m = slices.DeleteFunc(m, func(x Match) bool { return s.semgrepPatternLine(x.Start) })
	}
	// (Stable: of one rule's findings at one place, the first added — the
	// more specific table entry — keeps its message.)
	sort.SliceStable(m, func(i, j int) bool {
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

// semgrepRules reports a semgrep rule file: YAML with a top-level `rules:`
// list whose entries have `languages:` and patterns.
func (s *scanState) semgrepRules() bool {
	switch strings.ToLower(path.Ext(s.opt.Path)) {
	case ".yml", ".yaml":
	default:
		return false
	}
	return (bytes.HasPrefix(s.data, []byte("rules:")) || bytes.Contains(s.data, []byte("\nrules:"))) &&
		bytes.Contains(s.data, []byte("languages:")) && bytes.Contains(s.data, []byte("pattern"))
}

// semgrepPatternLine reports whether the line at pos of a semgrep rule file
// is a pattern: its key is pattern, pattern-either, pattern-regex, … (or a
// fix), or it is in such a key's block.
func (s *scanState) semgrepPatternLine(pos int) bool {
	ls := s.lineStart(pos)
	t := bytes.TrimLeft(s.data[ls:s.lineEnd(pos)], " \t")
	t = bytes.TrimLeft(bytes.TrimPrefix(t, []byte("-")), " \t")
	if bytes.HasPrefix(t, []byte("pattern")) || bytes.HasPrefix(t, []byte("fix")) || bytes.HasPrefix(t, []byte("metavariable-")) {
		return true
	}
	return s.parentHas(pos, "pattern") || s.parentHas(pos, "fix:")
}
