package permissions

import (
	"go/ast"
	"go/parser"
	"go/token"
	"regexp"
	"strconv"
	"strings"

	"github.com/cfauthlint/cfauthlint/internal/apiops"
	"github.com/cfauthlint/cfauthlint/rules"
)

// Go is read from its syntax, one package directory at a time: a request's
// URL is followed through string constants, concatenation, fmt.Sprintf and
// (*url.URL).JoinPath / url.JoinPath; its method is the one HTTP method the
// function names (http.MethodPost, "POST"). SDK calls are matched by the
// import that makes them SDK calls: cloudflare-go v0's *API methods
// (apiops.GoV0Methods) and the generated SDK's service fields and methods
// (apiops.BySDK).

var (
	generatedSDK = regexp.MustCompile(`^github\.com/cloudflare/cloudflare-go/v[0-9]+(/|$)`)
	sprintfVerb  = regexp.MustCompile(`%[-+# 0-9.*\[\]]*[a-zA-Z]`)
)

var httpMethods = map[string]string{
	"MethodGet": "GET", "MethodPost": "POST", "MethodPut": "PUT", "MethodPatch": "PATCH", "MethodDelete": "DELETE", "MethodHead": "HEAD",
}

// httpShorthands are net/http functions that imply their method.
var httpShorthands = map[string]string{"Get": "GET", "Post": "POST", "PostForm": "POST", "Head": "HEAD"}

type goPkg struct {
	fset   *token.FileSet
	consts map[string]ast.Expr // package-level string constants and variables
	// cloudflare: the package talks to the Cloudflare API (names its host
	// or imports an SDK), so its paths and requests count.
	cloudflare bool
}

type goFile struct {
	pkg     *goPkg
	path    string
	imports map[string]string // local name → import path
	v0      bool              // imports cloudflare-go v0
	gen     bool              // imports the generated SDK
}

func goCalls(res *Result, paths []string) error {
	pkg := &goPkg{fset: token.NewFileSet(), consts: map[string]ast.Expr{}}
	var files []*goFile
	var asts []*ast.File
	for _, p := range paths {
		data, ok := readText(p)
		if !ok {
			continue
		}
		f, err := parser.ParseFile(pkg.fset, p, data, parser.SkipObjectResolution)
		if err != nil {
			continue // not Go that compiles; nothing to say of it
		}
		gf := &goFile{pkg: pkg, path: p, imports: map[string]string{}}
		for _, im := range f.Imports {
			ip, _ := strconv.Unquote(im.Path.Value)
			name := ip[strings.LastIndex(ip, "/")+1:]
			if generatedSDK.MatchString(ip) {
				gf.gen = true
			}
			if ip == rules.GoV0Path {
				gf.v0 = true
				name = "cloudflare"
			}
			if im.Name != nil {
				name = im.Name.Name
			}
			gf.imports[name] = ip
		}
		if gf.v0 || gf.gen {
			pkg.cloudflare = true
		}
		for _, h := range rules.APIHosts {
			if strings.Contains(string(data), h) {
				pkg.cloudflare = true
			}
		}
		for _, d := range f.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || (g.Tok != token.CONST && g.Tok != token.VAR) {
				continue
			}
			for _, s := range g.Specs {
				vs := s.(*ast.ValueSpec)
				for i, n := range vs.Names {
					if i < len(vs.Values) {
						pkg.consts[n.Name] = vs.Values[i]
					}
				}
			}
		}
		files = append(files, gf)
		asts = append(asts, f)
	}
	for i, gf := range files {
		for _, d := range asts[i].Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
				gf.function(res, fd)
			}
		}
	}
	return nil
}

// fn is what one function shows.
type fn struct {
	f       *goFile
	params  map[string]bool
	env     map[string]ast.Expr // local variables holding a URL
	methods map[string]bool
	sites   []site
}

// site is a request path the function builds.
type site struct {
	pos    token.Pos
	segs   []string
	method string // set when the request names it (http.NewRequest("POST", …))
}

