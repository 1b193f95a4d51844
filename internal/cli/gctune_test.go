package cli

import (
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

// gcSettings reads the GC percent and memory limit without changing them.
func gcSettings() (percent int, limit int64) {
	percent = debug.SetGCPercent(100)
	debug.SetGCPercent(percent)
	return percent, debug.SetMemoryLimit(-1)
}

// eventually polls cond for a while: finalizers run on their own goroutine
// after a collection.
func eventually(cond func() bool) bool {
	for range 200 {
		runtime.GC()
		if cond() {
			return true
		}
		time.Sleep(5 * time.Millisecond)
	}
	return false
}

func TestWalkGCRestores(t *testing.T) {
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	p0, l0 := gcSettings()
	restore := walkGC()
	if p, l := gcSettings(); p != walkGCPercent || l != walkHeapBase {
		t.Fatalf("during the walk: GOGC %d, limit %d; want %d, %d", p, l, walkGCPercent, walkHeapBase)
	}
	restore()
	restore() // twice is harmless
	if p, l := gcSettings(); p != p0 || l != l0 {
		t.Fatalf("after restore: GOGC %d, limit %d; want %d, %d", p, l, p0, l0)
	}
	// A collection after restore changes nothing.
	runtime.GC()
	runtime.GC()
	if p, l := gcSettings(); p != p0 || l != l0 {
		t.Fatalf("a finalizer changed the settings after restore: GOGC %d, limit %d", p, l)
	}
}

// A live heap too large for the limit (many findings) brings the default
// settings back by itself, instead of collecting back to back.
func TestWalkGCBacksOffForALargeLiveHeap(t *testing.T) {
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	p0, l0 := gcSettings()
	restore := walkGC()
	defer restore()
	live := make([][]byte, 0, 64)
	for range 32 {
		live = append(live, make([]byte, 1<<20)) // 32 MiB live
	}
	if !eventually(func() bool { p, l := gcSettings(); return p == p0 && l == l0 }) {
		p, l := gcSettings()
		t.Fatalf("with 32 MiB live: GOGC %d, limit %d; want the defaults %d, %d back", p, l, p0, l0)
	}
	runtime.KeepAlive(live)
}

// GOGC or GOMEMLIMIT set by the user: their settings stand.
func TestWalkGCRespectsTheUser(t *testing.T) {
	for _, env := range []string{"GOGC", "GOMEMLIMIT"} {
		t.Run(env, func(t *testing.T) {
			t.Setenv("GOGC", "")
			t.Setenv("GOMEMLIMIT", "")
			t.Setenv(env, "150")
			p0, l0 := gcSettings()
			restore := walkGC()
			if p, l := gcSettings(); p != p0 || l != l0 {
				t.Errorf("GOGC %d, limit %d; want the user's %d, %d", p, l, p0, l0)
			}
			restore()
		})
	}
}
