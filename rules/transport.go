package rules

import (
	"bytes"
	"path"
	"slices"
	"strings"

	"github.com/cfauthlint/cfauthlint/internal/testpath"
)

// plainHTTPSchemes are the spellings of http:// that detectPlainHTTP parses.
var plainHTTPSchemes = []string{"http://", `http:\/\/`}

// detectPlainHTTP finds http:// URLs whose parsed host is a Cloudflare API host.
func detectPlainHTTP(s *scanState, r region, h lowerHits) {
	rule := InsecureAPIEndpoint
	hosts := s.apiHosts()
	// `http:\/\/` is how JSON encoders (PHP json_encode) write the scheme.
	for k, scheme := range plainHTTPSchemes {
		s.plainHTTP(r, h, rule, hosts, scheme, schemeIDs[k])
	}
	s.detectPlainScheme(r, h)
}

// plainSchemeLits are the quoted scheme http given apart from its host
// (`url.URL{Scheme: "http", Host: "api.cloudflare.com"}`,
// `HttpUrl.Builder().scheme("http").host(…)`, `new URI("http", "api.cloudflare.com", …)`).
var plainSchemeLits = []string{`"http"`, `'http'`}

// detectPlainScheme finds a URL built from parts: the scheme http and a
// Cloudflare API host, each a quoted literal in one statement, the scheme
// given as a scheme (after a `scheme` name) or just before the host.
func (s *scanState) detectPlainScheme(r region, h lowerHits) {
	for k, lit := range plainSchemeLits {
		h.eachID(schemePartIDs[k], func(i int) {
			start := r.start + i
			before := bytes.TrimRight(s.lower[max(0, start-24):start], ":=>(, \t")
			named := bytes.HasSuffix(bytes.TrimRight(before, `"'`+"`"), []byte("scheme"))
			// `"http", "api.cloudflare.com"`: the host right after.
			after := bytes.TrimLeft(s.lower[start+len(lit):min(len(s.lower), start+len(lit)+maxAuthorityLen)], " \t,")
			var stmt []byte
			if named {
				lo := s.statementStart(start)
				stmt = s.lower[lo:s.statementEnd(lo)]
			}
			host := ""
			for _, hh := range s.apiHosts() {
				for _, q := range []string{`"`, `'`} {
					if quoted := []byte(q + hh + q); bytes.HasPrefix(after, quoted) || bytes.Contains(stmt, quoted) {
						host = hh
					}
				}
			}
			if host == "" || s.inComment(start) || s.proseLine(start) || s.proseScalar(start) || s.refusedURL(start) || s.comparedURL(start+1) {
				return
			}
			s.add(InsecureAPIEndpoint, start+1, start+len(lit)-1, "high", "Cloudflare API URL built with scheme http ("+host+"); use https")
		})
	}
}

// apiPaths are the Cloudflare API paths a client's requests are built on.
var apiPaths = []string{"/zones/", "/zones?", "/accounts/", "/user/tokens", "/client/v4/"}

// hasAPIPath reports whether w (lowercase) builds a request on an API path:
// a string that opens with it (`"/zones/" + id`), or that puts it right
// after an interpolated base (`"${base}/zones/…"`, Scala's and Kotlin's
// `"$baseUrl/zones/…"`).
func hasAPIPath(w []byte) bool {
	for _, p := range apiPaths {
		for off := 0; ; {
			k := bytes.Index(w[off:], []byte(p))
			if k < 0 {
				break
			}
			at := off + k
			off = at + len(p)
			if at == 0 {
				continue
			}
			switch c := w[at-1]; {
			case isQuote(c), c == '`', c == '}':
				return true
			case identChar[c]:
				b := at - 1
				for b > 0 && identChar[w[b-1]] {
					b--
				}
				if b > 0 && w[b-1] == '$' {
					return true
				}
			}
		}
	}
	return false
}

// cloudflareAPIClass reports whether pos is in a class named for
// Cloudflare (`class CloudflareClient`, within classBytes above), or in a
// namespace or package named for it (`namespace Acme\CloudflarePurge\Model\Api;`
// above `class Client`), whose requests are built on Cloudflare API paths
// (`baseUrl + "/zones/" + …`), its base URL from configuration: the
// class's trust manager or TLS switch is the API's.
func (s *scanState) cloudflareAPIClass(pos int) bool {
	lo := max(0, pos-classBytes)
	i := bytes.LastIndex(s.lower[lo:pos], []byte("class "))
	if i < 0 {
		// Or a module named for Cloudflare (src/main/cloudflare.js) whose
		// requests below are built on API paths. (Not a test's: its
		// requests go to the mock it starts, cloudflare_test.go's httptest
		// server.)
		if !strings.Contains(strings.ToLower(path.Base(s.opt.Path)), "cloudflare") || testpath.Is(s.opt.Path) {
			return false
		}
		w := s.lower[pos:min(len(s.lower), pos+classBytes)]
		return hasAPIPath(w)
	}
	n := lo + i + len("class ")
	e := n
	for e < len(s.lower) && identChar[s.lower[e]] {
		e++
	}
	if !bytes.Contains(s.lower[n:e], []byte("cloudflare")) && !cloudflareNamespace(s.lower[:lo+i]) {
		return false
	}
	w := s.lower[n:min(len(s.lower), n+classBytes)]
	return hasAPIPath(w)
}

// cloudflareNamespace reports whether the last `namespace` or `package`
// declaration (at a line's start) in b names Cloudflare.
func cloudflareNamespace(b []byte) bool {
	for _, kw := range []string{"namespace ", "package "} {
		i := bytes.LastIndex(b, []byte("\n"+kw)) + 1 // (0: none, or the file's first line)
		if !bytes.HasPrefix(b[i:], []byte(kw)) {
			continue
		}
		line := b[i:]
		if e := bytes.IndexByte(line, '\n'); e >= 0 {
			line = line[:e]
		}
		if bytes.Contains(line, []byte("cloudflare")) {
			return true
		}
	}
	return false
}

// messageCalls raise, log or print the string given them.
var messageCalls = []string{"raise ", "throw ", "error(", "errorf(", "errors.new(", "exception(", "panic(", "warn(", "warning(",
	"fatal(", "fatalf(", "print(", "println(", "printf(", "log.", "logger.", "console.", "die("}

// inMessage reports whether pos is inside a string literal given to a
// call that raises, logs or prints it (`raise ValueError("verify_ssl=False
// is not supported")`): a message about the switch, not the switch.
func (s *scanState) inMessage(pos int) bool {
	ls := s.lineStart(pos)
	before := s.lower[ls:pos]
	if !inString(before) {
		return false
	}
	q := bytes.LastIndexAny(before, "\"'`")
	return q > 0 && containsAnyOf(before[:q], messageCalls)
}

// compareCalls test a string against another: a URL literal given to one
// is checked against, not used (`strings.HasPrefix(u, "http://api.…")`,
// `u.startswith("http://api.…")`).
var compareCalls = []string{"hasprefix", "hassuffix", "startswith", "endswith", "start_with?", "end_with?", "starts_with",
	"ends_with", "equalfold", "equals", "equalsignorecase", "contains", "includes", "indexof", "str_starts_with", "str_contains"}

// comparedURL reports whether the quoted URL at pos is compared with
// (`u == "http://api.…"`, `"http://api.…" === url`) or checked against
// (a compareCalls argument) rather than used.
func (s *scanState) comparedURL(pos int) bool {
	ls, le := s.lineStart(pos), s.lineEnd(pos)
	if pos == ls || !isQuote(s.lower[pos-1]) {
		return false
	}
	q := s.lower[pos-1]
	before := bytes.TrimRight(s.lower[ls:pos-1], " \t")
	for _, op := range []string{"==", "!=", " in", " eq", " ne"} {
		if bytes.HasSuffix(before, []byte(op)) {
			return true
		}
	}
	if e := bytes.IndexByte(s.lower[pos:le], q); e >= 0 {
		after := bytes.TrimLeft(s.lower[pos+e+1:le], " \t")
		if bytes.HasPrefix(after, []byte("==")) || bytes.HasPrefix(after, []byte("!=")) {
			return true
		}
	}
	// A call's argument: its first, or the second after a simple one.
	if bytes.HasSuffix(before, []byte(",")) {
		before = bytes.TrimRight(before[:len(before)-1], " \t")
		i := len(before)
		for i > 0 && (wordChars[before[i-1]] || before[i-1] == '.') {
			i--
		}
		if i == len(before) {
			return false
		}
		before = bytes.TrimRight(before[:i], " \t")
	}
	if !bytes.HasSuffix(before, []byte("(")) {
		return false
	}
	before = before[:len(before)-1]
	for _, c := range compareCalls {
		if bytes.HasSuffix(before, []byte(c)) {
			n := len(before) - len(c)
			return n == 0 || !wordChars[before[n-1]]
		}
	}
	return false
}

// maxAuthorityLen bounds the authority (user info, host, port) read after
// a URL scheme.
const maxAuthorityLen = 256

func (s *scanState) plainHTTP(r region, h lowerHits, rule *Rule, hosts []string, scheme string, id int) {
	if len(h[id]) == 0 {
		return
	}
	h.eachID(id, func(i int) {
		start := r.start + i
		if start > 0 && alnum[s.data[start-1]] {
			return
		}
		p := start + len(scheme)
		authEnd := p
		for authEnd < len(s.data) && authEnd-p < maxAuthorityLen && isAuthorityChar(s.lower[authEnd]) {
			authEnd++
		}
		authority := string(s.lower[p:authEnd])
		if at := strings.LastIndexByte(authority, '@'); at >= 0 {
			authority = authority[at+1:]
		}
		host := authority
		if c := strings.LastIndexByte(host, ':'); c >= 0 {
			host = host[:c]
		}
		host = strings.TrimSuffix(host, ".")
		match := false
		for _, h := range hosts {
			if host == h {
				match = true
			}
		}
		if !match || s.inComment(start) || s.proseLine(start) || s.proseScalar(start) || s.refusedURL(start) || s.comparedURL(start) || s.htmlCodeURL(start) {
			return
		}
		s.add(rule, start, authEnd, "high", "Cloudflare API URL uses plain http:// ("+host+"); use https://")
	})
}

// refusalOwnerWords name a list of URLs that code refuses: a denylist.
var refusalOwnerWords = []string{"deny", "denied", "block", "reject", "refuse", "forbid", "disallow", "banned", "insecure", "invalid", "bad", "unsafe"}

