package rules

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Text helpers shared by the detectors. Every look around a position is
// clamped to ContextBytes so that results stay local (see Overlap).

type charClass [256]bool

func classOf(sets ...string) *charClass {
	var c charClass
	for _, s := range sets {
		for i := 0; i < len(s); i++ {
			if i+2 < len(s) && s[i+1] == '-' {
				for b := s[i]; b <= s[i+2]; b++ {
					c[b] = true
				}
				i += 2
				continue
			}
			c[s[i]] = true
		}
	}
	return &c
}

var (
	alnum      = classOf("a-zA-Z0-9")
	wordChars  = classOf("a-zA-Z0-9_")
	tokenChars = classOf("a-zA-Z0-9_-")
	// b64Run is what may surround a credential without being part of it
	// being cut: base64 and base64url alphabets.
	b64Run    = classOf("a-zA-Z0-9_+/=-")
	b64NoPad  = classOf("a-zA-Z0-9_+/-")
	lowerHex  = classOf("0-9a-f")
	anyHex    = classOf("0-9a-fA-F")
	identChar = classOf("a-zA-Z0-9_.-")
)

func (c *charClass) all(b []byte) bool {
	for _, x := range b {
		if !c[x] {
			return false
		}
	}
	return true
}

// runs calls fn for every maximal run of class characters in data[r.start:r.end]
// whose length is in [minLen, maxLen], and which is maximal in the whole of
// data, with respect to the boundary class (a run of tokens inside a longer
// base64 blob is not a token).
func (s *scanState) runs(r region, class, before, after *charClass, minLen, maxLen int, fn func(start, end int)) {
	d := s.data
	for i := r.start; i < r.end; {
		// A run of minLen or more that starts at or after i covers
		// i+minLen-1: if that byte is not in class, skip past it.
		if k := i + minLen - 1; k < r.end {
			if !class[d[k]] {
				i = k + 1
				continue
			}
			// A run of minLen or more that starts in [i, k] covers every
			// byte from its start to k: it starts after the last byte
			// before k that is not in class, rather than stepping one byte
			// at a time to the next run (bench/NOTES.md).
			j := k
			for j > i && class[d[j-1]] {
				j--
			}
			i = j
		}
		if !class[d[i]] {
			i++
			continue
		}
		j := i
		for j < r.end && class[d[j]] {
			j++
		}
		if n := j - i; n >= minLen && n <= maxLen &&
			(i == 0 || !before[d[i-1]]) && (j == len(d) || !after[d[j]]) {
			fn(i, j)
		}
		i = j
	}
}

// lineStart returns the start of the line holding pos, clamped to
// ContextBytes before it. A clamped start is aligned up to an absolute
// multiple of lineBlock (Options.Offset places the buffer in its file), so
// that every anchor in one block of a long line sees the same line window
// and what is decided about a line is worked out once per block (lineFacts):
// with an anchor every few bytes of a 1 MB line, each anchor scanned its own
// 2 KB window. The alignment is by file offset, so chunks of a file see what
// a whole scan sees.
func (s *scanState) lineStart(pos int) int {
	lo := max(0, pos-ContextBytes)
	if !s.newlineFree(lo, pos) {
		if i := bytes.LastIndexByte(s.data[lo:pos], '\n'); i >= 0 {
			return lo + i + 1
		}
		s.markNewlineFree(lo, pos)
	}
	if lo == 0 {
		return 0
	}
	return s.alignUp(lo)
}

// lineEnd returns the end (excluding '\n') of the line holding pos, clamped
// to ContextBytes after it (aligned down, as lineStart).
func (s *scanState) lineEnd(pos int) int {
	hi := min(len(s.data), pos+ContextBytes)
	if !s.newlineFree(pos, hi) {
		if i := bytes.IndexByte(s.data[pos:hi], '\n'); i >= 0 {
			return pos + i
		}
		s.markNewlineFree(pos, hi)
	}
	if hi == len(s.data) {
		return hi
	}
	return s.alignDown(hi)
}

