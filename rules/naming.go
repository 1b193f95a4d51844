package rules

import (
	"bytes"
	"path"
	"slices"
	"strings"
)

// Context windows, in lines either side of a value (scanState.near, within
// ContextBytes): how far a fact may be from the value it qualifies.
const (
	hostLines       = 3  // a configured API host (cfContext); the word an SDK spelling needs (textSDKFunc.Near)
	emailLines      = 4  // the email setting that goes with a Global API Key setting
	contextLines    = 6  // "cloudflare", ddclient's protocol=, Turnstile, Access and tunnel credential words
	r2EndpointLines = 24 // an R2 endpoint in the same block as a secret access key (a backend "s3" block lists a dozen skip_* settings between them)
	settingLines    = 12 // the companion word an auth setting needs (AuthSetting near)
)

// Bounds of the name before a value (rawKeyBefore): the separators and
// quotes skipped back from the value, and the name's length.
const (
	maxKeySeparators = 12
	maxKeyLen        = 80
	maxAlignBlanks   = 64 // blanks aligning `=` in a column, beyond the first of each run
)

// cfNamed reports a key that names Cloudflare by its short prefix:
// CF_API_TOKEN, cfToken, acme.sh's SAVED_CF_Key.
func cfNamed(key string) bool {
	key = stripPublicEnv(key)
	if strings.HasPrefix(key, "cf") {
		return true
	}
	for _, w := range []string{"cfkey", "cfapi", "cftoken", "cfglobal", "cfauth", "cfdns"} {
		if strings.Contains(key, w) {
			return true
		}
	}
	return false
}

// ddnsCloudflare reports a DDNS client's Cloudflare entry around the
// span, whose `password` holds the API token or Global API Key: ddclient's
// `protocol=cloudflare`, or inadyn's `provider cloudflare.com {` block
// (also `provider default@cloudflare.com:1 {`).
func (s *scanState) ddnsCloudflare(start, end int) bool {
	return s.ddclientProtocol(start, "cloudflare") || s.parentHas(start, "provider cloudflare.com") || s.parentHas(start, "provider default@cloudflare.com") ||
		s.xmlDDNSCloudflare(start) >= 0 || s.uciDDNSCloudflare(start) >= 0 || s.netrcCloudflare(start) || s.edgeOSDDNSCloudflare(start)
}

// edgeOSLines bounds how far around a value an EdgeOS/VyOS block is read.
const edgeOSLines = 16

// edgeOSBlock returns the lines of the brace block holding the line at
// pos (`service custom-cloudflare {` … `}` in an EdgeOS/VyOS config.boot),
// else ok false.
func (s *scanState) edgeOSBlock(pos int) (a, b int, ok bool) {
	ls := s.lineStart(pos)
	a = -1
	for i, l := 0, ls; i < edgeOSLines && l > 0; i++ {
		l = s.lineStart(l - 1)
		t := bytes.TrimSpace(s.lower[l:s.lineEnd(l)])
		if bytes.Equal(t, []byte("}")) {
			return 0, 0, false
		}
		if bytes.HasSuffix(t, []byte("{")) {
			a = l
			break
		}
	}
	if a < 0 {
		return 0, 0, false
	}
	for i, l := 0, s.lineEnd(pos); i < edgeOSLines && l < len(s.lower); i++ {
		n := l + 1
		l = s.lineEnd(n)
		if t := bytes.TrimSpace(s.lower[n:l]); bytes.Equal(t, []byte("}")) || bytes.HasSuffix(t, []byte("{")) {
			return a, n, true
		}
	}
	return 0, 0, false
}

// edgeOSDDNSCloudflare reports whether the line at pos is in an EdgeOS/VyOS
// dynamic DNS service block (its ddclient) whose `protocol cloudflare`
// line names Cloudflare, in any order of its lines.
func (s *scanState) edgeOSDDNSCloudflare(pos int) bool {
	a, b, ok := s.edgeOSBlock(pos)
	return ok && s.blockLine(a, b, "protocol cloudflare") >= 0
}

// blockLine returns the start of the first line of [a,b) that, trimmed and
// lowercase, starts with prefix, else -1.
func (s *scanState) blockLine(a, b int, prefix string) int {
	for l := a; l < b; l = s.lineEnd(l) + 1 {
		if bytes.HasPrefix(bytes.TrimSpace(s.lower[l:s.lineEnd(l)]), []byte(prefix)) {
			return l
		}
	}
	return -1
}

// netrcCloudflare reports whether the password at pos belongs to a .netrc
// entry for a Cloudflare API host: the last `machine` before it (on its
// line or above, within ContextBytes) is api.cloudflare.com (curl -n,
// scripts that read the token back out of ~/.netrc).
func (s *scanState) netrcCloudflare(pos int) bool {
	host, ok := s.lastKeywordBefore(pos, "machine", func(w []byte, i int) ([]byte, bool) {
		end := i + len("machine")
		if (i > 0 && w[i-1] != ' ' && w[i-1] != '\t' && w[i-1] != '\n') || end >= len(w) || (w[end] != ' ' && w[end] != '\t') {
			return nil, false
		}
		host := bytes.TrimLeft(w[end:], " \t")
		if k := bytes.IndexAny(host, " \t\r\n"); k >= 0 {
			host = host[:k]
		}
		return host, true
	})
	return ok && s.hasAPIHost(host)
}

// lastKeywordBefore finds the last occurrence of the lowercase keyword kw
// within ContextBytes before pos that accept takes (given the window and
// the occurrence's offset in it), and returns what accept returns for it:
// the last `machine` of a .netrc, the last `protocol=` of a ddclient.conf.
func (s *scanState) lastKeywordBefore(pos int, kw string, accept func(w []byte, i int) ([]byte, bool)) ([]byte, bool) {
	w := s.lower[max(0, pos-ContextBytes):pos]
	for e := len(w); e > 0; {
		i := bytes.LastIndex(w[:e], []byte(kw))
		if i < 0 {
			return nil, false
		}
		e = i
		if v, ok := accept(w, i); ok {
			return v, true
		}
	}
	return nil, false
}

// uciDDNSLines bounds how far around a value an OpenWrt UCI section is read.
const uciDDNSLines = 40

// uciDDNSCloudflare returns the start of the section when the line at pos
// is an `option` of an OpenWrt UCI ddns-scripts section (/etc/config/ddns)
// whose `option service_name` is Cloudflare's ('cloudflare.com-v4'), else
// -1. The section runs from its `config` line to the next one; options
// come in any order.
func (s *scanState) uciDDNSCloudflare(pos int) int {
	a, b, ok := s.uciSection(pos)
	if !ok {
		return -1
	}
	for l := a; l < b; l = s.lineEnd(l) + 1 {
		t := bytes.TrimSpace(s.lower[l:s.lineEnd(l)])
		if v, ok := bytes.CutPrefix(t, []byte("option service_name")); ok {
			if bytes.HasPrefix(bytes.TrimLeft(v, " \t\"'"), []byte("cloudflare")) {
				return a
			}
		}
	}
	return -1
}

// uciSection returns the bounds of the UCI section holding the `option`
// line at pos: its `config …` line up to the next one (or a blank-free run
// of uciDDNSLines lines each way).
func (s *scanState) uciSection(pos int) (int, int, bool) {
	ls := s.lineStart(pos)
	if !bytes.HasPrefix(bytes.TrimLeft(s.lower[ls:pos], " \t"), []byte("option ")) {
		return 0, 0, false
	}
	a := -1
	for i, l := 0, ls; i < uciDDNSLines && l > 0; i++ {
		l = s.lineStart(l - 1)
		if bytes.HasPrefix(s.lower[l:s.lineEnd(l)], []byte("config ")) {
			a = l
			break
		}
	}
	if a < 0 {
		return 0, 0, false
	}
	b := s.lineEnd(pos)
	for i := 0; i < uciDDNSLines && b < len(s.lower); i++ {
		n := b + 1
		if bytes.HasPrefix(s.lower[n:s.lineEnd(n)], []byte("config ")) {
			break
		}
		b = s.lineEnd(n)
	}
	return a, b, true
}

// xmlDDNSLines bounds how far up a router's dynamic DNS entry is read.
const xmlDDNSLines = 16

// xmlDDNSTags open the element of a router config's dynamic DNS entry
// that names its service: OPNsense os-ddclient `<service>cloudflare</service>`,
// pfSense `<type>cloudflare</type>` (also cloudflare-v6).
var xmlDDNSTags = []string{"<service>cloudflare", "<type>cloudflare"}

// xmlDDNSCloudflare returns the start of the entry (its service element's
// line) when the line at pos is in an XML dynamic DNS entry for Cloudflare,
// else -1: the lines above, up to the entry's start, name the service. A
// closing tag alone on a line (`</account>`, `</dyndns>`) ends the search.
func (s *scanState) xmlDDNSCloudflare(pos int) int {
	ls := s.lineStart(pos)
	if bytes.IndexByte(s.lower[ls:pos], '<') < 0 {
		return -1
	}
	for i, a := 0, ls; i < xmlDDNSLines && a > 0 && ls-a < ContextBytes; i++ {
		a = s.lineStart(a - 1)
		t := bytes.TrimSpace(s.lower[a:s.lineEnd(a)])
		if bytes.HasPrefix(t, []byte("</")) {
			return -1
		}
		for _, tag := range xmlDDNSTags {
			if bytes.HasPrefix(t, []byte(tag)) {
				return a
			}
		}
	}
	return -1
}

