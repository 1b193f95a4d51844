package rules

import (
	"bytes"
	"regexp"
	"slices"
	"strings"
)

// Two clients in one file: a TLS switch set on one client object (an
// appliance's session, a BMC's http.Client, a printer's https.Agent) while
// another object calls the Cloudflare API. The file holds the API URL, so
// the switch is near it; what tells them apart is the object the switch is
// set on and where that object's requests go.

// holderRE matches the start of an assignment statement: its target
// (`self.ipam`, `$this->bmc`, `bmc`, after a declaration keyword or a type)
// and the assignment operator.
var holderRE = regexp.MustCompile(`^[ \t]*(?:(?:const|let|var|val|final|my|our|local|auto|using|private|protected|public|static|readonly|internal)[ \t]+)*(?:[A-Za-z_][\w.<>,\[\]?]*[ \t]+)?(\$?[A-Za-z_][\w$]*(?:(?:\.|->|::)\$?[A-Za-z_][\w$]*)*)[ \t]*(?::[ \t]*[\w.<>\[\]*]+[ \t]*)?:?=(?:[^=>~]|$)`)

// setterRE matches a method called on a client at the start of a
// statement: its receiver and the method (`$nas_ua->ssl_opts(`).
var setterRE = regexp.MustCompile(`^[ \t]*\$?([A-Za-z_]\w*)(?:\.|->)([A-Za-z_]\w*)[ \t]*\(`)

// holderWords are targets that name no client of their own.
var holderWords = map[string]bool{"self": true, "this": true, "cls": true, "opts": true, "options": true, "config": true, "cfg": true, "settings": true, "conf": true}

// statementLines is how many lines back a statement's start is looked
// for: an options object of a request spans about ten.
const statementLines = 10

// statementStart returns the start of the statement holding pos: its line
// and up to statementLines lines before it that end open (`,`, `(`, `[`, `{`, a `\`
// or PowerShell backquote continuation).
func (s *scanState) statementStart(pos int) int { return s.statementStartOver(pos, false) }

// statementStartOver is statementStart, reading on over comment lines
// inside the statement when comments is set.
func (s *scanState) statementStartOver(pos int, comments bool) int {
	lo := s.lineStart(pos)
	for i := 0; i < statementLines && lo > 0 && pos-lo < ContextBytes; i++ {
		prev := s.lineStart(lo - 1)
		if t := bytes.TrimLeft(s.lower[prev:lo-1], " \t"); comments && len(t) > 0 && s.inComment(lo-1-len(t)) && prev > 0 {
			// A comment line inside the statement (`// Outbound proxy …`
			// above `'verify' => FALSE,`) continues it if the line above does.
			if _, ok := s.continuedBy(s.lineStart(prev-1), prev, ",([{\\`.", false); ok {
				lo = prev
				continue
			}
		}
		if _, ok := s.continuedBy(prev, lo, ",([{\\`.", false); !ok {
			break
		}
		lo = prev
	}
	return lo
}

// continuedBy reports whether the line at lo continues the one at prev:
// prev ends open (one of ends; any end when opened), or lo goes on with a
// method chain; a comment line continues nothing ("… is not trusted."),
// nor does a function's or loop's `{`. It returns prev's text too.
func (s *scanState) continuedBy(prev, lo int, ends string, opened bool) ([]byte, bool) {
	t := bytes.TrimRight(s.lower[prev:lo-1], " \t\r")
	if len(t) == 0 || s.inComment(prev+len(t)-1) || blockOpener(t) {
		return t, false
	}
	return t, opened || strings.IndexByte(ends, t[len(t)-1]) >= 0 || chainLine(s.lower[lo:s.lineEnd(lo)])
}

// chainLine reports a line that continues a method chain begun above
// (`.hostnameVerifier { _, _ -> true }`).
func chainLine(line []byte) bool {
	t := bytes.TrimLeft(line, " \t")
	return len(t) > 1 && t[0] == '.' && t[1] != '.'
}

// statementEnd returns the end of the statement starting at lo: the end of
// the line where its brackets close (within ContextBytes).
func (s *scanState) statementEnd(lo int) int {
	depth := 0
	hi := min(len(s.lower), lo+ContextBytes)
	for i := lo; i < hi; i++ {
		switch s.lower[i] {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth--
		case '\n':
			t := bytes.TrimRight(s.lower[lo:i], " \t\r")
			if depth <= 0 && !(len(t) > 0 && (t[len(t)-1] == '.' || t[len(t)-1] == '\\')) && !chainLine(s.lower[i+1:s.lineEnd(min(i+1, len(s.lower)))]) {
				return i
			}
		}
	}
	return s.lineEnd(hi)
}

