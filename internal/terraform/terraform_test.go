package terraform_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/cfauthlint/cfauthlint/internal/terraform"
	"github.com/cfauthlint/cfauthlint/internal/testcred"
	"github.com/cfauthlint/cfauthlint/rules"
)

var wantRE = regexp.MustCompile(`#\s*want(-next)?:\s*(.*)$`)

// wants reads `# want: CF401 CF402` (this line) and `# want-next: CF403`
// (the next line) annotations as "line:rule" strings.
func wants(src string) []string {
	var out []string
	for i, line := range strings.Split(src, "\n") {
		m := wantRE.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		n := i + 1
		if m[1] != "" {
			n++
		}
		for _, id := range strings.Fields(m[2]) {
			out = append(out, fmt.Sprintf("%d:%s", n, id))
		}
	}
	slices.Sort(out)
	return out
}

// TestFixtures: each token resource and provider block of the v4 and v5
// fixtures gets exactly the findings its annotations list.
func TestFixtures(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.tf")
	if len(files) < 2 {
		t.Fatal("fixtures missing")
	}
	c := terraform.New(nil)
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			if !c.Wants(file) {
				t.Fatalf("Wants(%s) = false", file)
			}
			fs, notices := c.Check(file, src)
			if len(notices) > 0 {
				t.Errorf("notices: %+v", notices)
			}
			var got []string
			for _, f := range fs {
				got = append(got, fmt.Sprintf("%d:%s", f.Line, f.RuleID))
				if f.Path != file || f.Column < 1 || f.EndLine < f.Line || f.Fingerprint == "" || f.Message == "" {
					t.Errorf("malformed finding %+v", f)
				}
				if r := rules.ByID(f.RuleID); r == nil || f.Level != string(r.Level) {
					t.Errorf("%s: level %q", f.RuleID, f.Level)
				}
			}
			slices.Sort(got)
			if want := wants(string(src)); !slices.Equal(got, want) {
				t.Errorf("findings (line:rule)\n got %v\nwant %v", got, want)
			}
		})
	}
}

// TestPolicySamples runs the CF4xx catalog samples through the checker
// alone (rules_test runs them through Scan plus the checker, as the scanner does).
func TestPolicySamples(t *testing.T) {
	c := terraform.New(nil)
	for _, r := range rules.All() {
		if r.Group() != "policy" {
			continue
		}
		for i, smp := range r.Samples {
			text, _ := testcred.New(uint64(i)).Expand(smp.Text)
			fs, _ := c.Check(smp.Path, []byte(text))
			hit := false
			for _, f := range fs {
				hit = hit || f.RuleID == r.ID
			}
			if hit != smp.Want {
				t.Errorf("%s sample %d: got %v, want %v\n%s", r.ID, i, hit, smp.Want, smp.Text)
			}
		}
	}
}

func TestPositionsAreCodePoints(t *testing.T) {
	src := "# ünïcödé ✓\nresource \"cloudflare_api_token\" \"t\" { name = \"ä\" }\n"
	fs, _ := terraform.New(nil).Check("main.tf", []byte(src))
	if len(fs) != 2 {
		t.Fatalf("got %d findings, want CF401 and CF402", len(fs))
	}
	for _, f := range fs {
		if f.Line != 2 || f.Column != 1 || f.EndLine != 2 || f.EndColumn != 36 || f.Redacted != `resource "cloudflare_api_token" "t"` {
			t.Errorf("%s at %d:%d-%d:%d %q", f.RuleID, f.Line, f.Column, f.EndLine, f.EndColumn, f.Redacted)
		}
	}
	src = "provider \"cloudflare\" { base_url = \"http://ápi\" }\n" +
		"resource \"cloudflare_api_token\" \"t\" {\n  policy { resources = { \"ü\" = 1, \"com.cloudflare.api.account.*\" = \"*\" } }\n}\n"
	fs, _ = terraform.New(nil).Check("main.tf", []byte(src))
	for _, f := range fs {
		if f.RuleID == "CF403" && (f.Line != 3 || f.Column != 35 || f.EndColumn != 65) {
			t.Errorf("CF403 at %d:%d-%d", f.Line, f.Column, f.EndColumn)
		}
		if f.RuleID == "CF301" {
			t.Errorf("CF301 for a host that is not Cloudflare's")
		}
	}
}

