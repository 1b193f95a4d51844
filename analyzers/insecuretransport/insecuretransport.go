package insecuretransport

import (
	"bytes"
	"cmp"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"net"
	"net/url"
	"path"
	"path/filepath"
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
		Name:             "insecuretransport",
		Doc:              "report plain-HTTP Cloudflare API URLs (CF301) and disabled TLS verification for Cloudflare API traffic (CF302)",
		URL:              rules.InsecureAPIEndpoint.HelpURI(),
		Requires:         []*analysis.Analyzer{index.Analyzer},
		RunDespiteErrors: true,
		Run:              func(pass *analysis.Pass) (any, error) { return nil, run(pass, o) },
	}
	a.Flags = o.Flags(a.Name)
	return a
}

type checker struct {
	pass *analysis.Pass
	ix   *index.Index
	opt  *lint.Options
	rep  *lint.Reporter
	src  map[string][]byte // test files' bytes, read by refused
	// srcLower: the same bytes lowercased, worked out once per file.
	srcLower map[string][]byte
	// compared holds the expressions only checked against (isCompared).
	compared map[ast.Expr]bool
}

func run(pass *analysis.Pass, opt *lint.Options) error {
	opt, err := opt.ForPass(pass)
	if err != nil {
		return err
	}
	c := &checker{pass: pass, ix: pass.ResultOf[index.Analyzer].(*index.Index), opt: opt, rep: lint.NewReporter(pass, opt)}
	c.constants()
	c.sdkCalls()
	if lint.ImportsAny(pass, func(p string) bool { return p == "net/url" }) {
		c.urlLiterals()
	}
	if lint.ImportsAny(pass, func(p string) bool { return p == "crypto/tls" }) {
		c.insecureTLS()
	}
	return nil
}

// httpFix rewrites the http:// at the start of sp to https://, when sp
// lies in one literal.
func httpFix(sp lint.Span) []analysis.SuggestedFix {
	if sp.Lit == nil || sp.LitEnd-sp.LitStart < 7 || !strings.EqualFold(sp.Lit.Value[sp.LitStart:sp.LitStart+7], "http://") {
		return nil
	}
	return []analysis.SuggestedFix{{
		Message:   "Use https://",
		TextEdits: []analysis.TextEdit{{Pos: sp.Pos, End: sp.Pos + 7, NewText: []byte("https://")}},
	}}
}

// constants reports string constants holding a Cloudflare API URL over http.
func (c *checker) constants() {
	for _, k := range c.ix.Consts {
		if !strings.Contains(strings.ToLower(k.Value), "http://") {
			continue
		}
		name := path.Base(c.pass.Fset.File(k.Expr.Pos()).Name())
		for _, m := range (rules.Options{Path: name, ExtraHosts: c.opt.ExtraHosts}).Scan([]byte(k.Value)) {
			if m.Rule != rules.InsecureAPIEndpoint {
				continue
			}
			sp, ok := lint.SpanOf(c.ix, k, m.Start, m.End)
			if !ok || c.refused(sp.Pos) || c.isCompared(k) {
				continue
			}
			c.rep.Report(rules.InsecureAPIEndpoint, sp.Pos, sp.End, m.Message, httpFix(sp)...)
		}
	}
}

// compareFuncs test a string against another (strings and bytes).
var compareFuncs = map[string]bool{"HasPrefix": true, "HasSuffix": true, "Contains": true, "EqualFold": true, "Index": true,
	"LastIndex": true, "TrimPrefix": true, "TrimSuffix": true, "CutPrefix": true, "CutSuffix": true, "Compare": true, "Count": true}

// isCompared reports whether the constant is only checked against, not
// used: an operand of == or !=, a case of a switch, an argument of a
// strings/bytes comparison (`strings.HasPrefix(s, "http://"+apiHost)`),
// directly or through every use of the constant it declares.
func (c *checker) isCompared(k *index.Const) bool {
	if c.compared == nil {
		c.compared = map[ast.Expr]bool{}
		mark := func(e ast.Expr) { c.compared[ast.Unparen(e)] = true }
		for _, f := range c.pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.BinaryExpr:
					if n.Op == token.EQL || n.Op == token.NEQ {
						mark(n.X)
						mark(n.Y)
					}
				case *ast.CaseClause:
					for _, e := range n.List {
						mark(e)
					}
				case *ast.CallExpr:
					if fn, ok := lint.Callee(c.pass, f, n); ok && (fn.Pkg == "strings" || fn.Pkg == "bytes") && compareFuncs[fn.Name] {
						for _, a := range n.Args {
							mark(a)
						}
					}
				}
				return true
			})
		}
	}
	if c.compared[k.Expr] {
		return true
	}
	if k.Var == nil {
		return false
	}
	uses := 0
	for id, o := range c.pass.TypesInfo.Uses {
		if o == k.Var {
			if uses++; !c.compared[id] {
				return false
			}
		}
	}
	return uses > 0
}

