package rules

import (
	"bytes"
	"path"
	"strings"
	"unicode"
	"unicode/utf8"
)

// fileKind selects comment syntax and prose handling.
type fileKind int

const (
	kindUnknown fileKind = iota
	kindHash             // #-comments: shell, Python, YAML, TOML, Ruby, Terraform, .env …
	kindSlash            // //-comments: Go, JS/TS, Java, C#, Rust …
	kindBoth             // both # and // (Terraform/HCL, PHP)
	kindINI              // ; and #
	kindProse            // Markdown, reStructuredText, plain text, changelogs
	kindDash             // -- comments: SQL, Lua
	kindHTTP             // .http / .rest request files (# and //)
)

// IsProse reports whether path names a prose file (Markdown, reStructuredText,
// plain text, changelogs), where text quoting code is documentation.
func IsProse(path string) bool { return fileKindOf(path) == kindProse }

func fileKindOf(p string) fileKind {
	base := strings.ToLower(path.Base(p))
	switch base {
	case "dockerfile", "makefile", "containerfile", "procfile", "gemfile", "rakefile", "vagrantfile", ".env", ".envrc", ".netrc", ".npmrc":
		return kindHash
	case "jenkinsfile":
		return kindSlash
	}
	if strings.HasPrefix(base, "changelog") || strings.HasPrefix(base, "changes") || strings.HasPrefix(base, "news") || strings.HasPrefix(base, "history") {
		if ext := path.Ext(base); ext == "" || ext == ".md" || ext == ".txt" || ext == ".rst" {
			return kindProse
		}
	}
	if strings.HasPrefix(base, ".env.") || strings.HasSuffix(base, ".env") || strings.HasPrefix(base, "dockerfile.") {
		return kindHash
	}
	switch path.Ext(base) {
	case ".sh", ".bash", ".zsh", ".fish", ".py", ".rb", ".yaml", ".yml", ".toml", ".pl", ".r", ".ps1", ".psm1",
		".conf", ".cfg", ".properties", ".mk", ".nix", ".cmake", ".tcl", ".ex", ".exs", ".cr", ".jl", ".coffee", ".ipynb", ".feature":
		return kindHash
	case ".go", ".js", ".mjs", ".cjs", ".jsx", ".ts", ".tsx", ".java", ".kt", ".kts", ".scala", ".cs", ".c", ".h",
		".cc", ".cpp", ".hpp", ".rs", ".swift", ".dart", ".groovy", ".gradle", ".jsonc", ".json5", ".proto", ".zig", ".vue", ".svelte":
		return kindSlash
	case ".tf", ".hcl", ".tfvars", ".php":
		return kindBoth
	case ".ini":
		return kindINI
	case ".md", ".mdx", ".markdown", ".rst", ".txt", ".adoc", ".asciidoc", ".org":
		return kindProse
	case ".sql", ".lua", ".hs":
		return kindDash
	case ".http", ".rest":
		return kindHTTP
	}
	return kindUnknown
}

