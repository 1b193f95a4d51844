//go:build !race

package rules

import (
	"bytes"
	"fmt"
	"testing"
	"time"
)

// TestDenseNearMissesAreLinear: input dense with anchors that almost make
// a finding ran every detector's line checks over its own 2 KB window for
// each anchor (100 MB of `X-Auth-Key=` took 135 s). Line facts are now
// worked out once per line window, so time grows with the input, not with
// the anchors times the context. The bound is loose (a busy machine), far
// below what it was (about 1 MB/s).
func TestDenseNearMissesAreLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("timing")
	}
	for _, unit := range []string{"X-Auth-Key=", `-H "X-Auth-Key: 0123" `, "CF_API_KEY=", "curl -k http://api.cloudflare.com ", "X-Auth-Key=\n"} {
		small := bytes.Repeat([]byte(unit), (256<<10)/len(unit))
		big := bytes.Repeat([]byte(unit), (1<<20)/len(unit))
		// A loaded machine (go test runs packages in parallel) can stall
		// one measurement: the test fails only when every attempt does.
		var problem string
		for attempt := 0; attempt < 5; attempt++ {
			tSmall, tBig := timeScan(small), timeScan(big)
			switch {
			case tBig > 600*time.Millisecond:
				problem = fmt.Sprintf("1 MB took %v", tBig)
			case tBig > 8*tSmall+50*time.Millisecond:
				// Four times the input, about four times the time (not sixteen).
				problem = fmt.Sprintf("256 KB in %v, 1 MB in %v: not linear", tSmall, tBig)
			default:
				problem = ""
			}
			if problem == "" {
				break
			}
		}
		if problem != "" {
			t.Errorf("%q: %s (5 attempts)", unit, problem)
		}
	}
}

func timeScan(data []byte) time.Duration {
	best := time.Duration(1 << 62)
	for range 3 {
		start := time.Now()
		Options{Path: "x.sh"}.Scan(data)
		best = min(best, time.Since(start))
	}
	return best
}
