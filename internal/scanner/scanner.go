// Package scanner walks files and directories and runs the text rules over
// every text file: .gitignore and glob filtering, binary and special-file
// gates, symlink handling, and chunked streaming with flat memory.
package scanner

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/bmatcuk/doublestar/v4"

	"github.com/cfauthlint/cfauthlint/internal/finding"
)

// Options configure a scan.
type Options struct {
	Include, Exclude []string // doublestar globs (see Scanner.excluded)
	NoGitignore      bool
	FollowSymlinks   bool
	Jobs             int // parallel files; <=0 means GOMAXPROCS
	ExtraHosts       []string
	ShowSecrets      bool
	ChunkSize        int // owned bytes per window; <=0 means DefaultChunkSize
	// Base is the directory display paths are made relative to; "" means the
	// working directory.
	Base string
	// GlobBase, when set, is a further directory that globs are matched
	// relative to: the config file's directory, so that `exclude: [vendor/**]`
	// holds when the scan runs from a subdirectory.
	GlobBase string
	// Checks are extra whole-file checks run beside the text rules.
	Checks []FileCheck
	// Skip are absolute paths of files never scanned, counted as
	// SkipReport: the reports this run writes.
	Skip []string
	// Config, when set, returns the filters of the config file governing
	// the files of the absolute directory dir (see ConfigFilter); nil for
	// none. It is called from the walker's goroutine and must be cheap
	// when called again for the same directory.
	Config func(dir string) *ConfigFilter
	// HostsFor, when set, returns the extra Cloudflare API hosts for the
	// file shown as path (the config governing it), in place of ExtraHosts.
	HostsFor func(path string) []string
}

// hostsFor returns the extra API hosts for the file shown as path.
func (s *Scanner) hostsFor(path string) []string {
	if s.opt.HostsFor != nil {
		return s.opt.HostsFor(path)
	}
	return s.opt.ExtraHosts
}

// ConfigFilter is what a config file filters for the files it governs. Its
// globs match paths relative to Dir (and, without a slash, base names),
// leading "./" removed.
type ConfigFilter struct {
	Dir              string // absolute directory of the config file
	Include, Exclude []string
}

// configExcluded reports whether the config governing abs filters it out:
// a directory by its excludes (never the config's own directory), a file
// by its excludes or, with includes, by not matching one.
func (s *Scanner) configExcluded(abs string, isDir bool) bool {
	if s.opt.Config == nil {
		return false
	}
	dir := abs
	if !isDir {
		dir = filepath.Dir(abs)
	}
	cf := s.opt.Config(dir)
	if cf == nil || len(cf.Include)+len(cf.Exclude) == 0 {
		return false
	}
	rel, ok := relInside(cf.Dir, abs)
	if !ok || rel == "" {
		return false
	}
	if MatchAny(cf.Exclude, rel) || (isDir && MatchAny(cf.Exclude, rel+"/")) {
		return true
	}
	return !isDir && len(cf.Include) > 0 && !MatchAny(cf.Include, rel)
}

// aboveExcluded reports whether a directory at or above dir, up to the
// repository root, is excluded by the config governing it: a walk that
// starts below an excluded directory leaves out what a walk from the top
// leaves out.
func (s *Scanner) aboveExcluded(dir string) bool {
	if s.opt.Config == nil {
		return false
	}
	for {
		if cf := s.opt.Config(dir); cf == nil || cf.Dir == "" {
			return false // no config governs it, nor anything above it
		}
		if s.configExcluded(dir, true) {
			return true
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return false
		}
		if _, err := os.Lstat(filepath.Join(dir, ".git")); err == nil {
			return false // the repository root
		}
		dir = parent
	}
}

// FileCheck is an extra check that needs a whole file at once (e.g. parsing
// Terraform). Files larger than MaxCheckBytes are not given to checks. The
// data given to Check is the scanner's buffer: it must not be kept after
// Check returns.
type FileCheck interface {
	Wants(path string) bool
	Check(path string, data []byte) ([]finding.Finding, []finding.Notice)
}

