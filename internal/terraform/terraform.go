// Package terraform checks Terraform files by parsing them with HCL
// (hclsyntax; no provider schema needed): the token-policy rules CF401–CF403
// on cloudflare_api_token and cloudflare_account_token resources, in the
// provider v4 shape (policy and condition blocks) and the v5 shape
// (policies and condition attributes, resources as a map, jsonencode or a
// JSON string), and the provider-block checks of CF201, CF202 and CF301.
//
// Values that cannot be known without evaluating the configuration
// (variables, locals, other resources' attributes) are never findings.
package terraform

import (
	"bytes"
	"path"
	"slices"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/cfauthlint/cfauthlint/internal/finding"
	"github.com/cfauthlint/cfauthlint/internal/textpos"
	"github.com/cfauthlint/cfauthlint/rules"
)

// Checker is a scanner.FileCheck for *.tf files. It is safe for concurrent use.
type Checker struct {
	hosts []string // extra Cloudflare API hosts, as in rules.Options
}

// New returns a Checker; extraHosts are further Cloudflare API hosts
// (config `hosts`) for CF301.
func New(extraHosts []string) *Checker { return &Checker{hosts: extraHosts} }

// Wants reports whether path is a Terraform file, or Terraform state or
// plan JSON (IsStateFile).
func (c *Checker) Wants(p string) bool {
	return strings.EqualFold(path.Ext(p), ".tf") || IsStateFile(p)
}

// tokenTypes are the resource types whose policy CF401–CF403 check.
var tokenTypes = []string{"cloudflare_api_token", "cloudflare_account_token"}

// Check parses data and returns its findings. A file that does not parse
// gets a notice and only the checks that look at what is present (provider
// settings), never the ones that report something missing.
func (c *Checker) Check(p string, data []byte) ([]finding.Finding, []finding.Notice) {
	if IsStateFile(p) {
		return c.checkState(p, data)
	}
	// Fast path: every check needs a provider "cloudflare" block or a
	// cloudflare_*_token resource. Parsing HCL runs at a few MB/s and was
	// 40% of the CPU of scanning a tree with a few percent of .tf files.
	if !bytes.Contains(data, []byte("cloudflare")) {
		return nil, nil
	}
	if line, why := checkBounds(data); why != "" {
		return nil, []finding.Notice{{Path: p, Line: line, Message: "Terraform file not parsed (" + why + "); token policy and provider checks skipped, text rules applied", Repeat: true}}
	}
	file, diags := hclsyntax.ParseConfig(data, p, hcl.InitialPos)
	body, _ := file.Body.(*hclsyntax.Body)
	if body == nil {
		return nil, nil
	}
	fc := &fileCheck{c: c, path: p, data: data, complete: !diags.HasErrors()}
	var notices []finding.Notice
	for _, d := range diags {
		if d.Severity != hcl.DiagError {
			continue
		}
		n := finding.Notice{Path: p, Message: "cannot parse Terraform (" + d.Summary + "); token policy checks skipped", Repeat: true}
		if d.Subject != nil {
			n.Line = d.Subject.Start.Line
			if templateAt(data, n.Line) {
				// Not HCL but a template of it (a Go fmt format or text
				// template in a provider's testdata): its provider
				// blocks are no more real than its token resources.
				return nil, []finding.Notice{{Path: p, Line: n.Line, Message: TemplateNotice, Repeat: true}}
			}
		}
		notices = append(notices, n)
		break
	}
	for _, b := range body.Blocks {
		switch {
		case b.Type == "resource" && len(b.Labels) == 2 && slices.Contains(tokenTypes, b.Labels[0]):
			if fc.complete {
				fc.token(b)
			}
		case b.Type == "provider" && len(b.Labels) == 1 && b.Labels[0] == "cloudflare":
			fc.provider(b)
		}
	}
	return fc.out, notices
}

type fileCheck struct {
	c        *Checker
	path     string
	data     []byte
	complete bool
	out      []finding.Finding
}

