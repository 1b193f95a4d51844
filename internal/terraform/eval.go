package terraform

import (
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
	"github.com/zclconf/go-cty/cty/function/stdlib"
)

// staticCtx evaluates expressions without variables: a reference to var.x,
// local.y or a resource attribute is an error, so its value counts as
// unknown. The functions are the pure Terraform built-ins that token
// resources use to build literals.
var staticCtx = &hcl.EvalContext{Functions: map[string]function.Function{
	"jsonencode": stdlib.JSONEncodeFunc,
	"jsondecode": stdlib.JSONDecodeFunc,
	"merge":      stdlib.MergeFunc,
	"concat":     stdlib.ConcatFunc,
	"lower":      stdlib.LowerFunc,
	"upper":      stdlib.UpperFunc,
	"format":     stdlib.FormatFunc,
	"join":       stdlib.JoinFunc,
	"trimspace":  stdlib.TrimSpaceFunc,
	"tolist":     stdlib.MakeToFunc(cty.List(cty.DynamicPseudoType)),
	"toset":      stdlib.MakeToFunc(cty.Set(cty.DynamicPseudoType)),
	"tomap":      stdlib.MakeToFunc(cty.Map(cty.DynamicPseudoType)),
}}

// static returns the value of e if it can be known without variables.
func static(e hcl.Expression) (cty.Value, bool) {
	v, diags := e.Value(staticCtx)
	if diags.HasErrors() || !v.IsWhollyKnown() {
		return cty.NilVal, false
	}
	return v, true
}

// staticString returns e's value if it is a known string.
func staticString(e hcl.Expression) (string, bool) {
	v, ok := static(e)
	if !ok || v.IsNull() || v.Type() != cty.String {
		return "", false
	}
	return v.AsString(), true
}

// unset reports whether e is known to be null or an empty string: an
// attribute written that way is as good as absent.
func unset(e hcl.Expression) bool {
	v, ok := static(e)
	if !ok {
		return false
	}
	return v.IsNull() || (v.Type() == cty.String && v.AsString() == "")
}

// presence is what a lookup knows about a key.
type presence int

const (
	absent  presence = iota // known not to be there (or null)
	present                 // there, with the returned expression or value
	unknown                 // cannot be known statically
)

// node is a part of an expression: either syntax (while the structure is
// written out as object and tuple constructors) or a fully known value.
type node struct {
	expr hcl.Expression // nil when val is set
	val  cty.Value
	rng  hcl.Range // where to report problems inside this node
}

func exprNode(e hcl.Expression) node { return node{expr: unwrap(e), rng: e.Range()} }

// unwrap removes parentheses.
func unwrap(e hcl.Expression) hcl.Expression {
	for {
		p, ok := e.(*hclsyntax.ParenthesesExpr)
		if !ok {
			return e
		}
		e = p.Expression
	}
}

// isNull reports whether the node is known to be null.
func (n node) isNull() bool {
	if n.expr == nil {
		return n.val.IsNull()
	}
	v, ok := static(n.expr)
	return ok && v.IsNull()
}

// get looks up key in an object node.
func (n node) get(key string) (node, presence) {
	if n.expr == nil {
		return valueGet(n.val, key, n.rng)
	}
	if obj, ok := n.expr.(*hclsyntax.ObjectConsExpr); ok {
		state := absent
		for _, item := range obj.Items {
			k, known := objectKey(item.KeyExpr)
			switch {
			case !known:
				state = unknown // this key might be the one
			case k == key:
				return exprNode(item.ValueExpr), present
			}
		}
		return node{}, state
	}
	v, ok := static(n.expr)
	if !ok {
		return node{}, unknown
	}
	return valueGet(v, key, n.rng)
}

func valueGet(v cty.Value, key string, rng hcl.Range) (node, presence) {
	if v.IsNull() {
		return node{}, absent
	}
	t := v.Type()
	if !t.IsObjectType() && !t.IsMapType() {
		return node{}, unknown
	}
	if t.IsObjectType() && !t.HasAttribute(key) {
		return node{}, absent
	}
	if t.IsMapType() && !v.HasIndex(cty.StringVal(key)).True() {
		return node{}, absent
	}
	ev := v.GetAttr
	if t.IsMapType() {
		ev = func(k string) cty.Value { return v.Index(cty.StringVal(k)) }
	}
	return node{val: ev(key), rng: rng}, present
}

// elems returns the elements of a list node; ok is false when not all of
// them can be known (a for expression, a variable), in which case the
// elements returned are the ones that can.
func (n node) elems() ([]node, bool) {
	if n.expr == nil {
		return valueElems(n.val, n.rng)
	}
	if tup, ok := n.expr.(*hclsyntax.TupleConsExpr); ok {
		out := make([]node, len(tup.Exprs))
		for i, e := range tup.Exprs {
			out[i] = exprNode(e)
		}
		return out, true
	}
	if call, ok := n.expr.(*hclsyntax.FunctionCallExpr); ok && call.Name == "concat" && !call.ExpandFinal {
		// concat of lists: the known parts' elements; complete only if all are known.
		var out []node
		complete := true
		for _, a := range call.Args {
			es, ok := exprNode(a).elems()
			out = append(out, es...)
			complete = complete && ok
		}
		return out, complete
	}
	v, ok := static(n.expr)
	if !ok {
		return nil, false
	}
	return valueElems(v, n.rng)
}

func valueElems(v cty.Value, rng hcl.Range) ([]node, bool) {
	if v.IsNull() {
		return nil, true
	}
	if !v.CanIterateElements() || v.Type().IsObjectType() || v.Type().IsMapType() {
		return nil, false
	}
	var out []node
	for it := v.ElementIterator(); it.Next(); {
		_, e := it.Element()
		out = append(out, node{val: e, rng: rng})
	}
	return out, true
}

// str returns the node's value if it is a known string.
func (n node) str() (string, bool) {
	if n.expr == nil {
		if n.val.IsNull() || n.val.Type() != cty.String {
			return "", false
		}
		return n.val.AsString(), true
	}
	return staticString(n.expr)
}

// objectKey returns the key an object constructor item has, if it can be
// known: a bare name, a quoted string, or a template without references.
func objectKey(k hclsyntax.Expression) (string, bool) {
	v, diags := k.Value(staticCtx)
	if diags.HasErrors() || !v.IsKnown() || v.IsNull() || v.Type() != cty.String {
		return "", false
	}
	return v.AsString(), true
}