func (f *goFile) function(res *Result, fd *ast.FuncDecl) {
	x := &fn{f: f, params: map[string]bool{}, env: map[string]ast.Expr{}, methods: map[string]bool{}}
	for _, fl := range fd.Type.Params.List {
		for _, n := range fl.Names {
			x.params[n.Name] = true
		}
	}
	line := func(p token.Pos) int { return f.pkg.fset.Position(p).Line }
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if len(n.Lhs) >= 1 && len(n.Rhs) == 1 {
				if id, ok := n.Lhs[0].(*ast.Ident); ok {
					x.env[id.Name] = n.Rhs[0]
				}
			}
		case *ast.SelectorExpr:
			if pkg, ok := n.X.(*ast.Ident); ok && f.imports[pkg.Name] == "net/http" {
				if m, ok := httpMethods[n.Sel.Name]; ok {
					x.methods[m] = true
				}
			}
		case *ast.CallExpr:
			if f.sdkCall(res, n, line(n.Pos())) {
				return false
			}
			if x.request(res, n, line(n.Pos())) {
				return false
			}
			if x.helperCall(n) {
				return false
			}
			if s, ok := x.pathOf(n); ok && x.isEndpointCall(n) {
				x.sites = append(x.sites, site{pos: n.Pos(), segs: s})
				return false
			}
		case *ast.BinaryExpr, *ast.BasicLit:
			if !f.pkg.cloudflare || !x.looksLikeURL(n.(ast.Expr)) {
				return true
			}
			if s, ok := x.pathOf(n.(ast.Expr)); ok {
				x.sites = append(x.sites, site{pos: n.Pos(), segs: s})
				return false
			}
		}
		return true
	})
	method := ""
	if len(x.methods) == 1 {
		for m := range x.methods {
			method = m
		}
	}
	for _, s := range x.sites {
		m := s.method
		if m == "" {
			m = method
		}
		res.add(f.path, line(s.pos), m, s.segs, "Go request URL")
	}
}

// looksLikeURL: a string literal that is a whole URL or API path (host or
// /client/v4), or a concatenation with a path in it ("/zones/" + id); a
// lone "/zones" or "accounts" is too little to tell from a file path or a
// command name.
func (x *fn) looksLikeURL(e ast.Expr) bool {
	s, _ := x.eval(e, 0)
	if _, lone := e.(*ast.BasicLit); lone {
		return strings.Contains(s, apiops.APIPrefix) || strings.Contains(s, "://")
	}
	return strings.Contains(s, "/")
}

// isEndpointCall: a call that builds a URL (JoinPath, fmt.Sprintf) in a
// Cloudflare package.
func (x *fn) isEndpointCall(c *ast.CallExpr) bool {
	sel, ok := c.Fun.(*ast.SelectorExpr)
	if !ok || !x.f.pkg.cloudflare {
		return false
	}
	return sel.Sel.Name == "JoinPath" || (sel.Sel.Name == "Sprintf" && x.f.isPkg(sel.X, "fmt"))
}

func (f *goFile) isPkg(e ast.Expr, path string) bool {
	id, ok := e.(*ast.Ident)
	return ok && f.imports[id.Name] == path
}

// request handles http.NewRequest(WithContext) and the net/http
// shorthands: a URL the code shows is a site with the request's method; one
// it does not, in a Cloudflare package, is unknown, unless it is the
// function's parameter (its callers' URLs are the calls).
func (x *fn) request(res *Result, c *ast.CallExpr, line int) bool {
	sel, ok := c.Fun.(*ast.SelectorExpr)
	if !ok || !x.f.isPkg(sel.X, "net/http") {
		return false
	}
	var methodArg, urlArg ast.Expr
	method := ""
	switch name := sel.Sel.Name; {
	case name == "NewRequest" && len(c.Args) >= 2:
		methodArg, urlArg = c.Args[0], c.Args[1]
	case name == "NewRequestWithContext" && len(c.Args) >= 3:
		methodArg, urlArg = c.Args[1], c.Args[2]
	case httpShorthands[name] != "" && len(c.Args) >= 1:
		method, urlArg = httpShorthands[name], c.Args[0]
	default:
		return false
	}
	if methodArg != nil {
		method = x.methodOf(methodArg)
	}
	if id, ok := urlArg.(*ast.Ident); ok && x.env[id.Name] != nil {
		// A local built earlier: its site is where it was built.
		if s, ok := x.pathOf(x.env[id.Name]); ok {
			x.sites = append(x.sites, site{pos: c.Pos(), segs: s, method: method})
			x.dropSiteOf(x.env[id.Name])
			return true
		}
	}
	if s, ok := x.pathOf(urlArg); ok {
		x.sites = append(x.sites, site{pos: c.Pos(), segs: s, method: method})
		return true
	}
	if x.f.pkg.cloudflare && !x.fromParam(urlArg) {
		res.addUnknown(x.f.path, line, method, "", "http."+sel.Sel.Name, "the URL is built at run time")
	}
	return true
}