// ddclientProtocol reports whether the last ddclient `protocol=` setting
// within ContextBytes before pos names proto: the entry's own (settings
// before its host), or the defaults set above a run of entries. Another
// entry's `protocol=cloudflare` after pos, or before this entry's own
// protocol, does not count.
func (s *scanState) ddclientProtocol(pos int, proto string) bool {
	v, ok := s.lastKeywordBefore(pos, "protocol", func(w []byte, i int) ([]byte, bool) {
		if i > 0 && wordChars[w[i-1]] {
			return nil, false
		}
		rest := bytes.TrimLeft(w[i+len("protocol"):], " \t")
		if len(rest) == 0 || rest[0] != '=' {
			return nil, false
		}
		return bytes.TrimLeft(rest[1:], " \t\"'"), true
	})
	return ok && bytes.HasPrefix(v, []byte(proto))
}

// keyCallBefore reports a call or constructor named like a key
// (`APIKey(`, `withKey(`) earlier on the value's line.
func (s *scanState) keyCallBefore(pos int) bool {
	line := s.lower[s.lineStart(pos):pos]
	return bytes.Contains(line, []byte("key(")) || bytes.Contains(line, []byte("key::new("))
}

// stripPublicEnv removes a framework's public-env prefix (EXPO_PUBLIC_,
// NEXT_PUBLIC_, NUXT_PUBLIC_) from a normalized key: such a variable is
// inlined into the shipped bundle, and the name after the prefix is what
// the value is.
func stripPublicEnv(key string) string {
	for _, p := range publicEnvPrefixes {
		if k, ok := strings.CutPrefix(key, p); ok {
			return k
		}
	}
	return key
}

// publicEnvPrefixes are frameworks' prefixes for environment variables
// inlined into client bundles (normalized).
var publicEnvPrefixes = []string{"expopublic", "nextpublic", "nuxtpublic"}

// tokenName reports whether a key names an API token or a key that holds one:
// legacy tokens are mixed-case, so a 40-character mixed-case value under an
// "api key" name (oznu/cloudflare-ddns API_KEY) is a token,
// not a hex Global API Key. S3-style access key names belong to R2/AWS.
// (a DDNS client's password is handled by its caller, with ddnsCloudflare.)
func tokenName(key string) bool {
	key = stripPublicEnv(key)
	if strings.Contains(key, "accesskey") || strings.Contains(key, "site") || strings.Contains(key, "public") {
		return false
	}
	for _, w := range []string{"token", "apikey", "authkey", "globalkey", "cfkey", "cloudflarekey"} {
		if strings.Contains(key, w) {
			return true
		}
	}
	return key == "authorization" || key == "key"
}

// nearAPIHost reports whether a Cloudflare API host appears within
// ContextBytes of the span.
func (s *scanState) nearAPIHost(start, end int) bool {
	if s.val != nil && s.val.apiHost {
		return true
	}
	return s.hasAPIHost(s.lower[max(0, start-ContextBytes):min(len(s.lower), end+ContextBytes)])
}

// hasAPIHost reports whether lowercase b names a Cloudflare API host as a
// whole host: api.cloudflare.com.evil.example and xapi.cloudflare.com do not.
func (s *scanState) hasAPIHost(b []byte) bool {
	return s.eachAPIHost(b, func(int) bool { return true })
}

// eachAPIHost calls yield with the offset in b of each whole-host
// occurrence of a Cloudflare API host (or a configured one) until yield
// returns true, and reports whether it did.
func (s *scanState) eachAPIHost(b []byte, yield func(i int) bool) bool {
	for _, h := range s.apiHosts() {
		if h == "" {
			continue
		}
		for off := 0; ; {
			i := bytes.Index(b[off:], []byte(h))
			if i < 0 {
				break
			}
			i += off
			off = i + len(h)
			if i > 0 && (hostChar[b[i-1]] || b[i-1] == '.') {
				continue
			}
			if j := i + len(h); j < len(b) && (hostChar[b[j]] || (b[j] == '.' && j+1 < len(b) && hostChar[b[j+1]])) {
				continue
			}
			if yield(i) {
				return true
			}
		}
	}
	return false
}

var hostChar = classOf("a-z0-9_-")

func (s *scanState) apiHosts() []string {
	if len(s.opt.ExtraHosts) == 0 {
		return APIHosts
	}
	return append(append([]string(nil), APIHosts...), s.opt.ExtraHosts...)
}

func globalKeyName(key string) bool {
	if strings.Contains(key, "token") || strings.HasSuffix(key, "id") || strings.Contains(key, "zone") || strings.Contains(key, "account") {
		return false
	}
	for _, w := range []string{"apikey", "authkey", "globalkey", "xauthkey", "cfkey", "cloudflarekey"} {
		if strings.Contains(key, w) {
			return true
		}
	}
	return key == "key" || (strings.HasSuffix(key, "new") && (strings.Contains(key, "cloudflare") || cfNamed(key)))
}

// foreignQualified reports a Global-key name whose qualifier names
// something of the application's own (GATE_API_KEY, crmApiKey): Cloudflare
// context nearby does not make it Cloudflare's, only its name would. A
// qualifier that Cloudflare keys are commonly stored under (GLOBAL_API_KEY,
// DNS_API_KEY) is not foreign, nor is an object path (`i.api_key`). key is
// keyBefore's name for the value at valStart; the check applies only when
// the identifier written before the value is that name.
func (s *scanState) foreignQualified(key string, valStart int) bool {
	if strings.Contains(key, "cloudflare") || cfNamed(key) {
		return false
	}
	j, i := s.rawKeyBefore(s.lineStart(valStart), valStart)
	raw := string(s.data[j:i])
	if normalizeKey(raw) != key || bytes.ContainsAny(s.data[i:valStart], "(,") {
		return false // (a call's argument: `option.WithAPIKey("…")`)
	}
	if k := strings.LastIndexAny(raw, ".:/>$@"); k >= 0 {
		raw = raw[k+1:]
	}
	q := stripPublicEnv(normalizeKey(raw))
	n := strings.Index(q, "apikey")
	if n <= 0 || n+len("apikey") != len(q) {
		return false
	}
	return !qualifiersOnly(q[:n])
}

// qualifiersOnly reports whether q is made of keyQualifiers only
// ("testglobal" of testGlobalAPIKey, "prodcf"… is not).
func qualifiersOnly(q string) bool {
	if q == "" {
		return true
	}
	for _, k := range keyQualifiers {
		if strings.HasPrefix(q, k) && qualifiersOnly(q[len(k):]) {
			return true
		}
	}
	return false
}

// keyQualifiers are the qualifiers that a Cloudflare Global API Key's
// name may carry without naming Cloudflare (normalized).
var keyQualifiers = []string{
	"x", "global", "dns", "ddns", "acme", "provider", "default", "my", "user", "legacy", "saved", "secret",
	"master", "main", "primary", "prod", "production", "dev", "staging", "stage", "test", "admin", "auth",
	"api", "env", "tf", "tfvar", "var", "dnsprovider", "lexicon", "old", "current", "with", "set", "use", "new",
}

// proseLabel returns the normalized label that a prose line gives the
// value at pos: the words from the line's start (past list marks and
// emphasis) to the colon before pos, a parenthesis dropped ("- Client
// Secret (new): <value>" is "clientsecret"), or in a table row the cell
// before the value's ("| Secret Access Key | <value> |"). It is "" outside
// prose files, with no colon or cell, or for a label of more than four words.
func (s *scanState) proseLabel(pos int) string {
	if s.kind != kindProse {
		return ""
	}
	ls := s.lineStart(pos)
	line := s.data[ls:pos]
	opening := func(b []byte) bool { return len(bytes.Trim(b, " \t`*_\"'")) == 0 }
	var label []byte
	if t := bytes.TrimLeft(line, " \t"); len(t) > 0 && t[0] == '|' {
		// A table row: `| Secret Access Key | `…` |`, the cell before the value's.
		b := bytes.LastIndexByte(line, '|')
		a := bytes.LastIndexByte(line[:max(b, 0)], '|')
		if a < 0 || !opening(line[b+1:]) {
			return ""
		}
		label = line[a+1 : b]
	} else {
		c := bytes.LastIndexByte(line, ':')
		if c < 0 || !opening(line[c+1:]) {
			return ""
		}
		label = line[:c]
	}
	if o := bytes.IndexByte(label, '('); o >= 0 {
		if e := bytes.IndexByte(label[o:], ')'); e >= 0 {
			label = append(append([]byte{}, label[:o]...), label[o+e+1:]...)
		}
	}
	label = bytes.TrimLeft(label, " \t-*+|>#")
	label = bytes.Trim(label, " \t*_`")
	if w := bytes.Fields(label); len(w) == 0 || len(w) > 4 {
		return ""
	}
	return normalizeKey(string(label))
}

func accessSecretName(key string) bool {
	return strings.Contains(key, "clientsecret") || strings.Contains(key, "servicetokensecret") || strings.Contains(key, "accesssecret")
}

// near reports whether the lowercase needle occurs within n lines around
// [start,end), and within ContextBytes of it.
func (s *scanState) near(start, end, lines int, needle string) bool {
	lo, hi := s.linesAround(start, end, lines)
	return bytes.Contains(s.lower[lo:hi], []byte(needle))
}

// linesAround returns the bounds of the span's lines and lines more on
// each side, within ContextBytes of it.
func (s *scanState) linesAround(start, end, lines int) (int, int) {
	lo, hi := start, end
	for i := 0; i < lines && lo > 0 && start-lo < ContextBytes; i++ {
		lo = s.lineStart(max(0, lo-1))
	}
	for i := 0; i <= lines && hi < len(s.data) && hi-end < ContextBytes; i++ {
		hi = s.lineEnd(min(len(s.data)-1, hi+1))
	}
	return max(lo, start-ContextBytes), min(hi, end+ContextBytes)
}

