package scanner

import (
	"testing"

	"github.com/bmatcuk/doublestar/v4"
)

// TestIgnoreFastMatchEqualsDoublestar checks every fast matcher against
// doublestar, the definition the rules had before they were compiled.
func TestIgnoreFastMatchEqualsDoublestar(t *testing.T) {
	lines := []string{"node_modules/", "*.log", "/vendor", "a/b", "build", "*.py[cod]", "x*", "**/coverage/**",
		".env.local", "*", "docs/*.md", `\#hash`, "foo?", "!keep.log", "/dir/", "ab*cd", "*.tar.gz", "**/name", "sub/**"}
	paths := []string{"node_modules", "a/node_modules", "x.log", "a/b/x.log", ".log", "log", "vendor", "a/vendor", "a/b",
		"c/a/b", "build", "src/build", "m.pyc", "m.py", "xy", "a/xy", "yx", "coverage/a", "a/coverage/b", ".env.local",
		"docs/a.md", "docs/x/a.md", "#hash", "foo1", "foo", "keep.log", "dir", "abXcd", "a.tar.gz", "name", "q/name",
		"sub", "sub/x"}
	fast := 0
	for _, line := range lines {
		r, ok := parseIgnoreLine(line, "")
		if !ok {
			t.Fatalf("%q did not parse", line)
		}
		if r.fast != fastNone {
			fast++
		}
		for _, p := range paths {
			want, _ := doublestar.Match(r.pattern, p)
			want = want && !r.matchesOnlyDir(p)
			if got := r.match(p); got != want {
				t.Errorf("rule %q (pattern %q, fast %d) on %q: got %v, want %v", line, r.pattern, r.fast, p, got, want)
			}
		}
	}
	if fast < 8 {
		t.Errorf("only %d of %d rules use a fast matcher", fast, len(lines))
	}
}