// newlineFree reports whether data[lo:hi] is known to hold no newline: on
// a long line every anchor asked for its line's ends again, a search of
// ContextBytes each.
func (s *scanState) newlineFree(lo, hi int) bool {
	return s.noNewline.lo <= lo && hi <= s.noNewline.hi
}

// markNewlineFree records that data[lo:hi] holds no newline, joining it to
// the stretch already known when they touch.
func (s *scanState) markNewlineFree(lo, hi int) {
	k := &s.noNewline
	if k.hi > k.lo && lo <= k.hi && hi >= k.lo {
		k.lo, k.hi = min(k.lo, lo), max(k.hi, hi)
		return
	}
	k.lo, k.hi = lo, hi
}

// lineNeedles is a set of lowercase needles that detectors look for
// earlier on an anchor's line. Where they first occur in a line window is
// worked out once per window (lineHasBefore), not once per anchor.
type lineNeedles struct {
	id      int
	needles [][]byte
}

var lineNeedleSets int

func newLineNeedles(needles []string) *lineNeedles {
	n := &lineNeedles{id: lineNeedleSets}
	lineNeedleSets++
	for _, w := range needles {
		n.needles = append(n.needles, []byte(w))
	}
	return n
}

// lineHasBefore reports whether one of set's needles occurs whole within
// lower[ls:pos], ls and le being pos's line window.
func (s *scanState) lineHasBefore(ls, le, pos int, set *lineNeedles) bool {
	if s.lineFacts.ls != ls || s.lineFacts.le != le || s.lineFacts.firstEnd == nil {
		if s.lineFacts.firstEnd == nil {
			s.lineFacts.firstEnd = make([]int, lineNeedleSets)
		}
		s.lineFacts.ls, s.lineFacts.le = ls, le
		for i := range s.lineFacts.firstEnd {
			s.lineFacts.firstEnd[i] = -2 // not worked out
		}
	}
	fe := &s.lineFacts.firstEnd[set.id]
	if *fe == -2 {
		*fe = -1
		line := s.lower[ls:le]
		for _, w := range set.needles {
			if i := bytes.Index(line, w); i >= 0 && (*fe < 0 || ls+i+len(w) < *fe) {
				*fe = ls + i + len(w)
			}
		}
	}
	return *fe >= 0 && *fe <= pos
}

// lineBlock is the alignment of clamped line windows: a clamped window is
// at most this much shorter than ContextBytes on its side.
const lineBlock = 256

// alignUp returns the smallest offset >= i that is a multiple of lineBlock
// in the file; alignDown the largest <= i.
func (s *scanState) alignUp(i int) int {
	abs := s.opt.Offset + int64(i)
	return i + int((lineBlock-abs%lineBlock)%lineBlock)
}

func (s *scanState) alignDown(i int) int {
	abs := s.opt.Offset + int64(i)
	return i - int(abs%lineBlock)
}

// near reports whether the lowercase needle occurs within n lines around
// [start,end), and within ContextBytes of it.
func (s *scanState) near(start, end, lines int, needle string) bool {
	lo, hi := start, end
	for i := 0; i < lines && lo > 0 && start-lo < ContextBytes; i++ {
		lo = s.lineStart(max(0, lo-1))
	}
	for i := 0; i <= lines && hi < len(s.data) && hi-end < ContextBytes; i++ {
		hi = s.lineEnd(min(len(s.data)-1, hi+1))
	}
	lo, hi = max(lo, start-ContextBytes), min(hi, end+ContextBytes)
	return bytes.Contains(s.lower[lo:hi], []byte(needle))
}

// parentHas reports whether a parent line of pos (by indentation: YAML keys,
// HCL blocks, or an INI/TOML [section]) contains the lowercase needle.
func (s *scanState) parentHas(pos int, needle string) bool {
	ls := s.lineStart(pos)
	indent := indentOf(s.data[ls:pos])
	limit := max(0, pos-ContextBytes)
	for ls > limit {
		prev := s.lineStart(ls - 1)
		if prev < limit {
			break
		}
		line := s.data[prev : ls-1]
		ls = prev
		t := bytes.TrimSpace(line)
		if len(t) == 0 || t[0] == '#' {
			continue
		}
		in := indentOf(line)
		if t[0] == '[' {
			return bytes.Contains(s.lower[prev:prev+len(line)], []byte(needle))
		}
		if in < indent {
			if bytes.Contains(s.lower[prev:prev+len(line)], []byte(needle)) {
				return true
			}
			indent = in
			if in == 0 {
				return false
			}
		}
	}
	return false
}

