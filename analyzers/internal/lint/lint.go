// Package lint holds what cfauthlint's analyzers share: their options, how a
// call is resolved to a Cloudflare SDK or net/http function (by
// types.Object, with an import-path fallback for packages that do not
// type-check), cfauthlint:ignore directives, and mapping a span of a
// constant's value back to source.
package lint

import (
	"flag"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/cfauthlint/cfauthlint/analyzers/internal/index"
	"github.com/cfauthlint/cfauthlint/internal/finding"
	"github.com/cfauthlint/cfauthlint/rules"
)

// Options configure an analyzer. The zero value is the default that
// `go vet` uses; the vet flags -<analyzer>.hosts and -<analyzer>.directives
// set them too.
type Options struct {
	// ExtraHosts are further Cloudflare API hosts (e.g. a corporate gateway).
	ExtraHosts []string
	// NoDirectives turns off cfauthlint:ignore handling in the analyzer, for
	// drivers that apply suppressions themselves (cfauthlint scan) and
	// report stale ones, and the analyzer's reading of the config
	// and .cfauthlint.yaml files: they do it themselves.
	NoDirectives bool
	// Disable lists rule ids never reported (the golangci-lint plugin's
	// disable setting).
	Disable []string
}

// Flags returns a FlagSet bound to o.
func (o *Options) Flags(name string) flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ExitOnError)
	fs.Func("hosts", "comma-separated extra Cloudflare API hosts (e.g. an API gateway)", func(s string) error {
		o.ExtraHosts = nil
		for _, h := range strings.Split(s, ",") {
			if h = strings.ToLower(strings.TrimSpace(h)); h != "" {
				o.ExtraHosts = append(o.ExtraHosts, h)
			}
		}
		return nil
	})
	fs.BoolFunc("nodirectives", "ignore cfauthlint:ignore comments", func(s string) error {
		o.NoDirectives = s == "true"
		return nil
	})
	return *fs
}

// IsAPIHost reports whether host (without port) is a Cloudflare API host.
func (o *Options) IsAPIHost(host string) bool {
	return rules.IsAPIHost(strings.TrimSuffix(strings.ToLower(host), "."), o.ExtraHosts)
}

// MentionsAPIHost reports whether s contains a Cloudflare API host.
func (o *Options) MentionsAPIHost(s string) bool {
	l := strings.ToLower(s)
	for _, h := range rules.APIHosts {
		if strings.Contains(l, h) {
			return true
		}
	}
	for _, h := range o.ExtraHosts {
		if strings.Contains(l, h) {
			return true
		}
	}
	return false
}

// Func names a called function: its package path, receiver type name
// ("" for functions) and name.
type Func struct {
	Pkg, Recv, Name string
	Obj             *types.Func // nil when resolved from syntax only
}

// Callee resolves the function a call calls, by types.Object. In a package
// that did not type-check it falls back to the import path of a qualified
// identifier (`cloudflare.New(…)` with cloudflare-go imported).
func Callee(pass *analysis.Pass, file *ast.File, call *ast.CallExpr) (Func, bool) {
	if fn, ok := typeutil.Callee(pass.TypesInfo, call).(*types.Func); ok {
		f := Func{Name: fn.Name(), Obj: fn}
		if fn.Pkg() != nil {
			f.Pkg = fn.Pkg().Path()
		}
		if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil {
			t := sig.Recv().Type()
			if p, ok := t.(*types.Pointer); ok {
				t = p.Elem()
			}
			if n, ok := t.(*types.Named); ok {
				f.Recv = n.Obj().Name()
			}
		}
		return f, true
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return Func{}, false
	}
	id, ok := sel.X.(*ast.Ident)
	if !ok {
		return Func{}, false
	}
	if pn, ok := pass.TypesInfo.Uses[id].(*types.PkgName); ok {
		return Func{Pkg: pn.Imported().Path(), Name: sel.Sel.Name}, true
	}
	if pass.TypesInfo.Uses[id] != nil || pass.TypesInfo.Defs[id] != nil {
		return Func{}, false // a variable, not a package
	}
	if path := ImportPath(file, id.Name); path != "" {
		return Func{Pkg: path, Name: sel.Sel.Name}, true
	}
	return Func{}, false
}

