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
	"github.com/cfauthlint/cfauthlint/rules"
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

// Labelled returns copies of as whose messages start with the rule id, as
// go vet and golangci-lint users see them ("CF101: …"); cfauthlint scan
// runs the analyzers as they are.
func Labelled(as ...*analysis.Analyzer) []*analysis.Analyzer {
	out := make([]*analysis.Analyzer, len(as))
	for i, a := range as {
		out[i] = lint.Labelled(a)
	}
	return out
}

// IsSDK reports whether an import path is (a package of) the Cloudflare Go
// SDK, any major version.
func IsSDK(path string) bool { return rules.IsGoSDK(path) }

// IsSDKCore reports the SDK packages whose functions the analyzers match:
// cloudflare-go v0, and the option package of v2+. A driver that loads
// dependencies from source needs these with their declarations.
func IsSDKCore(path string) bool {
	return rules.PackageOf(path) != rules.NotGo
}

// DefaultName guesses a package's name from its import path, as the
// analyzers do for a package whose source is not at hand.
func DefaultName(path string) string { return lint.DefaultName(path) }