func indentOf(line []byte) int {
	n := 0
	for _, c := range line {
		if c != ' ' && c != '\t' {
			break
		}
		n++
	}
	return n
}

// cfContext reports whether the span has Cloudflare context: "cloudflare" (or
// a configured host) nearby or in a parent key, or in the file's path.
func (s *scanState) cfContext(start, end int) bool {
	if s.pathHasCloudflare || (s.val != nil && s.val.cloudflare) || s.near(start, end, 6, "cloudflare") || s.parentHas(start, "cloudflare") {
		return true
	}
	for _, h := range s.opt.ExtraHosts {
		if s.near(start, end, 3, strings.ToLower(h)) {
			return true
		}
	}
	return false
}

// keyBefore returns the normalized (lowercase, alphanumerics only) name that a
// value at valStart is assigned to or passed as: `NAME=`, `"name": `,
// `name = `, `NAME ?= `, `--flag `, `Bearer `, `Header: `, `<Name>`, `func(`,
// `\"name\": ` (JSON-escaped, as in notebooks). A type between name and value
// (`const TOKEN: &str =`, `val key: String =`) is skipped. For a `value`
// it returns the name the value belongs to: `key="Name" value="…"` on the
// same line, or the Kubernetes-style `name:` of the line above. For a
// fallback (`x = ENV['X'] || "…"`, `${X:-…}`) it returns the assigned name.
func (s *scanState) keyBefore(valStart int) string {
	ls := s.lineStart(valStart)
	j, i := s.rawKeyBefore(ls, valStart)
	if s.val != nil && i == 0 {
		return s.val.key // nothing but the value before: the name its context gives
	}
	key := normalizeKey(string(s.data[j:i]))
	if typeNames[key] {
		// `NAME: type = value`: the name is before the type's colon.
		k := j
		for k > ls && (s.data[k-1] == '&' || s.data[k-1] == '\'' || s.data[k-1] == ' ' || s.data[k-1] == '*') {
			k--
		}
		if k > ls && s.data[k-1] == ':' {
			j2, i2 := s.rawKeyBefore(ls, k)
			key = normalizeKey(string(s.data[j2:i2]))
		}
	}
	switch key {
	case "string":
		// Property list: <key>CLOUDFLARE_API_TOKEN</key> <string>…</string>.
		lo := ls
		if ls > 0 {
			lo = s.lineStart(ls - 1)
		}
		if k := bytes.LastIndex(s.lower[lo:j], []byte("<key>")); k >= 0 {
			name := s.data[lo+k+len("<key>") : j]
			if e := bytes.IndexByte(name, '<'); e > 0 {
				return normalizeKey(string(name[:e]))
			}
		}
	case "default":
		// Terraform: variable "cloudflare_api_token" { default = "…" }.
		lo := max(0, ls-ContextBytes)
		if k := bytes.LastIndex(s.lower[lo:ls], []byte(`variable "`)); k >= 0 {
			name := s.lower[lo+k+len(`variable "`) : ls]
			if e := bytes.IndexByte(name, '"'); e > 0 {
				return normalizeKey(string(name[:e]))
			}
		}
	case "value":
		if k := s.sameLineName(ls, j); k != "" {
			return k
		}
		if ls > 0 {
			prev := s.lineStart(ls - 1)
			line := s.lower[prev : ls-1]
			if i := bytes.Index(line, []byte("name:")); i >= 0 {
				return normalizeKey(string(bytes.Trim(bytes.TrimSpace(line[i+5:]), `"'`)))
			}
		}
	case "":
		// A default after an env read: `ENV['X'] || "v"`, `?? "v"`, ` or "v"`, `${X:-v}`.
		t := bytes.TrimRight(s.data[ls:i], " \t\"'`")
		for _, op := range [][]byte{[]byte("||"), []byte("??"), []byte(" or"), []byte(":-"), []byte(",")} {
			if bytes.HasSuffix(t, op) {
				return s.assignedName(ls, i)
			}
		}
	}
	return key
}