// refusalTestWords, near a URL in a test, say the test expects the URL
// to be refused.
var refusalTestWords = []string{"reject", "denied", "deny", "refus", "forbid", "disallow", "tothrow", "raises", "throws", "must use https", "insecure", "invalid",
	"raise_error", "thrownby", "illegalargument"} // (RSpec's raise_error, AssertJ's assertThatThrownBy)

// refusalTestLines is how many lines below a URL a test's expectation of
// refusal may be (a parametrized list, then the test function).
const refusalTestLines = 8

// RefusedURL reports whether the URL at off in the file data (at path) is
// one that code refuses rather than calls, as the text rules judge it for
// CF301: a denylist's element, or a URL that a test expects to be
// rejected. The Go analyzer asks it of a constant it found in a test.
// lower is data lowercased (bytes.ToLower), which a caller asking of many
// constants in one file works out once; nil has RefusedURL do it.
func (o Options) RefusedURL(data, lower []byte, off int) bool {
	if off < 0 || off >= len(data) {
		return false
	}
	if len(lower) != len(data) {
		lower = bytes.ToLower(data)
	}
	s := &scanState{data: data, lower: lower, opt: o}
	return s.refusedURL(off)
}

// refusedURL reports whether the URL at start is one that code refuses
// rather than calls: an element of a list or tuple whose name says so
// (`DENYLIST_PREFIXES = (` above, `BLOCKED = ["http://…"]`), or a URL in a
// test that expects it to be rejected (`it.each([…])("rejects plain-http
// base %s", …)`, `pytest.raises(EgressDenied)` below).
func (s *scanState) refusedURL(start int) bool {
	ls, le := s.lineStart(start), s.lineEnd(start)
	// On the URL's line: `BLOCKED = ["http://…", …]`, the list opening
	// before it with only other list items between, its name before that.
	before := s.lower[ls:start]
	if o := bytes.LastIndexAny(before, "[({"); o >= 0 && listItemsOnly(before[o+1:]) {
		if containsAnyOf(before[max(0, o-maxOwnerName):o], refusalOwnerWords) {
			return true
		}
	}
	ind := indentOf(s.data[ls:le])
	for a, n := ls, 0; a > 0 && n < refusalTestLines && start-a < ContextBytes; n++ {
		a = s.lineStart(a - 1)
		line := s.lower[a:s.lineEnd(a)]
		t := bytes.TrimSpace(line)
		if len(t) == 0 || indentOf(line) >= ind {
			continue
		}
		if c := t[len(t)-1]; (c == '(' || c == '[' || c == '{') && containsAnyOf(t, refusalOwnerWords) {
			return true
		}
		// Lisp: `(define denied-bases` then `'("http://…"` and more items
		// below it: the list's first line holds items only, and the form
		// that names it is still open above.
		if o := bytes.TrimLeft(t, "'`#"); len(o) > 0 && (o[0] == '(' || o[0] == '[') && bytes.IndexByte(o, '"') > 0 && listItemsOnly(o[1:]) {
			ind = indentOf(line)
			continue
		}
		if t[0] == '(' && bytes.Count(t, []byte("(")) > bytes.Count(t, []byte(")")) && containsAnyOf(t, refusalOwnerWords) {
			return true
		}
		break
	}
	if !testpath.Is(s.opt.Path) {
		return false
	}
	lo := s.lineStart(max(0, ls-1))
	hi := le
	for n := 0; n < refusalTestLines && hi+1 < len(s.lower) && hi-le < ContextBytes; n++ {
		hi = s.lineEnd(hi + 1)
	}
	if containsAnyOf(s.lower[lo:hi], refusalTestWords) {
		return true
	}
	// A table row whose last field is true (`{"plain http", "http://api…", true},`)
	// in a table with an expected-error field (`wantErr bool` above).
	row := bytes.TrimRight(bytes.TrimSpace(s.lower[start:le]), ",")
	if bytes.HasSuffix(row, []byte("true}")) || bytes.HasSuffix(row, []byte("true)")) {
		return containsAnyOf(s.lower[min(s.linesBefore(start, 2*refusalTestLines), ls):ls], errorFieldWords)
	}
	return false
}

// goTestServerFunc reports whether pos is in a function of a Go test file
// that starts an httptest TLS server (`httptest.NewTLSServer(…)`,
// `srv.StartTLS()`) before pos: the test's TLS switch is for that server's
// self-signed certificate.
func (s *scanState) goTestServerFunc(pos int) bool {
	if !strings.HasSuffix(s.opt.Path, "_test.go") {
		return false
	}
	lo := max(0, pos-classBytes)
	if f := bytes.LastIndex(s.lower[lo:pos], []byte("\nfunc ")); f >= 0 {
		lo += f
	}
	w := s.lower[lo:pos]
	return bytes.Contains(w, []byte("httptest.newtlsserver(")) || bytes.Contains(w, []byte(".starttls()"))
}

// errorFieldWords name a test table's field that says the row must fail.
var errorFieldWords = []string{"wanterr", "wantfail", "shouldfail", "shoulderr", "expecterr", "experr", "wantreject", "wantinvalid"}

// containsAnyOf reports whether b contains one of words.
func containsAnyOf(b []byte, words []string) bool {
	for _, w := range words {
		if bytes.Contains(b, []byte(w)) {
			return true
		}
	}
	return false
}

// maxOwnerName bounds the text before a list's opening read for its name.
const maxOwnerName = 48

// listItemsOnly reports whether b (between a list's opening and a URL) is
// blanks, quotes, commas and URL-ish list items only.
func listItemsOnly(b []byte) bool {
	for _, c := range b {
		if !(alnum[c] || strings.IndexByte(" \t\"'`,:/.-_", c) >= 0) {
			return false
		}
	}
	return true
}

// showURLHost is how a CF301 match (a URL's scheme and authority) is
// shown: the scheme and the host with its port, never the userinfo before
// an "@", which may be a credential (http://user:token@host).
func showURLHost(match []byte) string {
	s := string(match)
	scheme := ""
	for _, sc := range plainHTTPSchemes {
		if len(s) >= len(sc) && strings.EqualFold(s[:len(sc)], sc) {
			scheme, s = s[:len(sc)], s[len(sc):]
			break
		}
	}
	if at := strings.LastIndexByte(s, '@'); at >= 0 {
		s = s[at+1:]
	}
	return scheme + s
}

func isAuthorityChar(c byte) bool {
	return ('a' <= c && c <= 'z') || ('0' <= c && c <= '9') || c == '.' || c == '-' || c == ':' || c == '@' || c == '_' || c == '%'
}

// tlsSettings are settings that switch certificate verification off when
// given one of their values: `verify=False`, `'verify' => false`,
// `rejectUnauthorized: false`, `InsecureSkipVerify: true`,
// `curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false)`, libcurl's
// `curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 0L)`, `validate_certs: no`,
// MikroTik RouterOS `/tool fetch … check-certificate=no`.
// curl and wget are parsed as commands instead (tlsCommands).
var tlsSettings = []struct {
	names  []string
	values []string
	global bool // a process-wide switch (environment): any Cloudflare API client in the process
	// handleWide: the API URL may be anywhere within classBytes (a
	// handle's options, set far from the file's base URL constant).
	handleWide bool
	// blankSep: a directive whose value follows the name after blanks.
	blankSep bool
}{
	{[]string{"verify", "verify_ssl", "ssl_verify", "sslverify", "verifyssl", "verify_certs", "validate_certs", "validatecerts",
		"strictssl", "strict_ssl", "verify_tls", "tls_verify", "tlsverify", "check_hostname", "rejectunauthorized",
		"ssl_verifypeer", "ssl", "sslverifypeer", "sslverifyhost",
		"verify_hostname", "ssl_verify_mode", "verify_peer", "verify_peer_name",
		"require_ssl_verification", "check-certificate",
		"verifypeer", "validatehttpscertificates", "verifyservercert", "verify_certificate", "verify_ssl_cert"}, []string{"false", "no", "0", "off", "0l"}, false, false, false}, // (D's std.net.curl HTTP.verifyPeer(false), Apps Script UrlFetchApp, a Node-RED tls-config node)
	{[]string{"insecureskipverify", "insecure_skip_verify", "insecure", "tls_skip_verify", "skip_tls_verify", "tlsskipverify",
		"skiptlsverify", "danger_accept_invalid_certs", "danger_accept_invalid_hostnames",
		"settingdisablecertificatevalidation",
		"insecureskiptlsverify", "ignorehttpserrors", "disable_ssl_certificate_validation", "ignoretls", "tlsskipverify",
		"allowunauthorizedcerts", "insecuretrustallcertificates", "disable_ssl_verification"}, []string{"true", "yes", "1", "on"}, false, false, false}, // (k6, Playwright/Puppeteer, httplib2, Uptime Kuma, Grafana, n8n's HTTP Request node, Kestra's HTTP tasks)
	{[]string{"cert_reqs"}, []string{"cert_none", "ssl.cert_none"}, false, false, false}, // urllib3.PoolManager(cert_reqs='CERT_NONE')
	// libcurl's handle options (C, PHP): they serve the handle, whose URL
	// is often a constant at the top of the file (handleWide).
	{names: []string{"curlopt_ssl_verifypeer", "curlopt_ssl_verifyhost"}, values: []string{"false", "no", "0", "off", "0l"}, handleWide: true},
	// Postman's per-request (or collection) `"protocolProfileBehavior":
	// {"disableTLSVerification": true}`: the request's URL is often a
	// collection variable further down.
	{names: []string{"disabletlsverification"}, values: []string{"true"}, handleWide: true},
	// nginx `proxy_ssl_verify off;` (a directive: name, blanks, value).
	{names: []string{"proxy_ssl_verify"}, values: []string{"off"}, blankSep: true},
	{[]string{"node_tls_reject_unauthorized", "pythonhttpsverify"}, []string{"0"}, true, false, false},
	// Logstash http/http_poller `ssl_verification_mode => "none"`, Beats
	// `ssl.verification_mode: none`.
	{[]string{"ssl_verification_mode", "verification_mode"}, []string{"none"}, false, false, false},
	// PowerShell: a splatted `@{ …; SkipCertificateCheck = $true }`.
	{[]string{"skipcertificatecheck"}, []string{"$true"}, false, false, false},
}

