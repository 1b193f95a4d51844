package scanner

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/cfauthlint/cfauthlint/internal/finding"
	"github.com/cfauthlint/cfauthlint/internal/textpos"
	"github.com/cfauthlint/cfauthlint/rules"
)

// Chunking: a file is scanned in windows of ChunkSize owned bytes, each with
// overlap bytes of the previous and next window around it, so that a match
// near a boundary has the same bytes and context as in a whole-file scan.
const (
	DefaultChunkSize = 1 << 20
	overlap          = 8 << 10 // ≥ rules.Overlap
	sniffLen         = 8000    // as git: a NUL in the first 8000 bytes means binary
)

func init() {
	if overlap < rules.Overlap {
		panic("scanner: overlap smaller than rules.Overlap")
	}
}

// ErrBinary is returned for a file whose first bytes contain a NUL.
var ErrBinary = errors.New("binary file")

// FileResult is what scanning one file produced.
type FileResult struct {
	Findings   []finding.Finding
	Directives []finding.Directive
	Notices    []finding.Notice
	Bytes      int64
	// Unreported counts findings past MaxFindingsPerFile, left out (a
	// notice says so).
	Unreported int
}

// MaxFindingsPerFile bounds the findings kept for one file: memory grew
// with the raw matches of a hostile file (10 MB of `-H "X-Auth-Key: 0"`
// held 744 MB), and no one reads past this many in one file. The first
// ones by position are kept, and the rest counted.
const MaxFindingsPerFile = 1000

// tracker converts increasing absolute byte offsets to line and column.
type tracker struct {
	off int64 // absolute offset tracked
	textpos.Cursor
}

// advance moves the tracker to abs, reading the bytes from buf, which holds
// the file from absolute offset bufStart.
func (t *tracker) advance(buf []byte, bufStart, abs int64) {
	t.Advance(buf[t.off-bufStart : abs-bufStart])
	t.off = abs
}

// ScanReader scans one file's content from r. path is the display path
// (slash-separated). buf is a reusable buffer; it may be nil. It returns
// ErrBinary for binary content.
// A cfauthlint report is scanned for secrets only (reportFindings), and
// with none it gives ErrReport.
func (s *Scanner) ScanReader(path string, r io.Reader, buf []byte) (FileResult, []byte, error) {
	hr := &headReader{r: r}
	res, buf, err := s.scanChecked(path, hr, buf, s.checksFor(path))
	if err == nil && (len(res.Findings) > 0 || reportName(path)) && IsReport(hr.head) {
		res.Findings, res.Directives = reportFindings(res.Findings), nil
		if len(res.Findings) == 0 {
			return res, buf, ErrReport
		}
	}
	return res, buf, err
}

// scanChecked is ScanReader with the checks that want path already chosen
// (Wants is asked once per file).
func (s *Scanner) scanChecked(path string, r io.Reader, buf []byte, checks []FileCheck) (FileResult, []byte, error) {
	if len(checks) == 0 {
		return s.scanStream(path, r, buf)
	}
	// A file that fits the first window is checked in buf, as it was read
	// for the text rules (io.ReadAll and a second copy were 4% of the CPU
	// of a scan of the bench mixed corpus, for its .tf files).
	buf, n, eof, err := s.readFirst(r, buf)
	if err == errUTF16 {
		_, big := utf16BOM(buf[:n])
		return s.scanChecked(path, utf16Text(buf[:n], r, big), buf, checks)
	}
	if err != nil {
		return FileResult{}, buf, err
	}
	if eof && n <= MaxCheckBytes {
		res, buf, err := s.scanFilled(path, r, buf, n, true)
		if err != nil {
			return res, buf, err
		}
		runChecks(&res, checks, path, buf[:n])
		return res, buf, nil
	}
	head := append([]byte(nil), buf[:n]...)
	rest, err := io.ReadAll(io.LimitReader(r, int64(max(0, MaxCheckBytes+1-n))))
	if err != nil {
		return FileResult{}, buf, err
	}
	data := append(head, rest...)
	if len(data) > MaxCheckBytes {
		// Too large for whole-file checks: stream it with the text rules only.
		return s.scanStream(path, io.MultiReader(bytes.NewReader(data), r), buf)
	}
	res, buf, err := s.scanStream(path, bytes.NewReader(data), buf)
	if err != nil {
		return res, buf, err
	}
	runChecks(&res, checks, path, data)
	return res, buf, nil
}

// windowSize is the buffer a window needs: chunk owned bytes, overlap on
// each side, and utf8.UTFMax: an owned end may step back up to 3 bytes to
// keep a rune whole, which carries as many more bytes into the next window.
func windowSize(chunk int) int { return chunk + 2*overlap + utf8.UTFMax }

func (s *Scanner) chunkSize() int {
	if s.opt.ChunkSize <= 0 {
		return DefaultChunkSize
	}
	return s.opt.ChunkSize
}

func (s *Scanner) checksFor(path string) []FileCheck {
	var checks []FileCheck
	for _, c := range s.opt.Checks {
		if c.Wants(path) {
			checks = append(checks, c)
		}
	}
	return checks
}