// commentStart returns the offset within line where a comment starts, or -1.
// It tracks quotes so that `"http://…"` or `"#fff"` are not comments.
func commentStart(line []byte, kind fileKind) int {
	hash := kind == kindHash || kind == kindBoth || kind == kindINI || kind == kindHTTP || kind == kindUnknown
	slash := kind == kindSlash || kind == kindBoth || kind == kindHTTP || kind == kindUnknown
	t := bytes.TrimLeft(line, " \t")
	lead := len(line) - len(t)
	switch {
	case slash && (bytes.HasPrefix(t, []byte("/*")) || bytes.HasPrefix(t, []byte("* ")) || bytes.Equal(t, []byte("*"))):
		return lead
	case kind == kindINI && bytes.HasPrefix(t, []byte(";")):
		return lead
	case kind == kindDash && bytes.HasPrefix(t, []byte("--")):
		return lead
	case bytes.HasPrefix(t, []byte("<!--")):
		return lead
	case kind == kindUnknown && (bytes.HasPrefix(t, []byte("REM ")) || bytes.HasPrefix(t, []byte("rem ")) || bytes.HasPrefix(t, []byte("::"))):
		return lead
	case hash && bytes.HasPrefix(t, []byte("# MAGIC ")):
		// A Databricks notebook export's cell line (`# MAGIC %sh`, `# MAGIC curl …`):
		// its text is the cell's, with comments of its own.
		if c := commentStart(t[len("# MAGIC "):], kind); c >= 0 {
			return lead + len("# MAGIC ") + c
		}
		return -1
	}
	var quote byte
	for i := 0; i < len(line); i++ {
		c := line[i]
		if quote != 0 {
			if c == '\\' {
				i++
			} else if c == quote {
				quote = 0
			}
			continue
		}
		switch {
		case c == '"' || c == '\'' || c == '`':
			// A lone apostrophe in prose-like comment text is common; only
			// treat it as a quote when it is closed on this line.
			if bytes.IndexByte(line[i+1:], c) >= 0 {
				quote = c
			}
		case hash && c == '#' && (i == 0 || line[i-1] == ' ' || line[i-1] == '\t'):
			return i
		case slash && c == '/' && i+1 < len(line) && line[i+1] == '/' && (i == 0 || line[i-1] == ' ' || line[i-1] == '\t' || line[i-1] == ';'):
			return i
		}
	}
	return -1
}

// inComment reports whether pos lies in a comment on its line. Where the
// comment starts is worked out once per line window (the anchors of a
// line ask one after the other).
func (s *scanState) inComment(pos int) bool {
	kind := s.kind
	if kind == kindProse {
		// Prose has no comments; a fenced code block has its language's.
		p, in := s.fenceAt(pos)
		if !in {
			return false
		}
		if kind = fileKindOf(p); kind == kindProse {
			return false
		}
	}
	if s.psBlockComment(pos) {
		return true
	}
	ls := s.lineStart(pos)
	le := s.lineEnd(pos)
	if m := &s.comment; !m.ok || m.ls != ls || m.le != le {
		m.ls, m.le, m.at, m.ok = ls, le, commentStart(s.data[ls:le], kind), true
	}
	c := s.comment.at
	return c >= 0 && ls+c <= pos
}

// psBlockComment reports whether pos lies in a PowerShell block comment
// (`<# … #>`, a script's comment-based help), opened within classBytes
// before it.
func (s *scanState) psBlockComment(pos int) bool {
	switch strings.ToLower(path.Ext(s.opt.Path)) {
	case ".ps1", ".psm1", ".psd1":
	default:
		return false
	}
	w := s.data[max(0, pos-classBytes):pos]
	o := bytes.LastIndex(w, []byte("<#"))
	return o >= 0 && !bytes.Contains(w[o:], []byte("#>"))
}

// proseLine reports whether pos is on a prose line of a prose file (Markdown,
// text, changelog) rather than on a line that looks like code or a command.
// Inline code spans in a sentence are mentions: "do not use `curl -k`".
func (s *scanState) proseLine(pos int) bool {
	if s.kind != kindProse {
		return false
	}
	ls, le := s.lineStart(pos), s.lineEnd(pos)
	if m := &s.prose; m.ok && m.ls == ls && m.le == le {
		return m.isProse
	}
	// A fenced code block is code of its language (```yaml, ```sh), not
	// prose; ```text and ```markdown stay prose.
	var isProse bool
	if p, in := s.fenceAt(pos); in && fileKindOf(p) != kindProse {
		isProse = false
	} else {
		isProse = s.proseText(ls, le)
	}
	s.prose.ls, s.prose.le, s.prose.isProse, s.prose.ok = ls, le, isProse, true
	return isProse
}

