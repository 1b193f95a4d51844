package scanner_test

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/cfauthlint/cfauthlint/internal/scanner"
)

// TestMemoryBoundedByFile: memory grew with raw matches (about 1.8 KB
// each, kept to the end: 10 MB of `-H "X-Auth-Key: 0123" ` took 744 MB).
// A line dense with matches makes one finding per rule; a file of many
// lines with findings keeps the first MaxFindingsPerFile and counts the
// rest, with a notice.
func TestMemoryBoundedByFile(t *testing.T) {
	root := t.TempDir()
	unit := `-H "X-Auth-Key: 0123" `
	os.WriteFile(filepath.Join(root, "cloudflare-one-line.sh"), []byte(strings.Repeat(unit, (4<<20)/len(unit))), 0o644)
	os.WriteFile(filepath.Join(root, "cloudflare-many-lines.sh"), []byte(strings.Repeat("curl "+unit+"\n", 50_000)), 0o644)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	res := runWithin(t, 60*time.Second, scanner.Options{Base: root, Jobs: 2}, root)
	runtime.ReadMemStats(&after)
	byPath := map[string]int{}
	for _, f := range res.Findings {
		byPath[f.Path]++
	}
	// One per rule and line in each 1 MiB window (SortDedupe keeps one).
	if byPath["cloudflare-one-line.sh"] > 5 {
		t.Errorf("cloudflare-one-line.sh: %d findings, want one a window", byPath["cloudflare-one-line.sh"])
	}
	if byPath["cloudflare-many-lines.sh"] != scanner.MaxFindingsPerFile || res.Unreported["cloudflare-many-lines.sh"] != 50_000-scanner.MaxFindingsPerFile {
		t.Errorf("cloudflare-many-lines.sh: %d findings, %d unreported", byPath["cloudflare-many-lines.sh"], res.Unreported["cloudflare-many-lines.sh"])
	}
	noticed := false
	for _, n := range res.Notices {
		noticed = noticed || (n.Path == "cloudflare-many-lines.sh" && strings.Contains(n.Message, "not reported"))
	}
	if !noticed {
		t.Errorf("no notice for the findings left out: %v", res.Notices)
	}
	if grown := after.TotalAlloc - before.TotalAlloc; grown > 256<<20 {
		t.Errorf("allocated %d MiB to scan 6 MB", grown>>20)
	}
}
