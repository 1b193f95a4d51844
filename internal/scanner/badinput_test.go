package scanner_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/cfauthlint/cfauthlint/internal/finding"
	"github.com/cfauthlint/cfauthlint/internal/scanner"
	"github.com/cfauthlint/cfauthlint/internal/testcred"
)

// runWithin runs a scan in a goroutine and fails the test if it has not
// finished after d: a hang (blocking open of a FIFO, a symlink loop) must
// fail rather than stall the test binary.
func runWithin(t *testing.T, d time.Duration, opt scanner.Options, paths ...string) *scanner.Result {
	t.Helper()
	s, err := scanner.New(opt)
	if err != nil {
		t.Fatal(err)
	}
	type out struct {
		res *scanner.Result
		err error
	}
	done := make(chan out, 1)
	go func() {
		res, err := s.Run(paths)
		done <- out{res, err}
	}()
	select {
	case o := <-done:
		if o.err != nil {
			t.Fatalf("Run(%v): %v", paths, o.err)
		}
		return o.res
	case <-time.After(d):
		t.Fatalf("Run(%v) did not finish within %v", paths, d)
		return nil
	}
}

func hashOf(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

// wantFinding checks that exactly one finding has the value's hash, and
// where it is. Messages name positions and hashes, never the value.
func wantFinding(t *testing.T, fs []finding.Finding, value string, line, col int) {
	t.Helper()
	h := hashOf(value)
	var got []finding.Finding
	for _, f := range fs {
		if f.ValueHash == h {
			got = append(got, f)
		}
	}
	if len(got) != 1 {
		t.Errorf("value %s…: %d findings, want 1 (at %d:%d)", value[:4], len(got), line, col)
		return
	}
	f := got[0]
	endCol := col + utf8.RuneCountInString(value)
	if f.Line != line || f.Column != col || f.EndLine != line || f.EndColumn != endCol {
		t.Errorf("value %s… at %d:%d-%d:%d, want %d:%d-%d:%d", value[:4], f.Line, f.Column, f.EndLine, f.EndColumn, line, col, line, endCol)
	}
}

func TestBinaryFiles(t *testing.T) {
	root := t.TempDir()
	sec := secretLine(1)
	write := func(name string, data []byte) {
		if err := os.WriteFile(filepath.Join(root, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// A NUL anywhere in the first 8000 bytes means binary (git's rule).
	write("early.bin", append([]byte("\x00"), sec...))
	edge := append(bytes.Repeat([]byte("a"), 7999), 0)
	write("edge.bin", append(append(edge, '\n'), sec...))
	// UTF-16 text is NUL-ridden: binary too.
	write("utf16.txt", []byte("t\x00o\x00k\x00e\x00n\x00\n\x00"+sec))
	// A NUL at byte 8000 or later does not make a file binary.
	late := append(bytes.Repeat([]byte("a"), 8000), 0)
	write("late.txt", append(append([]byte(sec), late...), '\n'))

	res := runWithin(t, 30*time.Second, scanner.Options{Base: root}, root)
	if res.Skipped[scanner.SkipBinary] != 3 {
		t.Errorf("binary skips = %d, want 3 (%v)", res.Skipped[scanner.SkipBinary], res.Skipped)
	}
	if res.Files != 1 {
		t.Errorf("Files = %d, want 1 (late.txt)", res.Files)
	}
	wantPaths(t, res, "late.txt")

	s, _ := scanner.New(scanner.Options{})
	if _, _, err := s.ScanReader("x", bytes.NewReader([]byte("ab\x00cd")), nil); !errors.Is(err, scanner.ErrBinary) {
		t.Errorf("ScanReader on binary: err = %v, want ErrBinary", err)
	}
}

func TestEmptyFile(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{"a.txt": ""})
	if err := os.WriteFile(filepath.Join(root, "empty.txt"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	res := runWithin(t, 10*time.Second, scanner.Options{Base: root}, filepath.Join(root, "empty.txt"))
	if res.Files != 1 || res.Bytes != 0 || len(res.Findings) != 0 || len(res.Notices) != 0 || len(res.Skipped) != 0 {
		t.Errorf("empty file: %+v", res)
	}
	res = runWithin(t, 10*time.Second, scanner.Options{Base: root}, root)
	if res.Files != 2 || len(res.Findings) != 1 {
		t.Errorf("tree with an empty file: files %d findings %d, want 2 and 1", res.Files, len(res.Findings))
	}
}

// memWatch samples the heap while a scan runs.
type memWatch struct {
	stop      chan struct{}
	done      chan struct{}
	peakInuse atomic.Uint64
	start     runtime.MemStats
}

func watchMem() *memWatch {
	w := &memWatch{stop: make(chan struct{}), done: make(chan struct{})}
	runtime.GC()
	runtime.ReadMemStats(&w.start)
	go func() {
		defer close(w.done)
		var ms runtime.MemStats
		for {
			runtime.ReadMemStats(&ms)
			if ms.HeapInuse > w.peakInuse.Load() {
				w.peakInuse.Store(ms.HeapInuse)
			}
			select {
			case <-w.stop:
				return
			case <-time.After(5 * time.Millisecond):
			}
		}
	}()
	return w
}

// finish returns the bytes allocated and the peak heap growth since start.
func (w *memWatch) finish() (alloc, peakGrowth uint64) {
	close(w.stop)
	<-w.done
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	peak := w.peakInuse.Load()
	if peak < w.start.HeapInuse {
		peak = w.start.HeapInuse
	}
	return ms.TotalAlloc - w.start.TotalAlloc, peak - w.start.HeapInuse
}

// TestHugeFile scans a 200 MiB file: secrets across the first 1 MiB chunk
// boundary, across the 100 MiB boundary after multi-byte text, and at the
// very end; memory must not grow with the file.
func TestHugeFile(t *testing.T) {
	const (
		mib     = 1 << 20
		lineLen = 64
		blocks  = 200
	)
	g := testcred.New(42)
	tokA, _ := g.Make("cfut")
	tokB, _ := g.Make("cfat")
	tokC, _ := g.Make("cfk")

	// A 1 MiB block of 64-byte lines with no anchor words.
	line := []byte(strings.Repeat("lorem ipsum dolor sit amet consectetur adipiscing ", 2)[:lineLen-1] + "\n")
	block := bytes.Repeat(line, mib/lineLen)
	p := filepath.Join(t.TempDir(), "huge.txt")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	for range blocks {
		if _, err := f.Write(block); err != nil {
			t.Fatal(err)
		}
	}
	// Replace two 64-byte lines around a boundary by one 128-byte line whose
	// token starts before the boundary and ends after it.
	straddle := func(boundary int64, prefix, tok string) {
		l := []byte(prefix + tok + `"`)
		l = append(l, bytes.Repeat([]byte(" "), 2*lineLen-1-len(l))...)
		l = append(l, '\n')
		if _, err := f.WriteAt(l, boundary-lineLen); err != nil {
			t.Fatal(err)
		}
	}
	// tokA starts 20 bytes before 1 MiB: column 45 (44 ASCII bytes before it).
	straddle(mib, strings.Repeat("x", 44-len(`token = "`))+`token = "`, tokA)
	// tokB starts 10 bytes before 100 MiB, after 20 "é" (40 bytes, 20 code
	// points) and 14 ASCII bytes: column 35.
	straddle(100*mib, strings.Repeat("é", 20)+strings.Repeat("y", 54-40-len(`key: "`))+`key: "`, tokB)
	// tokC is the last bytes of the file, with no final newline.
	if _, err := f.WriteAt([]byte(`last = "`+tokC), blocks*mib); err != nil {
		t.Fatal(err)
	}
	size := int64(blocks*mib + len(`last = "`) + len(tokC))
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}

	// -j 1 streams the file; -j 4 scans its windows on several cores.
	for _, jobs := range []int{1, 4} {
		w := watchMem()
		start := time.Now()
		res := runWithin(t, 120*time.Second, scanner.Options{Base: filepath.Dir(p), Jobs: jobs}, p)
		elapsed := time.Since(start)
		alloc, peak := w.finish()
		t.Logf("200 MiB, -j %d: %v (%.0f MB/s), allocated %d KiB, peak heap growth %d KiB", jobs, elapsed, float64(size)/1e6/elapsed.Seconds(), alloc>>10, peak>>10)

		if res.Files != 1 || res.Bytes != size || len(res.Skipped) != 0 || len(res.Notices) != 0 {
			t.Errorf("-j %d: files %d bytes %d (want 1, %d) skipped %v notices %v", jobs, res.Files, res.Bytes, size, res.Skipped, res.Notices)
		}
		if len(res.Findings) != 3 {
			t.Errorf("-j %d: %d findings, want 3: %v", jobs, len(res.Findings), hitsOf(res.Findings))
		}
		linesPerBlock := mib / lineLen
		// tokA: 16383 line ends before it.
		wantFinding(t, res.Findings, tokA, linesPerBlock, 45)
		// tokB: 100*linesPerBlock-1 original line ends before it, one merged away.
		wantFinding(t, res.Findings, tokB, 100*linesPerBlock-1-1+1, 35)
		// tokC: every block's line ends before it, two merged away.
		wantFinding(t, res.Findings, tokC, blocks*linesPerBlock-2+1, 9)
		// Flat memory: a few chunk buffers, not a fraction of 200 MiB.
		const limit = 32 << 20
		if alloc > limit || peak > limit {
			t.Errorf("-j %d: memory grows with file size: allocated %d MiB, peak heap growth %d MiB (limit %d MiB)", jobs, alloc>>20, peak>>20, limit>>20)
		}
	}
}

// TestLongLine scans a 20 MB file that is one line, with secrets at the
// start, across the first chunk boundary, in the middle and at the end.
// Columns count code points; the filler holds multi-byte characters.
func TestLongLine(t *testing.T) {
	g := testcred.New(9)
	var data bytes.Buffer
	var toks []string
	var offs []int
	put := func(tok string) {
		data.WriteString(`"`)
		offs = append(offs, data.Len())
		toks = append(toks, tok)
		data.WriteString(tok + `" `)
	}
	fill := func(upTo int) {
		const words = "lorem ipsum é 日本 dolor "
		for data.Len() < upTo {
			data.WriteString(words)
		}
	}
	for i, at := range []int{0, 1<<20 - 25, 10 << 20, 20<<20 - 60} {
		fill(at)
		tok, _ := g.Make([]string{"cfut", "cfat", "cfk", "cfast"}[i])
		put(tok)
	}
	p := filepath.Join(t.TempDir(), "oneline.txt")
	if err := os.WriteFile(p, data.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if bytes.IndexByte(data.Bytes(), '\n') >= 0 {
		t.Fatal("test input has a newline")
	}
	for _, jobs := range []int{1, 4} {
		w := watchMem()
		res := runWithin(t, 60*time.Second, scanner.Options{Base: filepath.Dir(p), Jobs: jobs}, p)
		alloc, peak := w.finish()
		if res.Files != 1 || res.Bytes != int64(data.Len()) || len(res.Notices) != 0 {
			t.Errorf("-j %d: files %d bytes %d (want %d) notices %v", jobs, res.Files, res.Bytes, data.Len(), res.Notices)
		}
		if len(res.Findings) != len(toks) {
			t.Errorf("-j %d: %d findings, want %d: %v", jobs, len(res.Findings), len(toks), hitsOf(res.Findings))
		}
		for i, tok := range toks {
			wantFinding(t, res.Findings, tok, 1, 1+utf8.RuneCount(data.Bytes()[:offs[i]]))
		}
		if wantCol := 2; offs[0] != 1 || wantCol != 1+utf8.RuneCount(data.Bytes()[:offs[0]]) {
			t.Fatal("test setup: first token not at column 2")
		}
		if alloc > 32<<20 || peak > 32<<20 {
			t.Errorf("-j %d: memory grows with line length: allocated %d MiB, peak heap growth %d MiB", jobs, alloc>>20, peak>>20)
		}
	}
}

// TestInvalidUTF8 checks columns after invalid and multi-byte UTF-8: every
// code point counts one, every byte of an invalid sequence counts one.
func TestInvalidUTF8(t *testing.T) {
	g := testcred.New(5)
	var toks []string
	tok := func() string { v, _ := g.Make("cfut"); toks = append(toks, v); return v }
	lines := []struct {
		prefix string
		col    int
	}{
		{"\xff\xfe\xc3 token=\"", 3 + 8 + 1},     // three invalid bytes
		{"é日😀 x=\"", 3 + 4 + 1},                  // three code points, 9 bytes
		{"\xe6\x97 x=\"", 2 + 4 + 1},             // truncated 日: two invalid bytes
		{"\xf0\x9f\x98\x80\x80 x=\"", 2 + 4 + 1}, // 😀 then a stray continuation byte
		{"\xed\xa0\x80 x=\"", 3 + 4 + 1},         // a UTF-16 surrogate: invalid, three bytes
		{"x=\"", 4},
	}
	var data bytes.Buffer
	for _, l := range lines {
		data.WriteString(l.prefix + tok() + "\"\n")
	}
	root := t.TempDir()
	if err := os.WriteFile(filepath.Join(root, "bad.txt"), data.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	res := runWithin(t, 10*time.Second, scanner.Options{Base: root}, root)
	if res.Files != 1 || len(res.Findings) != len(lines) {
		t.Fatalf("files %d findings %d, want 1 and %d", res.Files, len(res.Findings), len(lines))
	}
	for i, l := range lines {
		wantFinding(t, res.Findings, toks[i], i+1, l.col)
	}
	for _, f := range res.Findings {
		if !utf8.ValidString(f.Redacted) || !utf8.ValidString(f.Message) {
			t.Errorf("finding at %d:%d has invalid UTF-8 in its text", f.Line, f.Column)
		}
	}
}

func TestSymlinks(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{"real/a.txt": ""})
	for link, target := range map[string]string{
		"link-file": filepath.Join("real", "a.txt"),
		"link-dir":  "real",
		"real/loop": "..", // back to the walk root
		"self":      "self",
		"dangling":  "nowhere",
	} {
		if err := os.Symlink(target, filepath.Join(root, link)); err != nil {
			t.Fatal(err)
		}
	}
	// Default: symlinks are not followed, each is counted.
	res := runWithin(t, 10*time.Second, scanner.Options{Base: root}, root)
	wantPaths(t, res, "real/a.txt")
	if res.Files != 1 || res.Skipped[scanner.SkipSymlink] != 5 || res.Skipped[scanner.SkipLoop] != 0 {
		t.Errorf("default: files %d skipped %v, want 1 file and 5 symlinks", res.Files, res.Skipped)
	}

	// FollowSymlinks: files behind links are scanned, loops detected.
	res = runWithin(t, 10*time.Second, scanner.Options{Base: root, FollowSymlinks: true}, root)
	wantPaths(t, res, "real/a.txt", "link-file", "link-dir/a.txt")
	if res.Skipped[scanner.SkipLoop] < 2 {
		t.Errorf("follow: loops not counted: %v", res.Skipped)
	}
	if res.Skipped[scanner.SkipSymlink] != 2 { // self (ELOOP) and dangling
		t.Errorf("follow: broken links = %d, want 2: %v", res.Skipped[scanner.SkipSymlink], res.Skipped)
	}

	// A loop named on the command line is a clear error.
	s, _ := scanner.New(scanner.Options{Base: root})
	if _, err := s.Run([]string{filepath.Join(root, "self")}); err == nil || !strings.Contains(err.Error(), "self") {
		t.Errorf("scanning a self-loop argument: err = %v, want an error naming it", err)
	}
}

// TestDeepSymlinkLoop: two directories linking to each other.
func TestDeepSymlinkLoop(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{"a/x.txt": "", "b/y.txt": ""})
	if err := os.Symlink(filepath.Join("..", "b"), filepath.Join(root, "a", "to-b")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join("..", "a"), filepath.Join(root, "b", "to-a")); err != nil {
		t.Fatal(err)
	}
	res := runWithin(t, 10*time.Second, scanner.Options{Base: root, FollowSymlinks: true}, root)
	wantPaths(t, res, "a/x.txt", "a/to-b/y.txt", "b/to-a/x.txt", "b/y.txt")
	if res.Skipped[scanner.SkipLoop] != 2 {
		t.Errorf("loops = %d, want 2: %v", res.Skipped[scanner.SkipLoop], res.Skipped)
	}
	// Walking a alone, the link to b leads out of the tree: not followed.
	res = runWithin(t, 10*time.Second, scanner.Options{Base: root, FollowSymlinks: true}, filepath.Join(root, "a"))
	wantPaths(t, res, "a/x.txt")
	if res.Skipped[scanner.SkipOutside] != 1 {
		t.Errorf("outside = %d, want 1: %v", res.Skipped[scanner.SkipOutside], res.Skipped)
	}
}

// TestSymlinkFanOut: links that fan out (each level links twice to the
// next) were walked once per path, exponentially; each linked directory is
// now walked once.
func TestSymlinkFanOut(t *testing.T) {
	root := t.TempDir()
	const levels, fan = 12, 8
	files := map[string]string{}
	for l := range levels {
		files[fmt.Sprintf("d%d/f.txt", l)] = "x\n"
	}
	writeTree(t, root, files)
	for l := range levels - 1 {
		for k := range fan {
			if err := os.Symlink(filepath.Join("..", fmt.Sprintf("d%d", l+1)), filepath.Join(root, fmt.Sprintf("d%d", l), fmt.Sprintf("l%d", k))); err != nil {
				t.Fatal(err)
			}
		}
	}
	res := runWithin(t, 20*time.Second, scanner.Options{Base: root, FollowSymlinks: true}, root)
	// Each directory at most twice: by its own path and through one link.
	if res.Files > 2*levels {
		t.Errorf("%d files scanned for %d directories", res.Files, levels)
	}
	if res.Skipped[scanner.SkipLinkSeen] == 0 {
		t.Errorf("no link counted as seen: %v", res.Skipped)
	}
}

// TestDeepTree: without --follow-symlinks no depth cap applies (a tree
// cannot loop): a token 300 directories down is found (it was dropped,
// counted as a symlink loop).
func TestDeepTree(t *testing.T) {
	root := t.TempDir()
	deep := strings.Repeat("d/", 300)
	tok := testcred.New(71).Prefixed("cfut_")
	writeTree(t, root, map[string]string{deep + "a.env": "T=" + tok + "\n"})
	for _, follow := range []bool{false, true} {
		res := runWithin(t, 20*time.Second, scanner.Options{Base: root, FollowSymlinks: follow}, root)
		if res.Files != 1 || len(res.Findings) != 1 {
			t.Errorf("follow=%v: files %d, findings %d, skipped %v; want the token found", follow, res.Files, len(res.Findings), res.Skipped)
		}
	}
}

func TestFIFO(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{"a.txt": ""})
	fifo := filepath.Join(root, "pipe")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	if err := os.Symlink("pipe", filepath.Join(root, "pipe-link")); err != nil {
		t.Fatal(err)
	}
	// Opening the FIFO for reading would block forever (no writer): the
	// scan must finish.
	res := runWithin(t, 10*time.Second, scanner.Options{Base: root}, root)
	if res.Files != 1 || res.Skipped[scanner.SkipSpecial] != 1 {
		t.Errorf("dir with FIFO: files %d skipped %v, want 1 file and 1 special", res.Files, res.Skipped)
	}
	res = runWithin(t, 10*time.Second, scanner.Options{Base: root, FollowSymlinks: true}, root)
	if res.Files != 1 || res.Skipped[scanner.SkipSpecial] != 2 {
		t.Errorf("follow: files %d skipped %v, want 1 file and 2 special", res.Files, res.Skipped)
	}
	res = runWithin(t, 10*time.Second, scanner.Options{Base: root}, fifo)
	if res.Files != 0 || res.Skipped[scanner.SkipSpecial] != 1 {
		t.Errorf("FIFO argument: files %d skipped %v, want 1 special", res.Files, res.Skipped)
	}
}

func TestDevice(t *testing.T) {
	tested := 0
	defer func() {
		if tested == 0 {
			t.Skip("no character devices")
		}
	}()
	for _, dev := range []string{"/dev/null", "/dev/zero", "/dev/urandom"} {
		if fi, err := os.Stat(dev); err != nil || fi.Mode()&os.ModeCharDevice == 0 {
			t.Logf("%s: not a character device here (%v)", dev, err)
			continue
		}
		// /dev/zero read as a file would never end.
		tested++
		res := runWithin(t, 10*time.Second, scanner.Options{}, dev)
		if res.Files != 0 || res.Skipped[scanner.SkipSpecial] != 1 {
			t.Errorf("%s: files %d skipped %v, want 1 special", dev, res.Files, res.Skipped)
		}
	}
}

// TestUnreadable uses files that fail for real, also as root: a procfs file
// whose open is refused, and /proc/self/mem whose read at offset 0 fails.
func TestUnreadable(t *testing.T) {
	cases := []struct {
		path, want string
	}{
		{"/proc/sys/vm/drop_caches", "permission denied"}, // write-only, even for root
		{"/proc/self/mem", "input/output error"},          // opens, read fails (EIO)
	}
	for _, c := range cases {
		t.Run(filepath.Base(c.path), func(t *testing.T) {
			if _, err := os.Stat(c.path); err != nil {
				t.Skip(err)
			}
			root := t.TempDir()
			writeTree(t, root, map[string]string{"ok.txt": ""})
			if err := os.Symlink(c.path, filepath.Join(root, "bad")); err != nil {
				t.Fatal(err)
			}
			// A link to it in a tree leads outside the tree: not followed.
			res := runWithin(t, 10*time.Second, scanner.Options{Base: root, FollowSymlinks: true}, root)
			if res.Skipped[scanner.SkipOutside] != 1 || res.Files != 1 {
				t.Errorf("link in the tree: files %d, skipped %v; want ok.txt and 1 outside", res.Files, res.Skipped)
			}
			for _, args := range [][]string{{c.path}} {
				res := runWithin(t, 10*time.Second, scanner.Options{Base: root, FollowSymlinks: true}, args...)
				if res.Skipped[scanner.SkipUnreadable] != 1 {
					t.Errorf("%v: skipped %v, want 1 unreadable", args, res.Skipped)
				}
				// Counted once: as skipped, not also as scanned.
				if want := map[bool]int{true: 1, false: 0}[args[0] == root]; res.Files != want {
					t.Errorf("%v: Files = %d, want %d (ok.txt only)", args, res.Files, want)
				}
				var msgs []string
				for _, n := range res.Notices {
					msgs = append(msgs, n.Path+": "+n.Message)
				}
				all := strings.Join(msgs, "\n")
				if len(res.Notices) != 1 || !strings.Contains(all, c.want) {
					t.Errorf("%v: notices %q, want one saying %q", args, msgs, c.want)
				}
				if args[0] == root {
					if !strings.HasPrefix(all, "bad: ") {
						t.Errorf("notice does not name the file by its display path: %q", all)
					}
					wantPaths(t, res, "ok.txt")
				}
			}
		})
	}
}
