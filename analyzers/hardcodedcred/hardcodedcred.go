package hardcodedcred

import (
	"go/ast"
	"go/token"
	"path"
	"reflect"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/cfauthlint/cfauthlint/analyzers/internal/index"
	"github.com/cfauthlint/cfauthlint/analyzers/internal/lint"
	"github.com/cfauthlint/cfauthlint/rules"
)

// Analyzer is the analyzer with default options.
var Analyzer = New(lint.Options{})

// Secret is a reported secret value, for drivers that need the matched bytes
// (cfauthlint scan hashes them to de-duplicate and baseline). It is the
// analyzer's result; the value never appears in a diagnostic.
type Secret struct {
	Pos, End   token.Pos
	Rule       string
	Value      []byte
	Confidence string // "high" or "medium", as the rule engine says
}

// New returns the analyzer with the given options.
func New(opt lint.Options) *analysis.Analyzer {
	o := &opt
	a := &analysis.Analyzer{
		Name:             "hardcodedcred",
		Doc:              "report hardcoded Cloudflare credentials (CF101–CF108) in Go string constants",
		URL:              rules.APIToken.HelpURI(),
		Requires:         []*analysis.Analyzer{index.Analyzer},
		RunDespiteErrors: true,
		ResultType:       reflect.TypeOf([]Secret(nil)),
		Run:              func(pass *analysis.Pass) (any, error) { return run(pass, o) },
	}
	a.Flags = o.Flags(a.Name)
	return a
}

// minSecretLen is the length of the shortest credential format; shorter
// constants are not scanned.
const minSecretLen = rules.TurnstileMinLen

// sinkUse is what the analyzer learned of a constant from where it flows:
// the rule engine's context for it, and the words that say how it is used.
type sinkUse struct {
	ctx rules.ValueContext
	via string
}

func run(pass *analysis.Pass, opt *lint.Options) (any, error) {
	opt, err := opt.ForPass(pass)
	if err != nil {
		return nil, err
	}
	ix := pass.ResultOf[index.Analyzer].(*index.Index)
	uses := sinkUses(pass, ix, opt)
	rep := lint.NewReporter(pass, opt)
	var out []Secret
	for _, c := range ix.Consts {
		if len(c.Value) < minSecretLen {
			continue
		}
		use, ok := uses[c]
		if !ok {
			use.ctx = rules.ValueContext{Name: c.Name}
			if n := envFallback(pass, ix, c); n != "" {
				use.ctx.Name = n
			}
		}
		use.ctx.SDKFile = importsSDK(c.File)
		filename := path.Join(pkgPath(pass), path.Base(pass.Fset.File(c.Expr.Pos()).Name()))
		for _, m := range (rules.Options{Path: filename, ExtraHosts: opt.ExtraHosts}).ScanValue([]byte(c.Value), use.ctx) {
			start, end := m.Start, m.End
			sp, ok := lint.SpanOf(ix, c, start, end)
			if !ok {
				continue
			}
			msg := m.Message
			if use.via != "" {
				msg += " (" + use.via + ")"
			}
			if rep.ReportSecret(m.Rule, sp.Pos, sp.End, []byte(c.Value[start:end]), msg) {
				out = append(out, Secret{Pos: sp.Pos, End: sp.End, Rule: m.Rule.ID, Value: []byte(c.Value[start:end]), Confidence: m.Confidence})
			}
		}
	}
	return out, nil
}

// envFallback returns the Cloudflare-named environment variable that c's
// variable is also read from, which c is the fallback of:
//
//	token := os.Getenv("CF_API_TOKEN")
//	if token == "" {
//		token = "…"
//	}
//
// "" if there is none.
func envFallback(pass *analysis.Pass, ix *index.Index, c *index.Const) string {
	if c.Var == nil {
		return ""
	}
	for _, e := range ix.Bindings[c.Var] {
		call, ok := ast.Unparen(e).(*ast.CallExpr)
		if !ok || len(call.Args) != 1 {
			continue
		}
		if f, ok := lint.Callee(pass, c.File, call); !ok || f.Pkg != "os" || f.Name != "Getenv" {
			continue
		}
		if n, ok := ix.StringValue(call.Args[0]); ok && rules.NamesCloudflare(n) {
			return n
		}
	}
	return ""
}

func pkgPath(pass *analysis.Pass) string {
	if pass.Pkg != nil {
		return pass.Pkg.Path()
	}
	return ""
}

// importsSDK reports whether the file imports a Cloudflare SDK package.
func importsSDK(f *ast.File) bool {
	for _, imp := range f.Imports {
		if rules.IsGoSDK(strings.Trim(imp.Path.Value, "\"`")) {
			return true
		}
	}
	return false
}

// The auth headers whose value is the key they name.
var globalKeyHeader, serviceKeyHeader = authHeader(rules.GlobalKeyAuth), authHeader(rules.UserServiceKeyAuth)

func authHeader(r *rules.Rule) string {
	for _, h := range rules.AuthHeaders {
		if h.Rule == r {
			return h.Name
		}
	}
	panic("hardcodedcred: no auth header for " + r.ID)
}

// sinkUses finds the constants that flow into a Cloudflare auth sink and
// gives each the context of that sink.
func sinkUses(pass *analysis.Pass, ix *index.Index, opt *lint.Options) map[*index.Const]sinkUse {
	out := map[*index.Const]sinkUse{}
	if !lint.ImportsAny(pass, func(p string) bool { return rules.IsGoSDK(p) || p == "net/http" }) {
		return out
	}
	mark := func(e ast.Expr, use sinkUse) {
		ix.Reach(e, func(x ast.Expr) bool {
			if c := ix.ConstAt(x); c != nil {
				if _, done := out[c]; !done {
					u := use
					u.ctx.Name = c.Name
					out[c] = u
				}
			}
			return true
		}, false)
	}
	for _, c := range ix.Calls {
		f, ok := lint.Callee(pass, c.File, c.Node)
		if !ok {
			continue
		}
		sc, ok := lint.SDK(f)
		if !ok {
			continue
		}
		for i, arg := range c.Node.Args {
			switch sink := sc.SinkOf(i); sink {
			case rules.SinkToken, rules.SinkKey, rules.SinkServiceKey:
				mark(arg, sinkUse{rules.ValueContext{Sink: sink}, "passed to " + lint.SDKName(f)})
			}
		}
	}
	lint.HeaderSets(pass, ix, func(file *ast.File, hs lint.HeaderSet) {
		header := func(name, via string) {
			mark(hs.Value, sinkUse{rules.ValueContext{Sink: rules.SinkHeaderValue, Header: name}, via})
		}
		switch lint.EqualFoldAny(hs.Name, globalKeyHeader, serviceKeyHeader, rules.AuthorizationHeader, rules.AccessSecretHeader) {
		case 0:
			header(globalKeyHeader, "sent as "+globalKeyHeader)
		case 1:
			header(serviceKeyHeader, "sent as "+serviceKeyHeader)
		case 2:
			if opt.CallsAPI(ix, hs.NameExpr.Pos()) {
				header(rules.AuthorizationHeader, "sent as a Bearer token to the Cloudflare API")
			}
		case 3:
			header(rules.AccessSecretHeader, "sent as "+rules.AccessSecretHeader)
		}
	})
	return out
}
