package config_test

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/cfauthlint/cfauthlint/internal/config"
	"github.com/cfauthlint/cfauthlint/internal/testcred"
)

// TestMalformed: every malformed config is an error naming the file, the
// line and what is wrong.
func TestMalformed(t *testing.T) {
	cases := []struct {
		name, yaml string
		line       int
		words      []string
	}{
		{"unknown field", "include: [a]\nexclud: [b]\n", 2, []string{"unknown field", "exclud"}},
		{"unknown nested field", "allow:\n  value:\n    - x\n", 2, []string{"unknown field", "value"}},
		{"list as string", "exclude:\n  - a\ndisable: CF101\n", 3, []string{"list"}},
		{"string as list", "severity:\n  CF101: [a]\n", 2, []string{"string"}},
		{"mapping as list", "include:\n  a: b\n", 2, []string{"list"}},
		{"scalar as mapping", "allow: 3\n", 1, []string{"mapping"}},
		{"bad include glob", "include:\n  - ok/**\n  - \"a/[b\"\n", 3, []string{"include", "glob", "a/[b"}},
		{"bad exclude glob", "exclude:\n  - \"{x,y\"\n", 2, []string{"exclude", "glob"}},
		{"bad allow.paths glob", "allow:\n  paths:\n    - ok\n    - \"[\"\n", 4, []string{"allow.paths", "glob"}},
		{"unknown rule in disable", "disable:\n  - CF101\n  - CF999\n", 3, []string{"unknown rule", "CF999"}},
		{"unknown rule in severity", "severity:\n  CF101: error\n  XX1: note\n", 3, []string{"unknown rule", "XX1"}},
		{"bad severity", "severity:\n  CF101: critical\n", 2, []string{"critical", "error, warning or note"}},
		{"bad allow value", "allow:\n  values:\n    - abc\n", 3, []string{"SHA-256"}},
		{"bad host", "hosts:\n  - https://gw.example\n", 2, []string{"host"}},
		{"syntax error", "include: [a\nexclude: b\n", 0, []string{}},
		{"duplicate key", "include: [a]\ninclude: [b]\n", 2, []string{"include"}},
		{"tab indentation", "exclude:\n\t- a\n", 2, []string{"character"}},
		{"second document", "---\ninclude: [a]\n---\nexclude: [b]\n", 4, []string{"document"}},
	}
	dir := t.TempDir()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := filepath.Join(dir, config.FileName)
			if err := os.WriteFile(p, []byte(c.yaml), 0o644); err != nil {
				t.Fatal(err)
			}
			cfg, err := config.Load(p)
			if err == nil {
				t.Fatalf("accepted: %+v", cfg)
			}
			var ce *config.Error
			if !errors.As(err, &ce) {
				t.Fatalf("error %v is not a *config.Error", err)
			}
			if ce.Path != p || !strings.HasPrefix(err.Error(), p+":") {
				t.Errorf("error %q does not start with the file", err)
			}
			if ce.Line <= 0 {
				t.Errorf("error %q has no line", err)
			} else if c.line > 0 && ce.Line != c.line {
				t.Errorf("error %q: line %d, want %d", err, ce.Line, c.line)
			}
			for _, w := range c.words {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not mention %q", err, w)
				}
			}
		})
	}
}

func TestValid(t *testing.T) {
	const sha = "0123456789ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef"
	cfg, err := config.Parse("x.yaml", []byte(`# a comment
include: ["**/*.py", "src/**"]
exclude:
  - vendor/**
disable: [cf201]
severity:
  cf101: warning
allow:
  values: [`+sha+`]
  paths: ["testdata/**"]
hosts: [" CF-GW.Example.com "]
`))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(cfg.Include, []string{"**/*.py", "src/**"}) || !slices.Equal(cfg.Exclude, []string{"vendor/**"}) {
		t.Errorf("globs: %v %v", cfg.Include, cfg.Exclude)
	}
	if !cfg.Disabled("CF201") || cfg.Disabled("CF101") {
		t.Errorf("disable: %v", cfg.Disable)
	}
	if cfg.Severity["CF101"] != "warning" {
		t.Errorf("severity: %v", cfg.Severity)
	}
	if !cfg.AllowedValue(strings.ToLower(sha)) || !cfg.AllowedPath("testdata/a/b.txt") || cfg.AllowedPath("src/a.txt") {
		t.Errorf("allow: %+v", cfg.Allow)
	}
	if !slices.Equal(cfg.Hosts, []string{"cf-gw.example.com"}) {
		t.Errorf("hosts: %q", cfg.Hosts)
	}
	for _, empty := range []string{"", "\n", "# only a comment\n", "---\n", "---\ninclude: []\n---\n"} {
		cfg, err := config.Parse("x.yaml", []byte(empty))
		if err != nil || len(cfg.Include)+len(cfg.Exclude)+len(cfg.Disable) != 0 {
			t.Errorf("empty config %q: %v %+v", empty, err, cfg)
		}
	}
}

