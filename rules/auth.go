package rules

import (
	"bytes"
	"path"
	"slices"
	"strings"

	"github.com/cfauthlint/cfauthlint/internal/testpath"
)

// Auth-method (CF2xx) and transport (CF3xx) detectors. These flag how code
// talks to the API, not secret values, so their spans are names and URLs.

func detectAuthHeaders(s *scanState, r region, h lowerHits) {
	for k, hd := range AuthHeaders {
		name := authHeaderNeedles[k]
		if len(h[authHeaderIDs[k]]) == 0 {
			continue
		}
		h.eachID(authHeaderIDs[k], func(i int) {
			start := r.start + i
			end := start + len(name)
			if (start > 0 && identChar[s.data[start-1]] && !escapedBreak(s.data[:start])) || (end < len(s.data) && identChar[s.data[end]]) {
				return
			}
			if s.headerSent(start, end) && !s.configuredHeader(end) {
				if hd.Rule == GlobalKeyAuth && !s.globalKeyContext(start, end) {
					return // another vendor's X-Auth-Key (Zilore, …)
				}
				msg := hd.Message
				if hd.Rule == GlobalKeyAuth {
					if op := s.endpointOf(start); op != nil {
						if m := GlobalKeyEndpointMessage(hd.What, op); m != "" {
							msg = m
						}
					}
				}
				s.add(hd.Rule, start, end, "high", msg)
			}
		})
	}
}

// enclosingCallURL returns the quoted http(s) URL (lowercase) that is the
// first argument of the call whose parentheses hold pos, within
// requestLines above, else nil.
func (s *scanState) enclosingCallURL(pos int) []byte {
	lo := s.linesBefore(pos, requestLines)
	depth := 0
	for i := pos - 1; i >= lo; i-- {
		switch s.lower[i] {
		case ')', ']', '}':
			depth++
		case '[', '{':
			depth--
		case '(':
			if depth > 0 {
				depth--
				continue
			}
			a := bytes.TrimLeft(s.lower[i+1:pos], " \t\r\n")
			if len(a) < 2 || !isQuote(a[0]) || !bytes.HasPrefix(a[1:], []byte("http")) {
				return nil
			}
			if e := bytes.IndexByte(a[1:], a[0]); e > 0 {
				return a[1 : 1+e]
			}
			return nil
		}
		if depth < 0 {
			depth = 0 // the header's own dict or list opening
		}
	}
	return nil
}

// requestLines is how far around an X-Auth-Key header globalKeyContext
// looks for the request's URL: a curl command's continuation lines, a
// headers dictionary and the call it is passed to.
const requestLines = 4

// globalKeyContext reports whether the X-Auth-Key header at [start,end)
// is Cloudflare's: X-Auth-Key is also other vendors' header (Zilore,
// OpenStack Swift). A Cloudflare API host (or a configured one) within
// ContextBytes is; else another vendor's URL within requestLines (the
// request's own) never is; else the X-Auth-Email partner within
// emailLines, or Cloudflare naming nearby or in the path, is needed.
func (s *scanState) globalKeyContext(start, end int) bool {
	if s.detectorSample(start) {
		return false
	}
	if s.nearAPIHost(start, end) {
		// (Unless the header's own command, continued with `\`, requests
		// another vendor's URL and not the API: `curl -H "X-Auth-Key: …" \`
		// then `"${ZILORE_API}/domains/…"` after a Cloudflare call above.)
		if clo, chi, ok := s.continuedCommand(start); ok {
			if w := s.lower[clo:chi]; !s.hasAPIHost(w) && (otherVendorURL(w) || s.otherVendorURLVariable(w, start)) {
				return false
			}
		}
		// (Or the call the header is an argument of names another
		// vendor's URL first: `requests.get("https://api.zilore.com/…",
		// headers={"X-Auth-Key": …})` beside functions that call the API.)
		if u := s.enclosingCallURL(start); u != nil && !s.hasAPIHost(u) && otherVendorURL(u) {
			return false
		}
		// (Unless the API host is only in a comment, "none of these go to
		// api.cloudflare.com", and the request names another vendor's URL.)
		return !s.otherVendorRequest(start, end) || s.apiHostInCode(start, end, ContextBytes)
	}
	if s.otherVendorRequest(start, end) {
		return false
	}
	// A script whose API is another vendor's (ZILORE_API="https://api.zilore.com/…")
	// and that never names the Cloudflare API host: its comments may say
	// "not Cloudflare", its X-Auth-Key is that vendor's.
	// (Unless the header's own item is named for Cloudflare: an n8n
	// credentials export's {"name": "Cloudflare Global Key", "data":
	// {"name": "X-Auth-Key", …}} beside a GitHub credential's server.)
	if s.otherVendorAPI() && s.nowhere("api.cloudflare.com") && len(s.opt.ExtraHosts) == 0 && !s.itemNamedCloudflare(start) {
		return false
	}
	if s.cloudflareWithin(start, end) {
		return true
	}
	// The X-Auth-Email partner alone: KingHost's and QUIC.cloud's APIs
	// take the same pair. A buffer that never says "cloudflare" and
	// calls another vendor's API (`KING_Api="https://api.kinghost.net/acme"`)
	// is that vendor's.
	// (Headers as name/value items, one member per line, put the partner's
	// name up to pairItemLines above: `{"name": "X-Auth-Email", "value": …,
	// "type": "text"}, {"key": "X-Auth-Key", …}`.)
	lines := emailLines
	if isPairName(bytes.TrimRight(s.lower[s.lineStart(start):start], ` "'`)) {
		lines = pairItemLines
	}
	return s.near(start, end, lines, "x-auth-email") && (!s.nowhere("cloudflare") || !s.otherVendorAPI())
}

// pairItemLines bounds how far above a name/value header item its partner
// item's name may be (an item of four members and its braces).
const pairItemLines = 7

// otherVendorAPI reports whether the buffer names another vendor's API
// host (`https://api.<host>` that is not a Cloudflare API host),
// remembering the answer for the scan.
func (s *scanState) otherVendorAPI() bool {
	if s.otherAPI != 0 {
		return s.otherAPI > 0
	}
	s.otherAPI = -1
	b := s.data
	for off := 0; off < len(b); {
		i := bytes.Index(b[off:], []byte("://api."))
		if i < 0 {
			break
		}
		i += off
		off = i + 3
		j := off
		for j < len(b) && (hostChar[b[j]] || b[j] == '.') {
			j++
		}
		if host := bytes.ToLower(b[off:j]); bytes.Count(host, []byte(".")) >= 2 && !s.hasAPIHost(host) && !ipEchoHost(host) {
			s.otherAPI = 1
			break
		}
	}
	return s.otherAPI > 0
}

// ipEchoHost reports a what-is-my-IP service (api.ipify.org), which DDNS
// scripts for any DNS provider call: it says nothing of whose API is used.
func ipEchoHost(host []byte) bool {
	for _, h := range []string{"ipify.org", "my-ip.io", "seeip.org", "ipinfo.io", "bigdatacloud.net", "ip.sb",
		"icanhazip.com", "ifconfig.me", "ifconfig.co", "checkip.amazonaws.com", "ident.me", "ipecho.net", "wtfismyip.com"} {
		if bytes.HasSuffix(host, []byte(h)) {
			return true
		}
	}
	return false
}

// otherVendorRequest reports whether the request around [start,end) (within
// requestLines) names another vendor's URL.
func (s *scanState) otherVendorRequest(start, end int) bool {
	lo, hi := start, end
	for i := 0; i < requestLines && lo > 0 && start-lo < ContextBytes; i++ {
		lo = s.lineStart(max(0, lo-1))
	}
	for i := 0; i <= requestLines && hi < len(s.data) && hi-end < ContextBytes; i++ {
		hi = s.lineEnd(min(len(s.data)-1, hi+1))
	}
	if clo, chi, ok := s.continuedCommand(start); ok {
		// A command continued with `\` (curl … \ -H "X-Auth-Key: …"): the
		// request is that command, not the next one.
		lo, hi = clo, chi
	}
	w := s.lower[max(lo, start-ContextBytes):min(hi, end+ContextBytes)]
	return otherVendorURL(w) || s.otherVendorURLVariable(w, start) || otherProxyPass(w, s)
}

// continuedCommand returns the lines of the shell command holding pos when
// it is continued with a trailing `\`, up to requestLines*2 lines each way.
func (s *scanState) continuedCommand(pos int) (lo, hi int, ok bool) {
	continued := func(le int) bool {
		return bytes.HasSuffix(bytes.TrimRight(s.lower[s.lineStart(le):le], " \t\r"), []byte("\\"))
	}
	ls, le := s.lineStart(pos), s.lineEnd(pos)
	up := ls > 0 && continued(ls-1)
	if !up && !continued(le) {
		return 0, 0, false
	}
	lo, hi = ls, le
	for i := 0; i < 2*requestLines && lo > 0 && continued(lo-1); i++ {
		lo = s.lineStart(lo - 1)
	}
	for i := 0; i < 2*requestLines && hi < len(s.lower) && continued(hi); i++ {
		hi = s.lineEnd(hi + 1)
	}
	return lo, hi, true
}

// otherProxyPass reports an nginx `proxy_pass` in w whose target is not a
// Cloudflare API host (an upstream block's name, an internal host): a
// proxy_set_header beside it goes to that backend.
func otherProxyPass(w []byte, s *scanState) bool {
	i := bytes.Index(w, []byte("proxy_pass "))
	if i < 0 {
		return false
	}
	t := bytes.TrimLeft(w[i+len("proxy_pass "):], " \t")
	if e := bytes.IndexAny(t, "; \t\n"); e >= 0 {
		t = t[:e]
	}
	if bytes.ContainsAny(t, "$") || len(t) == 0 {
		return false // a variable: the target is not known here
	}
	return !s.hasAPIHost(t)
}

// otherVendorURLVariable reports a request in w whose URL starts with a
// shell variable (`"${ZILORE_API}/domains/…"`, `"$API/…"`) assigned, within
// classBytes before pos, a written-out URL of another host than the API's.
func (s *scanState) otherVendorURLVariable(w []byte, pos int) bool {
	for off := 0; off < len(w); {
		i := bytes.Index(w[off:], []byte(`"$`))
		if i < 0 {
			return false
		}
		i += off + 2
		off = i
		name := w[i:]
		name = bytes.TrimPrefix(name, []byte("{"))
		e := 0
		for e < len(name) && (wordChars[name[e]]) {
			e++
		}
		if e == 0 || e >= len(name) || (name[e] != '/' && name[e] != '}') {
			continue
		}
		lo := max(0, pos-classBytes)
		a := bytes.LastIndex(s.lower[lo:pos], append(bytes.Clone(name[:e]), '='))
		if a < 0 {
			continue
		}
		line := s.lower[lo+a : s.lineEnd(lo+a)]
		if otherVendorURL(line) && !s.hasAPIHost(line) {
			return true
		}
	}
	return false
}

// foreignXAuthKey reports whether a value sent as X-Auth-Key at
// [start,end) belongs to another vendor's API: an OpenStack Swift auth
// request, or a request to another vendor's URL with no Cloudflare API
// host near.
func (s *scanState) foreignXAuthKey(start, end int) bool {
	return s.swiftAuth(start, end) || (!s.nearAPIHost(start, end) && (s.otherVendorRequest(start, end) || s.otherHostSession()))
}

// otherHostSession reports an HTTPie session file of another host than
// Cloudflare's API: sessions/<host>/<name>.json names the host it is sent
// to (sessions/api.zilore.com/default.json).
func (s *scanState) otherHostSession() bool {
	p := strings.ToLower(s.opt.Path)
	i := strings.LastIndex(p, "sessions/")
	if i < 0 || (i > 0 && p[i-1] != '/') {
		return false
	}
	host, _, ok := strings.Cut(p[i+len("sessions/"):], "/")
	if !ok || !strings.Contains(host, ".") {
		return false
	}
	host, _, _ = strings.Cut(host, "_") // HTTPie writes host_port
	return !s.hasAPIHost([]byte(host))
}

// otherVendorURL reports an http(s) URL in lowercase b whose host is
// written out and is not local (a template, a variable or localhost does
// not say whose API it is).
func otherVendorURL(b []byte) bool {
	for off := 0; off < len(b); {
		i := bytes.Index(b[off:], []byte("://"))
		if i < 0 {
			return false
		}
		i += off
		off = i + 3
		if !bytes.HasSuffix(b[:i], []byte("http")) && !bytes.HasSuffix(b[:i], []byte("https")) {
			continue
		}
		j := off
		for j < len(b) && (hostChar[b[j]] || b[j] == '.') {
			j++
		}
		host := b[off:j]
		if j < len(b) && strings.IndexByte("$%{<[@", b[j]) >= 0 {
			continue // a template or userinfo: the host is not known here
		}
		if bytes.IndexByte(host, '.') < 0 || bytes.HasPrefix(host, []byte("127.")) || bytes.HasPrefix(host, []byte("localhost")) {
			continue
		}
		return true
	}
	return false
}

// readCalls taking the header name as their argument read or remove it
// rather than send it: `r.Header.Get("X-Auth-Key")`, `headers.get('x-auth-key')`.
var readCalls = []string{"get(", "getheader(", "values(", "del(", "pop(", "has(", "getfirst(", "getall(", "remove(", "removeheader(",
	// test assertions on a header map: PHPUnit assertArrayHasKey, Java
	// containsKey, Ruby key?/include?, Python/JS has_key/hasOwnProperty.
	"assertarrayhaskey(", "assertarraynothaskey(", "containskey(", "key?(", "include?(", "has_key(", "hasownproperty("}

