package rules

import "bytes"

// Name/value pairs: exports that give a header or variable its name and
// its value as sibling members of one object or list item, not as
// `name: value`: Postman {"key": "X-Auth-Key", "value": "…"}, HAR,
// Insomnia and HTTPie {"name": …, "value": …}, YAML `- name: X-Auth-Key`
// with `value: …` below. A value is paired only with a name of the same
// object or list item.

// pairNameKeys are the members that name a pair's value (also Elastic
// Beanstalk option settings' {"OptionName": …, "Value": …}, Zabbix
// template macros' `- macro: '{$CF.API.TOKEN}'` with `value:`).
var pairNameKeys = []string{"key", "name", "optionname", "macro"}

// sibling returns the value of the member named name (normalized, as
// normalizeKey) in the object or list item holding the member at pos, and
// the value's offset: a one-line object `{…}` around pos, else the lines
// of pos's block at its indentation (pretty-printed JSON, YAML; a `- `
// item ends at the next `- ` at its indentation), within ContextBytes. A
// quoted value is returned without its quotes.
func (s *scanState) sibling(pos int, name string) ([]byte, int, bool) {
	ls, le := s.lineStart(pos), s.lineEnd(pos)
	if open, end, ok := s.lineObject(ls, le, pos); ok {
		return s.memberIn(open+1, end, pos, name)
	}
	ind, item := memberIndent(s.data[ls:le])
	lo, hi := max(0, pos-ContextBytes), min(len(s.data), pos+ContextBytes)
	if v, at, ok := s.memberIn(ls+ind, le, pos, name); ok {
		return v, at, true
	}
	// Back to the item's first line, then on to its end. Lines indented
	// deeper are nested values; one indented less ends the block.
	for a := ls; !item && a > lo; {
		b := a - 1
		a = s.lineStart(b)
		in, dash, blank := lineShape(s.data[a:b])
		if blank || in > ind {
			continue
		}
		if in < ind {
			break
		}
		if v, at, ok := s.memberIn(a, b, -1, name); ok {
			return v, at, true
		}
		if dash {
			break // the item starts here
		}
	}
	for b := le; b+1 < hi; {
		a := b + 1
		b = s.lineEnd(a)
		in, dash, blank := lineShape(s.data[a:b])
		if blank || in > ind {
			continue
		}
		if in < ind || dash {
			break // the block ends, or the next item starts
		}
		if v, at, ok := s.memberIn(a, b, -1, name); ok {
			return v, at, true
		}
	}
	return nil, 0, false
}

// memberIndent is the indentation of the first member on a line, and
// whether the line opens a `- ` list item (whose member is indented past
// the dash).
func memberIndent(line []byte) (int, bool) {
	n := indentOf(line)
	if rest := line[n:]; bytes.HasPrefix(rest, []byte("- ")) {
		return n + 2 + indentOf(rest[2:]), true
	}
	return n, false
}

// lineShape is memberIndent for a line of a block, and whether the line
// is blank or a comment.
func lineShape(line []byte) (indent int, dash, blank bool) {
	indent, dash = memberIndent(line)
	t := bytes.TrimSpace(line)
	blank = len(t) == 0 || t[0] == '#' || bytes.HasPrefix(t, []byte("//"))
	return indent, dash, blank
}

// lineObject finds the innermost `{…}` (or call arguments `(…)`: Swift's
// HTTPHeader(name: "X-Auth-Key", value: key)) around pos that opens and
// closes on its line [ls,le), skipping brackets in quotes.
func (s *scanState) lineObject(ls, le, pos int) (open, close int, ok bool) {
	d := s.data
	var stack [8]int
	depth := 0
	var q byte
	for i := ls; i < le; i++ {
		c := d[i]
		switch {
		case q != 0:
			if c == '\\' {
				i++
			} else if c == q {
				q = 0
			}
		case c == '"' || c == '\'':
			q = c
		case c == '{' || c == '(':
			if depth < len(stack) {
				stack[depth] = i
			}
			depth++
		case (c == '}' || c == ')') && depth > 0:
			depth--
			if depth < len(stack) && stack[depth] < pos && i >= pos {
				return stack[depth], i, true
			}
		}
	}
	return 0, 0, false
}

// matchingClose returns the index of the bracket that closes the one at
// open in d (quotes respected), or -1.
func matchingClose(d []byte, open int) int {
	depth := 0
	var q byte
	for i := open; i < len(d); i++ {
		c := d[i]
		switch {
		case q != 0:
			if c == '\\' {
				i++
			} else if c == q {
				q = 0
			}
		case c == '"':
			q = c
		case c == '{' || c == '[':
			depth++
		case c == '}' || c == ']':
			if depth--; depth == 0 {
				return i
			}
		}
	}
	return -1
}

