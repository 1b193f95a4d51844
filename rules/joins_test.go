package rules_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/cfauthlint/cfauthlint/internal/testcred"
	"github.com/cfauthlint/cfauthlint/rules"
)

// TestJoinedLiterals: a credential split across adjacent string literals
// of one expression is judged joined; the finding starts at the first
// piece. Joins of non-literals, or of literals that do not make a
// credential, are nothing.
func TestJoinedLiterals(t *testing.T) {
	for _, tc := range []struct {
		path, text, rule string // rule "" for none
	}{
		{"a.py", `TOKEN = ("{{cfut#a[0:20]}}" "{{cfut#a[20:]}}")`, "CF101"},
		{"a.py", `CLOUDFLARE_API_TOKEN = "{{tok40#a[0:15]}}" + "{{tok40#a[15:]}}"`, "CF101"},
		{"a.py", "CF_API_KEY = (\n    \"{{hex37#a[0:20]}}\"\n    \"{{hex37#a[20:]}}\"\n)", "CF102"},
		{"a.js", `const token = '{{cfut#a[0:30]}}' + '{{cfut#a[30:]}}';`, "CF101"},
		{"a.js", "const cloudflareToken = '{{tok40#a[0:12]}}' +\n  '{{tok40#a[12:]}}';", "CF101"},
		{"a.java", `static final String cloudflareApiToken = "{{tok40#a[0:10]}}" + "{{tok40#a[10:]}}";`, "CF101"},
		{"a.go", `const cloudflareAPIToken = "{{tok40#a[0:10]}}" + "{{tok40#a[10:]}}"`, "CF101"},
		{"a.c", `static const char *cf_api_token = "{{cfut#a[0:25]}}" "{{cfut#a[25:]}}";`, "CF101"},
		// Not literal to literal, not a credential once joined, or no name.
		{"a.py", `TOKEN = "{{cfut#a[0:20]}}" + suffix + "{{cfut#a[20:]}}"`, ""},
		{"a.py", `token = "{{tok40#a[0:15]}}" + "{{tok40#a[15:]}}"`, ""},
		{"a.py", `label = "cloudflare" " api " "token"`, ""},
		{"a.py", "CF_API_KEY = \"{{hex37#a[0:20]}}\"\nOTHER = \"{{hex37#a[20:]}}\"", ""},
		{"README.md", `TOKEN = "{{cfut#a[0:20]}}" "{{cfut#a[20:]}}"`, ""},
	} {
		text, vals := testcred.ExpandTemplate(tc.text, tc.text)
		var got []string
		for _, m := range (rules.Options{Path: tc.path}).Scan([]byte(text)) {
			got = append(got, m.Rule.ID)
			if tc.rule != "" && m.Rule.ID == tc.rule && !strings.HasPrefix(text[m.Start:], vals[0][:3]) {
				t.Errorf("%s: %s: the finding does not start at the first piece", tc.path, tc.text)
			}
			for _, v := range vals {
				if strings.Contains(m.Message, v) {
					t.Errorf("%s: message holds the secret", tc.path)
				}
			}
		}
		want := ""
		if tc.rule != "" {
			want = "[" + tc.rule + "]"
		}
		if g := fmt.Sprint(got); (want == "" && len(got) != 0) || (want != "" && g != want) {
			t.Errorf("%s: %s: got %v, want %s", tc.path, tc.text, got, want)
		}
	}
}
