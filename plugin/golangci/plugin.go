// Package golangci is cfauthlint's golangci-lint module plugin. It registers
// the linter "cfauthlint", which runs the analyzers of package analyzers.
//
// Build a custom golangci-lint with it (.custom-gcl.yml, then
// `golangci-lint custom`, which writes ./custom-gcl):
//
//	version: v2.6.2
//	plugins:
//	  - module: github.com/cfauthlint/cfauthlint
//	    import: github.com/cfauthlint/cfauthlint/plugin/golangci
//	    version: latest
//
// and enable it in .golangci.yml:
//
//	version: "2"
//	linters:
//	  enable:
//	    - cfauthlint
//	  settings:
//	    custom:
//	      cfauthlint:
//	        type: module
//	        description: Cloudflare credential mistakes (CF1xx-CF3xx)
//	        settings:
//	          hosts: [cf-gateway.example.com] # extra Cloudflare API hosts
//	          disable: [insecuretransport, CF302, global-api-key-auth] # analyzers or rules (ids or names) to leave out
//	  # golangci-lint prints the offending source line under each issue by
//	  # default, which shows a hardcoded token unredacted: turn it off.
//	output:
//	  formats:
//	    text:
//	      print-issued-lines: false
//
// The analyzers also honour the .cfauthlint.yaml that governs each file
// (disabled rules, allow.values, allow.paths, include/exclude, hosts), as
// cfauthlint scan does.
package golangci

import (
	"fmt"
	"slices"
	"strings"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/cfauthlint/cfauthlint/analyzers"
	"github.com/cfauthlint/cfauthlint/rules"
)

func init() { register.Plugin("cfauthlint", New) }

// Settings are the plugin's settings in .golangci.yml.
type Settings struct {
	// Hosts are extra Cloudflare API hosts (e.g. an API gateway).
	Hosts []string `json:"hosts"`
	// Disable lists analyzers to leave out (hardcodedcred, globalkeyauth,
	// insecuretransport) and rules, by id or name (CF302,
	// tls-verification-disabled).
	Disable []string `json:"disable"`
}

type plugin struct {
	settings     Settings
	analyzersOff []string // analyzer names
	rulesOff     []string // rule ids
}

// New decodes the settings and returns the plugin.
func New(conf any) (register.LinterPlugin, error) {
	s, err := register.DecodeSettings[Settings](conf)
	if err != nil {
		return nil, fmt.Errorf("cfauthlint: %w", err)
	}
	known := map[string]bool{}
	for _, a := range analyzers.All() {
		known[a.Name] = true
	}
	p := &plugin{settings: s}
	for _, d := range s.Disable {
		switch r := rules.Lookup(d); {
		case known[d]:
			p.analyzersOff = append(p.analyzersOff, d)
		case r != nil:
			p.rulesOff = append(p.rulesOff, r.ID)
		default:
			return nil, fmt.Errorf("cfauthlint: disable: %s, and not an analyzer (hardcodedcred, globalkeyauth, insecuretransport)", rules.UnknownRule(d))
		}
	}
	return p, nil
}

// BuildAnalyzers returns the configured analyzers.
func (p *plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	var hosts []string
	for _, h := range p.settings.Hosts {
		if h = strings.ToLower(strings.TrimSpace(h)); h != "" {
			hosts = append(hosts, h)
		}
	}
	var out []*analysis.Analyzer
	for _, a := range analyzers.New(analyzers.Options{ExtraHosts: hosts, Disable: p.rulesOff}) {
		if !slices.Contains(p.analyzersOff, a.Name) {
			out = append(out, a)
		}
	}
	return analyzers.Labelled(out...), nil
}

// GetLoadMode asks golangci-lint for type information.
func (p *plugin) GetLoadMode() string { return register.LoadModeTypesInfo }
