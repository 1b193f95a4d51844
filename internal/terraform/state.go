package terraform

import (
	"bytes"
	"encoding/json"
	"io"
	"path"
	"strconv"
	"strings"

	"github.com/cfauthlint/cfauthlint/internal/finding"
	"github.com/cfauthlint/cfauthlint/internal/textpos"
	"github.com/cfauthlint/cfauthlint/rules"
)

// Terraform and OpenTofu state (terraform.tfstate, *.tfstate,
// *.tfstate.backup, errored.tfstate, `terraform state pull` output) and plan
// JSON (`terraform show -json`) hold the attributes of every resource in
// clear text, sensitive ones included. A legacy API token there is a bare
// 40-character string under "value": it has no name of its own, and the
// resource type around it is what names it. The state check reads the JSON
// and hands each attribute of a Cloudflare credential resource to the
// credential rules with the context the type gives (rules.ScanValue), as
// the Go analyzers do for a constant passed to an SDK.

// stateAttrs maps a resource type to its credential attributes and the
// context each is scanned with.
var stateAttrs = map[string]map[string]rules.ValueContext{}

func init() {
	token := map[string]rules.ValueContext{"value": {Sink: rules.SinkToken}}
	tunnel := map[string]rules.ValueContext{
		"tunnel_token":  {Name: "TUNNEL_TOKEN", SDKFile: true},
		"token":         {Name: "TUNNEL_TOKEN", SDKFile: true},
		"secret":        {Name: tunnelSecretName},
		"tunnel_secret": {Name: tunnelSecretName},
	}
	access := map[string]rules.ValueContext{"client_secret": {Sink: rules.SinkHeaderValue, Header: "CF-Access-Client-Secret", SDKFile: true}}
	for _, t := range tokenTypes {
		stateAttrs[t] = token
	}
	for _, t := range []string{"cloudflare_zero_trust_tunnel_cloudflared", "cloudflare_tunnel", "cloudflare_argo_tunnel", "cloudflare_zero_trust_tunnel_cloudflared_token"} {
		stateAttrs[t] = tunnel
	}
	for _, t := range []string{"cloudflare_access_service_token", "cloudflare_zero_trust_access_service_token"} {
		stateAttrs[t] = access
	}
	stateAttrs["cloudflare_zero_trust_tunnel_warp_connector"] = tunnel
	stateAttrs["cloudflare_zero_trust_tunnel_warp_connector_token"] = tunnel
	stateAttrs["cloudflare_turnstile_widget"] = map[string]rules.ValueContext{"secret": {Name: "turnstile_secret_key"}}
	// R2 credentials that Cloudflare resources hold: Sippy's destination
	// (the source is another vendor's bucket) and a pipeline's R2 sink.
	r2 := rules.ValueContext{Name: "r2_secret_access_key"}
	stateAttrs["cloudflare_r2_bucket_sippy"] = map[string]rules.ValueContext{"destination.secret_access_key": r2}
	stateAttrs["cloudflare_pipeline_sink"] = map[string]rules.ValueContext{"config.credentials.secret_access_key": r2}
}

// maxKeyGap bounds how far before a provider setting's constant_value its
// name is looked for (`"api_key": {"constant_value": "…"}`).
const maxKeyGap = 256

// tunnelSecretName marks the attributes that hold a tunnel's secret.
const tunnelSecretName = "TunnelSecret"

// providerAttrs are the Cloudflare provider settings of a plan's
// configuration.provider_config, by the sink their value reaches.
var providerAttrs = map[string]rules.ValueContext{
	"api_token":            {Sink: rules.SinkToken},
	"api_key":              {Sink: rules.SinkKey},
	"api_user_service_key": {Sink: rules.SinkServiceKey},
}

// IsStateFile reports whether p is named as Terraform state or as JSON that
// may be state or a plan (`terraform show -json` output is written under
// any name: those with plan or state in them or starting with tf are read,
// and only when they hold "terraform_version"; *.tf.json is configuration).
func IsStateFile(p string) bool {
	base := strings.ToLower(path.Base(p))
	switch {
	case strings.HasSuffix(base, ".tfstate"), strings.HasSuffix(base, ".tfstate.backup"):
		return true
	case strings.HasSuffix(base, ".json"):
		return !strings.HasSuffix(base, ".tf.json") && (strings.Contains(base, "plan") || strings.Contains(base, "state") || strings.HasPrefix(base, "tf") ||
			isPulumiStatePath(strings.ToLower(p)))
	}
	return false
}