// proseText is proseLine for the line data[ls:le].
func (s *scanState) proseText(ls, le int) bool {
	line := s.data[ls:le]
	if bytes.HasPrefix(line, []byte("    ")) || bytes.HasPrefix(line, []byte("\t")) {
		return false
	}
	l := bytes.TrimSpace(s.lower[ls:le])
	// A `history` listing's event number (`  989  curl …`) comes before its command.
	if n := len(l) - len(bytes.TrimLeft(l, "0123456789")); n > 0 && n < len(l) && (l[n] == ' ' || l[n] == '\t') {
		l = bytes.TrimLeft(l[n:], " \t")
	}
	for _, cmd := range []string{"$ ", "curl ", "wget ", "http ", "https ", "export ", "set ", "docker ", "npx ", "wrangler ", "cloudflared ", "-h ", "--", "x-auth-", "authorization:",
		"> x-auth-", "> authorization:"} { // (request headers in curl -v output)
		if bytes.HasPrefix(l, []byte(cmd)) {
			return false
		}
	}
	// A `key: value` line with one value token (YAML pasted into a ticket or
	// `helm get values` output saved as .txt) is data, not a sentence.
	// (Not in Markdown and other markup, where a bare `NAME: value` line
	// outside a code block is how prose mentions a setting.)
	if k := bytes.IndexByte(l, ':'); k > 0 && identChar.all(l[:k]) && !markupPath(s.opt.Path) {
		if v := bytes.TrimSpace(l[k+1:]); len(v) > 0 && bytes.IndexAny(v, " \t") < 0 {
			return false
		}
	}
	if proseWords(line, 3) {
		return true
	}
	// Code-like text outside inline code spans makes the line code. The
	// lowered copy is ASCII-lowercased; no needle below has a letter that a
	// non-ASCII letter lowercases to.
	outside := outsideCode(s.lower[ls:le])
	for _, w := range []string{"curl ", "wget ", "http ", "-h ", "--header", "fetch(", "requests.", "headers", "=", "{", "\"", "$ "} {
		if bytes.Contains(outside, []byte(w)) {
			return false
		}
	}
	return true
}

// markupPath reports a markup document (Markdown, reST, AsciiDoc, Org,
// HTML), as opposed to plain text and logs.
func markupPath(p string) bool {
	switch strings.ToLower(path.Ext(p)) {
	case ".md", ".mdx", ".markdown", ".rst", ".adoc", ".asciidoc", ".org", ".html", ".htm", ".qmd", ".rmd":
		return true
	}
	return false
}

// outsideCode returns line without its `inline code` spans.
func outsideCode(line []byte) []byte {
	if bytes.IndexByte(line, '`') < 0 {
		return line
	}
	var out []byte
	in := false
	for _, c := range line {
		if c == '`' {
			in = !in
			continue
		}
		if !in {
			out = append(out, c)
		}
	}
	return out
}

// proseWords reports whether a line has at least min words outside inline
// code spans and before a trailing `# comment`: space-separated runs of
// letters, optionally ending in punctuation. It stops at the min-th word and
// allocates nothing: it runs for every anchor on a line, and a long line
// dense with anchors made a per-call split of the whole line quadratic.
func proseWords(line []byte, min int) bool {
	n := 0
	inCode := false
	for i := 0; i < len(line); {
		for i < len(line) {
			w := spaceAt(line, i)
			if w == 0 {
				break
			}
			i += w
		}
		start := i
		if start > 0 && start < len(line) && line[start] == '#' && line[start-1] == ' ' {
			break // a " #" comment: the words end here
		}
		ticks := 0
		for i < len(line) {
			if c := line[i]; c < utf8.RuneSelf {
				if asciiSpace[c] {
					break
				}
				if c == '`' {
					ticks++
				}
			} else if spaceAt(line, i) != 0 {
				break
			}
			i++
		}
		f := line[start:i]
		if len(f) == 0 {
			break
		}
		word := !inCode && ticks == 0
		if ticks%2 == 1 {
			inCode = !inCode
		}
		if !word {
			continue
		}
		for len(f) > 0 && wordTrimRight[f[len(f)-1]] {
			f = f[:len(f)-1]
		}
		for len(f) > 0 && wordTrimLeft[f[0]] {
			f = f[1:]
		}
		if len(f) < 2 {
			continue
		}
		letters := true
		for _, c := range f {
			if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
				letters = false
				break
			}
		}
		if letters {
			if n++; n >= min {
				return true
			}
		}
	}
	return false
}

