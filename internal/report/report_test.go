package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/cfauthlint/cfauthlint/internal/finding"
)

func sample() *finding.Report {
	return &finding.Report{
		Version: "v1.2.3",
		Findings: []finding.Finding{
			{RuleID: "CF101", RuleName: "cloudflare-api-token", Level: "error", Path: "a/b.env", Line: 3, Column: 7, EndLine: 3, EndColumn: 60,
				Message: "token is hardcoded", Redacted: "cfut…(53 chars)", Fingerprint: "f00d", ValueHash: "ab"},
			{RuleID: "CF201", RuleName: "global-api-key-auth", Level: "warning", Path: "odd,name:100%.sh", Line: 1, Column: 1, EndLine: 1, EndColumn: 11,
				Message: "uses\nX-Auth-Key 50%", Redacted: "X-Auth-Key", Fingerprint: "beef", ValueHash: "cd", Commit: "0123abcd"},
			{RuleID: "CF402", RuleName: "api-token-no-ip-filter", Level: "note", Path: "main.tf", Line: 9, Column: 1, EndLine: 9, EndColumn: 30,
				Message: "no IP filter", Redacted: "resource", Fingerprint: "cafe", ValueHash: "ef", Verification: "active", Secret: "shown-only-with-flag"},
		},
		Notices: []finding.Notice{
			{Path: "a/b.env", Line: 2, Message: "stale cfauthlint:ignore CF102: no such finding"},
			{Path: "x.bin", Message: "cannot read file: open: permission denied"},
			{Message: "no Go module found"},
		},
		Summary: finding.Summary{Files: 3, Bytes: 2048, Skipped: map[string]int{"gitignored": 2, "binary": 1, "special": 0}, Findings: 3, Suppressed: 1, DurationMS: 1500},
	}
}

func TestText(t *testing.T) {
	var b bytes.Buffer
	if err := Text(&b, sample()); err != nil {
		t.Fatal(err)
	}
	want := `a/b.env:3:7: CF101 token is hardcoded (cfut…(53 chars))
odd,name:100%.sh:1:1: CF201 uses\nX-Auth-Key 50% (X-Auth-Key) [commit 0123abcd]
main.tf:9:1: CF402 no IP filter (resource) [verify: active] [secret: shown-only-with-flag]
`
	if b.String() != want {
		t.Errorf("Text:\n%s\nwant:\n%s", b.String(), want)
	}
}

func TestTextEmpty(t *testing.T) {
	var b bytes.Buffer
	if err := Text(&b, &finding.Report{}); err != nil || b.Len() != 0 {
		t.Errorf("Text of an empty report wrote %q, %v", b.String(), err)
	}
}

func TestNotices(t *testing.T) {
	var b bytes.Buffer
	Notices(&b, sample().Notices)
	want := "a/b.env:2: warning: stale cfauthlint:ignore CF102: no such finding\n" +
		"x.bin: warning: cannot read file: open: permission denied\n" +
		"warning: no Go module found\n"
	if b.String() != want {
		t.Errorf("Notices:\n%s\nwant:\n%s", b.String(), want)
	}
}

func TestSummaryLine(t *testing.T) {
	got := SummaryLine(sample().Summary)
	want := "cfauthlint: 3 files, 2.0 KiB scanned, 3 skipped (binary 1, gitignored 2), 3 findings, 1 suppressed in 1.5s"
	if got != want {
		t.Errorf("SummaryLine:\n got %s\nwant %s", got, want)
	}
	got = SummaryLine(finding.Summary{Bytes: 5 << 20, Baselined: 4})
	want = "cfauthlint: 0 files, 5.0 MiB scanned, 0 skipped, 0 findings, 4 in baseline in 0s"
	if got != want {
		t.Errorf("SummaryLine:\n got %s\nwant %s", got, want)
	}
}

