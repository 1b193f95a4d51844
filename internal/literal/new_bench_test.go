package literal

import "testing"

// BenchmarkNew is the start-up cost of a search for the rule engine's anchors.
func BenchmarkNew(b *testing.B) {
	lits := append(measuredLits(), "cfauthlint:ignore")
	for b.Loop() {
		New(lits...)
	}
}

// BenchmarkChoose is the pair choice alone.
func BenchmarkChoose(b *testing.B) {
	lits := append(measuredLits(), "cfauthlint:ignore")
	for b.Loop() {
		Choose(lits)
	}
}