// MaxCheckBytes bounds the files given to a FileCheck.
const MaxCheckBytes = 8 << 20

// Skip reasons counted in Result.Skipped.
const (
	SkipBinary     = "binary"
	SkipSymlink    = "symlink"
	SkipSpecial    = "special"
	SkipUnreadable = "unreadable"
	SkipExcluded   = "excluded"
	SkipIgnored    = "gitignored"
	SkipLoop       = "symlink-loop"
	// SkipLinkSeen is a directory reached again through a symlink: each
	// linked directory is walked once (links that fan out were walked
	// once per path to them, exponentially).
	SkipLinkSeen = "symlink-seen"
	// SkipOutside is a symlink whose target lies outside the PATH argument
	// walked: a link in the tree must not make the scan read (and, with
	// --verify, send) what lies elsewhere on the machine.
	SkipOutside = "symlink-outside"
	// SkipTooDeep is a directory past maxDepth, where a loop cannot be
	// told by directory identity (not on Unix); each gets a notice.
	SkipTooDeep = "too-deep"
)

// Result is what a scan of files produced.
type Result struct {
	Findings   []finding.Finding
	Directives []finding.Directive
	Notices    []finding.Notice
	Files      int
	Bytes      int64
	Skipped    map[string]int
	// Unreported counts, by path, the findings left out of files that had
	// more than MaxFindingsPerFile.
	Unreported map[string]int
}

// AddUnreported records n findings of path left out.
func (r *Result) AddUnreported(path string, n int) {
	if n == 0 {
		return
	}
	if r.Unreported == nil {
		r.Unreported = map[string]int{}
	}
	r.Unreported[path] += n
}

// Scanner scans files with fixed options.
type Scanner struct {
	opt      Options
	base     string // absolute
	globBase string // absolute GlobBase, or ""
}

// New returns a Scanner.
func New(opt Options) (*Scanner, error) {
	base := opt.Base
	if base == "" {
		wd, err := os.Getwd()
		if err != nil {
			return nil, err
		}
		base = wd
	}
	abs, err := filepath.Abs(base)
	if err != nil {
		return nil, err
	}
	for _, g := range append(append([]string(nil), opt.Include...), opt.Exclude...) {
		if !doublestar.ValidatePattern(g) {
			return nil, fmt.Errorf("invalid glob %q", g)
		}
	}
	// Globs name paths without a leading "./" (`--exclude ./vendor/**`).
	opt.Include, opt.Exclude = trimDotSlash(opt.Include), trimDotSlash(opt.Exclude)
	sc := &Scanner{opt: opt, base: abs}
	if opt.GlobBase != "" {
		if sc.globBase, err = filepath.Abs(opt.GlobBase); err != nil {
			return nil, err
		}
	}
	return sc, nil
}

func trimDotSlash(globs []string) []string {
	out := make([]string, len(globs))
	for i, g := range globs {
		for strings.HasPrefix(g, "./") {
			g = g[2:]
		}
		out[i] = g
	}
	return out
}

// globRel returns abs as a slash path relative to GlobBase, if it is inside.
func (s *Scanner) globRel(abs string) (string, bool) {
	if s.globBase == "" {
		return "", false
	}
	if abs == s.globBase {
		return "", true
	}
	if rest, ok := strings.CutPrefix(abs, s.globBase+string(filepath.Separator)); ok {
		return filepath.ToSlash(rest), true
	}
	return "", false
}

// globPaths are the forms of a path that globs are matched against.
func (s *Scanner) globPaths(abs string, forms ...string) []string {
	if rel, ok := s.globRel(abs); ok && rel != "" {
		return append(forms, rel)
	}
	return forms
}

// DisplayPath returns the slash path shown for an absolute file path:
// relative to Base when inside it, else absolute.
func (s *Scanner) DisplayPath(abs string) string {
	if rel, err := filepath.Rel(s.base, abs); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return filepath.ToSlash(rel)
	}
	return filepath.ToSlash(abs)
}