// isPulumiStatePath reports a JSON file named as Pulumi state: `pulumi
// stack export` output (saved as stack*.json, *checkpoint*.json, …) or a
// file backend's .pulumi/stacks/PROJECT/STACK.json.
func isPulumiStatePath(lower string) bool {
	base := path.Base(lower)
	return strings.Contains(base, "stack") || strings.Contains(base, "pulumi") || strings.Contains(base, "checkpoint") ||
		strings.Contains(base, "export") || strings.Contains(lower, ".pulumi/")
}

// maxStateDepth bounds the nesting the state walk follows; deeper values
// (none in real state: resources sit at depth 6 or so, plan modules a few
// levels more) are read past without being looked at.
const maxStateDepth = 64

// stateLeaf is one string value of the JSON document: its path (object
// keys and array indexes) and the byte span of its text between the quotes.
type stateLeaf struct {
	path       []string
	value      string
	start, end int
}

func (c *Checker) checkState(p string, data []byte) ([]finding.Finding, []finding.Notice) {
	pulumi := bytes.Contains(data, []byte(`"urn:pulumi:`))
	if !(bytes.Contains(data, []byte(`"terraform_version"`)) || pulumi) || !bytes.Contains(data, []byte("cloudflare")) {
		return nil, nil
	}
	leaves, err := stateLeaves(data)
	if err != nil {
		return nil, []finding.Notice{{Path: p, Message: "Terraform state/plan JSON not parsed (" + err.Error() + "); text rules applied", Repeat: true}}
	}
	types := map[string]string{} // resource object path → its "type"
	for _, l := range leaves {
		if n := len(l.path); n > 0 && l.path[n-1] == "type" {
			types[strings.Join(l.path[:n-1], "\x00")] = l.value
		}
	}
	// A state or plan that uses the Cloudflare provider is Cloudflare
	// context for the names of its root variables and outputs.
	cfProvider := bytes.Contains(data, []byte("cloudflare/cloudflare"))
	sc := &stateCheck{c: c, path: p, data: data}
	for _, l := range leaves {
		if pulumi {
			// A Pulumi resource's input or output, named as the Terraform
			// resource it bridges (cloudflare:index/apiToken:ApiToken's
			// value is cloudflare_api_token's).
			if res, attr, ok := pulumiAttr(l.path); ok {
				if ctx, ok := stateAttrs[pulumiType(types[strings.Join(res, "\x00")])][attr]; ok {
					sc.scan(pulumiPlaintext(l), ctx, "")
				}
			}
			continue
		}
		switch res, attr, ok := resourceAttr(l.path); {
		case ok:
			if ctx, ok := stateAttrs[types[strings.Join(res, "\x00")]][attr]; ok {
				sc.scan(l, ctx, "")
			}
		case len(l.path) == 6 && l.path[0] == "configuration" && l.path[1] == "provider_config" &&
			(l.path[2] == "cloudflare" || strings.HasPrefix(l.path[2], "cloudflare.")) && l.path[3] == "expressions" && l.path[5] == "constant_value":
			if ctx, ok := providerAttrs[l.path[4]]; ok {
				sc.scan(l, ctx, l.path[4])
			}
		case len(l.path) == 7 && l.path[0] == "configuration" && l.path[1] == "provider_config" &&
			(l.path[2] == "cloudflare" || strings.HasPrefix(l.path[2], "cloudflare.")) && l.path[3] == "expressions" && l.path[5] == "references" && l.path[6] == "0":
			// `"api_key": {"references": ["var.cloudflare_api_key"]}`: the
			// key comes from a variable, but the provider still uses
			// Global-Key (or service-key) auth.
			if _, ok := providerAttrs[l.path[4]]; ok {
				sc.auth(l, l.path[4])
			}
		case namedValue(l.path):
			// A root variable or output is named by the configuration:
			// its name is the context, as `name = "…"` would be.
			name := l.path[len(l.path)-2]
			sc.scan(l, rules.ValueContext{Name: name, SDKFile: cfProvider || strings.Contains(strings.ToLower(name), "cloudflare")}, "")
		}
	}
	return sc.out, nil
}

