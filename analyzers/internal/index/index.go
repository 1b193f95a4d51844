// Package index is a prerequisite analyzer shared by cfauthlint's analyzers.
// It indexes, once per package, what they all need: every string constant
// expression that produces a value (a literal or a folded concatenation, not
// a use of a named constant), the name each is given, the expressions
// assigned to each variable, field and constant, and the return values of
// the package's functions. Analyzers use it to follow a value from a sink
// (cloudflare.NewWithAPIToken(x), option.WithHTTPClient(c)) back to where it
// was written.
//
// The index tolerates packages that do not type-check: where type
// information is missing it folds string literals itself.
package index

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"reflect"
	"strconv"

	"golang.org/x/tools/go/analysis"
)

// Analyzer builds the Index of a package.
var Analyzer = &analysis.Analyzer{
	Name:             "cfauthlintindex",
	Doc:              "index string constants and value flow for cfauthlint's analyzers",
	Run:              run,
	RunDespiteErrors: true,
	ResultType:       reflect.TypeOf((*Index)(nil)),
}

// Const is a string constant expression that produces a value: a string
// literal, or a constant concatenation (`head + tail`).
type Const struct {
	Expr  ast.Expr // *ast.BasicLit or *ast.BinaryExpr
	Value string
	// Name is the name the value is given where it is written: the constant
	// or variable declared, the field or map key of a composite literal, the
	// assigned name, or the parameter of the called function. "" if none.
	Name string
	// Var is the variable or constant the value is declared as or
	// assigned to, when that is a plain identifier; nil otherwise.
	Var  types.Object
	File *ast.File
}

// Index is the per-package index.
type Index struct {
	Pass   *analysis.Pass
	Consts []*Const
	// Bindings maps a constant, variable or field to the expressions
	// assigned to it (declarations, assignments, keyed composite-literal
	// fields). An assignment to a field or element of a variable
	// (`tr.TLSClientConfig = x`) is also recorded under the variable.
	Bindings map[types.Object][]ast.Expr
	// FirstResults maps a variable to the calls whose first result it is
	// assigned (`req, err := http.NewRequest(…)`). Only a deep Reach
	// follows them.
	FirstResults map[types.Object][]ast.Expr
	// Args maps a parameter of the package's own functions and methods to
	// the arguments its calls pass it (`fetch(c, u)` binds c and u of
	// `func fetch(hc *http.Client, url string)`). Only a deep Reach
	// follows them.
	Args map[types.Object][]ast.Expr
	// Returns maps the package's functions to their returned expressions.
	Returns map[*types.Func][]ast.Expr
	// Funcs are the bodies of the package's functions and function
	// literals, outermost first.
	Funcs []*ast.BlockStmt
	// The package's calls, assignments and composite literals, in source
	// order, so that analyzers need not walk the syntax again.
	Calls   []Site[*ast.CallExpr]
	Assigns []Site[*ast.AssignStmt]
	Lits    []Site[*ast.CompositeLit]

	byExpr map[ast.Expr]*Const
}

// Site is a node and the file holding it.
type Site[N ast.Node] struct {
	Node N
	File *ast.File
}

// ConstAt returns the Const whose expression is e, or nil.
func (ix *Index) ConstAt(e ast.Expr) *Const { return ix.byExpr[e] }

// ObjectOf returns the object an identifier or selector denotes, or nil.
func (ix *Index) ObjectOf(e ast.Expr) types.Object {
	info := ix.Pass.TypesInfo
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		if o := info.Uses[e]; o != nil {
			return o
		}
		return info.Defs[e]
	case *ast.SelectorExpr:
		if sel, ok := info.Selections[e]; ok {
			return sel.Obj()
		}
		return info.Uses[e.Sel]
	}
	return nil
}

// StringValue returns the constant string value of e, through the type
// checker where it knows it, else by folding literals.
func (ix *Index) StringValue(e ast.Expr) (string, bool) { return stringValue(ix.Pass.TypesInfo, e) }

