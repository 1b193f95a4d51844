// Command measure runs cfauthlint, the plain-read floor (bench/readfloor) and
// ripgrep (when installed) on corpora, in rounds that interleave the tools,
// and prints a Markdown table of medians: wall time, MB/s and files/s over
// the corpus's bytes and files, CPU time, peak RSS, and cfauthlint's time
// against the floor, then the performance targets checked on these figures.
//
//	measure -cfauthlint BIN -readfloor BIN [-baseline BIN] -runs 7 name=dir ...
//
// -baseline measures a second cfauthlint build in the same rounds, for a
// before/after comparison on the same machine state.
package main

import (
	"flag"
	"fmt"
	"io/fs"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
)

// rgPattern is a pattern set comparable to cfauthlint's anchors.
const rgPattern = `cloudflare|cfut_|cfat_|cfk_|x-auth-`

// gitleaksGoSrc is the gitleaks wall time on GOROOT/src on this 2-core
// machine, from issue 5.
const gitleaksGoSrc = 17.8

type sample struct {
	wall, cpu time.Duration
	rssKB     int64
}

type stat struct {
	corpus, tool string
	jobs         int
	files        int
	bytes        int64
	median, min  time.Duration
	cpu          time.Duration
	rssKB        int64
}

func run(argv []string) sample {
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Stderr = nil
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if err != nil && cmd.ProcessState == nil {
		log.Fatalf("%s: %v", strings.Join(argv, " "), err)
	}
	// Exit status 1 is "findings" (cfauthlint) or "no match" (rg): fine.
	if code := cmd.ProcessState.ExitCode(); code > 1 {
		log.Fatalf("%s: exit %d", strings.Join(argv, " "), code)
	}
	ru := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	cpu := time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	return sample{wall, cpu, ru.Maxrss}
}

// size counts what readfloor reads: regular files outside .git.
func size(dir string) (files int, bytes int64) {
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() && d.Name() == ".git" {
			return filepath.SkipDir
		}
		if d.Type().IsRegular() {
			if fi, err := d.Info(); err == nil {
				files++
				bytes += fi.Size()
			}
		}
		return nil
	})
	return files, bytes
}

func main() {
	cfa := flag.String("cfauthlint", "cfauthlint", "cfauthlint binary")
	floor := flag.String("readfloor", "readfloor", "readfloor binary (bench/readfloor)")
	base := flag.String("baseline", "", "another cfauthlint binary (a build before a change) measured in the same rounds, as cfauthlint-baseline")
	runs := flag.Int("runs", 7, "measured rounds per corpus and -j (after one warm-up round)")
	jobsList := flag.String("j", "1,2", "comma-separated -j values")
	flag.Parse()
	rg, _ := exec.LookPath("rg")
	var jobs []int
	for _, j := range strings.Split(*jobsList, ",") {
		var n int
		fmt.Sscan(j, &n)
		jobs = append(jobs, n)
	}
	fmt.Printf("CPU capacity available to this run: %.2f cores (two spinning goroutines against one; another process's load lowers it, and -j2 cannot be faster than this allows).\n\n", coresAvailable())
	var stats []stat
	for _, arg := range flag.Args() {
		name, dir, ok := strings.Cut(arg, "=")
		if !ok {
			log.Fatalf("want name=dir, got %q", arg)
		}
		files, bytes := size(dir)
		// Every round runs each -j and each tool once, so that a change in
		// the machine's load during the measurement falls on all of them
		// alike (the -j2/-j1 ratio was measured across minutes apart before).
		type cell struct {
			jobs    int
			tool    string
			argv    []string
			samples []sample
		}
		var cells []*cell
		for _, j := range jobs {
			js := fmt.Sprint(j)
			cells = append(cells,
				&cell{jobs: j, tool: "cfauthlint", argv: []string{*cfa, "scan", "--go=off", "-j", js, "--quiet", "--exit-zero", "--format", "json", "--output", os.DevNull, dir}},
				&cell{jobs: j, tool: "readfloor", argv: []string{*floor, "-j", js, dir}})
			if *base != "" {
				cells = append(cells, &cell{jobs: j, tool: "cfauthlint-baseline", argv: []string{*base, "scan", "--go=off", "-j", js, "--quiet", "--exit-zero", "--format", "json", "--output", os.DevNull, dir}})
			}
			if rg != "" {
				cells = append(cells, &cell{jobs: j, tool: "ripgrep", argv: []string{rg, "-j", js, "--hidden", "-i", "-c", "--no-messages", rgPattern, dir}})
			}
		}
		for round := 0; round <= *runs; round++ {
			for _, c := range cells {
				s := run(c.argv)
				if round > 0 { // round 0 warms the page cache
					c.samples = append(c.samples, s)
				}
			}
		}
		for _, c := range cells {
			st := stat{corpus: name, tool: c.tool, jobs: c.jobs, files: files, bytes: bytes}
			var walls, cpus []time.Duration
			for _, s := range c.samples {
				walls, cpus = append(walls, s.wall), append(cpus, s.cpu)
				st.rssKB = max(st.rssKB, s.rssKB)
			}
			slices.Sort(walls)
			slices.Sort(cpus)
			st.median, st.min, st.cpu = walls[len(walls)/2], walls[0], cpus[len(cpus)/2]
			stats = append(stats, st)
			fmt.Fprintf(os.Stderr, "%s -j%d %s: median %.3fs\n", name, c.jobs, c.tool, st.median.Seconds())
		}
	}
	report(stats, *runs)
}

