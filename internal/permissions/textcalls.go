package permissions

import (
	"bytes"
	"regexp"
	"strings"

	"github.com/cfauthlint/cfauthlint/internal/apiops"
	"github.com/cfauthlint/cfauthlint/rules"
)

// Scripts and other text files: a Cloudflare API URL (host and
// /client/v4), or, in a file that names the API host, a path under a base
// variable (`${CF_API}/zones/…`, `{base}/zones/…`) or a quoted path
// (`"/zones/" + zone + "/dns_records"`). Its method is the request's:
// curl's -X or data flags, wget's --method or --post-data, a `method:`
// option, axios.post / requests.put, an .http file's request line;
// otherwise the tool's default (GET for curl, wget, fetch, PowerShell), or
// unknown.

const urlChars = "[^\\s\"'`()\\[\\],;\\\\|]*"

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

func textCalls(res *Result, path string, data []byte) {
	namesHost := false
	lower := bytes.ToLower(data)
	for _, h := range rules.APIHosts {
		if bytes.Contains(lower, []byte(h)) {
			namesHost = true
		}
	}
	if !namesHost {
		return
	}
	type hit struct {
		start, end int
		url        string
	}
	var hits []hit
	taken := func(s, e int) bool {
		for _, h := range hits {
			if s < h.end && e > h.start {
				return true
			}
		}
		return false
	}
	for _, m := range apiURL.FindAllIndex(data, -1) {
		hits = append(hits, hit{m[0], m[1], string(data[m[0]:m[1]])})
	}
	for _, re := range []*regexp.Regexp{basedPath, quotedPath} {
		for _, m := range re.FindAllSubmatchIndex(data, -1) {
			if !taken(m[0], m[1]) {
				hits = append(hits, hit{m[2], m[3], apiops.Wild + string(data[m[2]:m[3]])})
			}
		}
	}
	for _, h := range hits {
		u := h.url
		// A quoted URL continued by concatenation.
		rest := data[h.end:]
		for n := 0; n < 4; n++ {
			m := concatenated.FindSubmatchIndex(rest)
			if m == nil {
				break
			}
			u += apiops.Wild
			if m[2] < 0 {
				break
			}
			u += string(rest[m[2]:m[3]])
			rest = rest[m[1]:]
		}
		u = placeholder.ReplaceAllString(u, apiops.Wild)
		segs, ok := pathSegments(u)
		if !ok {
			continue
		}
		for i, s := range segs {
			if strings.HasPrefix(s, ":") {
				segs[i] = apiops.Wild
			}
		}
		line := 1 + bytes.Count(data[:h.start], []byte("\n"))
		method, via := methodOf(requestText(data, h.start, h.end))
		res.add(path, line, method, segs, via)
	}
}

// requestText is the request a URL at [start,end) belongs to: its line
// with the lines a trailing `\` (or PowerShell's backtick) continues, the
// line before when it opens a call (`requests.post(`), and the few lines
// after a call's opening parenthesis that hold its options.
func requestText(data []byte, start, end int) string {
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
	text := string(data[ls:le])
	// The options of a call opened on the URL's line: fetch(url, {\n method: "POST" …
	if strings.Count(text, "(") > strings.Count(text, ")") {
		more := le
		for n := 0; n < 6 && more < len(data); n++ {
			next := more + 1 + lineLen(data[more+1:])
			l := data[more+1 : next]
			if len(bytes.TrimSpace(l)) == 0 || apiURL.Match(l) {
				break
			}
			text += "\n" + string(l)
			more = next
			if bytes.Contains(l, []byte(")")) {
				break
			}
		}
	}
	return text
}

func lineLen(b []byte) int {
	if i := bytes.IndexByte(b, '\n'); i >= 0 {
		return i
	}
	return len(b)
}

// methodOf returns the HTTP method a request's text names and how the
// request is made; "" when the text does not tell.
func methodOf(text string) (method, via string) {
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