// typeNames are type annotations that may sit between a name and its value.
var typeNames = map[string]bool{"str": true, "string": true, "staticstr": true, "strstr": true}

// sameLineName finds `key="Name"`/`name="Name"` (XML attributes, Postman
// `"key": "Name"`) before pos on the line starting at ls.
func (s *scanState) sameLineName(ls, pos int) string {
	line := s.lower[ls:pos]
	for _, attr := range []string{"key=", "name=", `"key":`, `"name":`} {
		i := bytes.LastIndex(line, []byte(attr))
		if i < 0 {
			continue
		}
		v := bytes.TrimLeft(s.data[ls+i+len(attr):pos], " \t")
		if len(v) > 1 && isQuote(v[0]) {
			if e := bytes.IndexByte(v[1:], v[0]); e > 0 {
				return normalizeKey(string(v[1 : 1+e]))
			}
		}
	}
	return ""
}

// assignedName returns the name assigned on the line starting at ls, before
// pos: the identifier before the first `=` or `:` that is not part of `==`,
// `:=`-style operators' values.
func (s *scanState) assignedName(ls, pos int) string {
	line := s.data[ls:pos]
	for i, c := range line {
		if c == '=' || c == ':' {
			j, k := s.rawKeyBefore(ls, ls+i+1)
			if name := normalizeKey(string(s.data[j:k])); name != "" {
				return name
			}
			break
		}
	}
	// `ENV['CLOUDFLARE_API_TOKEN'] ||= "…"`: the last quoted name on the line.
	for e := len(line) - 1; e > 0; e-- {
		if !isQuote(line[e]) {
			continue
		}
		b := e
		for b > 0 && identChar[line[b-1]] {
			b--
		}
		if b > 0 && line[b-1] == line[e] && e-b >= 2 {
			return normalizeKey(string(line[b:e]))
		}
	}
	return ""
}

// keySkip are the separators and quotes between a name and its value.
var keySkip = classOf(" \t\"'`:=>(,[{?+\\")

// rawKeyBefore returns the span [j,i) of the identifier before the value at
// valStart, skipping separators and quotes.
func (s *scanState) rawKeyBefore(ls, valStart int) (int, int) {
	i := valStart
	for skipped := 0; i > ls && skipped < 12 && keySkip[s.data[i-1]]; skipped++ {
		i--
	}
	j := i
	for j > ls && i-j < 80 && identChar[s.data[j-1]] {
		j--
	}
	return j, i
}

func normalizeKey(k string) string {
	var b strings.Builder
	for i := 0; i < len(k); i++ {
		c := k[i]
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			b.WriteByte(c)
		case 'A' <= c && c <= 'Z':
			b.WriteByte(c + 'a' - 'A')
		}
	}
	return b.String()
}

// otherVendors are words that, in a key name, say the value belongs elsewhere.
var otherVendors = []string{
	"github", "gitlab", "gitea", "bitbucket", "slack", "npm", "aws", "azure", "gcp", "google", "twilio",
	"stripe", "sentry", "discord", "telegram", "heroku", "vercel", "netlify", "digitalocean", "datadog",
	"pypi", "docker", "openai", "anthropic", "huggingface", "notion", "circleci", "travis", "codecov",
	"sonar", "jira", "atlassian", "okta", "auth0", "firebase", "shopify", "mailgun", "sendgrid",
	"pagerduty", "newrelic", "algolia", "mapbox", "dropbox", "twitter", "facebook", "vault", "linode",
	"hetzner", "fastly", "akamai", "jwt", "csrf", "xsrf", "session", "refresh", "oauth", "reset", "invite",
}

func hasOtherVendor(key string) bool {
	if strings.Contains(key, "cloudflare") {
		return false
	}
	for _, v := range otherVendors {
		if strings.Contains(key, v) {
			return true
		}
	}
	return false
}