// tlsMarker is one entry of tlsMarkers.
type tlsMarker struct {
	name      string
	validator bool
	// trustManager: part of a Java/Kotlin trust-all TrustManager (its
	// variable, its empty checkServerTrusted), reported once per
	// declaration (trustManagerLines).
	trustManager bool
	// emptyBody: a method that accepts every certificate when its body is
	// empty (`{}`, Kotlin's `= Unit`).
	emptyBody bool
	// unlessEvaluated: Swift's `completionHandler(.useCredential,
	// URLCredential(trust: challenge.protectionSpace.serverTrust!))`
	// accepts any server unless the delegate evaluates the trust first
	// (SecTrustEvaluateWithError, within trustManagerLines before).
	unlessEvaluated bool
	// directive: a request file's directive, which is written as a comment
	// (httpyac's `# @no-reject-unauthorized` above a request).
	directive bool
	// setBy: the marker is a value, which switches verification off only
	// when the line's text before it, blanks removed, ends with one of
	// these: WinHttpRequest's `Option(4) = 13056` (ignore all certificate
	// errors), ServerXMLHTTP's `setOption 2, 13056`.
	setBy []string
	// onLine: the marker counts only on a line holding this (Tcl's
	// `-require 0` as an option of tls::socket or tls::init).
	onLine string
	// clientWide: the marker is set on a client object that serves the
	// whole sketch or file (Arduino's `client.setInsecure()` in setup(),
	// the API URL a constant at the top).
	clientWide bool
	// hostOnLine: the marker counts only on a line naming the API host.
	hostOnLine bool
}

// tlsMarkers switch verification off by themselves; a validator (the .NET
// callbacks, Java's HostnameVerifier) only when it accepts every
// certificate (`=> true`, `{ $true }`, `return true`, VB's
// `Function(s, c, ch, e) True`).
var tlsMarkers = []tlsMarker{
	{name: "-skipcertificatecheck"}, {name: "verify_none"}, {name: "ssl.cert_none"}, {name: "_create_unverified_context"},
	{name: "dangerousacceptanyservercertificatevalidator"}, {name: "--verify=no"}, {name: "--verify=false"},
	{name: "insecuretrustmanagerfactory"}, {name: "trustallcerts", trustManager: true}, {name: "trust_all_certs", trustManager: true},
	{name: "checkservertrusted", trustManager: true, emptyBody: true}, {name: "noophostnameverifier"}, {name: "trustallstrategy"}, {name: "withoutverifying()"},
	{name: "allow_all_hostname_verifier"}, {name: "--unsafely-ignore-certificate-errors"},
	{name: "servercertificatevalidationcallback", validator: true}, {name: "servercertificatecustomvalidationcallback", validator: true},
	{name: "remotecertificatevalidationcallback", validator: true}, // RestSharp options, SslStream
	// REST Assured, superagent, Go req, Alamofire, httpyac, Karate.
	{name: "relaxedhttpsvalidation("}, {name: "disabletlscerts()"}, {name: "enableinsecureskipverify()"}, {name: "disabledtrustevaluator()"},
	{name: "@no-reject-unauthorized", directive: true}, {name: "configure ssl = true"},
	{name: "hostnameverifier", validator: true, clientWide: true}, {name: "badcertificatecallback", validator: true},
	{name: "urlcredential(trust:", unlessEvaluated: true}, {name: "credentialfortrust:", unlessEvaluated: true},
	// Haskell http-client-tls (TLSSettingsSimple disableCertValidation …),
	// Elixir/Erlang hackney's insecure option, Nim's CVerifyNone, Crystal's
	// insecure client context.
	{name: "tlssettingssimple true"}, {name: "hackney: [:insecure"}, {name: "cverifynone"}, {name: "context::client.insecure"},
	// Qt's QSslConfiguration::setPeerVerifyMode(QSslSocket::VerifyNone);
	// Electron's process-wide app.commandLine.appendSwitch('ignore-certificate-errors').
	{name: "qsslsocket::verifynone"}, {name: "appendswitch('ignore-certificate-errors'"}, {name: `appendswitch("ignore-certificate-errors"`},
	// Erlang hackney's option list `[insecure, …]`, Common Lisp dexador's `:insecure t`.
	{name: "[insecure,"}, {name: "[insecure]"}, {name: ":insecure t)"}, {name: ":insecure t "},
	// Crystal's OpenSSL context, Tcl's tls package.
	{name: "verifymode::none"}, {name: "-require 0", onLine: "tls::"}, {name: "-require false", onLine: "tls::"},
	// WinHttpRequest (VBScript, VBA, AutoHotkey) option 4 and
	// ServerXMLHTTP option 2 (SSL error ignore flags) set to ignore all.
	{name: "13056", setBy: winHTTPIgnoreFlags}, {name: "0x3300", setBy: winHTTPIgnoreFlags}, {name: "&h3300", setBy: winHTTPIgnoreFlags},
	// Envoy's upstream validation_context, HAProxy's `server … ssl verify
	// none` (the server line names its host).
	{name: "trust_chain_verification: accept_untrusted"}, {name: "ssl verify none", hostOnLine: true},
	// Arduino (ESP32/ESP8266) WiFiClientSecure and BearSSL clients.
	{name: ".setinsecure()", clientWide: true},
	// MATLAB weboptions with an empty certificate file: no validation.
	{name: "'certificatefilename', ''"}, {name: "'certificatefilename',''"}, {name: `"certificatefilename", ""`},
}

// winHTTPIgnoreFlags set the SSL error ignore flags of a WinHttpRequest
// (Option(4)) or a ServerXMLHTTP (setOption 2) object.
var winHTTPIgnoreFlags = []string{"option(4)=", "option(4):=", "option[4]=", "option[4]:=", "setoption2,", "setoption(2,",
	"option(winhttprequestoption_sslerrorignoreflags)=", "option(winhttprequestoption_sslerrorignoreflags):="}

// classBytes is how far a trust manager or URLSession delegate looks for
// the Cloudflare API URL: it serves the class or file that declares it,
// whose base URL is often a constant at its top.
const classBytes = 8 * ContextBytes

// classWide reports a marker that belongs to a declaration serving a
// whole class (a TrustManager, a URLSession delegate).
func (t tlsMarker) classWide() bool { return t.trustManager || t.unlessEvaluated || t.clientWide }

// handleWide reports a marker set on a request object whose URL may be a
// constant at the top of the file (WinHttpRequest options).
func (t tlsMarker) handleWide() bool { return t.setBy != nil }

// trustEvaluation is what a URLSession delegate that checks the server's
// trust calls before it answers .useCredential.
const trustEvaluation = "sectrustevaluate"

// trustManagerLines: a trust-manager marker within this many lines after
// a reported one is the same declaration or its use
// (`sc.init(null, trustAllCerts, …)`), not a new site.
const trustManagerLines = 12

// acceptAll are the bodies (spaces removed) of a validator that accepts
// every certificate.
var acceptAll = []string{"=>true", "->true", "returntrue", "{$true}", "return$true", ")true"}

// emptyMethodBody reports whether rest (a method's name removed, spaces
// removed, lowercase) declares parameters and an empty body: `(…) {}`,
// `(…) throws CertificateException {}`, Kotlin's `(…) {}`, `(…): Unit {}`
// `(…) = Unit` and Scala's `(…): Unit = ()`. A call (`checkServerTrusted(chain, a);`) is not.
func emptyMethodBody(rest []byte) bool {
	k := bytes.IndexByte(rest, ')')
	if k < 0 || !bytes.HasPrefix(rest, []byte("(")) {
		return false
	}
	rest = rest[k+1:]
	if r, ok := bytes.CutPrefix(rest, []byte("throws")); ok {
		rest = bytes.TrimLeft(r, "abcdefghijklmnopqrstuvwxyz0123456789_.,")
	}
	rest, _ = bytes.CutPrefix(rest, []byte(":unit"))
	// (Scala: `(…): Unit = ()`, the unit value.)
	return bytes.HasPrefix(rest, []byte("{}")) || bytes.HasPrefix(rest, []byte("=unit")) || bytes.HasPrefix(rest, []byte("=()"))
}

// tlsCommands are command-line tools whose TLS flags are parsed per command.
var tlsCommands = []struct {
	name  string
	flags []string // long flags that turn verification off
	short bool     // -k in a short-option cluster
}{
	{"curl", []string{"--insecure"}, true},
	{"wget", []string{"--no-check-certificate"}, false},
	{"uclient-fetch", []string{"--no-check-certificate"}, false}, // OpenWrt
	{"newman", []string{"--insecure"}, true},                     // Postman's CLI: -k, --insecure
}