// assignTarget returns the bounds of the target a statement starting at
// lo assigns to (`self.ipam`), if it is an assignment.
func (s *scanState) assignTarget(lo int) (tgt [2]int, ok bool) {
	m := holderRE.FindSubmatchIndex(s.lower[lo:s.lineEnd(lo)])
	if m == nil {
		return tgt, false
	}
	return [2]int{lo + m[2], lo + m[3]}, true
}

// lastComponent returns the bounds of the last name of a target
// (`self.ipam` → `ipam`) that ends before pos, or the last one.
func lastComponent(b []byte, lo, hi, pos int) (int, int) {
	end := min(hi, pos)
	// The marker itself may be the target's last part (`s.verify = False`):
	// its owner is the part before it.
	for end > lo && !wordChars[b[end-1]] {
		end--
	}
	start := end
	for start > lo && (wordChars[b[start-1]] || b[start-1] == '$') {
		start--
	}
	return start, end
}

// switchHolder returns the name of the client object the TLS switch at pos
// is set on: the target of the statement holding it (`bmc := &http.Client{…
// InsecureSkipVerify: true …}`), or the owner of the switch when it is the
// target (`self.ipam.verify = False`).
func (s *scanState) switchHolder(pos int) ([]byte, int, int) {
	// The nearest assignment among the lines the statement continues.
	// (A target that is the switch itself, a C# object initializer's
	// `ServerCertificateCustomValidationCallback = …` inside `new
	// HttpClientHandler {`, is a member of the object assigned above.)
	lo := s.lineStart(pos)
	tgt, ok := s.assignTarget(lo)
	owned := func() bool { return ok && tgt[0] != pos }
	opened := false // the line above opened a brace on its own
	for i := 0; !owned() && i < 6 && lo > 0 && pos-lo < ContextBytes; i++ {
		prev := s.lineStart(lo - 1)
		if t := bytes.TrimLeft(s.lower[prev:lo-1], " \t"); len(t) > 0 && s.inComment(lo-1-len(t)) {
			lo = prev // a comment line inside the statement
			continue
		}
		t, more := s.continuedBy(prev, lo, ",([{.", opened)
		if !more {
			break
		}
		opened = bytes.Equal(bytes.TrimSpace(t), []byte("{"))
		lo = prev
		tgt, ok = s.assignTarget(lo)
	}
	if !owned() {
		// The value of a Kotlin `val labVault: OkHttpClient by lazy { … }`.
		if name, ol := s.lazyOwner(lo); name != nil {
			return name, ol, s.lineEnd(ol)
		}
		// A setter called on the client: `$nas_ua->ssl_opts(verify_hostname => 0, …)`.
		if m := setterRE.FindSubmatchIndex(s.lower[lo:s.lineEnd(lo)]); m != nil && tlsSettingName(s.lower[lo+m[4]:lo+m[5]]) {
			if name := s.lower[lo+m[2] : lo+m[3]]; len(name) >= 2 && !holderWords[string(name)] {
				return name, lo, s.statementEnd(lo)
			}
		}
		return nil, 0, 0
	}
	// A member of an object initializer (`SslOptions = new
	// SslClientAuthenticationOptions { … }` inside `var handler = new
	// SocketsHttpHandler { … }`): the owner is the object initialized.
	for i := 0; i < 2; i++ {
		if ls := s.lineStart(tgt[0]); len(bytes.TrimSpace(s.lower[ls:tgt[0]])) > 0 || bytes.ContainsAny(s.lower[tgt[0]:tgt[1]], ".>:") {
			break
		}
		ol := s.initializerOwner(s.lineStart(tgt[0]))
		if ol < 0 {
			break
		}
		t2, ok2 := s.assignTarget(ol)
		if !ok2 {
			break
		}
		lo, tgt = ol, t2
	}
	a, b := tgt[0], tgt[1]
	if pos >= a && pos < b {
		// The switch is the target's last part: the owner is before it.
		a, b = lastComponent(s.lower, a, b, pos)
	} else {
		ta := a
		a, b = lastComponent(s.lower, ta, b, b)
		if tlsSettingName(s.lower[a:b]) && a > ta {
			// The switch is the value of the owner's setting
			// (`http.verify_mode = OpenSSL::SSL::VERIFY_NONE`).
			a, b = lastComponent(s.lower, ta, a, a)
		}
	}
	name := bytes.TrimLeft(s.lower[a:b], "$")
	if len(name) < 2 || holderWords[string(name)] {
		return nil, 0, 0
	}
	return name, lo, s.statementEnd(lo)
}