// MatchAny reports whether any glob matches the slash path p or, for globs
// without a slash, its base name.
func MatchAny(globs []string, p string) bool {
	for _, g := range globs {
		if ok, _ := doublestar.Match(g, p); ok {
			return true
		}
		if !strings.Contains(g, "/") {
			if ok, _ := doublestar.Match(g, path.Base(p)); ok {
				return true
			}
		}
	}
	return false
}

// excluded reports whether a path is filtered out by --exclude (files and
// directories) or, for files, not selected by --include. Globs are matched
// against the display path and against the path relative to the walk root.
func (s *Scanner) excluded(paths []string, isDir bool) bool {
	if len(s.opt.Exclude) == 0 && len(s.opt.Include) == 0 {
		return false
	}
	for _, p := range paths {
		if p == "" {
			continue
		}
		if MatchAny(s.opt.Exclude, p) || (isDir && MatchAny(s.opt.Exclude, p+"/")) {
			return true
		}
	}
	if isDir || len(s.opt.Include) == 0 {
		return false
	}
	for _, p := range paths {
		if p != "" && MatchAny(s.opt.Include, p) {
			return false
		}
	}
	return true
}

// RepoExcluder returns the filter for files that the walker did not list:
// staged or historical blobs, named by their slash path in the repository
// whose work tree is at top ("" when unknown, as for a bare repository). A
// path is filtered out as a walk of top would filter that file: a directory
// above it excluded, the file excluded, or, with include globs, not
// included. Globs see the forms a walk gives them: the repository path, the
// path shown for the file, and the path relative to GlobBase (the config
// file's directory); a leading "./" is dropped alike. The work tree, Base
// and GlobBase are compared with symlinks resolved: git names the top by
// its real path, the working directory may reach it through a link.
func (s *Scanner) RepoExcluder(top string) func(p string) bool {
	byConfig := func(string) bool { return false }
	if s.opt.Config != nil && top != "" {
		// Config files are those of the work tree, by the file's place there.
		above := map[string]bool{} // directory → aboveExcluded
		byConfig = func(p string) bool {
			abs := filepath.Join(top, filepath.FromSlash(p))
			dir := filepath.Dir(abs)
			ex, ok := above[dir]
			if !ok {
				ex = s.aboveExcluded(dir)
				above[dir] = ex
			}
			return ex || s.configExcluded(abs, false)
		}
	}
	if len(s.opt.Exclude) == 0 && len(s.opt.Include) == 0 {
		return byConfig
	}
	realTop, realBase, realGlobBase := realPath(top), realPath(s.base), realPath(s.globBase)
	forms := func(rel string) []string {
		out := []string{rel}
		if top == "" {
			return out
		}
		abs := filepath.Join(realTop, filepath.FromSlash(rel))
		if r, ok := relInside(realBase, abs); ok && r != rel {
			out = append(out, r)
		}
		if r, ok := relInside(realGlobBase, abs); ok && r != "" {
			out = append(out, r)
		}
		return out
	}
	return func(p string) bool {
		for d := path.Dir(p); d != "." && d != "/"; d = path.Dir(d) {
			if s.excluded(forms(d), true) {
				return true
			}
		}
		return s.excluded(forms(p), false) || byConfig(p)
	}
}

// realPath is p with symlinks resolved, or p when that fails ("" stays "").
func realPath(p string) string {
	if p == "" {
		return ""
	}
	if r, err := filepath.EvalSymlinks(p); err == nil {
		return r
	}
	return p
}

// relInside returns abs as a slash path relative to base, if it is inside.
func relInside(base, abs string) (string, bool) {
	if base == "" {
		return "", false
	}
	if abs == base {
		return "", true
	}
	rest, ok := strings.CutPrefix(abs, strings.TrimSuffix(base, string(filepath.Separator))+string(filepath.Separator))
	if !ok {
		return "", false
	}
	return filepath.ToSlash(rest), true
}

// joinSlash joins a slash path ("" or "." for none) and a directory entry
// name, which needs no cleaning.
func joinSlash(dir, name string) string {
	switch {
	case dir == "" || dir == ".":
		return name
	case strings.HasSuffix(dir, "/"):
		return dir + name
	}
	return dir + "/" + name
}