func TestProviderKeyLiteralIsNotShown(t *testing.T) {
	key := testcred.New(3).Hex(37)
	src := "provider \"cloudflare\" {\n  email   = \"ops@example.com\"\n  api_key = \"" + key + "\"\n}\n"
	fs, _ := terraform.New(nil).Check("main.tf", []byte(src))
	if len(fs) != 1 || fs[0].RuleID != "CF201" || fs[0].Line != 3 {
		t.Fatalf("got %+v, want one CF201 on line 3", fs)
	}
	if strings.Contains(fs[0].Redacted, key) || strings.Contains(fs[0].Message, key) {
		t.Error("CF201 finding shows the key")
	}
}

func TestExtraHostsAndNonProviderBlocks(t *testing.T) {
	src := "provider \"cloudflare\" {\n  base_url = \"http://cf-gw.corp.example/client/v4\"\n}\n" +
		"provider \"aws\" {\n  api_key = \"x\"\n  base_url = \"http://api.cloudflare.com\"\n}\n" +
		"module \"m\" {\n  api_user_service_key = \"x\"\n}\n"
	if fs, _ := terraform.New(nil).Check("main.tf", []byte(src)); len(fs) != 0 {
		t.Errorf("without extra hosts: %+v", fs)
	}
	fs, _ := terraform.New([]string{"cf-gw.corp.example"}).Check("main.tf", []byte(src))
	if len(fs) != 1 || fs[0].RuleID != "CF301" || fs[0].Line != 2 {
		t.Errorf("with extra host: %+v", fs)
	}
}

func TestParseError(t *testing.T) {
	src := "provider \"cloudflare\" {\n  api_key = var.k\n}\n" +
		"resource \"cloudflare_api_token\" \"t\" {\n  name = \n}\n"
	fs, ns := terraform.New(nil).Check("broken.tf", []byte(src))
	if len(ns) != 1 || ns[0].Path != "broken.tf" || ns[0].Line == 0 {
		t.Errorf("notices = %+v, want one with a line", ns)
	}
	// What is present is still reported; what would be missing is not.
	if len(fs) != 1 || fs[0].RuleID != "CF201" {
		t.Errorf("findings = %+v, want only CF201", fs)
	}
}

func TestWants(t *testing.T) {
	c := terraform.New(nil)
	for p, want := range map[string]bool{"main.tf": true, "a/B.TF": true, "x.tfvars": false, "x.tf.json": false, "tf": false, "main.tf.bak": false} {
		if c.Wants(p) != want {
			t.Errorf("Wants(%q) = %v", p, !want)
		}
	}
}

// FuzzCheck: no input makes the checker panic, and findings stay inside the input.
func FuzzCheck(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.tf")
	for _, file := range files {
		src, _ := os.ReadFile(file)
		f.Add(src)
	}
	for _, r := range rules.All() {
		for _, smp := range r.Samples {
			if strings.HasSuffix(smp.Path, ".tf") {
				f.Add([]byte(smp.Text))
			}
		}
	}
	c := terraform.New(nil)
	f.Fuzz(func(t *testing.T, src []byte) {
		fs, _ := c.Check("f.tf", src)
		lines := strings.Count(string(src), "\n") + 1
		for _, x := range fs {
			if x.Line < 1 || x.EndLine > lines || x.Column < 1 {
				t.Fatalf("%s at %d:%d-%d:%d outside the input", x.RuleID, x.Line, x.Column, x.EndLine, x.EndColumn)
			}
		}
	})
}