// lazyRE matches a Kotlin lazy property's declaration: its name.
var lazyRE = regexp.MustCompile(`^[ \t]*(?:(?:private|internal|protected|public|override)[ \t]+)*va[lr][ \t]+([A-Za-z_]\w*)[^=\n]*\bby[ \t]+lazy\b`)

// lazyOwner returns the name of the Kotlin lazy property (`val labVault:
// OkHttpClient by lazy {`) whose block holds, as its last statement, the
// statement starting at lo, and the start of its line; nil if none.
func (s *scanState) lazyOwner(lo int) ([]byte, int) {
	i := s.openingBrace(lo)
	if i < 0 {
		return nil, 0
	}
	ol := s.lineStart(i)
	m := lazyRE.FindSubmatchIndex(s.lower[ol:s.lineEnd(ol)])
	if m == nil {
		return nil, 0
	}
	// The block's value is its last statement: nothing but its closing
	// brace after the statement.
	if e := s.statementEnd(lo); e+1 < len(s.lower) {
		if t := bytes.TrimSpace(s.lower[e+1 : s.lineEnd(e+1)]); !bytes.HasPrefix(t, []byte("}")) {
			return nil, 0
		}
	}
	return s.lower[ol+m[2] : ol+m[3]], ol
}

// openingBrace returns the offset of the unclosed `{` that holds the text
// before pos (within ContextBytes), or -1 when pos is inside an unclosed
// `(` or `[` first, or none is found.
func (s *scanState) openingBrace(pos int) int {
	depth := 0
	for i := pos - 1; i >= 0 && pos-i < ContextBytes; i-- {
		switch s.lower[i] {
		case '}', ')', ']':
			depth++
		case '(', '[':
			if depth--; depth < 0 {
				return -1
			}
		case '{':
			if depth == 0 {
				return i
			}
			depth--
		}
	}
	return -1
}

// initializerOwner returns the start of the line that opens the object
// initializer holding the line at ls (`var handler = new SocketsHttpHandler`
// above a `{` of its own, or ending in `new X {`), or -1.
func (s *scanState) initializerOwner(ls int) int {
	i := s.openingBrace(ls)
	if i < 0 {
		return -1
	}
	ol := s.lineStart(i)
	if len(bytes.TrimSpace(s.lower[ol:i])) == 0 && ol > 0 {
		ol = s.lineStart(ol - 1) // Allman style: `new X` on the line above
	}
	if !bytes.Contains(s.lower[ol:i], []byte("new ")) && !bytes.Contains(s.lower[ol:i], []byte("new(")) {
		return -1
	}
	return ol
}

// maxClientUses bounds the uses of a client object switchOnOtherClient
// reads (a dense file would otherwise make each switch read all of them).
const maxClientUses = 32

// switchOnOtherClient reports whether the TLS switch at pos is set on a
// client object whose requests (followed through up to two assignments:
// `printer = axios.create({httpsAgent: printerAgent})`) name another
// host's URL and never a Cloudflare API URL.
func (s *scanState) switchOnOtherClient(pos int) bool {
	api, other := s.followClient(pos)
	return other && !api
}

// switchReachesAPI reports whether the TLS switch at pos is set on a
// client object handed to a Cloudflare client or request (`new
// CloudflareDns(zone, insecureAgent)`, `cloudflare.HTTPClient(insecure)`),
// though the API URL is further away than a request's context.
func (s *scanState) switchReachesAPI(pos int) bool {
	api, _ := s.followClient(pos)
	return api
}

// followClient follows the client object the TLS switch at pos is set on
// through its uses within classBytes and reports whether one names the
// Cloudflare API (its URL, a name holding it, a request built on it, or a
// Cloudflare client it is handed to) and whether one names another host's
// URL. Too many uses to follow count as the API (the finding is kept).
func (s *scanState) followClient(pos int) (api, other bool) {
	if s.client.at != pos+1 {
		s.client.api, s.client.other = s.followClientOnce(pos)
		s.client.at = pos + 1
	}
	return s.client.api, s.client.other
}

func (s *scanState) followClientOnce(pos int) (api, other bool) {
	name, lo, hi := s.switchHolder(pos)
	if name == nil {
		return false, false
	}
	return s.followHolder(name, lo, hi)
}

// awaitedRequest reports whether the value assigned after the target
// ending at te (up to the use at u) is an awaited request to another
// host: a response, not a client.
func awaitedRequest(lower []byte, te, u int, w []byte) bool {
	if te > u {
		return false
	}
	rhs := bytes.TrimLeft(lower[te:u], " \t=:")
	return bytes.HasPrefix(rhs, []byte("await ")) && otherHostURL(w)
}