// helperCall records a call of a project's own request helper that takes
// the method and the path side by side: c.do(ctx, http.MethodGet, "/zones", nil).
func (x *fn) helperCall(c *ast.CallExpr) bool {
	if !x.f.pkg.cloudflare {
		return false
	}
	for i := 0; i+1 < len(c.Args); i++ {
		m := x.methodOf(c.Args[i])
		if m == "" {
			continue
		}
		if segs, ok := x.pathOf(c.Args[i+1]); ok {
			if id, isID := c.Args[i+1].(*ast.Ident); isID && x.env[id.Name] != nil {
				// Built above, where its site is: this call tells its method.
				for k := range x.sites {
					if x.sites[k].pos == x.env[id.Name].Pos() {
						x.sites[k].method = m
						return true
					}
				}
			}
			x.sites = append(x.sites, site{pos: c.Pos(), segs: segs, method: m})
			return true
		}
	}
	return false
}

// dropSiteOf forgets the site recorded where e was built: the request that
// uses it records it with its method.
func (x *fn) dropSiteOf(e ast.Expr) {
	for i, s := range x.sites {
		if s.pos == e.Pos() {
			x.sites = append(x.sites[:i], x.sites[i+1:]...)
			return
		}
	}
}

func (x *fn) methodOf(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.SelectorExpr:
		if x.f.isPkg(e.X, "net/http") {
			return httpMethods[e.Sel.Name]
		}
	case *ast.BasicLit:
		if s, err := strconv.Unquote(e.Value); err == nil {
			s = strings.ToUpper(s)
			for _, m := range httpMethods {
				if s == m {
					return m
				}
			}
		}
	}
	return ""
}

// fromParam reports whether e is (a field, method or conversion of) one of
// the function's parameters.
func (x *fn) fromParam(e ast.Expr) bool {
	for {
		switch v := e.(type) {
		case *ast.Ident:
			return x.params[v.Name]
		case *ast.SelectorExpr:
			e = v.X
		case *ast.CallExpr:
			sel, ok := v.Fun.(*ast.SelectorExpr)
			if !ok {
				return false
			}
			e = sel.X
		case *ast.ParenExpr:
			e = v.X
		default:
			return false
		}
	}
}

// pathOf evaluates e as far as the code shows it and returns the API path
// segments, if it is one.
func (x *fn) pathOf(e ast.Expr) ([]string, bool) {
	s, lit := x.eval(e, 0)
	if !lit {
		return nil, false
	}
	return apiops.PathSegments(s)
}

// maxEvalDepth bounds the constants followed through one another.
const maxEvalDepth = 8

// eval returns e's string value with apiops.Wild for every part known only
// at run time, and whether any literal part is known.
func (x *fn) eval(e ast.Expr, depth int) (string, bool) {
	if depth > maxEvalDepth {
		return apiops.Wild, false
	}
	switch v := e.(type) {
	case *ast.BasicLit:
		if v.Kind == token.STRING {
			if s, err := strconv.Unquote(v.Value); err == nil {
				return s, true
			}
		}
	case *ast.ParenExpr:
		return x.eval(v.X, depth+1)
	case *ast.Ident:
		if d, ok := x.env[v.Name]; ok {
			return x.eval(d, depth+1)
		}
		if d, ok := x.f.pkg.consts[v.Name]; ok && !x.params[v.Name] {
			return x.eval(d, depth+1)
		}
	case *ast.BinaryExpr:
		if v.Op == token.ADD {
			a, al := x.eval(v.X, depth+1)
			b, bl := x.eval(v.Y, depth+1)
			return a + b, al || bl
		}
	case *ast.CallExpr:
		return x.evalCall(v, depth)
	}
	return apiops.Wild, false
}

