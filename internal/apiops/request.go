package apiops

import (
	"bytes"
	"regexp"
	"sort"
	"strings"
)

// Scripts and other text files: a Cloudflare API URL (host and
// /client/v4), or, in a file that names the API host, a path under a base
// variable (`${CF_API}/zones/…`, `{base}/zones/…`) or a quoted path
// (`"/zones/" + zone + "/dns_records"`). Its method is the request's:
// curl's -X or data flags, wget's --method or --post-data, a `method:`
// option, axios.post / requests.put, an .http file's request line;
// otherwise the tool's default (GET for curl, wget, fetch, PowerShell), or
// unknown.

// urlChars are a URL's characters after the host, with a GitHub Actions
// expression (`${{ vars.ZONE_ID }}`) as one part.
const urlChars = "(?:\\$\\{\\{[^}\\n]*\\}\\}|[^\\s\"'`()\\[\\],;\\\\|])*"

var (
	apiURL     = regexp.MustCompile(`(?i)https?://api(?:\.staging)?\.cloudflare\.com(?::[0-9]+)?/client/v4(?:/` + urlChars + `)?`)
	basedPath  = regexp.MustCompile(`(?:\$\{\w+\}|\$\w+|\{\{\s*[\w.]+\s*\}\}|\{[\w.]+\}|#\{\w+\})(/(?:client/v4/)?(?:zones|accounts|user|certificates|memberships|organizations|tenants)(?:/` + urlChars + `)?)`)
	quotedPath = regexp.MustCompile(`["'](/(?:client/v4/)?(?:zones|accounts|user|certificates|memberships|organizations|tenants)(?:/[^"'\s]*)?)["']`)
	// concatenated continues a quoted URL: `… + zone + "/dns_records"`.
	concatenated = regexp.MustCompile(`^["']?\s*\+\s*[\w.\[\]()]+\s*(?:\+\s*["']([^"'\s]*)["']?)?`)
	placeholder  = regexp.MustCompile(`\$\{[^}]*\}|\$\w+|\{\{[^}]*\}\}|\{[^}]*\}|#\{[^}]*\}|<[^>]*>|%[sdv]`)

	curlMethod   = regexp.MustCompile(`(?:\s-X\s*|--request[\s=]+)["']?([A-Za-z]+)`)
	flagMethod   = regexp.MustCompile(`(?i)(?:--method[\s=]+|-Method\s+)["']?([A-Za-z]+)`)
	optionMethod = regexp.MustCompile(`(?i)\bmethod["']?\s*[:=]\s*["']?([A-Za-z]+)`)
	callMethod   = regexp.MustCompile(`(?i)\b(?:axios|requests|httpx|session|client|http|https|ky|got|superagent|request|\$http)\.(get|post|put|patch|delete|head)\s*\(`)
	requestArg   = regexp.MustCompile(`(?i)\brequest\s*\(\s*["']([A-Za-z]+)["']`)
	requestLine  = regexp.MustCompile(`(?m)^\s*(GET|POST|PUT|PATCH|DELETE|HEAD)\s+\S`)
	bareMethod   = regexp.MustCompile(`\b(GET|POST|PUT|PATCH|DELETE)\b`)
	curlData     = regexp.MustCompile(`(?:^|\s)(?:-d|--data(?:-raw|-binary|-urlencode)?|-F|--form|--json|--post-data|--post-file)(?:\s|=|$)`)
	curlUpload   = regexp.MustCompile(`(?:^|\s)(?:-T|--upload-file)(?:\s|=|$)`)
	getDefault   = regexp.MustCompile(`(?i)\b(?:(?:curl|wget|invoke-restmethod|invoke-webrequest|irm|iwr)\b|fetch\s*\()`)
)

var knownMethods = map[string]bool{"GET": true, "POST": true, "PUT": true, "PATCH": true, "DELETE": true, "HEAD": true}

// Request is an API request a text file shows.
type Request struct {
	Start, End int // the URL's byte span
	// Span is the request's: the command or call the URL is in.
	SpanStart, SpanEnd int
	Line               int      // the URL's, 1-based
	Method             string   // "" when the text does not tell
	Via                string   // curl, wget, fetch, axios, requests, PowerShell, HTTP request file, URL
	Segs               []string // the path under /client/v4, Wild for run-time segments
}