// report adds a finding of rule r over rng; its value is the source text
// of rng (never a secret: the spans used are headers, names and policy keys).
func (fc *fileCheck) report(r *rules.Rule, rng hcl.Range, msg string) {
	start, end := rng.Start.Byte, rng.End.Byte
	if start < 0 || end > len(fc.data) || start > end {
		return
	}
	pos := finding.Position{}
	pos.Line, pos.Column = textpos.At(fc.data, start)
	pos.EndLine, pos.EndColumn = textpos.At(fc.data, end)
	fc.out = append(fc.out, finding.New(r, fc.path, pos, fc.data[start:end], msg, "high", false))
}

// header is the range of `resource "type" "name"`.
func header(b *hclsyntax.Block) hcl.Range { return b.DefRange() }

func resourceName(b *hclsyntax.Block) string { return b.Labels[0] + "." + b.Labels[1] }

// token runs CF401–CF403 on one token resource.
func (fc *fileCheck) token(b *hclsyntax.Block) {
	name := resourceName(b)
	attrs := b.Body.Attributes

	// CF401: expires_on.
	if a, ok := attrs["expires_on"]; !ok {
		fc.report(rules.TokenNoExpiry, header(b), name+" has no expires_on: the token never expires; set an expiry and rotate it")
	} else if unset(a.Expr) {
		fc.report(rules.TokenNoExpiry, a.SrcRange, name+" sets expires_on to null or \"\": the token never expires; set an expiry and rotate it")
	}

	// CF402: condition.request_ip.in.
	if at, ok := fc.ipFilterMissing(b); ok {
		fc.report(rules.TokenNoIPFilter, at, name+" has no condition.request_ip.in: the token works from any IP address; restrict it to the addresses that use it")
	}

	// CF403: an allow policy on all zones or all accounts.
	if hits := fc.broadPolicies(b); len(hits) > 0 {
		var scopes []string
		for _, h := range hits {
			scopes = append(scopes, scopeName(h.key)+" ("+h.key+")")
		}
		slices.Sort(scopes)
		scopes = slices.Compact(scopes)
		first := hits[0]
		for _, h := range hits[1:] {
			if h.rng.Start.Byte < first.rng.Start.Byte {
				first = h
			}
		}
		fc.report(rules.TokenBroadScope, first.rng, name+" has an allow policy on "+strings.Join(scopes, " and ")+"; list only the zones or accounts it needs")
	}
}

// ipFilterMissing reports whether the token is known to lack an IP
// allow-list, and where to report it: the resource header when there is no
// condition, else the condition.
func (fc *fileCheck) ipFilterMissing(b *hclsyntax.Block) (hcl.Range, bool) {
	// v4: condition { request_ip { in = [...] } } blocks.
	var conds []*hclsyntax.Block
	for _, sub := range b.Body.Blocks {
		switch {
		case sub.Type == "condition":
			conds = append(conds, sub)
		case sub.Type == "dynamic" && len(sub.Labels) == 1 && sub.Labels[0] == "condition":
			return hcl.Range{}, false
		}
	}
	if len(conds) > 0 {
		for _, cond := range conds {
			for _, rip := range cond.Body.Blocks {
				if rip.Type == "dynamic" && len(rip.Labels) == 1 && rip.Labels[0] == "request_ip" {
					return hcl.Range{}, false
				}
				if rip.Type != "request_ip" {
					continue
				}
				if in, ok := rip.Body.Attributes["in"]; ok && !emptyList(exprNode(in.Expr)) {
					return hcl.Range{}, false
				}
			}
		}
		return conds[0].DefRange(), true
	}
	// v5: condition = { request_ip = { in = [...] } }.
	a, ok := b.Body.Attributes["condition"]
	if !ok {
		return header(b), true
	}
	cond := exprNode(a.Expr)
	if cond.isNull() {
		return a.SrcRange, true
	}
	rip, st := cond.get("request_ip")
	switch {
	case st == unknown:
		return hcl.Range{}, false
	case st == absent || rip.isNull():
		return a.SrcRange, true
	}
	in, st := rip.get("in")
	switch {
	case st == unknown:
		return hcl.Range{}, false
	case st == absent || emptyList(in):
		return a.SrcRange, true
	}
	return hcl.Range{}, false
}