// otherVendorPrefixes are value prefixes of other services' credentials.
var otherVendorPrefixes = []string{
	"ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_", "glpat-", "xoxb-", "xoxp-", "xoxa-", "xoxe", "xapp-",
	"sk_live_", "sk_test_", "rk_live_", "pk_live_", "pk_test_", "AKIA", "ASIA", "AIza", "ya29.", "npm_", "SG.",
	"shpat_", "shpss_", "hf_", "dop_v1_", "doo_v1_", "pypi-", "glsa_", "ATATT", "sk-",
}

func hasVendorPrefix(v []byte) bool {
	for _, p := range otherVendorPrefixes {
		if bytes.HasPrefix(v, []byte(p)) {
			return true
		}
	}
	return false
}

// IsPlaceholder reports documented dummies and obviously fake values: runs of
// one character, short repeating patterns (0123456789abcdef…), and words.
func IsPlaceholder(v []byte) bool {
	if len(v) == 0 {
		return true
	}
	// The repetition test looks at a credential's length at most: a
	// detector may hand a whole clamped line as a value, on every anchor
	// of the line.
	head := v[:min(len(v), maxPeriodLen)]
	if period(head) <= len(head)/2 || documentedDummy(v) {
		return true
	}
	// <token>, [your key], {API_KEY}: a slot to fill in; … and ... elide a value.
	if n := len(v); n >= 2 && ((v[0] == '<' && v[n-1] == '>') || (v[0] == '[' && v[n-1] == ']')) {
		return true
	}
	if bytes.Contains(v, []byte("...")) || bytes.Contains(v, []byte("…")) {
		return true
	}
	var buf [maxPeriodLen]byte
	l := buf[:0]
	if len(v) > len(buf) {
		l = make([]byte, 0, len(v))
	}
	for _, c := range v {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		l = append(l, c)
	}
	for _, w := range placeholderWords {
		if bytes.Contains(l, w) {
			return true
		}
	}
	return false
}

var placeholderWords = func() [][]byte {
	var out [][]byte
	for _, w := range []string{"example", "placeholder", "your", "xxxx", "dummy", "sample", "redacted", "changeme", "insert", "here", "fake", "test", "0000000", "1234567", "abcdef", "todo"} {
		out = append(out, []byte(w))
	}
	return out
}()

// maxPeriodLen bounds the repetition test of IsPlaceholder: longer than
// any credential (Origin CA keys are 176 bytes).
const maxPeriodLen = 256

// documentedDummies are SHA-256 hashes of example credentials printed in
// Cloudflare's documentation (kept as hashes so that nothing credential-shaped
// is committed).
var documentedDummies = map[[32]byte]bool{
	// The `Authorization: Bearer` token of the "Make API calls" page.
	mustHash("2cd1f6f312c5f208e785178e051a2a196303659242616dcbc57dc08983185e7a"): true,
	// The option.WithAPIToken / api_token example of the SDK READMEs.
	mustHash("5d7b5f2a9e44137c4aff6a77d914b1d6e2e16c496cfc5ec93f0be6265167dce0"): true,
	// lego's documented CLOUDFLARE_API_KEY example.
	mustHash("14de0ccc46eac64fdf410e107b31ed50b5010060c8ada0077fe1d70ff7f800e2"): true,
	// The Turnstile widget API's example secret.
	mustHash("4f7efcbbdc213010ee7e82036c64cbbac7620128eed371eb6bbe6d4a20a74d17"): true,
	// The Origin CA key (user service key) example of the API reference.
	mustHash("d3129d65d4e0ee3821761e3ebf14de5c0db188a9a239eb2d6bedc891fe7f2493"): true,
	// The Access API's example cf-access-client-secret.
	mustHash("c87b68d5ff9f5c5f8d748b94cf2e948f3f5f3c09ef57c93cba8d630654e154ac"): true,
}

func mustHash(h string) [32]byte {
	var out [32]byte
	if n, err := hex.Decode(out[:], []byte(h)); err != nil || n != 32 {
		panic("rules: bad hash " + h)
	}
	return out
}

func documentedDummy(v []byte) bool {
	return len(v) >= 32 && len(v) <= 200 && documentedDummies[sha256.Sum256(v)]
}

