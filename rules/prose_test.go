package rules

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"
)

// proseWordsSplit is proseWords as it was, splitting the whole line: the
// definition the allocation-free version must agree with.
func proseWordsSplit(line []byte) int {
	if i := bytes.Index(line, []byte(" #")); i >= 0 {
		line = line[:i]
	}
	n := 0
	inCode := false
	for _, f := range bytes.Fields(line) {
		ticks := bytes.Count(f, []byte("`"))
		word := !inCode && ticks == 0
		if ticks%2 == 1 {
			inCode = !inCode
		}
		if !word {
			continue
		}
		f = bytes.TrimRight(f, ".,;:!?)")
		f = bytes.TrimLeft(f, "(*_")
		if len(f) < 2 {
			continue
		}
		letters := true
		for _, c := range f {
			if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
				letters = false
				break
			}
		}
		if letters {
			n++
		}
	}
	return n
}

func TestProseWordsAgreesWithSplit(t *testing.T) {
	pieces := []string{"word", "Two", "x", "a1", "`code`", "`", "(see", "it.", "_em_", " ", "  ", "\t", "\u00a0", "\u2003", "é", " #", "#", "key:", "-", "\n"}
	rng := rand.New(rand.NewPCG(1, 2))
	lines := []string{"", " ", "do not use `curl -k` here", "X-Auth-Key: cloudflare cf_", "a b c # note", "words\u00a0joined by nbsp and more"}
	for range 5000 {
		var b []byte
		for range rng.IntN(12) {
			b = append(b, pieces[rng.IntN(len(pieces))]...)
			if rng.IntN(2) == 0 {
				b = append(b, ' ')
			}
		}
		lines = append(lines, string(b))
	}
	for _, l := range lines {
		want := proseWordsSplit([]byte(l))
		for min := 1; min <= 4; min++ {
			if got := proseWords([]byte(l), min); got != (want >= min) {
				t.Fatalf("proseWords(%q, %d) = %v, but the line has %d words", l, min, got, want)
			}
		}
	}
}

// TestFenceAt: a line of a prose file is in a fenced code block, of the
// fence's language, when the fence lines before it say so; a bare fence
// whose role the window does not show leaves the line prose.
func TestFenceAt(t *testing.T) {
	far := strings.Repeat("filler text of the document\n", 60) // more than ContextBytes
	for _, tc := range []struct {
		text, path string
		in         bool
	}{
		{"```yaml\nHERE: 1\n```", "x.yaml", true},
		{"```yaml\na: 1\n```\nHERE", "", false},
		{"~~~sh\n```\nHERE\n~~~", "x.sh", true},            // ``` does not close ~~~
		{"```\nHERE\n```", "x", true},                      // at the file's start, a bare fence opens
		{"```yaml\na\n```\n```\nHERE\n```", "x", true},     // the bare fence after a closed block opens
		{far + "```\nHERE\n```", "", false},                // far from the start: unknown, prose
		{"````md\n```yaml\nHERE\n````", "x.md", true},      // longer fences nest shorter ones
		{"  ```Python title=\"a.py\"\nHERE", "x.py", true}, // language case and attributes
		{"Use ```yaml``` inline\nHERE", "", false},
	} {
		text := tc.text
		s := scanState{data: []byte(text), lower: []byte(strings.ToLower(text)), kind: kindProse}
		path, in := s.fenceAt(strings.Index(text, "HERE"))
		if in != tc.in || path != tc.path {
			t.Errorf("%q: fenceAt = %q, %v; want %q, %v", tc.text, path, in, tc.path, tc.in)
		}
	}
}
