package analyzer_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/acme/cf-header-lint/analyzer"
)

// a:            positive cases (CFH001-CFH003) and Bearer negatives
// server:       handlers that read the headers - no reports
// othervendors: X-Auth-Key sent to Zilore and Swift - no reports
func TestAnalyzer(t *testing.T) {
	testdata := analysistest.TestData()
	analysistest.Run(t, testdata, analyzer.Analyzer, "a", "server", "othervendors")
}
