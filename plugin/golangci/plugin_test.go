package golangci_test

import (
	"os"
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

// testData is a copy of testdata outside this repository: its own
// .cfauthlint.yaml (which excludes testdata) would govern the files there,
// as the analyzers honour the config that governs each file.
func testData(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(analysistest.TestData())); err != nil {
		t.Fatal(err)
	}
	return dir
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
		analysistest.Run(t, testData(t), a, pkg[a.Name])
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

// TestDisableRules: disable takes rule ids and names as well as analyzers,
// and leaves the analyzer's other rules on.
func TestDisableRules(t *testing.T) {
	as, err := build(t, map[string]any{
		"hosts":   []any{"cf-gateway.example.com"},
		"disable": []any{"insecure-api-endpoint", "CF201"},
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := names(as); got != "hardcodedcred,globalkeyauth,insecuretransport" {
		t.Fatalf("analyzers %s: disabling a rule must not drop its analyzer", got)
	}
	for _, a := range as {
		if a.Name == "insecuretransport" {
			analysistest.Run(t, testData(t), a, "disabled")
		}
	}
	if _, err := build(t, map[string]any{"disable": []any{"cloudflare-api-tokn"}}); err == nil || !strings.Contains(err.Error(), "did you mean cloudflare-api-token") {
		t.Errorf("unknown rule: %v", err)
	}
}

// TestHonoursConfig: the plugin's analyzers read the .cfauthlint.yaml that
// governs each file (here one disabling CF301 by name).
func TestHonoursConfig(t *testing.T) {
	as, err := build(t, map[string]any{"hosts": []any{"cf-gateway.example.com"}})
	if err != nil {
		t.Fatal(err)
	}
	dir := testData(t)
	if err := os.Mkdir(dir+"/.git", 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dir+"/src/disabled/.cfauthlint.yaml", []byte("disable: [insecure-api-endpoint]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, a := range as {
		if a.Name == "insecuretransport" {
			analysistest.Run(t, dir, a, "disabled")
		}
	}
}