// joinDir joins a clean directory path and a directory entry's name, which
// needs no cleaning (filepath.Join cleans the result again).
func joinDir(dir, name string) string {
	if strings.HasSuffix(dir, string(filepath.Separator)) {
		return dir + name
	}
	return dir + string(filepath.Separator) + name
}

// maxDepth bounds directory nesting with --follow-symlinks where directory
// identity is unavailable: the last guard against a loop. Elsewhere a tree
// without followed links cannot loop, and identity tells loops.
const maxDepth = 256

// walkState is what one walk of a PATH argument remembers.
type walkState struct {
	realRoot string          // the walk root with symlinks resolved ("" when not following)
	onPath   map[fileID]bool // directories on the current path: a link back is a loop
	linked   map[fileID]bool // directories walked through a symlink
}

type job struct {
	abs, display string
}

// jobQueue hands files to the workers in batches: with one channel send per
// file, a walker ahead of the workers was woken for every file a worker took
// (futex calls were 6% of the CPU of a scan).
type jobQueue struct {
	out chan<- []job
	cur []job
}

const jobBatch = 16

func (q *jobQueue) add(j job) {
	q.cur = append(q.cur, j)
	if len(q.cur) == jobBatch {
		q.flush()
	}
}

func (q *jobQueue) flush() {
	if len(q.cur) > 0 {
		q.out <- q.cur
		q.cur = make([]job, 0, jobBatch)
	}
}

// collector gathers what the walker skips and says; the workers keep their
// own results (Run merges them).
type collector struct {
	res Result
}

func (c *collector) skip(reason string) { c.res.Skipped[reason]++ }

func (c *collector) notice(n finding.Notice) { c.res.Notices = append(c.res.Notices, n) }

// badIgnoreFile notes an ignore file that was not read (a FIFO, a device, a
// symlinked .gitignore, one too large): its rules do not apply, so the walk
// scans more, never less.
func (c *collector) badIgnoreFile(display string, err error) {
	c.notice(finding.Notice{Path: display, Message: "ignore file not read, its rules do not apply: " + errText(err)})
}

// MaxJobs bounds parallelism (-j): each worker holds a window buffer, and
// history and staged scans a git process, so a huge -j took gigabytes on a
// handful of files; scanning is CPU-bound and gains nothing past the cores.
const MaxJobs = 256

// Jobs is the parallelism that a Jobs option of n means: GOMAXPROCS for
// n <= 0, at most MaxJobs.
func Jobs(n int) int {
	if n <= 0 {
		n = runtime.GOMAXPROCS(0)
	}
	return min(n, MaxJobs)
}

// Run scans the given files and directories.
func (s *Scanner) Run(paths []string) (*Result, error) {
	c := &collector{res: Result{Skipped: map[string]int{}}}
	batches := make(chan []job, 64)
	jobs := &jobQueue{out: batches}
	n := Jobs(s.opt.Jobs)
	cs := make(cores, n)
	// Each worker keeps its own result, merged at the end, and takes a core
	// token per batch: a shared result behind a mutex, and a token per file,
	// moved cache lines between the cores for every file.
	locals := make([]*Result, n) // each allocated by its goroutine: no shared cache line
	var wg sync.WaitGroup
	for w := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out := &Result{Skipped: map[string]int{}}
			locals[w] = out
			var buf []byte
			for batch := range batches {
				cs.acquire()
				for _, j := range batch {
					buf = s.scanFile(j, buf, out, cs)
				}
				cs.release()
			}
		}()
	}
	var walkErr error
	for _, p := range paths {
		if err := s.walkRoot(p, jobs, c); err != nil {
			walkErr = err
			break
		}
	}
	jobs.flush()
	close(batches)
	wg.Wait()
	if walkErr != nil {
		return nil, walkErr
	}
	res := &c.res
	for _, l := range locals {
		res.Files += l.Files
		res.Bytes += l.Bytes
		for p, n := range l.Unreported {
			res.AddUnreported(p, n)
		}
		res.Findings = append(res.Findings, l.Findings...)
		res.Directives = append(res.Directives, l.Directives...)
		res.Notices = append(res.Notices, l.Notices...)
		for k, v := range l.Skipped {
			res.Skipped[k] += v
		}
	}
	finding.SortNotices(res.Notices)
	return res, nil
}

