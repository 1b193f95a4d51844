package terraform

import (
	"encoding/json"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
)

// Resource keys that cover everything of a kind.
const (
	allZones    = "com.cloudflare.api.account.zone.*"
	allAccounts = "com.cloudflare.api.account.*"
)

// broadHit is a wildcard resource key found in a policy's resources.
type broadHit struct {
	key string
	rng hcl.Range
}

// scopeName describes a wildcard key for messages.
func scopeName(key string) string {
	if key == allZones {
		return "all zones"
	}
	return "all accounts"
}

// broadKeys finds wildcard resource keys at any depth of a resources value:
// a map or object constructor, jsonencode/merge of them, or a JSON string.
// Parts that cannot be known statically contribute nothing.
func broadKeys(n node) []broadHit {
	if n.expr == nil {
		return valueBroadKeys(n.val, n.rng)
	}
	switch e := n.expr.(type) {
	case *hclsyntax.ObjectConsExpr:
		var out []broadHit
		for _, item := range e.Items {
			if k, ok := objectKey(item.KeyExpr); ok && (k == allZones || k == allAccounts) {
				out = append(out, broadHit{k, item.KeyExpr.Range()})
			}
			out = append(out, broadKeys(exprNode(item.ValueExpr))...)
		}
		return out
	case *hclsyntax.FunctionCallExpr:
		switch e.Name {
		case "jsonencode", "merge", "tomap":
			var out []broadHit
			for _, a := range e.Args {
				out = append(out, broadKeys(exprNode(a))...)
			}
			return out
		}
	}
	v, ok := static(n.expr)
	if !ok {
		return nil
	}
	return valueBroadKeys(v, n.rng)
}

func valueBroadKeys(v cty.Value, rng hcl.Range) []broadHit {
	if v.IsNull() || !v.IsWhollyKnown() {
		return nil
	}
	t := v.Type()
	switch {
	case t == cty.String:
		var doc any
		if err := json.Unmarshal([]byte(strings.TrimSpace(v.AsString())), &doc); err != nil {
			return nil
		}
		return jsonBroadKeys(doc, rng)
	case t.IsObjectType() || t.IsMapType():
		var out []broadHit
		for it := v.ElementIterator(); it.Next(); {
			k, ev := it.Element()
			if key := k.AsString(); key == allZones || key == allAccounts {
				out = append(out, broadHit{key, rng})
			}
			if et := ev.Type(); et.IsObjectType() || et.IsMapType() {
				out = append(out, valueBroadKeys(ev, rng)...)
			}
		}
		return out
	}
	return nil
}

func jsonBroadKeys(doc any, rng hcl.Range) []broadHit {
	m, ok := doc.(map[string]any)
	if !ok {
		return nil
	}
	var out []broadHit
	for k, v := range m {
		if k == allZones || k == allAccounts {
			out = append(out, broadHit{k, rng})
		}
		out = append(out, jsonBroadKeys(v, rng)...)
	}
	return out
}
