package rules

import (
	"bytes"
	"testing"
)

// TestDecodeJSONString: the decoded text, and every decoded byte's source
// offset, for each kind of escape.
func TestDecodeJSONString(t *testing.T) {
	src := []byte(`a\nb\"c\\d\/e\u00e9f\ud83dg\tz`)
	text, at := decodeJSONString(src)
	if want := "a\nb\"c\\d/e\u00e9f\ufffdg\tz"; string(text) != want {
		t.Fatalf("decoded %q, want %q", text, want)
	}
	if len(at) != len(text)+1 || at[len(text)] != len(src) {
		t.Fatalf("offsets: %d for %d bytes, end %d (source %d)", len(at), len(text), at[len(at)-1], len(src))
	}
	for i, c := range text {
		// A plain byte maps to itself; an escape's bytes to its backslash.
		if s := src[at[i]]; s != c && s != '\\' {
			t.Errorf("byte %d (%q) maps to %d (%q)", i, c, at[i], s)
		}
	}
	if i := bytes.IndexByte(text, 'z'); src[at[i]] != 'z' || at[i] != len(src)-1 {
		t.Errorf("last byte maps to %d", at[i])
	}
}

// TestEmbeddedSpans: a match in a decoded string is reported at the bytes
// of the string it came from, also past escapes before it.
func TestEmbeddedSpans(t *testing.T) {
	data := []byte(`{"body": "see \u00e9\n` + "```sh\\n" + `curl -H \"X-Auth-Key: $K\" https://api.cloudflare.com/client/v4\n` + "```" + `"}`)
	ms := (Options{Path: "issue.json"}).Scan(data)
	found := false
	for _, m := range ms {
		if m.Rule == GlobalKeyAuth {
			found = true
			if got := string(data[m.Start:m.End]); got != "X-Auth-Key" {
				t.Errorf("CF201 span %q", got)
			}
		}
	}
	if !found {
		t.Fatalf("no CF201 in %s", data)
	}
}