// emptyList reports whether n is known to be null or an empty list.
func emptyList(n node) bool {
	if n.isNull() {
		return true
	}
	es, ok := n.elems()
	return ok && len(es) == 0
}

// broadPolicies returns the wildcard resource keys of the token's allow
// policies, in both provider shapes.
func (fc *fileCheck) broadPolicies(b *hclsyntax.Block) []broadHit {
	var hits []broadHit
	// v4: policy { effect, resources } blocks; dynamic blocks are unknown.
	for _, p := range b.Body.Blocks {
		if p.Type != "policy" {
			continue
		}
		eff := node{}
		effState := absent
		if a, ok := p.Body.Attributes["effect"]; ok {
			eff, effState = exprNode(a.Expr), present
		}
		if !allows(eff, effState) {
			continue
		}
		if a, ok := p.Body.Attributes["resources"]; ok {
			hits = append(hits, broadKeys(exprNode(a.Expr))...)
		}
	}
	// v5: policies = [{ effect, resources }, ...].
	if a, ok := b.Body.Attributes["policies"]; ok {
		pols, _ := exprNode(a.Expr).elems() // the policies that are written out
		for _, pol := range pols {
			eff, st := pol.get("effect")
			if !allows(eff, st) {
				continue
			}
			if res, st := pol.get("resources"); st == present {
				hits = append(hits, broadKeys(res)...)
			}
		}
	}
	return hits
}

// allows reports whether a policy's effect is known to be allow; an absent
// or null effect is the provider's default, allow.
func allows(eff node, st presence) bool {
	switch st {
	case absent:
		return true
	case unknown:
		return false
	}
	if eff.isNull() {
		return true
	}
	s, ok := eff.str()
	return ok && strings.EqualFold(s, "allow")
}

// provider runs the provider-block checks: Global API Key auth (CF201),
// user service key auth (CF202) and a plain-http base_url (CF301). The
// reported span is the attribute name, so that a literal key never ends up
// in a non-secret finding's shown text.
func (fc *fileCheck) provider(b *hclsyntax.Block) {
	attrs := b.Body.Attributes
	if a, ok := attrs["api_key"]; ok && !unset(a.Expr) {
		msg := "Terraform provider authenticates with the Global API Key (api_key"
		if e, ok := attrs["email"]; ok && !unset(e.Expr) {
			msg += " + email"
		}
		fc.report(rules.GlobalKeyAuth, a.NameRange, msg+"); use a scoped api_token")
	}
	if a, ok := attrs["api_user_service_key"]; ok && !unset(a.Expr) {
		s, _ := rules.AuthSettingOf("api_user_service_key")
		fc.report(s.Rule, a.NameRange, s.Message)
	}
	if a, ok := attrs["base_url"]; ok {
		if u, ok := staticString(a.Expr); ok && fc.insecureAPIURL(u) {
			fc.report(rules.InsecureAPIEndpoint, a.NameRange, "Terraform provider base_url uses plain http:// for the Cloudflare API; use https://")
		}
	}
}

// insecureAPIURL reports whether u is an http:// URL of a Cloudflare API host,
// deciding it with the text rule CF301 so that hosts are matched one way.
func (fc *fileCheck) insecureAPIURL(u string) bool {
	if !strings.HasPrefix(strings.ToLower(strings.TrimSpace(u)), "http://") {
		return false
	}
	for _, m := range (rules.Options{ExtraHosts: fc.c.hosts}).Scan([]byte(`"` + u + `"`)) {
		if m.Rule == rules.InsecureAPIEndpoint {
			return true
		}
	}
	return false
}
