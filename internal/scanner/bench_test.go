package scanner

import (
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"testing"
)

// goroot returns $GOROOT/src, the tree the performance targets are stated on.
func gorootSrc(b *testing.B) string {
	dir := filepath.Join(runtime.GOROOT(), "src")
	if _, err := os.Stat(dir); err != nil {
		b.Skip("GOROOT/src not available")
	}
	return dir
}

func benchRun(b *testing.B, dir string, jobs int) {
	s, err := New(Options{Base: dir, Jobs: jobs})
	if err != nil {
		b.Fatal(err)
	}
	var bytes int64
	for b.Loop() {
		res, err := s.Run([]string{dir})
		if err != nil {
			b.Fatal(err)
		}
		bytes = res.Bytes
	}
	b.SetBytes(bytes)
}

func BenchmarkRunGoroot(b *testing.B) { benchRun(b, gorootSrc(b), 0) }

// BenchmarkRunDir scans $CFAUTHLINT_BENCH_DIR (e.g. a corpus from
// bench/gencorpus) with -j $CFAUTHLINT_BENCH_JOBS.
func BenchmarkRunDir(b *testing.B) {
	dir := os.Getenv("CFAUTHLINT_BENCH_DIR")
	if dir == "" {
		b.Skip("CFAUTHLINT_BENCH_DIR not set")
	}
	jobs, _ := strconv.Atoi(os.Getenv("CFAUTHLINT_BENCH_JOBS"))
	benchRun(b, dir, jobs)
}