// spaceAt returns the length of the white space rune at line[i] (as
// bytes.Fields sees white space), or 0.
func spaceAt(line []byte, i int) int {
	c := line[i]
	if c < utf8.RuneSelf {
		if asciiSpace[c] {
			return 1
		}
		return 0
	}
	r, w := utf8.DecodeRune(line[i:])
	if unicode.IsSpace(r) {
		return w
	}
	return 0
}

// wordTrimRight and wordTrimLeft are the punctuation a prose word may end
// and start with.
var wordTrimRight, wordTrimLeft = classOf(".,;:!?)"), classOf("(*_")

var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// fenceAt reports whether pos lies in a fenced code block (``` or ~~~) of
// a prose file, and the pseudo path of the block's language ("x.yaml",
// "x.sh"; "x" when it names none), from the fence lines within
// ContextBytes before pos's line. Where those lines do not tell (the
// window starts inside a block whose fences name no language), pos is
// taken to be outside: prose is the cautious reading.
func (s *scanState) fenceAt(pos int) (string, bool) {
	if s.kind != kindProse {
		return "", false
	}
	ls, le := s.lineStart(pos), s.lineEnd(pos)
	if m := &s.fence; m.ok && m.ls == ls && m.le == le {
		return m.path, m.in
	}
	lo := max(0, ls-ContextBytes)
	known := lo == 0 && s.opt.Offset == 0 // at the file's start the text is outside any block
	if lo > 0 {
		if i := bytes.IndexByte(s.data[lo:ls], '\n'); i >= 0 {
			lo += i + 1 // the first whole line
		} else {
			lo = ls
		}
	}
	in, path := false, ""
	var open byte
	var openLen int
	for a := lo; a < ls; {
		b := a + bytes.IndexByte(s.data[a:ls], '\n')
		if b < a {
			b = ls
		}
		c, n, info, ok := fenceLine(s.data[a:b])
		a = b + 1
		if !ok {
			continue
		}
		switch {
		case in:
			if c == open && n >= openLen && len(info) == 0 {
				in, path = false, ""
			}
		case len(info) > 0:
			in, known, path, open, openLen = true, true, fencePath(info), c, n
		case known:
			in, path, open, openLen = true, "x", c, n
		}
	}
	s.fence.ls, s.fence.le, s.fence.path, s.fence.in, s.fence.ok = ls, le, path, in, true
	return path, in
}

// fenceLine parses a Markdown code fence line: up to three blanks, three
// or more ` or ~, and an info string (the language first).
func fenceLine(line []byte) (c byte, n int, info []byte, ok bool) {
	i := 0
	for i < len(line) && i < 3 && line[i] == ' ' {
		i++
	}
	if t := bytes.TrimRight(line[i:], " \t\r"); bytes.HasPrefix(t, []byte("{code")) || bytes.Equal(t, []byte("{noformat}")) {
		// Jira and Confluence wiki markup: `{code:yaml}` … `{code}`,
		// `{noformat}` … `{noformat}` (a ticket's text embedded in an export).
		if t[1] == 'n' {
			return '{', 3, nil, true
		}
		if t[len(t)-1] != '}' || (len(t) > len("{code}") && t[len("{code")] != ':' && t[len("{code")] != '}') {
			return 0, 0, nil, false
		}
		info = t[len("{code") : len(t)-1]
		if i := bytes.IndexByte(info, '|'); i >= 0 {
			info = info[:i] // `{code:bash|title=…}`
		}
		return '{', 3, bytes.TrimPrefix(info, []byte(":")), true
	}
	if i >= len(line) || (line[i] != '`' && line[i] != '~') {
		return 0, 0, nil, false
	}
	c = line[i]
	j := i
	for j < len(line) && line[j] == c {
		j++
	}
	if n = j - i; n < 3 {
		return 0, 0, nil, false
	}
	info = bytes.TrimSpace(line[j:])
	if c == '`' && bytes.IndexByte(info, '`') >= 0 {
		return 0, 0, nil, false // inline code, not a fence
	}
	return c, n, info, true
}

