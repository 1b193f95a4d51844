package finding

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
)

// longWords are runs of word characters a message must never repeat from
// its input (rules.QuoteName quotes at most 12 bytes).
var longWords = regexp.MustCompile(`[A-Za-z0-9_]{16,}`)

// FuzzParseBaseline: any baseline text parses or fails with its file and
// line, repeating no long word of it; what parses writes back and parses
// again to the same entries.
func FuzzParseBaseline(f *testing.F) {
	h := strings.Repeat("ab", 32)
	for _, seed := range []string{
		baselineHeader + "CF101 a/b.env " + h + "\n",
		"CF101 \"with space\\tand\\\"quote\" " + h + "\n",
		"CF999 a " + h + "\n", "CF101 \"unterminated " + h + "\n", "CF101 a\n",
		strings.Repeat("CF101 a "+h+"\n", 500), strings.Repeat("\"", 5000),
		"CF101 " + strings.Repeat("a/", 3000) + " " + h + "\n",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := ParseBaseline("b", data)
		if err != nil {
			msg := err.Error()
			if !strings.HasPrefix(msg, "b:") {
				t.Fatalf("error does not name the file: %q", msg)
			}
			for _, w := range longWords.FindAllString(string(data), -1) {
				if strings.Contains(msg, w) {
					t.Fatalf("error repeats %q: %q", w, msg)
				}
			}
			return
		}
		var out bytes.Buffer
		if err := WriteBaseline(&out, b.Entries); err != nil {
			t.Fatal(err)
		}
		again, err := ParseBaseline("b", out.Bytes())
		if err != nil {
			t.Fatalf("a written baseline does not parse: %v", err)
		}
		if len(again.Entries) != len(b.Entries) {
			t.Fatalf("%d entries written, %d read back", len(b.Entries), len(again.Entries))
		}
		seen := map[baselineKey]int{}
		for _, e := range b.Entries {
			seen[e.key()]++
		}
		for _, e := range again.Entries {
			if seen[e.key()]--; seen[e.key()] < 0 {
				t.Fatalf("entry %q read back that was not written", e.String())
			}
		}
	})
}

// FuzzParseDirective: any line with a marker parses without panic, a
// problem repeats no long word of the line, and a valid directive names
// known rules and has a reason. Seeded with nesting and comment forms.
func FuzzParseDirective(f *testing.F) {
	for _, seed := range []string{
		"# cfauthlint:ignore CF101 -- reason",
		"// cfauthlint:ignore CF101,CF102 -- reason */",
		"{{/* cfauthlint:ignore CF201 -- x */}}",
		"<!-- cfauthlint:ignore CF101 -- " + strings.Repeat("-->", 2000),
		"# cfauthlint:ignore " + strings.Repeat("CF101,", 3000),
		"x = \"# cfauthlint:ignore CF101 -- r\"",
		"# cfauthlint:ignore abcdefghijklmnopqrstuvwxyz0123 -- r",
		strings.Repeat("{{/*", 1000) + " cfauthlint:ignore CF101 -- r " + strings.Repeat("*/}}", 1000),
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		at := bytes.Index(line, []byte(DirectiveMarker))
		if at < 0 {
			return
		}
		d, ok := ParseDirective(line, at)
		if !ok {
			return
		}
		for _, w := range longWords.FindAllString(string(line), -1) {
			if strings.Contains(d.Problem, w) {
				t.Fatalf("problem repeats %q: %q", w, d.Problem)
			}
		}
		if d.Problem == "" && (len(d.Rules) == 0 || d.Reason == "") {
			t.Fatalf("valid directive without rules or reason: %+v", d)
		}
	})
}
