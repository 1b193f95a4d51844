package rules

import (
	"bytes"
	"path"
	"sort"
	"strings"
	"sync"
)

// Match is one rule hit in a scanned buffer. It holds byte offsets, never a copy
// of the matched bytes: callers that need the value slice it from their buffer
// and redact it (internal/finding).
type Match struct {
	Rule       *Rule
	Start, End int    // byte span of the flagged text in the buffer
	Message    string // human message; never contains the matched secret
	// Confidence is "high" when the match carries proof beyond its shape (a
	// valid checksum, a decoded structure), else "medium".
	Confidence string
}

// Secret reports whether the span is a credential value to be redacted.
func (m Match) Secret() bool { return m.Rule.Secret }

// Options give Scan the context a buffer does not carry itself.
type Options struct {
	// Path is the slash-separated path of the file the buffer comes from. Its
	// extension picks the comment syntax, and "cloudflare" in it counts as
	// Cloudflare context for legacy credential formats.
	Path string
	// ExtraHosts are further Cloudflare API hosts (lowercase), e.g. a
	// corporate API gateway, treated like api.cloudflare.com.
	ExtraHosts []string
}

// Window bounds. Every decision about a match looks at most ContextBytes
// before its start and after its end, and no match is longer than MaxMatchLen,
// so a caller that scans a large input in chunks finds exactly what a
// whole-input scan finds if consecutive chunks overlap by at least Overlap
// bytes and each match is kept only by the chunk that owns its start.
const (
	ContextBytes = 1024
	MaxMatchLen  = 2048
	Overlap      = 2*ContextBytes + 2*MaxMatchLen
)

// Scan runs every text rule over data with default options.
func Scan(data []byte) []Match { return Options{}.Scan(data) }

// Scan runs every text rule over data. Matches are sorted by start offset, then
// rule id, and are unique per (rule, start).
func (o Options) Scan(data []byte) []Match {
	if len(data) == 0 {
		return nil
	}
	s := scanState{data: data, opt: o, kind: fileKindOf(o.Path)}
	s.pathHasCloudflare = strings.Contains(strings.ToLower(o.Path), "cloudflare")
	lower := lowerPool.Get().(*[]byte)
	defer lowerPool.Put(lower)
	*lower = appendLower((*lower)[:0], data)
	s.lower = *lower
	regions := s.regions()
	for _, r := range regions {
		for _, d := range detectors {
			d(&s, r)
		}
	}
	return s.finish()
}

var lowerPool = sync.Pool{New: func() any { b := make([]byte, 0, 64<<10); return &b }}

// anchors are the literals (lowercase) whose presence makes a region worth
// running detectors on. Each detector's match lies within ContextBytes of one.
var anchors = []string{
	"cfut_", "cfat_", "cfk_", "cfast_", "cfoat_", "v1.0-", "eyjhijoi",
	"cloudflare", "x-auth-", "cf_", "cf-", "tunnel", "turnstile", "r2_",
}

type region struct{ start, end int }

type scanState struct {
	data, lower       []byte
	opt               Options
	kind              fileKind
	pathHasCloudflare bool
	matches           []Match
}

// regions finds anchor hits in the lowercased buffer and merges the windows
// of ±(ContextBytes+MaxMatchLen) around them.
func (s *scanState) regions() []region {
	const reach = ContextBytes + MaxMatchLen
	var hits []int
	find := func(a string) {
		needle := []byte(a)
		for off := 0; ; {
			i := bytes.Index(s.lower[off:], needle)
			if i < 0 {
				return
			}
			hits = append(hits, off+i)
			off += i + len(needle)
		}
	}
	for _, a := range anchors {
		find(a)
	}
	for _, h := range s.opt.ExtraHosts {
		find(strings.ToLower(h))
	}
	if len(hits) == 0 {
		return nil
	}
	sort.Ints(hits)
	var out []region
	for _, h := range hits {
		r := region{max(0, h-reach), min(len(s.data), h+reach)}
		if n := len(out); n > 0 && r.start <= out[n-1].end {
			out[n-1].end = max(out[n-1].end, r.end)
			continue
		}
		out = append(out, r)
	}
	return out
}

func (s *scanState) add(r *Rule, start, end int, conf, msg string) {
	if end-start > MaxMatchLen {
		return
	}
	s.matches = append(s.matches, Match{Rule: r, Start: start, End: end, Confidence: conf, Message: msg})
}

func (s *scanState) finish() []Match {
	m := s.matches
	sort.Slice(m, func(i, j int) bool {
		if m[i].Start != m[j].Start {
			return m[i].Start < m[j].Start
		}
		return m[i].Rule.ID < m[j].Rule.ID
	})
	out := m[:0]
	for i, x := range m {
		if i > 0 && x.Start == m[i-1].Start && x.Rule == m[i-1].Rule {
			continue
		}
		// One secret span is one finding: the first (lowest id) rule wins.
		if i > 0 && x.Rule.Secret && len(out) > 0 {
			p := out[len(out)-1]
			if p.Rule.Secret && p.Start == x.Start && p.End == x.End {
				continue
			}
		}
		out = append(out, x)
	}
	return out
}

func appendLower(dst, src []byte) []byte {
	n := len(dst)
	dst = append(dst, src...)
	b := dst[n:]
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return dst
}

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
		".conf", ".cfg", ".properties", ".mk", ".nix", ".cmake", ".tcl", ".ex", ".exs", ".cr", ".jl", ".coffee", ".ipynb":
		return kindHash
	case ".go", ".js", ".mjs", ".cjs", ".jsx", ".ts", ".tsx", ".java", ".kt", ".kts", ".scala", ".cs", ".c", ".h",
		".cc", ".cpp", ".hpp", ".rs", ".swift", ".dart", ".groovy", ".gradle", ".jsonc", ".json5", ".proto", ".zig", ".vue", ".svelte":
		return kindSlash
	case ".tf", ".hcl", ".tfvars", ".php":
		return kindBoth
	case ".ini":
		return kindINI
	case ".md", ".markdown", ".rst", ".txt", ".adoc", ".asciidoc", ".org":
		return kindProse
	case ".sql", ".lua", ".hs":
		return kindDash
	case ".http", ".rest":
		return kindHTTP
	}
	return kindUnknown
}
