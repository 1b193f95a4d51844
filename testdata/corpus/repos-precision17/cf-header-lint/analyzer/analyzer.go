// Package analyzer implements cfheaderlint, which reports Go code that
// authenticates to the Cloudflare API with the Global API Key or a user
// service key instead of a scoped API token.
package analyzer

import (
	"go/ast"
	"go/constant"
	"go/types"
	"net/textproto"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
)

const (
	headerGlobalKey  = "X-Auth-Key"
	headerServiceKey = "X-Auth-User-Service-Key"
	cloudflareHost   = "api.cloudflare.com"
)

var Analyzer = &analysis.Analyzer{
	Name:     "cfheaderlint",
	Doc:      "reports Cloudflare API auth via X-Auth-Key / X-Auth-User-Service-Key and plain-http API URLs",
	Requires: []*analysis.Analyzer{inspect.Analyzer},
	Run:      run,
}

func run(pass *analysis.Pass) (interface{}, error) {
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	cfFuncs := funcsTalkingToCloudflare(pass)

	ins.Preorder([]ast.Node{(*ast.CallExpr)(nil), (*ast.BasicLit)(nil)}, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.BasicLit:
			if s, ok := stringLit(pass, n); ok && strings.HasPrefix(s, "http://"+cloudflareHost) {
				pass.Reportf(n.Pos(), "CFH003: plain-http Cloudflare API URL; use https://")
			}
		case *ast.CallExpr:
			checkCall(pass, n, cfFuncs)
		}
	})
	return nil, nil
}

func checkCall(pass *analysis.Pass, call *ast.CallExpr, cfFuncs map[*ast.FuncDecl]bool) {
	fn := typeutilCallee(pass, call)
	if fn == nil {
		return
	}
	switch fn.FullName() {
	case "github.com/cloudflare/cloudflare-go.New":
		pass.Reportf(call.Pos(), "CFH001: cloudflare.New uses the Global API Key; use cloudflare.NewWithAPIToken")
		return
	case "(net/http.Header).Set", "(net/http.Header).Add":
	default:
		return
	}
	if len(call.Args) < 1 || !cfFuncs[enclosingFunc(pass, call)] {
		return
	}
	name, ok := stringLit(pass, call.Args[0])
	if !ok {
		return // header name not a constant: cannot tell
	}
	switch textproto.CanonicalMIMEHeaderKey(name) {
	case textproto.CanonicalMIMEHeaderKey(headerGlobalKey):
		pass.Reportf(call.Pos(), "CFH001: X-Auth-Key sends the Cloudflare Global API Key; use a scoped API token (Authorization: Bearer)")
	case textproto.CanonicalMIMEHeaderKey(headerServiceKey):
		pass.Reportf(call.Pos(), "CFH002: X-Auth-User-Service-Key sends the Origin CA key; use an API token")
	}
}

// funcsTalkingToCloudflare returns the functions whose body contains a string
// constant naming the Cloudflare API host. Header calls elsewhere (Zilore,
// Swift, servers reading headers) are ignored.
func funcsTalkingToCloudflare(pass *analysis.Pass) map[*ast.FuncDecl]bool {
	out := make(map[*ast.FuncDecl]bool)
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				if e, ok := n.(ast.Expr); ok {
					if s, ok := stringLit(pass, e); ok && strings.Contains(s, cloudflareHost) {
						out[fd] = true
						return false
					}
				}
				return true
			})
		}
	}
	return out
}

func stringLit(pass *analysis.Pass, e ast.Expr) (string, bool) {
	tv, ok := pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}

func typeutilCallee(pass *analysis.Pass, call *ast.CallExpr) *types.Func {
	var id *ast.Ident
	switch fun := call.Fun.(type) {
	case *ast.Ident:
		id = fun
	case *ast.SelectorExpr:
		id = fun.Sel
	default:
		return nil
	}
	fn, _ := pass.TypesInfo.Uses[id].(*types.Func)
	return fn
}

func enclosingFunc(pass *analysis.Pass, n ast.Node) *ast.FuncDecl {
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Pos() <= n.Pos() && n.End() <= fd.End() {
				return fd
			}
		}
	}
	return nil
}