func stringValue(info *types.Info, e ast.Expr) (string, bool) {
	if tv, ok := info.Types[e]; ok && tv.Value != nil {
		if tv.Value.Kind() == constant.String {
			return constant.StringVal(tv.Value), true
		}
		return "", false
	}
	switch e := e.(type) {
	case *ast.BasicLit:
		if e.Kind == token.STRING {
			if s, err := strconv.Unquote(e.Value); err == nil {
				return s, true
			}
		}
	case *ast.ParenExpr:
		return stringValue(info, e.X)
	case *ast.BinaryExpr:
		if e.Op == token.ADD {
			x, ok1 := stringValue(info, e.X)
			y, ok2 := stringValue(info, e.Y)
			if ok1 && ok2 {
				return x + y, true
			}
		}
	case *ast.Ident, *ast.SelectorExpr:
		// A named constant of a package that did not type-check: unknown.
	}
	return "", false
}

func run(pass *analysis.Pass) (any, error) {
	ix := &Index{
		Pass:         pass,
		Bindings:     map[types.Object][]ast.Expr{},
		FirstResults: map[types.Object][]ast.Expr{},
		Args:         map[types.Object][]ast.Expr{},
		Returns:      map[*types.Func][]ast.Expr{},
		byExpr:       map[ast.Expr]*Const{},
	}
	for _, f := range pass.Files {
		w := walker{ix: ix, file: f}
		w.walk(f)
	}
	return ix, nil
}

type walker struct {
	ix    *Index
	file  *ast.File
	stack []ast.Node
	funcs []*types.Func // enclosing declared functions (nil for literals)
}

func (w *walker) walk(root ast.Node) {
	ast.Inspect(root, func(n ast.Node) bool {
		if n == nil {
			top := w.stack[len(w.stack)-1]
			w.stack = w.stack[:len(w.stack)-1]
			switch top.(type) {
			case *ast.FuncDecl, *ast.FuncLit:
				w.funcs = w.funcs[:len(w.funcs)-1]
			}
			return false
		}
		if e, ok := n.(ast.Expr); ok && w.constant(e) {
			return false // a producing constant: its parts are not values of their own
		}
		w.record(n)
		w.stack = append(w.stack, n)
		switch n := n.(type) {
		case *ast.CallExpr:
			w.ix.Calls = append(w.ix.Calls, Site[*ast.CallExpr]{n, w.file})
		case *ast.AssignStmt:
			w.ix.Assigns = append(w.ix.Assigns, Site[*ast.AssignStmt]{n, w.file})
		case *ast.CompositeLit:
			w.ix.Lits = append(w.ix.Lits, Site[*ast.CompositeLit]{n, w.file})
		case *ast.FuncDecl:
			fn, _ := w.ix.Pass.TypesInfo.Defs[n.Name].(*types.Func)
			w.funcs = append(w.funcs, fn)
			if n.Body != nil {
				w.ix.Funcs = append(w.ix.Funcs, n.Body)
			}
		case *ast.FuncLit:
			w.funcs = append(w.funcs, nil)
			w.ix.Funcs = append(w.ix.Funcs, n.Body)
		}
		return true
	})
}

// constant records e if it is a producing string constant expression.
func (w *walker) constant(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.BasicLit:
		if e.Kind != token.STRING {
			return false
		}
	case *ast.BinaryExpr:
		if e.Op != token.ADD {
			return false
		}
	default:
		return false
	}
	v, ok := stringValue(w.ix.Pass.TypesInfo, e)
	if !ok {
		return false
	}
	c := &Const{Expr: e, Value: v, Name: w.nameOf(e), Var: w.varOf(e), File: w.file}
	w.ix.Consts = append(w.ix.Consts, c)
	w.ix.byExpr[e] = c
	return true
}

