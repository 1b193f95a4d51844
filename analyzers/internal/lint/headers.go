package lint

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/cfauthlint/cfauthlint/analyzers/internal/index"
)

// HeaderSet is a request header being set: `h.Set(name, v)`, `h.Add`,
// `h[name] = v`, a `http.Header{name: …}` or map literal entry, or
// `option.WithHeader(name, v)`. Reads (`Get`, `Values`, `Del`) are not
// header sets.
type HeaderSet struct {
	Name     string // constant header name as written (any case)
	NameExpr ast.Expr
	Value    ast.Expr
}

// setterNames are method names of HTTP client libraries that set a header
// from (name, value) arguments, beyond net/http's Header.Set/Add (resty's
// SetHeader, fasthttp's RequestHeader.Set, …).
var setterNames = map[string]bool{"Set": true, "Add": true, "SetHeader": true, "AddHeader": true, "SetRequestHeader": true}

// HeaderSetAt returns the header set n performs, if any.
func HeaderSetAt(pass *analysis.Pass, ix *index.Index, file *ast.File, n ast.Node) (HeaderSet, bool) {
	switch n := n.(type) {
	case *ast.CallExpr:
		if len(n.Args) < 2 {
			return HeaderSet{}, false
		}
		f, ok := Callee(pass, file, n)
		switch {
		case ok && f.Pkg == "net/http" && f.Recv == "Header" && (f.Name == "Set" || f.Name == "Add"):
		case ok && IsOption(f.Pkg) && (f.Name == "WithHeader" || f.Name == "WithHeaderAdd"):
		case ok && f.Obj != nil && f.Recv != "" && setterNames[f.Name] && f.Pkg != "net/url" && f.Pkg != "net/http":
		case !ok || f.Obj == nil:
			// Untyped method call in a package that did not type-check.
			sel, isSel := ast.Unparen(n.Fun).(*ast.SelectorExpr)
			if !isSel || !setterNames[sel.Sel.Name] {
				return HeaderSet{}, false
			}
		default:
			return HeaderSet{}, false
		}
		name, ok := ix.StringValue(n.Args[0])
		if !ok {
			return HeaderSet{}, false
		}
		return HeaderSet{Name: name, NameExpr: n.Args[0], Value: n.Args[1]}, true
	}
	return HeaderSet{}, false
}

// HeaderSets calls fn for every header set in the package.
func HeaderSets(pass *analysis.Pass, ix *index.Index, fn func(file *ast.File, hs HeaderSet)) {
	for _, file := range pass.Files {
		ast.Inspect(file, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				if hs, ok := HeaderSetAt(pass, ix, file, n); ok {
					fn(file, hs)
				}
			case *ast.AssignStmt:
				if len(n.Lhs) != len(n.Rhs) {
					break
				}
				for i, l := range n.Lhs {
					ie, ok := ast.Unparen(l).(*ast.IndexExpr)
					if !ok || !stringKeyedMap(pass, ie.X) {
						continue
					}
					if name, ok := ix.StringValue(ie.Index); ok {
						fn(file, HeaderSet{Name: name, NameExpr: ie.Index, Value: n.Rhs[i]})
					}
				}
			case *ast.CompositeLit:
				if !stringKeyedMap(pass, n) {
					break
				}
				for _, el := range n.Elts {
					kv, ok := el.(*ast.KeyValueExpr)
					if !ok {
						continue
					}
					if name, ok := ix.StringValue(kv.Key); ok {
						fn(file, HeaderSet{Name: name, NameExpr: kv.Key, Value: kv.Value})
					}
				}
			}
			return true
		})
	}
}

// stringKeyedMap reports whether e is a map with string keys whose values
// are strings or string slices (http.Header, map[string]string), or of
// unknown type in a package that did not type-check.
func stringKeyedMap(pass *analysis.Pass, e ast.Expr) bool {
	tv, ok := pass.TypesInfo.Types[e]
	if !ok || tv.Type == nil {
		cl, isLit := e.(*ast.CompositeLit)
		if !isLit {
			return false
		}
		mt, isMap := cl.Type.(*ast.MapType)
		if isMap {
			return isIdent(mt.Key, "string")
		}
		sel, isSel := cl.Type.(*ast.SelectorExpr)
		return isSel && sel.Sel.Name == "Header"
	}
	m, ok := tv.Type.Underlying().(*types.Map)
	if !ok {
		return false
	}
	if b, ok := m.Key().Underlying().(*types.Basic); !ok || b.Kind() != types.String {
		return false
	}
	switch v := m.Elem().Underlying().(type) {
	case *types.Basic:
		return v.Kind() == types.String
	case *types.Slice:
		b, ok := v.Elem().Underlying().(*types.Basic)
		return ok && b.Kind() == types.String
	case *types.Interface:
		return true // map[string]any, map[string]interface{}
	}
	return false
}

func isIdent(e ast.Expr, name string) bool {
	id, ok := e.(*ast.Ident)
	return ok && id.Name == name
}

// IsEmptyString reports whether e is the constant "".
func IsEmptyString(ix *index.Index, e ast.Expr) bool {
	s, ok := ix.StringValue(e)
	return ok && s == ""
}

// InnerSpan returns the span of a header name: inside the quotes when it is
// a literal (where the text rules report it too), else the expression.
func InnerSpan(e ast.Expr) (pos, end int) {
	if lit, ok := ast.Unparen(e).(*ast.BasicLit); ok && len(lit.Value) >= 2 {
		return int(lit.Pos()) + 1, int(lit.End()) - 1
	}
	return int(e.Pos()), int(e.End())
}

// EqualFoldAny returns the index of the first of names equal to s ignoring case, or -1.
func EqualFoldAny(s string, names ...string) int {
	for i, n := range names {
		if strings.EqualFold(strings.TrimSpace(s), n) {
			return i
		}
	}
	return -1
}
