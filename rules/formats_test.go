package rules_test

import (
	"strings"
	"testing"

	"github.com/cfauthlint/cfauthlint/internal/testcred"
	"github.com/cfauthlint/cfauthlint/rules"
)

// TestSyntheticFormat: a new prefixed format is one Format entry. Added
// to a test-only catalog, with no other edit, it is generated for
// samples, found by the prefilter and the detector, and documented.
func TestSyntheticFormat(t *testing.T) {
	cfxt := rules.Format{Kind: "cfxt", Prefix: "cfxt_", Alphabet: "A-Za-z0-9", BodyLen: 40, Checksum: rules.CRC32Hex,
		Rule: rules.APIToken, What: "Cloudflare test-only token"}
	cat := rules.DefaultCatalog.With(cfxt)

	text, vals := testcred.New(5).ExpandFrom(cat, `token = "{{cfxt}}"`)
	if len(vals) != 1 || !strings.HasPrefix(vals[0], "cfxt_") || len(vals[0]) != 53 || vals[0][45:] != rules.PrefixedChecksum([]byte(vals[0][5:45])) {
		t.Fatalf("generated %d values, want one cfxt_ credential of 53 characters with its checksum (redacted: %.4s…)", len(vals), strings.Join(vals, ""))
	}
	// Far from any other anchor: only the format's own prefix makes the region.
	filler := strings.Repeat("nothing to see on this line\n", 4000)
	data := []byte(filler + text + "\n" + filler)
	ms := rules.Options{Path: "settings.conf", Catalog: cat}.Scan(data)
	if len(ms) != 1 || ms[0].Rule != rules.APIToken || ms[0].Confidence != "high" ||
		string(data[ms[0].Start:ms[0].End]) != vals[0] || !strings.Contains(ms[0].Message, "Cloudflare test-only token (cfxt_…, checksum valid)") {
		t.Fatalf("scan with the format found %d matches, want the cfxt_ credential as CF101 with a valid checksum: %+v", len(ms), ms)
	}
	if ms := (rules.Options{Path: "settings.conf"}).Scan(data); len(ms) != 0 {
		t.Fatalf("the default catalog found %d matches in text holding only a cfxt_ credential", len(ms))
	}
	if doc := cat.FormatsMarkdown(); !strings.Contains(doc, "| Cloudflare test-only token | [CF101](#cf101) | `cfxt_` + 40 `[A-Za-z0-9]` | CRC-32") {
		t.Fatalf("formats table does not document cfxt_:\n%s", doc)
	}
}

// TestFormatsGenerateAndMatch: every format's generated credential is
// found as its rule by the default scan, in a sample's way.
func TestFormatsGenerateAndMatch(t *testing.T) {
	g := testcred.New(9)
	for i := range rules.DefaultCatalog.Formats {
		f := &rules.DefaultCatalog.Formats[i]
		v, ok := g.Make(f.Kind)
		if !ok || len(v) != f.Len() {
			t.Fatalf("%s: generated %v, len %d, want %d", f.Kind, ok, len(v), f.Len())
		}
		ms := rules.Scan([]byte(`secret: "` + v + `"`))
		if len(ms) != 1 || ms[0].Rule != f.Rule || ms[0].Confidence != "high" {
			t.Errorf("%s: found %+v, want one %s with a valid checksum", f.Kind, ms, f.Rule.ID)
		}
	}
}