// ImportPath returns the path the file imports under name, or "".
func ImportPath(file *ast.File, name string) string {
	if file == nil {
		return ""
	}
	for _, imp := range file.Imports {
		path := strings.Trim(imp.Path.Value, "\"`")
		local := ""
		if imp.Name != nil {
			local = imp.Name.Name
		} else {
			local = DefaultName(path)
		}
		if local == name {
			return path
		}
	}
	return ""
}

// DefaultName guesses a package's name from its import path.
func DefaultName(path string) string {
	if path == rules.GoV0Path {
		return "cloudflare"
	}
	parts := strings.Split(path, "/")
	last := parts[len(parts)-1]
	if len(parts) > 1 && len(last) > 1 && last[0] == 'v' && strings.Trim(last[1:], "0123456789") == "" {
		last = parts[len(parts)-2]
	}
	if last == "cloudflare-go" {
		return "cloudflare"
	}
	// As goimports assumes: gopkg.in/yaml.v3 is yaml, go-github is github.
	last = strings.TrimPrefix(last, "go-")
	for i, r := range last {
		if !(r == '_' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || i > 0 && '0' <= r && r <= '9') {
			return last[:i]
		}
	}
	return last
}

// FileOf returns the file of the package holding pos.
func FileOf(pass *analysis.Pass, pos token.Pos) *ast.File {
	for _, f := range pass.Files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return f
		}
	}
	return nil
}

// ImportsAny reports whether the package imports, directly or through its
// dependencies, a package for which match is true. It is the fast path:
// an analyzer that looks for SDK or net/http calls skips packages that
// cannot reach them.
func ImportsAny(pass *analysis.Pass, match func(path string) bool) bool {
	seen := map[*types.Package]bool{}
	var visit func(p *types.Package) bool
	visit = func(p *types.Package) bool {
		if p == nil || seen[p] {
			return false
		}
		seen[p] = true
		if match(p.Path()) || !p.Complete() {
			return true // or unknown: a package loaded without its source (a lenient driver's fake) may import anything
		}
		for _, q := range p.Imports() {
			if visit(q) {
				return true
			}
		}
		return false
	}
	if pass.Pkg != nil && !pass.Pkg.Complete() {
		return true // a package that did not type-check: do not trust its imports
	}
	if visit(pass.Pkg) {
		return true
	}
	// Syntax fallback: a package whose imports failed to resolve.
	for _, f := range pass.Files {
		for _, imp := range f.Imports {
			if match(strings.Trim(imp.Path.Value, "\"`")) {
				return true
			}
		}
	}
	return false
}

// Reporter reports diagnostics for rules, honouring cfauthlint:ignore
// comments unless the options turn that off. Each (rule, position) is
// reported once.
type Reporter struct {
	pass *analysis.Pass
	opt  *Options
	ign  map[string]map[int][]string // file → line → rule ids
	done map[key]bool
}

type key struct {
	rule *rules.Rule
	pos  token.Pos
}

// NewReporter returns a Reporter for pass.
func NewReporter(pass *analysis.Pass, opt *Options) *Reporter {
	return &Reporter{pass: pass, opt: opt, done: map[key]bool{}}
}

// Report reports a diagnostic of rule over [pos, end), with the rule id as
// its Category (Labelled shows it in the message for go vet).
func (r *Reporter) Report(rule *rules.Rule, pos, end token.Pos, msg string, fixes ...analysis.SuggestedFix) bool {
	return r.report(rule, pos, end, nil, msg, fixes)
}

// ReportSecret is Report for a secret whose matched value the config's
// allow.values may accept.
func (r *Reporter) ReportSecret(rule *rules.Rule, pos, end token.Pos, value []byte, msg string) bool {
	return r.report(rule, pos, end, value, msg, nil)
}

