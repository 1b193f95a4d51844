package globalkeyauth

import (
	"go/ast"
	"go/types"
	"regexp"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/astutil"

	"github.com/cfauthlint/cfauthlint/analyzers/internal/index"
	"github.com/cfauthlint/cfauthlint/analyzers/internal/lint"
	"github.com/cfauthlint/cfauthlint/internal/apiops"
)

// The endpoint of a header sent on a request made in the same function:
// `req, _ := http.NewRequest(method, url, body)` … `req.Header.Set(…)`,
// with the method and URL read through the type checker's constants, `+`,
// fmt.Sprintf and the function's locals assigned once.

var sprintfVerb = regexp.MustCompile(`%[-+# 0-9.*\[\]]*[a-zA-Z]`)

// maxEvalDepth bounds the locals followed through one another.
const maxEvalDepth = 8

// evaluator reads a function's string values.
type evaluator struct {
	pass     *analysis.Pass
	ix       *index.Index
	file     *ast.File
	assigned map[types.Object][]ast.Expr // the values each local is given
}

// endpointOf returns the operation of the request whose header the call
// holding nameExpr sets, when the function shows the request's method and
// URL.
func endpointOf(pass *analysis.Pass, ix *index.Index, file *ast.File, nameExpr ast.Expr) *apiops.Operation {
	method, u, ok := requestOf(pass, ix, file, nameExpr)
	if !ok || method == "" {
		return nil
	}
	segs, ok := apiops.PathSegments(u)
	if !ok {
		return nil
	}
	_, ops := apiops.Template(segs)
	return ops[strings.ToUpper(method)]
}

// requestOf returns the method ("" if not constant) and URL (apiops.Wild
// for each part known only at run time) of the request whose header the
// call holding nameExpr sets, when the function makes that request.
func requestOf(pass *analysis.Pass, ix *index.Index, file *ast.File, nameExpr ast.Expr) (method, u string, ok bool) {
	call, body := callAndBody(file, nameExpr)
	if call == nil || body == nil {
		return "", "", false
	}
	// req.Header.Set(…): the request is req.
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return "", "", false
	}
	hdr, ok := ast.Unparen(sel.X).(*ast.SelectorExpr)
	if !ok || hdr.Sel.Name != "Header" {
		return "", "", false
	}
	reqID, ok := ast.Unparen(hdr.X).(*ast.Ident)
	if !ok || pass.TypesInfo.Uses[reqID] == nil {
		return "", "", false
	}
	ev := &evaluator{pass: pass, ix: ix, file: file, assigned: assignments(pass.TypesInfo, body)}
	rhs := ev.assigned[pass.TypesInfo.Uses[reqID]]
	if len(rhs) != 1 || rhs[0] == nil {
		return "", "", false
	}
	nr, ok := ast.Unparen(rhs[0]).(*ast.CallExpr)
	if !ok {
		return "", "", false
	}
	f, ok := lint.Callee(pass, file, nr)
	if !ok || f.Pkg != "net/http" {
		return "", "", false
	}
	var methodArg, urlArg ast.Expr
	switch {
	case f.Name == "NewRequest" && len(nr.Args) == 3:
		methodArg, urlArg = nr.Args[0], nr.Args[1]
	case f.Name == "NewRequestWithContext" && len(nr.Args) == 4:
		methodArg, urlArg = nr.Args[1], nr.Args[2]
	default:
		return "", "", false
	}
	method, _ = ix.StringValue(methodArg)
	u, lit := ev.eval(urlArg, 0)
	if !lit {
		return "", "", false
	}
	return method, u, true
}

// assignments are the values each local of body is given; a local given
// one of several results (`req, err := …`) has the call, one assigned from
// a tuple otherwise has no single value.
func assignments(info *types.Info, body *ast.BlockStmt) map[types.Object][]ast.Expr {
	m := map[types.Object][]ast.Expr{}
	ast.Inspect(body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok {
			return true
		}
		for i, l := range as.Lhs {
			id, ok := l.(*ast.Ident)
			if !ok {
				continue
			}
			obj := info.Defs[id]
			if obj == nil {
				obj = info.Uses[id]
			}
			switch {
			case obj == nil:
			case len(as.Rhs) == len(as.Lhs):
				m[obj] = append(m[obj], as.Rhs[i])
			case len(as.Rhs) == 1 && i == 0:
				m[obj] = append(m[obj], as.Rhs[0])
			default:
				m[obj] = append(m[obj], nil)
			}
		}
		return true
	})
	return m
}

// eval returns e's string with apiops.Wild for each part known only at
// run time, and whether any part is known.
func (ev *evaluator) eval(e ast.Expr, depth int) (string, bool) {
	if depth > maxEvalDepth {
		return apiops.Wild, false
	}
	if s, ok := ev.ix.StringValue(e); ok {
		return s, true
	}
	switch v := ast.Unparen(e).(type) {
	case *ast.Ident:
		if rhs := ev.assigned[ev.pass.TypesInfo.Uses[v]]; len(rhs) == 1 && rhs[0] != nil {
			return ev.eval(rhs[0], depth+1)
		}
	case *ast.BinaryExpr:
		a, al := ev.eval(v.X, depth+1)
		b, bl := ev.eval(v.Y, depth+1)
		return a + b, al || bl
	case *ast.CallExpr:
		if f, ok := lint.Callee(ev.pass, ev.file, v); ok && f.Pkg == "fmt" && f.Name == "Sprintf" && len(v.Args) > 0 {
			s, lit := ev.eval(v.Args[0], depth+1)
			return strings.ReplaceAll(sprintfVerb.ReplaceAllString(strings.ReplaceAll(s, "%%", "\x01"), apiops.Wild), "\x01", "%"), lit
		}
	}
	return apiops.Wild, false
}

// callAndBody returns the innermost call holding e and the body of the
// function holding that call (nil where there is none).
func callAndBody(file *ast.File, e ast.Expr) (*ast.CallExpr, *ast.BlockStmt) {
	path, _ := astutil.PathEnclosingInterval(file, e.Pos(), e.End())
	var call *ast.CallExpr
	for _, n := range path {
		switch n := n.(type) {
		case *ast.CallExpr:
			if call == nil {
				call = n
			}
		case *ast.FuncDecl:
			return call, n.Body
		case *ast.FuncLit:
			return call, n.Body
		}
	}
	return call, nil
}