func (s *Scanner) scanStream(path string, r io.Reader, buf []byte) (FileResult, []byte, error) {
	buf, n, eof, err := s.readFirst(r, buf)
	if err == errUTF16 {
		_, big := utf16BOM(buf[:n])
		return s.scanStream(path, utf16Text(buf[:n], r, big), buf)
	}
	if err != nil {
		return FileResult{}, buf, err
	}
	return s.scanFilled(path, r, buf, n, eof)
}

// readFirst fills buf (grown to a window) with a file's first window and
// sniffs it: errUTF16 for UTF-16 text with a byte order mark (the caller
// scans it decoded), ErrBinary for binary content.
func (s *Scanner) readFirst(r io.Reader, buf []byte) (_ []byte, n int, eof bool, err error) {
	chunk := s.chunkSize()
	if cap(buf) < windowSize(chunk) {
		buf = make([]byte, 0, windowSize(chunk))
	}
	buf = buf[:cap(buf)]
	n, err = io.ReadFull(r, buf[:chunk+overlap])
	eof = err == io.EOF || err == io.ErrUnexpectedEOF
	if err != nil && !eof {
		return buf, n, eof, err
	}
	if ok, _ := utf16BOM(buf[:n]); ok {
		return buf, n, eof, errUTF16
	}
	if isBinary(buf[:n]) {
		return buf, n, eof, ErrBinary
	}
	return buf, n, eof, nil
}

// runChecks adds the whole-file checks' findings and notices to res.
func runChecks(res *FileResult, checks []FileCheck, path string, data []byte) {
	for _, c := range checks {
		fs, ns := c.Check(path, data)
		res.Findings = append(res.Findings, fs...)
		res.Notices = append(res.Notices, ns...)
	}
}

func isBinary(head []byte) bool { return bytes.IndexByte(head[:min(len(head), sniffLen)], 0) >= 0 }

// scanFilled streams the rest of a file whose first n bytes are in buf
// (eof: they are all of it).
func (s *Scanner) scanFilled(path string, r io.Reader, buf []byte, n int, eof bool) (FileResult, []byte, error) {
	chunk := s.chunkSize()
	ropt := rules.Options{Path: path, ExtraHosts: s.hostsFor(path)}
	var res FileResult
	var at cursor
	var bufStart int64 // absolute offset of buf[0]
	own := int64(0)    // absolute start of the owned region
	for {
		data := buf[:n]
		ownEnd := bufStart + int64(n)
		if !eof {
			ownEnd = runeBoundary(data, bufStart, ownEnd-overlap, own)
		}
		at.place(&res, s.scanWindow(path, ropt, data, bufStart, own, ownEnd, eof))
		res.Bytes = ownEnd
		if eof {
			res.noteUnreported(path)
			return res, buf, nil
		}
		// Keep overlap bytes before ownEnd and everything after it.
		// (While fewer than overlap bytes are owned, i.e. ChunkSize < overlap,
		// keep the whole buffer.)
		keep := max(0, int(ownEnd-bufStart)-overlap)
		copy(buf, data[keep:])
		bufStart += int64(keep)
		own = ownEnd
		have := n - keep
		m, err := io.ReadFull(r, buf[have:have+chunk])
		n = have + m
		eof = err == io.EOF || err == io.ErrUnexpectedEOF
		if err != nil && !eof {
			return res, buf, err
		}
	}
}

// runeBoundary moves a window end back so that no UTF-8 sequence is split
// between windows: a rune that starts (at a non-continuation byte) before end
// and ends after it moves to the next window. Stepping back only over
// continuation bytes would split "😀\x80" after the lead byte. It looks at
// most 3 bytes back and 1 forward of end, and never goes below floor. data
// holds the file from absolute offset bufStart.
func runeBoundary(data []byte, bufStart, end, floor int64) int64 {
	for k := 1; k < utf8.UTFMax && end-int64(k) > floor; k++ {
		i := int(end-bufStart) - k
		if utf8.RuneStart(data[i]) {
			if _, size := utf8.DecodeRune(data[i:]); size > k {
				return end - int64(k)
			}
			break
		}
	}
	return end
}

// windowResult is what one window's owned bytes produced, positioned
// relative to the window: line 1 is the line holding its first owned byte,
// and columns on that line count from that byte. A cursor places it.
type windowResult struct {
	findings   []finding.Finding
	directives []finding.Directive
	newlines   int // in the owned bytes
	tailRunes  int // code points after the last owned newline (all owned ones if none)
	unreported int // findings past MaxFindingsPerFile in this window
}