// nameOf returns the name a value at e is given by its context.
func (w *walker) nameOf(e ast.Expr) string {
	child := ast.Node(e)
	for i := len(w.stack) - 1; i >= 0; i-- {
		switch p := w.stack[i].(type) {
		case *ast.ParenExpr, *ast.UnaryExpr, *ast.BinaryExpr:
			child = p
			continue
		case *ast.ValueSpec:
			for j, v := range p.Values {
				if v == child && j < len(p.Names) {
					return p.Names[j].Name
				}
			}
		case *ast.AssignStmt:
			for j, v := range p.Rhs {
				if v == child && j < len(p.Lhs) && len(p.Lhs) == len(p.Rhs) {
					return w.exprName(p.Lhs[j])
				}
			}
		case *ast.KeyValueExpr:
			if p.Value == child {
				return w.exprName(p.Key)
			}
		case *ast.CallExpr:
			for j, a := range p.Args {
				if a != child {
					continue
				}
				// os.Setenv("CLOUDFLARE_API_TOKEN", v), h.Set("X-Auth-Key", v):
				// a name passed just before the value names it.
				if j > 0 {
					if prev, ok := stringValue(w.ix.Pass.TypesInfo, p.Args[j-1]); ok && isName(prev) {
						return prev
					}
				}
				return w.paramName(p, j)
			}
		case *ast.CompositeLit:
			child = p
			continue
		}
		return ""
	}
	return ""
}

// varOf returns the variable or constant a value at e is declared as or
// assigned to (`token = "…"`, `var token = "…"`), or nil.
func (w *walker) varOf(e ast.Expr) types.Object {
	if len(w.stack) == 0 {
		return nil
	}
	var id *ast.Ident
	switch p := w.stack[len(w.stack)-1].(type) {
	case *ast.ValueSpec:
		for j, v := range p.Values {
			if v == e && j < len(p.Names) {
				id = p.Names[j]
			}
		}
	case *ast.AssignStmt:
		for j, v := range p.Rhs {
			if v == e && j < len(p.Lhs) && len(p.Lhs) == len(p.Rhs) {
				id, _ = ast.Unparen(p.Lhs[j]).(*ast.Ident)
			}
		}
	}
	if id == nil || id.Name == "_" {
		return nil
	}
	if o := w.ix.ObjectOf(id); o != nil {
		return o
	}
	return w.ix.Pass.TypesInfo.Defs[id]
}

// isName reports whether s looks like an identifier, environment variable
// or header name.
func isName(s string) bool {
	if s == "" || len(s) > 64 || !(s[0] >= 'A' && s[0] <= 'Z' || s[0] >= 'a' && s[0] <= 'z') {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.') {
			return false
		}
	}
	return true
}

// exprName names an assignment target or a composite-literal key.
func (w *walker) exprName(e ast.Expr) string {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return e.Name
	case *ast.SelectorExpr:
		return e.Sel.Name
	case *ast.IndexExpr:
		if s, ok := stringValue(w.ix.Pass.TypesInfo, e.Index); ok {
			return s
		}
		return w.exprName(e.X)
	case *ast.BasicLit:
		if s, ok := stringValue(w.ix.Pass.TypesInfo, e); ok {
			return s
		}
	}
	if s, ok := stringValue(w.ix.Pass.TypesInfo, e); ok {
		return s
	}
	return ""
}

// paramName returns the name of the parameter that argument j of call binds.
func (w *walker) paramName(call *ast.CallExpr, j int) string {
	tv, ok := w.ix.Pass.TypesInfo.Types[call.Fun]
	if !ok || tv.Type == nil {
		return ""
	}
	sig, ok := tv.Type.Underlying().(*types.Signature)
	if !ok || sig.Params().Len() == 0 {
		return ""
	}
	i := min(j, sig.Params().Len()-1)
	if i < j && !sig.Variadic() {
		return ""
	}
	return sig.Params().At(i).Name()
}

