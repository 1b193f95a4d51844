package globalkeyauth

import (
	"go/ast"
	"path/filepath"
	"regexp"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/astutil"

	"github.com/cfauthlint/cfauthlint/analyzers/internal/index"
	"github.com/cfauthlint/cfauthlint/analyzers/internal/lint"
	"github.com/cfauthlint/cfauthlint/internal/apiops"
	"github.com/cfauthlint/cfauthlint/rules"
)

// X-Auth-Key is Cloudflare's Global API Key only where the request goes to
// Cloudflare: other vendors (Zilore, OpenStack Swift, …) send a header of
// the same name. A header set is CF201 when, in this order,
//
//  1. the request's URL (the http.NewRequest of the same function) has a
//     known host: Cloudflare's API (or a configured host) is, any other
//     host is never;
//  2. the same function also sets X-Auth-Email, the key's partner;
//  3. the function names Cloudflare (its name, receiver, identifiers or
//     strings say "cloudflare", or it mentions a Cloudflare API URL);
//  4. the package's string constants name hosts: a Cloudflare API host
//     is, only other vendors' hosts are not;
//  5. the package path, the file's name or its imports (a Cloudflare SDK)
//     say Cloudflare.
//
// Otherwise it is not reported.

const emailHeader = "X-Auth-Email"

var urlHost = regexp.MustCompile(`(?i)\bhttps?://([^/\s"'?#` + "`" + `]+)`)

// hostOf returns the lowercase host of URL u, without userinfo or port,
// and whether it is known (no part of it is made at run time).
func hostOf(u string) (string, bool) {
	m := urlHost.FindStringSubmatchIndex(u)
	if m == nil || m[0] != 0 {
		return "", false
	}
	h := u[m[2]:m[3]]
	if i := strings.LastIndexByte(h, '@'); i >= 0 {
		h = h[i+1:]
	}
	if strings.Contains(h, apiops.Wild) || h == "" {
		return "", false
	}
	if i := strings.LastIndexByte(h, ':'); i >= 0 && !strings.Contains(h[i:], "]") {
		h = h[:i]
	}
	return strings.TrimSuffix(strings.ToLower(h), "."), true
}

// contexter decides Cloudflare context for the header sets of one package.
type contexter struct {
	pass *analysis.Pass
	ix   *index.Index
	opt  interface {
		IsAPIHost(string) bool
		MentionsAPIHost(string) bool
	}
	emailIn map[*ast.BlockStmt]bool // functions that set X-Auth-Email
	pkgDone bool
	pkgCF   int // package constants: 1 name a Cloudflare host, -1 only other hosts, 0 none
}

func newContexter(pass *analysis.Pass, ix *index.Index, opt interface {
	IsAPIHost(string) bool
	MentionsAPIHost(string) bool
}) *contexter {
	c := &contexter{pass: pass, ix: ix, opt: opt, emailIn: map[*ast.BlockStmt]bool{}}
	lint.HeaderSets(pass, ix, func(_ *ast.File, hs lint.HeaderSet) {
		if lint.EqualFoldAny(hs.Name, emailHeader) == 0 && !lint.IsEmptyString(ix, hs.Value) {
			if b := ix.Enclosing(hs.NameExpr.Pos()); b != nil {
				c.emailIn[b] = true
			}
		}
	})
	return c
}

// cloudflare reports whether the X-Auth-Key set hs goes to Cloudflare.
func (c *contexter) cloudflare(file *ast.File, hs lint.HeaderSet) bool {
	if c.sdkCall(file, hs.NameExpr) {
		return true // option.WithHeader("X-Auth-Key", …): the Cloudflare SDK's request
	}
	if _, u, ok := requestOf(c.pass, c.ix, file, hs.NameExpr); ok {
		if h, ok := hostOf(u); ok {
			return c.opt.IsAPIHost(h)
		}
	}
	body := c.ix.Enclosing(hs.NameExpr.Pos())
	if body != nil && c.emailIn[body] {
		return true
	}
	if body != nil && c.namesCloudflare(file, body) {
		return true
	}
	switch c.packageHosts() {
	case 1:
		return true
	case -1:
		return false
	}
	return c.fileNamesCloudflare(file)
}

// sdkCall reports whether the call whose argument e is belongs to a
// Cloudflare SDK.
func (c *contexter) sdkCall(file *ast.File, e ast.Expr) bool {
	path, _ := astutil.PathEnclosingInterval(file, e.Pos(), e.End())
	for _, n := range path {
		if call, ok := n.(*ast.CallExpr); ok {
			f, ok := lint.Callee(c.pass, file, call)
			return ok && rules.IsGoSDK(f.Pkg)
		}
	}
	return false
}

func mentionsCloudflare(s string) bool { return strings.Contains(strings.ToLower(s), "cloudflare") }

// namesCloudflare reports whether the function holding body names
// Cloudflare: its declaration, an identifier or a string in it.
func (c *contexter) namesCloudflare(file *ast.File, body *ast.BlockStmt) bool {
	for _, d := range file.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil && fd.Body.Pos() <= body.Pos() && body.End() <= fd.Body.End() {
			if mentionsCloudflare(fd.Name.Name) {
				return true
			}
			if fd.Recv != nil && len(fd.Recv.List) > 0 && mentionsCloudflare(recvName(fd.Recv.List[0].Type)) {
				return true
			}
		}
	}
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.Ident:
			found = mentionsCloudflare(n.Name)
		case ast.Expr:
			if s, ok := c.ix.StringValue(n); ok {
				found = mentionsCloudflare(s) || c.opt.MentionsAPIHost(s)
				return false
			}
		}
		return !found
	})
	return found
}

// recvName returns the name of a receiver type expression (*T, T[P]).
func recvName(e ast.Expr) string {
	switch x := e.(type) {
	case *ast.StarExpr:
		return recvName(x.X)
	case *ast.IndexExpr:
		return recvName(x.X)
	case *ast.Ident:
		return x.Name
	}
	return ""
}

// packageHosts says which hosts the package's string constants name.
func (c *contexter) packageHosts() int {
	if c.pkgDone {
		return c.pkgCF
	}
	c.pkgDone = true
	other := false
	for _, k := range c.ix.Consts {
		for _, loc := range urlHost.FindAllStringIndex(k.Value, -1) {
			h, ok := hostOf(k.Value[loc[0]:])
			switch {
			case !ok || h == "localhost" || strings.HasPrefix(h, "127."):
			case c.opt.IsAPIHost(h):
				c.pkgCF = 1
				return 1
			default:
				other = true
			}
		}
	}
	if other {
		c.pkgCF = -1
	}
	return c.pkgCF
}

// fileNamesCloudflare reports whether the package path, the file's name or
// one of its imports says Cloudflare.
func (c *contexter) fileNamesCloudflare(file *ast.File) bool {
	if mentionsCloudflare(c.pass.Pkg.Path()) {
		return true
	}
	if tf := c.pass.Fset.File(file.Pos()); tf != nil && mentionsCloudflare(filepath.Base(tf.Name())) {
		return true
	}
	for _, im := range file.Imports {
		if p := strings.Trim(im.Path.Value, `"`); rules.IsGoSDK(p) || mentionsCloudflare(p) {
			return true
		}
	}
	return false
}
