// Command readfloor is the I/O floor for cfauthlint's benchmarks: it walks
// the given trees the way the scanner does (no symlinks, no .git, regular
// files only) and reads every file into a reused buffer with -j workers,
// doing nothing with the bytes. A scanner cannot be faster than this.
package main

import (
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	jobs := flag.Int("j", runtime.GOMAXPROCS(0), "parallel readers")
	flag.Parse()
	start := time.Now()
	paths := make(chan string, 256)
	var files, total atomic.Int64
	var wg sync.WaitGroup
	for range *jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			buf := make([]byte, 1<<20)
			for p := range paths {
				f, err := os.Open(p)
				if err != nil {
					continue
				}
				for {
					n, err := f.Read(buf)
					total.Add(int64(n))
					if err == io.EOF || err != nil && n == 0 {
						break
					}
				}
				f.Close()
				files.Add(1)
			}
		}()
	}
	for _, root := range flag.Args() {
		filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if d.IsDir() && d.Name() == ".git" {
				return filepath.SkipDir
			}
			if d.Type().IsRegular() {
				paths <- p
			}
			return nil
		})
	}
	close(paths)
	wg.Wait()
	el := time.Since(start)
	mb := float64(total.Load()) / 1e6
	fmt.Printf("readfloor: %d files, %.1f MB in %.3fs: %.0f MB/s, %.0f files/s\n",
		files.Load(), mb, el.Seconds(), mb/el.Seconds(), float64(files.Load())/el.Seconds())
}
