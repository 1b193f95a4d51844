package insecuretransport

import (
	"go/ast"
	"go/constant"
	"go/types"
	"net"
	"net/url"
	"path"
	"strings"

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
			if !ok {
				continue
			}
			c.rep.Report(rules.InsecureAPIEndpoint, sp.Pos, sp.End, m.Message, httpFix(sp)...)
		}
	}
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
	type site struct {
		node ast.Node     // the KeyValueExpr or AssignStmt
		lit  ast.Node     // the tls.Config literal, if any
		base types.Object // the variable assigned through, if any
	}
	var sites []site
	for _, l := range c.ix.Lits {
		for _, el := range l.Node.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok && c.isSkipVerify(kv.Key) && c.isTrue(kv.Value) {
				sites = append(sites, site{node: kv, lit: l.Node})
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
				sites = append(sites, site{node: n, base: base})
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
	for _, s := range sites {
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
		case c.opt.CallsAPI(c.ix, s.node.Pos()):
			msg = "TLS certificate verification is disabled (InsecureSkipVerify) in a function that calls the Cloudflare API; remove it"
		default:
			continue
		}
		c.rep.Report(rules.TLSVerificationDisabled, s.node.Pos(), s.node.End(), msg)
	}
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
