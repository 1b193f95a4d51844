package rules

import (
	"bytes"
	"encoding/base64"
	"path"
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
			if !escNL || end-open-1 < minEmbeddedLen {
				continue
			}
			text, at := decodeJSONString(d[open+1 : end])
			for _, m := range inner.Scan(text) {
				v := m.Bytes(text)
				m.Start, m.End = open+1+at[m.Start], open+1+at[m.End]
				if m.Value == nil && !bytes.Equal(d[m.Start:m.End], v) {
					// An escape inside the span (`\/` in base64): the value is
					// what the string says.
					m.Value = bytes.Clone(v)
				}
				s.matches = append(s.matches, m)
			}
		}
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
		le := bytes.IndexByte(data[ls:], '\n')
		if le < 0 {
			le = len(data)
		} else {
			le += ls
		}
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