// fenceLanguages are info-string languages whose file extension is not
// the language's name.
var fenceLanguages = map[string]string{
	"bash": ".sh", "shell": ".sh", "zsh": ".sh", "console": ".sh", "shell-session": ".sh", "sh-session": ".sh", "shellsession": ".sh",
	"yml": ".yaml", "python": ".py", "python3": ".py", "javascript": ".js", "typescript": ".ts", "golang": ".go", "ruby": ".rb",
	"rust": ".rs", "csharp": ".cs", "c#": ".cs", "c++": ".cpp", "kotlin": ".kt", "powershell": ".ps1", "pwsh": ".ps1", "ps": ".ps1",
	"terraform": ".tf", "dotenv": ".env", "env": ".env", "docker": "Dockerfile", "dockerfile": "Dockerfile",
	"makefile": "Makefile", "make": "Makefile", "nginx": ".conf", "text": ".txt", "plaintext": ".txt", "plain": ".txt",
	"markdown": ".md",
}

// fencePath is the pseudo path of a fence's info string: "```yaml
// title=compose.yml" → "x.yaml".
func fencePath(info []byte) string {
	lang := info
	if i := bytes.IndexAny(lang, " \t{,"); i >= 0 {
		lang = lang[:i]
	}
	l := strings.ToLower(strings.TrimPrefix(string(lang), "."))
	if ext, ok := fenceLanguages[l]; ok {
		if !strings.HasPrefix(ext, ".") {
			return ext
		}
		return "x" + ext
	}
	if l == "" {
		return "x"
	}
	return "x." + l
}

// fencePathAt is fenceAt's pseudo path, "" outside a fenced code block.
func (s *scanState) fencePathAt(pos int) string {
	p, _ := s.fenceAt(pos)
	return p
}

// proseKeys hold text for people in YAML (a semgrep or lint rule's
// message, a chart value's description).
var proseKeys = map[string]bool{"message": true, "description": true, "summary": true, "help": true, "msg": true, "title": true,
	"text": true, "note": true, "notes": true, "details": true, "detail": true, "fix": true, "remediation": true, "rationale": true,
	"explanation": true, "comment": true, "prompt": true, "question": true, "explain": true, "hint": true, "feedback": true} // (and a quiz's)

// proseScalar reports whether pos is on a sentence of a YAML block scalar
// under a prose key (`message: >-` then "… Remove verify=False; …"): a
// mention, not a setting.
func (s *scanState) proseScalar(pos int) bool {
	if !yamlPath(s.opt.Path) {
		return false
	}
	ls := s.lineStart(pos)
	if !proseWords(s.data[ls:s.lineEnd(pos)], 3) {
		return false
	}
	ind := indentOf(s.lower[ls:s.lineEnd(pos)])
	for i := 0; i < 200 && ls > 0; i++ {
		ls = s.lineStart(ls - 1)
		line := s.lower[ls:s.lineEnd(ls)]
		if len(bytes.TrimSpace(line)) == 0 || indentOf(line) >= ind {
			continue
		}
		t := bytes.TrimLeft(bytes.TrimSpace(line), "- ")
		k := bytes.IndexByte(t, ':')
		if k <= 0 || !proseKeys[string(t[:k])] {
			return false
		}
		v := bytes.TrimRight(bytes.TrimSpace(t[k+1:]), "-+0123456789")
		return len(v) == 1 && (v[0] == '>' || v[0] == '|')
	}
	return false
}