// memberIn returns the value of the member named name among the members
// `key: value` / `"key": "value"` in data[a:b] (one line, or the inside
// of a one-line object), other than the member that holds offset skip.
func (s *scanState) memberIn(a, b, skip int, name string) ([]byte, int, bool) {
	d := s.data
	i := a
	for i < b {
		for i < b && (d[i] == ' ' || d[i] == '\t' || d[i] == ',' || d[i] == '{' || d[i] == '(' || d[i] == '-') {
			i++
		}
		ks := i
		var q byte
		if i < b && (d[i] == '"' || d[i] == '\'') {
			q = d[i]
			i++
		}
		k0 := i
		for i < b && (identChar[d[i]] || d[i] == '-' || d[i] == '$') {
			i++
		}
		k1 := i
		if q != 0 {
			if i >= b || d[i] != q {
				return nil, 0, false
			}
			i++
		}
		for i < b && (d[i] == ' ' || d[i] == '\t') {
			i++
		}
		if k1 == k0 || i >= b || d[i] != ':' {
			return nil, 0, false
		}
		i++
		for i < b && (d[i] == ' ' || d[i] == '\t') {
			i++
		}
		vs, ve := i, i
		switch {
		case i < b && (d[i] == '"' || d[i] == '\''):
			vq := d[i]
			vs = i + 1
			for i = vs; i < b && d[i] != vq; i++ {
				if d[i] == '\\' {
					i++
				}
			}
			if i >= b {
				return nil, 0, false
			}
			ve = i
			i++
		case i < b && (d[i] == '{' || d[i] == '['):
			// A nested value: read past it to the next member (trufflehog's
			// one-line {"SourceMetadata": {…}, "DetectorName": …, "Raw": …}).
			e := matchingClose(d[:b], i)
			if e < 0 {
				return nil, 0, false
			}
			i = e + 1
			continue
		default:
			for i < b && d[i] != ',' && d[i] != '}' && d[i] != ')' {
				i++
			}
			ve = i
			if c := bytes.Index(d[vs:ve], []byte(" #")); c >= 0 {
				ve = vs + c // a YAML comment after a plain value
			}
			for ve > vs && (d[ve-1] == ' ' || d[ve-1] == '\t') {
				ve--
			}
		}
		if !(ks <= skip && skip <= ve) && normalizeKey(string(d[k0:k1])) == name {
			return d[vs:ve], vs, true
		}
	}
	return nil, 0, false
}

// pairName returns the name the pair holding the `value` member at pos
// gives it (`{"key": "X-Auth-Key", "value": …}` → "xauthkey"), or "".
func (s *scanState) pairName(pos int) string {
	for _, k := range pairNameKeys {
		if v, _, ok := s.sibling(pos, k); ok {
			return normalizeKey(string(v))
		}
	}
	return ""
}

// isPairName reports whether the text before a name, trimmed of quotes
// and blanks (lowercase), makes the name the `key`/`name` member of a
// pair: `"key": "X-Auth-Key"`, `- name: CF_API_KEY`.
func isPairName(bt []byte) bool {
	return hasAnySuffix(bt, "key:", `key":`, "name:", `name":`)
}

// pairKey is the name a pair whose name member says name gives the value
// at pos. Postman auth blocks name their parts generically: in
// "bearer": [{"key": "token", "value": …}] the value is a bearer token,
// and in "apikey": [{"key": "key", "value": "X-Auth-Key"}, {"key":
// "value", "value": …}] it is sent as the header the "key" item names.
func (s *scanState) pairKey(pos int, name string) string {
	switch name {
	case "token":
		if s.postmanAuth(pos, "bearer") {
			return "bearer"
		}
	case "value":
		if s.postmanAuth(pos, "apikey") {
			if h := s.postmanAPIKeyHeader(pos); h != "" {
				return h
			}
		}
	}
	return name
}

// postmanAuth reports whether pos lies in the list of a Postman auth
// type ("bearer", "apikey"): `"apikey": [` earlier on its line or on a
// parent line.
func (s *scanState) postmanAuth(pos int, typ string) bool {
	key := `"` + typ + `"`
	return bytes.Contains(s.lower[s.lineStart(pos):pos], []byte(key)) || s.parentHas(pos, key)
}

// postmanAPIKeyHeader returns the normalized header name of the Postman
// apikey auth list holding pos: the value of its {"key": "key"} item.
func (s *scanState) postmanAPIKeyHeader(pos int) string {
	lo := max(0, pos-ContextBytes)
	w := s.lower[lo:pos]
	i := bytes.LastIndex(w, []byte(`"apikey"`))
	if i < 0 {
		return ""
	}
	if h := s.apiKeyItem(lo+i, w[i:]); h != "" {
		return h
	}
	// Postman exports the value item first: the "key" item follows in
	// the same list.
	hi := min(len(s.lower), pos+ContextBytes)
	f := s.lower[pos:hi]
	if e := bytes.IndexByte(f, ']'); e >= 0 {
		f = f[:e]
	}
	return s.apiKeyItem(pos, f)
}

// apiKeyItem returns the header name of the `{"key": "key", "value": …}`
// item of a Postman apikey list in w (s.lower from base), or "".
func (s *scanState) apiKeyItem(base int, w []byte) string {
	for off := 0; ; {
		k := bytes.Index(w[off:], []byte(`"key"`))
		if k < 0 {
			return ""
		}
		at := off + k
		off = at + len(`"key"`)
		rest := bytes.TrimLeft(w[off:], " \t")
		if !bytes.HasPrefix(rest, []byte(":")) || !bytes.HasPrefix(bytes.TrimLeft(rest[1:], " \t"), []byte(`"key"`)) {
			continue
		}
		if v, _, ok := s.sibling(base+at+1, "value"); ok {
			return normalizeKey(string(v))
		}
	}
}

// pairDisabled reports a pair switched off in its export: Postman's
// "disabled": true (headers) and "enabled": false (environment values).
// Such a pair is not sent, but a credential in it is still committed.
func (s *scanState) pairDisabled(pos int) bool {
	if v, _, ok := s.sibling(pos, "disabled"); ok && string(v) == "true" {
		return true
	}
	v, _, ok := s.sibling(pos, "enabled")
	return ok && string(v) == "false"
}