// readStatements earlier on the line make the statement a removal, a
// redaction or a list of sensitive names rather than a request.
var readStatements = []string{"delete ", "del ", "remove", "unset(", "strip", "redact", "mask", "sensitive"}

// headerDirectives are nginx-style directives that set a header (and
// Apache's mod_headers RequestHeader).
var headerDirectives = []string{"proxy_set_header", "add_header", "set_header", "more_set_headers", "requestheader set", "requestheader append", "requestheader add"}

var (
	readStatementsSet     = newLineNeedles(readStatements)
	headerDirectivesSet   = newLineNeedles(headerDirectives)
	headerFieldListSet    = newLineNeedles([]string{"http-header-field="})
	expectationOpenersSet = func() *lineNeedles {
		var ws []string
		for _, o := range expectationOpeners {
			ws = append(ws, string(o))
		}
		return newLineNeedles(ws)
	}()
)

// headerSent decides whether the header name at [start,end) is being sent:
// a name with a value (`Name: value`, `"Name": v`, `"Name" => v`,
// `("Name", v)`, `h["Name"] = v`), not a read, a list of names, a comparison,
// a comment or prose. The first recognizer in headerRecognizers that knows
// the site decides.
func (s *scanState) headerSent(start, end int) bool {
	if s.inComment(start) || s.proseLine(start) {
		return false
	}
	ls, le := s.lineStart(start), s.lineEnd(start)
	h := headerSite{s: s, start: start, end: end, ls: ls, le: le, before: s.lower[ls:start], after: s.data[end:le]}
	h.bt = bytes.TrimRight(h.before, " \t\"'`\\@")
	if start > ls && isQuote(s.data[start-1]) {
		h.q = s.data[start-1]
	}
	for _, r := range headerRecognizers {
		if sent, known := r.sent(&h); known {
			return sent
		}
	}
	return false
}

// headerSite is a header name's surroundings on its line.
type headerSite struct {
	s                  *scanState
	start, end, ls, le int
	before             []byte // the lowercased line before the name
	after              []byte // the line after it
	bt                 []byte // before without trailing quotes, spaces, `\` and `@`
	q                  byte   // the quote the name is in, 0 for none
}

// headerRecognizers tell, in order, what a header name's site is; each
// reports whether the header is sent and whether it knows the site.
var headerRecognizers = []struct {
	what string
	sent func(h *headerSite) (sent, known bool)
}{
	{"a read call (get, getHeader, del, …)", readCallSite},
	{"a line that deletes, strips or redacts headers", redactingLine},
	{"a test's expectation about headers (matchers, toEqual, webmock with(headers:))", expectationSite},
	{"Swift's auth header dictionaries", func(h *headerSite) (bool, bool) { return false, h.s.swiftAuth(h.start, h.end) }},
	{"Swift/Objective-C setValue with forHTTPHeaderField", forHTTPHeaderField},
	{"a case of a switch over header names", switchCase},
	{"a name/value pair: Postman, HAR, YAML name with value on the next line", nameValuePair},
	{"a RouterOS /tool fetch http-header-field list", headerFieldList},
	{"a Grafana datasource's custom header (httpHeaderNameN)", grafanaHeader},
	{"a Retrofit service method's @Header parameter", retrofitHeaderParam},
	{"a JMeter HeaderManager entry (Header.name, then Header.value)", jmeterHeader},
	{"a Karate step: * header X-Auth-Key = …", karateHeader},
	{"an HCL headers map's attribute (Terraform http data source: request_headers = { X-Auth-Key = … })", hclHeaderAttr},
	{"an XML entry's key then value (NiFi InvokeHTTP's dynamic properties), or an element's name and value attributes (QRadar)", xmlEntryHeader},
	{"an unquoted name: raw header lines, nginx directives", unquotedName},
	{"a quoted name followed by its value", quotedName},
}

// xmlEntryHeader: a header name as an XML entry's key, its value the next
// element (`<key>X-Auth-Key</key>` then `<value>#{cf_global_key}</value>`:
// a NiFi InvokeHTTP processor's dynamic property, sent as a header).
func xmlEntryHeader(h *headerSite) (bool, bool) {
	// An element's name and value attributes: QRadar's Universal Cloud REST
	// API `<RequestHeader name="X-Auth-Key" value="${/api_key}" />`.
	if h.q != 0 && bytes.HasSuffix(h.bt, []byte("name=")) && len(h.after) > 0 && h.after[0] == h.q {
		rest := bytes.TrimLeft(h.after[1:], " \t")
		v, ok := bytes.CutPrefix(rest, []byte("value="))
		if !ok || len(v) == 0 || !isQuote(v[0]) {
			return false, true
		}
		v, _, _ = bytes.Cut(v[1:], v[:1])
		return valuePresent(v), true
	}
	if !bytes.HasSuffix(h.bt, []byte("<key>")) || !bytes.HasPrefix(h.after, []byte("</key>")) {
		return false, false
	}
	rest := bytes.TrimSpace(h.after[len("</key>"):])
	if len(rest) == 0 && h.le+1 < len(h.s.data) {
		rest = bytes.TrimSpace(h.s.data[h.le+1 : h.s.lineEnd(h.le+1)])
	}
	v, ok := bytes.CutPrefix(rest, []byte("<value>"))
	if !ok {
		return false, true
	}
	v, _, _ = bytes.Cut(v, []byte("</value>"))
	return valuePresent(bytes.TrimSpace(v)), true
}

// hclHeaderAttr: a header name written as an attribute of an HCL map
// under a headers key (`request_headers = {` then `X-Auth-Key = var.key`).
func hclHeaderAttr(h *headerSite) (bool, bool) {
	switch strings.ToLower(path.Ext(h.s.opt.Path)) {
	case ".tf", ".hcl", ".tofu":
	default:
		return false, false
	}
	a := bytes.TrimLeft(h.after, " \t")
	if h.q != 0 || len(bytes.TrimSpace(h.before)) != 0 || len(a) < 2 || a[0] != '=' || a[1] == '=' {
		return false, false
	}
	if !h.s.parentHas(h.start, "headers") {
		return false, false
	}
	return valuePresent(a[1:]), true
}

// wireMockJSONMatchers are the matchers of a WireMock JSON mapping's
// request headers.
var wireMockJSONMatchers = []string{"matches", "contains", "equalto", "equaltoignorecase", "absent", "doesnotmatch", "doesnotcontain", "hasexactly", "includes"}

// wireMockJSONMatcher reports whether v (a header's value) opens a WireMock
// matcher object: `{ "matches": "^[0-9a-f]{37}$" }`.
func wireMockJSONMatcher(v []byte) bool {
	v = bytes.TrimLeft(v, " \t")
	if len(v) < 3 || v[0] != '{' {
		return false
	}
	v = bytes.TrimLeft(v[1:], " \t\"")
	for _, m := range wireMockJSONMatchers {
		if len(v) > len(m) && bytes.EqualFold(v[:len(m)], []byte(m)) && v[len(m)] == '"' {
			return true
		}
	}
	return false
}

// jmeterHeader: a JMeter test plan's header, `<stringProp
// name="Header.name">X-Auth-Key</stringProp>` with its `<stringProp
// name="Header.value">…</stringProp>` on the next line.
func jmeterHeader(h *headerSite) (bool, bool) {
	if !bytes.HasSuffix(h.before, []byte(`name="header.name">`)) {
		return false, false
	}
	if h.le+1 >= len(h.s.lower) {
		return false, true
	}
	next := bytes.TrimSpace(h.s.data[h.le+1 : h.s.lineEnd(h.le+1)])
	v, ok := bytes.CutPrefix(bytes.ToLower(next), []byte(`<stringprop name="header.value">`))
	if !ok {
		return false, true
	}
	v = next[len(next)-len(v):]
	if e := bytes.Index(v, []byte("</")); e >= 0 {
		v = v[:e]
	}
	return headerValue(v), true
}

// karateHeader: a Karate feature's step `* header X-Auth-Key = value`
// (also after Given/And).
func karateHeader(h *headerSite) (bool, bool) {
	if h.q != 0 || !bytes.HasSuffix(bytes.TrimRight(h.before, " \t"), []byte(" header")) {
		return false, false
	}
	t := bytes.TrimLeft(h.before, " \t")
	if !(bytes.HasPrefix(t, []byte("* ")) || bytes.HasPrefix(t, []byte("given ")) || bytes.HasPrefix(t, []byte("and "))) {
		return false, false
	}
	v := bytes.TrimLeft(h.after, " \t")
	if len(v) < 2 || v[0] != '=' || v[1] == '=' {
		return false, true
	}
	return headerValue(v[1:]), true
}

func readCallSite(h *headerSite) (bool, bool) {
	for _, rc := range readCalls {
		if bytes.HasSuffix(h.bt, []byte(rc)) {
			return false, true
		}
	}
	// A server's handler parameter bound to the request's header: Spring
	// @RequestHeader(value = "X-Auth-Key"), JAX-RS @HeaderParam, ASP.NET
	// [FromHeader(Name = …)].
	for _, a := range headerParamBindings {
		if bytes.Contains(h.before, []byte(a)) {
			return false, true
		}
	}
	return false, false
}

// headerParamBindings bind a server handler's parameter to a request header.
var headerParamBindings = []string{"@requestheader(", "@headerparam(", "[fromheader("}

// grafanaHeader: a Grafana datasource's custom header, `httpHeaderName1:
// X-Auth-Key` in jsonData, its value `httpHeaderValue1` in secureJsonData.
func grafanaHeader(h *headerSite) (bool, bool) {
	b, ok := bytes.CutSuffix(h.bt, []byte(":"))
	if !ok {
		return false, false
	}
	b = bytes.TrimRight(b, "0123456789")
	if !bytes.HasSuffix(b, []byte("httpheadername")) {
		return false, false
	}
	return true, true
}

// retrofitHeaderParam: a Retrofit (Java, Kotlin) service method's parameter
// `@Header("X-Auth-Key") String key`: each call sends it.
func retrofitHeaderParam(h *headerSite) (bool, bool) {
	if h.q == 0 || !bytes.HasSuffix(h.bt, []byte("@header(")) {
		return false, false
	}
	rest := bytes.TrimLeft(h.after, `"' `)
	return bytes.HasPrefix(rest, []byte(")")), true
}

// expectLines bounds how far above a header name its test expectation
// may open (a multi-line object given to toEqual).
const expectLines = 3

// expectationOpeners open an expected set of headers in a test: Jest and
// Vitest matchers, webmock and RSpec `with(headers: …)`, nock.
var expectationOpeners = [][]byte{[]byte("toequal("), []byte("tostrictequal("), []byte("tomatchobject("), []byte(".with(headers:"), []byte("reqheaders"), []byte("matchheader(")}

// wireMockMatchers are WireMock's header matchers: withHeader("X-Auth-Key",
// absent()) expects a request, it sends nothing.
var wireMockMatchers = [][]byte{[]byte("absent()"), []byte("equalto("), []byte("matching("), []byte("containing("), []byte("notmatching(")}

// expectationSite: a header name inside a test's expectation of what a
// request carries is what the code under test sends, not a request here
// (the code under test is judged in its own file; a literal key stays a
// secret finding).
func expectationSite(h *headerSite) (bool, bool) {
	if !h.s.codeFile() {
		return false, false // test expectations are program code
	}
	if bytes.HasSuffix(h.bt, []byte("withheader(")) {
		rest := bytes.TrimLeft(h.s.lower[h.end:h.le], `"' ,`+"\t")
		for _, m := range wireMockMatchers {
			if bytes.HasPrefix(rest, m) {
				return false, true
			}
		}
		return false, false
	}
	// The name's own line (its needles worked out once per line), then the
	// lines above it.
	if h.s.lineHasBefore(h.ls, h.le, h.start, expectationOpenersSet) {
		return false, true
	}
	w := h.s.lower[min(h.s.linesBefore(h.start, expectLines), h.ls):h.ls]
	for _, o := range expectationOpeners {
		if bytes.Contains(w, o) {
			return false, true
		}
	}
	return false, false
}

func redactingLine(h *headerSite) (bool, bool) {
	if h.s.lineHasBefore(h.ls, h.le, h.start, readStatementsSet) {
		return false, true
	}
	// A member of a map of headers to scrub (`const REDACT = {` then
	// `'x-auth-key': '<CLOUDFLARE_API_KEY>',`: a recorder's filter).
	// (Not a function's body: `func TestHeadersMasksAuthKey(t *testing.T) {`.)
	if i := h.s.openingBrace(h.ls); i >= 0 && h.s.lower[i] == '{' && !blockOpener(h.s.lower[h.s.lineStart(i):i+1]) &&
		containsAnyOf(h.s.lower[h.s.lineStart(i):i], redactOwnerWords) {
		return false, true
	}
	// Headers built only to be redacted: `h.Set("X-Auth-Key", fakeKey)`
	// then `got := Redact(h)`, or `sample = 'headers={"X-Auth-Key": …}'`
	// then `print(redact(sample))` (a redaction test or self-check).
	if name := headerHolder(bytes.TrimLeft(h.s.lower[h.ls:h.start], " \t")); len(name) > 0 {
		below := h.s.lower[h.le:min(len(h.s.lower), h.s.lineEnd(min(len(h.s.lower)-1, h.le+redactedLines*80)))]
		for _, w := range redactOwnerWords {
			for off := 0; ; {
				i := bytes.Index(below[off:], []byte(w))
				if i < 0 {
					break
				}
				off += i + len(w)
				j := off
				for j < len(below) && identChar[below[j]] {
					j++
				}
				if j < len(below) && below[j] == '(' && bytes.HasPrefix(bytes.TrimLeft(below[j+1:], " \t"), name) {
					if k := len(bytes.TrimLeft(below[j+1:], " \t")); k == len(name) || !identChar[bytes.TrimLeft(below[j+1:], " \t")[len(name)]] {
						return false, true
					}
				}
			}
		}
	}
	return false, false
}