// mockTrustWords, in a trust manager's name, say it serves a local mock
// server's self-signed certificate.
var mockTrustWords = []string{"wiremock", "mockserver", "mock_server", "loopback", "localhost"}

// trustManagerOnOtherClient reports whether the trust manager declared
// around pos (`X509TrustManager trustAll = new X509TrustManager() {`, up to
// trustManagerLines above) is held by a name whose uses hand it only to
// clients of other hosts (`.sslSocketFactory(ctx.getSocketFactory(),
// trustAll)` building `this.ilo`, whose requests go to an iLO).
func (s *scanState) trustManagerOnOtherClient(pos int) bool {
	lo := s.lineStart(pos)
	for i := 0; i <= trustManagerLines; i++ {
		// (`tm = new X509TrustManager() {`, or the type before the name:
		// `TrustManager[] TRUST_ALL = {`.)
		if tgt, ok := s.assignTarget(lo); ok && bytes.Contains(s.lower[lo:s.lineEnd(lo)], []byte("trustmanager")) {
			a, b := lastComponent(s.lower, tgt[0], tgt[1], tgt[1])
			name := bytes.TrimLeft(s.lower[a:b], "$")
			if len(name) < 2 || holderWords[string(name)] {
				return false
			}
			if containsAnyOf(name, mockTrustWords) {
				return true // `TRUST_WIREMOCK_SELF_SIGNED`: its name says whose certificate it accepts
			}
			api, other := s.followHolder(name, lo, s.lineEnd(lo))
			return other && !api
		}
		if lo == 0 {
			break
		}
		lo = s.lineStart(lo - 1)
	}
	return false
}

// followHolder is followClient from the holder name assigned in [lo, hi).
func (s *scanState) followHolder(name []byte, lo, hi int) (api, other bool) {
	if s.namesAPIURL(lo, hi) {
		return true, false // (a request to the API: `resp = requests.post(f"{API}/…", verify=False)`)
	}
	seen := map[string]bool{string(name): true}
	type holder struct {
		name   []byte
		lo, hi int
		member bool // a struct's field, used by its methods
	}
	queue := []holder{{name, lo, hi, false}}
	uses := 0
	for depth := 0; depth < 3 && len(queue) > 0; depth++ {
		var next []holder
		for _, h := range queue {
			wlo, whi := s.lifetime(h.name, h.lo, h.hi, !h.member && s.localName(h.name, h.lo, h.hi))
			for off := wlo; off < whi; {
				i := bytes.Index(s.lower[off:whi], h.name)
				if i < 0 {
					break
				}
				u := off + i
				off = u + len(h.name)
				if (u > 0 && wordChars[s.lower[u-1]]) || (off < len(s.lower) && wordChars[s.lower[off]]) || (u >= h.lo && u < h.hi) || s.inComment(u) || inString(s.lower[s.lineStart(u):u]) {
					continue // (`ipam` in `f"{NETBOX_URL}/api/ipam/…"` is no use of self.ipam)
				}
				if uses++; uses > maxClientUses {
					return true, other // too many to follow: keep the finding
				}
				ulo := s.statementStart(u)
				uhi := s.statementEnd(ulo)
				w := s.lower[ulo:uhi]
				callee := urlNone
				if !receiver(s.lower, off) {
					callee = s.calleeURL(ulo, u)
				}
				if !s.hasAPIHost(w) && !receiver(s.lower, off) && cloudflareCallee(w) && s.baseURLElsewhere(ulo, w) {
					// Handed to a Cloudflare client pointed at another host
					// (`new Cloudflare({ baseURL: LOCAL_BASE_URL, httpAgent })`).
					other = true
				} else if s.hasAPIHost(w) || (!receiver(s.lower, off) && cloudflareCallee(w)) || callee == urlAPI {
					return true, other
				}
				if callee == urlOther {
					other = true
				}
				if otherHostURL(w) || foreignAPIPath(w) {
					other = true // (also `${JENKINS_URL}/job/…/api/json`: another service's path)
				}
				if eachName(w, func(i, j int) bool {
					if settingKey(w, j) || (i >= 2 && w[i-1] == '/' && w[i-2] == '/') {
						return false // a key set here (`url: "https://cmdb…"`), not a name read: another request's url above is not this one; nor is a URL's host
					}
					switch s.assignedURLWithin(ulo+i, w[i:j], classBytes) {
					case urlAPI:
						return true
					case urlOther:
						other = true
					case urlNone:
						// A request or URL built on one: `$ua->request($req)`
						// with `my $req = HTTP::Request->new(PUT => "$api/zones/…")`,
						// `self.ipam.get(url)` with `url = f"{NETBOX_URL}/api/…"`.
						switch s.builtOnURL(ulo+i, w[i:j]) {
						case urlAPI:
							return true
						case urlOther:
							other = true
						}
					}
					return false
				}) {
					return true, other
				}
				// The object handed on: `printer = axios.create({… httpsAgent: printerAgent})`.
				// (Not an awaited request's response: `cmdb = await axios($, {url:
				// "https://cmdb…", httpsAgent: cmdbAgent})` holds the CMDB's answer.)
				if tgt, ok := s.assignTarget(ulo); ok && (u < tgt[0] || u >= tgt[1]) && !receiver(s.lower, off) && !awaitedRequest(s.lower, tgt[1], u, w) {
					a, b := lastComponent(s.lower, tgt[0], tgt[1], tgt[1])
					if n := bytes.TrimLeft(s.lower[a:b], "$"); len(n) >= 2 && !holderWords[string(n)] && !seen[string(n)] {
						seen[string(n)] = true
						next = append(next, holder{n, ulo, uhi, false})
					}
				} else if n, ol := s.lazyOwner(ulo); n != nil && !receiver(s.lower, off) && !seen[string(n)] {
					// Used to build a lazy property's value: the property holds it.
					seen[string(n)] = true
					next = append(next, holder{n, ol, s.lineEnd(ol), false})
				} else if !h.member && fieldInit(s.lower, u, off) {
					// Stored in a struct's field of its name (`Ok(Self { bmc, cf })`,
					// `&Reporter{nas: nas}`): the methods use it as `c.bmc`.
					next = append(next, holder{h.name, ulo, uhi, true})
				}
				off = max(off, uhi)
			}
		}
		queue = next
	}
	return false, other
}

