package finding

import "github.com/cfauthlint/cfauthlint/internal/testpath"

// Test code and test data are reported like any other file (a committed
// fixture may hold a real credential), but with lower confidence and marked,
// so that a user can baseline fixtures without hiding production findings.

// lowerConfidence is the confidence one step below c: a finding in a test
// path is a step less likely to be a live production credential.
var lowerConfidence = map[string]string{"high": "medium", "medium": "low", "low": "low", "": "low"}

// MarkTestPaths marks the findings whose path (rel gives it relative to the
// scan root) is a test path, and lowers their confidence one step. It
// returns how many it marked.
func MarkTestPaths(fs []Finding, rel func(string) string) int {
	n := 0
	for i := range fs {
		f := &fs[i]
		p := f.Path
		if rel != nil {
			p = rel(p)
		}
		if f.TestPath || !testpath.Is(p) {
			continue
		}
		f.TestPath = true
		f.Confidence = lowerConfidence[f.Confidence]
		n++
	}
	return n
}