// redactedLines: how far below a header its holder's redaction call may be.
const redactedLines = 8

// headerHolder returns the name that holds a header set on the line
// before it (lowercase): `h.Set(`, `h.Add(`, `h[` (the receiver) or `x =`
// (the target), else nil.
func headerHolder(before []byte) []byte {
	e := 0
	for e < len(before) && wordChars[before[e]] {
		e++
	}
	if e == 0 {
		return nil
	}
	rest := bytes.TrimLeft(before[e:], " \t")
	switch {
	case bytes.HasPrefix(rest, []byte(".set(")), bytes.HasPrefix(rest, []byte(".add(")), bytes.HasPrefix(rest, []byte("[")),
		bytes.HasPrefix(rest, []byte("=")) && !bytes.HasPrefix(rest, []byte("==")):
		return before[:e]
	}
	return nil
}

// redactOwnerWords name a map of headers that a recorder or logger scrubs.
var redactOwnerWords = []string{"redact", "scrub", "mask", "sensitive", "sanitiz", "filter_headers", "filterheaders"}

func forHTTPHeaderField(h *headerSite) (bool, bool) {
	if !bytes.HasSuffix(h.bt, []byte("forhttpheaderfield:")) {
		return false, false
	}
	return bytes.Contains(h.before, []byte("setvalue")) || bytes.Contains(h.before, []byte("addvalue")), true
}

func switchCase(h *headerSite) (bool, bool) {
	return false, bytes.HasSuffix(bytes.TrimRight(h.before, " \t\"'`"), []byte("case"))
}

// nameValuePair: `{"key": "X-Auth-Key", "value": …}` (Postman),
// `{"name": "X-Auth-Key", "value": …}` (HAR, Insomnia, HTTPie), or YAML
// `- name: X-Auth-Key` with `value:` below: the header is sent when the
// same object or list item has a value member (pairs.go) and is not
// switched off ("disabled": true). In a Postman
// apikey auth list the name is the value of the {"key": "key"} item.
func nameValuePair(h *headerSite) (bool, bool) {
	// A Node-RED http request node's header item: {"keyType": "other",
	// "keyValue": "X-Auth-Key", "valueType": "other", "valueValue": …}.
	if hasAnySuffix(h.bt, `keyvalue":`) {
		v, _, ok := h.s.sibling(h.start, "valuevalue")
		return ok && valuePresent(v), true
	}
	if hasAnySuffix(h.bt, "value:", `value":`) {
		if k, _, ok := h.s.sibling(h.start, "key"); ok && normalizeKey(string(k)) == "key" && h.s.postmanAuth(h.start, "apikey") {
			return true, true
		}
		return false, false
	}
	if !isPairName(h.bt) {
		return false, false
	}
	v, _, ok := h.s.sibling(h.start, "value")
	return ok && valuePresent(v) && !h.s.pairDisabled(h.start), true
}

// maxHeaderList bounds how far before a header name its RouterOS
// http-header-field= list may start.
const maxHeaderList = 512

// headerFieldList: MikroTik RouterOS `/tool fetch
// http-header-field="X-Auth-Email: $e,X-Auth-Key: $k,Content-Type: …"`,
// a comma-separated list of `Name: value` headers sent.
func headerFieldList(h *headerSite) (bool, bool) {
	if !h.s.lineHasBefore(h.ls, h.le, h.start, headerFieldListSet) {
		return false, false
	}
	// (A bounded look back: a long line with many header names stays linear.)
	before := h.before[max(0, len(h.before)-maxHeaderList):]
	i := bytes.LastIndex(before, []byte("http-header-field="))
	if i < 0 {
		return false, false
	}
	list := bytes.TrimLeft(before[i+len("http-header-field="):], `"'`)
	if len(list) > 0 && !bytes.HasSuffix(list, []byte(",")) {
		return false, false // not at a list item's start
	}
	if len(h.after) < 2 || h.after[0] != ':' {
		return false, true
	}
	v := h.after[1:]
	if j := bytes.IndexByte(v, ','); j >= 0 {
		v = v[:j]
	}
	return headerValue(bytes.TrimRight(v, `"' `)), true
}

// escapedBreak reports whether b ends in an escaped line break (`\n`,
// `\r`) of a string literal or a dump.
func escapedBreak(b []byte) bool {
	n := len(b)
	return n >= 2 && b[n-2] == '\\' && (b[n-1] == 'n' || b[n-1] == 'r')
}

// quoteEntity returns the length of the HTML/XML entity for a quote that
// b starts with (&quot;, &#34;, &#39;, …), else 0.
func quoteEntity(b []byte) int {
	for _, q := range quoteEntities {
		if len(b) >= len(q) && bytes.EqualFold(b[:len(q)], []byte(q)) {
			return len(q)
		}
	}
	return 0
}

// quoteEntities are the HTML/XML entities for a quote.
var quoteEntities = []string{"&quot;", "&#34;", "&#x22;", "&#39;", "&#x27;", "&apos;"}

// quoteEntityBefore returns the length of the quote entity that b ends
// with, else 0.
func quoteEntityBefore(b []byte) int {
	if len(b) == 0 || b[len(b)-1] != ';' {
		return 0
	}
	for _, q := range quoteEntities {
		if len(b) >= len(q) && bytes.EqualFold(b[len(b)-len(q):], []byte(q)) {
			return len(q)
		}
	}
	return 0
}

// unquotedName: `X-Auth-Key: v` on its own line (.http, YAML headers:, raw
// requests), `- X-Auth-Key: v`, an HTTPie item `X-Auth-Key:$KEY`, or an
// nginx header directive.
func unquotedName(h *headerSite) (bool, bool) {
	if h.q != 0 {
		return false, false
	}
	after := h.after
	t := bytes.TrimSpace(h.before)
	// HTML-escaped quotes (`<pre><code>curl -H &quot;X-Auth-Key: …&quot;`
	// in a wiki export): a quoted `Name: value`, as quotedName reads it.
	for _, q := range []string{"&quot;", "&#39;", "&#x27;", "&#34;"} {
		if bytes.HasSuffix(h.before, []byte(q)) && len(after) > 1 && after[0] == ':' {
			v := after[1:]
			if i := bytes.Index(v, []byte(q)); i >= 0 {
				v = v[:i]
			}
			return valuePresent(v) && !description(v) && !messageWord(v) && !regexPattern(v), true
		}
	}
	if escapedBreak(t) {
		// A raw request dumped as one escaped string (Python http.client's
		// debug `send: b'POST … HTTP/1.1\r\nX-Auth-Key: …\r\n'`): the name
		// opens a header line of its own.
		t = nil
	}
	if len(after) > 1 && after[0] == ':' {
		// (`> X-Auth-Key: …` is a request header in curl -v output;
		// `header = X-Auth-Key: …` a .wgetrc line.)
		if len(t) == 0 || bytes.Equal(t, []byte("-")) || bytes.Equal(t, []byte(">")) || bytes.Equal(t, []byte("header =")) || bytes.Equal(t, []byte("header=")) ||
			(after[1] != ' ' && after[1] != '\t') {
			// `X-Auth-Key: global API key of the account` in a docstring describes.
			return headerValue(after[1:]) && !description(after[1:]) && !regexPattern(after[1:]), true
		}
		return false, true
	}
	if h.s.lineHasBefore(h.ls, h.le, h.start, headerDirectivesSet) {
		for _, w := range headerDirectives {
			if !bytes.Contains(h.before, []byte(w)) {
				continue
			}
			v := bytes.TrimSpace(after)
			// `proxy_set_header X-Auth-Key "";` clears the header.
			return len(v) > 0 && !bytes.HasPrefix(v, []byte(`""`)) && !bytes.HasPrefix(v, []byte("''")) && v[0] != ';', true
		}
	}
	// A TOML table of headers (Telegraf's `[inputs.http.headers]` then
	// `X-Auth-Key = "${CF_API_KEY}"`).
	if v := bytes.TrimLeft(after, " \t"); len(t) == 0 && len(v) > 1 && v[0] == '=' && v[1] != '=' && h.s.parentHas(h.start, "headers]") {
		v = bytes.TrimSpace(v[1:])
		return valuePresent(v) && !description(v), true
	}
	// A headers string of `Name=value` items (statping's `headers:
	// "X-Auth-Email=…,X-Auth-Key=…"`).
	if len(after) > 1 && after[0] == '=' && after[1] != '=' && bytes.HasSuffix(t, []byte(",")) && bytes.Contains(h.before, []byte("headers")) {
		v := after[1:]
		if i := bytes.IndexAny(v, `,"'`); i >= 0 {
			v = v[:i]
		}
		return valuePresent(v), true
	}
	if tclHeaderList(h) {
		return true, true
	}
	return false, true
}

// tclHeaderList reports a header name in a Tcl http::geturl `-headers
// [list X-Auth-Email $email X-Auth-Key $key]` (the list's lines may be
// continued below the option): name, blanks, then a value that is a
// variable, a string or a command's result.
func tclHeaderList(h *headerSite) bool {
	if !strings.EqualFold(path.Ext(h.s.opt.Path), ".tcl") || len(h.after) < 2 || (h.after[0] != ' ' && h.after[0] != '\t') ||
		!h.s.near(h.start, h.end, tclHeaderLines, "-headers") {
		return false
	}
	v := bytes.TrimLeft(h.after, " \t")
	return len(v) > 1 && (v[0] == '$' || v[0] == '"' || v[0] == '[' || v[0] == '{') && headerValue(v)
}

// tclHeaderLines: how far above a header name its -headers option may be.
const tclHeaderLines = 6

// quotedName: a name in quotes followed by its value.
func quotedName(h *headerSite) (bool, bool) {
	q, after := h.q, h.after
	// JSON-escaped strings (notebooks): `\"X-Auth-Key\": v`.
	if len(after) > 1 && after[0] == '\\' && after[1] == q {
		after = after[1:]
	}
	if len(after) == 0 {
		return false, true
	}
	if after[0] == ':' {
		// "X-Auth-Key: value" inside one string (curl -H, raw header lines),
		// not a message such as "X-Auth-Key: missing".
		v := after[1:]
		if i := bytes.IndexByte(v, q); i >= 0 {
			v = v[:i]
		}
		return !description(v) && !messageWord(v) && !regexPattern(v) && !redactionMarker(bytes.Trim(bytes.ToLower(v), " \\[]<>()")), true
	}
	if after[0] != q {
		return false, true
	}
	rest := bytes.TrimLeft(after[1:], " \t")
	switch {
	case bytes.HasPrefix(rest, []byte("]")):
		r2 := bytes.TrimLeft(rest[1:], " \t")
		r2, _ = bytes.CutPrefix(r2, []byte(":")) // Pascal: `CustomHeaders.Values['X-Auth-Key'] := key`
		return len(r2) > 0 && r2[0] == '=' && !bytes.HasPrefix(r2, []byte("==")) && headerValue(r2[1:]), true
	case bytes.HasPrefix(rest, []byte("=>")):
		return headerValue(rest[2:]), true
	case bytes.HasPrefix(rest, []byte("==")), bytes.HasPrefix(rest, []byte("!=")):
		return false, true
	case bytes.HasPrefix(rest, []byte(":")), bytes.HasPrefix(rest, []byte("=")):
		if wireMockJSONMatcher(rest[1:]) {
			return false, true // a WireMock mapping's request matcher: {"matches": "…"}
		}
		return headerValue(rest[1:]), true
	case bytes.HasPrefix(rest, []byte(",")):
		v := bytes.TrimLeft(rest[1:], " \t")
		if len(v) == 0 || v[0] == ')' || v[0] == ']' || v[0] == '}' {
			return false, true
		}
		// `{header: "X-Auth-Key", want: true}`: the next field of a test table.
		if fieldKey(v) {
			return false, true
		}
		return !headerNameLiteral(v) && headerValue(v), true
	case len(rest) > 0 && (rest[0] == '(' || rest[0] == '[' || identChar[rest[0]] || isQuote(rest[0])) && juxtaposedHeaderCall(h.bt):
		// Haskell req `header "X-Auth-Key" (encodeUtf8 key)`, http-conduit
		// `setRequestHeader "X-Auth-Key" [BS.pack key]`, Elm
		// `Http.header "X-Auth-Key" key`: a function applied by
		// juxtaposition, name then value.
		return headerValue(rest), true
	case len(rest) < len(after)-1 && tclHeaderList(&headerSite{s: h.s, start: h.start, end: h.end, after: after[1:]}):
		// Tcl: `-headers [list "X-Auth-Key" $key]`.
		return true, true
	case bytes.HasPrefix(rest, []byte(". ")) && lispPath(h.s.opt.Path):
		// A Lisp association list's dotted pair: `("X-Auth-Key" . ,*cf-api-key*)`
		// (the comma unquotes inside a backquoted list).
		return headerValue(bytes.TrimPrefix(rest[2:], []byte(","))), true
	case len(rest) > 0 && (isQuote(rest[0]) || identChar[rest[0]] || rest[0] == '(') && len(rest) < len(after)-1 && clojureMapPath(h.s.opt.Path):
		// Clojure and EDN maps: `{"X-Auth-Key" "…"}`, `{"X-Auth-Key" api-key}`:
		// name then value after blanks.
		return headerValue(rest), true
	}
	return false, true
}

