// Package analyzers lists cfauthlint's go/analysis analyzers: the one list
// every driver uses (go vet -vettool, cfauthlint scan, the golangci-lint
// plugin).
package analyzers

import (
	"golang.org/x/tools/go/analysis"

	"github.com/cfauthlint/cfauthlint/analyzers/globalkeyauth"
	"github.com/cfauthlint/cfauthlint/analyzers/hardcodedcred"
	"github.com/cfauthlint/cfauthlint/analyzers/insecuretransport"
	"github.com/cfauthlint/cfauthlint/analyzers/internal/lint"
)

// Options configure the analyzers; the zero value is the default.
type Options = lint.Options

// All returns the analyzers with default options (their flags still
// configure them, as go vet does).
func All() []*analysis.Analyzer {
	return []*analysis.Analyzer{hardcodedcred.Analyzer, globalkeyauth.Analyzer, insecuretransport.Analyzer}
}

// New returns fresh analyzers configured with opt.
func New(opt Options) []*analysis.Analyzer {
	return []*analysis.Analyzer{hardcodedcred.New(opt), globalkeyauth.New(opt), insecuretransport.New(opt)}
}
