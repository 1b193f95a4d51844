package config_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/cfauthlint/cfauthlint/internal/config"
)

// longWords are the runs of word characters an error must never repeat:
// longer than any word of cfauthlint's own messages (rules.QuoteName
// quotes at most 12 bytes of input).
var longWords = regexp.MustCompile(`[A-Za-z0-9_]{16,}`)

// FuzzParse: whatever the file holds, Parse returns (no panic, no stack
// exhaustion on deep nesting) and an error names the file and repeats no
// long word of it. Seeded with deep nesting of every YAML kind.
func FuzzParse(f *testing.F) {
	for _, seed := range []string{
		"include: [\"src/**\"]\nexclude: [vendor/**]\ndisable: [CF108]\nseverity:\n  CF201: error\nallow:\n  values: []\n  paths: [docs/**]\nhosts: [gw.example.com]\n",
		strings.Repeat("[", 5000), strings.Repeat("{a: ", 5000), strings.Repeat("- ", 5000) + "x",
		strings.Repeat("a:\n ", 2000) + "b", "x: &a [*a]\n", "a: &a [1]\nb: [*a, *a, *a]\n",
		"include: 1\n" + strings.Repeat("exclude: [a]\n", 200),
		"include: !!binary AAAA\n", "? [a]\n: b\n", "---\n---\ninclude: [a]\n",
		"severity: {CF101: abcdefghijklmnopqrstuvwxyz0123456789}\n",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		_, err := config.Parse("c.yaml", data)
		if err == nil {
			return
		}
		msg := err.Error()
		if !strings.HasPrefix(msg, "c.yaml") {
			t.Fatalf("error does not name the file: %q", msg)
		}
		for _, w := range longWords.FindAllString(string(data), -1) {
			if strings.Contains(msg, w) {
				t.Fatalf("error repeats %q from the file: %q", w, msg)
			}
		}
	})
}