// clojureMapPath reports a Clojure or EDN file, whose maps pair keys and
// values with blanks: {"X-Auth-Key" key}.
// lispPath reports a Common Lisp, Emacs Lisp, Scheme or Racket file.
func lispPath(p string) bool {
	switch strings.ToLower(path.Ext(p)) {
	case ".lisp", ".lsp", ".cl", ".el", ".scm", ".ss", ".rkt":
		return true
	}
	return false
}

func clojureMapPath(p string) bool {
	switch strings.ToLower(path.Ext(p)) {
	case ".clj", ".cljs", ".cljc", ".edn":
		return true
	}
	return false
}

// regexPattern reports whether v, after a quoted `X-Auth-Key:`, is the
// rest of a regular expression (a log redaction filter
// `r'(?i)x-auth-key:\s*[0-9a-f]{37}'`), not a header value.
func regexPattern(v []byte) bool {
	t := bytes.TrimLeft(v, " ")
	return bytes.HasPrefix(t, []byte(`\s`)) || bytes.HasPrefix(t, []byte(".*")) || bytes.HasPrefix(t, []byte(".+")) ||
		bytes.HasPrefix(t, []byte("[^")) || bytes.Contains(t, []byte("]{")) || bytes.Contains(t, []byte("]+"))
}

// juxtaposedHeaderCall reports whether bt (a line before a quoted header
// name, lowercase, trailing quote and blanks removed) ends in a call of a
// function named header applied without parentheses.
func juxtaposedHeaderCall(bt []byte) bool {
	if !bytes.HasSuffix(bt, []byte("header")) {
		return false
	}
	p := bt[:len(bt)-len("header")]
	for _, f := range []string{"setrequest", "addrequest"} { // http-conduit's setRequestHeader, addRequestHeader
		if q, ok := bytes.CutSuffix(p, []byte(f)); ok {
			p = q
			break
		}
	}
	return len(p) == 0 || !identChar[p[len(p)-1]] || p[len(p)-1] == '.'
}

// swiftAuthReach is how far around a header name swiftAuth looks for
// the X-Auth-User… names of Swift's auth headers.
const swiftAuthReach = 256

// swiftAuth reports an OpenStack Swift v1 auth request (X-Auth-User +
// X-Auth-Key) around a header name: another vendor's spelling.
func (s *scanState) swiftAuth(start, end int) bool {
	lo, hi := max(0, start-swiftAuthReach), min(len(s.lower), end+swiftAuthReach)
	if clo, chi, ok := s.continuedCommand(start); ok {
		lo, hi = max(lo, clo), min(hi, chi) // the request is its own command
	}
	w := s.lower[lo:hi]
	for off := 0; ; {
		i := bytes.Index(w[off:], []byte("x-auth-user"))
		if i < 0 {
			return false
		}
		off += i + len("x-auth-user")
		if off >= len(w) || w[off] != '-' {
			return true
		}
	}
}

func hasAnySuffix(b []byte, suffixes ...string) bool {
	for _, x := range suffixes {
		if bytes.HasSuffix(b, []byte(x)) {
			return true
		}
	}
	return false
}

// maxLiteralOpening bounds what may open a header value's string literal
// (`[]string{"`, `(@"`): the quote is looked for in this many bytes.
const maxLiteralOpening = 16

// headerValue reports whether v (after a separator) is a header value: not
// missing, not a flag (`"X-Auth-Key": true` in a set of names), not a
// redaction marker ("[FILTERED]", "***").
func headerValue(v []byte) bool {
	if !valuePresent(v) {
		return false
	}
	v = bytes.ToLower(bytes.TrimLeft(v, " \t"))
	for _, lit := range []string{"true", "false", "none", "null", "nil", "undefined", "1", "0"} {
		if bytes.HasPrefix(v, []byte(lit)) && (len(v) == len(lit) || !wordChars[v[len(lit)]]) {
			return false
		}
	}
	// The value when it is one string literal: "…", []string{"…"}, ['…'];
	// not a literal inside an expression (os.Getenv("K"), k + "x").
	if q := bytes.IndexAny(v[:min(len(v), maxLiteralOpening)], "\"'`"); q >= 0 && literalOpeners.all(bytes.TrimPrefix(v[:q], []byte("[]string"))) {
		v = v[q:]
		if i := bytes.IndexByte(v[1:], v[0]); i >= 0 && literalEnd(v[2+i:]) {
			if description(v[1 : 1+i]) {
				return false // {"X-Auth-Key": "Global API key of the user"}: a table of names
			}
			if redactionMarker(bytes.Trim(v[1:1+i], "[]<>() ")) {
				return false
			}
		}
	}
	return true
}

// literalOpeners may come before a literal that is a whole value: a list
// or set opened around it.
var literalOpeners = classOf(" \t[{(@")

// literalEnd reports whether rest, after a literal's closing quote, ends
// the value: a closer, a separator, a comment or the end of the line.
func literalEnd(rest []byte) bool {
	rest = bytes.TrimLeft(rest, " \t")
	return len(rest) == 0 || strings.IndexByte(",;)]}#/", rest[0]) >= 0
}

// redactionMarkers stand for a removed value: "[FILTERED]", "***".
var redactionMarkers = []string{"filtered", "redacted", "hidden", "masked", "removed", "secret"}

// IsRedactionMarker reports whether a header value, as the program holds
// it, is a redaction marker ("[REDACTED]", "***") rather than a credential:
// the Go analyzers skip such a header set as the text rules do.
func IsRedactionMarker(v string) bool {
	return redactionMarker(bytes.Trim(bytes.ToLower([]byte(v)), "[]<>() "))
}

// redactionMarker reports whether lit (lowercase) is a redaction marker: a
// marker word, or a run of one character ("***", "xxxx"). A one-character
// literal is a value, not a run.
func redactionMarker(lit []byte) bool {
	for _, m := range redactionMarkers {
		if bytes.Equal(lit, []byte(m)) {
			return true
		}
	}
	return len(lit) >= 2 && period(lit) == 1
}

// fieldKey reports whether v starts with `name:` (a struct or object field
// other than value:), not `::`.
func fieldKey(v []byte) bool {
	i := 0
	for i < len(v) && wordChars[v[i]] {
		i++
	}
	if i == 0 || i >= len(v) || v[i] != ':' || (i+1 < len(v) && v[i+1] == ':') {
		return false
	}
	return !bytes.EqualFold(v[:i], []byte("value"))
}

// description reports a value that is words, not a credential or a variable:
// "global API key of the account".
func description(v []byte) bool {
	v = bytes.TrimSpace(v)
	return !bytes.ContainsAny(v, "$%{}<>'\"`+.()[]") && proseWords(v, 2)
}

// messageWord reports a one-word status message after a header name.
func messageWord(v []byte) bool {
	w := string(bytes.ToLower(bytes.Trim(bytes.TrimSpace(v), ".!")))
	switch w {
	case "missing", "invalid", "required", "empty", "unset", "not set", "bad", "wrong", "expected", "forbidden", "denied":
		return true
	}
	return false
}

func isQuote(c byte) bool { return c == '"' || c == '\'' || c == '`' }

// valuePresent reports whether v (the text after a separator) holds a value.
// An empty struct or object (`"x-auth-key": {},` in a Go set of header
// names to redact) is none.
func valuePresent(v []byte) bool {
	v = bytes.TrimLeft(v, " \t")
	return len(v) > 0 && v[0] != ')' && v[0] != ']' && v[0] != '}' && v[0] != ',' && v[0] != ';' && !bytes.HasPrefix(v, []byte("{}"))
}

// credentialNameLen: a quoted word this long that mixes letters and
// digits is a credential, not a header name (headerNameLiteral).
const credentialNameLen = 20

// headerNameLiteral reports whether v starts with a quoted header name that is
// followed by a list separator: `"X-Auth-Email", …` or `"Authorization"]`.
func headerNameLiteral(v []byte) bool {
	if len(v) < 3 || !isQuote(v[0]) {
		return false
	}
	j := bytes.IndexByte(v[1:], v[0])
	if j < 1 {
		return false
	}
	name := v[1 : 1+j]
	for _, c := range name {
		if !(alnum[c] || c == '-' || c == '_') {
			return false
		}
	}
	// A credential is a value, not a name: `.header("X-Auth-Key",
	// "<37 hex>")`. Header names are words; they do not run 20
	// characters mixing letters and digits.
	if len(name) >= credentialNameLen && hasDigitAndLetter(name) {
		return false
	}
	rest := bytes.TrimLeft(v[2+j:], " \t")
	// `"X-Auth-Email", "X-Auth-Key" or "Authorization" headers` in a message.
	if bytes.HasPrefix(rest, []byte("or ")) || bytes.HasPrefix(rest, []byte("and ")) {
		return true
	}
	return len(rest) == 0 || rest[0] == ',' || rest[0] == ']' || rest[0] == ')' || rest[0] == ':' || rest[0] == '}'
}

// codeExts are program source files: a CF_API_KEY there is a variable of the
// program, not the environment a tool reads.
var codeExts = map[string]bool{
	".py": true, ".rb": true, ".php": true, ".go": true, ".js": true, ".mjs": true, ".cjs": true, ".jsx": true,
	".ts": true, ".tsx": true, ".java": true, ".kt": true, ".cs": true, ".rs": true, ".swift": true, ".scala": true,
	".pl": true, ".ipynb": true, ".lua": true, ".dart": true, ".c": true, ".cc": true, ".cpp": true, ".ex": true, ".exs": true,
	// Less common languages, whose `CF_API_KEY = …` is a constant too:
	// Delphi/Free Pascal, VB.NET/VBA, F#, Clojure, Julia, Crystal, Nim, Zig,
	// D, OCaml, Erlang, Haskell, Objective-C, Apps Script, AutoHotkey, Tcl.
	".pas": true, ".dpr": true, ".pp": true, ".vb": true, ".bas": true, ".cls": true, ".fs": true, ".fsx": true,
	".clj": true, ".cljs": true, ".jl": true, ".cr": true, ".nim": true, ".zig": true, ".d": true, ".ml": true,
	".erl": true, ".hs": true, ".m": true, ".mm": true, ".gs": true, ".ahk": true, ".tcl": true,
	// Lisps, Erlang headers, R, Gleam.
	".lisp": true, ".lsp": true, ".cl": true, ".el": true, ".scm": true, ".rkt": true, ".hrl": true, ".r": true, ".gleam": true,
}

func isCodePath(p string) bool { return codeExts[strings.ToLower(path.Ext(p))] }

// shellInCode reports whether the text before a name on its line makes
// the line a shell line inside program source: a notebook cell's IPython
// `%env NAME=…` or `!NAME=… cmd` (in the .ipynb JSON string or as
// source).
func shellInCode(before []byte) bool {
	t := bytes.TrimLeft(before, " \t\"")
	return bytes.Equal(t, []byte("%env ")) || bytes.Equal(t, []byte("%set_env ")) || bytes.Equal(t, []byte("!"))
}

// fishSet reports whether the text before a name is fish's `set` with an
// export flag: `set -x`, `set -gx`, `set -Ux`, `set --export`.
// setxSet reports whether before (lowercase, up to a name) ends in a
// Windows `setx ` command (or `setx /m `), which sets the name to the
// next word.
func setxSet(before []byte) bool {
	t := bytes.TrimRight(before, " \t")
	if len(t) == len(before) {
		return false // no blank before the name
	}
	t = bytes.TrimSuffix(t, []byte(" /m"))
	if !bytes.HasSuffix(t, []byte("setx")) {
		return false
	}
	p := t[:len(t)-len("setx")]
	return len(p) == 0 || p[len(p)-1] == ' ' || p[len(p)-1] == '\t' || p[len(p)-1] == '@' || p[len(p)-1] == '&'
}

// trailingComment returns where a comment after blanks starts in a
// setting's value (`value   # note`, `value ; note`), trimmed back over the
// blanks, or -1.
func trailingComment(v []byte) int {
	for i := 1; i+1 < len(v); i++ {
		if (v[i] == '#' || v[i] == ';') && (v[i-1] == ' ' || v[i-1] == '\t') && (v[i+1] == ' ' || v[i+1] == '\t') {
			return len(bytes.TrimRight(v[:i], " \t"))
		}
	}
	return -1
}

// helmEnvListName reports whether the name at [start,end) is set as the
// name of an item of a Helm chart's env list, and returns the item's value
// when the same line sets it (`--set env[1].name=CF_API_KEY,env[1].value=…`),
// or nil when another set gives it (Terraform's `set { name = "env[1].name";
// value = "CF_API_KEY" }`, Argo CD's `- name: env[1].name` / `value:
// CF_API_KEY` parameters).
func (s *scanState) helmEnvListName(start, end int, before []byte) ([]byte, bool) {
	if b, ok := bytes.CutSuffix(before, []byte("].name=")); ok {
		o := bytes.LastIndexAny(b, " \t,=")
		item := s.lower[s.lineStart(start)+o+1 : start-len(".name=")]
		rest := s.lower[end:s.lineEnd(end)]
		i := bytes.Index(rest, append(bytes.Clone(item), ".value="...))
		if i < 0 {
			return nil, true
		}
		v := s.data[end+i+len(item)+len(".value=") : s.lineEnd(end)]
		if e := bytes.IndexAny(v, " \t,"); e >= 0 {
			v = v[:e]
		}
		return v, true
	}
	if t := bytes.TrimRight(before, ` "'`); !hasAnySuffix(t, "value =", "value=", "value:") {
		return nil, false
	}
	if n, _, ok := s.sibling(start, "name"); ok && bytes.HasSuffix(bytes.ToLower(n), []byte("].name")) {
		return nil, true
	}
	if n, ok := strings.CutPrefix(s.hclBlockName(s.lineStart(start)), "env"); ok {
		// (normalized: "env[1].name" is "env1name")
		if d, ok := strings.CutSuffix(n, "name"); ok && d != "" && strings.Trim(d, "0123456789") == "" {
			return nil, true
		}
	}
	return nil, false
}