// nearInSection is near, within the INI/TOML section holding the span:
// an rclone.conf's [r2] endpoint says nothing of the [wasabi] remote's
// keys below it. A file without section headers is one section.
func (s *scanState) nearInSection(start, end, lines int, needle string) bool {
	lo, hi := start, end
	for i := 0; i < lines && lo > 0 && start-lo < ContextBytes; i++ {
		prev := s.lineStart(max(0, lo-1))
		if sectionHeader(s.data[prev:max(prev, lo-1)]) {
			break
		}
		lo = prev
	}
	for i := 0; i <= lines && hi < len(s.data) && hi-end < ContextBytes; i++ {
		next := s.lineEnd(min(len(s.data)-1, hi+1))
		if sectionHeader(s.data[min(hi+1, next):next]) {
			break
		}
		hi = next
	}
	lo, hi = max(lo, start-ContextBytes), min(hi, end+ContextBytes)
	return bytes.Contains(s.lower[lo:hi], []byte(needle))
}

// otherSectionContext reports that the span's Cloudflare context comes
// only from another INI/TOML section: "cloudflare" is not in the span's
// own section (nor in the path).
func (s *scanState) otherSectionContext(start, end int) bool {
	return !s.pathHasCloudflare && !(s.val != nil && s.val.cloudflare) && !s.docNamedCloudflare(start) &&
		!s.nearInSection(start, end, contextLines, "cloudflare") && !s.parentHas(start, "cloudflare")
}

// sectionHeader reports an INI/TOML section line: `[name]`, `[[name]]`.
func sectionHeader(line []byte) bool {
	t := bytes.TrimSpace(line)
	return len(t) > 2 && t[0] == '[' && t[len(t)-1] == ']' && (alnum[t[1]] || t[1] == '[' || t[1] == '"')
}