// defKeywords declare a function: Python, JS/TS, Go, Rust, Ruby, Perl, PHP.
var defKeywords = []string{"def ", "function ", "func ", "fn ", "sub "}

// baseURLElsewhere reports whether the statement w (at lo) sets a host or
// base URL key (hostKeyIn) to names assigned other hosts' URLs only
// (`baseURL: LOCAL_BASE_URL` with `LOCAL_BASE_URL = … 'https://localhost:4443'`).
func (s *scanState) baseURLElsewhere(lo int, w []byte) bool {
	if !hostKeyIn(w) {
		return false
	}
	api, other := s.namedURLs(lo, w)
	return other && !api
}

// namedURLs reports whether a name read in w (at lo; keys being set are
// skipped) is assigned a Cloudflare API URL within classBytes before it
// (api: the first such name ends the look), and whether one is assigned
// another URL.
func (s *scanState) namedURLs(lo int, w []byte) (api, other bool) {
	api = eachName(w, func(i, j int) bool {
		if settingKey(w, j) {
			return false
		}
		switch s.assignedURLWithin(lo+i, w[i:j], classBytes) {
		case urlAPI:
			return true
		case urlOther:
			other = true
		}
		return false
	})
	return api, other
}

// calleeURL reports, for a name used at u as an argument of a call (from
// the statement at lo) of a function the file defines, whether that
// function's body names a Cloudflare API URL (urlAPI: `record =
// find_record(session)` with `def find_record(session): …
// session.get(f"{CF_API}/zones/…")`), else another host's (urlOther).
func (s *scanState) calleeURL(lo, u int) int {
	open := bytes.LastIndexByte(s.lower[lo:u], '(')
	if open < 0 {
		return urlNone
	}
	open += lo
	e := open
	b := e
	for b > lo && identChar[s.lower[b-1]] {
		b--
	}
	if b == e || (b > 0 && s.lower[b-1] == '.') {
		return urlNone // no name, or a method: not looked up
	}
	name := s.lower[b:e]
	if r, ok := s.callees[string(name)]; ok {
		return r
	}
	if len(s.callees) >= maxCallees {
		return urlNone // (a file of many helpers: each would be looked up over the whole file)
	}
	if s.callees == nil {
		s.callees = map[string]int{}
	}
	found := s.calleeURLOf(name)
	s.callees[string(name)] = found
	return found
}

// maxCallees bounds the functions calleeURL looks up in one file, and
// maxDefs the definitions of one name it reads.
const (
	maxCallees = 64
	maxDefs    = 4
)

