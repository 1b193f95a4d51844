package finding_test

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/cfauthlint/cfauthlint/internal/finding"
	"github.com/cfauthlint/cfauthlint/internal/testcred"
	"github.com/cfauthlint/cfauthlint/rules"
)

var secretKinds = []string{"cfut", "cfat", "cfk", "cfast", "cfoat", "tok40", "hex37", "hex40", "hex64", "origin", "tunnel", "tunnelsecret", "turnstile"}

// leaks reports whether s shows any of value beyond its first 4 bytes: the
// whole value, its first 5 bytes, or any 8-byte piece after the prefix.
func leaks(s, value string) bool {
	if strings.Contains(s, value) || (len(value) > 4 && strings.Contains(s, value[:5])) {
		return true
	}
	for i := 4; i+8 <= len(value); i++ {
		if strings.Contains(s, value[i:i+8]) {
			return true
		}
	}
	return false
}

func TestRedactNeverShowsTheSecret(t *testing.T) {
	secretRules := 0
	for _, r := range rules.All() {
		if !r.Secret {
			continue
		}
		secretRules++
		for seed := uint64(0); seed < 20; seed++ {
			for _, kind := range secretKinds {
				v, ok := testcred.New(seed).Make(kind)
				if !ok {
					t.Fatalf("testcred has no kind %s", kind)
				}
				f := finding.New(r, "a/b.env", finding.Position{Line: 3, Column: 7, EndLine: 3, EndColumn: 7 + len(v)}, []byte(v), "Cloudflare credential", "high", false)
				js, err := json.Marshal(f)
				if err != nil {
					t.Fatal(err)
				}
				all := string(js) + fmt.Sprintf("%v %+v", f, f)
				if leaks(all, v) {
					t.Fatalf("%s %s (seed %d): finding shows the secret beyond 4 chars: redacted %q", r.ID, kind, seed, f.Redacted)
				}
				if f.Secret != "" {
					t.Fatalf("%s: Secret set without reveal", r.ID)
				}
				if want := v[:4] + "…(" + fmt.Sprint(len(v)) + " chars)"; f.Redacted != want {
					t.Errorf("%s %s: redacted %q, want %q", r.ID, kind, f.Redacted, want)
				}
				sum := sha256.Sum256([]byte(v))
				if f.ValueHash != hex.EncodeToString(sum[:]) {
					t.Errorf("%s: ValueHash is not the value's SHA-256", r.ID)
				}
				// --show-secrets is the only way to see it.
				if g := finding.New(r, "a/b.env", finding.Position{Line: 3}, []byte(v), "m", "high", true); g.Secret != v {
					t.Errorf("%s %s: reveal did not keep the value", r.ID, kind)
				}
			}
		}
	}
	if secretRules == 0 {
		t.Fatal("no secret rules in the catalog")
	}
}

func TestRedactEdgeValues(t *testing.T) {
	for _, v := range []string{
		"",
		"abc",
		"fifteen-chars!!",  // < 16: nothing shown
		"sixteen-chars!!!", // 16: first 4 shown
		"\xff\xfe\xfd\xfc-invalid-utf8-value-0123",  // invalid UTF-8 prefix
		"\x1b[31m-terminal-escape-value-0123456789", // control characters
		"日本語のトークン-0123456789abcdef",                 // multi-byte: 4 bytes cut a rune
		strings.Repeat("z", 5000),
	} {
		r := finding.Redact([]byte(v))
		if !utf8.ValidString(r) {
			t.Errorf("Redact(%q…) is not valid UTF-8: %q", firstBytes(v), r)
		}
		if strings.ContainsAny(r, "\x00\x1b\r\n\t") {
			t.Errorf("Redact(%q…) holds control characters: %q", firstBytes(v), r)
		}
		if len(v) < 16 && strings.Contains(r, v) && v != "" {
			t.Errorf("short value shown: %q", r)
		}
		if len(v) >= 5 && leaks(r, v) {
			t.Errorf("Redact(%q…) = %q shows more than 4 bytes", firstBytes(v), r)
		}
		if !strings.Contains(r, fmt.Sprint(len(v))) {
			t.Errorf("Redact(%q…) = %q does not give the length %d", firstBytes(v), r, len(v))
		}
	}
}

func firstBytes(s string) string {
	if len(s) > 4 {
		return s[:4]
	}
	return s
}

// TestNonSecretText: rules that flag a use (not a credential) show the text,
// as valid UTF-8 without control characters, cut when long.
func TestNonSecretText(t *testing.T) {
	r := rules.ByID("CF301")
	if r == nil || r.Secret {
		t.Fatal("CF301 missing or marked secret")
	}
	f := finding.New(r, "x", finding.Position{Line: 1}, []byte("http://api.cloudflare.com/\xff\x1b"), "m", "", false)
	if !utf8.ValidString(f.Redacted) || strings.ContainsAny(f.Redacted, "\x1b") || !strings.HasPrefix(f.Redacted, "http://api.cloudflare.com/") {
		t.Errorf("redacted %q", f.Redacted)
	}
	long := finding.New(r, "x", finding.Position{Line: 1}, []byte("http://api.cloudflare.com/"+strings.Repeat("a", 500)), "m", "", false)
	if n := utf8.RuneCountInString(long.Redacted); n > 130 || !strings.HasSuffix(long.Redacted, "…") {
		t.Errorf("long text not cut: %d code points, %q…", n, long.Redacted[:20])
	}
}

