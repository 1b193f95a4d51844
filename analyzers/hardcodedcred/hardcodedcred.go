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

// minSecretLen is the length of the shortest credential format (a Turnstile
// secret); shorter constants are not scanned.
const minSecretLen = 23

// context is text placed around a constant's value so that the rule engine
// sees what Go knows about it.
type context struct {
	prefix, suffix, via string
}

func run(pass *analysis.Pass, opt *lint.Options) (any, error) {
	opt, err := opt.ForPass(pass)
	if err != nil {
		return nil, err
	}
	ix := pass.ResultOf[index.Analyzer].(*index.Index)
	contexts := sinkContexts(pass, ix, opt)
	rep := lint.NewReporter(pass, opt)
	var out []Secret
	for _, c := range ix.Consts {
		if len(c.Value) < minSecretLen {
			continue
		}
		ctx, ok := contexts[c]
		if !ok {
			ctx = nameContext(c.Name, importsSDK(c.File))
		}
		text := ctx.prefix + c.Value + ctx.suffix
		filename := path.Join(pkgPath(pass), path.Base(pass.Fset.File(c.Expr.Pos()).Name()))
		for _, m := range (rules.Options{Path: filename, ExtraHosts: opt.ExtraHosts}).Scan([]byte(text)) {
			if !m.Rule.Secret {
				continue
			}
			start, end := m.Start-len(ctx.prefix), m.End-len(ctx.prefix)
			if start < 0 || end > len(c.Value) {
				continue // the match is in the context, not the value
			}
			sp, ok := lint.SpanOf(ix, c, start, end)
			if !ok {
				continue
			}
			msg := m.Message
			if ctx.via != "" {
				msg += " (" + ctx.via + ")"
			}
			if rep.ReportSecret(m.Rule, sp.Pos, sp.End, []byte(c.Value[start:end]), msg) {
				out = append(out, Secret{Pos: sp.Pos, End: sp.End, Rule: m.Rule.ID, Value: []byte(c.Value[start:end]), Confidence: m.Confidence})
			}
		}
	}
	return out, nil
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

// nameContext is `name = "value"`, with a line saying "cloudflare" when
// the file uses a Cloudflare SDK.
func nameContext(name string, sdk bool) context {
	var ctx context
	if sdk {
		ctx.prefix = "// cloudflare\n"
	}
	if name != "" && !strings.ContainsAny(name, "\n\"") {
		ctx.prefix += name + ` = "`
		ctx.suffix = `"`
	}
	return ctx
}

var (
	tokenCtx   = context{prefix: `CLOUDFLARE_API_TOKEN = "`, suffix: `"`}
	keyCtx     = context{prefix: `CLOUDFLARE_API_KEY = "`, suffix: `"`}
	serviceCtx = context{prefix: `CLOUDFLARE_ORIGIN_CA_KEY = "`, suffix: `"`}
	accessCtx  = context{prefix: `CF-Access-Client-Secret: `, suffix: ``}
)

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

// sinkContexts finds the constants that flow into a Cloudflare auth sink
// and gives each the context of that sink.
func sinkContexts(pass *analysis.Pass, ix *index.Index, opt *lint.Options) map[*index.Const]context {
	out := map[*index.Const]context{}
	if !lint.ImportsAny(pass, func(p string) bool { return rules.IsGoSDK(p) || p == "net/http" }) {
		return out
	}
	mark := func(e ast.Expr, ctx context) {
		ix.Reach(e, func(x ast.Expr) bool {
			if c := ix.ConstAt(x); c != nil {
				if _, done := out[c]; !done {
					cc := ctx
					if ctx.prefix == bearerPrefix && hasBearer(c.Value) {
						cc.prefix = "Authorization: "
					}
					out[c] = cc
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
			via := "passed to " + lint.SDKName(f)
			switch sc.SinkOf(i) {
			case rules.SinkToken:
				mark(arg, context{tokenCtx.prefix, tokenCtx.suffix, via})
			case rules.SinkKey:
				mark(arg, context{keyCtx.prefix, keyCtx.suffix, via})
			case rules.SinkServiceKey:
				mark(arg, context{serviceCtx.prefix, serviceCtx.suffix, via})
			}
		}
	}
	lint.HeaderSets(pass, ix, func(file *ast.File, hs lint.HeaderSet) {
		switch lint.EqualFoldAny(hs.Name, globalKeyHeader, serviceKeyHeader, rules.AuthorizationHeader, rules.AccessSecretHeader) {
		case 0:
			mark(hs.Value, context{keyCtx.prefix, keyCtx.suffix, "sent as " + globalKeyHeader})
		case 1:
			mark(hs.Value, context{serviceCtx.prefix, serviceCtx.suffix, "sent as " + serviceKeyHeader})
		case 2:
			if opt.CallsAPI(ix, hs.NameExpr.Pos()) {
				mark(hs.Value, context{bearerPrefix, bearerSuffix, "sent as a Bearer token to the Cloudflare API"})
			}
		case 3:
			mark(hs.Value, context{accessCtx.prefix, accessCtx.suffix, "sent as " + rules.AccessSecretHeader})
		}
	})
	return out
}

const (
	bearerPrefix = "Authorization: Bearer "
	bearerSuffix = "\n" + "https://api.cloudflare.com/client/v4"
)

func hasBearer(v string) bool {
	return len(v) > 7 && strings.EqualFold(v[:7], "bearer ")
}