// calleeURLOf is calleeURL for the function named name.
func (s *scanState) calleeURLOf(name []byte) int {
	found := urlNone
	defs := 0
	for _, kw := range defKeywords {
		pat := append([]byte(kw), name...)
		for off := 0; defs < maxDefs; {
			i := bytes.Index(s.lower[off:], pat)
			if i < 0 {
				break
			}
			d := off + i
			off = d + len(pat)
			if (d > 0 && identChar[s.lower[d-1]]) || off >= len(s.lower) || (s.lower[off] != '(' && s.lower[off] != ' ') {
				continue
			}
			defs++
			s.calleeBodies++
			// The body: its lines indented deeper than the definition
			// (a brace language's closing brace ends it too), at most
			// classBytes.
			ind := indentOf(s.lower[s.lineStart(d):d])
			hi, lim := s.lineEnd(d), min(len(s.lower), off+classBytes)
			for hi+1 < lim {
				ne := s.lineEnd(hi + 1)
				if line := s.lower[hi+1 : ne]; len(bytes.TrimSpace(line)) > 0 && indentOf(line) <= ind {
					break
				}
				hi = ne
			}
			switch body := s.lower[off:min(hi, lim)]; {
			case s.namesAPIURL(off, min(hi, lim)):
				return urlAPI
			case otherHostURL(body) || foreignAPIPath(body):
				found = urlOther
			}
		}
	}
	return found
}

// cloudflareCallee reports whether the statement w calls or constructs
// something named for Cloudflare outside its string literals (`new
// CloudflareDns(…)`, `cloudflare.NewWithAPIToken(…, cloudflare.HTTPClient(c))`).
func cloudflareCallee(w []byte) bool {
	for off := 0; ; {
		i := bytes.Index(w[off:], []byte("cloudflare"))
		if i < 0 {
			return false
		}
		i += off
		off = i + 1
		if inString(w[:i]) {
			continue
		}
		j := i
		for j < len(w) && (wordChars[w[j]] || w[j] == '.') {
			j++
		}
		if j < len(w) && w[j] == '(' {
			return true
		}
	}
}

// receiver reports whether the name ending at end is a method call's
// receiver (`bmc.Get(…)`, `$ipam->get(…)`): what the call returns is a
// response, not the client handed on.
func receiver(b []byte, end int) bool {
	return end < len(b) && (b[end] == '.' || (b[end] == '-' && end+1 < len(b) && b[end+1] == '>'))
}

// otherHostURL reports whether w names a URL of a host other than a
// what-is-my-IP service (a DDNS client asks one with the client that then
// calls the API).
func otherHostURL(w []byte) bool {
	for off := 0; ; {
		i := bytes.Index(w[off:], []byte("://"))
		if i < 0 {
			return false
		}
		a := off + i + 3
		if a < len(w) && strings.IndexByte("#{$%<", w[a]) >= 0 {
			return true // a host filled in (`https://#{host}/redfish/…`, `https://%s/…`)
		}
		if a < len(w) && isQuote(w[a]) {
			// A host appended: `"https://" + host + "/redfish/…"`, unless
			// its name is Cloudflare's (`"https://" + cfHost`).
			rest := bytes.TrimLeft(w[a+1:], " \t")
			if len(rest) > 1 && (rest[0] == '+' || rest[0] == '.') {
				rest = bytes.TrimLeft(rest[1:], " \t$")
				e := 0
				for e < len(rest) && (wordChars[rest[e]] || rest[e] == '.') {
					e++
				}
				if e > 0 && !NamesCloudflare(string(rest[:e])) && !bytes.Contains(rest[:e], []byte("api")) {
					return true
				}
			}
		}
		b := a
		for b < len(w) && isAuthorityChar(w[b]) && w[b] != '/' {
			b++
		}
		off = b
		if b > a && !ipEchoHost(w[a:b]) {
			return true
		}
	}
}

// apiSegments are the first segments of the Cloudflare API's paths under
// /client/v4 (and the prefix's own).
var apiSegments = map[string]bool{
	"accounts": true, "certificates": true, "memberships": true, "organizations": true, "tenants": true,
	"user": true, "users": true, "zones": true, "ips": true, "radar": true, "graphql": true, "system": true,
	"railguns": true, "live": true, "client": true, "v4": true,
}

