package rules_test

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/cfauthlint/cfauthlint/internal/testcred"
	"github.com/cfauthlint/cfauthlint/rules"
)

func describeMatches(ms []rules.Match) string {
	var b strings.Builder
	for _, m := range ms {
		fmt.Fprintf(&b, "%s@%d-%d ", m.Rule.ID, m.Start, m.End)
	}
	return b.String()
}

// TestWindowedLoweringMatchesFullLowering runs every sample, alone and
// embedded at random offsets in neutral text, through Scan and through the
// whole-buffer reference: lowering only around the regions must not change
// a single match.
func TestWindowedLoweringMatchesFullLowering(t *testing.T) {
	neutral := strings.Repeat("func handler(w http.ResponseWriter, r *http.Request) { fmt.Fprintln(w, \"ok\") }\n", 200)
	for _, r := range rules.All() {
		for i, smp := range r.Samples {
			text, _ := testcred.New(uint64(i)).Expand(smp.Text)
			path := smp.Path
			if path == "" {
				path = "sample.txt"
			}
			o := rules.Options{Path: path, ExtraHosts: []string{"cf-gw.corp.example"}}
			rng := rand.New(rand.NewPCG(uint64(i), 1))
			for _, data := range []string{
				text,
				neutral[:rng.IntN(len(neutral))] + text + neutral[:rng.IntN(len(neutral))],
				text + neutral + text,
			} {
				got, want := o.Scan([]byte(data)), rules.ScanFullLower(o, []byte(data))
				if !slices.EqualFunc(got, want, func(a, b rules.Match) bool { return reflect.DeepEqual(a, b) }) {
					t.Errorf("%s sample %d: windowed lowering changed matches\n got %s\nwant %s", r.ID, i, describeMatches(got), describeMatches(want))
				}
			}
		}
	}
}

// A site two table entries match is reported once, with the more specific
// entry's message: Craft's project config, not the external-dns chart's.
func TestSpecificSettingMessage(t *testing.T) {
	text := "plugins:\n  cloudflare:\n    settings:\n      apiKey: $CLOUDFLARE_API_KEY\n      authType: key\n      email: $CLOUDFLARE_EMAIL\n"
	var got []string
	for _, m := range (rules.Options{Path: "config/project/project.yaml"}).Scan([]byte(text)) {
		if m.Rule.ID == "CF201" {
			got = append(got, m.Message)
		}
	}
	if len(got) != 1 || !strings.Contains(got[0], "Craft") {
		t.Errorf("CF201 messages = %q, want one naming Craft", got)
	}
}