// refused reports whether the URL at pos, in a test, is one the test
// expects to be rejected (a table row `{"plain http is rejected",
// "http://api.cloudflare.com/…", true}`), as the text rules judge it.
func (c *checker) refused(pos token.Pos) bool {
	if !c.inTest(pos) {
		return false
	}
	tf := c.pass.Fset.File(pos)
	if c.src == nil {
		c.src, c.srcLower = map[string][]byte{}, map[string][]byte{}
	}
	data, ok := c.src[tf.Name()]
	if !ok {
		data, _ = c.pass.ReadFile(tf.Name())
		c.src[tf.Name()] = data
		c.srcLower[tf.Name()] = bytes.ToLower(data)
	}
	off := tf.Offset(pos)
	return off < len(data) && (rules.Options{Path: filepath.Base(tf.Name())}).RefusedURL(data, c.srcLower[tf.Name()], off)
}

// sdkCalls checks base-URL overrides given to the SDKs.
func (c *checker) sdkCalls() {
	if !lint.ImportsAny(c.pass, rules.IsGoSDK) {
		return
	}
	for _, site := range c.ix.Calls {
		f, ok := lint.Callee(c.pass, site.File, site.Node)
		if !ok {
			continue
		}
		sc, ok := lint.SDK(f)
		if !ok {
			continue
		}
		for i, arg := range site.Node.Args {
			if sc.SinkOf(i) == rules.SinkBaseURL {
				c.baseURL(f, arg)
			}
		}
	}
}

func (c *checker) baseURL(f lint.Func, arg ast.Expr) {
	for _, src := range c.ix.Sources(arg) {
		k := c.ix.ConstAt(src)
		if k == nil {
			continue
		}
		u, err := url.Parse(strings.TrimSpace(k.Value))
		if err != nil || !strings.EqualFold(u.Scheme, "http") || u.Host == "" || loopback(u.Hostname()) {
			continue
		}
		lead := len(k.Value) - len(strings.TrimLeft(k.Value, " \t"))
		sp, ok := lint.SpanOf(c.ix, k, lead, lead+len("http://")+len(u.Host))
		if !ok {
			continue
		}
		what := "option.WithBaseURL"
		if f.Pkg == rules.GoV0Path {
			what = "cloudflare.BaseURL"
		}
		c.rep.Report(rules.InsecureAPIEndpoint, sp.Pos, sp.End, "Cloudflare API base URL given to "+what+" uses plain http:// ("+strings.ToLower(u.Hostname())+"); use https://", httpFix(sp)...)
	}
}