// period returns the smallest p such that v[i] == v[i-p] for all i >= p.
func period(v []byte) int {
	// Prefix function (KMP): period = n - π[n-1].
	n := len(v)
	var stack [maxPeriodLen]int
	pi := stack[:0]
	if n > len(stack) {
		pi = make([]int, n)
	}
	pi = pi[:n]
	for i := 1; i < n; i++ {
		k := pi[i-1]
		for k > 0 && v[i] != v[k] {
			k = pi[k-1]
		}
		if v[i] == v[k] {
			k++
		}
		pi[i] = k
	}
	return n - pi[n-1]
}

// Entropy is the Shannon entropy of v in bits per byte: random credential
// bodies score high, words and repeated patterns low.
func Entropy[T string | []byte](v T) float64 {
	var counts [256]int
	for i := range len(v) {
		counts[v[i]]++
	}
	h := 0.0
	n := float64(len(v))
	for _, c := range counts {
		if c > 0 {
			p := float64(c) / n
			h -= p * math.Log2(p)
		}
	}
	return h
}

// commentStart returns the offset within line where a comment starts, or -1.
// It tracks quotes so that `"http://…"` or `"#fff"` are not comments.
func commentStart(line []byte, kind fileKind) int {
	hash := kind == kindHash || kind == kindBoth || kind == kindINI || kind == kindHTTP || kind == kindUnknown
	slash := kind == kindSlash || kind == kindBoth || kind == kindHTTP || kind == kindUnknown
	t := bytes.TrimLeft(line, " \t")
	lead := len(line) - len(t)
	switch {
	case slash && (bytes.HasPrefix(t, []byte("/*")) || bytes.HasPrefix(t, []byte("* ")) || bytes.Equal(t, []byte("*"))):
		return lead
	case kind == kindINI && bytes.HasPrefix(t, []byte(";")):
		return lead
	case kind == kindDash && bytes.HasPrefix(t, []byte("--")):
		return lead
	case bytes.HasPrefix(t, []byte("<!--")):
		return lead
	case kind == kindUnknown && (bytes.HasPrefix(t, []byte("REM ")) || bytes.HasPrefix(t, []byte("rem ")) || bytes.HasPrefix(t, []byte("::"))):
		return lead
	}
	var quote byte
	for i := 0; i < len(line); i++ {
		c := line[i]
		if quote != 0 {
			if c == '\\' {
				i++
			} else if c == quote {
				quote = 0
			}
			continue
		}
		switch {
		case c == '"' || c == '\'' || c == '`':
			// A lone apostrophe in prose-like comment text is common; only
			// treat it as a quote when it is closed on this line.
			if bytes.IndexByte(line[i+1:], c) >= 0 {
				quote = c
			}
		case hash && c == '#' && (i == 0 || line[i-1] == ' ' || line[i-1] == '\t'):
			return i
		case slash && c == '/' && i+1 < len(line) && line[i+1] == '/' && (i == 0 || line[i-1] == ' ' || line[i-1] == '\t' || line[i-1] == ';'):
			return i
		}
	}
	return -1
}

// inComment reports whether pos lies in a comment on its line. Where the
// comment starts is worked out once per line window (the anchors of a
// line ask one after the other).
func (s *scanState) inComment(pos int) bool {
	if s.kind == kindProse {
		return false
	}
	ls := s.lineStart(pos)
	le := s.lineEnd(pos)
	if m := &s.comment; !m.ok || m.ls != ls || m.le != le {
		m.ls, m.le, m.at, m.ok = ls, le, commentStart(s.data[ls:le], s.kind), true
	}
	c := s.comment.at
	return c >= 0 && ls+c <= pos
}

// proseLine reports whether pos is on a prose line of a prose file (Markdown,
// text, changelog) rather than on a line that looks like code or a command.
// Inline code spans in a sentence are mentions: "do not use `curl -k`".
func (s *scanState) proseLine(pos int) bool {
	if s.kind != kindProse {
		return false
	}
	ls, le := s.lineStart(pos), s.lineEnd(pos)
	if m := &s.prose; m.ok && m.ls == ls && m.le == le {
		return m.isProse
	}
	isProse := s.proseText(ls, le)
	s.prose.ls, s.prose.le, s.prose.isProse, s.prose.ok = ls, le, isProse, true
	return isProse
}