// teamCityParamCalls set a TeamCity build parameter in the Kotlin DSL.
var teamCityParamCalls = []string{"param(", "password(", "text("}

// teamCityEnvParam reports whether the lowercase text before a name makes
// it a TeamCity environment parameter being set: `param("env.`,
// `password("env.`: the build's environment gets the value.
func teamCityEnvParam(before []byte) bool {
	b, ok := bytes.CutSuffix(before, []byte(`"env.`))
	if !ok {
		return false
	}
	return slices.ContainsFunc(teamCityParamCalls, func(c string) bool { return bytes.HasSuffix(b, []byte(c)) })
}

// dokkuDNSProviderSet reports whether the lowercase text before a name
// makes it a dokku-letsencrypt DNS provider setting, whose value follows a
// blank: `dokku letsencrypt:set APP dns-provider-CLOUDFLARE_API_KEY …`.
func dokkuDNSProviderSet(before []byte) bool {
	return bytes.HasSuffix(before, []byte(" dns-provider-")) && bytes.Contains(before, []byte("letsencrypt:set "))
}

// fishSetTail bounds the text before a name that fishSet reads: `set
// --export --global ` and the like fit.
const fishSetTail = 64

func fishSet(before []byte) bool {
	if !bytes.HasSuffix(before, []byte(" ")) && !bytes.HasSuffix(before, []byte("\t")) {
		return false
	}
	// Only the last words count: read the tail (a word cut in two at its
	// start is dropped), so a long line costs no more than a short one.
	if cut := len(before) - fishSetTail; cut > 0 {
		tail := before[cut:]
		if c := before[cut-1]; c != ' ' && c != '\t' {
			i := bytes.IndexAny(tail, " \t")
			tail = tail[i:] // (the tail ends in a blank)
		}
		before = tail
	}
	f := bytes.Fields(before)
	if len(f) < 2 || !bytes.Equal(f[len(f)-2], []byte("set")) && !(len(f) >= 3 && bytes.Equal(f[len(f)-3], []byte("set"))) {
		return false
	}
	for _, w := range f[len(f)-2:] {
		if bytes.Equal(w, []byte("--export")) || (len(w) > 1 && w[0] == '-' && w[1] != '-' && bytes.IndexByte(w, 'x') > 0) {
			return true
		}
	}
	return false
}

// upperName reports an environment-variable spelling: no lowercase letters.
func upperName(b []byte) bool {
	for _, c := range b {
		if 'a' <= c && c <= 'z' {
			return false
		}
	}
	return true
}

// textSDKFuncs are the SDK functions the text rules look for: those that
// select an auth method.
// Their spellings are worked out once, not per region.
var textSDKFuncs = func() []textSDKFunc {
	var out []textSDKFunc
	for i := range SDKFuncs {
		if f := &SDKFuncs[i]; f.Rule != nil && !f.GoOnly {
			out = append(out, textSDKFunc{f, f.TextSpelling(), strings.ToLower(f.AuthConst)})
		}
	}
	return out
}()

type textSDKFunc struct {
	*SDKFunc
	spelling, arg string // lowercase
}

// authHeaderNeedles are AuthHeaders' names, lowercase.
var authHeaderNeedles = func() []string {
	var out []string
	for _, h := range AuthHeaders {
		out = append(out, strings.ToLower(h.Name))
	}
	return out
}()

// declaresFunc reports whether a line's text before a name declares a
// function or method of that name (Go, Python, JS, Ruby, Rust, PHP, Java…).
func declaresFunc(before []byte) bool {
	b := bytes.TrimRight(before, " \t")
	if i := bytes.LastIndexByte(b, ')'); i >= 0 && bytes.HasPrefix(bytes.TrimLeft(b, " \t"), []byte("func ")) {
		b = b[:bytes.LastIndexByte(b[:i], '(')] // Go method receiver: func (api *API) Name(
		b = bytes.TrimRight(b, " \t")
	}
	for _, kw := range []string{"func", "def", "function", "fn", "sub"} {
		if bytes.HasSuffix(b, []byte(kw)) && (len(b) == len(kw) || !wordChars[b[len(b)-len(kw)-1]]) {
			return true
		}
	}
	t := bytes.TrimLeft(b, " \t")
	return bytes.HasPrefix(t, []byte("public ")) || bytes.HasPrefix(t, []byte("private ")) || bytes.HasPrefix(t, []byte("protected ")) || bytes.HasPrefix(t, []byte("static "))
}

// callNear reports whether the word an SDK call needs (email, certtoken) is
// in its arguments: the call opening at open (its `(`) up to the matching
// `)`, when they name arguments (`CloudFlare(certtoken=…)` beside a
// `CloudFlare(email=…, key=…)` is not key auth); else, for arguments
// passed along (`CloudFlare(**cfg)`) or a call not closed within
// ContextBytes, on the lines around it.
func (s *scanState) callNear(start, open int, word string) bool {
	if c := matchingParen(s.lower[open:min(len(s.lower), open+ContextBytes)]); c > 0 {
		args := s.lower[open+1 : open+c]
		if bytes.Contains(args, []byte(word)) {
			return true
		}
		if bytes.ContainsAny(args, "=:") && !bytes.Contains(args, []byte("**")) && !bytes.Contains(args, []byte("...")) {
			return false
		}
	}
	return s.near(start, open, hostLines, word)
}

// matchingParen returns the offset in b of the `)` that closes the `(` at
// b[0], past nested brackets and quoted strings, or -1.
func matchingParen(b []byte) int {
	depth := 0
	for i := 0; i < len(b); i++ {
		switch c := b[i]; c {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			if depth--; depth == 0 {
				if c != ')' {
					return -1
				}
				return i
			}
		case '"', '\'':
			j := bytes.IndexByte(b[i+1:], c)
			if j < 0 {
				return -1
			}
			i += j + 1
		}
	}
	return -1
}

func detectSDKAuth(s *scanState, r region, h lowerHits) {
	for k, t := range textSDKFuncs {
		c, spelling, arg := t.SDKFunc, t.spelling, t.arg
		if len(h[textSDKIDs[k]]) == 0 {
			continue
		}
		h.eachID(textSDKIDs[k], func(i int) {
			start := r.start + i
			end := start + len(spelling) - 1
			if (start > 0 && wordChars[s.data[start-1]]) || s.inComment(start) || s.proseLine(start) || s.inStringLiteral(start) || !s.cloudflareWithin(start, end) {
				return
			}
			if arg != "" && !bytes.Contains(s.lower[end:s.lineEnd(end)], []byte(arg)) {
				return
			}
			if declaresFunc(s.lower[s.lineStart(start):start]) {
				return // the SDK's own definition (`func NewWithUserServiceKey(`), not a call
			}
			if c.Package != NotGo && s.goFileWithoutSDK() {
				return // `cloudflare.New(token, …)` of the program's own package named cloudflare
			}
			if c.Near != "" && !s.callNear(start, end, c.Near) {
				return
			}
			if strings.HasSuffix(spelling, ".new(") {
				// `cloudflare.New(cloudflare.WithAPIToken(…))`: another SDK's
				// functional options, not v0's New(key, email).
				if a := bytes.TrimLeft(s.lower[end+1:min(len(s.lower), end+1+maxLiteralOpening+32)], " \t\r\n"); bytes.HasPrefix(a, []byte("cloudflare.with")) || bytes.HasPrefix(a, []byte("option.with")) {
					return
				}
			}
			s.add(c.Rule, start, end, "high", c.Message)
		})
	}
	for k, a := range SDKKeyArgs {
		if len(h[sdkKeyArgIDs[k]]) == 0 {
			continue
		}
		h.eachID(sdkKeyArgIDs[k], func(i int) {
			start := r.start + i
			end := start + len(a.Key)
			if (start > 0 && (identChar[s.data[start-1]])) || (end < len(s.data) && identChar[s.data[end]]) {
				return
			}
			// A keyword argument or property: `api_key=…`, `apiKey: …`, `"api_key": …`
			// (the separator right after the name; `api_key = …` is a variable).
			// In Go, an unexported field of the program's own struct
			// (`&Provider{userServiceKey: settings.UserServiceKey}`) is no
			// SDK's option: those are exported.
			if s.data[start] >= 'a' && s.data[start] <= 'z' && strings.HasSuffix(s.opt.Path, ".go") {
				return
			}
			le := s.lineEnd(end)
			rest := bytes.TrimLeft(s.data[end:le], `"'`)
			// JSON escaped into XML (an Unraid template's <Config>{&quot;user_service_key&quot;:&quot;…}):
			// the entity is the name's closing quote, and the value's opening one.
			entity := quoteEntity(rest)
			rest = rest[entity:]
			// A provider's arguments: also C#'s object initializer
			// (`new Cloudflare.ProviderArgs { ApiKey = "…", Email = … }`).
			provider := strings.HasSuffix(a.Email, "(")
			if provider {
				rest = bytes.TrimLeft(rest, " \t")
			}
			if at, ae, ok := s.generatedClientAuth(start, end); ok {
				if s.inComment(start) || (a.Email != "" && !s.near(start, end, emailLines, a.Email)) || !s.cloudflareWithin(start, end) {
					return
				}
				s.add(a.Rule, at, ae, "high", sdkKeyArgMessages[a.Rule])
				return
			}
			if len(rest) < 2 || (rest[0] != '=' && rest[0] != ':') || rest[1] == '=' || !valuePresent(rest[1:]) {
				return
			}
			v := bytes.TrimLeft(s.lower[le-len(rest)+1:le], " \t")
			if entity > 0 {
				if n := quoteEntity(v); n > 0 {
					if quoteEntity(v[n:]) > 0 {
						return // an empty value: not set
					}
					v = append([]byte{'"'}, v[n:]...) // the value as quoted: `"…`
				}
			}
			if v[0] == '{' || v[0] == '[' {
				return // a schema or nested object (OpenAPI securitySchemes), not a value
			}
			if ownOption(v, s.lower[start:end]) {
				return // an SDK copying its own option (`apiKey: this.apiKey,` in withOptions), not a caller choosing it
			}
			if len(v) >= 2 && isQuote(v[0]) && v[1] == v[0] {
				return // an empty value (`userServiceKey: ''`): not set
			}
			if w := v[:bytes.IndexFunc(append(v[:len(v):len(v)], ' '), func(r rune) bool { return !('a' <= r && r <= 'z') })]; string(w) == "true" || string(w) == "false" {
				return // a flag keyed by the name (a redaction list's `UserServiceKey: true`), not a key
			}
			for _, t := range typeWords {
				if bytes.HasPrefix(v, []byte(t)) {
					return // a declaration (`apiKey: string | null;`), not a value
				}
			}
			if !isQuote(v[0]) && proseWords(v, 3) {
				return // a docstring's attribute list: `api_key: **Deprecated.** The account's Global API Key …`
			}
			// (A provider's constructor may be several arguments above: settingLines.)
			lines := emailLines
			if provider {
				lines = settingLines
			}
			if s.inComment(start) || s.proseLine(start) || s.inStringLiteral(start) || (a.Email != "" && !s.near(start, end, lines, a.Email)) || !s.cloudflareWithin(start, end) {
				return
			}
			s.add(a.Rule, start, end, "high", sdkKeyArgMessages[a.Rule])
		})
	}
}

// goFileWithoutSDK reports a Go file that imports packages but no
// Cloudflare SDK package: its `cloudflare.` is another package of that
// name (a program's internal/cloudflare).
func (s *scanState) goFileWithoutSDK() bool {
	if !strings.HasSuffix(strings.ToLower(s.opt.Path), ".go") || s.val != nil {
		return false
	}
	if s.noSDK == 0 { // (once per scan: a generated test file holds thousands of calls)
		s.noSDK = -1
		if bytes.Contains(s.data, []byte("\nimport ")) && !bytes.Contains(s.data, []byte(`"github.com/cloudflare/cloudflare-go`)) {
			s.noSDK = 1
		}
	}
	return s.noSDK > 0
}