// TestFingerprint: rule + path + value, never the line or column.
func TestFingerprint(t *testing.T) {
	g := testcred.New(3)
	v, _ := g.Make("cfut")
	w, _ := g.Make("cfut")
	cf101, cf102 := rules.ByID("CF101"), rules.ByID("CF102")
	at := func(r *rules.Rule, path string, line, col int, value string) string {
		return finding.New(r, path, finding.Position{Line: line, Column: col, EndLine: line, EndColumn: col + len(value)}, []byte(value), "m", "", false).Fingerprint
	}
	base := at(cf101, "a.py", 3, 5, v)
	if at(cf101, "a.py", 300, 1, v) != base {
		t.Error("fingerprint changes with the line")
	}
	if at(cf101, "a.py", 3, 5, v) != base {
		t.Error("fingerprint not deterministic")
	}
	for name, fp := range map[string]string{
		"path":  at(cf101, "b.py", 3, 5, v),
		"rule":  at(cf102, "a.py", 3, 5, v),
		"value": at(cf101, "a.py", 3, 5, w),
	} {
		if fp == base {
			t.Errorf("fingerprint does not depend on the %s", name)
		}
	}
	if leaks(base, v) {
		t.Error("fingerprint shows the value")
	}
}

// TestOccurrenceFingerprint: distinct sites with the same rule and matched
// text in one file get distinct fingerprints, which do not move when lines
// are inserted above them; the first keeps the plain Fingerprint, so older
// reports and code-scanning alerts still match it.
func TestOccurrenceFingerprint(t *testing.T) {
	site := func(line int) finding.Finding {
		return finding.New(rules.ByID("CF201"), "dns/record_test.go", finding.Position{Line: line, Column: 3, EndLine: line, EndColumn: 20}, []byte("option.WithAPIKey"), "m", "", false)
	}
	other := finding.New(rules.ByID("CF201"), "dns/zone_test.go", finding.Position{Line: 5, Column: 3, EndLine: 5, EndColumn: 20}, []byte("option.WithAPIKey"), "m", "", false)
	prints := func(lines ...int) []string {
		var fs []finding.Finding
		for _, l := range lines {
			fs = append(fs, site(l))
		}
		fs = append(fs, other)
		var out []string
		for _, f := range finding.SortDedupe(fs) {
			out = append(out, f.Fingerprint)
		}
		return out
	}
	before := prints(29, 68, 111)
	seen := map[string]bool{}
	for _, fp := range before {
		if seen[fp] {
			t.Fatalf("two sites share fingerprint %s: %v", fp, before)
		}
		seen[fp] = true
	}
	if after := prints(40, 79, 122); !slices.Equal(before, after) {
		t.Errorf("fingerprints moved with the lines: %v, then %v", before, after)
	}
	if before[0] != finding.Fingerprint("CF201", "dns/record_test.go", site(1).ValueHash) {
		t.Error("the first occurrence does not keep the plain fingerprint")
	}
	if before[3] != other.Fingerprint {
		t.Error("the only occurrence in a file does not keep the plain fingerprint")
	}
}

func TestSortDedupe(t *testing.T) {
	mk := func(id, path string, line, col int, value string) finding.Finding {
		return finding.New(rules.ByID(id), path, finding.Position{Line: line, Column: col, EndLine: line, EndColumn: col + 1}, []byte(value), "m", "", false)
	}
	in := []finding.Finding{
		mk("CF201", "b.go", 2, 1, "X-Auth-Key"),
		mk("CF101", "b.go", 2, 1, "value-aaaaaaaaaaaaaaaa"),
		mk("CF101", "a.go", 9, 1, "value-bbbbbbbbbbbbbbbb"),
		mk("CF101", "a.go", 9, 1, "value-bbbbbbbbbbbbbbbb"),  // exact duplicate
		mk("CF101", "a.go", 9, 30, "value-cccccccccccccccc"), // same line, other secret: kept
		mk("CF201", "a.go", 4, 3, "X-Auth-Key"),
		mk("CF201", "a.go", 4, 9, "X-Auth-Email"), // same rule and line, not a secret: one finding
		mk("CF101", "a.go", 10, 1, "value-bbbbbbbbbbbbbbbb"),
	}
	want := []string{"a.go:4:3:CF201", "a.go:9:1:CF101", "a.go:9:30:CF101", "a.go:10:1:CF101", "b.go:2:1:CF101", "b.go:2:1:CF201"}
	for round := range 3 {
		// Any input order gives the same output.
		perm := append([]finding.Finding(nil), in...)
		for i := range perm {
			j := (i*7 + round*3) % len(perm)
			perm[i], perm[j] = perm[j], perm[i]
		}
		var got []string
		for _, f := range finding.SortDedupe(perm) {
			got = append(got, fmt.Sprintf("%s:%d:%d:%s", f.Path, f.Line, f.Column, f.RuleID))
		}
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("round %d:\n got  %v\n want %v", round, got, want)
		}
	}
}