func detectInsecureTLS(s *scanState, r region, h lowerHits) {
	rule := TLSVerificationDisabled
	// Commands on one line overlap (`curl -k URL curl -k URL …` is one
	// command to the shell): a flag is added once, not once per command
	// that holds it.
	added := map[int]bool{}
	for k, tool := range tlsCommands {
		if len(h[tlsCommandIDs[k]]) == 0 {
			continue
		}
		h.eachID(tlsCommandIDs[k], func(i int) {
			start := r.start + i
			n := len(tool.name)
			if bytes.HasPrefix(s.lower[start+n:], []byte(".exe")) {
				n += len(".exe") // Windows: curl.exe, wget.exe
			}
			if (start > 0 && identChar[s.data[start-1]]) || (start+n < len(s.data) && identChar[s.data[start+n]]) || s.inComment(start) || s.proseLine(start) || s.proseScalar(start) {
				return
			}
			cmdEnd := s.commandEnd(start)
			if start > 0 && s.data[start-1] == '`' {
				// An inline code span in text (`curl -k https://printer/status` is
				// fine): the command ends at its closing backtick.
				if e := bytes.IndexByte(s.data[start:cmdEnd], '`'); e > 0 {
					cmdEnd = start + e
				}
			}
			words := shellWords
			if start+n < len(s.data) && isQuote(s.data[start+n]) {
				// An exec array: Icinga's `command = [ "/usr/bin/curl", "-s", "-k", …`,
				// a Dockerfile's CMD ["curl", "-k", …], its elements the words,
				// up to the closing bracket (on a later line, too).
				if e := bytes.IndexByte(s.lower[start:min(len(s.lower), start+ContextBytes)], ']'); e > 0 {
					cmdEnd, words = start+e, execArrayWords
				}
			}
			cmd := s.lower[start:cmdEnd]
			// The URL is in the command, or in a variable set nearby
			// (`API=https://api.cloudflare.com/…` … `curl -k "$API/zones"`).
			if !s.hasAPIHost(cmd) && (bytes.Contains(cmd, []byte("://")) || !s.apiURLVariable(start, cmdEnd)) && !s.arrayCommandForAPI(start) {
				return
			}
			orig := s.data[start:cmdEnd]
			isFlag := func(w []byte) bool {
				flag := tool.short && shortFlagHasK(w)
				for _, f := range tool.flags {
					flag = flag || bytes.Equal(w, []byte(f))
				}
				return flag
			}
			for _, a := range words(orig) {
				w := orig[a.start:a.end]
				if isFlag(w) && !added[start+a.start] {
					added[start+a.start] = true
					s.add(rule, start+a.start, start+a.end, "high", tool.name+" runs against the Cloudflare API with TLS verification off ("+string(w)+"); remove it")
				}
			}
			// An arguments array expanded into the command (`curl
			// "${args[@]}" "${cf_api_base}${path}"` with `args+=(--insecure)`
			// above): the flag where the array gets it.
			for off := 0; ; {
				i := bytes.Index(orig[off:], []byte("${"))
				if i < 0 {
					break
				}
				off += i + 2
				name, ok := arrayExpansion(orig[off-2:])
				if !ok {
					continue
				}
				s.arrayArgs(name, start, func(fs, fe int) {
					if f := s.data[fs:fe]; isFlag(f) && !added[fs] {
						added[fs] = true
						s.add(rule, fs, fe, "high", tool.name+" runs against the Cloudflare API with TLS verification off ("+string(f)+" in the arguments array it expands); remove it")
					}
				})
			}
		})
	}
	s.curlConfigInsecure(r)
	s.uciDDNSInsecure(r)
	var trustManagers [][2]int
	for k, t := range tlsMarkers {
		if len(h[tlsMarkerIDs[k]]) == 0 {
			continue
		}
		h.eachID(tlsMarkerIDs[k], func(i int) {
			start := r.start + i
			end := start + len(t.name)
			// A marker right after a quote is a list of names ("trustallcerts", …).
			if (start > 0 && isQuote(s.data[start-1])) || (s.inComment(start) && !t.directive) || s.proseLine(start) || s.proseScalar(start) || s.importLine(start) ||
				!(s.apiHostInCode(start, end, ContextBytes) || s.sdkClientNear(start, end) || ((t.classWide() || t.handleWide()) && s.apiHostInCode(start, end, classBytes)) ||
					(!t.classWide() && s.apiHostInCode(start, end, classBytes) && s.switchReachesAPI(start)) || (t.trustManager && s.cloudflareAPIClass(start))) {
				return
			}
			if !t.classWide() && (s.otherURLStatement(start) || s.switchOnOtherClient(start)) {
				return // `Invoke-WebRequest -Uri "$NexusUrl/…" -SkipCertificateCheck`
			}
			if (t.clientWide && s.switchOnOtherClient(start)) || (t.trustManager && s.trustManagerOnOtherClient(start)) {
				return // a verifier or trust manager given to a client of another host (`this.ilo = new OkHttpClient.Builder()…`)
			}
			if t.hostOnLine && !s.hasAPIHost(s.lower[s.lineStart(start):s.lineEnd(start)]) {
				return
			}
			if t.setBy != nil {
				before := bytes.ReplaceAll(bytes.ReplaceAll(s.lower[s.lineStart(start):start], []byte(" "), nil), []byte("\t"), nil)
				if !slices.ContainsFunc(t.setBy, func(b string) bool { return bytes.HasSuffix(before, []byte(b)) }) {
					return
				}
			}
			if t.onLine != "" && !bytes.Contains(s.lower[s.lineStart(start):s.lineEnd(start)], []byte(t.onLine)) {
				return
			}
			if t.validator || t.emptyBody {
				rest := bytes.ReplaceAll(s.lower[end:s.lineEnd(end)], []byte(" "), nil)
				if t.validator && bytes.Equal(bytes.TrimSpace(rest), []byte("=")) && s.lineEnd(end) < len(s.data) {
					// Dart's `..badCertificateCallback =` with the callback on the next line.
					ne := s.lineEnd(s.lineEnd(end) + 1)
					rest = bytes.ReplaceAll(s.lower[end:ne], []byte(" "), nil)
				}
				if t.emptyBody {
					if !emptyMethodBody(rest) {
						return
					}
				} else if !slices.ContainsFunc(acceptAll, func(a string) bool { return bytes.Contains(rest, []byte(a)) }) &&
					!(bytes.Contains(rest, []byte("host==")) && s.hasAPIHost(rest)) {
					// (`(cert, host, port) => host == 'api.cloudflare.com'`
					// accepts any certificate the API host presents.)
					return
				}
			}
			// Swift .useCredential, Objective-C NSURLSessionAuthChallengeUseCredential.
			// A delegate that first checks the challenge's host
			// (protectionSpace.host against a local mock) trusts that host
			// only, not the API.
			if t.unlessEvaluated && (!bytes.Contains(s.lower[s.lineStart(start):start], []byte("usecredential")) ||
				bytes.Contains(s.lower[s.linesBefore(start, trustManagerLines):start], []byte(trustEvaluation)) ||
				bytes.Contains(s.lower[s.linesBefore(start, trustManagerLines):start], []byte("protectionspace.host"))) {
				return
			}
			if t.trustManager {
				trustManagers = append(trustManagers, [2]int{start, end})
				return
			}
			s.add(rule, start, end, "high", "TLS certificate verification is disabled for Cloudflare API traffic; remove it")
		})
	}
	slices.SortFunc(trustManagers, func(a, b [2]int) int { return a[0] - b[0] })
	last := -1
	for _, m := range trustManagers {
		if last >= 0 && bytes.Count(s.data[last:m[0]], []byte("\n")) <= trustManagerLines {
			continue
		}
		last = m[0]
		s.add(rule, m[0], m[1], "high", "TLS certificate verification is disabled for Cloudflare API traffic: a TrustManager accepts every certificate; remove it")
	}
	for k, set := range tlsSettings {
		for n, name := range set.names {
			if len(h[tlsSettingIDs[k][n]]) == 0 {
				continue
			}
			h.eachID(tlsSettingIDs[k][n], func(i int) {
				start := r.start + i
				end := start + len(name)
				if (start > 0 && wordChars[s.data[start-1]]) || (end < len(s.data) && wordChars[s.data[end]]) {
					return
				}
				quoted := start > 0 && isQuote(s.data[start-1])
				vEnd := settingValue(s.lower[end:s.lineEnd(end)], set.values, !quoted)
				if set.blankSep {
					vEnd = blankValue(s.lower[end:s.lineEnd(end)], set.values)
				} else if start > 0 && s.data[start-1] == ':' && end < len(s.data) && s.data[end] == '?' {
					// A Clojure keyword and its value in a map (clj-http's
					// `:insecure? true`, aligned with blanks).
					if vEnd = blankValue(s.lower[end+1:s.lineEnd(end)], set.values); vEnd >= 0 {
						vEnd++
					}
				}
				if vEnd < 0 || s.inComment(start) || s.proseLine(start) || s.proseScalar(start) || codeSpan(s.data, start, end+vEnd) || s.mentionedSetting(start) || s.inMessage(start) {
					return
				}
				if !s.apiHostInCode(start, end, ContextBytes) && !s.apiURLStatement(start) && !s.sdkClientNear(start, end) && !(set.global && s.cloudflareClientNear(start, end)) &&
					!(set.handleWide && s.apiHostInCode(start, end, classBytes)) && !(!set.global && s.apiHostInCode(start, end, classBytes) && s.switchReachesAPI(start)) && !(!set.global && s.cloudflareAPIClass(start)) {
					return
				}
				if !set.global && (s.otherURLStatement(start) || s.switchOnOtherClient(start)) {
					return // `requests.get("https://10.0.0.5/health", verify=False)`, or a session that only goes there
				}
				if s.goTestServerFunc(start) && !s.hasAPIHost(s.lower[s.statementStart(start):s.lineEnd(start)]) {
					return // a Go test's client for the httptest TLS server its function starts
				}
				if set.handleWide && s.curlHandleElsewhere(start) {
					return // the handle's CURLOPT_URL is another host's
				}
				if s.ansibleDownloadTask(start) {
					return // get_url's validate_certs: the task downloads, it does not call the API
				}
				if s.nodeRedTLSElsewhere(start) {
					return // a Node-RED tls-config node whose servername, or whose users' URLs, are another host's
				}
				if !set.global && s.otherURLSibling(start) {
					return // a Salt http.query's `- name: https://varnish-admin…` beside `- verify_ssl: False`
				}
				if set.global && s.otherBaseURLBeside(start) {
					return // NODE_TLS_REJECT_UNAUTHORIZED beside CLOUDFLARE_API_BASE_URL=https://mock…
				}
				if set.blankSep && s.nginxOtherProxyPass(start) {
					return // proxy_ssl_verify off in a location that proxies another upstream
				}
				s.add(rule, start, end+vEnd, "high", "TLS certificate verification is disabled for Cloudflare API traffic; remove it")
			})
		}
	}
}

// execArrayWords are the elements of an exec array's rest, from the
// command's name (`curl", "-s", "-k", "https://…"`): the quoted strings.
func execArrayWords(cmd []byte) []span {
	var out []span
	i := bytes.IndexAny(cmd, "\"'") + 1 // past the name's closing quote
	for ; i > 0 && i < len(cmd); i++ {
		if c := cmd[i]; isQuote(c) {
			j := bytes.IndexByte(cmd[i+1:], c)
			if j < 0 {
				break
			}
			out = append(out, span{i + 1, i + 1 + j})
			i += j + 1
		}
	}
	return out
}

// curlConfigInsecure reports `-k`, `--insecure` or `insecure` alone on a
// line of a curl config file (`~/.curlrc`, a `curl -K` file under a curl
// directory) whose API URL (`url = "https://api.cloudflare.com/…"`) is in
// the file, within 8 KiB.
func (s *scanState) curlConfigInsecure(r region) {
	p := strings.ToLower(s.opt.Path)
	base := path.Base(p)
	if base != ".curlrc" && base != "_curlrc" && base != "curlrc" && !strings.Contains(p, "curl/") && !strings.HasPrefix(base, "curl") && path.Ext(base) != ".curlrc" {
		return
	}
	for a := s.lineStart(r.start); a < r.end; {
		b := s.lineEnd(a)
		t := bytes.TrimSpace(s.lower[a:b])
		if bytes.Equal(t, []byte("-k")) || bytes.Equal(t, []byte("--insecure")) || bytes.Equal(t, []byte("insecure")) {
			start := a + bytes.Index(s.lower[a:b], t)
			// (Or a config named for the API, its URL given at run time:
			// `curl -K cloudflare-api.curlrc --url "$URL"`.)
			if s.apiHostInCode(start, start+len(t), classBytes) || strings.Contains(base, "cloudflare") {
				s.add(TLSVerificationDisabled, start, start+len(t), "high", "curl config file turns TLS verification off ("+string(s.data[start:start+len(t)])+") for the Cloudflare API; remove it")
			}
		}
		if b >= len(s.data) {
			break
		}
		a = b + 1
	}
}

