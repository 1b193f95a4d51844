package hardcodedcred_test

import (
	"testing"

	"github.com/cfauthlint/cfauthlint/analyzers/hardcodedcred"
	"github.com/cfauthlint/cfauthlint/analyzers/internal/atest"
)

func TestAnalyzer(t *testing.T) {
	atest.Run(t, hardcodedcred.Analyzer, "a", "plain")
}
