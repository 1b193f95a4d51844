package globalkeyauth_test

import (
	"testing"

	"github.com/cfauthlint/cfauthlint/analyzers/globalkeyauth"
	"github.com/cfauthlint/cfauthlint/analyzers/internal/atest"
)

func TestAnalyzer(t *testing.T) {
	atest.Run(t, globalkeyauth.Analyzer, "a", "v6", "server", "nothing", "hosts", "zilore", "tablecase")
}