// blankValue returns where one of values ends in rest when rest is blanks
// then that value (a directive's `proxy_ssl_verify off;`), else -1.
func blankValue(rest []byte, values []string) int {
	t := bytes.TrimLeft(rest, " \t")
	if len(t) == len(rest) {
		return -1
	}
	i := len(rest) - len(t)
	for _, v := range values {
		if bytes.HasPrefix(t, []byte(v)) && (len(t) == len(v) || !wordChars[t[len(v)]]) {
			return i + len(v)
		}
	}
	return -1
}

// apiHostInCode reports a Cloudflare API host within n bytes of the span
// that is not in a comment: a test's "stands in for api.cloudflare.com"
// comment is no request to the API. (A value scanned alone keeps what its
// caller knows.)
func (s *scanState) apiHostInCode(start, end, n int) bool {
	if s.val != nil && s.val.apiHost {
		return true
	}
	lo, hi := max(0, start-n), min(len(s.lower), end+n)
	return s.eachAPIHost(s.lower[lo:hi], func(i int) bool { return !s.inComment(lo + i) })
}

// importLine reports whether pos is on an import statement (Java, Kotlin,
// Scala, Python, Go, C#'s using, Perl's and Rust's use): a name imported is not yet used.
func (s *scanState) importLine(pos int) bool {
	t := bytes.TrimLeft(s.lower[s.lineStart(pos):pos], " \t")
	for _, kw := range []string{"import ", "from ", "using ", "use "} { // (Perl's `use IO::Socket::SSL qw(SSL_VERIFY_NONE);`, Rust's `use`)
		if bytes.HasPrefix(t, []byte(kw)) {
			return true
		}
	}
	return false
}

// apiURLVariable reports whether the command at [start,end) expands a shell
// variable (`$API`, `${API}`, `$(API)`, cmd.exe's `%API%`) that is assigned a Cloudflare API URL
// within ContextBytes before it.
func (s *scanState) apiURLVariable(start, end int) bool {
	cmd := s.data[start:end]
	lo := max(0, start-ContextBytes)
	for i := 0; i < len(cmd); i++ {
		// (`$API`, `${API}`, `%API%`, and a template's `{{api}}`, `{{ .API }}`:
		// just, Task, Jinja.)
		tmpl := cmd[i] == '{' && i+1 < len(cmd) && cmd[i+1] == '{'
		if cmd[i] != '$' && cmd[i] != '%' && !tmpl {
			continue
		}
		j := i + 1
		if tmpl {
			j = i + 2
			for j < len(cmd) && (cmd[j] == ' ' || cmd[j] == '.') {
				j++
			}
		}
		if j < len(cmd) && cmd[i] == '$' && (cmd[j] == '{' || cmd[j] == '(') {
			j++
		}
		k := j
		for k < len(cmd) && wordChars[cmd[k]] {
			k++
		}
		if k == j {
			continue
		}
		if s.shellVarHoldsAPIURL(s.lower[start+j:start+k], lo, start, 1) {
			return true
		}
	}
	return false
}

// shellVarHoldsAPIURL reports whether the shell variable name is assigned
// a Cloudflare API URL in [lo, before), or (depth > 0) a value that
// expands a variable that is: `url="${api}/${id}"` with `api=https://api…`.
func (s *scanState) shellVarHoldsAPIURL(name []byte, lo, before, depth int) bool {
	for off := lo; ; {
		a := bytes.Index(s.lower[off:before], name)
		if a < 0 {
			return false
		}
		a += off
		off = a + len(name)
		if (a > 0 && wordChars[s.lower[a-1]]) || off >= before {
			continue
		}
		raw := s.lower[off:s.lineEnd(off)]
		rest := bytes.TrimLeft(raw, " \t:?")
		// (Or a YAML variable, as GitLab CI's `variables: {CF_API: "https://…"}`.)
		yamlValue := len(raw) > 1 && raw[0] == ':' && (raw[1] == ' ' || raw[1] == '\t')
		if !(len(rest) > 0 && rest[0] == '=') && !yamlValue {
			continue
		}
		if s.hasAPIHost(rest) {
			return true
		}
		if depth == 0 {
			continue
		}
		// A URL built on another variable starts with it.
		v := bytes.TrimLeft(rest[1:], ` "'`)
		if len(v) < 2 || v[0] != '$' {
			continue
		}
		j := 1
		if v[j] == '{' {
			j++
		}
		k := j
		for k < len(v) && wordChars[v[k]] {
			k++
		}
		if k > j && s.shellVarHoldsAPIURL(v[j:k], lo, a, depth-1) {
			return true
		}
	}
}

// apiURLStatement reports whether the statement around pos (its line and
// the lines it continues) names a
// variable assigned a Cloudflare API URL within classBytes before it (a
// module's base URL constant)
// (`requests.put(f"{CF_API}/zones/…", verify=False)` with `CF_API =
// "https://api.cloudflare.com/client/v4"` above).
func (s *scanState) apiURLStatement(pos int) bool {
	lo := s.statementStartOver(pos, true) // (a keyword argument on its own line of the call, a comment line between)
	if s.namesAPIURLName(lo, s.lineEnd(pos)) {
		return true
	}
	// (Or a URL built on one: `requests.get(url, …, verify=False)` with
	// `url = api_url.rstrip("/") + PATH` and `api_url = … or DEFAULT_API`.)
	// (Only names that say they hold a URL: each costs a look back.)
	w := s.lower[lo:s.lineEnd(pos)]
	return eachName(w, func(i, j int) bool {
		return urlishName(w[i:j]) && !settingKey(w, j) && (s.builtOnURL(lo+i, w[i:j]) == urlAPI || s.checkedAsAPI(lo+i, w[i:j]))
	})
}

// checkedAsAPI reports whether the name is checked to start with the
// Cloudflare API URL (or a name holding it) within classBytes before pos:
// `if not hook_url.startswith(CF_API): sys.exit(2)`, `strings.HasPrefix(u, apiBase)`.
func (s *scanState) checkedAsAPI(pos int, name []byte) bool {
	lo := max(0, pos-classBytes)
	w := s.lower[lo:pos]
	for _, form := range [][]byte{append(append([]byte{}, name...), ".startswith("...), append([]byte("hasprefix("), append(append([]byte{}, name...), ',')...)} {
		for off := 0; ; {
			i := bytes.Index(w[off:], form)
			if i < 0 {
				break
			}
			i += off
			off = i + len(form)
			if i > 0 && wordChars[w[i-1]] {
				continue
			}
			arg := bytes.TrimLeft(w[off:], " \t")
			if e := bytes.IndexAny(arg, ")\n"); e >= 0 {
				arg = arg[:e]
			}
			if s.hasAPIHost(arg) {
				return true
			}
			if n := bytes.TrimSpace(arg); len(n) >= 3 && s.assignedURLWithin(lo+off, n, classBytes) == urlAPI {
				return true
			}
		}
	}
	return false
}

// urlishName reports a name that says it holds a URL (url, base_uri,
// endpoint, apiBase).
func urlishName(n []byte) bool {
	for _, w := range []string{"url", "uri", "endpoint", "base", "api"} {
		if bytes.Contains(n, []byte(w)) {
			return true
		}
	}
	return false
}

// eachName calls yield with the bounds of each word of three or more
// word characters in w (a name a URL may be assigned to) until yield
// returns true, and reports whether it did.
func eachName(w []byte, yield func(i, j int) bool) bool {
	for i := 0; i < len(w); {
		if !wordChars[w[i]] || (i > 0 && wordChars[w[i-1]]) {
			i++
			continue
		}
		j := i
		for j < len(w) && wordChars[w[j]] {
			j++
		}
		if j-i >= 3 && yield(i, j) {
			return true
		}
		i = j
	}
	return false
}

// otherURLStatement reports whether the statement around pos (its line and
// the lines it continues) names URLs, none of them a Cloudflare API URL: the
// setting then belongs to a request elsewhere.
func (s *scanState) otherURLStatement(pos int) bool {
	lo := s.statementStart(pos)
	// and the lines a trailing `\` continues it on (`http --verify=no \`
	// then `GET "$NETBOX/…"`).
	hi := s.lineEnd(pos)
	for i := 0; i < 5 && hi < len(s.data) && hi-pos < ContextBytes; i++ {
		if t := bytes.TrimRight(s.lower[s.lineStart(hi):hi], " \t\r"); len(t) == 0 || (t[len(t)-1] != '\\' && t[len(t)-1] != '`') {
			break
		}
		hi = s.lineEnd(hi + 1)
	}
	// and a fluent chain's lines below (`Http::withOptions(['verify' =>
	// false])` then `->send('BAN', $url)`).
	for i := 0; i < 8 && hi+1 < len(s.data) && hi-pos < ContextBytes; i++ {
		next := bytes.TrimLeft(s.lower[hi+1:s.lineEnd(hi+1)], " \t")
		if !bytes.HasPrefix(next, []byte("->")) && !(len(next) > 1 && next[0] == '.' && identChar[next[1]]) {
			break
		}
		hi = s.lineEnd(hi + 1)
	}
	w := s.lower[lo:hi]
	if bytes.Contains(w, []byte("://")) {
		return !s.hasAPIHost(w)
	}
	// URLs held in names: `requests.post(INTERNAL, verify=False)` with
	// `INTERNAL = "https://…"` assigned before.
	other := false
	if eachName(w, func(i, j int) bool {
		if settingKey(w, j) {
			return false // a key set here (`baseURL: env.MEILI_URL`), not a name read: another client's baseURL above is not this one
		}
		switch s.assignedURLWithin(lo+i, w[i:j], classBytes) {
		case urlAPI:
			return true
		case urlOther:
			other = true
		case urlNone:
			// (`SetBaseURL(base)` with `base = defaultAPIBase` above;
			// `requests.get(ORIGINS[name], verify=False)` with a dict of
			// other hosts' URLs.)
			switch s.builtOnURL(lo+i, w[i:j]) {
			case urlAPI:
				return true
			case urlOther:
				other = true
			}
		}
		return false
	}) {
		return false
	}
	// (`requests.get(f"{CMS_BASE_URL}/api/pages/…", verify=False)`: another
	// service's API path appended to a base.)
	if other || hostKeyIn(w) || foreignAPIPath(w) || otherConfigURL(w) {
		return true
	}
	// The call's lines above a comment line inside it (`f"{MASTODON}/api/…",`
	// then `# puma on loopback …` above `verify=False,`): a name there
	// assigned another host's URL, none the API's.
	if lo2 := s.statementStartOver(pos, true); lo2 < lo {
		x := s.lower[lo2:lo]
		api, other := s.namedURLs(lo2, x)
		return other && !api && !s.hasAPIHost(x)
	}
	return false
}

