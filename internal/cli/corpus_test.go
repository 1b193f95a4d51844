package cli_test

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/cfauthlint/cfauthlint/internal/corpus"
	"github.com/cfauthlint/cfauthlint/rules"
)

// TestCorpusCLI runs the real `cfauthlint scan` on the expanded corpus
// (testdata/corpus) with --go=off and --go=auto and judges its JSON report
// by the same expectation files as the text-rule corpus test: what users
// get is the scanner's walk, Terraform checks, Go analysis and merging, not
// the text rules alone. Every expected finding must be reported and nothing
// else (policy rules CF4xx are judged by their own tests).
func TestCorpusCLI(t *testing.T) {
	const src = "../../testdata/corpus"
	expect, err := corpus.LoadExpect(src)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	lineOf := map[string]map[int]int{}
	n := 0
	err = filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		rel = filepath.ToSlash(rel)
		if corpus.IsExpectFile(rel) {
			return nil
		}
		tmpl, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		n++
		text, lines := corpus.Expand(uint64(1000+n), string(tmpl))
		lineOf[rel] = lines
		dst := filepath.Join(dir, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		return os.WriteFile(dst, []byte(text), 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv("CFAUTHLINT_CACHE", t.TempDir())
	for _, mode := range []string{"off", "auto"} {
		t.Run(mode, func(t *testing.T) {
			code, out, stderr := runCLI("scan", "--go="+mode, "--quiet", "--format", "json", dir)
			if code != 1 {
				t.Fatalf("exit %d, want 1; stderr:\n%s", code, stderr)
			}
			var rep struct {
				Findings []struct {
					RuleID string `json:"rule_id"`
					Path   string `json:"path"`
					Line   int    `json:"line"`
				} `json:"findings"`
			}
			if err := json.Unmarshal([]byte(out), &rep); err != nil {
				t.Fatalf("report is not JSON: %v", err)
			}
			type key struct {
				file, rule string
				line       int
			}
			want, goOnly := map[key]bool{}, map[key]bool{}
			for f, es := range expect {
				for _, e := range es {
					k := key{f, e.Rule, lineOf[f][e.Line]}
					if e.Go && mode == "off" {
						goOnly[k] = true // only the Go analysis can prove it
						continue
					}
					want[k] = true
				}
			}
			got := map[key]bool{}
			for _, f := range rep.Findings {
				r := rules.ByID(f.RuleID)
				if r == nil {
					t.Errorf("unknown rule %s in the report", f.RuleID)
					continue
				}
				if r.Group() == "policy" {
					continue
				}
				rel, err := filepath.Rel(dir, f.Path)
				if err != nil {
					rel = f.Path
				}
				got[key{filepath.ToSlash(rel), f.RuleID, f.Line}] = true
			}
			var missed, falses []string
			total, hit := map[string]int{}, map[string]int{}
			for k := range want {
				g := rules.ByID(k.rule).Group()
				total[g]++
				if got[k] {
					hit[g]++
				} else {
					missed = append(missed, fmt.Sprintf("%s:%d: %s", k.file, k.line, k.rule))
				}
			}
			for k := range got {
				if !want[k] && !goOnly[k] {
					falses = append(falses, fmt.Sprintf("%s:%d: %s", k.file, k.line, k.rule))
				}
			}
			sort.Strings(missed)
			sort.Strings(falses)
			var summary []string
			for _, g := range []string{"secrets", "auth", "transport"} {
				summary = append(summary, fmt.Sprintf("%s %d/%d", g, hit[g], total[g]))
			}
			t.Logf("--go=%s: %d files; recall: %s; false findings: %d", mode, n, strings.Join(summary, ", "), len(falses))
			for _, m := range missed {
				t.Errorf("missed: %s", m)
			}
			for _, f := range falses {
				t.Errorf("false: %s", f)
			}
		})
	}
}