// proseText is proseLine for the line data[ls:le].
func (s *scanState) proseText(ls, le int) bool {
	line := s.data[ls:le]
	if bytes.HasPrefix(line, []byte("    ")) || bytes.HasPrefix(line, []byte("\t")) {
		return false
	}
	l := bytes.TrimSpace(s.lower[ls:le])
	for _, cmd := range []string{"$ ", "curl ", "wget ", "http ", "https ", "export ", "set ", "docker ", "npx ", "wrangler ", "cloudflared ", "-h ", "--", "x-auth-", "authorization:"} {
		if bytes.HasPrefix(l, []byte(cmd)) {
			return false
		}
	}
	if proseWords(line, 3) {
		return true
	}
	// Code-like text outside inline code spans makes the line code. The
	// lowered copy is ASCII-lowercased; no needle below has a letter that a
	// non-ASCII letter lowercases to.
	outside := outsideCode(s.lower[ls:le])
	for _, w := range []string{"curl ", "wget ", "http ", "-h ", "--header", "fetch(", "requests.", "headers", "=", "{", "\"", "$ "} {
		if bytes.Contains(outside, []byte(w)) {
			return false
		}
	}
	return true
}

// outsideCode returns line without its `inline code` spans.
func outsideCode(line []byte) []byte {
	if bytes.IndexByte(line, '`') < 0 {
		return line
	}
	var out []byte
	in := false
	for _, c := range line {
		if c == '`' {
			in = !in
			continue
		}
		if !in {
			out = append(out, c)
		}
	}
	return out
}

// proseWords reports whether a line has at least min words outside inline
// code spans and before a trailing `# comment`: space-separated runs of
// letters, optionally ending in punctuation. It stops at the min-th word and
// allocates nothing: it runs for every anchor on a line, and a long line
// dense with anchors made a per-call split of the whole line quadratic.
func proseWords(line []byte, min int) bool {
	n := 0
	inCode := false
	for i := 0; i < len(line); {
		for i < len(line) {
			w := spaceAt(line, i)
			if w == 0 {
				break
			}
			i += w
		}
		start := i
		if start > 0 && start < len(line) && line[start] == '#' && line[start-1] == ' ' {
			break // a " #" comment: the words end here
		}
		ticks := 0
		for i < len(line) {
			if c := line[i]; c < utf8.RuneSelf {
				if asciiSpace[c] {
					break
				}
				if c == '`' {
					ticks++
				}
			} else if spaceAt(line, i) != 0 {
				break
			}
			i++
		}
		f := line[start:i]
		if len(f) == 0 {
			break
		}
		word := !inCode && ticks == 0
		if ticks%2 == 1 {
			inCode = !inCode
		}
		if !word {
			continue
		}
		for len(f) > 0 && wordTrimRight[f[len(f)-1]] {
			f = f[:len(f)-1]
		}
		for len(f) > 0 && wordTrimLeft[f[0]] {
			f = f[1:]
		}
		if len(f) < 2 {
			continue
		}
		letters := true
		for _, c := range f {
			if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
				letters = false
				break
			}
		}
		if letters {
			if n++; n >= min {
				return true
			}
		}
	}
	return false
}

// spaceAt returns the length of the white space rune at line[i] (as
// bytes.Fields sees white space), or 0.
func spaceAt(line []byte, i int) int {
	c := line[i]
	if c < utf8.RuneSelf {
		if asciiSpace[c] {
			return 1
		}
		return 0
	}
	r, w := utf8.DecodeRune(line[i:])
	if unicode.IsSpace(r) {
		return w
	}
	return 0
}

// wordTrimRight and wordTrimLeft are the punctuation a prose word may end
// and start with.
var wordTrimRight, wordTrimLeft = classOf(".,;:!?)"), classOf("(*_")