// otherConfigURL reports a URL read from an application's configuration
// under another service's key (Laravel's `config('services.varnish.url')`):
// a dotted key of three or more parts whose last part names a URL or host,
// and whose service is not Cloudflare. (A two-part key, `config('app.url')`,
// says nothing of a service.)
func otherConfigURL(w []byte) bool {
	for _, call := range []string{"config(", "getparameter(", "getvalue("} {
		for off := 0; ; {
			i := bytes.Index(w[off:], []byte(call))
			if i < 0 {
				break
			}
			off += i + len(call)
			if off >= len(w) || (w[off] != '\'' && w[off] != '"') {
				continue
			}
			e := bytes.IndexByte(w[off+1:], w[off])
			if e < 0 {
				continue
			}
			key := w[off+1 : off+1+e]
			last := key[bytes.LastIndexAny(key, "./")+1:]
			if bytes.Contains(key, []byte("cloudflare")) || bytes.Count(key, []byte(".")) < 2 {
				continue
			}
			switch string(last) {
			case "url", "base_url", "baseurl", "endpoint", "host", "uri", "base_uri":
				return true
			}
		}
	}
	return false
}

// settingKey reports whether the word ending at j in w is a key being
// set (`baseURL:`, `base_url=`), not `::`, `==` or `=>`.
func settingKey(w []byte, j int) bool {
	r := bytes.TrimLeft(w[j:], " \t\"'")
	if len(r) < 2 {
		return false
	}
	return (r[0] == ':' && r[1] != ':') || (r[0] == '=' && r[1] != '=' && r[1] != '>')
}

// hostKeys name the host or base URL a client or request is set up for
// (`host: PVE_HOST`, `base_url=f"{nas_url}/api"`, `BaseAddress = …`).
var hostKeys = []string{"host", "hostname", "baseurl", "base_url", "baseuri", "base_uri", "baseaddress", "prefixurl"}

// hostKeyIn reports whether w sets a host or base URL key (`host:`,
// `base_url=`): in a statement that names no Cloudflare API URL, that host
// is another.
func hostKeyIn(w []byte) bool {
	for _, k := range hostKeys {
		for off := 0; ; {
			i := bytes.Index(w[off:], []byte(k))
			if i < 0 {
				break
			}
			i += off
			off = i + len(k)
			setter := i >= 3 && bytes.Equal(w[i-3:i], []byte("set")) && (i == 3 || !wordChars[w[i-4]]) // resty's SetBaseURL(…)
			if i > 0 && (wordChars[w[i-1]] || w[i-1] == '.') && !setter {
				continue
			}
			rest := bytes.TrimLeft(w[off:], " \t\"'")
			if len(rest) > 1 && ((rest[0] == ':' || rest[0] == '=') && rest[1] != '=' && rest[1] != ':' || setter && rest[0] == '(') {
				return true
			}
		}
	}
	return false
}

const (
	urlNone = iota
	urlAPI
	urlOther
)

// assignedURL finds `name = "scheme://…"` (or `name: …`) within ContextBytes
// before pos and reports whether that URL is a Cloudflare API URL.
func (s *scanState) assignedURL(pos int, name []byte) int {
	return s.assignedURLWithin(pos, name, ContextBytes)
}

// assignedURLWithin is assignedURL looking back n bytes: the last
// occurrence of name in [pos-n, pos) that is assigned a URL decides.
func (s *scanState) assignedURLWithin(pos int, name []byte, n int) int {
	lo := max(0, pos-n)
	k := urlMemoKey{string(name), n}
	m, ok := s.urlMemo[k]
	if ok && pos >= m.pos {
		// Asked before, at or before pos: only the occurrences that end
		// after m.pos are new; else the last one found then still decides
		// while it is within the look-back.
		from := max(lo, m.pos-len(name)+1)
		at, v := s.lastURLAssign(name, from, pos)
		if at < 0 && m.at >= lo {
			at, v = m.at, m.verdict
		}
		s.urlMemo[k] = urlMemoVal{pos, at, v}
		return v
	}
	at, v := s.lastURLAssign(name, lo, pos)
	if s.urlMemo == nil {
		s.urlMemo = map[urlMemoKey]urlMemoVal{}
	}
	if !ok || pos > m.pos {
		s.urlMemo[k] = urlMemoVal{pos, at, v}
	}
	return v
}

type urlMemoKey struct {
	name string
	n    int
}

// urlMemoVal: asked at pos, the last URL assignment was at at (-1: none),
// with verdict.
type urlMemoVal struct{ pos, at, verdict int }

// lastURLAssign returns the start and verdict of the last whole-word
// occurrence of name in lower[lo:pos] that is assigned a URL
// (`name = "scheme://…"`, `name: …`), or -1 and urlNone.
func (s *scanState) lastURLAssign(name []byte, lo, pos int) (int, int) {
	at, found := -1, urlNone
	s.wordsBefore(name, lo, pos, func(a, e int) bool {
		if v := s.urlAssignedAt(e); v != urlNone {
			at, found = a, v
			return true
		}
		return false
	})
	return at, found
}

// urlAssignedAt reports the URL a name ending at e is assigned, if any.
func (s *scanState) urlAssignedAt(e int) int {
	rest := bytes.TrimLeft(s.lower[e:s.lineEnd(e)], " \t")
	if len(rest) < 2 || (rest[0] != '=' && rest[0] != ':') || rest[1] == '=' {
		return urlNone
	}
	rest = bytes.TrimLeft(rest[1:], " \t\"'`")
	if !bytes.Contains(rest[:min(len(rest), 12)], []byte("://")) {
		// An env read with a URL default: `INVENTORY_URL =
		// os.environ.get("INVENTORY_URL", "https://…")`.
		d, ok := envDefaultURL(rest)
		if !ok {
			return urlNone
		}
		rest = d
	}
	if s.hasAPIHost(rest) {
		return urlAPI
	}
	return urlOther
}

// wordsBefore calls yield with the bounds of each whole-word occurrence of
// name in lower[lo:pos], the last first, until yield returns true.
func (s *scanState) wordsBefore(name []byte, lo, pos int, yield func(a, e int) bool) {
	for off := pos; off > lo; {
		a := bytes.LastIndex(s.lower[lo:off], name)
		if a < 0 {
			return
		}
		a += lo
		off = a
		e := a + len(name)
		if (a > 0 && wordChars[s.lower[a-1]]) || (e < len(s.lower) && wordChars[s.lower[e]]) {
			continue
		}
		if yield(a, e) {
			return
		}
	}
}

// urlKeys name the URL a YAML task, state or step requests.
var urlKeys = map[string]bool{"name": true, "url": true, "uri": true, "endpoint": true, "host": true, "baseurl": true, "server": true, "resource": true, "domain": true, "hostname": true,
	"hosts": true, "urls": true, "servers": true}

// bareHostKeys name a host without a scheme (Fluent Bit's `host:
// es.logging.internal`, statping's `domain:`).
var bareHostKeys = map[string]bool{"host": true, "hostname": true, "server": true, "domain": true}

// otherURLSibling reports whether the mapping (or list of arguments, as a
// Salt state's) holding the setting at pos requests another host's URL
// (`- name: https://varnish-admin…:6443/ban`, Fluent Bit's `host:
// es-eu.logging.internal`) and none names the API. A nested block
// (Gatus's `client:`, a `tls_config:`) is its parent's: the URL sits
// beside the block. A named module or profile (a blackbox exporter's
// `http_2xx_selfsigned:`) is the targets' that use it (`module:
// http_2xx_selfsigned` beside each target's URL).
func (s *scanState) otherURLSibling(pos int) bool {
	if p := strings.ToLower(s.opt.Path); isCodePath(p) || path.Ext(p) == ".json" {
		return false
	}
	var u urlsSeen
	see := func(key, line []byte) bool {
		k := normalizeKey(string(key))
		if !urlKeys[k] {
			return false
		}
		u.see(s, line)
		if _, v, ok := bytes.Cut(line, []byte(":")); ok && len(bytes.TrimSpace(v)) == 0 {
			s.listItems(line, func(item []byte) { u.see(s, item) }) // (`hosts:` then `- https://es01…`)
		}
		if bareHostKeys[k] && !bytes.Contains(line, []byte("://")) {
			if _, v, ok := bytes.Cut(line, []byte(":")); ok && hostLike(bytes.Trim(bytes.TrimSpace(v), `"'`)) {
				u.other = true
			}
		}
		return false
	}
	s.mappingHas(pos, see)
	at := pos
	for i := 0; i < 6 && !u.api; i++ {
		p, key, ok := s.parentKey(at)
		if !ok {
			break
		}
		if i < 2 && !u.other {
			s.mappingHas(p, see) // (the block's parent mapping, and its parent's)
		}
		s.moduleUsers(pos, key, see)
		at = p
	}
	return u.other && !u.api
}

// nodeRedTLSElsewhere reports a setting in a Node-RED tls-config node
// that serves another host: its servername names another host, or, with
// no servername, the http request nodes that use it (`"tls": "<its id>"`)
// request only other hosts' URLs (or none uses it).
func (s *scanState) nodeRedTLSElsewhere(pos int) bool {
	if s.nowhere(`"tls-config"`) {
		return false
	}
	if t, _, ok := s.sibling(pos, "type"); !ok || string(t) != "tls-config" {
		return false
	}
	if sn, _, ok := s.sibling(pos, "servername"); ok && len(sn) > 0 {
		return !s.hasAPIHost(bytes.ToLower(sn))
	}
	id, _, ok := s.sibling(pos, "id")
	if !ok || len(id) < 4 {
		return false
	}
	var u urlsSeen
	for _, ref := range [][]byte{[]byte(`"tls": "` + string(id) + `"`), []byte(`"tls":"` + string(id) + `"`)} {
		for off, n := 0, 0; n < 16; n++ {
			i := bytes.Index(s.data[off:], ref)
			if i < 0 {
				break
			}
			off += i + len(ref)
			if v, _, ok := s.sibling(off-len(ref)+1, "url"); ok {
				u.see(s, bytes.ToLower(v))
			} else {
				u.api = true // a URL set elsewhere (msg.url): keep the finding
			}
		}
	}
	return !u.api
}