// detectGoV0Alias finds the calls of cloudflare-go v0 that select an auth
// method (cloudflare.New(key, email)) in a Go file that imports the SDK
// under another name (import cf "github.com/cloudflare/cloudflare-go", then
// cf.New(…)): detectSDKAuth knows the default spelling only. It reads the
// whole buffer once (the import is usually far above the call; in a file
// scanned in windows, a window without the import finds none), and Go
// identifiers are case-sensitive, so it reads the bytes as they are.
func detectGoV0Alias(s *scanState, _ region) {
	if s.goAliasDone || s.val != nil || !strings.HasSuffix(strings.ToLower(s.opt.Path), ".go") {
		return
	}
	s.goAliasDone = true
	// Imports of cloudflare-go v0 and of the generated SDK's option package
	// (v2 and later) under another name: `cf "github.com/cloudflare/cloudflare-go"`,
	// `cfopt "github.com/cloudflare/cloudflare-go/v6/option"`.
	type alias struct {
		name string
		pkg  SDKPackage
	}
	imp := []byte(`"` + GoV0Path)
	var aliases []alias
	for i := 0; ; {
		k := bytes.Index(s.data[i:], imp)
		if k < 0 {
			break
		}
		at := i + k
		i = at + len(imp)
		e := bytes.IndexByte(s.data[at+1:s.lineEnd(at)], '"')
		if e < 0 {
			continue
		}
		pkg := PackageOf(string(s.data[at+1 : at+1+e]))
		if pkg == NotGo {
			continue
		}
		// `import cf "…"` or, in an import block, `cf "…"`.
		before := bytes.TrimSpace(s.data[s.lineStart(at):at])
		before = bytes.TrimSpace(bytes.TrimPrefix(before, []byte("import")))
		a := alias{string(before), pkg}
		if goIdent(a.name) && a.name != "_" && !(pkg == GoV0 && a.name == "cloudflare") && !(pkg == GoOption && a.name == "option") && !slices.Contains(aliases, a) {
			aliases = append(aliases, a)
		}
	}
	for _, a := range aliases {
		for _, t := range textSDKFuncs {
			f := t.SDKFunc
			if f.Package != a.pkg || f.Recv != "" || f.Unqualified || f.Spelling != "" || f.Rule == nil {
				continue
			}
			call := []byte(a.name + "." + f.Name + "(")
			for i := 0; ; {
				k := bytes.Index(s.data[i:], call)
				if k < 0 {
					break
				}
				start := i + k
				i = start + len(call)
				if (start > 0 && (identChar[s.data[start-1]] || s.data[start-1] == '.')) || s.inComment(start) || s.inStringLiteral(start) {
					continue
				}
				s.add(f.Rule, start, start+len(call)-1, "high", f.Message)
			}
		}
	}
}

// goIdent reports a Go identifier (ASCII).
func goIdent(n string) bool {
	if n == "" || '0' <= n[0] && n[0] <= '9' {
		return false
	}
	for i := 0; i < len(n); i++ {
		if c := n[i]; !(c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
			return false
		}
	}
	return true
}

// typeWords start a type rather than a value after `name:`.
var typeWords = []string{"string", "str", "optional[", "none", "null", "undefined", "option<", "&str", "*string", "number", "bool"}

// inStringLiteral reports whether pos lies inside a string literal opened
// earlier on its line: "SetAuthType(cloudflare.AuthKeyEmail) selects …" is a
// message. Notebook sources are code inside JSON strings, so not there.
func (s *scanState) inStringLiteral(pos int) bool {
	if strings.HasSuffix(strings.ToLower(s.opt.Path), ".ipynb") {
		return false
	}
	var q byte
	line := s.data[s.lineStart(pos):pos]
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case q != 0 && c == '\\':
			i++
		case q != 0 && c == q:
			q = 0
		case q == 0 && (c == '"' || c == '`'):
			q = c
		}
	}
	return q != 0
}

// envParents open a mapping that is a process's environment in program
// code: CDK's `environment={…}` / `environment: {…}`, `env: {…}`.
var envParents = []string{"environment", "env:", "env=", "env =", "env: {"}

// envMappingKey reports whether the name at start is a quoted key of an
// environment mapping in program code (a Lambda function's environment
// in a CDK stack): it sets the variable, as a .env line would.
func (s *scanState) envMappingKey(start int) bool {
	if start == 0 || !isQuote(s.data[start-1]) {
		return false
	}
	for _, p := range envParents {
		if s.parentHas(start, p) {
			return true
		}
	}
	return false
}

// codeFile reports whether the scanned file is program code (by its
// extension), remembered for the scan.
func (s *scanState) codeFile() bool {
	if s.isCode == 0 {
		s.isCode = -1
		if isCodePath(s.opt.Path) {
			s.isCode = 1
		}
	}
	return s.isCode > 0
}

// nowhere reports whether the buffer does not hold needle (lowercase) at
// all, remembering the answer for the scan.
func (s *scanState) nowhere(needle string) bool {
	if no, ok := s.absent[needle]; ok {
		return no
	}
	if s.absent == nil {
		s.absent = map[string]bool{}
	}
	no := !bytes.Contains(s.lower, []byte(needle))
	s.absent[needle] = no
	return no
}

// cloudflareWithin reports "cloudflare" within ContextBytes of the span.
func (s *scanState) cloudflareWithin(start, end int) bool {
	return s.pathHasCloudflare || bytes.Contains(s.lower[max(0, start-ContextBytes):min(len(s.lower), end+ContextBytes)], []byte("cloudflare"))
}

// envReads before a name mean the value is read, not set.
var envReads = []string{"$", "${", "getenv(", "environ[", "environ.get(", "env.", "env[", "env(", "secrets.", "vars.", "var.", "lookupenv("}

// settingValueMax bounds how far past an auth setting's name its value is
// read on the same line.
const settingValueMax = 1024

// settingWordMax bounds the value judged (a tunnel token is about 200 bytes).
const settingWordMax = 160

func detectAuthConfig(s *scanState, r region, h lowerHits) {
	for k, a := range AuthSettings {
		rule := a.Rule
		if len(h[authSettingIDs[k]]) == 0 {
			continue
		}
		h.eachID(authSettingIDs[k], func(i int) {
			start := r.start + i
			end := start + len(a.Name)
			if (start > 0 && identChar[s.data[start-1]] && !(s.data[start-1] == '-' && dokkuDNSProviderSet(s.lower[s.lineStart(start):start])) &&
				!(s.data[start-1] == '.' && teamCityEnvParam(s.lower[s.lineStart(start):start]))) ||
				(end < len(s.data) && (wordChars[s.data[end]] || s.data[end] == '-')) {
				return
			}
			if a.near != "" && s.nowhere(a.near) {
				return // (first: the cheapest answer for a common name such as token)
			}
			if a.inPath != "" && !strings.Contains(strings.ToLower(s.opt.Path), a.inPath) {
				return
			}
			ls, le := s.lineStart(start), s.lineEnd(start)
			// The value is read from the setting's first settingValueMax bytes: a
			// long line (minified JSON, or a line dense with the name) is not
			// read to its end once per name on it.
			le = min(le, end+settingValueMax)
			before := s.lower[ls:start]
			// A Pulumi config table (`pulumi config --show-secrets`, also
			// saved as .txt): the name at the line's start, blanks, one value.
			pulumiRow := strings.HasPrefix(a.Name, "cloudflare:") && len(bytes.TrimSpace(before)) == 0 && len(s.data[end:le]) > 2 &&
				(s.data[end] == ' ' || s.data[end] == '\t') && (s.data[end+1] == ' ' || s.data[end+1] == '\t')
			if s.inComment(start) || !(pulumiRow && len(bytes.Fields(s.data[end:le])) == 1) && s.proseLine(start) {
				return
			}
			for _, rd := range envReads {
				if (bytes.HasSuffix(before, []byte(rd)) || bytes.HasSuffix(bytes.TrimRight(before, `"'`), []byte(rd))) && !teamCityEnvParam(before) {
					return
				}
			}
			after := bytes.TrimLeft(s.data[end:le], `"' `+"\t")
			// In .tf files internal/terraform parses the provider block instead.
			if a.where == inProvider && (strings.HasSuffix(strings.ToLower(s.opt.Path), ".tf") || !s.parentHas(start, `provider "cloudflare"`)) {
				return
			}
			// PHP's `define( 'CLOUDFLARE_API_KEY', … )` (the name a string)
			// sets the constant the WordPress plugin reads, as an environment
			// does.
			nameQ := bytes.TrimRight(before, `"'`)
			inDefine := len(nameQ) < len(before) && bytes.HasSuffix(bytes.TrimRight(nameQ, " \t"), []byte("define("))
			phpDefine := a.Name == "cloudflare_api_key" && inDefine
			// (In code, a Kubernetes env item {"name": "CF_API_KEY", "value": …}
			// — cdk8s, Pulumi — sets the variable as a manifest does.)
			if a.where == inEnv && (((isCodePath(s.opt.Path) || isCodePath(s.fencePathAt(start))) && !shellInCode(before) && !s.envMappingKey(start) &&
				!isPairName(bytes.TrimRight(before, ` "'`)) && !phpDefine) || !(upperName(s.data[start:end]) || (a.spelled != "" && string(s.data[start:end]) == a.spelled))) {
				return
			}
			if a.near != "" && !s.near(start, end, settingLines, a.near) {
				return
			}
			if a.protocol != "" && !s.ddclientProtocol(start, a.protocol) {
				return
			}
			if a.parent != "" && !s.parentHas(start, a.parent) {
				return
			}
			// A PHP array's member (`'cloudflare' => ['apiKey' => …]`) or
			// subscript (`$config['cloudflare.settings']['apikey'] = …`).
			// Or a config object's setter (Drupal's
			// `getEditable('cloudflare.settings')->set('apikey', …)`).
			phpSubscript, phpSet := false, false
			if a.php != "" {
				if !strings.HasSuffix(strings.ToLower(s.opt.Path), ".php") {
					return
				}
				phpSubscript = bytes.HasSuffix(before, []byte("['"+a.php+"']['")) || bytes.HasSuffix(before, []byte(`["`+a.php+`"]["`))
				phpSet = !phpSubscript && bytes.HasSuffix(nameQ, []byte("->set(")) && s.near(start, end, settingLines, "'"+a.php+"'")
				if !phpSubscript && !phpSet && !s.parentHas(start, "'"+a.php+"'") && !s.parentHas(start, `"`+a.php+`"`) {
					return
				}
				if (phpSubscript || phpSet) && a.sibling != "" && !s.near(start, end, settingLines, "['"+a.sibling+"']") && !s.near(start, end, settingLines, `["`+a.sibling+`"]`) &&
					!(phpSet && s.near(start, end, settingLines, "set('"+a.sibling+"'")) {
					return
				}
			}
			if a.tokenWhen != "" && s.settingIs(start, end, a.tokenWhen) {
				return
			}
			if a.notCode && isCodePath(s.opt.Path) || a.notProps && strings.EqualFold(path.Ext(s.opt.Path), ".properties") {
				return
			}
			if a.setOnly && len(after) > 0 && after[0] == ':' && !isPairName(bytes.TrimRight(before, ` "'`)) {
				return
			}
			if a.emailIn != "" && !s.emailSetNear(start, end, a.emailIn) {
				return
			}
			// (or on the setting's line: a one-line JSON object, as ddns-updater's CONFIG= env)
			if a.nearInMapping && !bytes.Contains(s.lower[ls:le], []byte(a.near)) && !s.mappingHas(start, func(_, line []byte) bool { return bytes.Contains(line, []byte(a.near)) }) {
				return
			}
			if a.sibling != "" && !phpSubscript && !phpSet && !bytes.Contains(s.lower[ls:le], []byte(`"`+a.sibling+`":`)) &&
				!s.mappingHas(start, func(key, _ []byte) bool { return normalizeKey(string(key)) == a.sibling }) {
				return
			}
			if pulumiRow {
				after = append([]byte{'='}, after...)
			}
			// An XML element's text: `<dns_cf_key>…</dns_cf_key>` (OPNsense).
			if start > 0 && s.data[start-1] == '<' && len(after) > 0 && after[0] == '>' {
				v := after[1:]
				if e := bytes.IndexByte(v, '<'); e >= 0 {
					v = v[:e]
				}
				after = append([]byte{'='}, v...)
			}
			// An Unraid template's variable: `<Config Name="…" Target="CF_API_KEY"
			// … Mask="true">value</Config>`, the element's text (none when
			// it closes itself).
			if bytes.HasSuffix(nameQ, []byte("target=")) && len(after) > 0 {
				if gt := bytes.IndexByte(s.data[end:le], '>'); gt >= 0 && !bytes.HasSuffix(bytes.TrimRight(s.data[end:end+gt], " "), []byte("/")) {
					v := s.data[end+gt+1 : le]
					if c := bytes.Index(v, []byte("</")); c >= 0 {
						v = v[:c]
					}
					after = append([]byte{'='}, v...)
				} else {
					return
				}
			}
			// XML attributes: `<env name="CF_API_KEY" value="…"/>` (JetBrains run
			// configurations, .runsettings, MSBuild): the value attribute.
			if bytes.HasSuffix(bytes.TrimRight(before, `"'`), []byte("name=")) && len(after) > len("value=") && bytes.EqualFold(after[:len("value=")], []byte("value=")) {
				after = append([]byte{'='}, after[len("value="):]...)
			}
			// A PHP subscript's close (`['apikey'] = …`) and a PHP array's `=>`.
			if phpSubscript && len(after) > 0 && after[0] == ']' {
				after = bytes.TrimLeft(after[1:], " \t")
			}
			if phpSet && len(after) > 0 && after[0] == ',' {
				v := bytes.TrimSpace(after[1:])
				if e := matchingParen(append([]byte{'('}, v...)); e > 0 {
					v = v[:e-1]
				}
				after = append([]byte{'='}, v...)
			}
			if bytes.HasPrefix(after, []byte("=>")) {
				after = append([]byte{'='}, after[2:]...)
			}
			// Makefile `?=`, `:=`, `+=`.
			if len(after) > 1 && (after[0] == '?' || after[0] == '+' || after[0] == ':') && after[1] == '=' {
				after = after[1:]
			}
			// fish: `set -gx CF_API_KEY value` (no `=`).
			// Windows: `setx CF_API_KEY value` (also `setx /M …`) likewise.
			// A Helm chart's env list set item by item: `--set
			// env[1].name=CF_API_KEY,env[1].value=…`, or a set block / parameter
			// whose value is the name (`name = "env[1].name"`, `value =
			// "CF_API_KEY"`), its value set by the next one.
			if a.where == inEnv {
				switch v, ok := s.helmEnvListName(start, end, before); {
				case ok && v == nil:
					s.add(rule, start, end, "high", a.Message)
					return
				case ok:
					after = append([]byte{'='}, v...)
				}
			}
			// TeamCity Kotlin DSL: `param("env.CLOUDFLARE_API_KEY", "…")`, `password("env.…", "…", …)`.
			if teamCityEnvParam(before) && bytes.HasPrefix(after, []byte(",")) {
				after = append([]byte{'='}, bytes.TrimLeft(after[1:], " \t")...)
				if v := bytes.TrimLeft(after[1:], `"`); len(v) < len(after)-1 {
					if e := bytes.IndexByte(v, '"'); e >= 0 {
						after = append([]byte{'='}, v[:e]...)
					}
				}
			}
			// PHP: `define( 'CLOUDFLARE_API_KEY', '…' )` (wp-config.php).
			if inDefine && len(after) > 0 && after[0] == ',' {
				after = append([]byte{'='}, bytes.TrimSpace(bytes.TrimSuffix(bytes.TrimRight(bytes.TrimSpace(after[1:]), ";"), []byte(")")))...)
			}
			// Jsonnet k8s-libsonnet: `envVar.fromSecretRef('CF_API_KEY', secret, key)`
			// sets it from a Secret, `envVar.new('CF_API_KEY', value)` to the value.
			if q := bytes.TrimRight(before, `"'`); len(q) < len(before) && len(after) > 0 && after[0] == ',' {
				if bytes.HasSuffix(q, []byte("envvar.fromsecretref(")) {
					s.add(rule, start, end, "high", a.Message)
					return
				}
				if bytes.HasSuffix(q, []byte("envvar.new(")) {
					after = append([]byte{'='}, bytes.TrimRight(bytes.TrimSpace(after[1:]), ")")...)
				}
			}
			// dokku-letsencrypt: `dokku letsencrypt:set APP dns-provider-CLOUDFLARE_API_KEY value`.
			if (fishSet(before) || setxSet(before) || dokkuDNSProviderSet(before)) && len(after) > 0 && (s.data[end] == ' ' || s.data[end] == '\t') {
				after = append([]byte{'='}, after...)
			}
			var val []byte
			if isPairName(bytes.TrimRight(before, ` "'`)) && (len(after) == 0 || after[0] == ',' || after[0] == '}') {
				// The name member of a pair: `- name: CF_API_KEY` with
				// value:/valueFrom: in the same item (Kubernetes env), a
				// Postman environment's {"key": "CLOUDFLARE_API_KEY", "value": …}.
				if _, _, ok := s.sibling(start, "valuefrom"); ok {
					s.add(rule, start, end, "high", a.Message)
					return
				}
				// Render's `- key: CLOUDFLARE_API_KEY` with `sync: false`: the
				// value is entered in the dashboard.
				if v, _, ok := s.sibling(start, "sync"); ok && bytes.EqualFold(bytes.TrimSpace(v), []byte("false")) && strings.Contains(s.opt.Path, "render") {
					s.add(rule, start, end, "high", a.Message)
					return
				}
				v, _, ok := s.sibling(start, "value")
				if !ok || s.pairDisabled(start) {
					return
				}
				val = bytes.TrimSpace(v)
			} else if len(after) == 0 || (after[0] != '=' && after[0] != ':') || bytes.HasPrefix(after, []byte("==")) {
				return
			} else {
				val = bytes.TrimSpace(after[1:])
			}
			// A quoted value ends at its quote (DNSControl's one-line
			// `"apikey": "…", "apiuser": "…"`).
			if len(val) > 1 && (val[0] == '"' || val[0] == '\'') {
				if k := bytes.IndexByte(val[1:], val[0]); k >= 0 {
					val = val[:k+2]
				}
			}
			// (No credential, reference or placeholder is longer: the rest of a
			// long unquoted line is not the value.)
			if len(val) > settingWordMax {
				val = val[:settingWordMax]
			}
			// A shell or ddclient line continuation (`CLOUDFLARE_API_KEY=… \`).
			if v, ok := bytes.CutSuffix(val, []byte("\\")); ok {
				val = bytes.TrimSpace(v)
			}
			// A quoted assignment ends at its quote: systemd's
			// `Environment="CF_Key=…" "CF_Email=…"`, `-e "NAME=…"`.
			if start > 0 && isQuote(s.data[start-1]) && end < len(s.data) && s.data[end] == '=' {
				if k := bytes.IndexByte(val, s.data[start-1]); k >= 0 {
					val = val[:k]
				}
			}
			// An inline environment before a command (`CLOUDFLARE_API_KEY=…
			// CLOUDFLARE_EMAIL=… terraform apply`): the value is one shell word.
			if end < len(s.data) && s.data[end] == '=' {
				if w, ok := inlineEnvValue(val); ok {
					val = w
				}
			}
			// A trailing comment after blanks (`dns_cloudflare_api_key = … # global
			// key`, an INI `; …`) is not part of the value.
			if k := trailingComment(val); k > 0 {
				val = val[:k]
			}
			val = bytes.Trim(val, `"',;`)
			// `docker run -e NAME=value -e …`: the value ends at the blank.
			// ddclient's one-line entry (`protocol=cloudflare, login=…, password=… host`) likewise.
			if bytes.HasSuffix(before, []byte("-e ")) || bytes.HasSuffix(before, []byte("--env ")) || a.emailIn != "" {
				if k := bytes.IndexAny(val, " \t"); k >= 0 {
					val = bytes.Trim(val[:k], `"',;`)
				}
			}
			// A mapping opens: the setting is its parent (cloudflare-ddns
			// "api_key": {"api_key": …, "account_email": …}).
			if bytes.Equal(val, []byte("{")) || bytes.Equal(val, []byte("[")) {
				return
			}
			if bytes.EqualFold(val, s.data[start:end]) {
				// `CLOUDFLARE_API_KEY: CLOUDFLARE_API_KEY`: the name of a key
				// in a Secret (cloudflare-operator's Tunnel CRD), not a setting.
				return
			}
			if a.value != "" {
				if bytes.EqualFold(val, []byte(a.value)) {
					s.add(rule, start, end, "high", a.Message)
				}
				return
			}
			if a.anyValue {
				if len(val) == 0 && s.schemaBelow(start) {
					return // a CRD's or OpenAPI schema's property (`apiKeySecretRef:` then `description:`, `properties:`), not a use
				}
				s.add(rule, start, end, "high", a.Message)
				return
			}
			if len(val) == 0 && le+1 < len(s.lower) {
				// Pulumi: the value is an encrypted `secure:` below; Drone
				// and Woodpecker: a `from_secret:` reference below; Task: a
				// dynamic variable's `sh:` command below.
				next := bytes.TrimLeft(s.lower[le+1:s.lineEnd(le+1)], " \t")
				if bytes.HasPrefix(next, []byte("secure:")) || bytes.HasPrefix(next, []byte("from_secret:")) || bytes.HasPrefix(next, []byte("sh:")) {
					s.add(rule, start, end, "high", a.Message)
					return
				}
			}
			if len(val) == 0 || bareSecretPrefix(val) || bytes.Equal(val, []byte("null")) || bytes.Equal(val, []byte("none")) || bytes.Equal(val, []byte("\"\"")) {
				return
			}
			if bytes.Contains(val, []byte("…(")) || bytes.HasSuffix(bytes.ToLower(val), []byte("(redacted)")) {
				return // a scanner's redacted report of the setting: `dns_cloudflare_api_key = 3f9c…(redacted)`
			}
			if regexPattern(val) {
				return // a detector's pattern: a hook's 'CLOUDFLARE_API_KEY=[a-f0-9]{37}'
			}
			if end < len(s.data) && s.data[end] == '=' && !yamlPath(s.opt.Path) && selfDefault(val, s.data[start:end]) {
				return // a script reading its own setting: acme.sh's `CF_Key="${CF_Key:-$(_readaccountconf_mutable CF_Key)}"`
			}
			keys := legacyKeysShaped(val)
			if a.keyShaped && !keys {
				return
			}
			// A placeholder, or a description ("API key", "Alias to CF_API_KEY") in a table of settings.
			// (The space first: IsPlaceholder costs a pass over the value.)
			// Keys separated by blanks are several accounts' keys
			// (dehydrated's cloudflare hook: CF_KEY='<key1> <key2>').
			if a.where != inProvider && (bytes.Contains(val, []byte(" ")) && !keys || placeholderFields(val)) && !bytes.ContainsAny(val, "{$(") {
				return
			}
			s.add(rule, start, end, "high", a.Message)
		})
	}
}

