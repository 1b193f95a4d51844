package globalkeyauth

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/cfauthlint/cfauthlint/analyzers/internal/index"
	"github.com/cfauthlint/cfauthlint/analyzers/internal/lint"
)

// One auth site, one finding: the email that goes with the Global API Key
// is part of the key's finding where the two are given together
// (rules.SDKFunc.PartnerOf, rules.SDKField.PartnerOf).

// partneredCalls returns the SDK calls whose partner is called in the same
// argument list or composite literal: option.WithAPIEmail(…) beside
// option.WithAPIKey(…) in one cloudflare.NewClient(…) call.
func partneredCalls(pass *analysis.Pass, ix *index.Index) map[*ast.CallExpr]bool {
	out := map[*ast.CallExpr]bool{}
	check := func(file *ast.File, list []ast.Expr) {
		if len(list) < 2 {
			return
		}
		called := map[string]bool{}
		var partners []*ast.CallExpr
		var wants []string
		for _, e := range list {
			call, ok := ast.Unparen(e).(*ast.CallExpr)
			if !ok {
				continue
			}
			f, ok := lint.Callee(pass, file, call)
			if !ok {
				continue
			}
			sc, ok := lint.SDK(f)
			if !ok {
				continue
			}
			called[sc.Name] = true
			if sc.PartnerOf != "" {
				partners = append(partners, call)
				wants = append(wants, sc.PartnerOf)
			}
		}
		for i, c := range partners {
			if called[wants[i]] {
				out[c] = true
			}
		}
	}
	for _, c := range ix.Calls {
		check(c.File, c.Node.Args)
	}
	for _, l := range ix.Lits {
		check(l.File, l.Node.Elts)
	}
	return out
}

// fieldSite is a cloudflare-go v0 auth field set on a value in a function.
type fieldSite struct {
	body *ast.BlockStmt
	base types.Object
	name string
}

// assignedFields returns the auth fields given a value in the package, by
// the function and the variable they are set on (`api.APIKey = …`).
func assignedFields(pass *analysis.Pass, ix *index.Index) map[fieldSite]bool {
	out := map[fieldSite]bool{}
	for _, a := range ix.Assigns {
		if len(a.Node.Lhs) != len(a.Node.Rhs) {
			continue
		}
		for i, l := range a.Node.Lhs {
			if name, ok := v0Field(pass, l); ok && !lint.IsEmptyString(ix, a.Node.Rhs[i]) {
				if k, ok := fieldSiteOf(ix, l, name); ok {
					out[k] = true
				}
			}
		}
	}
	return out
}

// fieldSiteOf returns where the field selection l (`api.APIKey`) is set.
func fieldSiteOf(ix *index.Index, l ast.Expr, name string) (fieldSite, bool) {
	sel, ok := ast.Unparen(l).(*ast.SelectorExpr)
	if !ok {
		return fieldSite{}, false
	}
	base := ix.ObjectOf(sel.X)
	if base == nil {
		return fieldSite{}, false
	}
	return fieldSite{ix.Enclosing(l.Pos()), base, name}, true
}

// litHasField reports whether a composite literal gives the v0 field name
// a value.
func litHasField(pass *analysis.Pass, ix *index.Index, lit *ast.CompositeLit, name string) bool {
	for _, el := range lit.Elts {
		if kv, ok := el.(*ast.KeyValueExpr); ok {
			if n, ok := v0Field(pass, kv.Key); ok && n == name && !lint.IsEmptyString(ix, kv.Value) {
				return true
			}
		}
	}
	return false
}
