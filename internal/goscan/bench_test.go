package goscan_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
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
	bin := filepath.Join(b.TempDir(), "cfauthlint")
	if out, err := exec.Command("go", "build", "-o", bin, "github.com/cfauthlint/cfauthlint/cmd/cfauthlint").CombinedOutput(); err != nil {
		b.Fatalf("build: %v %s", err, out)
	}
	// run returns the wall time and the CPU time (user+system, children
	// included) of a command run in the module.
	run := func(name string, args ...string) (time.Duration, time.Duration) {
		cmd := exec.Command(name, args...)
		cmd.Dir = dir
		t0 := time.Now()
		out, err := cmd.CombinedOutput()
		wall := time.Since(t0)
		if cmd.ProcessState == nil || cmd.ProcessState.ExitCode() > 1 {
			b.Fatalf("%s: %v\n%s", name, err, out)
		}
		return wall, cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	}
	vet := func(i int) (time.Duration, time.Duration) {
		args := []string{"vet"}
		if mode == "flag" {
			args = append(args, fmt.Sprintf("-printf.funcs=cfauthlintbench%d%d", i, time.Now().UnixNano()))
		}
		return run("go", append(args, "./...")...)
	}
	scan := func() (time.Duration, time.Duration) {
		return run(bin, "scan", "--quiet", "--format", "json", "--output", os.DevNull, ".")
	}
	// Warm the build cache once.
	vet(-1)
	scan()
	var vets, scans, vetCPU, scanCPU []time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		edit(i, "vet")
		w, c := vet(i)
		vets, vetCPU = append(vets, w), append(vetCPU, c)
		edit(i, "scan")
		w, c = scan()
		scans, scanCPU = append(scans, w), append(scanCPU, c)
	}
	b.StopTimer()
	v, s := median(vets), median(scans)
	b.ReportMetric(v.Seconds(), "vet-s")
	b.ReportMetric(s.Seconds(), "scan-s")
	b.ReportMetric(s.Seconds()/v.Seconds(), "scan/vet")
	b.ReportMetric(median(scanCPU).Seconds()/median(vetCPU).Seconds(), "scan/vet-cpu")
	b.Logf("mode %s, %d packages: wall go vet %v, cfauthlint scan %v; CPU go vet %v, scan %v", mode, len(pkgDirs), vets, scans, vetCPU, scanCPU)
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