func loopback(host string) bool {
	if strings.EqualFold(host, "localhost") || strings.HasSuffix(strings.ToLower(host), ".localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// urlLiterals reports url.URL{Scheme: "http", Host: <Cloudflare API host>}.
func (c *checker) urlLiterals() {
	for _, site := range c.ix.Lits {
		if lit := site.Node; c.isURLType(site.File, lit) {
			c.urlLiteral(lit)
		}
	}
}

func (c *checker) urlLiteral(lit *ast.CompositeLit) {
	var scheme ast.Expr
	var schemeVal, host string
	lint.KeyedFields(lit, func(key *ast.Ident, value ast.Expr) {
		v, ok := c.ix.StringValue(value)
		if !ok {
			return
		}
		switch key.Name {
		case "Scheme":
			scheme, schemeVal = value, v
		case "Host":
			host = v
		}
	})
	if scheme == nil || !strings.EqualFold(schemeVal, "http") {
		return
	}
	h := host
	if hh, _, err := net.SplitHostPort(host); err == nil {
		h = hh
	}
	if !c.opt.IsAPIHost(h) {
		return
	}
	var fixes []analysis.SuggestedFix
	if bl, ok := ast.Unparen(scheme).(*ast.BasicLit); ok {
		fixes = []analysis.SuggestedFix{{
			Message:   "Use https",
			TextEdits: []analysis.TextEdit{{Pos: bl.Pos(), End: bl.End(), NewText: []byte(`"https"`)}},
		}}
	}
	c.rep.Report(rules.InsecureAPIEndpoint, scheme.Pos(), scheme.End(), "url.URL for the Cloudflare API ("+strings.ToLower(h)+") uses scheme http; use https", fixes...)
}

func (c *checker) isURLType(file *ast.File, lit *ast.CompositeLit) bool {
	if tv, ok := c.pass.TypesInfo.Types[lit]; ok && tv.Type != nil {
		return isNamed(tv.Type, "net/url", "URL")
	}
	sel, ok := lit.Type.(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "URL" {
		return false
	}
	x, ok := sel.X.(*ast.Ident)
	return ok && lint.ImportPath(file, x.Name) == "net/url"
}

func isNamed(t types.Type, pkg, name string) bool {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := t.(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == pkg && n.Obj().Name() == name
}

// insecureTLS reports InsecureSkipVerify: true on a TLS config that reaches
// a client given to a Cloudflare SDK, or in a function that calls a
// Cloudflare API URL.
func (c *checker) insecureTLS() {
	var sites []tlsSite
	for _, l := range c.ix.Lits {
		for _, el := range l.Node.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok && c.isSkipVerify(kv.Key) && c.isTrue(kv.Value) {
				sites = append(sites, tlsSite{node: kv, lit: l.Node, file: l.File})
			}
		}
	}
	for _, a := range c.ix.Assigns {
		n := a.Node
		if len(n.Lhs) != len(n.Rhs) {
			continue
		}
		for i, l := range n.Lhs {
			if sel, ok := ast.Unparen(l).(*ast.SelectorExpr); ok && c.isSkipVerify(sel.Sel) && c.isTrue(n.Rhs[i]) {
				var base types.Object
				if id := index.BaseIdent(sel.X); id != nil {
					base = c.ix.ObjectOf(id)
				}
				sites = append(sites, tlsSite{node: n, base: base, file: a.File})
			}
		}
	}
	if len(sites) == 0 {
		return
	}
	// TLS configs written into http.DefaultTransport or http.DefaultClient,
	// which an SDK client without its own HTTP client uses.
	global := map[ast.Node]bool{}
	for _, a := range c.ix.Assigns {
		n := a.Node
		for i, l := range n.Lhs {
			if i < len(n.Rhs) && c.mentionsDefaultHTTP(l) {
				global[n] = true
				ast.Inspect(n.Rhs[i], func(m ast.Node) bool {
					if lit, ok := m.(*ast.CompositeLit); ok {
						global[lit] = true
					}
					return true
				})
			}
		}
	}
	reachedNodes := map[ast.Node]string{}
	reachedObjs := map[types.Object]string{}
	sdkUsed := false
	for _, site := range c.ix.Calls {
		call := site.Node
		f, ok := lint.Callee(c.pass, site.File, call)
		if !ok {
			continue
		}
		sc, ok := lint.SDK(f)
		if !ok {
			continue
		}
		what := "option.WithHTTPClient"
		if f.Pkg == rules.GoV0Path {
			what = "cloudflare.HTTPClient"
		}
		sdkUsed = true
		for i, arg := range call.Args {
			if sc.SinkOf(i) != rules.SinkHTTPClient {
				continue
			}
			if c.baseURLElsewhere(site.File, call) {
				continue // the client serves the base URL set beside it: a test's httptest server, another host
			}
			c.ix.Reach(arg, func(x ast.Expr) bool {
				x = ast.Unparen(x)
				if _, done := reachedNodes[x]; !done {
					reachedNodes[x] = what
				}
				if id, ok := x.(*ast.Ident); ok {
					if o := c.ix.ObjectOf(id); o != nil {
						if _, done := reachedObjs[o]; !done {
							reachedObjs[o] = what
						}
					}
				}
				return true
			}, true)
		}
	}
	var dests []destination
	for i, s := range sites {
		what, ok := "", false
		if s.lit != nil {
			what, ok = reachedNodes[s.lit]
		}
		if !ok && s.base != nil {
			what, ok = reachedObjs[s.base]
		}
		var msg string
		switch {
		case !ok && sdkUsed && (global[s.node] || (s.lit != nil && global[s.lit])):
			msg = "TLS certificate verification is disabled (InsecureSkipVerify) on net/http's default transport, which the Cloudflare SDK client uses; remove it"
		case ok:
			msg = "TLS certificate verification is disabled (InsecureSkipVerify) on the HTTP client given to " + what + "; remove it"
		default:
			if dests == nil {
				dests = c.destinations(sites)
			}
			switch {
			case dests[i] == destAPI:
				msg = "TLS certificate verification is disabled (InsecureSkipVerify) on an HTTP client that sends requests to the Cloudflare API; remove it"
			case dests[i] != destOther && c.opt.CallsAPI(c.ix, s.node.Pos()):
				msg = "TLS certificate verification is disabled (InsecureSkipVerify) in a function that calls the Cloudflare API; remove it"
			default:
				continue
			}
		}
		c.rep.Report(rules.TLSVerificationDisabled, s.node.Pos(), s.node.End(), msg)
	}
}

// A tlsSite is an InsecureSkipVerify: true.
type tlsSite struct {
	node ast.Node     // the KeyValueExpr or AssignStmt
	lit  ast.Node     // the tls.Config literal, if any
	base types.Object // the variable assigned through, if any
	file *ast.File
}

// A destination is where the requests sent through a TLS configuration go,
// as far as the package shows.
type destination int

const (
	destUnknown destination = iota // no request found, or one whose host is not known
	destOther                      // every request found goes to a host other than the API
	destAPI                        // a request goes to a Cloudflare API host
)

// sendMethods are the methods that send a request through the client,
// transport or request builder they are called on (net/http, resty,
// retryablehttp, …).
var sendMethods = map[string]bool{
	"Do": true, "Get": true, "Head": true, "Post": true, "PostForm": true, "Put": true,
	"Patch": true, "Delete": true, "Options": true, "Execute": true, "Send": true, "RoundTrip": true,
}

// baseURLNames set the base URL a client's requests are relative to: a
// method (resty's SetBaseURL) or a field of a client struct.
var baseURLNames = map[string]bool{"SetBaseURL": true, "SetHostURL": true, "SetBaseUrl": true, "BaseURL": true, "BaseUrl": true, "HostURL": true}

// baseURLElsewhere reports whether the SDK option call (cloudflare.HTTPClient(hc),
// option.WithHTTPClient(hc)) is an argument of a call that also gets a
// base URL option (cloudflare.BaseURL(u), option.WithBaseURL(u)) naming
// another host, or, in a test, an httptest server's URL
// (`cloudflare.NewWithAPIToken(t, cloudflare.BaseURL(srv.URL+"/client/v4"),
// cloudflare.HTTPClient(insecure))`): the client given beside it goes there.
func (c *checker) baseURLElsewhere(file *ast.File, opt *ast.CallExpr) bool {
	path, _ := astutil.PathEnclosingInterval(file, opt.Pos(), opt.End())
	if len(path) < 2 {
		return false
	}
	outer, ok := path[1].(*ast.CallExpr)
	if !ok || outer == opt {
		return false
	}
	for _, a := range outer.Args {
		oc, ok := ast.Unparen(a).(*ast.CallExpr)
		if !ok || oc == opt {
			continue
		}
		f, ok := lint.Callee(c.pass, file, oc)
		if !ok {
			continue
		}
		sc, ok := lint.SDK(f)
		if !ok {
			continue
		}
		for i, arg := range oc.Args {
			if sc.SinkOf(i) != rules.SinkBaseURL {
				continue
			}
			d, testServer := c.urlsIn([]ast.Expr{arg})
			if d == destOther || (testServer && d != destAPI && c.inTest(arg.Pos())) {
				return true
			}
		}
	}
	return false
}

// destinations says, for each site, where the requests sent through a
// client built on its TLS configuration go. A request is a call of a send
// method whose receiver is built on the configuration (c.Do(req),
// r.nas.R().Get("/auth.cgi")). Its destination is read from the URL strings
// that flow into the call's arguments and into the calls of its receiver's
// chain (through http.NewRequest, fmt.Sprintf, a field), and from a base
// URL set in the expression that builds the client around the site
// (resty.New().SetBaseURL(u).SetTLSClientConfig(…), &Client{BaseURL: u, …}):
// the API if one names an API host, another host if one is a URL of
// another (a filled-in "https://%s/…" counts) or the base URL does not
// name the API and is not a bare parameter. A base URL found decides over
// the request's strings, which may merge several clients' fields.
func (c *checker) destinations(sites []tlsSite) []destination {
	out := make([]destination, len(sites))
	other := make([]bool, len(sites)) // a request to another host was found
	unknown := make([]bool, len(sites))
	built := make([]destination, len(sites))
	for i, s := range sites {
		if s.lit != nil {
			built[i] = c.baseURLOf(s)
		}
	}
	for _, call := range c.ix.Calls {
		sel, ok := ast.Unparen(call.Node.Fun).(*ast.SelectorExpr)
		if !ok || !sendMethods[sel.Sel.Name] {
			continue
		}
		var hit []int
		c.ix.Reach(sel.X, func(x ast.Expr) bool {
			x = ast.Unparen(x)
			var o types.Object
			if id, ok := x.(*ast.Ident); ok {
				o = c.ix.ObjectOf(id)
			}
			for i, s := range sites {
				if (s.lit != nil && x == s.lit) || (o != nil && o == s.base) {
					if !slices.Contains(hit, i) {
						hit = append(hit, i)
					}
				}
			}
			return true
		}, true)
		if len(hit) == 0 {
			continue
		}
		args := slices.Clone(call.Node.Args)
		for r := sel.X; ; {
			rc, ok := ast.Unparen(r).(*ast.CallExpr)
			if !ok {
				break
			}
			args = append(args, rc.Args...)
			f, ok := ast.Unparen(rc.Fun).(*ast.SelectorExpr)
			if !ok {
				break
			}
			r = f.X
		}
		d, testServer := c.urlsIn(args)
		for _, i := range hit {
			// The base URL the client around the site is built with is
			// this client's; a URL field read by the request may hold
			// another client's too. A test's client whose requests may
			// go to an httptest server's URL is that server's: the
			// field's API default is production's.
			di := cmp.Or(built[i], d)
			if testServer && di == destAPI && built[i] == destUnknown && c.inTest(sites[i].node.Pos()) && c.nearTestServer(sites[i]) {
				di = destOther
			}
			switch di {
			case destAPI:
				out[i] = destAPI
			case destOther:
				other[i] = true
			default:
				unknown[i] = true
			}
		}
	}
	for i := range out {
		if out[i] != destAPI && other[i] && !unknown[i] {
			out[i] = destOther
		}
	}
	return out
}

// urlsIn classifies the URL strings that flow into es, and reports
// whether an httptest server's URL (srv.URL) flows in too.
func (c *checker) urlsIn(es []ast.Expr) (d destination, testServer bool) {
	for _, e := range es {
		c.ix.Reach(e, func(x ast.Expr) bool {
			if sel, ok := x.(*ast.SelectorExpr); ok && sel.Sel.Name == "URL" && c.isTestServer(sel.X) {
				testServer = true
				return false
			}
			v, ok := c.ix.StringValue(x)
			if !ok {
				return true
			}
			l := strings.ToLower(strings.TrimSpace(v))
			switch {
			case c.opt.MentionsAPIHost(v):
				d = destAPI
			case d == destUnknown && (strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "http://")):
				d = destOther
			}
			return false
		}, true)
	}
	return d, testServer
}

// isTestServer reports whether e is a *httptest.Server: by its type, or,
// where imports are not type-checked, by the httptest.New… call it comes
// from.
func (c *checker) isTestServer(e ast.Expr) bool {
	t := c.pass.TypesInfo.TypeOf(e)
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := t.(*types.Named); ok {
		return n.Obj().Name() == "Server" && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "net/http/httptest"
	}
	for _, src := range c.ix.Sources(e) {
		if call, ok := src.(*ast.CallExpr); ok {
			if f, ok := lint.Callee(c.pass, lint.FileOf(c.pass, call.Pos()), call); ok && f.Pkg == "net/http/httptest" && strings.HasPrefix(f.Name, "New") {
				return true
			}
		}
	}
	return false
}

// nearTestServer reports whether the function declaring the site starts
// or is handed an httptest server: it refers to package httptest
// (`httptest.NewTLSServer(h)`, `srv *httptest.Server`) or to a server's URL.
func (c *checker) nearTestServer(s tlsSite) bool {
	path, _ := astutil.PathEnclosingInterval(s.file, s.node.Pos(), s.node.End())
	var decl *ast.FuncDecl
	for _, n := range path {
		if fd, ok := n.(*ast.FuncDecl); ok {
			decl = fd
		}
	}
	if decl == nil {
		return false
	}
	found := false
	ast.Inspect(decl, func(n ast.Node) bool {
		sel, ok := n.(*ast.SelectorExpr)
		if found || !ok {
			return !found
		}
		found = c.isHTTPTestPkg(s.file, sel.X) || (sel.Sel.Name == "URL" && c.isTestServer(sel.X))
		return !found
	})
	return found
}

// isHTTPTestPkg reports whether x names package net/http/httptest: by
// its PkgName, or, where the package did not type-check, by the file's
// imports.
func (c *checker) isHTTPTestPkg(file *ast.File, x ast.Expr) bool {
	id, ok := x.(*ast.Ident)
	if !ok {
		return false
	}
	switch o := c.pass.TypesInfo.Uses[id].(type) {
	case *types.PkgName:
		return o.Imported().Path() == "net/http/httptest"
	case nil:
		return lint.ImportPath(file, id.Name) == "net/http/httptest"
	}
	return false
}

// inTest reports whether pos is in a _test.go file.
func (c *checker) inTest(pos token.Pos) bool {
	tf := c.pass.Fset.File(pos)
	return tf != nil && strings.HasSuffix(tf.Name(), "_test.go")
}

// baseURLOf classifies the base URL set in the expression that builds the
// client around a tls.Config literal: destUnknown if none is set or it is
// a bare parameter (the caller may pass the API).
func (c *checker) baseURLOf(s tlsSite) destination {
	path, _ := astutil.PathEnclosingInterval(s.file, s.lit.Pos(), s.lit.End())
	var top ast.Node
	for _, n := range path {
		if _, ok := n.(ast.Expr); !ok {
			break
		}
		top = n
	}
	d := destUnknown
	ast.Inspect(top, func(n ast.Node) bool {
		var name string
		var val ast.Expr
		switch n := n.(type) {
		case *ast.CallExpr:
			if f, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok && len(n.Args) == 1 {
				name, val = f.Sel.Name, n.Args[0]
			}
		case *ast.KeyValueExpr:
			if k, ok := n.Key.(*ast.Ident); ok {
				name, val = k.Name, n.Value
			}
		}
		if val == nil || !baseURLNames[name] || d == destAPI {
			return true
		}
		switch u, _ := c.urlsIn([]ast.Expr{val}); {
		case u == destAPI:
			d = destAPI
		case u == destOther || !c.isParam(val):
			d = destOther
		}
		return true
	})
	return d
}

// isParam reports whether e is a bare local variable the package never
// assigns: a parameter (or a variable the index cannot follow), whose
// value the caller chooses.
func (c *checker) isParam(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := c.ix.ObjectOf(id).(*types.Var)
	return ok && !v.IsField() && v.Pkg() != nil && len(c.ix.Bindings[v]) == 0 && v.Parent() != v.Pkg().Scope()
}

// mentionsDefaultHTTP reports whether e refers to http.DefaultTransport or
// http.DefaultClient.
func (c *checker) mentionsDefaultHTTP(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok && (sel.Sel.Name == "DefaultTransport" || sel.Sel.Name == "DefaultClient") {
			if v, ok := c.pass.TypesInfo.Uses[sel.Sel].(*types.Var); ok && v.Pkg() != nil && v.Pkg().Path() == "net/http" {
				found = true
			}
		}
		return !found
	})
	return found
}

func (c *checker) isSkipVerify(key ast.Expr) bool {
	id, ok := key.(*ast.Ident)
	if !ok || id.Name != "InsecureSkipVerify" {
		return false
	}
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok {
		return true // no type information: go by the name
	}
	return v.IsField() && v.Pkg() != nil && v.Pkg().Path() == "crypto/tls"
}

func (c *checker) isTrue(e ast.Expr) bool {
	if tv, ok := c.pass.TypesInfo.Types[e]; ok && tv.Value != nil {
		return tv.Value.Kind() == constant.Bool && constant.BoolVal(tv.Value)
	}
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && id.Name == "true"
}