// foreignAPIPath reports whether w appends to a base URL a path of two or
// more segments that no Cloudflare API path starts with
// (`p.cfg.URL+"/api2/json/cluster/resources"`, `f"{nas}/webapi/entry.cgi"`,
// `"%s/redfish/v1/Systems"`): a request to another service's API.
func foreignAPIPath(w []byte) bool {
	for off := 0; ; {
		i := bytes.IndexByte(w[off:], '/')
		if i < 0 {
			return false
		}
		at := off + i
		off = at + 1
		before := bytes.TrimRight(w[:at], " \t")
		appended := bytes.HasSuffix(before, []byte("}")) || bytes.HasSuffix(before, []byte("%s"))
		if q := bytes.TrimRight(before, `"'`+"`"); len(q) == len(before)-1 {
			appended = appended || bytes.HasSuffix(bytes.TrimRight(q, " \t"), []byte("+"))
		}
		if !appended {
			continue
		}
		j := off
		for j < len(w) && (wordChars[w[j]] || w[j] == '-' || w[j] == '.') {
			j++
		}
		if j > off && j+1 < len(w) && w[j] == '/' && wordChars[w[j+1]] && !apiSegments[string(w[off:j])] {
			return true
		}
	}
}

// builtOnURL reports whether name is assigned, within classBytes before
// pos, a value whose statement names the Cloudflare API (its host or a
// variable holding its URL: urlAPI), else another URL (urlOther).
func (s *scanState) builtOnURL(pos int, name []byte) int { return s.builtOnURLDepth(pos, name, 1) }

// assignRE matches what follows an assigned name up to the value: `=`,
// Go's `:=`, after the other names of a tuple (`req, _ :=`).
var assignRE = regexp.MustCompile(`^(?:[ \t]*,[ \t]*[\w$]+)*[ \t]*:?=[^=~]`)

func (s *scanState) builtOnURLDepth(pos int, name []byte, depth int) int {
	found := urlNone
	s.wordsBefore(name, max(0, pos-classBytes), pos, func(a, e int) bool {
		if assignRE.Find(s.lower[e:s.lineEnd(e)]) == nil || !s.assignedAt(a, e) {
			return false
		}
		// The value, with the lines a builder chain continues it on
		// (`new Request.Builder()` then `.url("https://" + host + …)`).
		w := s.lower[e:max(s.lineEnd(e), min(s.statementEnd(s.lineStart(e)), e+ContextBytes))]
		if s.hasAPIHost(w) {
			found = urlAPI
			return true
		}
		if otherHostURL(w) || foreignAPIPath(w) {
			found = urlOther
		}
		if eachName(w, func(i, j int) bool {
			u := s.assignedURLWithin(e+i, w[i:j], classBytes)
			if u == urlNone && depth > 0 && !bytes.Equal(w[i:j], name) {
				// (`bmcURL := fmt.Sprintf("https://%s/…", host)` above
				// `req, _ := http.NewRequest(…, bmcURL, nil)`.)
				u = s.builtOnURLDepth(e+i, w[i:j], depth-1)
			}
			switch u {
			case urlAPI:
				return true
			case urlOther:
				found = urlOther
			}
			return false
		}) {
			found = urlAPI
		}
		return true
	})
	return found
}

// inString reports whether the end of before (a line's text up to a
// position) is inside a string literal: an odd count of one quote kind.
func inString(before []byte) bool {
	return bytes.Count(before, []byte(`"`))%2 == 1 || bytes.Count(before, []byte("'"))%2 == 1 || bytes.Count(before, []byte("`"))%2 == 1
}

// assignedAt reports whether the name at [a,e) is what its line assigns
// to (its target, or the first name of a tuple: `req, _ :=`), not a
// keyword argument of a call (`base_url=CF_API,`; a list's `nas => …`
// pair is a name for its value).
func (s *scanState) assignedAt(a, e int) bool {
	ls := s.lineStart(a)
	if len(bytes.TrimLeft(s.lower[ls:a], " \t$")) == 0 {
		// (A line after one ending in `(` or `,` holds a call's arguments.)
		t := bytes.TrimRight(s.lower[s.lineStart(max(0, ls-1)):max(0, ls-1)], " \t\r")
		op := bytes.TrimLeft(s.lower[e:s.lineEnd(e)], " \t")
		return ls == 0 || len(t) == 0 || (t[len(t)-1] != '(' && t[len(t)-1] != ',') || bytes.HasPrefix(op, []byte("=>"))
	}
	tgt, ok := s.assignTarget(ls)
	return ok && a >= tgt[0] && e <= tgt[1]
}