// parentHas reports whether a parent line of pos (by indentation: YAML keys,
// HCL blocks, or an INI/TOML [section]) contains the lowercase needle.
func (s *scanState) parentHas(pos int, needle string) bool {
	ls := s.lineStart(pos)
	limit := max(0, pos-ContextBytes)
	indentOf := indentOf
	if s.inDiffHunk(limit, ls) {
		indentOf = diffIndentOf
	}
	indent := indentOf(s.data[ls:pos])
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

// templateBranch reports a template's branch line (`{{- else }}`, `{{ else if … }}`,
// `{% else %}`, `{% elif … %}`): the members on either side are alternatives,
// not one mapping (a chezmoi template's `email` + `key` for work, `token` otherwise).
func templateBranch(t []byte) bool {
	for _, open := range []string{"{{", "{%"} {
		if b, ok := bytes.CutPrefix(t, []byte(open)); ok {
			b = bytes.TrimLeft(b, "-~ ")
			return bytes.HasPrefix(b, []byte("else")) || bytes.HasPrefix(b, []byte("elif")) || bytes.HasPrefix(b, []byte("elsif"))
		}
	}
	return false
}

// inDiffHunk reports whether the line at ls lies in a unified diff's hunk
// (`git log -p`, a .patch): an `@@ ` hunk header starts a line in
// [lo,ls); or in a Markdown ```diff block.
func (s *scanState) inDiffHunk(lo, ls int) bool {
	h := s.data[lo:ls]
	if bytes.HasPrefix(h, []byte("@@ ")) || bytes.Contains(h, []byte("\n@@ ")) {
		return true
	}
	p := s.fencePathAt(ls)
	return strings.HasSuffix(p, ".diff") || strings.HasSuffix(p, ".patch")
}

// diffIndentOf is indentOf for a line of a diff hunk, whose first column
// is its `+`, `-` or ` ` mark: `-  api_key = …` is indented as its
// context line `   api_key = …` would be.
func diffIndentOf(line []byte) int {
	if len(line) > 0 && (line[0] == '+' || line[0] == '-') {
		return 1 + indentOf(line[1:])
	}
	return indentOf(line)
}

// mappingHas reports whether a line of the mapping that holds the key at
// pos (the lines around it at the same indentation, up to a line indented
// less, a closing bracket, `---` or an INI [section], within ContextBytes)
// satisfies match, given the line's key (the name before `:` or `=`, nil if
// none) and the whole line, lowercase: octoDNS's `email:` beside `token:`,
// DNSControl's "TYPE": "CLOUDFLAREAPI" beside "apikey".
func (s *scanState) mappingHas(pos int, match func(key, line []byte) bool) bool {
	ls := s.lineStart(pos)
	indent := indentOf(s.data[ls:pos])
	lo, hi := max(0, pos-ContextBytes), min(len(s.data), pos+ContextBytes)
	// member reports whether the line [a,b) matches (found) or ends the
	// mapping (stop).
	member := func(a, b int) (found, stop bool) {
		line := s.lower[a:b]
		t := bytes.TrimSpace(line)
		if len(t) == 0 || t[0] == '#' || t[0] == ';' || bytes.HasPrefix(t, []byte("//")) {
			return false, false
		}
		if t[0] == '[' || t[0] == '}' || t[0] == ']' || bytes.Equal(t, []byte("---")) || indentOf(line) < indent || templateBranch(t) {
			return false, true
		}
		if indentOf(line) > indent {
			return false, false
		}
		t = bytes.TrimLeft(t, `"'- `)
		e := 0
		for e < len(t) && (identChar[t[e]] || t[e] == '-' || t[e] == '.') {
			e++
		}
		var key []byte
		if rest := bytes.TrimLeft(t[e:], `"' `+"\t"); len(rest) > 0 && (rest[0] == ':' || rest[0] == '=') {
			key = t[:e]
		}
		return match(key, line), false
	}
	for a := ls; a > lo; {
		b := a - 1
		a = s.lineStart(b)
		if found, stop := member(a, b); found {
			return true
		} else if stop {
			break
		}
	}
	for b := s.lineEnd(pos); b+1 < hi; {
		a := b + 1
		b = s.lineEnd(a)
		if found, stop := member(a, b); found || stop {
			return found
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

// cloudflarePath reports whether a lowercase path is Cloudflare's by name:
// "cloudflare" in it, wrangler's own config (~/.wrangler/config/default.toml,
// wrangler.toml / wrangler.json / wrangler.jsonc, and the local secrets
// of `wrangler dev`: .dev.vars and .dev.vars.<environment>).
func cloudflarePath(p string) bool {
	if strings.Contains(p, "cloudflare") || strings.HasPrefix(p, ".wrangler/") || strings.Contains(p, "/.wrangler/") {
		return true
	}
	base := p[strings.LastIndexByte(p, '/')+1:]
	return base == "wrangler.toml" || base == "wrangler.json" || base == "wrangler.jsonc" || base == ".dev.vars" || strings.HasPrefix(base, ".dev.vars.")
}

// docNamedCloudflare reports whether the YAML document holding pos (back to
// a `---` line or the file's start, within ContextBytes) has a `name:` that
// says cloudflare: a Kubernetes Secret named cloudflare-creds whose
// credentials JSON holds the key several lines below.
func (s *scanState) docNamedCloudflare(pos int) bool {
	limit := max(0, pos-ContextBytes)
	for ls := s.lineStart(pos); ls > limit; {
		prev := s.lineStart(ls - 1)
		t := bytes.TrimSpace(s.lower[prev : ls-1])
		ls = prev
		if bytes.Equal(t, []byte("---")) {
			return false
		}
		if bytes.HasPrefix(t, []byte("name:")) && bytes.Contains(t, []byte("cloudflare")) {
			return true
		}
	}
	return false
}

// cfContext reports whether the span has Cloudflare context: "cloudflare" (or
// a configured host) nearby or in a parent key, or in the file's path.
func (s *scanState) cfContext(start, end int) bool {
	// (cloudflare-rs: `Credentials::UserAuthToken { token: … }`, `UserAuthKey { email, key }`.)
	if s.pathHasCloudflare || (s.val != nil && s.val.cloudflare) || s.near(start, end, contextLines, "cloudflare") || s.parentHas(start, "cloudflare") || s.docNamedCloudflare(start) ||
		s.near(start, end, contextLines, "credentials::userauth") || s.ownerTypedCloudflare(start) || s.ancestorNamedCloudflare(start) {
		return true
	}
	for _, h := range s.opt.ExtraHosts {
		if s.near(start, end, hostLines, strings.ToLower(h)) {
			return true
		}
	}
	return false
}

// ancestorNameKeys name a password manager's or export's item.
var ancestorNameKeys = [][]byte{[]byte(`"name":`), []byte(`"title":`), []byte("name:"), []byte("title:")}

// ancestorLevels bounds how many enclosing objects ancestorNamedCloudflare reads.
const ancestorLevels = 4

// ancestorNamedCloudflare reports whether an object enclosing the value at
// pos (by indentation, up to ancestorLevels up and 2*ContextBytes back) has
// a name or title member that says cloudflare: a Bitwarden or 1Password
// export's item {"name": "Cloudflare dashboard", …, "fields": [{"name":
// "Global API Key", "value": …}]}.
func (s *scanState) ancestorNamedCloudflare(pos int) bool {
	ls := s.lineStart(pos)
	cur := indentOf(s.data[ls:pos])
	lo := max(0, pos-2*ContextBytes)
	for a, level := ls, 0; a > lo && level <= ancestorLevels; {
		a = s.lineStart(a - 1)
		line := s.lower[a:s.lineEnd(a)]
		t := bytes.TrimSpace(line)
		if len(t) == 0 {
			continue
		}
		switch in := indentOf(line); {
		case in < cur:
			cur, level = in, level+1 // an enclosing object or list opens
		case in == cur && level > 0:
			for _, k := range ancestorNameKeys {
				if bytes.HasPrefix(t, k) && bytes.Contains(t, []byte("cloudflare")) {
					return true
				}
			}
		}
	}
	return false
}

// ownerKeys name what a state or export object is: Pulumi's "type" and
// "urn", a resource's "provider".
var ownerKeys = [][]byte{[]byte(`"type":`), []byte(`"urn":`), []byte(`"provider":`), []byte("type:"), []byte("urn:"), []byte("provider:")}

// ownerTypedCloudflare reports whether the object that holds the value at
// pos in its "inputs"/"outputs" (its parent key) is typed as Cloudflare's
// by a sibling of that parent: a `pulumi stack export` resource
// {"type": "pulumi:providers:cloudflare", "inputs": {…}, "outputs": {"apiKey": …}},
// where the type may be many lines above the value.
func (s *scanState) ownerTypedCloudflare(pos int) bool {
	return s.parentMappingHas(pos, ownerKeys, "cloudflare")
}

// parentMappingHas reports whether a member of the mapping that holds the
// value's parent key (by indentation: the parent's siblings) says needle:
// any member, or with keys only one whose line starts with one of them.
// The parent must open a mapping (end in `{` or `:`).
func (s *scanState) parentMappingHas(pos int, keys [][]byte, needle string) bool {
	ls := s.lineStart(pos)
	indent := indentOf(s.data[ls:pos])
	lo, hi := max(0, pos-2*ContextBytes), min(len(s.data), pos+ContextBytes)
	p := -1
	for a := ls; a > lo && p < 0; {
		a = s.lineStart(a - 1)
		line := s.lower[a:s.lineEnd(a)]
		if t := bytes.TrimSpace(line); len(t) > 0 && indentOf(line) < indent {
			if t[len(t)-1] != '{' && t[len(t)-1] != ':' {
				return false
			}
			p = a
		}
	}
	if p < 0 {
		return false
	}
	pin := indentOf(s.lower[p:s.lineEnd(p)])
	owner := func(a int) (found, stop bool) {
		line := s.lower[a:s.lineEnd(a)]
		t := bytes.TrimSpace(line)
		switch in := indentOf(line); {
		case len(t) == 0 || in > pin:
			return false, false
		case in < pin:
			return false, true
		}
		if keys == nil {
			return bytes.Contains(t, []byte(needle)), false
		}
		for _, k := range keys {
			if bytes.HasPrefix(t, k) {
				return bytes.Contains(t, []byte(needle)), false
			}
		}
		return false, false
	}
	for a := p; a > lo; {
		a = s.lineStart(a - 1)
		if found, stop := owner(a); found || stop {
			return found
		}
	}
	for b := s.lineEnd(p); b+1 < hi; {
		a := b + 1
		b = s.lineEnd(a)
		if found, stop := owner(a); found || stop {
			return found
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
	key := s.nameBefore(valStart)
	switch key {
	case "password":
		// A password manager's entry: its name or title says what it holds.
		if k := s.entryLabel(s.lineStart(valStart), valStart); k != "" {
			return k
		}
	case "w":
		// macOS `security add-generic-password … -s <service> … -w '<secret>'`:
		// the Keychain item's service names the secret.
		if k := s.keychainService(s.lineStart(valStart), valStart); k != "" {
			return k
		}
	}
	return key
}

// keychainService returns the normalized -s service of a `security
// add-generic-password` (or add-internet-password) command on the line
// before pos, else "".
func (s *scanState) keychainService(ls, pos int) string {
	line := s.lower[ls:pos]
	i := bytes.Index(line, []byte("security add-"))
	if i < 0 {
		return ""
	}
	for _, f := range [][]byte{[]byte(" -s "), []byte(" -s\t")} {
		if k := bytes.Index(line[i:], f); k >= 0 {
			v := bytes.TrimLeft(line[i+k+len(f):], " \t")
			v = bytes.Trim(v[:max(0, bytes.IndexAny(append(v[:len(v):len(v)], ' '), " \t"))], `"'`)
			return normalizeKey(string(v))
		}
	}
	return ""
}

// nameBefore is keyBefore before a password manager's entry label.
func (s *scanState) nameBefore(valStart int) string {
	ls := s.lineStart(valStart)
	j, i := s.rawKeyBefore(ls, valStart)
	if s.val != nil && i == 0 {
		return s.val.key // nothing but the value before: the name its context gives
	}
	if i == 0 && valStart == 0 {
		if k := s.fileNamedValue(); k != "" {
			return k
		}
	}
	if k, ok := s.insertColumn(valStart); ok {
		return k
	}
	if j == i {
		if k := s.callOpenedAbove(ls, valStart); k != "" {
			return k
		}
	}
	if k, ok := s.copyColumn(ls, valStart); ok {
		return k
	}
	if sep := tableSeparator(s.opt.Path); sep != 0 && !s.cellNamesValue(ls, valStart, sep) {
		if k, ok := s.columnName(ls, valStart, sep); ok {
			return k
		}
	}
	if valStart > ls && s.data[valStart-1] == '>' {
		if k := s.xmlElementName(ls, valStart); k != "" {
			return k
		}
	}
	key := normalizeKey(string(s.data[j:i]))
	if raw := s.data[j:i]; bytes.IndexByte(raw, '.') > 0 && stringWrappers[normalizeKey(string(raw[bytes.LastIndexByte(raw, '.')+1:]))] {
		// Pulumi/CDKTF Go: `ApiKey: pulumi.String("…")`, `jsii.String("…")`:
		// the name is before the wrapper call.
		if j2, i2 := s.rawKeyBefore(ls, j); i2 > j2 {
			key = normalizeKey(string(s.data[j2:i2]))
		}
	}
	if key == "from" && j >= len("string::") && bytes.Equal(s.lower[j-len("string::"):j], []byte("string::")) {
		// Rust: `token: String::from("…")`: the name is before the call.
		if j2, i2 := s.rawKeyBefore(ls, j-len("string::")); i2 > j2 {
			key = normalizeKey(string(s.data[j2:i2]))
		}
	}
	if typeNames[key] {
		// `NAME: type = value`: the name is before the type's colon.
		k := j
		for k > ls && (s.data[k-1] == '&' || s.data[k-1] == '\'' || s.data[k-1] == ' ' || s.data[k-1] == '*') {
			k--
		}
		if k > ls && s.data[k-1] == ':' {
			j2, i2 := s.rawKeyBefore(ls, k)
			key = normalizeKey(string(s.data[j2:i2]))
		} else if k-ls > len(" as") && bytes.Equal(s.lower[k-len(" as"):k], []byte(" as")) {
			// VB: `Private Const CF_KEY As String = "…"`.
			j2, i2 := s.rawKeyBefore(ls, k-len("as"))
			key = normalizeKey(string(s.data[j2:i2]))
		}
	}
	if j == i && bytes.IndexByte(s.data[i:valStart], '=') >= 0 {
		// A subscript assignment: `headers['X-Auth-Key'] = '…'` (Python,
		// Ruby, PHP), `ENV["CLOUDFLARE_API_TOKEN"] = "…"`: the name is
		// the quoted index.
		if k := subscriptName(s.data[ls:i]); k != "" {
			return k
		}
	}
	if strings.HasSuffix(key, "setvalue") || strings.HasSuffix(key, "addvalue") {
		// Swift: request.setValue("…", forHTTPHeaderField: "X-Auth-Key"):
		// the header's name follows the value.
		if k := s.headerFieldAfter(valStart); k != "" {
			return k
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
	case "converttosecurestring":
		// PowerShell: `CFToken = (ConvertTo-SecureString '…' -AsPlainText -Force)`
		// (Posh-ACME plugin args): the name is before the call.
		k := j
		for k > ls && (s.data[k-1] == '(' || s.data[k-1] == ' ' || s.data[k-1] == '\t') {
			k--
		}
		if j2, i2 := s.rawKeyBefore(ls, k); i2 > j2 {
			return normalizeKey(string(s.data[j2:i2]))
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
		// YAML: a GitHub Actions input (`api-token:` with description:,
		// required:, default: '…' below) or a CloudFormation parameter
		// (`CloudflareApiToken:` … `Default: …`): the mapping's key.
		if k := s.yamlOwnerKey(ls); k != "" {
			return k
		}
		// JSON Schema: a property's `"default": "…"` (`"apiToken": {` above).
		if k := s.jsonOwnerKey(ls); k != "" {
			return k
		}
		// A Django model field's default: `api_key = models.CharField(` above.
		if k := s.fieldCallOwner(ls); k != "" {
			return k
		}
	case "initial":
		// A Django form field's initial value: `api_key = forms.CharField(`
		// above, `initial="…"` among its arguments.
		if k := s.fieldCallOwner(ls); k != "" {
			return k
		}
	case "value", "valuestring":
		// The API's token object (a saved POST /user/tokens response):
		// {"id", "name", "status", "issued_on", "policies", …, "value": "<token>"}.
		if s.memberAbove(ls, `"policies":`) && s.memberAbove(ls, `"issued_on":`) ||
			s.memberBefore(ls, j, "policies") && s.memberBefore(ls, j, "issued_on") {
			return "cloudflareapitoken"
		}
		// (Android managed configurations: {"key": "auth_client_secret",
		// "valueString": "…"}, as in a WARP client's Intune profile.)
		k := s.sameLineName(ls, j)
		if k == "" {
			k = s.pairName(j) // the `key`/`name` member of the same object or list item
		}
		if k != "" {
			return s.pairKey(j, k)
		}
		if k := s.yamlParentKey(ls); k != "" {
			return k // Pulumi.yaml `config: {cloudflare:apiToken: {value: …}}`
		}
		if k := s.jsonOwnerKey(ls); k != "" {
			return k // `terraform output -json`: {"r2_secret": {"sensitive": true, "type": …, "value": …}}
		}
	case "text":
		// A Worker's plain-text binding: Pulumi `{ name: "CF_API_TOKEN",
		// text: "…" }`, Terraform `plain_text_binding { name = …; text = … }`.
		k := s.sameLineName(ls, j)
		if k == "" {
			k = s.pairName(j)
		}
		if k == "" {
			k = s.hclBlockName(ls)
		}
		if k != "" {
			return k
		}
	case "parametervalue":
		// CloudFormation parameters files and describe-stacks output:
		// {"ParameterKey": "CloudflareApiToken", "ParameterValue": "…"}.
		if v, _, ok := s.sibling(j, "parameterkey"); ok && len(v) <= maxKeyLen {
			return normalizeKey(string(v))
		}
	case "httpheadervalue1", "httpheadervalue2", "httpheadervalue3", "httpheadervalue4", "httpheadervalue5", "httpheadervalue6":
		// Grafana: secureJsonData's httpHeaderValueN is the value of
		// jsonData's httpHeaderNameN, a few lines above.
		name := []byte("httpheadername" + key[len("httpheadervalue"):] + ":")
		lo := max(0, ls-2*ContextBytes)
		if k := bytes.LastIndex(s.lower[lo:ls], name); k >= 0 {
			v := bytes.TrimLeft(s.data[lo+k+len(name):s.lineEnd(lo+k)], " \t\"'")
			if e := bytes.IndexAny(v, " \t\"'\r"); e >= 0 {
				v = v[:e]
			}
			if len(v) > 0 && len(v) <= maxKeyLen {
				return normalizeKey(string(v))
			}
		}
	case "password":
		// Jenkins configuration-as-code: `- usernamePassword: {id:
		// "cloudflare-global-key", username: …, password: "…"}`.
		if v, _, ok := s.sibling(j, "id"); ok && len(v) <= maxKeyLen {
			if _, _, ok := s.sibling(j, "username"); ok {
				if id := normalizeKey(string(v)); strings.Contains(id, "cloudflare") || cfNamed(id) {
					return id
				}
			}
		}
	case "secret", "raw", "rawv2", "match":
		// Jenkins configuration-as-code: `- string: {id: "cloudflare-api-token",
		// secret: "…"}`: the credential's id names it.
		if v, _, ok := s.sibling(j, "id"); ok && len(v) <= maxKeyLen {
			if id := normalizeKey(string(v)); strings.Contains(id, "cloudflare") || cfNamed(id) {
				return id
			}
		}
		// A secret scanner's finding (gitleaks "Secret"/"Match" beside its
		// "RuleID", trufflehog "Raw" beside "DetectorName", a GitHub secret
		// scanning alert's "secret" beside "secret_type"): the rule names it.
		for _, r := range scannerRuleKeys {
			if v, _, ok := s.sibling(j, r); ok && len(v) <= maxKeyLen {
				if name := normalizeKey(string(v)); strings.Contains(name, "cloudflare") {
					return name
				}
			}
		}
		// A report whose detector is Cloudflare's and whose kind names the
		// credential: {"detector": "cloudflare", "kind": "global_api_key",
		// "secret": …}.
		if v, _, ok := s.sibling(j, "detector"); ok && len(v) <= maxKeyLen && strings.Contains(normalizeKey(string(v)), "cloudflare") {
			if k, _, ok := s.sibling(j, "kind"); ok && len(k) <= maxKeyLen {
				return "cloudflare" + normalizeKey(string(k))
			}
		}
	case "token", "rawauth":
		// A bearer auth object: Insomnia's {"type": "bearer", "token": …},
		// HTTPie's {"type": "bearer", "raw_auth": …}.
		if t, _, ok := s.sibling(j, "type"); ok && normalizeKey(string(t)) == "bearer" {
			return "bearer"
		}
	case "":
		// A default after an env read: `ENV['X'] || "v"`, `?? "v"`, ` or "v"`, `${X:-v}`,
		// Perl's `$ENV{X} // 'v'`.
		t := bytes.TrimRight(s.data[ls:i], " \t\"'`")
		for _, op := range [][]byte{[]byte("||"), []byte("??"), []byte(" or"), []byte(":-"), []byte(","), []byte("} //")} {
			if bytes.HasSuffix(t, op) {
				return s.assignedName(ls, i)
			}
		}
		if len(bytes.TrimSpace(t)) == 0 {
			if k := s.envDefaultArgName(ls); k != "" {
				return k
			}
		}
	}
	if k := s.envFallbackName(ls, j, i, valStart); k != "" {
		return k
	}
	return key
}

// memberAbove reports whether a line above ls at the same indentation,
// within ContextBytes and before a line indented less (the object's
// opening), starts with member (`"policies":`): a member of the same
// pretty-printed object, nested values between them skipped.
// memberBefore reports whether the JSON member name occurs on the line
// before pos, within ContextBytes: a one-line body, plain or escaped as a
// string (a go-vcr or VCR recording's `body: '{"result": …}'`).
func (s *scanState) memberBefore(ls, pos int, name string) bool {
	b := s.lower[max(ls, pos-ContextBytes):pos]
	return bytes.Contains(b, []byte(`"`+name+`":`)) || bytes.Contains(b, []byte(`"`+name+`\":`))
}

func (s *scanState) memberAbove(ls int, member string) bool {
	indent := indentOf(s.data[ls:s.lineEnd(ls)])
	for l, lo := ls, max(0, ls-ContextBytes); indent > 0 && l > lo; {
		prev := s.lineStart(l - 1)
		line := s.lower[prev : l-1]
		l = prev
		t := bytes.TrimSpace(line)
		if len(t) == 0 {
			continue
		}
		switch in := indentOf(line); {
		case in < indent:
			return false
		case in == indent && bytes.HasPrefix(t, []byte(member)):
			return true
		}
	}
	return false
}

// entryLabel returns the credential name that a password manager's entry
// gives the password at valStart: the row's name cell in a CSV export
// (`Cloudflare Global API Key,https://dash…,me@example.com,<key>`), the
// entry's Title in a KeePass XML export. It is "cloudflareglobalapikey" or
// "cloudflareapitoken" when that label names a Cloudflare key or token,
// else "".
func (s *scanState) entryLabel(ls, valStart int) string {
	var label []byte
	switch {
	case tableSeparator(s.opt.Path) != 0:
		label = s.data[ls:valStart]
	case strings.EqualFold(path.Ext(s.opt.Path), ".xml"):
		lo, hi := max(0, valStart-ContextBytes), min(len(s.lower), valStart+ContextBytes)
		a := bytes.LastIndex(s.lower[lo:valStart], []byte("<entry>"))
		b := bytes.Index(s.lower[valStart:hi], []byte("</entry>"))
		if a < 0 || b < 0 {
			return ""
		}
		entry := s.lower[lo+a : valStart+b]
		t := bytes.Index(entry, []byte("<key>title</key>"))
		if t < 0 {
			return ""
		}
		v := entry[t:]
		if o := bytes.Index(v, []byte("<value")); o >= 0 {
			v = v[o:]
			if gt := bytes.IndexByte(v, '>'); gt >= 0 {
				v = v[gt+1:]
				if e := bytes.IndexByte(v, '<'); e >= 0 {
					label = v[:e]
				}
			}
		}
	}
	l := bytes.ToLower(label)
	if !bytes.Contains(l, []byte("cloudflare")) {
		return ""
	}
	switch {
	case bytes.Contains(l, []byte("global")) || bytes.Contains(l, []byte("api key")):
		return "cloudflareglobalapikey"
	case bytes.Contains(l, []byte("token")):
		return "cloudflareapitoken"
	}
	return ""
}

// envDefaultArgName returns the name of the variable that the value on
// the line at ls is the default of, when an env read's arguments are one
// per line (black's style):
//
//	_SECRET = os.environ.get(
//	    "R2_SECRET_ACCESS_KEY",
//	    "<value>",
//	)
//
// the variable's name (normalized) from the line above, else "".
func (s *scanState) envDefaultArgName(ls int) string {
	if ls == 0 {
		return ""
	}
	pa := s.lineStart(ls - 1)
	prev := bytes.TrimSpace(s.data[pa : ls-1])
	name, ok := bytes.CutSuffix(prev, []byte(","))
	if !ok || len(name) < 3 || !isQuote(name[0]) || name[len(name)-1] != name[0] || pa == 0 {
		return ""
	}
	name = name[1 : len(name)-1]
	call := bytes.ToLower(bytes.TrimSpace(s.data[s.lineStart(pa-1) : pa-1]))
	if !bytes.HasSuffix(call, []byte("(")) || !bytes.Contains(call, []byte("env")) || envVarName(name) != string(name) {
		return ""
	}
	return normalizeKey(string(name))
}

// envFallbackLines is how far above a fallback assignment envFallbackName
// looks for the environment read it stands in for.
const envFallbackLines = 4

// envFallbackName returns the normalized environment variable name that
// the variable [j,i) was read from just above, when the value at valStart
// is that variable's fallback and the variable names Cloudflare:
//
//	token := os.Getenv("CF_API_TOKEN")
//	if token == "" {
//		token = "…"
//
// "" when the line is not a plain `name = value` or no such read is near.
func (s *scanState) envFallbackName(ls, j, i, valStart int) string {
	if j == i || len(bytes.Trim(s.data[ls:j], " \t$@")) > 0 {
		return ""
	}
	if op := bytes.TrimSpace(s.data[i:valStart]); len(op) == 0 || op[0] != '=' || bytes.HasPrefix(op, []byte("==")) {
		return ""
	}
	name := s.data[j:i]
	lo := s.linesBefore(ls, envFallbackLines)
	for e := ls; e > lo; {
		b := bytes.LastIndexByte(s.data[lo:e-1], '\n') + lo + 1
		line := s.data[b : e-1]
		e = b
		k := bytes.Index(line, name)
		if k < 0 || (k > 0 && identChar[line[k-1]]) {
			continue
		}
		rest := bytes.TrimLeft(line[k+len(name):], " \t")
		rest, ok := bytes.CutPrefix(rest, []byte(":="))
		if !ok {
			if rest, ok = bytes.CutPrefix(rest, []byte("=")); !ok || bytes.HasPrefix(rest, []byte("=")) {
				continue
			}
		}
		lr := bytes.ToLower(rest)
		at := bytes.Index(lr, []byte("env"))
		if at < 0 {
			continue
		}
		if n := envVarName(rest[at:]); NamesCloudflare(n) {
			return normalizeKey(n)
		}
		return ""
	}
	return ""
}

// NamesCloudflare reports whether a setting or variable name names
// Cloudflare: CLOUDFLARE_API_TOKEN, CF_API_TOKEN, cfToken.
func NamesCloudflare(name string) bool {
	k := normalizeKey(name)
	return k != "" && (strings.Contains(k, "cloudflare") || cfNamed(k))
}

// envVarName returns the first upper-case environment variable name
// (CF_API_TOKEN) in b: `env("CF_API_TOKEN")`, `.env.CF_API_TOKEN`.
func envVarName(b []byte) string {
	for k := 0; k < len(b); k++ {
		if c := b[k]; c < 'A' || c > 'Z' || (k > 0 && wordChars[b[k-1]]) {
			continue
		}
		e := k
		for e < len(b) && (b[e] >= 'A' && b[e] <= 'Z' || b[e] >= '0' && b[e] <= '9' || b[e] == '_') {
			e++
		}
		if e-k >= 3 && (e == len(b) || !wordChars[b[e]]) && bytes.IndexByte(b[k:e], '_') > 0 {
			return string(b[k:e])
		}
	}
	return ""
}

// subscriptName returns the normalized quoted index that b (the text
// before a subscript assignment's `=`) ends with: `h['X-Auth-Key']` →
// "xauthkey"; "" if b does not end with one.
func subscriptName(b []byte) string {
	if len(b) < 4 || b[len(b)-1] != ']' || !isQuote(b[len(b)-2]) {
		return ""
	}
	q := b[len(b)-2]
	inner := b[:len(b)-2]
	o := bytes.LastIndexByte(inner, q)
	if o < 1 || b[o-1] != '[' || o+1 == len(inner) || len(inner)-o-1 > maxKeyLen {
		return ""
	}
	return normalizeKey(string(inner[o+1:]))
}

// headerFieldAfter returns the normalized header name of a Swift
// `forHTTPHeaderField: "Name"` argument after the value at pos on its
// line, or "".
func (s *scanState) headerFieldAfter(pos int) string {
	end := s.lineEnd(pos)
	const arg = "forhttpheaderfield:"
	k := bytes.Index(s.lower[pos:end], []byte(arg))
	if k < 0 {
		return ""
	}
	v := bytes.TrimLeft(s.data[pos+k+len(arg):end], " \t")
	v = bytes.TrimPrefix(v, []byte("@")) // Objective-C: forHTTPHeaderField:@"X-Auth-Key"
	if len(v) < 2 || v[0] != '"' {
		return ""
	}
	e := bytes.IndexByte(v[1:], '"')
	if e <= 0 || e > maxKeyLen {
		return ""
	}
	return normalizeKey(string(v[1 : 1+e]))
}

// maxSecretFile bounds a file that holds nothing but one value.
const maxSecretFile = 256

// fileNamedValue returns the normalized base name (without extension) of
// a file that holds nothing but one value: a Docker or Kubernetes secret
// file (secrets/cloudflare_api_key.txt, CF_API_TOKEN) is named by its
// file name. "" for any other file.
func (s *scanState) fileNamedValue() string {
	t := bytes.TrimSpace(s.data)
	if len(s.data) > maxSecretFile || len(t) == 0 || bytes.ContainsAny(t, " \t\n=:") {
		return ""
	}
	base := path.Base(strings.ReplaceAll(s.opt.Path, "\\", "/"))
	if e := strings.LastIndexByte(base, '.'); e > 0 {
		base = base[:e]
	}
	return normalizeKey(base)
}

// yamlParentKey returns the normalized key of the YAML line that opens
// the mapping holding the line at ls (`cloudflare:apiToken:` alone on
// the line above a more indented `value: …`), or "".
func (s *scanState) yamlParentKey(ls int) string {
	indent := indentOf(s.data[ls:s.lineEnd(ls)])
	if indent == 0 || ls == 0 {
		return ""
	}
	prev := s.lineStart(ls - 1)
	line := s.data[prev : ls-1]
	if indentOf(line) >= indent {
		return ""
	}
	t := bytes.TrimSpace(line)
	t = bytes.TrimPrefix(t, []byte("- "))
	if len(t) < 2 || t[len(t)-1] != ':' || bytes.ContainsAny(t[:len(t)-1], " \t\"'{}[]") && !isQuote(t[0]) {
		return ""
	}
	return normalizeKey(string(t[:len(t)-1]))
}

// callOpenedAbove returns the name before a call that opens on the line
// above a value alone on its line (`"aws_secret_access_key":
// SecretValue.unsafe_plain_text(` then `"…"` below, as formatters wrap
// long literals), or "".
func (s *scanState) callOpenedAbove(ls, valStart int) string {
	if ls == 0 || len(bytes.Trim(s.data[ls:valStart], " \t\"'`")) != 0 {
		return ""
	}
	pe := ls - 1
	if pe > 0 && s.data[pe-1] == '\r' {
		pe--
	}
	prev := s.lineStart(pe)
	t := bytes.TrimRight(s.data[prev:pe], " \t")
	if len(t) == 0 || t[len(t)-1] != '(' {
		return ""
	}
	c := prev + len(t) - 1 // the parenthesis
	for c > prev && identChar[s.data[c-1]] {
		c--
	}
	if j2, i2 := s.rawKeyBefore(prev, c); i2 > j2 {
		return normalizeKey(string(s.data[j2:i2]))
	}
	return ""
}

// fieldCallOwner returns the normalized name assigned the call whose
// arguments hold the line at ls (`api_key = forms.CharField(` within
// yamlOwnerLines above, indented less, its arguments one per line), or "".
func (s *scanState) fieldCallOwner(ls int) string {
	indent := indentOf(s.data[ls:s.lineEnd(ls)])
	for i, a := 0, ls; i < yamlOwnerLines && a > 0 && indent > 0; i++ {
		a = s.lineStart(a - 1)
		line := s.data[a:s.lineEnd(a)]
		t := bytes.TrimRight(line, " \t\r")
		if len(bytes.TrimSpace(t)) == 0 || indentOf(line) >= indent {
			continue
		}
		if t[len(t)-1] != '(' {
			return ""
		}
		c := len(t) - 1
		for c > 0 && (identChar[t[c-1]] || t[c-1] == '.') {
			c--
		}
		b := bytes.TrimRight(t[:c], " \t")
		if len(b) < 2 || b[len(b)-1] != '=' || b[len(b)-2] == '=' {
			return ""
		}
		if j, e := s.rawKeyBefore(a, a+len(b)-1); e > j {
			return normalizeKey(string(s.data[j:e]))
		}
		return ""
	}
	return ""
}

// scannerRuleKeys name the rule of a secret scanner's finding.
var scannerRuleKeys = []string{"ruleid", "detectorname", "secrettype"}

// yamlOwnerLines bounds how far up yamlOwnerKey looks for the key.
const yamlOwnerLines = 8

// yamlOwnerKey returns the normalized key of the YAML line, within
// yamlOwnerLines above ls, that opens the mapping holding the line at ls
// (the first line indented less, a `key:` alone), or "".
func (s *scanState) yamlOwnerKey(ls int) string {
	indent := indentOf(s.data[ls:s.lineEnd(ls)])
	for i, a := 0, ls; i < yamlOwnerLines && a > 0 && indent > 0; i++ {
		a = s.lineStart(a - 1)
		line := s.data[a:s.lineEnd(a)]
		t := bytes.TrimSpace(line)
		if len(t) == 0 || t[0] == '#' || indentOf(line) >= indent {
			continue
		}
		return s.yamlParentKey(s.lineEnd(a) + 1)
	}
	return ""
}

// jsonOwnerKey returns the normalized key of the pretty-printed JSON
// object, within yamlOwnerLines above ls, that holds the line at ls (the
// first line indented less: `"name": {`), or "".
func (s *scanState) jsonOwnerKey(ls int) string {
	indent := indentOf(s.data[ls:s.lineEnd(ls)])
	for i, a := 0, ls; i < yamlOwnerLines && a > 0 && indent > 0; i++ {
		a = s.lineStart(a - 1)
		line := s.data[a:s.lineEnd(a)]
		if indentOf(line) >= indent {
			continue
		}
		t := bytes.TrimSpace(line)
		if len(t) < 5 || t[0] != '"' || !bytes.HasSuffix(t, []byte("{")) {
			return ""
		}
		e := bytes.IndexByte(t[1:], '"')
		if e < 0 || !bytes.HasPrefix(bytes.TrimSpace(t[e+2:]), []byte(":")) {
			return ""
		}
		return normalizeKey(string(t[1 : 1+e]))
	}
	return ""
}

// stringWrappers are Go calls that wrap a string literal for an SDK's
// input type (pulumi.String, pulumi.StringPtr, jsii.String).
var stringWrappers = map[string]bool{"string": true, "stringptr": true}

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
		// Helm's --set list items: `env[1].name=CF_API_KEY,env[1].value=…`.
		if attr == "name=" && i > 0 && line[i-1] == '.' {
			if e := bytes.IndexByte(v, ','); e > 0 && e <= maxKeyLen {
				return normalizeKey(string(v[:e]))
			}
		}
	}
	return ""
}

// genericElements are XML elements whose own name does not say what their
// text is: a sibling or the parent names it.
var genericElements = map[string]bool{"value": true, "defaultvalue": true, "string": true}

// xmlSiblingLines is how far above an XML element xmlElementName looks
// for the sibling that names it.
const xmlSiblingLines = 3

// xmlElementName returns the normalized name an XML document gives the
// text of the element whose start tag ends at valStart (its '>'), or "":
//   - an attribute of the tag: `<Config Name="API Key" Target="CF_API_TOKEN">…`
//     (Unraid templates: Target, key= or name=);
//   - for an element opening its line, a sibling a few lines above at its
//     indentation: `<key>Password</key>` then `<value …>…</value>`
//     (KeePass exports, plists), `<name>CF_API_TOKEN</name>` then
//     `<defaultValue>…</defaultValue>` (Jenkins job parameters);
//   - or its parent's attribute: `<property name="clientSecret">` above
//     `<value>…</value>` (Spring).
func (s *scanState) xmlElementName(ls, valStart int) string {
	if k := s.elementAttrName(ls, valStart-1); k == "headervalue" && ls > 0 {
		// JMeter: `<stringProp name="Header.name">X-Auth-Key</stringProp>`
		// above `<stringProp name="Header.value">…`: the header names it.
		pls := s.lineStart(ls - 1)
		prev := s.lower[pls : ls-1]
		if i := bytes.Index(prev, []byte(`name="header.name">`)); i >= 0 {
			v := s.data[pls+i+len(`name="header.name">`) : ls-1]
			if e := bytes.IndexByte(v, '<'); e > 0 && e <= maxKeyLen {
				return normalizeKey(string(v[:e]))
			}
		}
		return k
	} else if k != "" {
		return k
	}
	lt := bytes.LastIndexByte(s.lower[ls:valStart], '<')
	if lt < 0 || len(bytes.TrimSpace(s.data[ls:ls+lt])) != 0 || ls == 0 {
		return ""
	}
	tag := s.lower[ls+lt+1 : valStart-1]
	if e := bytes.IndexAny(tag, " \t"); e >= 0 {
		tag = tag[:e]
	}
	if !genericElements[string(tag)] {
		return "" // the element's own name names its text: <dns_cf_key>…
	}
	ind := indentOf(s.data[ls:valStart])
	for a, n := ls, 0; a > 0 && n < xmlSiblingLines; n++ {
		a = s.lineStart(a - 1)
		line := bytes.TrimRight(s.lower[a:s.lineEnd(a)], " \t\r")
		t := bytes.TrimSpace(line)
		if in := indentOf(line); in < ind {
			// The parent: Spring's `<property name="…">`.
			if len(t) > 0 && t[len(t)-1] == '>' {
				return s.elementAttrName(a, a+len(line)-1)
			}
			return ""
		}
		for _, tag := range []string{"key", "name"} {
			open, closing := "<"+tag+">", "</"+tag+">"
			if v, ok := bytes.CutPrefix(t, []byte(open)); ok {
				if e := bytes.Index(v, []byte(closing)); e > 0 && e <= maxKeyLen && e == len(v)-len(closing) {
					o := a + indentOf(line) + len(open)
					return normalizeKey(string(s.data[o : o+e]))
				}
			}
		}
	}
	return ""
}

// hclBlockName returns the normalized `name = "…"` attribute of the HCL
// block holding the line at ls (Terraform's `plain_text_binding { name =
// "CF_API_TOKEN"; text = "…" }`), or "": the lines of the block at the
// line's indentation, up to its `{` and down to its `}`, a few lines each
// way.
func (s *scanState) hclBlockName(ls int) string {
	ind := indentOf(s.data[ls:s.lineEnd(ls)])
	name := func(a, b int) (string, bool) {
		line := s.data[a:b]
		if indentOf(line) != ind {
			return "", false
		}
		t := bytes.TrimSpace(line)
		if !bytes.HasPrefix(t, []byte("name")) {
			return "", false
		}
		t = bytes.TrimLeft(t[len("name"):], " \t")
		if len(t) < 3 || t[0] != '=' {
			return "", false
		}
		t = bytes.TrimLeft(t[1:], " \t")
		if len(t) > 2 && t[0] == '"' {
			if e := bytes.IndexByte(t[1:], '"'); e > 0 && e <= maxKeyLen {
				return normalizeKey(string(t[1 : 1+e])), true
			}
		}
		return "", false
	}
	// Up to the block's opening line.
	for a, n := ls, 0; a > 0 && n < 6; n++ {
		a = s.lineStart(a - 1)
		b := s.lineEnd(a)
		if k, ok := name(a, b); ok {
			return k
		}
		if t := bytes.TrimSpace(s.data[a:b]); bytes.HasSuffix(t, []byte("{")) || indentOf(s.data[a:b]) < ind && len(t) > 0 {
			break
		}
	}
	// Down to its closing brace.
	for b, n := s.lineEnd(ls), 0; b+1 < len(s.data) && n < 6; n++ {
		a := b + 1
		b = s.lineEnd(a)
		if k, ok := name(a, b); ok {
			return k
		}
		if t := bytes.TrimSpace(s.data[a:b]); bytes.HasPrefix(t, []byte("}")) {
			break
		}
	}
	return ""
}

// elementNameAttrs are the attributes that name an XML element's text,
// most specific first: Unraid's Target is the variable, its Name a label.
var elementNameAttrs = []string{"target=", "key=", "name="}

// elementAttrName returns the normalized name that an attribute of the XML
// start tag ending at gt (its '>') gives the element's text, or "".
func (s *scanState) elementAttrName(ls, gt int) string {
	lt := bytes.LastIndexByte(s.lower[ls:gt], '<')
	if lt < 0 {
		return ""
	}
	tag := s.lower[ls+lt+1 : gt]
	if len(tag) == 0 || !identChar[tag[0]] || tag[len(tag)-1] == '/' {
		return ""
	}
	for _, attr := range elementNameAttrs {
		for off := 0; ; {
			i := bytes.Index(tag[off:], []byte(attr))
			if i < 0 {
				break
			}
			at := off + i
			off = at + len(attr)
			if at == 0 || (tag[at-1] != ' ' && tag[at-1] != '\t') || off >= len(tag) || !isQuote(tag[off]) {
				continue
			}
			v := s.data[ls+lt+1+off+1 : gt]
			if e := bytes.IndexByte(v, tag[off]); e > 0 {
				return normalizeKey(string(v[:e]))
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

// keySkip are the separators and quotes between a name and its value
// (and the @ of an Objective-C or C# verbatim string literal).
var keySkip = classOf(" \t\"'`:=>(,[{?+\\@")

// rawKeyBefore returns the span [j,i) of the identifier before the value at
// valStart, skipping separators and quotes.
func (s *scanState) rawKeyBefore(ls, valStart int) (int, int) {
	i := valStart
	// Blanks that align a column (terraform fmt's `key    = "…"`) count
	// once per run, up to maxAlignBlanks.
	// (An HTML-escaped quote is a separator too: `export CF_Key=&quot;…`.)
	for n := quoteEntityBefore(s.data[ls:i]); n > 0 && i-n < valStart; n = quoteEntityBefore(s.data[ls:i]) {
		i -= n
	}
	for skipped, blanks := 0, 0; i > ls && skipped < maxKeySeparators && keySkip[s.data[i-1]]; i-- {
		if c := s.data[i-1]; (c == ' ' || c == '\t') && i < valStart && (s.data[i] == ' ' || s.data[i] == '\t') {
			if blanks++; blanks > maxAlignBlanks {
				break
			}
			continue
		}
		skipped++
	}
	// Erlang's binary: `{cf_auth_key, <<"…">>}`.
	if i-2 >= ls && s.data[i-1] == '<' && s.data[i-2] == '<' && i < valStart {
		for i -= 2; i > ls && keySkip[s.data[i-1]]; i-- {
		}
	}
	// R's assignment arrow: `cf_api_token <- "…"`.
	if i-2 >= ls && s.data[i-1] == '-' && s.data[i-2] == '<' && i < valStart {
		for i -= 2; i > ls && (s.data[i-1] == ' ' || s.data[i-1] == '\t'); i-- {
		}
	}
	// Lisp's earmuffs: `(defparameter *cf-api-key* "…")`.
	if i-2 > ls && s.data[i-1] == '*' && identChar[s.data[i-2]] {
		m := i - 1
		for m > ls && i-m < maxKeyLen && identChar[s.data[m-1]] {
			m--
		}
		if m > ls && s.data[m-1] == '*' {
			return m, i - 1
		}
	}
	j := i
	for j > ls && i-j < maxKeyLen && identChar[s.data[j-1]] {
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

// dnsVendors are other DNS and CDN providers, as the tools that serve many
// of them (lego, acme.sh, certbot, octoDNS, DNSControl, external-dns,
// ddns-updater) name their settings and entries (normalized).
// dnsVendorNear reports another DNS vendor's name (dnsVendors) within
// ContextBytes of the span.
func (s *scanState) dnsVendorNear(start, end int) bool {
	w := s.lower[max(0, start-ContextBytes):min(len(s.lower), end+ContextBytes)]
	return slices.ContainsFunc(dnsVendors, func(v string) bool { return bytes.Contains(w, []byte(v)) })
}

var dnsVendors = []string{
	"gandi", "powerdns", "pdns", "cloudns", "porkbun", "godaddy", "namecheap", "namecom", "namesilo", "hetzner",
	"digitalocean", "linode", "vultr", "desec", "duckdns", "ovh", "dnsimple", "route53", "dynu", "infomaniak",
	"bunny", "rfc2136", "exoscale", "scaleway", "ionos", "inwx", "netcup", "transip", "luadns", "easydns",
	"dreamhost", "nifcloud", "constellix", "dnsmadeeasy", "hurricane", "freedns", "dyndns", "selectel", "yandex",
	"alidns", "aliyun", "dnspod", "tencent", "huaweicloud", "rackspace", "joker", "akamai", "fastly", "azure",
	"googledomains", "gcloud", "hostinger", "zilore", "njalla", "mythicbeasts", "glesys", "loopia", "websupport",
	"regru", "timeweb", "keycdn", "edgedns", "bluecat", "infoblox", "technitium", "acmedns", "httpreq",
}

// dnsVendorIn reports a DNS or CDN provider other than Cloudflare named in
// lowercase b, and no Cloudflare.
func dnsVendorIn(b []byte) bool {
	n := normalizeKey(string(b))
	if strings.Contains(n, "cloudflare") {
		return false
	}
	return slices.ContainsFunc(dnsVendors, func(v string) bool { return strings.Contains(n, v) })
}

// foreignOwner reports a generic credential name (api_key, token) whose
// mapping belongs to another DNS provider: its parent key names one
// (external-dns values' `pdns:`, DNSControl's "powerdns": {…}), or a
// `type:`/`provider:` member beside it does ("TYPE": "POWERDNS"). The
// Cloudflare context around it is then a neighbour's.
func (s *scanState) foreignOwner(pos int) bool {
	if s.mappingHas(pos, func(key, line []byte) bool {
		k := normalizeKey(string(key))
		return (k == "type" || k == "provider" || k == "class") && dnsVendorIn(line[bytes.IndexAny(line, ":=")+1:])
	}) {
		return true
	}
	// The parent: `pdns:`, `"powerdns": {`, `[gandi]`.
	t, ok := s.parentLine(pos)
	if !ok {
		return false
	}
	if e := bytes.IndexAny(t, ":={"); e > 0 {
		t = t[:e]
	}
	return dnsVendorIn(t)
}

// parentLine returns the trimmed lowercase line that opens the block
// holding the line at pos (by indentation: the nearest line above, within
// ContextBytes, indented less, comments and blank lines skipped), and
// whether there is one.
func (s *scanState) parentLine(pos int) ([]byte, bool) {
	ls := s.lineStart(pos)
	indent := indentOf(s.data[ls:pos])
	for l, lo := ls, max(0, pos-ContextBytes); indent > 0 && l > lo; {
		prev := s.lineStart(l - 1)
		line := s.lower[prev : l-1]
		l = prev
		t := bytes.TrimSpace(line)
		if len(t) == 0 || t[0] == '#' || indentOf(line) >= indent {
			continue
		}
		return t, true
	}
	return nil, false
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
	return slices.ContainsFunc(dnsVendors, func(v string) bool { return strings.Contains(key, v) })
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

// tableSeparator is the field separator of a CSV or TSV file by its path,
// 0 for another file.
func tableSeparator(p string) byte {
	switch strings.ToLower(path.Ext(p)) {
	case ".csv":
		return ','
	case ".tsv":
		return '\t'
	}
	return 0
}

// columnName returns the normalized header of the column that the value
// at pos (on the row starting at ls) is in: the header is the file's first
// line, when it lies within ContextBytes (a value further down has no name
// the window shows). A row that is the header itself has none.
func (s *scanState) columnName(ls, pos int, sep byte) (string, bool) {
	// (Rows can be long: a gitleaks CSV report's header may be several KiB up.)
	if ls == 0 || s.opt.Offset != 0 || ls > 8*ContextBytes {
		return "", false
	}
	he := bytes.IndexByte(s.data[:ls], '\n')
	if he < 0 {
		return "", false
	}
	col, _ := csvCell(s.data[ls:pos], sep)
	for i, name := range bytes.Split(bytes.TrimRight(s.data[:he], "\r"), []byte{sep}) {
		if i == col {
			return normalizeKey(string(bytes.Trim(bytes.TrimSpace(name), `"`))), true
		}
	}
	return "", false
}

// copyColumn returns the normalized column name of the value at pos in a
// row of a pg_dump `COPY t (a, b) FROM stdin;` block (tab-separated rows
// up to a `\.` line) that starts within ContextBytes before the row's line
// ls.
func (s *scanState) copyColumn(ls, pos int) (string, bool) {
	lo := max(0, ls-ContextBytes)
	at := -1
	if i := bytes.LastIndex(s.lower[lo:ls], []byte("\ncopy ")); i >= 0 {
		at = lo + i + 1
	} else if lo == 0 && bytes.HasPrefix(s.lower, []byte("copy ")) {
		at = 0
	}
	if at < 0 || at >= ls {
		return "", false
	}
	hdr := s.lower[at:s.lineEnd(at)]
	open, cl := bytes.IndexByte(hdr, '('), bytes.IndexByte(hdr, ')')
	if open < 0 || cl < open || !bytes.HasSuffix(bytes.TrimRight(hdr, " \t\r"), []byte("from stdin;")) {
		return "", false
	}
	if bytes.Contains(s.data[at:ls], []byte("\n\\.")) {
		return "", false // the block ended before this line
	}
	col := bytes.Count(s.data[ls:pos], []byte("\t"))
	cols := bytes.Split(s.data[at+open+1:at+cl], []byte(","))
	if col >= len(cols) {
		return "", false
	}
	name := normalizeKey(string(bytes.Trim(bytes.TrimSpace(cols[col]), `"`)))
	if name == "value" {
		// A key/value table (app_settings (key, value)): the row's key
		// field names the value.
		row := bytes.Split(s.data[ls:s.lineEnd(ls)], []byte("\t"))
		for c, n := range cols[:col] {
			if k := normalizeKey(string(n)); (k == "name" || k == "key") && c < len(row) {
				return normalizeKey(string(row[c])), true
			}
		}
	}
	return name, true
}

// cellNamesValue reports whether the table cell holding pos names the
// value itself before it (a gitleaks CSV "Match" cell
// `cf_access_client_secret: <value>`): the cell's own name beats its
// column's.
func (s *scanState) cellNamesValue(ls, pos int, sep byte) bool {
	_, c := csvCell(s.data[ls:pos], sep)
	return len(bytes.Trim(s.data[ls+c:pos], "\" \t")) > 0
}

// csvCell reads a delimited row up to its end (row is the text from the
// row's start to a position in it) and returns the column the position is
// in and where that cell starts in row; separators in double quotes do
// not count.
func csvCell(row []byte, sep byte) (col, start int) {
	var q byte
	for i, b := range row {
		switch {
		case q != 0:
			if b == q {
				q = 0
			}
		case b == '"':
			q = b
		case b == sep:
			col, start = col+1, i+1
		}
	}
	return col, start
}

// insertColumn returns the normalized column name that the value at pos
// is inserted into by a SQL `INSERT INTO t (a, b) VALUES ('…', '…'), (…)`
// that starts within ContextBytes before it: the statement is read
// forward to pos, counting the fields of the current row.
func (s *scanState) insertColumn(pos int) (string, bool) {
	lo := max(0, pos-ContextBytes)
	i := bytes.LastIndex(s.lower[lo:pos], []byte("insert into "))
	if i < 0 {
		return "", false
	}
	d := s.data
	at := lo + i
	open := bytes.IndexByte(d[at:pos], '(')
	if open < 0 {
		return "", false
	}
	open += at
	end := bytes.IndexByte(d[open:pos], ')')
	if end < 0 {
		return "", false
	}
	end += open
	cols := bytes.Split(d[open+1:end], []byte(","))
	v := bytes.Index(s.lower[end:pos], []byte("values"))
	if v < 0 {
		return "", false
	}
	depth := 0
	var fields []int // where each field of the current row starts
	var q byte
	for k := end + v + len("values"); k < pos; k++ {
		c := d[k]
		switch {
		case q != 0:
			if c == q {
				q = 0
			}
		case c == '\'' || c == '"':
			q = c
		case c == '(':
			depth++
			if depth == 1 {
				fields = append(fields[:0], k+1)
			}
		case c == ')':
			depth--
		case c == ',' && depth == 1:
			fields = append(fields, k+1)
		case c == ';':
			return "", false // the statement ended before pos
		}
	}
	col := len(fields) - 1
	if depth != 1 || col < 0 || col >= len(cols) {
		return "", false
	}
	name := normalizeKey(string(bytes.Trim(bytes.TrimSpace(cols[col]), "`\"[]")))
	if strings.HasSuffix(name, "value") {
		// A key/value table (settings (name, value), WordPress-style
		// (option_name, option_value), (meta_key, meta_value)): the row's
		// name field names the value.
		for c, n := range cols[:col] {
			if k := normalizeKey(string(bytes.Trim(bytes.TrimSpace(n), "`\"[]"))); strings.HasSuffix(k, "name") || strings.HasSuffix(k, "key") {
				f := bytes.TrimSpace(d[fields[c] : fields[c+1]-1])
				return normalizeKey(string(bytes.Trim(f, `'"`))), true
			}
		}
	}
	return name, true
}
