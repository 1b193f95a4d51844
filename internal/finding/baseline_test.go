package finding

import (
	"bytes"
	"errors"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/cfauthlint/cfauthlint/internal/testcred"
	"github.com/cfauthlint/cfauthlint/rules"
)

func tok(t *testing.T, seed uint64) string {
	t.Helper()
	v, ok := testcred.New(seed).Make("cfut")
	if !ok {
		t.Fatal("testcred has no cfut kind")
	}
	return v
}

func mk(t *testing.T, id, path string, line int, value string) Finding {
	t.Helper()
	r := rules.ByID(id)
	if r == nil {
		t.Fatalf("no rule %s", id)
	}
	return New(r, path, Position{Line: line, Column: 1, EndLine: line, EndColumn: 1 + len(value)}, []byte(value), "msg", "", false)
}

func lines(s string) []string { return strings.Split(strings.TrimSuffix(s, "\n"), "\n") }

func TestBaselineFormat(t *testing.T) {
	secret := tok(t, 1)
	fs := []Finding{
		mk(t, "CF201", "src/z.go", 9, "X-Auth-Key"),
		mk(t, "CF101", "b dir/with space.env", 3, secret),
		mk(t, "CF101", "a.env", 120, secret),
		mk(t, "CF201", "src/z.go", 40, "X-Auth-Key"),
		mk(t, "CF101", `q"uote.txt`, 7, secret),
		mk(t, "CF101", `"lead.txt`, 1, secret),
	}
	var buf bytes.Buffer
	if err := WriteBaseline(&buf, BaselineEntries(fs)); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if strings.Contains(out, secret) || strings.Contains(out, secret[:12]) {
		t.Fatal("baseline holds the secret")
	}
	ls := lines(out)
	if !strings.HasPrefix(ls[0], "# cfauthlint baseline") {
		t.Errorf("no header comment: %q", ls[0])
	}
	var entries []string
	for _, l := range ls {
		if !strings.HasPrefix(l, "#") {
			entries = append(entries, l)
		}
	}
	if !sort.StringsAreSorted(entries) {
		t.Errorf("entries not sorted:\n%s", out)
	}
	h := fs[1].ValueHash
	want := []string{
		`CF101 "\"lead.txt" ` + h,
		"CF101 \"b dir/with space.env\" " + h,
		"CF101 a.env " + h,
		"CF101 q\"uote.txt " + h, // a quote inside a path needs no quoting
		"CF201 src/z.go " + fs[0].ValueHash,
		"CF201 src/z.go " + fs[0].ValueHash, // two findings, two entries
	}
	if !reflect.DeepEqual(entries, want) {
		t.Errorf("entries:\n%s\nwant:\n%s", strings.Join(entries, "\n"), strings.Join(want, "\n"))
	}
	// No line numbers: the same findings on other lines give the same bytes.
	moved := append([]Finding(nil), fs...)
	for i := range moved {
		moved[i].Line += 5
		moved[i].EndLine += 5
	}
	var buf2 bytes.Buffer
	WriteBaseline(&buf2, BaselineEntries(moved))
	if buf2.String() != out {
		t.Errorf("baseline changed when findings moved:\n%s\nvs\n%s", out, buf2.String())
	}
	// It reads back to the same entries.
	b, err := ParseBaseline("b.txt", buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	var back []string
	for _, e := range b.Entries {
		back = append(back, e.String())
	}
	if !reflect.DeepEqual(back, want) {
		t.Errorf("parsed back:\n%s", strings.Join(back, "\n"))
	}
	if b.Entries[0].Line != 3 || b.Entries[0].Path != `"lead.txt` || b.Entries[1].Path != "b dir/with space.env" || b.Entries[3].Path != `q"uote.txt` {
		t.Errorf("entries: %+v", b.Entries)
	}
}

func TestBaselineApply(t *testing.T) {
	s1, s2 := tok(t, 2), tok(t, 3)
	old := []Finding{mk(t, "CF101", "app.env", 2, s1), mk(t, "CF201", "c.sh", 4, "X-Auth-Key"), mk(t, "CF101", "gone.env", 1, s2)}
	var buf bytes.Buffer
	WriteBaseline(&buf, BaselineEntries(old))
	b, err := ParseBaseline(".cfauthlint-baseline", buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	now := []Finding{
		mk(t, "CF101", "app.env", 7, s1),         // moved down 5 lines: hidden
		mk(t, "CF101", "app.env", 9, s2),         // new value in a baselined file: kept
		mk(t, "CF201", "c.sh", 9, "X-Auth-Key"),  // baselined once…
		mk(t, "CF201", "c.sh", 12, "X-Auth-Key"), // …a second use is new
		mk(t, "CF101", "other.env", 1, s1),       // same value, other file: kept
	}
	kept, hidden, stale := b.Apply(now, func(string) bool { return true })
	if hidden != 2 {
		t.Errorf("hidden = %d, want 2", hidden)
	}
	var got []string
	for _, f := range kept {
		got = append(got, f.Path+":"+string(rune('0'+f.Line/10))+string(rune('0'+f.Line%10)))
	}
	if want := []string{"app.env:09", "c.sh:12", "other.env:01"}; !reflect.DeepEqual(got, want) {
		t.Errorf("kept %v, want %v", got, want)
	}
	if len(stale) != 1 || stale[0].Path != ".cfauthlint-baseline" || !strings.Contains(stale[0].Message, "gone.env") || stale[0].Line != 4 {
		t.Errorf("stale = %+v, want one notice for gone.env at line 4", stale)
	}
	// Entries outside the scan's scope are not stale.
	_, _, stale = b.Apply(now, func(p string) bool { return p != "gone.env" })
	if len(stale) != 0 {
		t.Errorf("out-of-scope entry reported stale: %+v", stale)
	}
}

func TestBaselineHistory(t *testing.T) {
	s := tok(t, 4)
	a, b := mk(t, "CF101", "x.env", 1, s), mk(t, "CF101", "x.env", 3, s)
	a.Commit, b.Commit = "c1", "c2"
	entries := BaselineEntries([]Finding{a, b})
	if len(entries) != 1 {
		t.Fatalf("one value in two commits gave %d entries, want 1", len(entries))
	}
	bl := &Baseline{File: "f", Entries: entries}
	kept, hidden, stale := bl.Apply([]Finding{a, b}, nil)
	if len(kept) != 0 || hidden != 2 || len(stale) != 0 {
		t.Errorf("kept %d hidden %d stale %d, want 0 2 0", len(kept), hidden, len(stale))
	}
}

func TestBaselineUpdate(t *testing.T) {
	s := tok(t, 5)
	bl, err := ParseBaseline("f", []byte("# c\nCF101 keep/a.env "+strings.Repeat("a", 64)+"\nCF101 scanned/b.env "+strings.Repeat("b", 64)+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	got := bl.Update([]Finding{mk(t, "CF101", "scanned/c.env", 1, s)}, func(p string) bool { return strings.HasPrefix(p, "scanned/") })
	var ls []string
	for _, e := range got {
		ls = append(ls, e.Path)
	}
	sort.Strings(ls)
	if want := []string{"keep/a.env", "scanned/c.env"}; !reflect.DeepEqual(ls, want) {
		t.Errorf("updated paths %v, want %v", ls, want)
	}
}

func TestBaselineMalformed(t *testing.T) {
	h := strings.Repeat("ab", 32)
	for _, tc := range []struct {
		text string
		line int
		msg  string
	}{
		{"CF101", 1, "want `RULE PATH SHA256`"},
		{"# ok\n\nCF999 a " + h, 3, `unknown rule "CF999"`},
		{"CF101 a", 1, "missing path or hash"},
		{"CF101 a " + h + "\nCF101 b " + h[:63], 2, "not a SHA-256"},
		{"CF101 a b " + h, 1, "extra fields"},
		{"CF101 a zz" + h[2:], 1, "not a SHA-256"},
		{`CF101 "a b ` + h, 1, "quoted path"},
		{`CF101 "a"b ` + h, 1, "no space after the quoted path"},
		{`{"findings": []}`, 1, "want `RULE PATH SHA256`"},
	} {
		_, err := ParseBaseline("bl.txt", []byte(tc.text))
		var be *BaselineError
		if !errors.As(err, &be) {
			t.Errorf("%q: err = %v, want a BaselineError", tc.text, err)
			continue
		}
		if be.Line != tc.line || !strings.Contains(be.Msg, tc.msg) || !strings.HasPrefix(err.Error(), "bl.txt:") {
			t.Errorf("%q: %v, want line %d and %q", tc.text, err, tc.line, tc.msg)
		}
	}
	// Comments, blank lines, CRLF and lower-case ids are fine.
	b, err := ParseBaseline("ok", []byte("# x\r\n\r\ncf101 a.txt "+strings.ToUpper(h)+"\r\n"))
	if err != nil || len(b.Entries) != 1 || b.Entries[0].RuleID != "CF101" || b.Entries[0].ValueHash != h {
		t.Errorf("lenient parse: %+v, %v", b, err)
	}
	if _, err := LoadBaseline("/nonexistent/baseline"); err == nil || !strings.Contains(err.Error(), "cannot read baseline") {
		t.Errorf("missing file: %v", err)
	}
}

// TestBaselineErrorsNeverRepeatValues: a malformed baseline line names its
// line and what is wrong, never the text (a pasted credential).
func TestBaselineErrorsNeverRepeatValues(t *testing.T) {
	g := testcred.New(52)
	h := strings.Repeat("ab", 32)
	for _, v := range []string{g.Hex(37), g.Legacy40(), g.Prefixed("cfut_")} {
		for _, line := range []string{v, v + " a " + h, "CF101 a " + v, "CF101 " + v, "CF101 \"" + v, "CF101 a " + h + " " + v, "CF101 \"a\"" + v + " " + h} {
			_, err := ParseBaseline("b", []byte(line+"\n"))
			if err == nil {
				t.Errorf("%q: no error", strings.ReplaceAll(line, v, "<value>"))
				continue
			}
			if strings.Contains(err.Error(), v[4:16]) {
				t.Errorf("error repeats the value: %s", strings.ReplaceAll(err.Error(), v, "<value>"))
			}
		}
		d, _ := ParseDirective([]byte("# cfauthlint:ignore "+v+" -- reason"), 2)
		if strings.Contains(d.Problem, v[4:16]) {
			t.Errorf("directive problem repeats the value: %s", strings.ReplaceAll(d.Problem, v, "<value>"))
		}
	}
}