var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// lowerNeedles are the lowercase literals the auth and transport detectors
// look for. Scanning a region once for all of them costs one pass instead of
// one bytes.Index pass per literal. The pass looks up each needle by its
// rarest-looking pair, not its first: first pairs such as "re", "se", "in",
// "st" and "ve" are in most lines of code, and made indexNeedles compare
// needles every few bytes (bench/NOTES.md).
var lowerNeedles = struct {
	ids   map[string]int
	list  []string
	pairs [1 << 16]uint8      // 1: some needle's looked-up pair (cache-friendly reject)
	by    [1 << 16][]needleAt // the needles looked up by a pair
}{ids: map[string]int{}}

// needleAt is a needle whose looked-up pair is at offset at within it.
type needleAt struct{ id, at int }

func registerLowerNeedle(n string) {
	if _, ok := lowerNeedles.ids[n]; ok || len(n) < 2 {
		return
	}
	id := len(lowerNeedles.list)
	lowerNeedles.ids[n] = id
	lowerNeedles.list = append(lowerNeedles.list, n)
	k := rarestPair(n)
	p := uint16(n[k]) | uint16(n[k+1])<<8
	lowerNeedles.pairs[p] = 1
	lowerNeedles.by[p] = append(lowerNeedles.by[p], needleAt{id, k})
}

func init() {
	for _, n := range authHeaderNeedles {
		registerLowerNeedle(n)
	}
	for _, a := range AuthSettings {
		registerLowerNeedle(a.Name)
	}
	for _, f := range textSDKFuncs {
		registerLowerNeedle(f.spelling)
	}
	for _, a := range SDKKeyArgs {
		registerLowerNeedle(a.Key)
	}
	for _, t := range tlsCommands {
		registerLowerNeedle(t.name)
	}
	for _, t := range tlsMarkers {
		registerLowerNeedle(t)
	}
	for _, set := range tlsSettings {
		for _, n := range set.names {
			registerLowerNeedle(n)
		}
	}
	for _, sc := range plainHTTPSchemes {
		registerLowerNeedle(sc)
	}
}

// lowerHits are the offsets (relative to a region's start) of every
// registered needle in the region, by needle id.
type lowerHits [][]int

// each calls fn with the offset of every occurrence of the registered
// lowercase needle, in order.
func (h lowerHits) each(needle string, fn func(i int)) {
	id, ok := lowerNeedles.ids[needle]
	if !ok {
		panic("rules: unregistered needle " + needle)
	}
	for _, i := range h[id] {
		fn(i)
	}
}

// indexNeedles finds every registered needle in region r in one pass. A
// needle's occurrences come in order: each is found at its own pair offset.
func (s *scanState) indexNeedles(r region) lowerHits {
	hits := make(lowerHits, len(lowerNeedles.list))
	b := s.lower[r.start:r.end]
	pairs := &lowerNeedles.pairs
	i := 0
	// The pairs at eight offsets per step; the common step has no hit.
	for ; i+9 <= len(b); i += 8 {
		w := binary.LittleEndian.Uint64(b[i:])
		v := w>>8 | uint64(b[i+8])<<56 // the pairs at odd offsets
		if pairs[uint16(w)]|pairs[uint16(v)]|pairs[uint16(w>>16)]|pairs[uint16(v>>16)]|
			pairs[uint16(w>>32)]|pairs[uint16(v>>32)]|pairs[uint16(w>>48)]|pairs[uint16(v>>48)] == 0 {
			continue
		}
		for k := i; k < i+8; k++ {
			needlesAt(b, k, hits)
		}
	}
	for ; i+1 < len(b); i++ {
		needlesAt(b, i, hits)
	}
	return hits
}

// needlesAt records the needles whose looked-up pair is at b[i:i+2].
func needlesAt(b []byte, i int, hits lowerHits) {
	p := uint16(b[i]) | uint16(b[i+1])<<8
	if lowerNeedles.pairs[p] == 0 {
		return
	}
	for _, n := range lowerNeedles.by[p] {
		if at := i - n.at; at >= 0 && bytes.HasPrefix(b[at:], []byte(lowerNeedles.list[n.id])) {
			hits[n.id] = append(hits[n.id], at)
		}
	}
}
