package scanner

import (
	"errors"
	"fmt"
	"io"
	"sync"
	"sync/atomic"

	"github.com/cfauthlint/cfauthlint/rules"
)

// openFile is a file opened for scanning (open_unix.go, open_other.go).
type openFile interface {
	io.Reader
	io.ReaderAt
	Close() error
	// regularSize returns the file's size and whether it is a regular file.
	regularSize() (int64, bool)
}

// cores bounds the goroutines that scan at once (-j): a file worker holds
// one while it scans a batch of files, and the helpers on a large file take
// the ones that are free, so a single large file uses every core without
// the scan ever running more than -j goroutines.
type cores chan struct{}

func (c cores) acquire() { c <- struct{}{} }
func (c cores) release() { <-c }

// scanOpenFile scans a file the walker opened. A regular file of more than
// two chunks, with no whole-file check that wants it, is scanned by windows
// in parallel (scanLarge); anything else is streamed.
func (s *Scanner) scanOpenFile(path string, f openFile, buf []byte, cs cores) (FileResult, []byte, error) {
	chunk := s.chunkSize()
	if checks := s.checksFor(path); len(checks) > 0 || cap(cs) < 2 || chunk < overlap {
		return s.scanChecked(path, f, buf, checks)
	}
	if cap(buf) < windowSize(chunk) {
		buf = make([]byte, 0, windowSize(chunk))
	}
	buf = buf[:cap(buf)]
	n, err := io.ReadFull(f, buf[:chunk+overlap])
	eof := err == io.EOF || err == io.ErrUnexpectedEOF
	if err != nil && !eof {
		return FileResult{}, buf, err
	}
	if ok, big := utf16BOM(buf[:n]); ok {
		return s.scanChecked(path, utf16Text(buf[:n], f, big), buf, nil)
	}
	if isBinary(buf[:n]) {
		return FileResult{}, buf, ErrBinary
	}
	// Only a file that fills the first window costs a stat.
	if !eof {
		if size, regular := f.regularSize(); regular && size > 2*int64(chunk) {
			res, err := s.scanLarge(path, f, size, buf, cs)
			return res, buf, err
		}
	}
	return s.scanFilled(path, f, buf, n, eof)
}

var windowPool sync.Pool // *[]byte of windowSize(chunk) or more

// scanLarge scans a regular file of the given size in windows at fixed
// offsets (chunk i owns [i*chunk, (i+1)*chunk), moved to rune boundaries),
// read with ReadAt by the calling goroutine, which holds a core, and by a
// helper for every other core as soon as it is free. The window results are
// then placed in file order. Memory is one window buffer per goroutine.
func (s *Scanner) scanLarge(path string, f openFile, size int64, buf []byte, cs cores) (FileResult, error) {
	chunk := int64(s.chunkSize())
	count := int((size + chunk - 1) / chunk)
	results := make([]windowResult, count)
	owned := make([]int64, count) // bytes read and owned by each window
	errs := make([]error, count)
	ropt := rules.Options{Path: path, ExtraHosts: s.hostsFor(path)}
	var next atomic.Int64
	claimed := make(chan struct{}) // closed once every window is taken
	var closeOnce sync.Once
	work := func(buf []byte) {
		for {
			i := int(next.Add(1) - 1)
			if i >= count {
				closeOnce.Do(func() { close(claimed) })
				return
			}
			results[i], owned[i], errs[i] = s.readWindow(path, ropt, f, size, i, chunk, buf)
		}
	}
	var wg sync.WaitGroup
	for range cap(cs) - 1 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			select {
			case cs <- struct{}{}:
				defer cs.release()
			case <-claimed:
				return
			}
			bp, _ := windowPool.Get().(*[]byte)
			if bp == nil || cap(*bp) < windowSize(int(chunk)) {
				b := make([]byte, windowSize(int(chunk)))
				bp = &b
			}
			work((*bp)[:cap(*bp)])
			windowPool.Put(bp)
		}()
	}
	work(buf)
	wg.Wait()
	var res FileResult
	var at cursor
	for i := range count {
		at.place(&res, results[i])
		res.Bytes += owned[i]
		if errs[i] != nil {
			return res, errs[i] // a read error: what came before it stands
		}
	}
	// The windows were cut for the size measured first: a file that
	// changed size meanwhile was not scanned as it is (its end is lost, or
	// its new bytes were never read).
	if now, _ := f.regularSize(); now != size {
		return res, fmt.Errorf("file changed size while it was scanned (%d bytes, then %d)", size, now)
	}
	res.noteUnreported(path)
	return res, nil
}

// errShrank is a window read short of the size measured first.
var errShrank = errors.New("file shrank while it was scanned")

// readWindow reads and scans window i of a file of the given size. Its owned
// region starts and ends at the nominal offsets moved back to rune
// boundaries, which both neighbours compute alike from the same bytes.
func (s *Scanner) readWindow(path string, ropt rules.Options, f openFile, size int64, i int, chunk int64, buf []byte) (windowResult, int64, error) {
	nominal := int64(i) * chunk
	nominalEnd := min(size, nominal+chunk)
	lo := max(0, nominal-overlap-4) // 4: runeBoundary looks 3 bytes back
	hi := min(size, nominalEnd+overlap)
	n, err := f.ReadAt(buf[:hi-lo], lo)
	if err != nil && err != io.EOF {
		return windowResult{}, 0, err
	}
	if int64(n) < hi-lo {
		// Scan what was read, and say the file is partial.
		err = errShrank
	} else {
		err = nil
	}
	data := buf[:n]
	own, ownEnd := nominal, nominalEnd
	if i > 0 && own-lo < int64(n) {
		own = runeBoundary(data, lo, own, own-chunk)
	}
	if ownEnd < size && ownEnd-lo < int64(n) {
		ownEnd = runeBoundary(data, lo, ownEnd, ownEnd-chunk)
	}
	// The file shrank since it was sized: own only what was read.
	own, ownEnd = min(own, lo+int64(n)), min(ownEnd, lo+int64(n))
	return s.scanWindow(path, ropt, data, lo, own, ownEnd, nominalEnd == size), ownEnd - own, err
}