// coresAvailable estimates how many cores the machine gives this process
// now: the same CPU-bound work on one goroutine and on two at once.
func coresAvailable() float64 {
	spin := func() {
		x := 0
		for i := range 300_000_000 {
			x += i % 7
		}
		sink.Add(int64(x))
	}
	// Best of three each: contention only ever makes a run slower.
	one, two := time.Hour, time.Hour
	for range 3 {
		start := time.Now()
		spin()
		one = min(one, time.Since(start))
		start = time.Now()
		var wg sync.WaitGroup
		for range 2 {
			wg.Add(1)
			go func() { defer wg.Done(); spin() }()
		}
		wg.Wait()
		two = min(two, time.Since(start))
	}
	return 2 * one.Seconds() / two.Seconds()
}

var sink atomic.Int64

func find(stats []stat, corpus, tool string, jobs int) *stat {
	for i := range stats {
		if s := &stats[i]; s.corpus == corpus && s.tool == tool && s.jobs == jobs {
			return s
		}
	}
	return nil
}

func report(stats []stat, runs int) {
	fmt.Printf("Medians of %d runs after a warm-up run (warm page cache); MB = 10^6 bytes of regular files.\n\n", runs)
	fmt.Println("| corpus | files | MB | tool | -j | median s | min s | MB/s | files/s | CPU s | peak RSS MiB | time / floor |")
	fmt.Println("|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|")
	for _, s := range stats {
		sec := s.median.Seconds()
		ratio := ""
		if f := find(stats, s.corpus, "readfloor", s.jobs); f != nil {
			ratio = fmt.Sprintf("%.2f×", sec/f.median.Seconds())
		}
		fmt.Printf("| %s | %d | %.1f | %s | %d | %.3f | %.3f | %.0f | %.0f | %.3f | %.1f | %s |\n",
			s.corpus, s.files, float64(s.bytes)/1e6, s.tool, s.jobs, sec, s.min.Seconds(),
			float64(s.bytes)/1e6/sec, float64(s.files)/sec, s.cpu.Seconds(), float64(s.rssKB)/1024, ratio)
	}
	fmt.Println()
	fmt.Println("Targets (issue 5):")
	check := func(ok bool, format string, args ...any) {
		mark := "FAIL"
		if ok {
			mark = "ok"
		}
		fmt.Printf("- [%s] %s\n", mark, fmt.Sprintf(format, args...))
	}
	if c, r := find(stats, "goroot", "cfauthlint", 2), find(stats, "goroot", "ripgrep", 2); c != nil {
		if r != nil {
			x := c.median.Seconds() / r.median.Seconds()
			check(x <= 3, "GOROOT/src -j2: cfauthlint %.3fs = %.2f× ripgrep's %.3fs (target ≤ 3×)", c.median.Seconds(), x, r.median.Seconds())
		}
		x := gitleaksGoSrc / c.median.Seconds()
		check(x >= 50, "GOROOT/src -j2: %.0f× faster than gitleaks' %.1fs (target ≥ 50×)", x, gitleaksGoSrc)
	}
	if c, f := find(stats, "mixed", "cfauthlint", 2), find(stats, "mixed", "readfloor", 2); c != nil && f != nil {
		x := f.median.Seconds() / c.median.Seconds()
		check(x >= 0.5, "mixed -j2: throughput %.0f%% of the plain-read floor (target ≥ 50%%)", 100*x)
	}
	if c1, c2 := find(stats, "mixed", "cfauthlint", 1), find(stats, "mixed", "cfauthlint", 2); c1 != nil && c2 != nil {
		x := c1.median.Seconds() / c2.median.Seconds()
		check(x >= 1.6, "mixed: -j2 is %.2f× faster than -j1 (target ≥ 1.6×)", x)
	}
	for _, name := range []string{"big", "minified"} {
		for _, s := range stats {
			if s.corpus == name && s.tool == "cfauthlint" {
				check(s.rssKB < 64<<10, "%s -j%d: peak RSS %.1f MiB (target < 64 MiB)", name, s.jobs, float64(s.rssKB)/1024)
			}
		}
	}
}