// resourceAttr splits the path of a resource attribute into the path of
// its resource object and the attribute's name (nested attributes joined
// with ".", list indexes left out): state v4
// (resources.N.instances.M.attributes.A), state v3
// (modules.N.resources.ADDR.primary.attributes.A), plan planned_values and
// prior_state (….resources.N.values.A) and resource_changes
// (resource_changes.N.change.after.A, also before).
func resourceAttr(p []string) (res []string, attr string, ok bool) {
	for k := 0; k+1 < len(p); k++ {
		var rest []string
		switch {
		case p[k] == "instances" && k+3 < len(p) && p[k+2] == "attributes":
			res, rest = p[:k], p[k+3:]
		case p[k] == "primary" && k+2 < len(p) && p[k+1] == "attributes":
			res, rest = p[:k], p[k+2:]
		case p[k] == "values" && k > 0 && isIndex(p[k-1]):
			res, rest = p[:k], p[k+1:]
		case p[k] == "change" && k+2 < len(p) && (p[k+1] == "after" || p[k+1] == "before"):
			res, rest = p[:k], p[k+2:]
		default:
			continue
		}
		var names []string
		for _, r := range rest {
			if !isIndex(r) {
				names = append(names, r)
			}
		}
		return res, strings.Join(names, "."), len(names) > 0
	}
	return nil, "", false
}

// pulumiAttr splits the path of a Pulumi resource's input or output
// (….resources.N.outputs.A, also inputs; a secret's value is A.plaintext)
// into its resource object's path and the attribute's Terraform name
// (snake case, nested names joined with ".").
func pulumiAttr(p []string) (res []string, attr string, ok bool) {
	for k := 0; k+3 < len(p); k++ {
		if p[k] != "resources" || !isIndex(p[k+1]) || (p[k+2] != "outputs" && p[k+2] != "inputs") {
			continue
		}
		rest := p[k+3:]
		if n := len(rest); n > 1 && rest[n-1] == "plaintext" {
			rest = rest[:n-1]
		}
		var names []string
		for _, r := range rest {
			if !isIndex(r) {
				names = append(names, snake(r))
			}
		}
		return p[:k+2], strings.Join(names, "."), len(names) > 0
	}
	return nil, "", false
}

// pulumiType returns the Terraform resource type of a Pulumi Cloudflare
// type token (cloudflare:index/apiToken:ApiToken is cloudflare_api_token),
// "" for another.
func pulumiType(t string) string {
	mod, ok := strings.CutPrefix(t, "cloudflare:index/")
	if !ok {
		return ""
	}
	name, _, _ := strings.Cut(mod, ":")
	return "cloudflare_" + snake(name)
}

// snake turns a camelCase name into snake_case (tunnelToken, tunnel_token).
func snake(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			if i > 0 {
				b.WriteByte('_')
			}
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
	return b.String()
}

