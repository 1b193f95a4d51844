// Command genhistory writes a `git fast-import` stream for a synthetic
// repository with a long history, for bench/history.sh: FILES files seeded
// from the Go standard library's sources, then COMMITS commits that each
// edit EDITS files (every edit makes a new blob), delete and re-add files
// now and then, and plant a few fake Cloudflare keys that a later commit
// removes. Everything is deterministic.
//
// Usage: go run ./bench/genhistory COMMITS FILES EDITS | git fast-import
package main

import (
	"bufio"
	"fmt"
	"hash/crc32"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
)

func main() {
	if len(os.Args) != 4 {
		fmt.Fprintln(os.Stderr, "usage: genhistory COMMITS FILES EDITS")
		os.Exit(2)
	}
	commits, _ := strconv.Atoi(os.Args[1])
	files, _ := strconv.Atoi(os.Args[2])
	edits, _ := strconv.Atoi(os.Args[3])
	seeds := goSources(files)
	if len(seeds) == 0 {
		fmt.Fprintln(os.Stderr, "genhistory: no Go sources under GOROOT")
		os.Exit(1)
	}
	r := rand.New(rand.NewPCG(1, 2))
	w := bufio.NewWriterSize(os.Stdout, 1<<20)
	defer w.Flush()

	content := make([]string, files)
	names := make([]string, files)
	for i := range files {
		content[i] = seeds[i%len(seeds)]
		names[i] = fmt.Sprintf("pkg%03d/file%05d.go", i/100, i)
	}
	when := int64(1_700_000_000)
	commit := func(n int, msg string, ops func()) {
		fmt.Fprintf(w, "commit refs/heads/main\nmark :%d\ncommitter bench <bench@example.com> %d +0000\n", n, when+int64(n)*60)
		fmt.Fprintf(w, "data %d\n%s\n", len(msg), msg)
		if n > 1 {
			fmt.Fprintf(w, "from :%d\n", n-1)
		}
		ops()
		w.WriteString("\n")
	}
	put := func(path, s string) {
		fmt.Fprintf(w, "M 100644 inline %s\ndata %d\n%s\n", path, len(s), s)
	}
	commit(1, "initial tree", func() {
		for i := range files {
			put(names[i], content[i])
		}
	})
	planted := 0
	for n := 2; n <= commits; n++ {
		commit(n, fmt.Sprintf("change %d", n), func() {
			for range edits {
				i := r.IntN(files)
				content[i] += fmt.Sprintf("\n// edit %d: value %d\n", n, r.Int64())
				put(names[i], content[i])
			}
			switch {
			case n%500 == 0: // a key committed here and deleted 7 commits later
				put(fmt.Sprintf("deploy/env%d.sh", n), "export CLOUDFLARE_API_KEY="+fakeKey(r)+"\n")
				planted++
			case n%500 == 7 && n > 7:
				fmt.Fprintf(w, "D deploy/env%d.sh\n", n-7)
			}
		})
	}
	fmt.Fprintf(os.Stderr, "genhistory: %d commits, %d files, %d edits per commit, %d planted keys\n", commits, files, edits, planted)
}

// fakeKey is a cfk_ Global API Key shape with a valid checksum (random, fake).
func fakeKey(r *rand.Rand) string {
	const set = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	b := make([]byte, 40)
	for i := range b {
		b[i] = set[r.IntN(len(set))]
	}
	return fmt.Sprintf("cfk_%s%08x", b, crc32.ChecksumIEEE(b))
}

// goSources returns up to n Go source files of the standard library.
func goSources(n int) []string {
	var out []string
	root := filepath.Join(runtime.GOROOT(), "src")
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if len(out) >= n {
			return filepath.SkipAll
		}
		if err != nil {
			return nil
		}
		if d.IsDir() && (d.Name() == "testdata" || d.Name() == "vendor") {
			return filepath.SkipDir
		}
		if strings.HasSuffix(p, ".go") && !strings.HasSuffix(p, "_test.go") {
			if b, err := os.ReadFile(p); err == nil && len(b) < 64<<10 {
				out = append(out, string(b))
			}
		}
		return nil
	})
	return out
}