// listItems calls fn with each `- ` item line of the YAML list below line
// (a slice of s.lower), up to 16: the items indented deeper, or at the
// key's own indentation.
func (s *scanState) listItems(line []byte, fn func(item []byte)) {
	a := cap(s.lower) - cap(line) // (line is s.lower[a:b])
	if a < 0 || a > len(s.lower) {
		return
	}
	ind := indentOf(line)
	for b, n := a+len(line), 0; b+1 < len(s.lower) && n < 16; n++ {
		c := b + 1
		b = s.lineEnd(c)
		item := s.lower[c:b]
		t := bytes.TrimSpace(item)
		if len(t) == 0 || t[0] == '#' {
			continue
		}
		if indentOf(item) < ind || !bytes.HasPrefix(t, []byte("- ")) {
			return
		}
		fn(item)
	}
}

// hostLike reports a bare host name or address (`es.logging.internal`,
// `10.0.0.5`), not a word or a reference.
func hostLike(v []byte) bool {
	if len(v) < 4 || !bytes.Contains(v, []byte(".")) || bytes.ContainsAny(v, " ${}<>") {
		return false
	}
	for _, c := range v {
		if !(alnum[c] || c == '.' || c == '-' || c == ':') {
			return false
		}
	}
	return true
}

// parentKey returns the position of the key of the line holding the
// mapping around pos (the nearest line above with less indentation), and
// that key, lowercase.
func (s *scanState) parentKey(pos int) (int, []byte, bool) {
	ls := s.lineStart(pos)
	indent := indentOf(s.data[ls:pos])
	for a := ls; a > 0 && pos-a < ContextBytes; {
		a = s.lineStart(a - 1)
		line := s.lower[a:s.lineEnd(a)]
		t := bytes.TrimSpace(line)
		if len(t) == 0 || t[0] == '#' {
			continue
		}
		if in := indentOf(line); in < indent {
			t = bytes.TrimLeft(t, "- ")
			k, _, ok := bytes.Cut(t, []byte(":"))
			return a + in, bytes.Trim(k, `"'`), ok
		}
	}
	return 0, nil, false
}

// moduleUsers calls see for the mapping members of each line within
// classBytes of pos that names key as its value (`module:
// http_2xx_selfsigned`), up to 16.
func (s *scanState) moduleUsers(pos int, key []byte, see func(key, line []byte) bool) {
	if len(key) < 6 || bytes.ContainsAny(key, " \t[{") {
		return
	}
	hi := min(len(s.lower), pos+classBytes)
	for off, n := max(0, pos-classBytes), 0; n < 16; n++ {
		i := bytes.Index(s.lower[off:hi], key)
		if i < 0 {
			return
		}
		i += off
		off = i + len(key)
		rest := bytes.TrimRight(s.lower[off:s.lineEnd(off)], " \t\r\"'")
		before := bytes.TrimRight(s.lower[s.lineStart(i):i], " \t\"'")
		if len(rest) == 0 && len(before) > 1 && before[len(before)-1] == ':' && !identChar[s.lower[i-1]] {
			s.mappingHas(i, see)
		}
	}
}

// urlsSeen gathers the verdicts of the setting values seen: one names a
// Cloudflare API host (api), one another URL (other).
type urlsSeen struct{ api, other bool }

func (u *urlsSeen) see(s *scanState, value []byte) {
	switch {
	case s.hasAPIHost(value):
		u.api = true
	case bytes.Contains(value, []byte("://")):
		u.other = true
	}
}

// otherBaseURLBeside reports an API base URL setting in the mapping of a
// process-wide TLS switch (a compose service's environment), or in the
// environment assignments of its own command, that points at another
// host: the process talks to that host, not the API.
func (s *scanState) otherBaseURLBeside(pos int) bool {
	var u urlsSeen
	see := func(key, value []byte) {
		k := normalizeKey(string(key))
		if strings.HasSuffix(k, "baseurl") || strings.HasSuffix(k, "apiurl") || strings.HasSuffix(k, "apibase") || strings.HasSuffix(k, "endpoint") {
			u.see(s, value)
		}
	}
	s.mappingHas(pos, func(key, line []byte) bool {
		see(key, line)
		return false
	})
	// (`NODE_TLS_REJECT_UNAUTHORIZED=0 CLOUDFLARE_API_BASE_URL=https://localhost:8443 vitest`)
	for _, w := range bytes.FieldsFunc(s.lower[s.lineStart(pos):s.lineEnd(pos)], func(r rune) bool {
		return r == ' ' || r == '\t' || r == '"' || r == '\'' || r == '`' || r == ';' || r == '&' || r == '|'
	}) {
		if eq := bytes.IndexByte(w, '='); eq > 0 && envName(w[:eq]) {
			see(w[:eq], w[eq+1:])
		}
	}
	return u.other && !u.api
}

// envName reports whether w is an environment variable's name
// (`CLOUDFLARE_API_BASE_URL`, lowered).
func envName(w []byte) bool {
	return len(w) > 0 && !('0' <= w[0] && w[0] <= '9') && wordChars.all(w)
}

// nginxOtherProxyPass reports whether the nginx block holding the
// directive at pos (from the `{` line before it to the `}` line after it)
// proxies to something other than the API: its proxy_pass names neither
// an API host nor an upstream that holds one.
func (s *scanState) nginxOtherProxyPass(pos int) bool {
	lo, hi := max(0, pos-ContextBytes), min(len(s.lower), pos+ContextBytes)
	a := bytes.LastIndexByte(s.lower[lo:pos], '{')
	b := bytes.IndexByte(s.lower[pos:hi], '}')
	if a < 0 || b < 0 {
		return false
	}
	block := s.lower[lo+a : pos+b]
	i := bytes.Index(block, []byte("proxy_pass "))
	if i < 0 {
		return false
	}
	target := block[i+len("proxy_pass "):]
	target = target[:max(0, bytes.IndexAny(target, ";\n"))]
	if s.hasAPIHost(target) {
		return false
	}
	// An upstream's name: `proxy_pass https://cloudflare_api;` with
	// `upstream cloudflare_api { server api.cloudflare.com:443; }`.
	name := bytes.TrimPrefix(bytes.TrimPrefix(bytes.TrimSpace(target), []byte("https://")), []byte("http://"))
	name = name[:max(0, bytes.IndexAny(append(name[:len(name):len(name)], '/'), "/:"))]
	if len(name) > 0 {
		w := s.lower[max(0, pos-classBytes):min(len(s.lower), pos+classBytes)]
		if u := bytes.Index(w, append([]byte("upstream "), name...)); u >= 0 {
			ub := w[u:]
			if e := bytes.IndexByte(ub, '}'); e >= 0 && s.hasAPIHost(ub[:e]) {
				return false
			}
		}
	}
	return true
}

// ansibleDownloadTasks are Ansible modules that fetch packages, archives,
// keys or repositories, never the Cloudflare API (normalized, as the
// module key ends: ansible.builtin.get_url is "ansiblebuiltingeturl").
var ansibleDownloadTasks = []string{"geturl", "unarchive", "git", "aptkey", "rpmkey", "yumrepository", "aptrepository",
	"pip", "subversion", "mavenartifact", "dockerimage", "helmrepository", "packagefacts"}

// ansibleDownloadTask reports whether the YAML setting at pos belongs to
// an Ansible task of one of ansibleDownloadTasks: the key that opens its
// mapping names the module.
func (s *scanState) ansibleDownloadTask(pos int) bool {
	switch strings.ToLower(path.Ext(s.opt.Path)) {
	case ".yml", ".yaml":
	default:
		return false
	}
	t, ok := s.parentLine(pos)
	if !ok {
		return false
	}
	k, ok := bytes.CutSuffix(bytes.TrimPrefix(t, []byte("- ")), []byte(":"))
	if !ok {
		return false
	}
	n := normalizeKey(string(k))
	return slices.ContainsFunc(ansibleDownloadTasks, func(m string) bool { return strings.HasSuffix(n, m) })
}

// arrayExpansion returns the name of the bash array that b, opening with
// `${`, expands whole (`${args[@]}`, `${opts[*]}`).
func arrayExpansion(b []byte) ([]byte, bool) {
	v, ok := bytes.CutPrefix(b, []byte("${"))
	if !ok {
		return nil, false
	}
	n := 0
	for n < len(v) && wordChars[v[n]] {
		n++
	}
	if n == 0 || !(bytes.HasPrefix(v[n:], []byte("[@]}")) || bytes.HasPrefix(v[n:], []byte("[*]}"))) {
		return nil, false
	}
	return v[:n], true
}

// arrayArgs calls fn with the bounds of each word of the bash array name
// as set or appended to (`args=(…)`, `local args=(…`, `args+=(--insecure)`)
// within ContextBytes before pos; an assignment's words may span lines up
// to its closing parenthesis.
func (s *scanState) arrayArgs(name []byte, pos int, fn func(start, end int)) {
	lo := max(0, pos-ContextBytes)
	s.wordsBefore(name, lo, pos, func(a, e int) bool {
		rest := s.data[e:min(len(s.data), pos)]
		if bytes.HasPrefix(rest, []byte("+=(")) {
			rest, e = rest[3:], e+3
		} else if bytes.HasPrefix(rest, []byte("=(")) {
			rest, e = rest[2:], e+2
		} else {
			return false
		}
		c := bytes.IndexByte(rest, ')')
		if c < 0 {
			return false
		}
		for _, w := range shellWords(rest[:c]) {
			fn(e+w.start, e+w.end)
		}
		return false // (every assignment before the command adds its words)
	})
}