// schemaWords open the members of a schema's property (a CRD's
// openAPIV3Schema, an OpenAPI or JSON Schema document).
var schemaWords = []string{"description:", "type:", "properties:", "$ref:", "items:", "oneof:", "anyof:", "allof:", "x-kubernetes-", `"description":`, `"type":`, `"properties":`, `"$ref":`}

// schemaBelow reports whether the first line below the one at pos, indented
// deeper, is a schema's member: the name at pos is a property schema.
func (s *scanState) schemaBelow(pos int) bool {
	ls, le := s.lineStart(pos), s.lineEnd(pos)
	ind := indentOf(s.data[ls:le])
	for a, n := le+1, 0; a < len(s.lower) && n < 3; n++ {
		b := s.lineEnd(a)
		line := s.lower[a:b]
		t := bytes.TrimSpace(line)
		if len(t) == 0 || t[0] == '#' {
			a = b + 1
			continue
		}
		return indentOf(line) > ind && slices.ContainsFunc(schemaWords, func(w string) bool { return bytes.HasPrefix(t, []byte(w)) })
	}
	return false
}

// yamlPath reports a YAML file by its name.
func yamlPath(p string) bool {
	ext := strings.ToLower(path.Ext(p))
	return ext == ".yml" || ext == ".yaml"
}

// selfDefault reports a value that expands the setting's own name with a
// default (`${CF_Key:-…}`, `${CF_Key-…}`): the variable keeps whatever was
// set before, or the script's own saved value; it selects nothing. (In a
// shell script: a compose file's `- CF_API_KEY=${CF_API_KEY:-}` hands the
// variable to a container's tool.)
func selfDefault(val, name []byte) bool {
	v, ok := bytes.CutPrefix(val, append([]byte("${"), name...))
	return ok && (bytes.HasPrefix(v, []byte(":-")) || bytes.HasPrefix(v, []byte("-")))
}

// settingIs reports a setting within settingLines of the span whose value
// is the one kv ("key=value") names: `'useBearerAuthentication' => '1'`,
// `['auth_using'] = 'token'`, `auth_using: token`.
func (s *scanState) settingIs(start, end int, kv string) bool {
	k, v, _ := strings.Cut(kv, "=")
	lo, hi := s.linesAround(start, end, settingLines)
	w := s.lower[lo:hi]
	for {
		i := bytes.Index(w, []byte(k))
		if i < 0 {
			return false
		}
		w = w[i+len(k):]
		rest := bytes.TrimLeft(w, `"'] `+"\t")
		if bytes.HasPrefix(rest, []byte("=>")) {
			rest = rest[2:]
		} else if len(rest) > 0 && (rest[0] == '=' || rest[0] == ':' || rest[0] == ',') {
			rest = rest[1:]
		} else {
			continue
		}
		rest = bytes.TrimLeft(rest, `"' `+"\t")
		if bytes.HasPrefix(rest, []byte(v)) && (len(rest) == len(v) || !wordChars[rest[len(v)]]) {
			return true
		}
	}
}

// itemNamedCloudflare reports whether the mapping that holds the block
// around pos (one level up) has a name member naming Cloudflare.
func (s *scanState) itemNamedCloudflare(pos int) bool {
	p, _, ok := s.parentKey(pos)
	if !ok {
		return false
	}
	return s.mappingHas(p, func(key, line []byte) bool {
		return normalizeKey(string(key)) == "name" && bytes.Contains(line, []byte("cloudflare"))
	})
}

// generatedClientAuth reports an openapi-generator client's auth set up
// under the security scheme named at [start,end), and the span to report:
// Java's `client.getAuthentication("user_service_key")` whose result is
// given a key (`.setApiKey(…)` chained, or on the name it is assigned to
// within a few lines), or Python's `configuration.api_key['user_service_key'] = …`.
func (s *scanState) generatedClientAuth(start, end int) (int, int, bool) {
	ls, le := s.lineStart(start), s.lineEnd(end)
	before := s.lower[ls:start]
	q := bytes.TrimRight(before, `"'`)
	if len(q) == len(before) {
		return 0, 0, false // the scheme's name is a string
	}
	after := bytes.TrimLeft(s.lower[end:le], `"'`)
	const set = "setapikey("
	switch {
	case bytes.HasSuffix(q, []byte("getauthentication(")) && bytes.HasPrefix(after, []byte(")")):
		if i := bytes.Index(after, []byte("."+set)); i >= 0 {
			at := le - len(after) + i + 1
			return at, at + len(set) - 1, true
		}
		// `ApiKeyAuth serviceKey = (ApiKeyAuth) client.getAuthentication(…);`
		eq := bytes.LastIndexByte(q, '=')
		if eq < 0 {
			return 0, 0, false
		}
		lhs := bytes.TrimRight(q[:eq], " \t")
		n := len(lhs)
		for n > 0 && identChar[lhs[n-1]] {
			n--
		}
		name := lhs[n:]
		if len(name) == 0 {
			return 0, 0, false
		}
		for a, i := le+1, 0; i < settingLines && a < len(s.lower); i++ {
			b := s.lineEnd(a)
			if k := bytes.Index(s.lower[a:b], append(append([]byte{}, name...), "."+set...)); k >= 0 && (k == 0 || !identChar[s.lower[a+k-1]]) {
				at := a + k + len(name) + 1
				return at, at + len(set) - 1, true
			}
			a = b + 1
		}
	case bytes.HasSuffix(q, []byte("api_key[")):
		r := bytes.TrimLeft(bytes.TrimPrefix(after, []byte("]")), " \t")
		if len(after) > 0 && after[0] == ']' && len(r) > 1 && r[0] == '=' && r[1] != '=' && valuePresent(r[1:]) {
			return start, end, true
		}
	}
	return 0, 0, false
}

