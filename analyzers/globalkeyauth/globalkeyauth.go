package globalkeyauth

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/astutil"

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
	return rules.IsGoSDK(path) || path == "net/http" || path == "net/textproto"
}

// fieldRules are cloudflare-go v0's auth fields, by name.
var fieldRules = func() map[string]*rules.SDKField {
	m := map[string]*rules.SDKField{}
	for i := range rules.SDKFields {
		m[rules.SDKFields[i].Name] = &rules.SDKFields[i]
	}
	return m
}()

func run(pass *analysis.Pass, opt *lint.Options) error {
	opt, err := opt.ForPass(pass)
	if err != nil {
		return err
	}
	if !lint.ImportsAny(pass, relevant) {
		return nil
	}
	ix := pass.ResultOf[index.Analyzer].(*index.Index)
	rep := lint.NewReporter(pass, opt)
	var cf *contexter // made on the first X-Auth-Key set
	lint.HeaderSets(pass, ix, func(file *ast.File, hs lint.HeaderSet) {
		if lint.IsEmptyString(ix, hs.Value) || lint.IsRedacted(ix, hs.Value) {
			return
		}
		for _, h := range rules.AuthHeaders {
			if lint.EqualFoldAny(hs.Name, h.Name) == 0 {
				if h.Rule == rules.GlobalKeyAuth {
					if cf == nil {
						cf = newContexter(pass, ix, opt)
					}
					if !cf.cloudflare(file, hs) {
						continue // another vendor's X-Auth-Key
					}
				}
				if expectsError(pass, file, hs.NameExpr) {
					continue // a test case that expects the header to be refused
				}
				if configuredOnly(pass, file, hs) {
					continue // an SDK's auth plumbing: sent only when its user set the key
				}
				if redactedOnly(pass, file, hs) {
					continue // headers built only to be redacted (a redaction test)
				}
				pos, end := lint.InnerSpan(hs.NameExpr)
				msg := h.Message
				if h.Rule == rules.GlobalKeyAuth {
					if op := endpointOf(pass, ix, file, hs.NameExpr); op != nil {
						if m := rules.GlobalKeyEndpointMessage(h.What, op); m != "" {
							msg = m
						}
					}
				}
				rep.Report(h.Rule, token.Pos(pos), token.Pos(end), msg)
			}
		}
	})
	partnered := partneredCalls(pass, ix)
	for _, c := range ix.Calls {
		if !partnered[c.Node] {
			checkCall(pass, c.File, rep, c.Node)
		}
	}
	fields := assignedFields(pass, ix)
	for _, a := range ix.Assigns {
		n := a.Node
		if len(n.Lhs) != len(n.Rhs) {
			continue
		}
		for i, l := range n.Lhs {
			if name, ok := v0Field(pass, l); ok && !lint.IsEmptyString(ix, n.Rhs[i]) {
				fr := fieldRules[name]
				if fr.PartnerOf != "" {
					if k, ok := fieldSiteOf(ix, l, fr.PartnerOf); ok && fields[k] {
						continue // api.APIKey = …; api.APIEmail = …: one site
					}
				}
				rep.Report(fr.Rule, l.Pos(), l.End(), fr.Message)
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
				if fr.PartnerOf != "" && litHasField(pass, ix, l.Node, fr.PartnerOf) {
					continue // cloudflare.API{APIKey: …, APIEmail: …}: one site
				}
				rep.Report(fr.Rule, kv.Pos(), kv.End(), fr.Message)
			}
		}
	}
	return nil
}

