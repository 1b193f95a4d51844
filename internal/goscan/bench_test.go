package goscan_test

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/cfauthlint/cfauthlint/internal/cli"
)

// BenchmarkScanVsVet compares `cfauthlint scan` (file walker + type-aware Go
// analysis) with `go vet` on the same module, in the same run, alternating
// the two. Point it at a module whose dependencies are in the module cache:
//
//	CFAUTHLINT_BENCH_MODULE=/path/to/module go test -run '^$' -bench ScanVsVet -benchtime 5x ./internal/goscan
//
// The module is copied to a temporary directory. Before every run of either
// tool, a comment is appended to one file of each package, so that both do
// the whole job for the module's packages (compile, type-check, analyse)
// with dependencies warm in the build cache, and go vet cannot answer from
// its result cache. CFAUTHLINT_BENCH_MODE=flag instead passes go vet a fresh
// -printf.funcs value each run (it then re-analyses dependencies for facts
// too), and =cached runs go vet unchanged (its result cache answers).
// Reported: median seconds per run of each, and their ratio scan/vet.
func BenchmarkScanVsVet(b *testing.B) {
	src := os.Getenv("CFAUTHLINT_BENCH_MODULE")
	if src == "" {
		b.Skip("set CFAUTHLINT_BENCH_MODULE to a module directory")
	}
	mode := os.Getenv("CFAUTHLINT_BENCH_MODE")
	if mode == "" {
		mode = "edit"
	}
	dir := filepath.Join(b.TempDir(), "mod")
	if out, err := exec.Command("cp", "-r", src, dir).CombinedOutput(); err != nil {
		b.Fatalf("copy: %v %s", err, out)
	}
	exec.Command("chmod", "-R", "u+w", dir).Run()
	pkgDirs := packageDirs(b, dir)
	edit := func(i int, tool string) {
		if mode != "edit" {
			return
		}
		for _, d := range pkgDirs {
			f, err := os.OpenFile(d, os.O_APPEND|os.O_WRONLY, 0)
			if err != nil {
				b.Fatal(err)
			}
			fmt.Fprintf(f, "\n// bench %s %d %d\n", tool, i, time.Now().UnixNano())
			f.Close()
		}
	}
	vet := func(i int) time.Duration {
		args := []string{"vet"}
		if mode == "flag" {
			args = append(args, fmt.Sprintf("-printf.funcs=cfauthlintbench%d%d", i, time.Now().UnixNano()))
		}
		cmd := exec.Command("go", append(args, "./...")...)
		cmd.Dir = dir
		t0 := time.Now()
		out, err := cmd.CombinedOutput()
		d := time.Since(t0)
		if err != nil && len(out) > 0 && !strings.Contains(string(out), ": ") {
			b.Fatalf("go vet: %v\n%s", err, out)
		}
		return d
	}
	scan := func() time.Duration {
		wd, _ := os.Getwd()
		os.Chdir(dir)
		defer os.Chdir(wd)
		t0 := time.Now()
		code := cli.Main([]string{"scan", "--quiet", "--format", "json", "--output", os.DevNull, "."}, cli.Env{Stdout: io.Discard, Stderr: io.Discard})
		d := time.Since(t0)
		if code == 2 {
			b.Fatal("scan failed")
		}
		return d
	}
	// Warm the build cache once.
	vet(-1)
	scan()
	var vets, scans []time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		edit(i, "vet")
		vets = append(vets, vet(i))
		edit(i, "scan")
		scans = append(scans, scan())
	}
	b.StopTimer()
	v, s := median(vets), median(scans)
	b.ReportMetric(v.Seconds(), "vet-s")
	b.ReportMetric(s.Seconds(), "scan-s")
	b.ReportMetric(s.Seconds()/v.Seconds(), "scan/vet")
	b.Logf("mode %s, %d packages: go vet %v, cfauthlint scan %v (medians of %d)", mode, len(pkgDirs), vets, scans, b.N)
}

// packageDirs returns one non-test Go file per package directory of the
// module (skipping testdata, vendor and hidden directories).
func packageDirs(b *testing.B, root string) []string {
	seen := map[string]string{}
	filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			n := d.Name()
			if p != root && (n == "testdata" || n == "vendor" || strings.HasPrefix(n, ".") || strings.HasPrefix(n, "_")) {
				return filepath.SkipDir
			}
			return nil
		}
		if strings.HasSuffix(p, ".go") && !strings.HasSuffix(p, "_test.go") {
			if _, ok := seen[filepath.Dir(p)]; !ok {
				seen[filepath.Dir(p)] = p
			}
		}
		return nil
	})
	var out []string
	for _, f := range seen {
		out = append(out, f)
	}
	sort.Strings(out)
	return out
}

func median(ds []time.Duration) time.Duration {
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return s[len(s)/2]
}