func TestLoadMissing(t *testing.T) {
	p := filepath.Join(t.TempDir(), "nope.yaml")
	if _, err := config.Load(p); err == nil || !strings.Contains(err.Error(), p) {
		t.Errorf("missing config: err = %v, want one naming %s", err, p)
	}
}

// TestDiscover walks up to the repository root and no further.
func TestDiscover(t *testing.T) {
	outer := t.TempDir()
	repo := filepath.Join(outer, "repo")
	deep := filepath.Join(repo, "a", "b")
	for _, d := range []string{filepath.Join(repo, ".git"), deep} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	// A config above the repository is not used.
	if err := os.WriteFile(filepath.Join(outer, config.FileName), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if p, err := config.Discover(deep); err != nil || p != "" {
		t.Errorf("no config in repo: got %q, %v", p, err)
	}
	want := filepath.Join(repo, config.FileName)
	if err := os.WriteFile(want, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if p, err := config.Discover(deep); err != nil || p != want {
		t.Errorf("Discover = %q, %v; want %q", p, err, want)
	}
	nearer := filepath.Join(repo, "a", config.FileName)
	if err := os.WriteFile(nearer, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if p, _ := config.Discover(deep); p != nearer {
		t.Errorf("Discover = %q, want the nearest %q", p, nearer)
	}
}

// TestErrorsNeverRepeatValues: whatever a config error is about, its text
// names the entry, never repeats a value from the file: a pasted
// credential (legacy formats are not secret-shaped out of context) would
// be printed in CI logs.
func TestErrorsNeverRepeatValues(t *testing.T) {
	g := testcred.New(51)
	for _, v := range []string{g.Hex(37), g.Legacy40(), g.Prefixed("cfut_"), g.Hex(64)} {
		for _, tmpl := range []string{
			"disable: [%s]\n",
			"disable:\n  - %s\n",
			"severity:\n  %s: error\n",
			"severity:\n  CF101: %s\n",
			"exclude: [\"[%s\"]\n",
			"hosts: [\"https://%s\"]\n",
			"hosts: [\"a:%s\"]\n",
			"%s: 1\n",
			"allow:\n  %s: [x]\n",
			"include: {%s: 1}\n",
			"include: %s\n",
			"allow:\n  values: [%s]\n",
			"include: [a\n%s\n",
			"x: &%s 1\ny: *%s\n",
			"include: [*%s]\n",
			"include: !%s x\n",
			"include: \"\\%s\"\n",
			"include: [a]\n  %s: b\n",
			"{ %s\n",
			"[ %s: ]\n",
		} {
			doc := strings.ReplaceAll(tmpl, "%s", v)
			_, err := config.Parse("c.yaml", []byte(doc))
			if err == nil {
				continue
			}
			if strings.Contains(err.Error(), v) || strings.Contains(err.Error(), v[4:16]) {
				t.Errorf("error repeats the value (template %q): %s", tmpl, strings.ReplaceAll(err.Error(), v, "<value>"))
			}
		}
	}
}

// TestLargeConfigFailsFast: the config is capped (safefile.Config) and an
// error in a large one is located in linear time (a 10 MB file with a type
// error on line 1 took minutes).
func TestLargeConfigFailsFast(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.yaml")
	os.WriteFile(big, []byte("include: 1\n"+strings.Repeat("# padding\n", 1<<20)), 0o644)
	if _, err := config.Load(big); err == nil || !strings.Contains(err.Error(), "too large") {
		t.Errorf("a 10 MB config: %v, want too large", err)
	}
	for name, doc := range map[string]string{
		"type error first": "include: 1\n" + strings.Repeat("exclude: [a]\n", 70000),
		"nested":           strings.Repeat("[", 400) + "\n" + strings.Repeat("x: y\n", 100000),
		"many lines":       strings.Repeat("- a\n", 200000) + "include: {\n",
	} {
		start := time.Now()
		_, err := config.Parse("c.yaml", []byte(doc[:min(len(doc), 1<<20)]))
		if err == nil {
			t.Errorf("%s: no error", name)
		}
		if d := time.Since(start); d > 10*time.Second {
			t.Errorf("%s: %v to report the error", name, d)
		}
	}
}