// pulumiPlaintext narrows the leaf of a secret's plaintext, a JSON string
// encoded again (`"plaintext": "\"…\""`), to the value inside the escaped
// quotes.
func pulumiPlaintext(l stateLeaf) stateLeaf {
	if n := len(l.path); n == 0 || l.path[n-1] != "plaintext" {
		return l
	}
	v, ok := strings.CutPrefix(l.value, `"`)
	if v, ok2 := strings.CutSuffix(v, `"`); ok && ok2 && !strings.ContainsAny(v, `"\`) && l.end-l.start == len(v)+4 {
		l.value, l.start, l.end = v, l.start+2, l.end-2
	}
	return l
}

// namedValue reports whether p is the value of a root variable or output:
// variables.NAME.value and outputs.NAME.value at the top (state, plan) or
// under values (`terraform show -json` of a state).
func namedValue(p []string) bool {
	n := len(p)
	return (n == 3 || (n == 4 && p[0] == "values")) && (p[n-3] == "variables" || p[n-3] == "outputs") && p[n-1] == "value"
}

func isIndex(s string) bool {
	_, err := strconv.Atoi(s)
	return err == nil
}

type stateCheck struct {
	c    *Checker
	path string
	data []byte
	out  []finding.Finding
}

// scan reports the credential matches of one value; provider is the
// provider setting it comes from ("" for a resource attribute), whose
// Global-Key or service-key auth is also reported.
func (sc *stateCheck) scan(l stateLeaf, ctx rules.ValueContext, provider string) {
	raw := sc.data[l.start:l.end]
	if string(raw) != l.value {
		return // escaped text: offsets would not map; the text rules read it
	}
	if ctx.Name == tunnelSecretName {
		// A bare base64 secret: no format of its own for the text rules.
		if rules.TunnelSecretShape(raw) {
			sc.add(rules.TunnelToken, l.start, l.end, "Cloudflare Tunnel secret in Terraform state ("+l.path[len(l.path)-1]+" of a tunnel resource); rotate the tunnel and keep state in an encrypted backend, out of the repository", "high")
		}
		return
	}
	ms := rules.Options{Path: sc.path, ExtraHosts: sc.c.hosts}.ScanValue(raw, ctx)
	for _, m := range ms {
		sc.add(m.Rule, l.start+m.Start, l.start+m.End, m.Message, m.Confidence)
	}
	if len(ms) == 0 {
		return
	}
	sc.auth(l, provider)
}

// auth reports the Global-Key or service-key auth of the provider setting
// whose value (a constant or a reference) is l. The finding's span is the
// setting's name ("api_key"), never the value: its rule is not a secret
// rule, and its match is shown.
func (sc *stateCheck) auth(l stateLeaf, provider string) {
	lo := max(0, l.start-maxKeyGap)
	k := bytes.LastIndex(sc.data[lo:l.start], []byte(`"`+provider+`"`))
	if provider == "" || k < 0 {
		return
	}
	ks, ke := lo+k+1, lo+k+1+len(provider)
	switch provider {
	case "api_key":
		sc.add(rules.GlobalKeyAuth, ks, ke, "Terraform provider \"cloudflare\" authenticates with the Global API Key (api_key in the plan's provider configuration); use a scoped api_token", "high")
	case "api_user_service_key":
		sc.add(rules.UserServiceKeyAuth, ks, ke, "Terraform provider \"cloudflare\" authenticates with an Origin CA user service key (api_user_service_key), which stopped working on 2026-09-30; use an API token", "high")
	}
}

func (sc *stateCheck) add(r *rules.Rule, start, end int, msg, conf string) {
	var pos finding.Position
	pos.Line, pos.Column = textpos.At(sc.data, start)
	pos.EndLine, pos.EndColumn = textpos.At(sc.data, end)
	sc.out = append(sc.out, finding.New(r, sc.path, pos, sc.data[start:end], msg, conf, false))
}

// stateLeaves reads data as one JSON document and returns its string
// values with their paths. It walks tokens without recursion; values nested
// deeper than maxStateDepth are skipped.
func stateLeaves(data []byte) ([]stateLeaf, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	type frame struct {
		object  bool
		key     string
		index   int
		wantKey bool
	}
	var stack []frame
	var leaves []stateLeaf
	pathOf := func() []string {
		p := make([]string, 0, len(stack))
		for _, f := range stack {
			if f.object {
				p = append(p, f.key)
			} else {
				p = append(p, strconv.Itoa(f.index))
			}
		}
		return p
	}
	// afterValue moves the enclosing frame past one value.
	afterValue := func() {
		if n := len(stack); n > 0 {
			if stack[n-1].object {
				stack[n-1].wantKey = true
			} else {
				stack[n-1].index++
			}
		}
	}
	for {
		before := dec.InputOffset()
		tok, err := dec.Token()
		if err == io.EOF {
			if len(stack) != 0 {
				return nil, io.ErrUnexpectedEOF
			}
			return leaves, nil
		}
		if err != nil {
			return nil, err
		}
		if n := len(stack); n > 0 && stack[n-1].object && stack[n-1].wantKey {
			if k, ok := tok.(string); ok {
				stack[n-1].key, stack[n-1].wantKey = k, false
				continue
			}
		}
		switch t := tok.(type) {
		case json.Delim:
			switch t {
			case '{', '[':
				stack = append(stack, frame{object: t == '{', wantKey: t == '{'})
			default:
				if len(stack) > 0 {
					stack = stack[:len(stack)-1]
				}
				afterValue()
			}
		case string:
			end := int(dec.InputOffset())
			if q := bytes.IndexByte(data[before:end], '"'); q >= 0 && len(stack) <= maxStateDepth {
				leaves = append(leaves, stateLeaf{path: pathOf(), value: t, start: int(before) + q + 1, end: end - 1})
			}
			afterValue()
		default:
			afterValue()
		}
	}
}