// apiHost finds the hosts apiURL matches (rules.APIHosts), in any case.
var apiHost = regexp.MustCompile(`(?i)api(?:\.staging)?\.cloudflare\.com`)

// TextRequests returns the Cloudflare API requests a text file shows, in
// order. Paths under a base (`$API/zones`, `"/zones/" + id`) count only in
// a file that names the API host.
func TextRequests(data []byte) []Request {
	if !apiHost.Match(data) {
		return nil
	}
	type hit struct {
		start, end int
		url        string
	}
	var hits []hit
	for _, m := range apiURL.FindAllIndex(data, -1) {
		hits = append(hits, hit{m[0], m[1], string(data[m[0]:m[1]])})
	}
	// The full URLs, by start and not overlapping: a path inside one is
	// not a request of its own.
	full := len(hits)
	taken := func(s, e int) bool {
		i := sort.Search(full, func(i int) bool { return hits[i].end > s })
		return i < full && hits[i].start < e
	}
	for _, re := range []*regexp.Regexp{basedPath, quotedPath} {
		for _, m := range re.FindAllSubmatchIndex(data, -1) {
			if !taken(m[0], m[1]) {
				hits = append(hits, hit{m[2], m[3], Wild + string(data[m[2]:m[3]])})
			}
		}
	}
	sort.Slice(hits, func(i, j int) bool { return hits[i].start < hits[j].start })
	var out []Request
	for _, h := range hits {
		u := h.url
		// A quoted URL continued by concatenation.
		rest := data[h.end:]
		for n := 0; n < 4; n++ {
			m := concatenated.FindSubmatchIndex(rest)
			if m == nil {
				break
			}
			u += Wild
			if m[2] < 0 {
				break
			}
			u += string(rest[m[2]:m[3]])
			rest = rest[m[1]:]
		}
		u = placeholder.ReplaceAllString(u, Wild)
		segs, ok := PathSegments(u)
		if !ok {
			continue
		}
		for i, s := range segs {
			if strings.HasPrefix(s, ":") {
				segs[i] = Wild
			}
		}
		ls, le := requestSpan(data, h.start, h.end)
		method, via := MethodOf(string(data[ls:le]))
		if method == "" && via == "URL" {
			method = jsonMethodBefore(data, ls)
		}
		if via == "HTTP request file" {
			// The header lines that follow, up to the blank line.
			for le < len(data) {
				next := le + 1 + lineLen(data[le+1:])
				if len(bytes.TrimSpace(data[le+1:next])) == 0 {
					break
				}
				le = next
			}
		}
		out = append(out, Request{Start: h.start, End: h.end, SpanStart: ls, SpanEnd: le,
			Line: 1 + bytes.Count(data[:h.start], []byte("\n")), Method: method, Via: via, Segs: segs})
	}
	return out
}

// requestSpan is the request a URL at [start,end) belongs to: its line
// with the lines a trailing `\` (or PowerShell's backtick) continues, the
// line before when it opens a call (`requests.post(`), and the few lines
// after a call's opening parenthesis that hold its options.
func requestSpan(data []byte, start, end int) (int, int) {
	ls := bytes.LastIndexByte(data[:start], '\n') + 1
	le := end + lineLen(data[end:])
	for ls > 0 {
		prev := bytes.LastIndexByte(data[:ls-1], '\n') + 1
		p := bytes.TrimRight(data[prev:ls-1], " \t\r")
		if !bytes.HasSuffix(p, []byte("\\")) && !bytes.HasSuffix(p, []byte("`")) && !bytes.HasSuffix(p, []byte("(")) {
			break
		}
		ls = prev
	}
	for le < len(data) {
		l := bytes.TrimRight(data[ls:le], " \t\r")
		if !bytes.HasSuffix(l, []byte("\\")) && !bytes.HasSuffix(l, []byte("`")) {
			break
		}
		le = le + 1 + lineLen(data[le+1:])
	}
	// The options of a call opened on the URL's line: fetch(url, {\n method: "POST" …
	if text := data[ls:le]; bytes.Count(text, []byte("(")) > bytes.Count(text, []byte(")")) {
		more := le
		for n := 0; n < 6 && more < len(data); n++ {
			next := more + 1 + lineLen(data[more+1:])
			l := data[more+1 : next]
			if len(bytes.TrimSpace(l)) == 0 || apiURL.Match(l) {
				break
			}
			more = next
			if bytes.Contains(l, []byte(")")) {
				break
			}
		}
		le = more
	}
	return ls, le
}

