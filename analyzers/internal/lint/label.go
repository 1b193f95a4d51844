package lint

import "golang.org/x/tools/go/analysis"

// Labelled returns a copy of a whose diagnostics' messages start with their
// rule id ("CF101: …"), as go vet and golangci-lint show them: their users
// see what to suppress. The analyzers themselves report the bare message,
// which cfauthlint scan shows beside the rule id.
func Labelled(a *analysis.Analyzer) *analysis.Analyzer {
	c := *a
	c.Run = func(pass *analysis.Pass) (any, error) {
		p := *pass
		p.Report = func(d analysis.Diagnostic) {
			if d.Category != "" {
				d.Message = d.Category + ": " + d.Message
			}
			pass.Report(d)
		}
		return a.Run(&p)
	}
	return &c
}