func (x *fn) evalCall(c *ast.CallExpr, depth int) (string, bool) {
	sel, ok := c.Fun.(*ast.SelectorExpr)
	if !ok {
		return apiops.Wild, false
	}
	join := func(base ast.Expr, elems []ast.Expr) (string, bool) {
		s, lit := apiops.Wild, false
		if base != nil {
			s, lit = x.eval(base, depth+1)
		}
		for _, el := range elems {
			v, l := x.eval(el, depth+1)
			s = strings.TrimRight(s, "/") + "/" + strings.TrimLeft(v, "/")
			lit = lit || l
		}
		return s, lit
	}
	switch {
	case sel.Sel.Name == "Sprintf" && x.f.isPkg(sel.X, "fmt") && len(c.Args) > 0:
		s, lit := x.eval(c.Args[0], depth+1)
		s = strings.ReplaceAll(sprintfVerb.ReplaceAllString(strings.ReplaceAll(s, "%%", "\x01"), apiops.Wild), "\x01", "%")
		return s, lit
	case sel.Sel.Name == "JoinPath" && x.f.isPkg(sel.X, "net/url") && len(c.Args) > 0:
		return join(c.Args[0], c.Args[1:])
	case sel.Sel.Name == "JoinPath":
		return join(sel.X, c.Args)
	case sel.Sel.Name == "Join" && x.f.isPkg(sel.X, "path"):
		s, lit := join(nil, c.Args)
		return strings.TrimPrefix(s, apiops.Wild), lit
	case sel.Sel.Name == "String" && len(c.Args) == 0:
		return x.eval(sel.X, depth+1)
	}
	return apiops.Wild, false
}

// sdkCall records a call of a Cloudflare SDK method that is one API
// operation.
func (f *goFile) sdkCall(res *Result, c *ast.CallExpr, line int) bool {
	sel, ok := c.Fun.(*ast.SelectorExpr)
	if !ok || !(f.v0 || f.gen) {
		return false
	}
	method := sel.Sel.Name
	if f.v0 {
		if _, isPkg := f.imports[identName(sel.X)]; !isPkg {
			if ep, ok := apiops.GoV0Methods[method]; ok {
				if op := ep.Operation(); op != nil {
					res.addOp(f.path, line, op, "cloudflare-go "+method)
				} else {
					res.addUnknown(f.path, line, ep.Method, ep.Path, "cloudflare-go "+method, "the operation is not in the table")
				}
				return true
			}
		}
	}
	if !f.gen {
		return false
	}
	// The service fields from the client: z.service.DNS.Records.New.
	var fields []string
	for e := sel.X; ; {
		s, ok := e.(*ast.SelectorExpr)
		if !ok {
			break
		}
		fields = append([]string{s.Sel.Name}, fields...)
		e = s.X
	}
	for i := 0; i < len(fields); i++ {
		if !ast.IsExported(fields[i]) {
			continue
		}
		svc := strings.Join(fields[i:], ".")
		ops := apiops.BySDK(svc, method)
		switch {
		case len(ops) == 1:
			res.addOp(f.path, line, ops[0], "SDK "+svc+"."+method)
			return true
		case len(ops) > 1:
			res.addUnknown(f.path, line, "", "", "SDK "+svc+"."+method, "the SDK method names several operations")
			return true
		}
	}
	// A service of the SDK with a method the table does not hold.
	if _, verb := apiops.SDKVerbs[method]; verb {
		exported := 0
		for _, fl := range fields {
			if ast.IsExported(fl) {
				exported++
			}
		}
		for i, fl := range fields {
			if ast.IsExported(fl) && (apiops.IsSDKService(fl) || exported >= 2) {
				res.addUnknown(f.path, line, "", "", "SDK "+strings.Join(fields[i:], ".")+"."+method, "the operation is not in the table")
				return true
			}
		}
	}
	return false
}

func identName(e ast.Expr) string {
	if id, ok := e.(*ast.Ident); ok {
		return id.Name
	}
	return ""
}
