package golangci_test

import (
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	_ "github.com/cfauthlint/cfauthlint/plugin/golangci"
)

// build gets the registered plugin and builds its analyzers from settings
// shaped as golangci-lint passes them (decoded YAML).
func build(t *testing.T, settings any) ([]*analysis.Analyzer, error) {
	t.Helper()
	newPlugin, err := register.GetPlugin("cfauthlint")
	if err != nil {
		t.Fatal(err)
	}
	p, err := newPlugin(settings)
	if err != nil {
		return nil, err
	}
	if p.GetLoadMode() != register.LoadModeTypesInfo {
		t.Errorf("load mode %q, want %q", p.GetLoadMode(), register.LoadModeTypesInfo)
	}
	return p.BuildAnalyzers()
}

func names(as []*analysis.Analyzer) string {
	var n []string
	for _, a := range as {
		n = append(n, a.Name)
	}
	return strings.Join(n, ",")
}

func TestBuildFromSettings(t *testing.T) {
	as, err := build(t, map[string]any{
		"hosts":   []any{"CF-Gateway.example.com"},
		"disable": []any{"hardcodedcred"},
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := names(as); got != "globalkeyauth,insecuretransport" {
		t.Fatalf("analyzers %s", got)
	}
	// The hosts setting reaches the analyzers: the gateway URL over http is CF301.
	pkg := map[string]string{"globalkeyauth": "auth", "insecuretransport": "transport"}
	for _, a := range as {
		analysistest.Run(t, analysistest.TestData(), a, pkg[a.Name])
	}
}

func TestDefaults(t *testing.T) {
	as, err := build(t, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := names(as); got != "hardcodedcred,globalkeyauth,insecuretransport" {
		t.Fatalf("analyzers %s", got)
	}
}

func TestBadSettings(t *testing.T) {
	for _, s := range []any{
		map[string]any{"host": []any{"x"}},
		map[string]any{"disable": []any{"nosuch"}},
	} {
		if _, err := build(t, s); err == nil {
			t.Errorf("settings %v: no error", s)
		}
	}
}
