package cli

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
)

// The file walk's live heap is small (a window buffer and a lowered copy
// per core, the rules' tables) and its garbage short-lived: at the default
// GOGC=100, a scan of the bench mixed corpus ran two collections, whose
// assists and write barriers cost about 2 ms at -j1 and at -j2
// (bench/run.sh). walkGC lets the heap grow to walkHeapBase before a
// collection (GOGC=400 under a soft memory limit). A fixed limit would
// make the GC run back to back once the live heap nears it (200,000
// findings took 3 s instead of 1.4 s), so after each collection a finalizer
// looks at the live heap, and once it is too large for the limit, the
// default settings come back for the rest of the run.
const (
	walkGCPercent = 400
	walkHeapBase  = 20 << 20
	walkHeapSlack = 8 << 20 // stacks and runtime metadata, which the limit counts
)

// walkGC applies the walk's GC settings, unless the user set GOGC or
// GOMEMLIMIT, and returns the function that puts the old ones back (before
// Go analysis, whose live heap is large); it does so itself when the live
// heap outgrows them.
func walkGC() (restore func()) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	var mu sync.Mutex
	done := false
	oldPercent := debug.SetGCPercent(walkGCPercent)
	oldLimit := debug.SetMemoryLimit(walkHeapBase)
	restore = func() {
		mu.Lock()
		defer mu.Unlock()
		if !done {
			done = true
			debug.SetMemoryLimit(oldLimit)
			debug.SetGCPercent(oldPercent)
		}
	}
	var watch func()
	watch = func() {
		runtime.SetFinalizer(&gcSentinel{}, func(*gcSentinel) {
			if 2*liveHeap()+walkHeapSlack > walkHeapBase {
				restore()
				return
			}
			mu.Lock()
			defer mu.Unlock()
			if !done {
				watch()
			}
		})
	}
	watch()
	return restore
}

// gcSentinel is garbage from birth: its finalizer runs after the next
// collection. (It holds a pointer so that it is not a tiny allocation,
// whose finalizer might never run.)
type gcSentinel struct{ _ *int }

// liveHeap is the heap marked live by the last collection.
func liveHeap() int64 {
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return int64(s[0].Value.Uint64())
}
