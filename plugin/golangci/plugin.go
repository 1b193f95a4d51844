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
//	          disable: [insecuretransport]    # analyzers to leave out
package golangci

import (
	"fmt"
	"strings"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/cfauthlint/cfauthlint/analyzers"
)

func init() { register.Plugin("cfauthlint", New) }

// Settings are the plugin's settings in .golangci.yml.
type Settings struct {
	// Hosts are extra Cloudflare API hosts (e.g. an API gateway).
	Hosts []string `json:"hosts"`
	// Disable lists analyzers to leave out: hardcodedcred, globalkeyauth,
	// insecuretransport.
	Disable []string `json:"disable"`
}

type plugin struct{ settings Settings }

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
	for _, d := range s.Disable {
		if !known[d] {
			return nil, fmt.Errorf("cfauthlint: disable: unknown analyzer %q (want hardcodedcred, globalkeyauth or insecuretransport)", d)
		}
	}
	return &plugin{settings: s}, nil
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
	for _, a := range analyzers.New(analyzers.Options{ExtraHosts: hosts}) {
		disabled := false
		for _, d := range p.settings.Disable {
			disabled = disabled || d == a.Name
		}
		if !disabled {
			out = append(out, a)
		}
	}
	return out, nil
}

// GetLoadMode asks golangci-lint for type information.
func (p *plugin) GetLoadMode() string { return register.LoadModeTypesInfo }
