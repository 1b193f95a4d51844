package goscan_test

import (
	"os"
	"testing"

	"github.com/cfauthlint/cfauthlint/internal/goscan"
)

// BenchmarkRun is the Go analysis alone on a real tree:
//
//	CFAUTHLINT_BENCH_TREE=/path/to/cloudflare-go go test -run '^$' -bench BenchmarkRun ./internal/goscan
//
// It skips without the variable. The whole scan's figures (walker and Go
// analysis against --go=off and go vet) are in bench/gocompare.sh.
func BenchmarkRun(b *testing.B) {
	tree := os.Getenv("CFAUTHLINT_BENCH_TREE")
	if tree == "" {
		b.Skip("CFAUTHLINT_BENCH_TREE not set")
	}
	for b.Loop() {
		res, err := goscan.Run(goscan.Options{Paths: []string{tree}, CacheDir: os.Getenv("CFAUTHLINT_BENCH_CACHE")})
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(res.Packages), "packages")
		b.ReportMetric(float64(len(res.Findings)), "findings")
	}
}
