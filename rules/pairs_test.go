package rules

import (
	"strings"
	"testing"
)

// TestSibling: a member's siblings are the members of its own object or
// list item, on one line or over several, never those of the next item.
func TestSibling(t *testing.T) {
	for _, tc := range []struct {
		text, at, name string
		want           string // "" for none
	}{
		{`{"key": "X-Auth-Key", "value": "v1"}`, "X-Auth", "value", "v1"},
		{`{"value": "v1", "key": "X-Auth-Key"}`, "X-Auth", "value", "v1"},
		{`[{"key": "A", "value": "v1"}, {"key": "X-Auth-Key"}]`, "X-Auth", "value", ""},
		{`HTTPHeader(name: "X-Auth-Key", value: key)`, "X-Auth", "value", "key"},
		{"{\n  \"key\": \"X-Auth-Key\",\n  \"value\": \"v1\",\n  \"type\": \"text\"\n}", "X-Auth", "value", "v1"},
		{"{\n  \"value\": \"v1\",\n  \"url\": {\n    \"value\": \"deeper\"\n  },\n  \"key\": \"X-Auth-Key\"\n}", "X-Auth", "value", "v1"},
		{"{\n  \"url\": {\n    \"value\": \"deeper\"\n  },\n  \"key\": \"X-Auth-Key\"\n}", "X-Auth", "value", ""},
		{"[\n  {\n    \"key\": \"A\",\n    \"value\": \"v1\"\n  },\n  {\n    \"key\": \"X-Auth-Key\"\n  }\n]", "X-Auth", "value", ""},
		{"- name: X-Auth-Key\n  value: v1 # a comment\n- name: B\n  value: v2", "X-Auth", "value", "v1"},
		{"- name: B\n  value: v2\n- name: X-Auth-Key\n  in: header", "X-Auth", "value", ""},
		{"- value: v1\n  name: X-Auth-Key\n- value: v2", "X-Auth", "value", "v1"},
		{"- name: X-Auth-Key\n  # value: commented out\n  valueFrom:\n    secretKeyRef: {}", "X-Auth", "value", ""},
		{"env:\n  - name: X-Auth-Key\n    values:\n      - value: nested\n  - name: B", "X-Auth", "value", ""},
	} {
		pos := strings.Index(tc.text, tc.at)
		s := scanState{data: []byte(tc.text), lower: []byte(strings.ToLower(tc.text))}
		v, at, ok := s.sibling(pos, tc.name)
		got := ""
		if ok {
			got = string(v)
			if tc.text[at:at+len(v)] != got {
				t.Errorf("%q: offset %d does not hold the value", tc.text, at)
			}
		}
		if got != tc.want {
			t.Errorf("%q: sibling %s = %q, want %q", tc.text, tc.name, got, tc.want)
		}
	}
}

// FuzzSibling: sibling never panics, and what it returns is in bounds and
// is the data at its offset.
func FuzzSibling(f *testing.F) {
	f.Add("{\n  \"key\": \"X-Auth-Key\",\n  \"value\": \"v1\"\n}", uint16(12), "value")
	f.Add("- value: v1\n  name: X-Auth-Key\n- value: v2", uint16(20), "value")
	f.Add(`[{"key":"key","value":"X-Auth-Key"},{"key":"value","value":"v"}]`, uint16(24), "key")
	f.Add("HTTPHeader(name: \"X-Auth-Key\", value: \"k\\\"x\")", uint16(18), "value")
	f.Add("{'a': 'b', \"c\": {\"d\": 1}, e: [1, 2]}", uint16(3), "e")
	f.Fuzz(func(t *testing.T, text string, at uint16, name string) {
		if len(text) == 0 {
			return
		}
		pos := int(at) % len(text)
		s := scanState{data: []byte(text), lower: []byte(strings.ToLower(text))}
		v, off, ok := s.sibling(pos, name)
		if !ok {
			return
		}
		if off < 0 || off+len(v) > len(text) || text[off:off+len(v)] != string(v) {
			t.Fatalf("sibling(%d, %q) = %d bytes at %d: not the data there", pos, name, len(v), off)
		}
	})
}
