package globalkeyauth

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/cfauthlint/cfauthlint/analyzers/internal/index"
	"github.com/cfauthlint/cfauthlint/analyzers/internal/lint"
	"github.com/cfauthlint/cfauthlint/rules"
)

// Analyzer is the analyzer with default options.
var Analyzer = New(lint.Options{})

// New returns the analyzer with the given options.
func New(opt lint.Options) *analysis.Analyzer {
	o := &opt
	a := &analysis.Analyzer{
		Name:             "globalkeyauth",
		Doc:              "report Cloudflare Global API Key (CF201) and user service key (CF202) authentication",
		URL:              rules.GlobalKeyAuth.HelpURI(),
		Requires:         []*analysis.Analyzer{index.Analyzer},
		RunDespiteErrors: true,
		Run:              func(pass *analysis.Pass) (any, error) { return nil, run(pass, o) },
	}
	a.Flags = o.Flags(a.Name)
	return a
}

// relevant are the packages through which a package can send a header or
// call the SDK; a package that reaches none of them is skipped.
func relevant(path string) bool {
	return lint.IsSDK(path) || path == "net/http" || path == "net/textproto"
}

var fieldRules = map[string]struct {
	rule *rules.Rule
	msg  string
}{
	"APIKey":            {rules.GlobalKeyAuth, "setting cloudflare.API.APIKey selects Global API Key auth; use cloudflare.NewWithAPIToken with a scoped API token"},
	"APIEmail":          {rules.GlobalKeyAuth, "setting cloudflare.API.APIEmail selects Global API Key auth; use cloudflare.NewWithAPIToken with a scoped API token"},
	"APIUserServiceKey": {rules.UserServiceKeyAuth, "setting cloudflare.API.APIUserServiceKey selects user service key auth, which stopped working on 2026-09-30; use cloudflare.NewWithAPIToken"},
}

func run(pass *analysis.Pass, opt *lint.Options) error {
	if !lint.ImportsAny(pass, relevant) {
		return nil
	}
	ix := pass.ResultOf[index.Analyzer].(*index.Index)
	rep := lint.NewReporter(pass, opt)
	lint.HeaderSets(pass, ix, func(file *ast.File, hs lint.HeaderSet) {
		if lint.IsEmptyString(ix, hs.Value) {
			return
		}
		for _, h := range lint.AuthHeaders {
			if lint.EqualFoldAny(hs.Name, h.Name) == 0 {
				pos, end := lint.InnerSpan(hs.NameExpr)
				rep.Report(h.Rule, token.Pos(pos), token.Pos(end), h.Msg)
			}
		}
	})
	for _, c := range ix.Calls {
		checkCall(pass, c.File, rep, c.Node)
	}
	for _, a := range ix.Assigns {
		n := a.Node
		if len(n.Lhs) != len(n.Rhs) {
			continue
		}
		for i, l := range n.Lhs {
			if name, ok := v0Field(pass, l); ok && !lint.IsEmptyString(ix, n.Rhs[i]) {
				fr := fieldRules[name]
				rep.Report(fr.rule, l.Pos(), l.End(), fr.msg)
			}
		}
	}
	for _, l := range ix.Lits {
		for _, el := range l.Node.Elts {
			kv, ok := el.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			if name, ok := v0Field(pass, kv.Key); ok && !lint.IsEmptyString(ix, kv.Value) {
				fr := fieldRules[name]
				rep.Report(fr.rule, kv.Pos(), kv.End(), fr.msg)
			}
		}
	}
	return nil
}

func checkCall(pass *analysis.Pass, file *ast.File, rep *lint.Reporter, call *ast.CallExpr) {
	f, ok := lint.Callee(pass, file, call)
	if ok {
		if sc, ok := lint.SDK(f); ok && sc.Rule != nil {
			rep.Report(sc.Rule, call.Fun.Pos(), call.Fun.End(), sc.Msg)
			return
		}
	}
	if len(call.Args) != 1 {
		return
	}
	if ok && f.Obj != nil {
		if f.Name == "SetAuthType" && f.Pkg == lint.V0Path {
			checkAuthType(pass, f, rep, call)
		}
		return
	}
	// A package that did not type-check: api.SetAuthType(cloudflare.AuthKeyEmail).
	sel, isSel := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	arg, isArg := ast.Unparen(call.Args[0]).(*ast.SelectorExpr)
	if !isSel || sel.Sel.Name != "SetAuthType" || !isArg {
		return
	}
	if x, ok := arg.X.(*ast.Ident); !ok || lint.ImportPath(file, x.Name) != lint.V0Path {
		return
	}
	switch arg.Sel.Name {
	case "AuthKeyEmail":
		rep.Report(rules.GlobalKeyAuth, call.Pos(), call.End(), msgAuthKeyEmail)
	case "AuthUserService":
		rep.Report(rules.UserServiceKeyAuth, call.Pos(), call.End(), msgAuthUserService)
	}
}

const (
	msgAuthKeyEmail    = "SetAuthType(cloudflare.AuthKeyEmail) selects Global API Key auth; use cloudflare.NewWithAPIToken with a scoped API token"
	msgAuthUserService = "SetAuthType(cloudflare.AuthUserService) selects user service key auth, which stopped working on 2026-09-30; use cloudflare.NewWithAPIToken"
)

// checkAuthType reports SetAuthType with AuthKeyEmail or AuthUserService.
func checkAuthType(pass *analysis.Pass, f lint.Func, rep *lint.Reporter, call *ast.CallExpr) {
	tv, ok := pass.TypesInfo.Types[call.Args[0]]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Int {
		return
	}
	v, _ := constant.Int64Val(tv.Value)
	scope := f.Obj.Pkg().Scope()
	bit := func(name string, def int64) int64 {
		if c, ok := scope.Lookup(name).(*types.Const); ok {
			if x, ok := constant.Int64Val(c.Val()); ok {
				return x
			}
		}
		return def
	}
	if v&bit("AuthKeyEmail", 1) != 0 {
		rep.Report(rules.GlobalKeyAuth, call.Pos(), call.End(), msgAuthKeyEmail)
	}
	if v&bit("AuthUserService", 2) != 0 {
		rep.Report(rules.UserServiceKeyAuth, call.Pos(), call.End(), msgAuthUserService)
	}
}

// v0Field reports whether e selects (or, as a composite-literal key, names)
// an auth field of cloudflare-go v0's API struct, and which.
func v0Field(pass *analysis.Pass, e ast.Expr) (string, bool) {
	var id *ast.Ident
	switch x := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		id = x.Sel
	case *ast.Ident:
		id = x
	default:
		return "", false
	}
	v, ok := pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || !v.IsField() || v.Pkg() == nil || v.Pkg().Path() != lint.V0Path {
		return "", false
	}
	if _, ok := fieldRules[v.Name()]; !ok {
		return "", false
	}
	return v.Name(), true
}