// record indexes bindings and returns.
func (w *walker) record(n ast.Node) {
	ix := w.ix
	info := ix.Pass.TypesInfo
	bind := func(lhs ast.Expr, rhs ast.Expr) {
		if o := ix.ObjectOf(lhs); o != nil {
			ix.Bindings[o] = append(ix.Bindings[o], rhs)
		} else if id, ok := lhs.(*ast.Ident); ok && id.Name != "_" {
			if o := info.Defs[id]; o != nil {
				ix.Bindings[o] = append(ix.Bindings[o], rhs)
			}
		}
		if base := BaseIdent(lhs); base != nil && base != ast.Unparen(lhs) {
			if o := ix.ObjectOf(base); o != nil {
				ix.Bindings[o] = append(ix.Bindings[o], rhs)
			}
		}
	}
	switch n := n.(type) {
	case *ast.ValueSpec:
		if len(n.Values) == len(n.Names) {
			for i, name := range n.Names {
				bind(name, n.Values[i])
			}
		}
	case *ast.AssignStmt:
		if len(n.Lhs) == len(n.Rhs) {
			for i := range n.Lhs {
				bind(n.Lhs[i], n.Rhs[i])
			}
		} else if call, ok := ast.Unparen(n.Rhs[0]).(*ast.CallExpr); ok && len(n.Rhs) == 1 {
			if id, ok := ast.Unparen(n.Lhs[0]).(*ast.Ident); ok && id.Name != "_" {
				if o := ix.ObjectOf(id); o != nil {
					ix.FirstResults[o] = append(ix.FirstResults[o], call)
				}
			}
		}
	case *ast.CompositeLit:
		for _, el := range n.Elts {
			kv, ok := el.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			if id, ok := kv.Key.(*ast.Ident); ok {
				if o, ok := info.Uses[id].(*types.Var); ok && o.IsField() {
					ix.Bindings[o] = append(ix.Bindings[o], kv.Value)
				}
			}
		}
	case *ast.RangeStmt:
		if n.Value != nil {
			bind(n.Value, n.X) // an element of X: `for _, hc := range clients`
		}
	case *ast.CallExpr:
		if fn := ix.ownFunc(n); fn != nil {
			sig := fn.Signature()
			params := sig.Params()
			for i, a := range n.Args {
				j := i
				if sig.Variadic() && j >= params.Len()-1 {
					if n.Ellipsis.IsValid() && j > params.Len()-1 {
						break
					}
					j = params.Len() - 1
				}
				if j >= params.Len() {
					break // f(g()) with g's several results
				}
				ix.Args[params.At(j)] = append(ix.Args[params.At(j)], a)
			}
		}
	case *ast.ReturnStmt:
		if len(w.funcs) > 0 {
			if fn := w.funcs[len(w.funcs)-1]; fn != nil {
				ix.Returns[fn] = append(ix.Returns[fn], n.Results...)
			}
		}
	}
}

// BaseIdent returns the variable at the root of a selector, index or star
// chain: tr for tr.TLSClientConfig.InsecureSkipVerify.
func BaseIdent(e ast.Expr) *ast.Ident {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			return x
		case *ast.SelectorExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		default:
			return nil
		}
	}
}

// Sources returns the expressions e may evaluate to, following identifiers,
// fields, conversions, & and *, type assertions, and calls of the package's
// own functions; each returned expression is something other than those
// (a Const's expression, a composite literal, an external call, …).
func (ix *Index) Sources(e ast.Expr) []ast.Expr {
	var out []ast.Expr
	ix.Reach(e, func(x ast.Expr) bool {
		switch x := ast.Unparen(x).(type) {
		case *ast.Ident, *ast.SelectorExpr, *ast.StarExpr, *ast.TypeAssertExpr:
			return true
		case *ast.UnaryExpr:
			if x.Op == token.AND {
				return true
			}
		case *ast.CallExpr:
			if ix.isConversion(x) || ix.localFunc(x) != nil {
				return true
			}
		}
		out = append(out, x)
		return false
	}, false)
	return out
}