func (r *Reporter) report(rule *rules.Rule, pos, end token.Pos, value []byte, msg string, fixes []analysis.SuggestedFix) bool {
	k := key{rule, pos}
	if r.done[k] || r.ignored(rule.ID, pos) || r.opt.configDrops(rule.ID, r.pass.Fset.Position(pos).Filename, value) {
		return false
	}
	r.done[k] = true
	r.pass.Report(analysis.Diagnostic{
		Pos: pos, End: end, Category: rule.ID, URL: rule.HelpURI(),
		Message: msg, SuggestedFixes: fixes,
	})
	return true
}

// ignored reports whether a valid cfauthlint:ignore directive for id covers
// pos's line: one on that line, or one alone on the line above.
func (r *Reporter) ignored(id string, pos token.Pos) bool {
	if r.opt.NoDirectives {
		return false
	}
	if r.ign == nil {
		r.ign = directives(r.pass)
	}
	p := r.pass.Fset.Position(pos)
	for _, rid := range r.ign[p.Filename][p.Line] {
		if rid == id {
			return true
		}
	}
	return false
}

// codeBefore reports whether source text precedes the comment starting at
// pos on its line (a trailing comment), as the file's bytes show.
func codeBefore(pass *analysis.Pass, pos token.Pos, src map[string][]byte) bool {
	tf := pass.Fset.File(pos)
	if tf == nil {
		return false
	}
	data, ok := src[tf.Name()]
	if !ok {
		data, _ = pass.ReadFile(tf.Name())
		src[tf.Name()] = data
	}
	start, off := tf.Offset(tf.LineStart(tf.Line(pos))), tf.Offset(pos)
	if data == nil || off > len(data) {
		return false
	}
	return strings.TrimSpace(string(data[start:off])) != ""
}

// directives maps file → line → the rule ids whose findings on that line a
// directive suppresses (see finding.Directive.Covers).
func directives(pass *analysis.Pass) map[string]map[int][]string {
	out := map[string]map[int][]string{}
	src := map[string][]byte{}
	for _, f := range pass.Files {
		for _, cg := range f.Comments {
			for _, c := range cg.List {
				for off := 0; ; {
					i := strings.Index(c.Text[off:], finding.DirectiveMarker)
					if i < 0 {
						break
					}
					at := off + i
					off = at + len(finding.DirectiveMarker)
					lineStart := strings.LastIndexByte(c.Text[:at], '\n') + 1
					lineEnd := strings.IndexByte(c.Text[at:], '\n')
					if lineEnd < 0 {
						lineEnd = len(c.Text) - at
					}
					line := c.Text[lineStart : at+lineEnd]
					prefix := line[:at-lineStart]
					if lineStart > 0 && strings.TrimSpace(prefix) == "" {
						prefix = "*" // inside a /* */ block on a later line
					}
					d, ok := finding.ParseDirective([]byte(prefix+line[at-lineStart:]), len(prefix))
					if !ok || len(d.Rules) == 0 || d.Reason == "" || d.Problem != "" {
						continue
					}
					p := pass.Fset.Position(c.Pos() + token.Pos(at))
					if out[p.Filename] == nil {
						out[p.Filename] = map[int][]string{}
					}
					out[p.Filename][p.Line] = append(out[p.Filename][p.Line], d.Rules...)
					if lineStart > 0 || !codeBefore(pass, c.Pos(), src) {
						out[p.Filename][p.Line+1] = append(out[p.Filename][p.Line+1], d.Rules...)
					}
				}
			}
		}
	}
	return out
}

// CallsAPI reports whether the function holding pos mentions a Cloudflare
// API URL in a string constant (a literal or a named constant).
func (o *Options) CallsAPI(ix *index.Index, pos token.Pos) bool {
	body := ix.Enclosing(pos)
	if body == nil {
		return false
	}
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if found {
			return false
		}
		if e, ok := n.(ast.Expr); ok {
			if s, ok := ix.StringValue(e); ok {
				found = o.MentionsAPIHost(s)
				return false
			}
		}
		return true
	})
	return found
}
