package rules

import (
	"bytes"
	"path"
	"regexp"
	"sort"
	"strings"

	"github.com/cfauthlint/cfauthlint/internal/apiops"
)

// CF201 knows the endpoint when the request shows it: the operation's
// entry in the table of API operations (internal/apiops) says whether an
// API token can call it and with which permission groups.

// globalKeyOnly is said of an endpoint that accepts only the Global API Key;
// MessageLevel reads it back.
const globalKeyOnly = "accepts only the Global API Key, so no API token can replace it here"

// maxNamedGroups is how many of an operation's permission groups a message
// names as alternatives; past it, the one that suffices best alone.
const maxNamedGroups = 3

// GlobalKeyEndpointMessage is CF201's message for Global API Key auth
// (what, e.g. "request authenticates with the Global API Key (X-Auth-Key)")
// on a request to op: the permission groups a scoped token needs, or that
// the endpoint still requires the Global API Key.
//
// It is "" where the schema contradicts itself on op (Disputed): the
// caller says what it says of an unknown endpoint.
func GlobalKeyEndpointMessage(what string, op *apiops.Operation) string {
	endpoint := op.Method + " " + op.Path
	switch {
	case op.Disputed():
		return ""
	case !op.AcceptsToken():
		return what + "; " + endpoint + " " + globalKeyOnly + ": keep the key out of code and load it from a secret store"
	}
	if len(op.TokenGroups) == 0 {
		return what + "; " + endpoint + " accepts a scoped API token (the schema names no permission group for it): send it as `Authorization: Bearer`"
	}
	groups := apiops.Cover([]*apiops.Operation{op})
	if len(op.TokenGroups) <= maxNamedGroups {
		// The one that suffices first, then the others.
		groups = append(groups[:1:1], without(op.TokenGroups, groups[0])...)
	}
	return what + "; " + endpoint + " accepts a scoped API token: one with " + strings.Join(groups, " or ") + " " + resourceOf(op.Path) + " suffices, sent as `Authorization: Bearer`"
}

func without(list []string, s string) []string {
	var out []string
	for _, x := range list {
		if x != s {
			out = append(out, x)
		}
	}
	return out
}

// resourceOf says what a token's resources are for a path.
func resourceOf(p string) string {
	switch {
	case p == "/zones" || strings.HasPrefix(p, "/zones/"):
		return "on this zone"
	case strings.HasPrefix(p, "/accounts/"):
		return "on this account"
	case p == "/accounts":
		return "on the accounts"
	}
	return "for this user"
}

// MessageLevel is the level of a finding of r with message msg: CF201 on
// an endpoint that only the Global API Key can call is a note (there is
// no token to switch to), every other finding its rule's level.
func MessageLevel(r *Rule, msg string) Level {
	if r == GlobalKeyAuth && strings.Contains(msg, globalKeyOnly) {
		return LevelNote
	}
	return r.Level
}

// endpointOf returns the operation of the request that the header name at
// start is sent with, when the request shows its URL and method and they
// name one operation of the table.
func (s *scanState) endpointOf(start int) *apiops.Operation {
	if !s.requests.done {
		s.requests.done = true
		s.requests.list = apiops.TextRequests(s.data)
		sort.SliceStable(s.requests.list, func(i, j int) bool { return s.requests.list[i].SpanStart < s.requests.list[j].SpanStart })
	}
	reqs := s.requests.list
	if len(reqs) == 0 {
		return nil
	}
	var found *apiops.Operation
	seen := 0
	pick := func(r apiops.Request) {
		if r.Method == "" {
			seen++ // a request whose method is not told: no advice
			return
		}
		_, ops := apiops.Template(r.Segs)
		op := ops[r.Method]
		if op == nil || (found != nil && op != found) {
			seen++
			return
		}
		if found == nil {
			seen++
		}
		found = op
	}
	// The requests whose span holds the header: those starting before it,
	// the nearest few (spans are a command or a call, and do not nest deep).
	n := sort.Search(len(reqs), func(i int) bool { return reqs[i].SpanStart > start })
	for i := n - 1; i >= 0 && i >= n-maxOverlap; i-- {
		if r := reqs[i]; start < r.SpanEnd {
			pick(r)
		}
	}
	if seen == 0 && isStructured(s.opt.Path) {
		// A HAR entry's or Postman item's "request" object holds the
		// header, the method and the URL in any order.
		if lo, hi, ok := requestObject(s.data, start); ok {
			ls := bytes.LastIndexByte(s.data[:lo], '\n') + 1
			i := sort.Search(len(reqs), func(i int) bool { return reqs[i].SpanStart >= ls })
			for ; i < len(reqs) && reqs[i].SpanStart < hi; i++ {
				if r := reqs[i]; lo <= r.Start && r.Start < hi {
					pick(r)
				}
			}
		}
	}
	if seen == 0 {
		// A headers dictionary built first and passed to the request:
		// headers = {"X-Auth-Key": …} … requests.post(url, headers=headers).
		if name, ok := headerDict(s.data, start); ok {
			_, hi := linesAfter(s.data, start, dictUseLines)
			i := sort.Search(len(reqs), func(i int) bool { return reqs[i].SpanStart > start })
			for ; i < len(reqs) && reqs[i].SpanStart < hi; i++ {
				if r := reqs[i]; mentions(s.data[r.SpanStart:r.SpanEnd], name) {
					pick(r)
				}
			}
		}
	}
	if seen != 1 {
		return nil
	}
	return found
}