// Reach walks the expressions that flow into e. visit is called for every
// expression reached; it returns whether to follow that expression's
// inputs. With deep set, composite literals, method receivers, the
// arguments of external calls and the calls a variable takes its first
// result from are followed too (a client built from a transport built from
// a TLS config; a request from http.NewRequest and its URL).
func (ix *Index) Reach(e ast.Expr, visit func(ast.Expr) bool, deep bool) {
	seen := map[ast.Node]bool{}
	seenObj := map[types.Object]bool{}
	var work []ast.Expr
	push := func(x ast.Expr) {
		if x != nil && !seen[x] {
			seen[x] = true
			work = append(work, x)
		}
	}
	follow := func(o types.Object) {
		if o == nil || seenObj[o] {
			return
		}
		seenObj[o] = true
		for _, b := range ix.Bindings[o] {
			push(b)
		}
		if deep {
			for _, b := range ix.FirstResults[o] {
				push(b)
			}
			for _, b := range ix.Args[o] {
				push(b)
			}
		}
	}
	push(e)
	for len(work) > 0 && len(seen) < 10000 {
		x := work[len(work)-1]
		work = work[:len(work)-1]
		if !visit(x) {
			continue
		}
		switch x := x.(type) {
		case *ast.ParenExpr:
			push(x.X)
		case *ast.Ident:
			follow(ix.ObjectOf(x))
		case *ast.SelectorExpr:
			follow(ix.ObjectOf(x))
			if deep {
				push(x.X)
			}
		case *ast.StarExpr:
			push(x.X)
		case *ast.IndexExpr:
			if deep {
				push(x.X) // an element of the slice or map: clients[0]
			}
		case *ast.UnaryExpr:
			push(x.X)
		case *ast.TypeAssertExpr:
			push(x.X)
		case *ast.BinaryExpr:
			push(x.X)
			push(x.Y)
		case *ast.CompositeLit:
			if deep {
				for _, el := range x.Elts {
					if kv, ok := el.(*ast.KeyValueExpr); ok {
						push(kv.Value)
					} else {
						push(el)
					}
				}
			}
		case *ast.CallExpr:
			switch {
			case ix.isConversion(x):
				push(x.Args[0])
			case ix.localFunc(x) != nil:
				for _, r := range ix.Returns[ix.localFunc(x)] {
					push(r)
				}
				if deep {
					for _, a := range x.Args {
						push(a)
					}
				}
			case deep:
				if sel, ok := x.Fun.(*ast.SelectorExpr); ok {
					push(sel.X)
				}
				for _, a := range x.Args {
					push(a)
				}
			}
		}
	}
}

func (ix *Index) isConversion(call *ast.CallExpr) bool {
	tv, ok := ix.Pass.TypesInfo.Types[call.Fun]
	return ok && tv.IsType() && len(call.Args) == 1
}

// localFunc returns the package's own function called by call, if it
// returns something, or nil.
func (ix *Index) localFunc(call *ast.CallExpr) *types.Func {
	fn := ix.ownFunc(call)
	if _, ok := ix.Returns[fn]; !ok {
		return nil
	}
	return fn
}

// ownFunc returns the function or method of the package called by call,
// or nil.
func (ix *Index) ownFunc(call *ast.CallExpr) *types.Func {
	var id *ast.Ident
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		id = f
	case *ast.SelectorExpr:
		id = f.Sel
	default:
		return nil
	}
	fn, ok := ix.Pass.TypesInfo.Uses[id].(*types.Func)
	if !ok || fn.Pkg() != ix.Pass.Pkg {
		return nil
	}
	return fn
}

// Enclosing returns the innermost function body holding pos, or nil.
func (ix *Index) Enclosing(pos token.Pos) *ast.BlockStmt {
	var best *ast.BlockStmt
	for _, b := range ix.Funcs {
		if b.Pos() <= pos && pos < b.End() && (best == nil || b.Pos() >= best.Pos()) {
			best = b
		}
	}
	return best
}
