package testcred

import (
	"strings"
	"sync"
	"testing"
)

// TestGenConcurrent shares one generator across goroutines, as tests do;
// under the race detector (.ci/run) an unlocked source fails it.
func TestGenConcurrent(t *testing.T) {
	g := New(1)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 50 {
				if v := g.Prefixed("cfut_"); !strings.HasPrefix(v, "cfut_") || len(v) != 53 {
					t.Errorf("bad token shape: %d chars", len(v))
				}
			}
		}()
	}
	wg.Wait()
}

func TestGenDeterministic(t *testing.T) {
	if New(7).Hex(40) != New(7).Hex(40) {
		t.Error("the same seed gave different values")
	}
}
