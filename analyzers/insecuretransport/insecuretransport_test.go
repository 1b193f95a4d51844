package insecuretransport_test

import (
	"testing"

	"github.com/cfauthlint/cfauthlint/analyzers/insecuretransport"
	"github.com/cfauthlint/cfauthlint/analyzers/internal/atest"
)

func TestAnalyzer(t *testing.T) {
	atest.Run(t, insecuretransport.Analyzer, "tls")
}

func TestFixes(t *testing.T) {
	atest.RunWithSuggestedFixes(t, insecuretransport.Analyzer, "a")
}