// inlineEnvValue returns the first shell word of v, the text after
// `NAME=`, when more words follow it on the line and the word is a value
// rather than the start of a description ("Global API key of the
// account"): a reference (`$KEY`, `${KEY}`, `$(cat key)`), a key-shaped
// value, or a long run mixing digits and letters; or any word before a
// `# comment`. The word may be quoted.
func inlineEnvValue(v []byte) ([]byte, bool) {
	if len(v) == 0 {
		return nil, false
	}
	var w []byte
	if q := v[0]; q == '"' || q == '\'' {
		e := bytes.IndexByte(v[1:], q)
		if e < 0 {
			return nil, false
		}
		w = v[1 : 1+e]
		v = v[2+e:]
	} else {
		e := bytes.IndexAny(v, " \t")
		if e < 0 {
			return nil, false
		}
		w, v = v[:e], v[e:]
	}
	rest := bytes.TrimSpace(v)
	if len(v) == 0 || (v[0] != ' ' && v[0] != '\t') || len(rest) == 0 {
		return nil, false
	}
	if rest[0] == '#' {
		return w, true // a shell comment after the value
	}
	if bytes.ContainsAny(w, "$") || legacyKeyShaped(w) || (len(w) >= minInlineValueLen && tokenChars.all(w) && hasDigitAndLetter(w)) {
		return w, true
	}
	return nil, false
}

// minInlineValueLen is the shortest literal word inlineEnvValue takes as
// a value: shorter runs of letters and digits are words of a sentence.
const minInlineValueLen = 16

// bareSecretPrefix reports a value that is only a credential format's
// prefix (`certtoken = v1.0-` in a sample config): a placeholder.
func bareSecretPrefix(v []byte) bool {
	for _, p := range SecretPrefixes() {
		if string(v) == p {
			return true
		}
	}
	return string(v) == originCAPrefix
}

// settingValue parses `<sep> value` after a setting name: quotes and spaces,
// then `=`, `:`, `=>`, `(` or (for an unquoted name, as in
// curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false)) `,`, then quotes and
// spaces, then one of values as a whole word. It returns the offset after the
// value, or -1. A quoted name before a comma is a call's argument pair
// (fs.BoolVar(&v, "verify", false, …)), not a setting.
func settingValue(rest []byte, values []string, commaSep bool) int {
	i := 0
	skip := func() {
		for i < len(rest) {
			if c := rest[i]; c == ' ' || c == '\t' || c == '"' || c == '\'' || c == ']' {
				i++
			} else if n := quoteEntity(rest[i:]); n > 0 {
				i += n // HTML-escaped: `NODE_TLS_REJECT_UNAUTHORIZED=&quot;0&quot;` in a chat export
			} else {
				break
			}
		}
	}
	skip()
	switch {
	case bytes.HasPrefix(rest[i:], []byte("=>")):
		i += 2
	case i < len(rest) && (rest[i] == '=' || rest[i] == ':' || (rest[i] == ',' && commaSep) || rest[i] == '(' || rest[i] == '{'):
		if i+1 < len(rest) && rest[i] == '=' && rest[i+1] == '=' {
			return -1
		}
		i++
	default:
		return -1
	}
	skip()
	for _, v := range values {
		if bytes.HasPrefix(rest[i:], []byte(v)) && (i+len(v) == len(rest) || !wordChars[rest[i+len(v)]]) {
			return i + len(v)
		}
	}
	return -1
}

// commandEnd returns the end of the shell command starting at start: the end
// of its line, following `\`, `^` and "`" line continuations (clamped).
func (s *scanState) commandEnd(start int) int {
	end := s.lineEnd(start)
	for end < len(s.data) && end-start < ContextBytes {
		t := bytes.TrimRight(s.data[s.lineStart(end):end], " \t\r")
		// (end+1 past the data: a continuation on the last line would
		// otherwise find the same line again, forever.)
		if len(t) == 0 || (t[len(t)-1] != '\\' && t[len(t)-1] != '^' && t[len(t)-1] != '`') || end+1 >= len(s.data) {
			break
		}
		end = s.lineEnd(end + 1)
	}
	return min(end, start+ContextBytes)
}

type span struct{ start, end int }

// shellWords splits a command into unquoted words; quoted words are skipped,
// since a flag never sits inside quotes.
func shellWords(cmd []byte) []span {
	var out []span
	for i := 0; i < len(cmd); {
		c := cmd[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\\':
			i++
		case c == '"' || c == '\'':
			j := bytes.IndexByte(cmd[i+1:], c)
			if j < 0 {
				return out
			}
			i += j + 2
		default:
			j := i
			for j < len(cmd) && cmd[j] != ' ' && cmd[j] != '\t' && cmd[j] != '\n' && cmd[j] != '\r' {
				j++
			}
			out = append(out, span{i, j})
			i = j
		}
	}
	return out
}

// shortFlagHasK reports a curl short-option cluster containing k: -k, -sk, -kX.
func shortFlagHasK(w []byte) bool {
	if len(w) < 2 || w[0] != '-' || w[1] == '-' {
		return false
	}
	for _, c := range w[1:] {
		if !('a' <= c && c <= 'z') && !('A' <= c && c <= 'Z') {
			return false
		}
	}
	return bytes.IndexByte(w[1:], 'k') >= 0
}

// emailSetNear reports whether the line nearest the span, within
// settingLines, that sets name (any case, as a whole word) sets it to an
// email address: ddclient's `login=admin@example.org`, oznu/cloudflare-ddns's
// `EMAIL=…`. The nearest setting is the span's own entry's: a ddclient
// entry with `login=token` above the next entry's `login=<email>`.
func (s *scanState) emailSetNear(start, end int, name string) bool {
	lo, hi := start, end
	for i := 0; i < settingLines && lo > 0 && start-lo < ContextBytes; i++ {
		lo = s.lineStart(max(0, lo-1))
	}
	for i := 0; i < settingLines && hi < len(s.lower) && hi-end < ContextBytes; i++ {
		hi = s.lineEnd(min(len(s.lower)-1, hi+1))
	}
	own := bytes.Count(s.lower[lo:s.lineStart(start)], []byte("\n")) // the span's line
	best, email := -1, false
	for n, line := range bytes.Split(s.lower[lo:hi], []byte("\n")) {
		j := bytes.Index(line, []byte(name))
		if j < 0 || (j > 0 && identChar[line[j-1]]) {
			continue
		}
		rest := bytes.TrimLeft(line[j+len(name):], `"' `+"\t")
		if len(rest) == 0 || (rest[0] != '=' && rest[0] != ':') {
			continue
		}
		v := bytes.TrimLeft(rest[1:], `"' `+"\t")
		if k := bytes.IndexAny(v, " \t,;\"'"); k >= 0 {
			v = v[:k] // one value of several on a line (docker run -e EMAIL=… -e API_KEY=…)
		}
		d := n - own
		if d < 0 {
			d = -d
		}
		if best >= 0 && d >= best {
			continue
		}
		best = d
		at := bytes.IndexByte(v, '@')
		email = at > 0 && bytes.IndexByte(v[at:], '.') > 0 && !bytes.ContainsAny(v, "${ ")
	}
	return email
}

// legacyKeyShaped reports a value shaped like a legacy Global API Key:
// 37 to 45 lowercase hex digits, or the cfk_ format.
// maxKeyList is the most keys a blank-separated list of keys holds.
const maxKeyList = 16

// legacyKeysShaped reports a value that is one Global API Key or several
// separated by blanks (a hook's list of accounts).
func legacyKeysShaped(v []byte) bool {
	if len(v) > maxKeyList*46 {
		return false // not a list of keys (and no pass over a long value)
	}
	fs := bytes.Fields(v)
	if len(fs) == 0 || len(fs) > maxKeyList {
		return false
	}
	for _, f := range fs {
		if !legacyKeyShaped(f) {
			return false
		}
	}
	return true
}

// placeholderFields reports a placeholder value, or a list of blank-separated
// values one of which is a placeholder.
func placeholderFields(v []byte) bool {
	if IsPlaceholder(v) {
		return true
	}
	if bytes.IndexByte(v, ' ') < 0 {
		return false
	}
	for _, f := range bytes.Fields(v) {
		if IsPlaceholder(f) {
			return true
		}
	}
	return false
}

func legacyKeyShaped(v []byte) bool {
	if bytes.HasPrefix(v, []byte("cfk_")) {
		return true
	}
	if len(v) < 37 || len(v) > 45 {
		return false
	}
	for _, c := range v {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}

// detectorSample reports whether the header name at pos is inside the
// string that opens a labelled row of a test's table (`('"X-Auth-Key":
// "<KEY>"', False),`, `{"X-Auth-Key: …", true},`): a sample fed to a
// detector or validator, not a header in use.
func (s *scanState) detectorSample(pos int) bool {
	if !testpath.Is(s.opt.Path) {
		return false
	}
	ls, le := s.lineStart(pos), s.lineEnd(pos)
	t := bytes.TrimLeft(s.lower[ls:pos], " \t")
	if len(t) < 2 || (t[0] != '(' && t[0] != '{' && t[0] != '[') {
		return false
	}
	t = bytes.TrimLeft(t[1:], " \tfbr") // (Python's f'…', b'…', r'…')
	if len(t) == 0 || !isQuote(t[0]) {
		return false
	}
	q := t[0]
	// pos is in the row's first string: the quote that opened it closes after pos.
	if bytes.Count(t, []byte{q})%2 != 1 {
		return false
	}
	e := bytes.IndexByte(s.lower[pos:le], q)
	if e < 0 {
		return false
	}
	rest := bytes.TrimSpace(s.lower[pos+e+1 : le])
	rest = bytes.TrimLeft(rest, ", \t")
	for _, b := range []string{"true", "false"} {
		if bytes.HasPrefix(rest, []byte(b)) {
			r := bytes.TrimSpace(rest[len(b):])
			return len(r) > 0 && (r[0] == ')' || r[0] == '}' || r[0] == ']')
		}
	}
	return false
}

// ownOption reports a value that is the receiver's member of the same
// name as the key (`this.apikey`, `self.api_key`), lowercase.
func ownOption(v, key []byte) bool {
	// A copy's argument that keeps the client's own value unless given
	// another: `api_key=api_key or self.api_key` (with_options).
	if m, ok := bytes.CutPrefix(v, key); ok {
		for _, op := range []string{" or ", " || ", " ?? "} {
			if r, ok := bytes.CutPrefix(m, []byte(op)); ok {
				v = r
				break
			}
		}
	}
	for _, recv := range []string{"this.", "self."} {
		if m, ok := bytes.CutPrefix(v, []byte(recv)); ok && bytes.HasPrefix(m, key) && (len(m) == len(key) || !identChar[m[len(key)]]) {
			return true
		}
	}
	return false
}

// configuredHeader reports whether the header name ending at end takes a
// client's own field as its value only when the caller set it: the
// field is checked for none just above (`if (this.apiKey == null) return
// {};` then `return { 'X-Auth-Key': this.apiKey };`). That is an SDK's
// auth plumbing, sent only if its user picks the Global key; the user's
// code is what is reported.
func (s *scanState) configuredHeader(end int) bool {
	v := bytes.TrimLeft(s.lower[end:s.lineEnd(end)], "\"' :=>,\t")
	var field []byte
	for _, recv := range []string{"this.", "self."} {
		if bytes.HasPrefix(v, []byte(recv)) {
			e := len(recv)
			for e < len(v) && identChar[v[e]] {
				e++
			}
			field = v[:e]
		}
	}
	// (Up to four lines above: `if (this.apiKey == null) {`, `return
	// undefined;`, `}` then the header.)
	ls := s.lineStart(end)
	above := s.lower[min(s.linesBefore(end, 4), ls):ls]
	if field == nil {
		// A local copied from the field just above (`api_key =
		// self.api_key`, then `if api_key is None: return {}`).
		e := 0
		for e < len(v) && identChar[v[e]] {
			e++
		}
		if e > 0 && bytes.Contains(above, slices.Concat(v[:e], []byte(" = self."), v[:e])) {
			field = v[:e]
		}
	} else if len(field) <= len("this.") {
		return false
	}
	if len(field) == 0 {
		return false
	}
	// `self.api_key if self.api_key is not None else Omit()`: sent when set.
	if bytes.HasPrefix(bytes.TrimLeft(v[len(field):], " \t"), slices.Concat([]byte("if "), field, []byte(" is not none"))) {
		return true
	}
	for off := 0; ; {
		i := bytes.Index(above[off:], field)
		if i < 0 {
			return false
		}
		i += off
		off = i + len(field)
		if off < len(above) && identChar[above[off]] {
			continue
		}
		rest := bytes.TrimLeft(above[off:], " \t")
		before := bytes.TrimRight(above[:i], " \t(")
		if bytes.HasPrefix(rest, []byte("== null")) || bytes.HasPrefix(rest, []byte("=== null")) || bytes.HasPrefix(rest, []byte("=== undefined")) ||
			bytes.HasPrefix(rest, []byte("is none")) || bytes.HasSuffix(before, []byte("!")) || bytes.HasSuffix(before, []byte("not")) {
			return true
		}
	}
}
