package verify

import (
	"bufio"
	"io"
	"sort"

	"github.com/cfauthlint/cfauthlint/internal/finding"
)

// A window is the bytes around one finding's value, read back from its
// source: data[start:end] is the value (if the source still holds it) and
// the rest is up to contextBytes of context on each side.
type window struct {
	data       []byte
	start, end int
	ok         bool
}

// readWindows reads the windows of fs, all findings in one file or blob,
// from src in two streaming passes: the first turns each finding's line
// and column into byte offsets, the second keeps only the bytes of the
// windows. Memory is the windows, never the file (a file of many
// megabytes with one token costs about 2 KiB).
func readWindows(src Source, fs []*finding.Finding) []window {
	out := make([]window, len(fs))
	spans := make([]byteSpan, len(fs))
	if err := withStream(src, fs[0], func(r *bufio.Reader) error { return locate(r, fs, spans) }); err != nil {
		return out
	}
	if err := withStream(src, fs[0], func(r *bufio.Reader) error { return extract(r, spans, out) }); err != nil {
		return make([]window, len(fs))
	}
	return out
}

func withStream(src Source, f *finding.Finding, fn func(*bufio.Reader) error) error {
	rc, err := src.Open(f)
	if err != nil {
		return err
	}
	defer rc.Close()
	return fn(bufio.NewReaderSize(io.LimitReader(rc, maxContent), 64<<10))
}

// byteSpan is a finding's value as byte offsets in its file; ok is false
// when the position is not in the file (it changed since the scan).
type byteSpan struct {
	start, end int64
	ok         bool
}

// position is a 1-based line and column (in code points) to find.
type position struct {
	line, col int
	idx       int  // finding
	end       bool // the end of its span, else the start
}

// locate streams r once and sets spans[i] to the byte offsets of fs[i]'s
// range. Columns count code points as the scanner does: an invalid byte
// counts as one.
func locate(r *bufio.Reader, fs []*finding.Finding, spans []byteSpan) error {
	var ps []position
	for i, f := range fs {
		if f.Line < 1 || f.Column < 1 || f.EndLine < f.Line || (f.EndLine == f.Line && f.EndColumn < f.Column) {
			continue
		}
		ps = append(ps, position{f.Line, f.Column, i, false}, position{f.EndLine, f.EndColumn, i, true})
	}
	sort.Slice(ps, func(a, b int) bool {
		if ps[a].line != ps[b].line {
			return ps[a].line < ps[b].line
		}
		return ps[a].col < ps[b].col
	})
	found := make([]int64, 2*len(fs))
	for i := range found {
		found[i] = -1
	}
	t := lineReader{r: r, line: 1, col: 1}
	for _, p := range ps {
		if !t.seek(p.line, p.col) {
			break
		}
		k := 2 * p.idx
		if p.end {
			k++
		}
		found[k] = t.off
	}
	for i := range spans {
		s, e := found[2*i], found[2*i+1]
		spans[i] = byteSpan{s, e, s >= 0 && e >= s && e-s <= maxValueLen}
	}
	return nil
}

// lineReader tracks the line, column and byte offset of a stream.
type lineReader struct {
	r         *bufio.Reader
	off       int64
	line, col int
}

// seek reads forward to line and col (not before the current position),
// reporting whether the stream has that position.
func (t *lineReader) seek(line, col int) bool {
	for t.line < line { // whole lines
		b, err := t.r.ReadSlice('\n')
		t.off += int64(len(b))
		switch {
		case err == bufio.ErrBufferFull:
			continue
		case err != nil:
			return false
		}
		t.line, t.col = t.line+1, 1
	}
	for t.col < col { // then code points, within the line
		c, size, err := t.r.ReadRune()
		if err != nil {
			return false
		}
		if c == '\n' {
			t.r.UnreadRune()
			return false
		}
		t.off += int64(size)
		t.col++
	}
	return t.line == line && t.col == col
}

// maxValueLen bounds a value read back (the rules' MaxMatchLen is 2048).
const maxValueLen = 4096

// extract streams r once more and copies the window of every located span.
func extract(r *bufio.Reader, spans []byteSpan, out []window) error {
	type want struct {
		lo, hi int64
		idx    int
	}
	var ws []want
	for i, s := range spans {
		if s.ok {
			ws = append(ws, want{max(0, s.start-contextBytes), s.end + contextBytes, i})
		}
	}
	sort.Slice(ws, func(a, b int) bool { return ws[a].lo < ws[b].lo })
	var off int64
	buf := make([]byte, 32<<10)
	var open []want // windows being filled
	next := 0
	for next < len(ws) || len(open) > 0 {
		n, err := r.Read(buf)
		chunk := buf[:n]
		for next < len(ws) && ws[next].lo < off+int64(n) {
			open = append(open, ws[next])
			next++
		}
		keep := open[:0]
		for _, w := range open {
			lo, hi := max(w.lo, off), min(w.hi, off+int64(n))
			if lo < hi {
				out[w.idx].data = append(out[w.idx].data, chunk[lo-off:hi-off]...)
			}
			if w.hi > off+int64(n) {
				keep = append(keep, w)
			}
		}
		open = keep
		off += int64(n)
		if err != nil {
			break
		}
	}
	for _, w := range ws {
		s := spans[w.idx]
		win := &out[w.idx]
		win.start, win.end = int(s.start-w.lo), int(s.end-w.lo)
		win.ok = win.end <= len(win.data) // the value was read whole
	}
	return nil
}