func lineLen(b []byte) int {
	if i := bytes.IndexByte(b, '\n'); i >= 0 {
		return i
	}
	return len(b)
}

// MethodOf returns the HTTP method a request's text names and how the
// request is made; "" when the text does not tell.
func MethodOf(text string) (method, via string) {
	via = "URL"
	lt := strings.ToLower(text)
	switch {
	case strings.Contains(lt, "curl"):
		via = "curl"
	case strings.Contains(lt, "wget"):
		via = "wget"
	case strings.Contains(lt, "axios"):
		via = "axios"
	case strings.Contains(lt, "fetch("):
		via = "fetch"
	case strings.Contains(lt, "requests.") || strings.Contains(lt, "httpx."):
		via = "requests"
	case strings.Contains(lt, "invoke-restmethod") || strings.Contains(lt, "invoke-webrequest"):
		via = "PowerShell"
	case requestLine.MatchString(text):
		via = "HTTP request file"
	}
	pick := func(re *regexp.Regexp) string {
		if m := re.FindStringSubmatch(text); m != nil {
			if u := strings.ToUpper(m[1]); knownMethods[u] {
				return u
			}
		}
		return ""
	}
	for _, re := range []*regexp.Regexp{curlMethod, flagMethod, requestLine, optionMethod, callMethod, requestArg} {
		if m := pick(re); m != "" {
			return m, via
		}
	}
	if via == "curl" || via == "wget" {
		switch {
		case curlUpload.MatchString(text):
			return "PUT", via
		case curlData.MatchString(text):
			return "POST", via
		}
	}
	if m := pick(bareMethod); m != "" {
		return m, via
	}
	if getDefault.MatchString(text) {
		return "GET", via
	}
	return "", via
}

// PathSegments turns what the code shows of a URL (Wild where a
// value is known only at run time) into path segments under /client/v4: a
// run-time base URL before the path is dropped, and a segment holding any
// run-time part is Wild. ok is false when no literal segment leads.
func PathSegments(s string) ([]string, bool) {
	if i := strings.IndexAny(s, "?#"); i >= 0 {
		s = s[:i]
	}
	if i := strings.Index(s, "://"); i >= 0 {
		rest := s[i+3:]
		j := strings.IndexByte(rest, '/')
		if j < 0 {
			return nil, false
		}
		s = rest[j:]
		if !strings.HasPrefix(s, APIPrefix) {
			return nil, false
		}
	}
	// A base known only at run time, then the path: "\x00/zones/…".
	s = strings.TrimLeft(s, Wild)
	if rest, ok := strings.CutPrefix(s, APIPrefix); ok {
		s = rest
	}
	var segs []string
	for _, seg := range strings.Split(strings.Trim(s, "/"), "/") {
		if seg == "" {
			continue
		}
		if strings.Contains(seg, Wild) {
			seg = Wild
		}
		segs = append(segs, seg)
	}
	if len(segs) == 0 || segs[0] == Wild || !topLevel[segs[0]] {
		return nil, false
	}
	return segs, true
}

// topLevel are the first segments of the table's templates (zones,
// accounts, user, …): a path starting otherwise is not the API's.
var topLevel = func() map[string]bool {
	m := map[string]bool{}
	for _, op := range operations {
		first, _, _ := strings.Cut(strings.TrimPrefix(op.Path, "/"), "/")
		m[first] = true
	}
	return m
}()

// jsonLookback is how many lines before a URL a structured request (HAR,
// Postman) may name its method.
const jsonLookback = 6

var jsonMethod = regexp.MustCompile(`"method"\s*:\s*"([A-Za-z]+)"`)

// jsonMethodBefore is the `"method": "X"` of the request object a URL's
// line at ls is in, from the lines before it, up to another URL.
func jsonMethodBefore(data []byte, ls int) string {
	for k := 0; k < jsonLookback && ls > 0; k++ {
		prev := bytes.LastIndexByte(data[:ls-1], '\n') + 1
		l := data[prev : ls-1]
		if apiURL.Match(l) {
			break
		}
		if m := jsonMethod.FindSubmatch(l); m != nil {
			if u := strings.ToUpper(string(m[1])); knownMethods[u] {
				return u
			}
		}
		ls = prev
	}
	return ""
}
