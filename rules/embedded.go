package rules

import (
	"bytes"
	"encoding/base64"
	"path"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Text embedded in JSON strings. Exports of chats, tickets and issues
// (Slack, Discord, Zendesk, Jira, the GitHub API) hold whole messages as one
// JSON string: a pasted Markdown code block, .env lines or a curl command
// spread over `\n` escapes on one line. The rules judge such text by its
// lines (a fence's language, a setting at a line's start), so a multi-line
// string value is also decoded and scanned as Markdown of its own, and its
// matches are mapped back to the string's bytes.

// maxEmbeddedLen bounds the strings decoded: a string no longer than this
// that holds an offset a chunked caller owns lies wholly inside that
// caller's window (Overlap around what it owns), so every window decides
// alike; the margin leaves room for the member's key before the string.
const maxEmbeddedLen = Overlap - 256

// minEmbeddedLen: shorter strings hold no multi-line text worth a scan.
const minEmbeddedLen = 24

// embeddedPath reports whether a file's strings are scanned as embedded
// text: JSON documents and JSON lines, not notebooks (whose cells the rules
// read line by line already).
func embeddedPath(p string) bool {
	switch strings.ToLower(path.Ext(p)) {
	case ".json", ".jsonl", ".ndjson", ".har":
		return true
	}
	return false
}

// scanEmbedded scans the multi-line JSON string values near the regions as
// Markdown and adds their matches, mapped back to the buffer.
func (s *scanState) scanEmbedded(rs []region) {
	inner := s.opt
	inner.Path = strings.TrimSuffix(s.opt.Path, path.Ext(s.opt.Path)) + ".md"
	inner.Offset = 0
	d := s.data
	next := 0 // where the search for string openings goes on
	// The raw matches that an embedded text's own scan must confirm
	// (judgedInText), by start, and those it did not.
	var raw []int
	for _, m := range s.matches {
		if judgedInText(m.Rule) {
			raw = append(raw, m.Start)
		}
	}
	slices.Sort(raw)
	drop := map[int]bool{}
	for _, r := range rs {
		lo := max(next, r.start-maxEmbeddedLen)
		for i := lo; i < r.end; {
			open, ok := memberValueOpening(d, i, r.end)
			if !ok {
				break
			}
			end, escNL := stringEnd(d, open+1, min(len(d), open+1+maxEmbeddedLen))
			if end < 0 {
				i = open + 1
				continue
			}
			i, next = end+1, end+1
			// (Or HTML in the string whose lines are broken by <br>: a
			// ticket's or chat message's html body.)
			html := bytes.Contains(s.lower[open+1:end], []byte("<br"))
			if !(escNL || html) || end-open-1 < minEmbeddedLen {
				continue
			}
			text, at := decodeJSONString(d[open+1 : end])
			if html {
				text, at = htmlLineBreaks(text, at)
			}
			text, at = inlineFences(text, at)
			found := inner.Scan(text)
			var judged map[int]bool
			for _, m := range found {
				v := m.Bytes(text)
				m.Start, m.End = open+1+at[m.Start], open+1+at[m.End]
				if m.Value == nil && !bytes.Equal(d[m.Start:m.End], v) {
					// An escape inside the span (`\/` in base64): the value is
					// what the string says.
					m.Value = bytes.Clone(v)
				}
				if judgedInText(m.Rule) {
					if judged == nil {
						judged = map[int]bool{}
					}
					judged[m.Start] = true
				}
				s.matches = append(s.matches, m)
			}
			if escNL {
				// Which host a TLS switch serves, and whether a URL is in use
				// or named in a sentence, is judged on the text's own lines,
				// not on the one line the string is written on: a document
				// whose API section sits beside an appliance's `verify_tls:
				// false`, release notes saying the client refuses
				// `http://api.cloudflare.com`.
				k, _ := slices.BinarySearch(raw, open+1)
				for ; k < len(raw) && raw[k] < end; k++ {
					if !judged[raw[k]] {
						drop[raw[k]] = true
					}
				}
			}
		}
	}
	if len(drop) > 0 {
		s.matches = slices.DeleteFunc(s.matches, func(m Match) bool { return judgedInText(m.Rule) && drop[m.Start] })
	}
}

// memberValueOpening returns the offset of the next opening quote in
// d[i:hi] of a JSON member's string value: an unescaped `"` after `":` and
// blanks, the colon after the key's unescaped closing quote.
func memberValueOpening(d []byte, i, hi int) (int, bool) {
	for i < hi {
		k := bytes.Index(d[i:hi], []byte(`":`))
		if k < 0 {
			return 0, false
		}
		q := i + k // the key's closing quote
		i = q + 2
		if q > 0 && d[q-1] == '\\' {
			continue // an escaped quote inside a string: `\":`
		}
		j := q + 2
		for j < len(d) && (d[j] == ' ' || d[j] == '\t') {
			j++
		}
		if j < len(d) && d[j] == '"' {
			return j, true
		}
	}
	return 0, false
}

// stringEnd returns the offset of the closing quote of the JSON string
// whose content starts at i (searched up to hi, and never past a line
// break), or -1, and whether the string holds an escaped line break.
func stringEnd(d []byte, i, hi int) (int, bool) {
	nl := false
	for ; i < hi; i++ {
		switch d[i] {
		case '"':
			return i, nl
		case '\n':
			return -1, false
		case '\\':
			if i+1 < hi && (d[i+1] == 'n' || d[i+1] == 'r') {
				nl = true
			}
			i++
		}
	}
	return -1, false
}

// decodeJSONString decodes the content of a JSON string and returns, for
// every decoded byte and for the end, the offset in s of the source text
// it came from.
func decodeJSONString(s []byte) ([]byte, []int) {
	out := make([]byte, 0, len(s))
	at := make([]int, 0, len(s)+1)
	for i := 0; i < len(s); {
		c := s[i]
		if c != '\\' || i+1 >= len(s) {
			out = append(out, c)
			at = append(at, i)
			i++
			continue
		}
		var dec []byte
		n := 2
		switch e := s[i+1]; e {
		case 'n':
			dec = []byte{'\n'}
		case 'r':
			dec = []byte{'\r'}
		case 't':
			dec = []byte{'\t'}
		case 'b', 'f':
			dec = []byte{' '}
		case 'u':
			if i+6 <= len(s) {
				var r rune
				ok := true
				for _, h := range s[i+2 : i+6] {
					v, isHex := hexVal(h)
					if !isHex {
						ok = false
						break
					}
					r = r<<4 | rune(v)
				}
				if ok {
					if r >= 0xd800 && r < 0xe000 {
						r = utf8.RuneError // half of a surrogate pair
					}
					dec = utf8.AppendRune(nil, r)
					n = 6
					break
				}
			}
			dec = []byte{e}
		default: // \" \\ \/ and anything else: the character itself
			dec = []byte{e}
		}
		for _, b := range dec {
			out = append(out, b)
			at = append(at, i)
		}
		i += n
	}
	at = append(at, len(s))
	return out, at
}

func hexVal(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// Proxmox VE keeps an ACME DNS plugin's settings in
// /etc/pve/priv/acme/plugins.cfg as one base64 line of acme.sh variables:
//
//	dns: cloudflare
//		api cf
//		data Q0ZfVG9rZW49…   (CF_Token=…, or CF_Email=…\nCF_Key=…)
//
// proxmoxPluginData decodes the data of each section whose api is cf,
// scans it as an env file and maps its matches to the data's bytes.
func (o Options) proxmoxPluginData(data []byte) []Match {
	if !strings.EqualFold(path.Base(o.Path), "plugins.cfg") || !bytes.Contains(data, []byte("api cf")) {
		return nil
	}
	inner := o
	inner.Path = path.Join(path.Dir(o.Path), "plugins.cfg.env")
	inner.Offset = 0
	var out []Match
	cf := false
	for ls := 0; ls < len(data); {
		le := lineEndIn(data, ls)
		line := data[ls:le]
		t := bytes.TrimSpace(line)
		switch f := bytes.Fields(t); {
		case len(line) > 0 && line[0] != ' ' && line[0] != '\t':
			cf = false // a new section: `dns: <id>`
		case len(f) == 2 && string(f[0]) == "api":
			cf = string(f[1]) == "cf"
		case len(f) == 2 && string(f[0]) == "data" && cf && len(f[1]) <= MaxMatchLen:
			start := ls + bytes.Index(line, f[1])
			end := start + len(f[1])
			text, err := base64.StdEncoding.DecodeString(string(f[1]))
			if err != nil {
				break
			}
			for _, m := range inner.Scan(text) {
				v := bytes.Clone(m.Bytes(text))
				m.Start, m.End, m.Value = start, end, v
				out = append(out, m)
			}
		}
		ls = le + 1
	}
	return out
}

// htmlLineBreaks returns text with each <br>, <br/> and <br /> (any case)
// made a line break, and at remapped to match.
func htmlLineBreaks(text []byte, at []int) ([]byte, []int) {
	out := make([]byte, 0, len(text))
	at2 := make([]int, 0, len(at))
	for i := 0; i < len(text); i++ {
		if text[i] == '<' && i+3 < len(text) && (text[i+1]|0x20) == 'b' && (text[i+2]|0x20) == 'r' {
			j := i + 3
			for j < len(text) && (text[j] == ' ' || text[j] == '/') {
				j++
			}
			if j < len(text) && text[j] == '>' {
				out, at2 = append(out, '\n'), append(at2, at[i])
				i = j
				continue
			}
		}
		out, at2 = append(out, text[i]), append(at2, at[i])
	}
	return out, append(at2, at[len(text)])
}

// judgedInText: the rules whose raw matches inside an embedded text stand
// only if the text's own scan finds them too.
func judgedInText(r *Rule) bool { return r == TLSVerificationDisabled || r == InsecureAPIEndpoint }

// inlineFences returns text with the code fences that chat markup writes
// on the code's own lines (Slack's "```curl -sk …" and "…```") put on
// lines of their own, as Markdown writes them, and at remapped to match.
// A fence followed by a language name only ("```yaml") stays as it is.
func inlineFences(text []byte, at []int) ([]byte, []int) {
	if !bytes.Contains(text, []byte("```")) {
		return text, at
	}
	out := make([]byte, 0, len(text)+16)
	at2 := make([]int, 0, len(at)+16)
	for ls := 0; ls < len(text); {
		le := lineEndIn(text, ls)
		a, b := ls, le
		if bytes.HasPrefix(text[a:b], []byte("```")) && b-a > 3 && !identChar.all(bytes.TrimRight(text[a+3:b], "\r")) {
			out, at2 = append(out, "```\n"...), append(at2, at[a], at[a+1], at[a+2], at[a+3])
			a += 3
		}
		tail := b > a+3 && bytes.HasSuffix(text[a:b], []byte("```"))
		if tail {
			b -= 3
		}
		for i := a; i < b; i++ {
			out, at2 = append(out, text[i]), append(at2, at[i])
		}
		if tail {
			out, at2 = append(out, "\n```"...), append(at2, at[b], at[b], at[b+1], at[b+2])
		}
		if le < len(text) {
			out, at2 = append(out, '\n'), append(at2, at[le])
		}
		ls = le + 1
	}
	return out, append(at2, at[len(text)])
}

// mailPath reports an email file (a message, a mailbox, a web archive),
// whose parts may be quoted-printable.
func mailPath(p string) bool {
	p = strings.ToLower(p)
	switch path.Ext(p) {
	case ".eml", ".emlx", ".mbox", ".mbx", ".msg", ".mht", ".mhtml":
		return true
	}
	b := path.Base(p)
	return b == "mbox" || strings.HasSuffix(b, ".msg.txt")
}

// qpHeader is the MIME header (lowercase) that opens a quoted-printable part.
const qpHeader = "content-transfer-encoding: quoted-printable"

// decodeQuotedPrintable decodes the quoted-printable parts of an email
// (each from its Content-Transfer-Encoding header's blank line to the next
// MIME boundary line): `=XX` is the byte, `=` at a line's end a soft line
// break. at maps each decoded offset, and len(text), to its offset in data.
// ok is false when there is nothing to decode.
func decodeQuotedPrintable(data []byte) (text []byte, at []int32, ok bool) {
	if !bytes.Contains(bytes.ToLower(data), []byte(qpHeader)) {
		return nil, nil, false
	}
	bounds := mimeBoundaries(data)
	text = make([]byte, 0, len(data))
	at = make([]int32, 0, len(data)+1)
	pending, in := false, false
	for ls := 0; ls < len(data); {
		le := lineEndIn(data, ls)
		line := data[ls:le]
		t := bytes.TrimRight(line, "\r")
		switch {
		case bytes.HasPrefix(t, []byte("--")) && slices.ContainsFunc(bounds, func(b []byte) bool { return bytes.HasPrefix(t[2:], b) }):
			in, pending = false, false // a MIME boundary: the next part's headers
		case !in && bytes.EqualFold(bytes.TrimSpace(t), []byte(qpHeader)):
			pending = true
		case !in && pending && len(t) == 0:
			in, pending = true, false
		}
		end := min(le+1, len(data))
		if !in || len(t) == 0 {
			for i := ls; i < end; i++ {
				text, at = append(text, data[i]), append(at, int32(i))
			}
			ls = end
			continue
		}
		for i := ls; i < end; i++ {
			c := data[i]
			if c == '=' && i+1 < end {
				if r := bytes.TrimRight(data[i+1:end], "\r\n \t"); len(r) == 0 {
					ok = true
					break // a soft line break: the line goes on below
				}
				if i+2 < end && hexDigit(data[i+1]) && hexDigit(data[i+2]) {
					text, at = append(text, unhex(data[i+1])<<4|unhex(data[i+2])), append(at, int32(i))
					i += 2
					ok = true
					continue
				}
			}
			text, at = append(text, c), append(at, int32(i))
		}
		ls = end
	}
	return text, append(at, int32(len(data))), ok
}

// mimeBoundaries returns the multipart boundaries an email declares
// (`boundary="…"` or `boundary=…`).
func mimeBoundaries(data []byte) [][]byte {
	var out [][]byte
	for off := 0; ; {
		i := bytes.Index(data[off:], []byte("boundary="))
		if i < 0 {
			return out
		}
		v := data[off+i+len("boundary="):]
		off += i + len("boundary=")
		if len(v) > 0 && v[0] == '"' {
			v = v[1:]
			if e := bytes.IndexByte(v, '"'); e > 0 {
				out = append(out, v[:e])
			}
			continue
		}
		e := bytes.IndexAny(v, "; \t\r\n")
		if e < 0 {
			e = len(v)
		}
		if e > 0 {
			out = append(out, v[:e])
		}
	}
}

func hexDigit(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case c <= '9':
		return c - '0'
	case c <= 'F':
		return c - 'A' + 10
	}
	return c - 'a' + 10
}

// decodeEscapedMarkup decodes the HTML that an XML file holds escaped
// (`&lt;p&gt;…`): its entities decoded, then its tags dropped (a line
// break for <br>, </p>, </div>, </li>, </pre>, </tr>) and its own entities
// decoded. at maps each decoded offset, and len(text), to its offset in
// data. ok is false when the file holds no escaped markup.
func decodeEscapedMarkup(data []byte) (text []byte, at []int32, ok bool) {
	if !bytes.Contains(data, []byte("&lt;")) {
		return nil, nil, false
	}
	t1, a1 := decodeEntities(data, false)
	t2, a2 := decodeEntities(t1, true)
	for i := range a2 {
		a2[i] = a1[a2[i]]
	}
	return t2, a2, true
}

// breakTags are the elements whose tags (<br>, a closing </p>) end a
// line of text.
var breakTags = []string{"br", "p", "div", "li", "pre", "tr", "h1", "h2", "h3", "h4"}

// decodeEntities decodes the XML/HTML entities of b (&lt; &gt; &amp;
// &quot; &apos; &#N; &#xH;) and, with tags, drops its tags (breakTags
// become line breaks). at maps each output offset, and len(out), to its
// offset in b.
func decodeEntities(b []byte, tags bool) (out []byte, at []int32) {
	out = make([]byte, 0, len(b))
	at = make([]int32, 0, len(b)+1)
	for i := 0; i < len(b); i++ {
		c := b[i]
		if tags && c == '<' {
			e := bytes.IndexByte(b[i:min(len(b), i+maxCodeTag)], '>')
			if e > 1 && (b[i+1] == '/' || b[i+1] == '!' || isAlpha(b[i+1])) {
				closing := b[i+1] == '/'
				name := bytes.TrimLeft(b[i+1:i+e], "/")
				if k := bytes.IndexAny(name, " \t/"); k >= 0 {
					name = name[:k]
				}
				if n := string(bytes.ToLower(name)); n == "br" || closing && slices.Contains(breakTags, n) {
					out, at = append(out, '\n'), append(at, int32(i))
				}
				i += e
				continue
			}
		}
		if c == '&' {
			if v, n := entity(b[i:]); n > 0 {
				out, at = append(out, v), append(at, int32(i))
				i += n - 1
				continue
			}
		}
		out, at = append(out, c), append(at, int32(i))
	}
	return out, append(at, int32(len(b)))
}

func isAlpha(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// entity decodes the entity b starts with: its byte and length (0 if none;
// a numeric entity above 0x7f is left alone).
func entity(b []byte) (byte, int) {
	e := bytes.IndexByte(b[:min(len(b), 10)], ';')
	if e < 2 {
		return 0, 0
	}
	switch name := string(b[1:e]); name {
	case "lt":
		return '<', e + 1
	case "gt":
		return '>', e + 1
	case "amp":
		return '&', e + 1
	case "quot":
		return '"', e + 1
	case "apos":
		return '\'', e + 1
	default:
		if name[0] != '#' {
			return 0, 0
		}
		n, base := name[1:], 10
		if len(n) > 0 && (n[0] == 'x' || n[0] == 'X') {
			n, base = n[1:], 16
		}
		v, err := strconv.ParseUint(n, base, 8)
		if err != nil || v > 0x7f || v == 0 {
			return 0, 0
		}
		return byte(v), e + 1
	}
}

// lineEndIn returns the offset of the line break that ends b's line
// starting at ls, or len(b).
func lineEndIn(b []byte, ls int) int {
	if i := bytes.IndexByte(b[ls:], '\n'); i >= 0 {
		return ls + i
	}
	return len(b)
}
