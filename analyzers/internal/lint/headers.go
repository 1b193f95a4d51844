package lint

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/cfauthlint/cfauthlint/rules"

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

// isSetterName reports whether a function or method name sets a header
// from (name, value) arguments, beyond net/http's Header.Set/Add: resty's
// SetHeader, fasthttp's RequestHeader.Set, a project's own setHeader(req,
// name, value) helper.
func isSetterName(name string, method bool) bool {
	if method && (name == "Set" || name == "Add") {
		return true
	}
	l := strings.ToLower(name)
	return strings.Contains(l, "header") && (strings.HasPrefix(l, "set") || strings.HasPrefix(l, "add") || strings.HasPrefix(l, "with") || strings.HasPrefix(l, "put")) && !strings.HasSuffix(l, "headers")
}

// HeaderSetAt returns the header set call n performs, if any.
func HeaderSetAt(pass *analysis.Pass, ix *index.Index, file *ast.File, n ast.Node) (HeaderSet, bool) {
	call, ok := n.(*ast.CallExpr)
	if !ok || len(call.Args) < 2 {
		return HeaderSet{}, false
	}
	first := 0 // index of the header name argument
	f, ok := Callee(pass, file, call)
	switch {
	case ok && f.Pkg == "net/http" && f.Recv == "Header":
		if f.Name != "Set" && f.Name != "Add" {
			return HeaderSet{}, false
		}
	case ok && rules.PackageOf(f.Pkg) == rules.GoOption:
		if f.Name != "WithHeader" && f.Name != "WithHeaderAdd" {
			return HeaderSet{}, false
		}
	case ok && (f.Pkg == "net/url" || f.Pkg == "net/http"):
		return HeaderSet{}, false
	case ok && f.Obj != nil:
		if !isSetterName(f.Name, f.Recv != "") {
			return HeaderSet{}, false
		}
		first = -1
	default:
		// A call in a package that did not type-check: go by its name.
		var name string
		method := false
		switch fun := ast.Unparen(call.Fun).(type) {
		case *ast.SelectorExpr:
			name, method = fun.Sel.Name, pass.TypesInfo.Uses[fun.Sel] == nil && ImportPath(file, identName(fun.X)) == ""
		case *ast.Ident:
			name = fun.Name
		}
		if !isSetterName(name, method) {
			return HeaderSet{}, false
		}
		first = -1
	}
	if first < 0 {
		// The first constant string argument that has a value after it.
		for i, a := range call.Args[:len(call.Args)-1] {
			if _, ok := ix.StringValue(a); ok {
				first = i
				break
			}
		}
		if first < 0 {
			return HeaderSet{}, false
		}
	}
	name, ok := ix.StringValue(call.Args[first])
	if !ok {
		return HeaderSet{}, false
	}
	return HeaderSet{Name: name, NameExpr: call.Args[first], Value: call.Args[first+1]}, true
}

func identName(e ast.Expr) string {
	if id, ok := e.(*ast.Ident); ok {
		return id.Name
	}
	return ""
}

// HeaderSets calls fn for every header set in the package.
func HeaderSets(pass *analysis.Pass, ix *index.Index, fn func(file *ast.File, hs HeaderSet)) {
	for _, c := range ix.Calls {
		if hs, ok := HeaderSetAt(pass, ix, c.File, c.Node); ok {
			fn(c.File, hs)
		}
	}
	for _, a := range ix.Assigns {
		n := a.Node
		if len(n.Lhs) != len(n.Rhs) {
			continue
		}
		for i, l := range n.Lhs {
			ie, ok := ast.Unparen(l).(*ast.IndexExpr)
			if !ok || !stringKeyedMap(pass, ie.X) {
				continue
			}
			if name, ok := ix.StringValue(ie.Index); ok {
				fn(a.File, HeaderSet{Name: name, NameExpr: ie.Index, Value: n.Rhs[i]})
			}
		}
	}
	for _, l := range ix.Lits {
		if !stringKeyedMap(pass, l.Node) {
			continue
		}
		for _, el := range l.Node.Elts {
			kv, ok := el.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			if name, ok := ix.StringValue(kv.Key); ok {
				fn(l.File, HeaderSet{Name: name, NameExpr: kv.Key, Value: kv.Value})
			}
		}
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

// IsRedacted reports whether e is a redaction marker ("***", "[REDACTED]"),
// alone or as the one element of a []string literal: a header overwritten
// before logging, not a credential sent.
func IsRedacted(ix *index.Index, e ast.Expr) bool {
	if cl, ok := ast.Unparen(e).(*ast.CompositeLit); ok && len(cl.Elts) == 1 {
		e = cl.Elts[0]
	}
	s, ok := ix.StringValue(e)
	return ok && rules.IsRedactionMarker(s)
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

// KeyedFields calls fn with the name and value of each `Name: value`
// element of a composite literal (a struct literal's fields).
func KeyedFields(lit *ast.CompositeLit, fn func(name *ast.Ident, value ast.Expr)) {
	for _, el := range lit.Elts {
		if kv, ok := el.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok {
				fn(id, kv.Value)
			}
		}
	}
}
