package cli

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cfauthlint/cfauthlint/internal/finding"
)

// progressDelay is how long a scan runs before its progress line shows.
const progressDelay = 2 * time.Second

// progress is the line a long scan keeps up to date on standard error:
// files scanned, then Go packages analysed of those to analyse. It shows
// after progressDelay on a terminal, or at once with --progress (then on
// any standard error, one line per update when it is not a terminal);
// --quiet turns it off.
type progress struct {
	w        io.Writer
	tty      bool
	forced   bool
	files    atomic.Int64
	goDone   atomic.Int64
	goTotal  atomic.Int64
	stop     chan struct{}
	stopped  sync.WaitGroup
	mu       sync.Mutex
	shown    bool
	lastLine string
}

func newProgress(w io.Writer, forced, quiet bool) *progress {
	tty := isTerminal(w)
	if quiet || (!tty && !forced) {
		return nil
	}
	p := &progress{w: w, tty: tty, forced: forced, stop: make(chan struct{})}
	delay := progressDelay
	if forced {
		delay = 0
	}
	p.stopped.Add(1)
	go p.loop(delay)
	return p
}

func (p *progress) loop(delay time.Duration) {
	defer p.stopped.Done()
	select {
	case <-time.After(delay):
	case <-p.stop:
		return
	}
	tick := time.NewTicker(200 * time.Millisecond)
	if !p.tty {
		tick.Reset(2 * time.Second)
	}
	defer tick.Stop()
	for {
		p.draw()
		select {
		case <-tick.C:
		case <-p.stop:
			return
		}
	}
}

func (p *progress) line() string {
	s := fmt.Sprintf("cfauthlint: %d files scanned", p.files.Load())
	if t := p.goTotal.Load(); t > 0 {
		s += fmt.Sprintf(", Go packages analysed %d of %d", p.goDone.Load(), t)
	}
	return s
}

func (p *progress) draw() {
	p.mu.Lock()
	defer p.mu.Unlock()
	l := p.line()
	if l == p.lastLine {
		return
	}
	p.lastLine = l
	p.shown = true
	if p.tty {
		fmt.Fprintf(p.w, "\r\x1b[K%s", l)
	} else {
		fmt.Fprintln(p.w, l)
	}
}

// Done stops the line and clears it from a terminal.
func (p *progress) Done() {
	if p == nil {
		return
	}
	close(p.stop)
	p.stopped.Wait()
	if p.forced && !p.tty {
		p.draw() // the final count, for a log
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.shown && p.tty {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
}

// goProgress is the callback goscan reports to.
func (p *progress) goProgress(done, total int) {
	if p != nil {
		p.goTotal.Store(int64(total))
		p.goDone.Store(int64(done))
	}
}

// fileCounter counts the files the walker scans (a scanner.FileCheck that
// never asks for contents).
type fileCounter struct{ p *progress }

func (c fileCounter) Wants(string) bool {
	c.p.files.Add(1)
	return false
}

func (fileCounter) Check(string, []byte) ([]finding.Finding, []finding.Notice) { return nil, nil }

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	if err != nil {
		return false
	}
	return fi.Mode()&os.ModeCharDevice != 0 && !strings.EqualFold(os.Getenv("TERM"), "dumb")
}