// scanFile scans one file into out, which belongs to the calling worker.
func (s *Scanner) scanFile(j job, buf []byte, out *Result, cs cores) []byte {
	f, err := openRead(j.abs)
	if err != nil {
		out.Skipped[SkipUnreadable]++
		out.Notices = append(out.Notices, finding.Notice{Path: j.display, Message: "cannot read file: " + errText(err)})
		return buf
	}
	defer f.Close()
	res, buf, err := s.scanOpenFile(j.display, f, buf, cs)
	if err == nil && (len(res.Findings) > 0 || reportName(j.abs)) {
		head := make([]byte, reportHead)
		if n, _ := f.ReadAt(head, 0); IsReport(head[:n]) {
			res.Findings, res.Directives = reportFindings(res.Findings), nil
			if len(res.Findings) == 0 {
				out.Skipped[SkipReport]++
				return buf
			}
		}
	}
	switch {
	case errors.Is(err, ErrBinary):
		out.Skipped[SkipBinary]++
		return buf
	case err != nil:
		// A read error midway: keep what was found, and say the file is partial.
		// It counts as skipped (unreadable), not also as a scanned file.
		out.Skipped[SkipUnreadable]++
		out.Notices = append(out.Notices, finding.Notice{Path: j.display, Message: fmt.Sprintf("read error after %d bytes, file only partly scanned: %s", res.Bytes, errText(err))})
	}
	if err == nil {
		out.Files++
	}
	out.Bytes += res.Bytes
	out.AddUnreported(j.display, res.Unreported)
	out.Findings = append(out.Findings, res.Findings...)
	out.Directives = append(out.Directives, res.Directives...)
	out.Notices = append(out.Notices, res.Notices...)
	return buf
}

// errText is an error's text without the path (the notice carries it).
func errText(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Op + ": " + pe.Err.Error()
	}
	return err.Error()
}