// How far a headers dictionary's opening and its use may be from a header.
const (
	dictLines    = 12 // lines up from the header to `headers = {`
	dictUseLines = 60 // lines down to the request that passes it
)

// dictOpening is a variable assigned a dictionary or hashtable literal:
// Python `headers = {`, JavaScript `const headers = {`, PowerShell
// `$headers = @{`, Ruby `headers = {`, PHP `$headers = [`.
var dictOpening = regexp.MustCompile(`^\s*(?:(?:const|let|var|my|final|val)\s+)?[$@]?([A-Za-z_]\w*)\s*(?::\s*[\w.\[\], ]+)?=\s*(?:@\{|\{|dict\(|\[|array\()\s*$`)

// headerDict returns the variable a header at at is a member of, when the
// lines above it open a dictionary literal assigned to one (and no blank
// line comes between).
func headerDict(data []byte, at int) (string, bool) {
	ls := bytes.LastIndexByte(data[:at], '\n') + 1
	for k := 0; k < dictLines && ls > 0; k++ {
		prev := bytes.LastIndexByte(data[:ls-1], '\n') + 1
		l := bytes.TrimRight(data[prev:ls-1], "\r")
		if len(bytes.TrimSpace(l)) == 0 {
			return "", false
		}
		if m := dictOpening.FindSubmatch(l); m != nil {
			return string(m[1]), true
		}
		ls = prev
	}
	return "", false
}

// mentions reports whether text holds name as a whole word.
func mentions(text []byte, name string) bool {
	for i := 0; ; {
		j := bytes.Index(text[i:], []byte(name))
		if j < 0 {
			return false
		}
		j += i
		e := j + len(name)
		if (j == 0 || !identChar[text[j-1]]) && (e == len(text) || !identChar[text[e]]) {
			return true
		}
		i = j + 1
	}
}

// linesAfter is the byte range from at to n lines after it.
func linesAfter(data []byte, at, n int) (int, int) {
	hi := at
	for k := 0; k <= n && hi < len(data); k++ {
		i := bytes.IndexByte(data[hi:], '\n')
		if i < 0 {
			return at, len(data)
		}
		hi += i + 1
	}
	return at, hi
}

// maxOverlap bounds the requests before a header looked at.
const maxOverlap = 8

// maxRequestObject bounds the bytes of a structured request object.
const maxRequestObject = 64 << 10

// requestObject is the byte range of the JSON object under the nearest
// "request" key before at, if it holds at.
func requestObject(data []byte, at int) (int, int, bool) {
	from := at - maxRequestObject
	if from < 0 {
		from = 0
	}
	k := bytes.LastIndex(data[from:at], []byte(`"request"`))
	if k < 0 {
		return 0, 0, false
	}
	open := bytes.IndexByte(data[from+k:at], '{')
	if open < 0 {
		return 0, 0, false
	}
	lo := from + k + open
	depth, inString := 0, false
	for i := lo; i < len(data) && i < lo+maxRequestObject; i++ {
		c := data[i]
		switch {
		case inString && c == '\\':
			i++
		case c == '"':
			inString = !inString
		case inString:
		case c == '{':
			depth++
		case c == '}':
			depth--
			if depth == 0 {
				return lo, i + 1, at < i
			}
		}
	}
	return 0, 0, false
}

func isStructured(p string) bool {
	switch strings.ToLower(path.Ext(p)) {
	case ".json", ".har":
		return true
	}
	return false
}