// arrayCommandForAPI reports a command kept in a bash array
// (`CURL=(curl -sS --insecure …)`) that is run, within classBytes after
// it, against the API: `"${CURL[@]}" "${API}/zones"` with API the API URL.
func (s *scanState) arrayCommandForAPI(start int) bool {
	ls := s.lineStart(start)
	before := bytes.TrimRight(s.data[ls:start], " \t")
	name, ok := bytes.CutSuffix(before, []byte("=("))
	str := false
	if !ok {
		// Or a string variable: `CURL="curl -sk --max-time 15"`, run as `$CURL …`.
		if name, ok = bytes.CutSuffix(before, []byte(`="`)); !ok {
			if name, ok = bytes.CutSuffix(before, []byte(`='`)); !ok {
				return false
			}
		}
		str = true
	}
	name = bytes.TrimLeft(name, " \t")
	if len(name) == 0 || !bytes.Equal(bytes.TrimLeft(name, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"), nil) {
		return false
	}
	use := append(append([]byte("${"), name...), "[@]}"...)
	if str {
		use = append([]byte("$"), name...)
	}
	end := s.lineEnd(start)
	hi := min(len(s.data), end+classBytes)
	for off := end; off < hi; {
		k := bytes.Index(s.data[off:hi], use)
		if k < 0 {
			return false
		}
		k += off
		a, b := s.lineStart(k), s.commandEnd(k)
		if str && k+len(use) < len(s.data) && wordChars[s.data[k+len(use)]] {
			off = k + len(use) // $CURLOPTS, not $CURL
			continue
		}
		if s.hasAPIHost(s.lower[a:b]) || s.apiURLVariable(a, b) {
			return true
		}
		off = s.lineEnd(k)
	}
	return false
}

// uciDDNSInsecure finds `option cacert 'IGNORE'` in an OpenWrt ddns
// service whose service_name is Cloudflare's: ddns-scripts then run curl
// with --insecure (wget with --no-check-certificate) against the API.
func (s *scanState) uciDDNSInsecure(r region) {
	forEach(s.lower[r.start:r.end], "option cacert", func(i int) {
		start := r.start + i
		rest := bytes.Trim(bytes.TrimSpace(s.lower[start+len("option cacert"):s.lineEnd(start)]), `'"`)
		if !bytes.Equal(rest, []byte("ignore")) || s.inComment(start) || s.uciDDNSCloudflare(start+len("option cacert")) < 0 {
			return
		}
		end := s.lineEnd(start)
		s.add(TLSVerificationDisabled, start, end, "high", "OpenWrt ddns service for Cloudflare runs with cacert IGNORE (curl --insecure) against the Cloudflare API; install ca-bundle and remove it")
	})
}

// codeSpan reports text written as an inline code span (Markdown's single
// backquotes, RST's double ones) in a docstring or comment: the setting is
// named, not set.
func codeSpan(d []byte, start, end int) bool {
	switch {
	case start > 0 && end < len(d) && d[start-1] == '`' && d[end] == '`':
		return true
	case start > 1 && end+1 < len(d) && d[start-1] == '{' && d[start-2] == '{' && d[end] == '}' && d[end+1] == '}':
		return true // Jira and Confluence wiki markup's monospace: `{{verify=False}}`
	}
	return htmlCodeSpan(d, start, end)
}

// htmlCodeSpan reports whether d[start:end] is all the text of an HTML
// `<code>` element (`<code>verify=False</code>`, `<code class="…">…</code>`).
func htmlCodeSpan(d []byte, start, end int) bool {
	if start == 0 || d[start-1] != '>' || !bytes.HasPrefix(d[end:], []byte("</code>")) {
		return false
	}
	o := bytes.LastIndexByte(d[max(0, start-maxCodeTag):start-1], '<')
	if o < 0 {
		return false
	}
	tag := d[max(0, start-maxCodeTag)+o : start]
	return bytes.HasPrefix(tag, []byte("<code>")) || bytes.HasPrefix(tag, []byte("<code "))
}

// htmlCodeURL reports whether the URL at start is all the text of an HTML
// `<code>` element: a page that shows it (`also any <code>http://api.cloudflare.com</code>
// string` in a chat export), not a request.
func (s *scanState) htmlCodeURL(start int) bool {
	e := start
	for e < len(s.data) && e-start < MaxMatchLen && !bytes.ContainsRune([]byte(" \t\r\n<\"'"), rune(s.data[e])) {
		e++
	}
	return htmlCodeSpan(s.data, start, e)
}

// maxCodeTag bounds the `<code …>` opening tag htmlCodeSpan reads back.
const maxCodeTag = 160

// mentionWords, right before a TLS setting in text, say the text names
// the setting rather than sets it: "set REQUESTS_CA_BUNDLE instead of
// verify=False".
var mentionWords = []string{"instead of ", "without ", "never ", "not ", "no more ", "avoid ", "rather than "}

// mentionedSetting reports whether the text on the line right before pos
// ends with one of mentionWords.
func (s *scanState) mentionedSetting(pos int) bool {
	b := bytes.TrimRight(s.lower[max(s.lineStart(pos), pos-maxOwnerName):pos], "`'\"*_{")
	for _, w := range mentionWords {
		if bytes.HasSuffix(b, []byte(w)) {
			return true
		}
	}
	return false
}

// curlHandleElsewhere reports whether the libcurl handle that the
// curl_easy_setopt at pos configures is pointed, between its
// curl_easy_init and its curl_easy_perform, only at URLs of other hosts:
// `curl_easy_setopt(curl, CURLOPT_URL, "https://127.0.0.1:9443/…")` (or a
// variable assigned one) in the function beside the one that calls the API.
func (s *scanState) curlHandleElsewhere(pos int) bool {
	d := s.data
	ls := s.lineStart(pos)
	i := bytes.LastIndex(d[ls:pos], []byte("curl_easy_setopt("))
	if i < 0 {
		return s.phpCurlHandleElsewhere(pos)
	}
	args := d[ls+i+len("curl_easy_setopt(") : pos]
	c := bytes.IndexByte(args, ',')
	if c <= 0 {
		return false
	}
	handle := bytes.TrimSpace(args[:c])
	// The handle's lifetime around pos: back to its curl_easy_init, on to
	// its curl_easy_perform.
	lo, hi := max(0, pos-classBytes), min(len(d), pos+classBytes)
	if k := bytes.LastIndex(d[lo:pos], []byte("curl_easy_init(")); k >= 0 {
		lo += k
	}
	if k := bytes.Index(d[pos:hi], append([]byte("curl_easy_perform("), handle...)); k >= 0 {
		hi = pos + k
	}
	set := append(append([]byte("curl_easy_setopt("), handle...), ',')
	urls, other := 0, 0
	for off := lo; ; {
		k := bytes.Index(d[off:hi], set)
		if k < 0 {
			break
		}
		k += off + len(set)
		off = k
		rest := bytes.TrimLeft(d[k:s.lineEnd(k)], " \t")
		opt, ok := bytes.CutPrefix(rest, []byte("CURLOPT_URL"))
		if !ok {
			continue
		}
		urls++
		arg := bytes.ToLower(bytes.TrimLeft(opt, " \t,"))
		switch {
		case bytes.Contains(arg, []byte("://")) && s.hasAPIHost(arg):
			return false
		case bytes.Contains(arg, []byte("://")):
			other++
		default:
			name := arg[:max(0, bytes.IndexAny(arg, ".,)[ -"))]
			if len(name) == 0 {
				continue
			}
			switch s.assignedURL(k, name) {
			case urlAPI:
				return false
			case urlOther:
				other++
			}
		}
	}
	return urls > 0 && other == urls
}

// envDefaultURL returns the rest of an assignment's value from the URL that
// an env read defaults to (`os.environ.get("X", "https://…")`,
// `os.getenv(…)`, `process.env.X || "https://…"`, `ENV.fetch("X",
// "https://…")`, `${X:-https://…}`), else ok false.
func envDefaultURL(rest []byte) ([]byte, bool) {
	head := rest[:min(len(rest), 24)]
	if !slices.ContainsFunc(envReadHeads, func(r string) bool { return bytes.Contains(head, []byte(r)) }) {
		return nil, false
	}
	w := rest[:min(len(rest), 200)]
	i := bytes.Index(w, []byte("://"))
	if i < 0 {
		return nil, false
	}
	return w[i:], true
}

// envReadHeads begin an env read (lower-case).
var envReadHeads = []string{"environ.get(", "environ[", "getenv(", "process.env.", "env.fetch(", "env[", "${", "$env:", "env::var("}

// sdkClientNear reports a Cloudflare SDK client built with a custom HTTP
// client within ContextBytes: cloudflare.HTTPClient(c), option.WithHTTPClient(c),
// Cloudflare(http_client=…), new Cloudflare({ httpAgent }).
func (s *scanState) sdkClientNear(start, end int) bool {
	w := s.lower[max(0, start-ContextBytes):min(len(s.lower), end+ContextBytes)]
	if !bytes.Contains(w, []byte("cloudflare")) {
		return false
	}
	// A Go test that points the client at its own TLS server
	// (httptest.NewTLSServer, then WithBaseURL(srv.URL)) trusts that
	// server's self-signed certificate, not the API's.
	for _, n := range []string{"httptest.newtlsserver(", "httptest.newunstartedserver("} {
		if bytes.Contains(w, []byte(n)) {
			return false
		}
	}
	for _, n := range []string{"cloudflare.httpclient(", "withhttpclient(", "http_client=", "httpagent", "httpclient:"} {
		if bytes.Contains(w, []byte(n)) {
			return true
		}
	}
	return false
}

// cloudflareClientNear reports a Cloudflare API client within ContextBytes of
// a process-wide TLS switch: wrangler, or a Cloudflare API credential name.
func (s *scanState) cloudflareClientNear(start, end int) bool {
	w := s.lower[max(0, start-ContextBytes):min(len(s.lower), end+ContextBytes)]
	for _, n := range []string{"wrangler", "cloudflare_api", "cf_api_", "flarectl"} {
		if bytes.Contains(w, []byte(n)) {
			return true
		}
	}
	return false
}

// phpCurlHandleElsewhere reports whether the PHP cURL option at pos belongs
// to a handle whose life (its curl_init before pos to its curl_exec after)
// names no Cloudflare API URL, while another handle's curl_init near it
// does: the API has its own handle (`$ch = curl_init($url)` in a smoke
// test beside `curl_init(CF_API . $path)`).
func (s *scanState) phpCurlHandleElsewhere(pos int) bool {
	l := s.lower
	lo, hi := max(0, pos-classBytes), min(len(l), pos+classBytes)
	k := bytes.LastIndex(l[lo:pos], []byte("curl_init("))
	e := bytes.Index(l[pos:hi], []byte("curl_exec("))
	if k < 0 || e < 0 {
		return false
	}
	k += lo
	e += pos
	if s.namesAPIURL(k, e) {
		return false
	}
	for off := lo; ; {
		j := bytes.Index(l[off:hi], []byte("curl_init("))
		if j < 0 {
			return false
		}
		j += off
		off = j + 1
		if j != k && s.namesAPIURL(j, s.lineEnd(j)) {
			return true
		}
	}
}

// namesAPIURL reports whether lower[lo:hi] names the Cloudflare API host
// or a name assigned its URL before it.
func (s *scanState) namesAPIURL(lo, hi int) bool {
	return s.hasAPIHost(s.lower[lo:hi]) || s.namesAPIURLName(lo, hi)
}

// namesAPIURLName reports whether lower[lo:hi] names a name assigned a
// Cloudflare API URL within classBytes before it.
func (s *scanState) namesAPIURLName(lo, hi int) bool {
	w := s.lower[lo:hi]
	return eachName(w, func(i, j int) bool { return s.assignedURLWithin(lo+i, w[i:j], classBytes) == urlAPI })
}