func checkCall(pass *analysis.Pass, file *ast.File, rep *lint.Reporter, call *ast.CallExpr) {
	f, ok := lint.Callee(pass, file, call)
	if ok {
		if sc, ok := lint.SDK(f); ok && sc.Rule != nil {
			rep.Report(sc.Rule, call.Fun.Pos(), call.Fun.End(), sc.Message)
			return
		}
	}
	if len(call.Args) != 1 {
		return
	}
	if ok && f.Obj != nil {
		if f.Name == "SetAuthType" && f.Pkg == rules.GoV0Path {
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
	if x, ok := arg.X.(*ast.Ident); !ok || lint.ImportPath(file, x.Name) != rules.GoV0Path {
		return
	}
	if e, ok := rules.GoSDKFunc(rules.GoV0Path, "API", "SetAuthType", arg.Sel.Name); ok {
		rep.Report(e.Rule, call.Pos(), call.End(), e.Message)
	}
}

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
	for _, c := range []struct {
		name string
		bit  int64 // its value in cloudflare-go v0, if the package does not say
	}{{"AuthKeyEmail", 1}, {"AuthUserService", 2}} {
		if e, ok := rules.GoSDKFunc(rules.GoV0Path, "API", "SetAuthType", c.name); ok && v&bit(c.name, c.bit) != 0 {
			rep.Report(e.Rule, call.Pos(), call.End(), e.Message)
		}
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
	if !ok || !v.IsField() || v.Pkg() == nil || v.Pkg().Path() != rules.GoV0Path {
		return "", false
	}
	if _, ok := fieldRules[v.Name()]; !ok {
		return "", false
	}
	return v.Name(), true
}

// expectsError reports whether e lies in an element of a table-driven
// test (a _test.go file) whose struct literal expects an error: a field
// named wantErr, err, expectErr or expectedErr (any case) set to a
// non-empty string or to true. {opts: []Option{WithHeader("X-Auth-Key",
// k)}, wantErr: "reserved"} tests that the header is refused, not sent.
func expectsError(pass *analysis.Pass, file *ast.File, e ast.Expr) bool {
	if !strings.HasSuffix(pass.Fset.Position(file.Pos()).Filename, "_test.go") {
		return false
	}
	path, _ := astutil.PathEnclosingInterval(file, e.Pos(), e.End())
	for _, n := range path {
		switch n := n.(type) {
		case *ast.FuncLit, *ast.FuncDecl:
			return false // the case's function body, not its fields
		case *ast.CompositeLit:
			expects := false
			lint.KeyedFields(n, func(k *ast.Ident, value ast.Expr) {
				switch strings.ToLower(k.Name) {
				case "wanterr", "err", "expecterr", "expectederr", "wanterror":
				default:
					return
				}
				tv, ok := pass.TypesInfo.Types[value]
				if !ok || tv.Value == nil {
					return
				}
				switch tv.Value.Kind() {
				case constant.String:
					expects = expects || constant.StringVal(tv.Value) != ""
				case constant.Bool:
					expects = expects || constant.BoolVal(tv.Value)
				}
			})
			if expects {
				return true
			}
		}
	}
	return false
}

// configuredOnly reports whether the header's value is a field of the
// method's receiver (`c.apiKey`) and the header is set only in a branch
// that tests that field (`case c.apiKey != "":`, `if c.apiKey != ""`): a
// client library's auth plumbing, which sends the Global key only when
// its user configures one. The user's configuration is what is reported.
func configuredOnly(pass *analysis.Pass, file *ast.File, hs lint.HeaderSet) bool {
	val, ok := ast.Unparen(hs.Value).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	recv, ok := val.X.(*ast.Ident)
	if !ok {
		return false
	}
	path, _ := astutil.PathEnclosingInterval(file, hs.NameExpr.Pos(), hs.NameExpr.End())
	var conds []ast.Expr
	var decl *ast.FuncDecl
	for _, n := range path {
		switch n := n.(type) {
		case *ast.IfStmt:
			conds = append(conds, n.Cond)
		case *ast.CaseClause:
			conds = append(conds, n.List...)
		case *ast.FuncDecl:
			decl = n
		}
	}
	if decl == nil || decl.Recv == nil || len(decl.Recv.List) != 1 || len(decl.Recv.List[0].Names) != 1 || decl.Recv.List[0].Names[0].Name != recv.Name {
		return false
	}
	tested := false
	for _, c := range conds {
		ast.Inspect(c, func(n ast.Node) bool {
			if b, ok := n.(*ast.BinaryExpr); ok && b.Op == token.NEQ {
				for _, x := range []ast.Expr{b.X, b.Y} {
					if sel, ok := ast.Unparen(x).(*ast.SelectorExpr); ok && sel.Sel.Name == val.Sel.Name {
						if id, ok := sel.X.(*ast.Ident); ok && id.Name == recv.Name {
							tested = true
						}
					}
				}
			}
			return !tested
		})
	}
	return tested
}

// redactWords, in a function's name, say it redacts what it is given.
var redactWords = []string{"redact", "scrub", "mask", "sanitiz", "censor"}

// redactedOnly reports whether the header is set on a local variable
// (`h := http.Header{}; h.Set("X-Auth-Key", k)`) whose every other use in
// its function is an argument to a call named for redaction (`Redact(h)`):
// headers built to test a redaction, never sent.
func redactedOnly(pass *analysis.Pass, file *ast.File, hs lint.HeaderSet) bool {
	call, body := callAndBody(file, hs.NameExpr)
	if call == nil || body == nil {
		return false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	recv, ok := ast.Unparen(sel.X).(*ast.Ident)
	if !ok {
		return false
	}
	obj, ok := pass.TypesInfo.Uses[recv].(*types.Var)
	if !ok || obj.IsField() || obj.Pos() < body.Pos() || obj.Pos() > body.End() {
		return false // a parameter, a field or a package variable: it goes elsewhere
	}
	redacted, other := false, false
	var stack []ast.Node
	ast.Inspect(body, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		stack = append(stack, n)
		id, ok := n.(*ast.Ident)
		if !ok || pass.TypesInfo.Uses[id] != obj || len(stack) < 2 {
			return true
		}
		switch p := stack[len(stack)-2].(type) {
		case *ast.SelectorExpr:
			// h.Set(…), h.Add(…), h.Del(…): building the headers.
			if sel := p.Sel.Name; p.X == id && (sel == "Set" || sel == "Add" || sel == "Del" || sel == "Get") {
				return true
			}
			other = true
		case *ast.CallExpr:
			name := ""
			switch f := ast.Unparen(p.Fun).(type) {
			case *ast.Ident:
				name = f.Name
			case *ast.SelectorExpr:
				name = f.Sel.Name
			}
			l := strings.ToLower(name)
			if slices.ContainsFunc(redactWords, func(w string) bool { return strings.Contains(l, w) }) {
				redacted = true
			} else {
				other = true
			}
		default:
			other = true
		}
		return true
	})
	return redacted && !other
}