func TestHumanBytes(t *testing.T) {
	for n, want := range map[int64]string{0: "0 B", 1023: "1023 B", 1024: "1.0 KiB", 1536: "1.5 KiB", 3 << 20: "3.0 MiB", 5 << 30: "5.0 GiB"} {
		if got := humanBytes(n); got != want {
			t.Errorf("humanBytes(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestJSON(t *testing.T) {
	var b bytes.Buffer
	if err := JSON(&b, sample()); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Version  string            `json:"version"`
		Findings []json.RawMessage `json:"findings"`
		Notices  []finding.Notice  `json:"notices"`
		Summary  map[string]any    `json:"summary"`
	}
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if got.Version != "v1.2.3" || len(got.Findings) != 3 || len(got.Notices) != 3 {
		t.Errorf("JSON: version %q, %d findings, %d notices", got.Version, len(got.Findings), len(got.Notices))
	}
	if _, ok := got.Summary["duration_ms"]; ok {
		t.Error("JSON summary carries duration_ms; runs would not be byte-identical")
	}
	for _, k := range []string{"files", "bytes", "skipped", "findings", "suppressed", "baselined"} {
		if _, ok := got.Summary[k]; !ok {
			t.Errorf("JSON summary lacks %q", k)
		}
	}
	var f map[string]any
	if err := json.Unmarshal(got.Findings[1], &f); err != nil {
		t.Fatal(err)
	}
	for k, want := range map[string]any{"rule_id": "CF201", "path": "odd,name:100%.sh", "line": 1.0, "column": 1.0, "end_line": 1.0, "end_column": 11.0,
		"message": "uses\nX-Auth-Key 50%", "redacted": "X-Auth-Key", "fingerprint": "beef", "value_sha256": "cd", "commit": "0123abcd"} {
		if f[k] != want {
			t.Errorf("finding[1].%s = %v, want %v", k, f[k], want)
		}
	}
	if _, ok := f["secret"]; ok {
		t.Error("finding without a revealed secret has a secret field")
	}
	// The input report is not modified.
	if sample().Summary.DurationMS != 1500 {
		t.Fatal("sample changed")
	}
}

// jsonWhole is how JSON wrote the report before it streamed: the whole
// object through one json.Encoder. The streamed bytes must be the same.
func jsonWhole(r *finding.Report) []byte {
	type summary struct {
		finding.Summary
		DurationMS int64 `json:"duration_ms,omitempty"`
	}
	rep := *r
	out := struct {
		*finding.Report
		Summary summary `json:"summary"`
	}{Report: &rep, Summary: summary{Summary: r.Summary}}
	if rep.Findings == nil {
		rep.Findings = []finding.Finding{}
	}
	if rep.Notices == nil {
		rep.Notices = []finding.Notice{}
	}
	if out.Summary.Skipped == nil {
		out.Summary.Skipped = map[string]int{}
	}
	if out.Summary.ByLevel == nil {
		out.Summary.ByLevel = map[string]int{}
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(out); err != nil {
		panic(err)
	}
	return b.Bytes()
}

func TestJSONStreamsAsEncoder(t *testing.T) {
	one := sample()
	one.Findings, one.Notices = one.Findings[:1], nil
	for name, r := range map[string]*finding.Report{
		"sample": sample(),
		"empty":  {Version: "devel"},
		"one":    one,
		"html":   {Findings: []finding.Finding{{Message: "use <token> & \u2028 more", Path: "a\"b"}}, Notices: []finding.Notice{{Message: "x"}}},
	} {
		var b bytes.Buffer
		if err := JSON(&b, r); err != nil {
			t.Fatal(err)
		}
		if want := jsonWhole(r); !bytes.Equal(b.Bytes(), want) {
			t.Errorf("%s: streamed JSON differs from the whole-object encoding:\n%s\nwant:\n%s", name, b.Bytes(), want)
		}
	}
}

func TestJSONEmptyHasNoNulls(t *testing.T) {
	var b bytes.Buffer
	if err := JSON(&b, &finding.Report{Version: "devel"}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(b.String(), "null") {
		t.Errorf("JSON of an empty report has null:\n%s", b.String())
	}
	for _, want := range []string{`"findings": []`, `"notices": []`, `"skipped": {}`} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("JSON of an empty report lacks %s:\n%s", want, b.String())
		}
	}
}

func TestJSONNoHTMLEscape(t *testing.T) {
	var b bytes.Buffer
	r := &finding.Report{Findings: []finding.Finding{{Message: "use <token> & more"}}}
	if err := JSON(&b, r); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "use <token> & more") {
		t.Errorf("JSON escaped HTML:\n%s", b.String())
	}
}

func TestGitHub(t *testing.T) {
	var b bytes.Buffer
	if err := GitHub(&b, sample()); err != nil {
		t.Fatal(err)
	}
	want := `::error file=a/b.env,line=3,col=7,endLine=3,endColumn=60,title=CF101 cloudflare-api-token::token is hardcoded (cfut…(53 chars))
::warning file=odd%2Cname%3A100%25.sh,line=1,col=1,endLine=1,endColumn=11,title=CF201 global-api-key-auth::uses%0AX-Auth-Key 50%25 (X-Auth-Key) [commit 0123abcd]
::notice file=main.tf,line=9,col=1,endLine=9,endColumn=30,title=CF402 api-token-no-ip-filter::no IP filter (resource) [verify: active]
::warning file=a/b.env,line=2::cfauthlint: stale cfauthlint:ignore CF102: no such finding
::warning file=x.bin::cfauthlint: cannot read file: open: permission denied
::warning::cfauthlint: no Go module found
`
	if b.String() != want {
		t.Errorf("GitHub:\n%s\nwant:\n%s", b.String(), want)
	}
	if strings.Contains(b.String(), "shown-only-with-flag") {
		t.Error("GitHub annotations show a revealed secret; they end up in CI logs")
	}
}

// A file name may hold a newline; the text report and warnings must still be
// one line per entry, so a crafted name cannot forge a finding line.
func TestTextControlCharsInPath(t *testing.T) {
	r := &finding.Report{
		Findings: []finding.Finding{{RuleID: "CF101", Path: "x\nfake.env:1:1: CF999 forged", Line: 1, Column: 1, Message: "m", Redacted: "r"}},
		Notices:  []finding.Notice{{Path: "y\rz", Line: 2, Message: "stale\tdirective"}},
	}
	var b bytes.Buffer
	if err := Text(&b, r); err != nil {
		t.Fatal(err)
	}
	Notices(&b, r.Notices)
	want := `x\nfake.env:1:1: CF999 forged:1:1: CF101 m (r)
y\rz:2: warning: stale\tdirective
`
	if b.String() != want {
		t.Errorf("got:\n%s\nwant:\n%s", b.String(), want)
	}
}

func TestRegion(t *testing.T) {
	for _, tc := range []struct {
		in   finding.Finding
		want [4]int
	}{
		{finding.Finding{Line: 3, Column: 7, EndLine: 3, EndColumn: 60}, [4]int{3, 7, 3, 60}},
		{finding.Finding{Line: 3, Column: 7, EndLine: 5, EndColumn: 2}, [4]int{3, 7, 5, 2}},
		{finding.Finding{Line: 4}, [4]int{4, 1, 4, 2}},                                      // whole-file check: line only
		{finding.Finding{Line: 2, Column: 5, EndLine: 1, EndColumn: 3}, [4]int{2, 5, 2, 6}}, // end before start
		{finding.Finding{Line: 2, Column: 5, EndLine: 2, EndColumn: 5}, [4]int{2, 5, 2, 6}}, // empty
		{finding.Finding{}, [4]int{1, 1, 1, 2}},
	} {
		l, c, el, ec := Region(tc.in)
		if got := [4]int{l, c, el, ec}; got != tc.want {
			t.Errorf("Region(%d:%d-%d:%d) = %v, want %v", tc.in.Line, tc.in.Column, tc.in.EndLine, tc.in.EndColumn, got, tc.want)
		}
	}
}

func TestMarkdown(t *testing.T) {
	r := sample()
	r.Findings = append(r.Findings, finding.Finding{RuleID: "CF101", RuleName: "cloudflare-api-token", Level: "error", Path: "x|<img src=x>.env", Line: 2, Redacted: "cfut…(53 chars)"})
	r.Summary.Findings = len(r.Findings)
	var b bytes.Buffer
	if err := Markdown(&b, r); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{"### cfauthlint: 4 findings", "| [CF101](", "| cloudflare-api-token | error | 2 |", "x\\|&lt;img src=x&gt;.env:2", "cfut…(53 chars)"} {
		if !strings.Contains(out, want) {
			t.Errorf("summary lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "<img") {
		t.Errorf("HTML from a path got through:\n%s", out)
	}
}