// lifetime returns the text span where the object named name, set up by
// the statement at [lo,hi), is the one that name holds: from its last
// assignment before (`http = Net::HTTP.new(uri.host, uri.port)` above
// `http.verify_mode = …`) to the next one after, within classBytes. A name
// reused in every function (`http`, `client`) then holds one object.
func (s *scanState) lifetime(name []byte, lo, hi int, local bool) (int, int) {
	wlo, whi := max(0, lo-classBytes), min(len(s.lower), hi+classBytes)
	assigns := func(at int) bool {
		ls := s.lineStart(at)
		tgt, ok := s.assignTarget(ls)
		if !ok {
			return false
		}
		a, b := lastComponent(s.lower, tgt[0], tgt[1], tgt[1])
		return bytes.Equal(bytes.TrimLeft(s.lower[a:b], "$"), name)
	}
	s.wordsBefore(name, wlo, lo, func(at, _ int) bool {
		if assigns(at) && s.lineStart(at) != s.lineStart(lo) {
			wlo = s.lineStart(at)
			return true
		}
		return false
	})
	for off := hi; off < whi; {
		i := bytes.Index(s.lower[off:whi], name)
		if i < 0 {
			break
		}
		at := off + i
		off = at + len(name)
		if assigns(at) {
			whi = s.lineStart(at)
			break
		}
	}
	if local && indentOf(s.data[s.lineStart(lo):lo]) > 0 {
		// A local variable ends with its function: the next function's
		// `http` is another object. (A name set up at a line's start, a
		// module's or package's own, is the functions' below too: `nas =
		// requests.Session()` then `def upload(): nas.post(…)`.)
		for ls := s.lineEnd(hi) + 1; ls < whi; ls = s.lineEnd(ls) + 1 {
			l := bytes.TrimLeft(s.lower[ls:s.lineEnd(ls)], " \t")
			if slices.ContainsFunc(funcWords, func(w string) bool { return bytes.HasPrefix(l, []byte(w)) }) {
				whi = ls
				break
			}
		}
	}
	return wlo, whi
}

// funcWords start a function's definition.
var funcWords = []string{"def ", "func ", "function ", "fn ", "pub fn ", "async fn ", "pub async fn ", "async def ", "sub ", "private def ", "async function ", "export function ", "export async function "}

// localName reports whether name, as the statement at [lo,hi) assigns it,
// is a local variable rather than an object's member (`self.ipam`,
// `$this->bmc`, `@http`).
func (s *scanState) localName(name []byte, lo, hi int) bool {
	i := bytes.Index(s.lower[lo:hi], name)
	if i <= 0 {
		return i == 0
	}
	c := s.lower[lo+i-1]
	return c != '.' && c != '>' && c != ':' && c != '@'
}

// blockWords start a line that opens a block (a function, a branch, a
// loop) rather than a literal.
var blockWords = []string{"fn ", "func ", "function ", "def ", "if ", "if(", "for ", "for(", "while ", "else", "switch ", "match ", "impl ", "class ", "struct ", "try", "loop", "pub ", "async ", "private ", "public ", "protected ", "static ", "sub ", "foreach ", "foreach(", "catch", "do "}

// blockOpener reports whether the line t (trimmed on the right) opens a
// block with its final `{`: `fn new() -> Result<Self> {`, `for _, h := range hs {`,
// `} else {`; not an object literal (`probe({`, `x := &http.Client{`).
func blockOpener(t []byte) bool {
	if len(t) == 0 || t[len(t)-1] != '{' {
		return false
	}
	l := bytes.TrimLeft(t, " \t}")
	for _, w := range blockWords {
		if bytes.HasPrefix(l, []byte(w)) {
			return true
		}
	}
	return bytes.HasSuffix(t, []byte(") {")) || bytes.HasSuffix(t, []byte("){"))
}

// tlsSettingName reports a member name that configures certificate
// checks (`verify_mode`, `ServerCertificateValidationCallback`,
// `HostnameVerifier`), whose owner is the client.
func tlsSettingName(n []byte) bool {
	for _, w := range []string{"verify", "ssl", "tls", "cert", "trust"} {
		if bytes.Contains(n, []byte(w)) {
			return true
		}
	}
	return false
}

// fieldInit reports whether the name at [u,e) is a field of a struct
// literal: after `{` or `,` and before `,`, `}` or `:` (Rust's shorthand
// `Self { bmc, cf }`, Go's `nas: nas`).
func fieldInit(b []byte, u, e int) bool {
	before := bytes.TrimRight(b[max(0, u-64):u], " \t\r\n")
	after := bytes.TrimLeft(b[e:min(len(b), e+64)], " \t\r\n")
	if len(after) == 0 || len(before) == 0 {
		return false
	}
	if before[len(before)-1] == ':' {
		before = bytes.TrimRight(bytes.TrimRight(before[:len(before)-1], " \t"), "abcdefghijklmnopqrstuvwxyz0123456789_")
		before = bytes.TrimRight(before, " \t\r\n")
		if len(before) == 0 {
			return false
		}
	}
	return strings.IndexByte("{,", before[len(before)-1]) >= 0 && strings.IndexByte(",}:", after[0]) >= 0
}