// walkRoot scans one PATH argument. A missing argument is an error.
func (s *Scanner) walkRoot(p string, jobs *jobQueue, c *collector) error {
	abs, err := filepath.Abs(p)
	if err != nil {
		return err
	}
	// A named path is followed even if it is a symlink: the user asked for it.
	fi, err := os.Stat(abs)
	if err != nil {
		return fmt.Errorf("cannot scan %s: %w", p, unwrapPath(err))
	}
	if !fi.IsDir() {
		if !fi.Mode().IsRegular() {
			c.skip(SkipSpecial)
			return nil
		}
		display := s.DisplayPath(abs)
		if s.excluded(s.globPaths(abs, display, path.Base(display)), false) ||
			s.configExcluded(abs, false) || s.aboveExcluded(filepath.Dir(abs)) {
			c.skip(SkipExcluded)
			return nil
		}
		jobs.add(job{abs, display})
		return nil
	}
	if s.aboveExcluded(abs) {
		c.skip(SkipExcluded)
		return nil
	}
	var ign *ignoreSet
	var rel string
	if !s.opt.NoGitignore {
		ign, rel = rootIgnores(abs, func(file string, err error) { c.badIgnoreFile(s.DisplayPath(file), err) })
	}
	st := &walkState{onPath: map[fileID]bool{}, linked: map[fileID]bool{}}
	if s.opt.FollowSymlinks {
		st.realRoot = realPath(abs)
	}
	s.walkDir(abs, rel, "", ign, st, false, jobs, c)
	return nil
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// walkDir walks dirAbs. repoRel is its slash path relative to the repository
// top (for .gitignore), rootRel relative to the walk root (for globs);
// viaLink says a followed symlink led here.
func (s *Scanner) walkDir(dirAbs, repoRel, rootRel string, ign *ignoreSet, st *walkState, viaLink bool, jobs *jobQueue, c *collector) {
	dirDisplay := s.DisplayPath(dirAbs)
	if s.opt.FollowSymlinks {
		// The directories on the current path: a symlink back to one of
		// them is a loop. A directory reached through a link is walked
		// once, however many links lead to it.
		fi, err := os.Stat(dirAbs)
		id, ok := fileID{}, false
		if err == nil {
			id, ok = idOf(fi)
		}
		switch {
		case ok && st.onPath[id]:
			c.skip(SkipLoop)
			return
		case ok && viaLink && st.linked[id]:
			c.skip(SkipLinkSeen)
			return
		case ok:
			if viaLink {
				st.linked[id] = true
			}
			st.onPath[id] = true
			defer delete(st.onPath, id)
		case strings.Count(rootRel, "/") >= maxDepth:
			c.skip(SkipTooDeep)
			c.notice(finding.Notice{Path: dirDisplay, Message: fmt.Sprintf("directory not scanned: more than %d levels deep with --follow-symlinks, where this platform cannot tell a symlink loop", maxDepth)})
			return
		}
	}
	entries, err := os.ReadDir(dirAbs)
	if err != nil {
		c.skip(SkipUnreadable)
		c.notice(finding.Notice{Path: dirDisplay, Message: "cannot read directory: " + errText(err)})
	}
	// Only a directory that lists a .gitignore costs an open.
	if ign != nil && slices.ContainsFunc(entries, func(e fs.DirEntry) bool { return e.Name() == ".gitignore" }) {
		var err error
		if ign, err = ign.with(dirAbs, repoRel); err != nil {
			c.badIgnoreFile(joinSlash(dirDisplay, ".gitignore"), err)
		}
	}
	// A file's paths relative to the repository and to the walk root are
	// only made when a .gitignore rule or a glob will look at them: that
	// was two of the walk's four allocations per file.
	globs := len(s.opt.Include)+len(s.opt.Exclude) > 0
	ignores := ign.active()
	for _, e := range entries {
		name := e.Name()
		abs := joinDir(dirAbs, name)
		// What DisplayPath(abs) returns, without filepath.Rel per file.
		display := joinSlash(dirDisplay, name)
		mode := e.Type()
		isDir := e.IsDir()
		link := mode&fs.ModeSymlink != 0
		if link {
			if !s.opt.FollowSymlinks {
				c.skip(SkipSymlink)
				continue
			}
			fi, err := os.Stat(abs)
			if err != nil {
				c.skip(SkipSymlink) // dangling
				continue
			}
			if _, inside := relInside(st.realRoot, realPath(abs)); !inside {
				c.skip(SkipOutside)
				continue
			}
			mode, isDir = fi.Mode().Type(), fi.IsDir()
		}
		if isDir {
			if name == ".git" {
				continue
			}
			childRepo, childRoot := joinSlash(repoRel, name), joinSlash(rootRel, name)
			childIgn, skip := ign.enter(childRepo)
			if skip {
				c.skip(SkipIgnored)
				continue
			}
			if s.excluded(s.globPaths(abs, display, childRoot), true) || s.configExcluded(abs, true) {
				c.skip(SkipExcluded)
				continue
			}
			s.walkDir(abs, childRepo, childRoot, childIgn, st, viaLink || link, jobs, c)
			continue
		}
		if !mode.IsRegular() {
			// FIFOs, sockets and devices are never opened: a FIFO would block.
			c.skip(SkipSpecial)
			continue
		}
		if ignores && ign.ignored(joinSlash(repoRel, name)) {
			c.skip(SkipIgnored)
			continue
		}
		if (globs && s.excluded(s.globPaths(abs, display, joinSlash(rootRel, name)), false)) || s.configExcluded(abs, false) {
			c.skip(SkipExcluded)
			continue
		}
		if s.skipped(abs) {
			c.skip(SkipReport)
			continue
		}
		jobs.add(job{abs, display})
	}
}

// skipped reports whether abs is one of Options.Skip.
func (s *Scanner) skipped(abs string) bool {
	for _, p := range s.opt.Skip {
		if p == abs {
			return true
		}
	}
	return false
}