// scanWindow runs the rules over data, the file from absolute offset
// bufStart, and keeps what starts in the owned region [own, ownEnd). The
// last window of a file (last) is not measured: nothing is placed after it,
// and counting the lines of every small file was 4% of the CPU of a scan of
// the bench mixed corpus.
func (s *Scanner) scanWindow(path string, ropt rules.Options, data []byte, bufStart, own, ownEnd int64, last bool) windowResult {
	var w windowResult
	t := tracker{off: own, Cursor: textpos.Start()}
	dt := t // directives are tracked separately: both passes go forward from own
	// The directive markers are found in the rules' pass over data.
	ropt.Offset = bufStart
	ms, marks := ropt.ScanFind(data, markerFinder)
	// One finding per rule and line (and value, for secrets), as SortDedupe
	// keeps in the end: made here, a line dense with matches made a
	// finding, its hashes and strings, for every one of them.
	type lineKey struct {
		rule  *rules.Rule
		line  int
		value string
	}
	var seen map[lineKey]bool
	for _, m := range ms {
		abs := bufStart + int64(m.Start)
		if abs < own || abs >= ownEnd {
			continue
		}
		t.advance(data, bufStart, abs)
		k := lineKey{rule: m.Rule, line: t.Line}
		if m.Rule.Secret {
			k.value = string(m.Bytes(data))
		}
		if seen == nil {
			seen = map[lineKey]bool{}
		}
		if seen[k] {
			continue
		}
		seen[k] = true
		if len(w.findings) >= MaxFindingsPerFile {
			w.unreported++
			continue
		}
		w.findings = append(w.findings, s.newFinding(path, m, data, bufStart, &t))
	}
	w.directives = appendDirectives(nil, path, data, marks, bufStart, own, ownEnd, &dt)
	if !last {
		t.advance(data, bufStart, ownEnd)
		w.newlines, w.tailRunes = t.Line-1, t.Col
	}
	return w
}

// cursor is the line and column (code points since the line start) at the
// start of the next window of a file.
type cursor struct{ line, col int }

// place appends a window's results to res at the cursor and moves the
// cursor past the window.
func (c *cursor) place(res *FileResult, w windowResult) {
	if c.line == 0 {
		c.line = 1
	}
	res.Unreported += w.unreported
	for _, f := range w.findings {
		if len(res.Findings) >= MaxFindingsPerFile {
			res.Unreported++
			continue
		}
		f.Line, f.Column = c.shift(f.Line, f.Column)
		f.EndLine, f.EndColumn = c.shift(f.EndLine, f.EndColumn)
		res.Findings = append(res.Findings, f)
	}
	for _, d := range w.directives {
		d.Line += c.line - 1
		res.Directives = append(res.Directives, d)
	}
	if w.newlines > 0 {
		c.col = w.tailRunes
	} else {
		c.col += w.tailRunes
	}
	c.line += w.newlines
}

// noteUnreported adds the notice for findings left out of a file.
func (res *FileResult) noteUnreported(path string) {
	if res.Unreported > 0 {
		res.Notices = append(res.Notices, finding.Notice{Path: path, Message: fmt.Sprintf(
			"%d more findings in this file are not reported (at most %d a file); the run exits 1 while there are any", res.Unreported, MaxFindingsPerFile)})
	}
}

func (c *cursor) shift(line, col int) (int, int) {
	if line == 1 {
		col += c.col
	}
	return line + c.line - 1, col
}

func (s *Scanner) newFinding(path string, m rules.Match, data []byte, bufStart int64, t *tracker) finding.Finding {
	t.advance(data, bufStart, bufStart+int64(m.Start))
	end := *t
	end.advance(data, bufStart, bufStart+int64(m.End))
	pos := finding.Position{Line: t.Line, Column: t.Column(), EndLine: end.Line, EndColumn: end.Column()}
	return finding.New(m.Rule, path, pos, m.Bytes(data), m.Message, m.Confidence, s.opt.ShowSecrets)
}

// markerFinder looks for the directive marker with the rules' anchor search
// (vector where the CPU has it); a byte search for the marker's first or
// rarest letter stops every few dozen bytes in prose and logs. It ignores
// case; the marker itself is then compared exactly.
var markerFinder = rules.NewLiterals(finding.DirectiveMarker)

// appendDirectives finds suppression directives whose marker starts in the
// owned region [own, ownEnd). marks are markerFinder.Index(data).
func appendDirectives(ds []finding.Directive, path string, data []byte, marks []int, bufStart, own, ownEnd int64, t *tracker) []finding.Directive {
	lo, hi := int(own-bufStart), int(ownEnd-bufStart)
	marker := []byte(finding.DirectiveMarker)
	// In prose (Markdown, text) only an HTML comment holds a directive: a
	// code sample that shows the syntax is documentation, not a suppression.
	prose := rules.IsProse(path)
	for _, at := range marks {
		// A marker that starts before ownEnd belongs here even if it ends after.
		if at < lo || at >= hi {
			continue
		}
		if !bytes.HasPrefix(data[at:], marker) {
			continue
		}
		ls := bytes.LastIndexByte(data[max(0, at-1024):at], '\n') + 1 + max(0, at-1024)
		le := bytes.IndexByte(data[at:min(len(data), at+1024)], '\n')
		if le < 0 {
			le = min(len(data), at+1024) - at
		}
		if prose && !bytes.HasSuffix(bytes.TrimRight(data[ls:at], " \t"), []byte("<!--")) {
			continue
		}
		d, ok := finding.ParseDirective(data[ls:at+le], at-ls)
		if !ok {
			continue
		}
		t.advance(data, bufStart, bufStart+int64(at))
		d.Path, d.Line = path, t.Line
		ds = append(ds, d)
	}
	return ds
}
