// Package goscan runs cfauthlint's Go analyzers for `cfauthlint scan`
// without compiling anything. The walker's Go files are sorted by package;
// only packages that can hold a finding are analysed: those with a file
// that mentions a Cloudflare anchor (an SDK import, an auth header name, an
// API host, a credential prefix, TLS verification settings), and those
// that import such a package of the same scan. Each is parsed and
// type-checked from source with go/types; its imports are loaded from
// source only as deep as the analyzers look (loader.go), and the rest are
// empty fake packages whose uses go/types reports as errors without
// stopping: constants, literals and SDK calls still resolve, and the
// analyzers fall back to import paths where types are missing.
//
// No go list, no build, no network: the go command is asked only for its
// configuration (`go env`), and a module whose dependencies are not
// downloaded is analysed the same way. Findings are turned into findings
// that merge with the walker's: a secret both find has the same rule,
// path, line and value hash, and is reported once.
package goscan

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"go/types"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/cfauthlint/cfauthlint/analyzers"
	"github.com/cfauthlint/cfauthlint/analyzers/hardcodedcred"
	"github.com/cfauthlint/cfauthlint/internal/finding"
	"github.com/cfauthlint/cfauthlint/internal/safefile"
	"github.com/cfauthlint/cfauthlint/rules"
)

// Options configure a run.
type Options struct {
	// Paths are the scan's PATH arguments.
	Paths []string
	// Files, when not nil, records the Go files the walker scanned (after
	// .gitignore, --include and --exclude); findings outside them are
	// dropped. When nil, Go files are found by walking Paths.
	Files *Recorder
	// DisplayPath turns an absolute path into the path findings show.
	DisplayPath func(abs string) string
	ExtraHosts  []string
	ShowSecrets bool
	// Env is the go command's environment; nil means os.Environ().
	Env []string
	// Context cancels the run; nil means never.
	Context context.Context
	// Progress, when set, is told the packages analysed so far of those
	// to analyse.
	Progress func(done, total int)
	// Analyzers replaces the analyzers (for tests); nil means all.
	Analyzers []*analysis.Analyzer
	// CacheDir, when set, keeps each package directory's results there
	// (cache.go); unused with ShowSecrets or Analyzers.
	CacheDir string
}

// Result is what the analyzers found.
type Result struct {
	Findings []finding.Finding
	Notices  []finding.Notice
	Packages int // packages analysed
}

// anchors are what make a Go file worth type-checking, lowercase: the text
// engine's anchors (a detector's match lies near one; rules/scan.go), which
// also cover the SDK's import path, the auth headers and the API host, and
// the TLS setting insecuretransport reports.
// The credential formats' prefixes come from the rule catalog, so a new
// format is an anchor here too.
var anchors = func() []string {
	out := []string{
		"cloudflare", "cfut_", "cfat_", "cfk_", "cfast_", "cfoat_", "v1.0-", "eyjhijoi", "x-auth-",
		"cf_", "cf-", "tunnel", "turnstile", "r2_", "insecureskipverify",
	}
	for _, p := range rules.SecretPrefixes() {
		if p = strings.ToLower(p); !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}()

// fileFacts is what the loader needs to know of a Go file before parsing it.
type fileFacts struct {
	anchored bool
	imports  []string
}

// factsOf finds a file's anchors and its import paths (from the import
// declarations only: a quick parse of the file's head).
func factsOf(data []byte, extra []string) fileFacts {
	var ff fileFacts
	ff.anchored = mentions(data, extra)
	ff.imports = importsOf(data)
	return ff
}

// importsOf is a file's import paths.
func importsOf(data []byte) []string {
	f, _ := parser.ParseFile(token.NewFileSet(), "", data, parser.ImportsOnly|parser.SkipObjectResolution)
	if f == nil {
		return nil
	}
	out := make([]string, 0, len(f.Imports))
	for _, imp := range f.Imports {
		if p, ok := unquote(imp.Path.Value); ok {
			out = append(out, p)
		}
	}
	return out
}

var lowerPool = sync.Pool{New: func() any { b := make([]byte, 0, 64<<10); return &b }}

// mentions reports whether data mentions an anchor, ignoring ASCII case.
func mentions(data []byte, extra []string) bool {
	bp := lowerPool.Get().(*[]byte)
	defer lowerPool.Put(bp)
	low := append((*bp)[:0], data...)
	for i, c := range low {
		if 'A' <= c && c <= 'Z' {
			low[i] = c + 'a' - 'A'
		}
	}
	if cap(low) <= 8<<20 {
		*bp = low
	}
	for _, a := range anchors {
		if bytes.Contains(low, []byte(a)) {
			return true
		}
	}
	for _, h := range extra {
		if h != "" && bytes.Contains(low, []byte(strings.ToLower(h))) {
			return true
		}
	}
	return false
}

func unquote(lit string) (string, bool) {
	if len(lit) < 2 {
		return "", false
	}
	return lit[1 : len(lit)-1], true
}

// Recorder is a scanner.FileCheck that records the Go files and go.mod
// files the walker scans, and learns each Go file's facts from the bytes
// the walker already read.
type Recorder struct {
	extra []string
	mu    sync.Mutex
	files map[string]*fileFacts // nil facts: not seen whole (too large)
	env   chan goEnv            // PrefetchEnv's answer, once
}

// PrefetchEnv asks the go command for its configuration while the walk
// runs (Run then needs not wait for it); env is the environment Run will
// be given (nil: os.Environ()).
func (r *Recorder) PrefetchEnv(ctx context.Context, env []string) {
	if env == nil {
		env = os.Environ()
	}
	r.env = make(chan goEnv, 1)
	go func() { r.env <- loadGoEnv(ctx, env) }()
}

// NewRecorder returns an empty Recorder; extraHosts are anchors too.
func NewRecorder(extraHosts []string) *Recorder {
	return &Recorder{extra: extraHosts, files: map[string]*fileFacts{}}
}

// Wants records path and asks for the contents of Go files.
func (r *Recorder) Wants(path string) bool {
	isGo := strings.HasSuffix(path, ".go")
	if isGo || filepath.Base(path) == "go.mod" {
		if abs, err := filepath.Abs(filepath.FromSlash(path)); err == nil {
			r.mu.Lock()
			if _, ok := r.files[abs]; !ok {
				r.files[abs] = nil
			}
			r.mu.Unlock()
		}
	}
	return isGo
}

// Check learns a Go file's facts; it reports nothing.
func (r *Recorder) Check(path string, data []byte) ([]finding.Finding, []finding.Notice) {
	ff := factsOf(data, r.extra)
	if abs, err := filepath.Abs(filepath.FromSlash(path)); err == nil {
		r.mu.Lock()
		r.files[abs] = &ff
		r.mu.Unlock()
	}
	return nil, nil
}

// Files returns the recorded absolute paths.
func (r *Recorder) Files() map[string]bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := make(map[string]bool, len(r.files))
	for f := range r.files {
		out[f] = true
	}
	return out
}

func (r *Recorder) facts(abs string) (*fileFacts, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	ff, ok := r.files[abs]
	return ff, ok
}

// Run analyses the Go packages under opt.Paths.
func Run(opt Options) (*Result, error) {
	if opt.DisplayPath == nil {
		opt.DisplayPath = func(abs string) string { return filepath.ToSlash(abs) }
	}
	if opt.Context == nil {
		opt.Context = context.Background()
	}
	if opt.Env == nil {
		opt.Env = os.Environ()
	}
	rec := opt.Files
	if rec == nil {
		var err error
		if rec, err = walkGoFiles(opt.Paths, opt.ExtraHosts); err != nil {
			return nil, err
		}
	}
	r := &run{opt: opt, rec: rec, res: &Result{}, files: map[string][]byte{}}
	dirs := r.packageDirs()
	if len(dirs) == 0 {
		return r.res, nil
	}
	var env goEnv
	if rec.env != nil {
		env = <-rec.env
	} else {
		env = loadGoEnv(opt.Context, opt.Env)
	}
	r.l = newLoader(env)
	if !opt.ShowSecrets && opt.Analyzers == nil {
		r.cache = newCache(opt.CacheDir, r.l.env, opt.ExtraHosts)
	}
	cands := r.candidates(dirs)
	if err := r.analyse(cands); err != nil {
		return nil, err
	}
	return r.res, nil
}

// walkGoFiles records the Go files under paths (when no walker did).
func walkGoFiles(paths, extra []string) (*Recorder, error) {
	rec := NewRecorder(extra)
	for _, p := range paths {
		abs, err := filepath.Abs(p)
		if err != nil {
			return nil, err
		}
		filepath.WalkDir(abs, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if d.IsDir() && path != abs && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			if d.Type().IsRegular() && rec.Wants(path) {
				if data, err := safefile.ReadFile(path, goFileKind); err == nil {
					rec.Check(path, data)
				}
			}
			return nil
		})
	}
	return rec, nil
}

type run struct {
	opt   Options
	rec   *Recorder
	res   *Result
	l     *loader
	cache *cache // nil: off
	mu    sync.Mutex
	files map[string][]byte // the current batch's file contents, for columns and values
	// resolved maps symlink-free names of the walker's files to its names.
	resolved  map[string]string
	notedMod  map[*module]bool
	notedWork map[*workspace]bool
}

// pkgDir is a directory of scanned Go files.
type pkgDir struct {
	dir      string
	files    []string // absolute, sorted
	anchored bool
	imports  map[string]bool
}

// packageDirs groups the scanned Go files by directory, leaving out the
// directories `go vet ./...` leaves out (testdata, vendor, _ and . names
// below the module root or the PATH).
func (r *run) packageDirs() map[string]*pkgDir {
	var bases []string
	for _, p := range r.opt.Paths {
		if abs, err := filepath.Abs(p); err == nil {
			if fi, err := os.Stat(abs); err == nil && !fi.IsDir() {
				abs = filepath.Dir(abs)
			}
			bases = append(bases, abs)
		}
	}
	dirs := map[string]*pkgDir{}
	r.rec.mu.Lock()
	defer r.rec.mu.Unlock()
	for f, ff := range r.rec.files {
		if !strings.HasSuffix(f, ".go") {
			continue
		}
		dir := filepath.Dir(f)
		d := dirs[dir]
		if d == nil {
			d = &pkgDir{dir: dir, imports: map[string]bool{}}
			dirs[dir] = d
		}
		d.files = append(d.files, f)
		if ff == nil {
			d.anchored = true // too large for the walker's whole-file checks: look at it
			continue
		}
		d.anchored = d.anchored || ff.anchored
		for _, p := range ff.imports {
			d.imports[p] = true
		}
	}
	for dir, d := range dirs {
		base := ""
		for _, b := range bases {
			if len(b) > len(base) && (dir == b || strings.HasPrefix(dir, b+string(filepath.Separator))) {
				base = b
			}
		}
		if base != "" && inSkippedDir(base, dir) {
			delete(dirs, dir)
			continue
		}
		sort.Strings(d.files)
	}
	return dirs
}

// unit is a package to type-check and analyse: a directory's package with
// its in-package tests, or its external test package.
type unit struct {
	dir      *pkgDir
	mod      *module
	path, id string
	files    []srcFile
	xtest    bool
	under    *types.Package // for an external test package: the package it tests
	result   *dirResult     // where its findings and notices go
}

// candidates returns the packages to analyse: anchored directories, and
// directories that import one of them that exports a constant whose
// declaration mentions an anchor (a header name, host or key another
// package uses; a package's functions are analysed where they are written).
func (r *run) candidates(dirs map[string]*pkgDir) []*pkgDir {
	exports := map[*pkgDir]bool{}
	exportsConst := func(d *pkgDir) bool {
		v, ok := exports[d]
		if !ok {
			v = r.exportsAnchoredConst(d)
			exports[d] = v
		}
		return v
	}
	paths := map[string]*pkgDir{}
	for _, d := range dirs {
		if d.anchored {
			paths[r.l.mods.importPath(r.l.mods.of(d.dir), d.dir)] = d
		}
	}
	var out []*pkgDir
	for _, dir := range sortedKeys(dirs) {
		d := dirs[dir]
		if !d.anchored {
			for p := range d.imports {
				if a := paths[p]; a != nil && exportsConst(a) {
					d.anchored = true
					break
				}
			}
		}
		if d.anchored {
			out = append(out, d)
		}
	}
	return out
}

// exportsAnchoredConst reports whether d declares, in a non-test file, an
// exported constant whose declaration line mentions an anchor: a line
// holding an anchor that reads `[const] Name [Type] = …` with Name
// exported. (A cheap test, no parse: a var of the same shape counts too.
// An exported constant elsewhere in an anchored file, as in
// cmd/internal/obj's instruction tables, does not make every importer a
// candidate.)
func (r *run) exportsAnchoredConst(d *pkgDir) bool {
	for _, name := range d.files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		data, err := safefile.ReadFile(name, goFileKind)
		if err != nil {
			return true // cannot tell: assume it does
		}
		if !bytes.Contains(data, []byte("const")) {
			continue
		}
		for len(data) > 0 {
			line := data
			if i := bytes.IndexByte(data, '\n'); i >= 0 {
				line, data = data[:i], data[i+1:]
			} else {
				data = nil
			}
			if exportedSpecRE.Match(line) && mentions(line, r.opt.ExtraHosts) {
				return true
			}
		}
	}
	return false
}

// exportedSpecRE is a line declaring exported names with a value.
var exportedSpecRE = regexp.MustCompile(`^\s*(?:const\s+)?[A-Z][A-Za-z0-9_]*(?:\s*,\s*[A-Za-z_][A-Za-z0-9_]*)*(?:\s+[A-Za-z_][A-Za-z0-9_.]*)?\s*=[^=]`)

func (r *run) analyse(cands []*pkgDir) error {
	as := r.opt.Analyzers
	if as == nil {
		as = analyzers.New(analyzers.Options{ExtraHosts: r.opt.ExtraHosts, NoDirectives: true})
	}
	as = guarded(as)
	// Each worker takes a directory through reading, the cache, type
	// checking and the analyzers, and hands back its result: no batch
	// waits for its slowest package, and only the directories in flight
	// are held in memory.
	work := make(chan *pkgDir)
	results := make(chan *dirResult)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), max(1, len(cands))) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for d := range work {
				if r.opt.Context.Err() == nil {
					results <- r.analyseDir(as, d)
				}
			}
		}()
	}
	go func() {
		for _, d := range cands {
			if r.opt.Context.Err() != nil {
				break
			}
			work <- d
		}
		close(work)
		wg.Wait()
		close(results)
	}()
	done := 0
	for dr := range results {
		if dr.cached != nil {
			r.emit(dr.cached, nil)
		} else {
			r.emit(&dr.entry, dr.heads)
		}
		done++
		if r.opt.Progress != nil {
			r.opt.Progress(done, len(cands))
		}
	}
	if err := r.opt.Context.Err(); err != nil {
		return err
	}
	r.sdkNotice()
	return nil
}

// analyseDir analyses one candidate directory, or takes its result from
// the cache. Its units are checked in order: the external test package
// imports the package (with its in-package tests) as type-checked here,
// as go vet gives it the test variant.
func (r *run) analyseDir(as []*analysis.Analyzer, d *pkgDir) *dirResult {
	us, files, missing := r.units(d)
	dr := &dirResult{dir: d.dir, entry: cacheEntry{MissingSDK: missing}}
	if r.cache != nil {
		dr.key = r.cache.key(r, d, r.l.mods.of(d.dir), files)
		if e, ok := r.cache.get(dr.key); ok {
			dr.cached = e
			return dr
		}
	}
	var roots []*packages.Package
	byPkg := map[*packages.Package]*dirResult{}
	var under *packages.Package
	for _, u := range us {
		if r.opt.Context.Err() != nil {
			return dr
		}
		u.result = dr
		if u.xtest && under != nil {
			u.under = under.Types
		}
		p := r.check(u)
		if !u.xtest {
			under = p
		}
		if len(p.Syntax) > 0 {
			roots = append(roots, p)
			byPkg[p] = dr
			dr.entry.Packages++
		}
	}
	if len(roots) > 0 {
		r.runAnalyzers(as, roots, byPkg)
	}
	// The files' contents were kept for the findings' columns.
	r.mu.Lock()
	for _, u := range us {
		for _, sf := range u.files {
			delete(r.files, sf.name)
		}
	}
	r.mu.Unlock()
	if r.cache != nil && r.opt.Context.Err() == nil {
		r.cache.put(dr.key, cloneEntry(&dr.entry))
	}
	return dr
}

// dirResult is what a candidate directory's analysis found, as the cache
// stores it (absolute paths); heads are its findings as made, for emit.
type dirResult struct {
	dir, key string
	entry    cacheEntry
	heads    []finding.Finding
	cached   *cacheEntry // the cache's answer, instead of entry
}

func cloneEntry(e *cacheEntry) *cacheEntry {
	c := *e
	c.Findings = append([]finding.Finding(nil), e.Findings...)
	c.Notices = append([]finding.Notice(nil), e.Notices...)
	return &c
}

// emit adds a directory's result to the run's: findings in files the
// walker scanned, with the walker's names shown as the scan shows paths.
// made are the findings as this run made them (nil for a cached entry).
func (r *run) emit(e *cacheEntry, made []finding.Finding) {
	r.res.Packages += e.Packages
	for i, f := range e.Findings {
		if made != nil {
			f = made[i] // the same finding, with what only memory holds
		}
		name, ok := r.scanned(f.Path)
		if !ok || !strings.HasSuffix(name, ".go") {
			continue
		}
		f.Path = r.opt.DisplayPath(name)
		f.Fingerprint = finding.Fingerprint(f.RuleID, f.Path, f.ValueHash)
		r.mu.Lock()
		r.res.Findings = append(r.res.Findings, f)
		r.mu.Unlock()
	}
	r.mu.Lock()
	for _, n := range e.Notices {
		if n.Path != "" {
			n.Path = r.opt.DisplayPath(n.Path)
		}
		r.res.Notices = append(r.res.Notices, n)
	}
	r.mu.Unlock()
	r.l.mu.Lock()
	for _, p := range e.MissingSDK {
		r.l.missingSDK[p] = true
	}
	r.l.mu.Unlock()
}

// units reads a candidate directory's files and splits them into the
// packages go vet analyses there. It returns them, all the files read,
// and the Cloudflare SDK packages they import that have no source here.
func (r *run) units(d *pkgDir) ([]*unit, []srcFile, []string) {
	m := r.l.mods.of(d.dir)
	if m != nil {
		r.noteModule(m)
	}
	path := r.l.mods.importPath(m, d.dir)
	files, problems := r.l.packageFiles(d.dir, true)
	r.mu.Lock()
	for _, p := range problems {
		r.res.Notices = append(r.res.Notices, finding.Notice{Path: r.opt.DisplayPath(d.dir),
			Message: "Go file " + p + ": its package was analysed without it"})
	}
	r.mu.Unlock()
	missing := map[string]bool{}
	for _, f := range files {
		for _, p := range importsOf(f.data) {
			if analyzers.IsSDKCore(p) && !r.l.mods.resolve(m, p).found {
				missing[p] = true
			}
		}
	}
	var pkg, xtest []srcFile
	hasTests := false
	for _, f := range files {
		switch {
		case f.xtest:
			xtest = append(xtest, f)
		default:
			hasTests = hasTests || f.test
			pkg = append(pkg, f)
		}
	}
	var out []*unit
	if len(pkg) > 0 {
		id := path
		if hasTests {
			id = path + " [" + path + ".test]"
		}
		out = append(out, &unit{dir: d, mod: m, path: path, id: id, files: pkg})
	}
	if len(xtest) > 0 {
		out = append(out, &unit{dir: d, mod: m, path: path + "_test", id: path + "_test [" + path + ".test]", files: xtest, xtest: true})
	}
	return out, files, sortedKeys(missing)
}

// check parses and type-checks a unit.
func (r *run) check(u *unit) *packages.Package {
	p := &packages.Package{ID: u.id, PkgPath: u.path, Fset: r.l.fset, TypesSizes: r.l.sizes, Imports: map[string]*packages.Package{}}
	if u.mod != nil {
		p.Module = &packages.Module{Path: u.mod.path, Dir: u.mod.root, GoVersion: u.mod.goVersion}
	}
	var syntaxErr []string
	for _, sf := range u.files {
		// Comments only for analyzers that read cfauthlint:ignore
		// directives; scan's own analyzers leave those to the walker.
		mode := parser.SkipObjectResolution
		if r.opt.Analyzers != nil {
			mode |= parser.ParseComments
		}
		f, err := parser.ParseFile(r.l.fset, sf.name, sf.data, mode)
		if f == nil {
			continue
		}
		if p.Name == "" {
			p.Name = f.Name.Name
		} else if f.Name.Name != p.Name {
			continue // a stray file of another package: go vet would refuse the package
		}
		if err != nil {
			p.IllTyped = true
			if list, ok := err.(scanner.ErrorList); ok && len(list) > 0 {
				syntaxErr = append(syntaxErr, fmt.Sprintf("%s:%d", filepath.Base(sf.name), list[0].Pos.Line))
			}
		}
		p.Syntax = append(p.Syntax, f)
		p.GoFiles = append(p.GoFiles, sf.name)
		r.mu.Lock()
		r.files[sf.name] = sf.data
		r.mu.Unlock()
	}
	p.CompiledGoFiles = p.GoFiles
	if len(syntaxErr) > 0 {
		msg := "syntax error at " + syntaxErr[0]
		if n := len(syntaxErr) - 1; n > 0 {
			msg += fmt.Sprintf(", and %d more", n)
		}
		r.mu.Lock()
		u.result.entry.Notices = append(u.result.entry.Notices, finding.Notice{Path: u.dir.dir,
			Message: "Go package " + u.path + " does not parse (" + msg + "): analysed what parsed; the text rules still cover its files"})
		r.mu.Unlock()
	}
	p.TypesInfo = &types.Info{
		Types:        map[ast.Expr]types.TypeAndValue{},
		Defs:         map[*ast.Ident]types.Object{},
		Uses:         map[*ast.Ident]types.Object{},
		Implicits:    map[ast.Node]types.Object{},
		Selections:   map[*ast.SelectorExpr]*types.Selection{},
		Scopes:       map[ast.Node]*types.Scope{},
		Instances:    map[*ast.Ident]types.Instance{},
		FileVersions: map[*ast.File]string{},
	}
	conf := types.Config{
		Importer:    importer{r.l, u.mod, u.under},
		Error:       func(error) { p.IllTyped = true },
		FakeImportC: true,
		Sizes:       r.l.sizes,
		GoVersion:   r.l.goVersion(u.mod),
	}
	p.Types, _ = conf.Check(u.path, r.l.fset, p.Syntax, p.TypesInfo)
	if p.Types == nil {
		p.Types = types.NewPackage(u.path, p.Name)
	}
	return p
}

func (r *run) runAnalyzers(as []*analysis.Analyzer, roots []*packages.Package, byPkg map[*packages.Package]*dirResult) {
	g, err := checker.Analyze(as, roots, nil)
	if err != nil {
		r.mu.Lock()
		r.res.Notices = append(r.res.Notices, finding.Notice{Message: "Go analysis failed: " + err.Error()})
		r.mu.Unlock()
		return
	}
	for act := range g.All() {
		if !act.IsRoot {
			continue
		}
		dr := byPkg[act.Package]
		if act.Err != nil {
			dr.entry.Notices = append(dr.entry.Notices, finding.Notice{Path: filepath.Dir(act.Package.GoFiles[0]),
				Message: fmt.Sprintf("Go analyzer %s failed on %s: %v", act.Analyzer.Name, act.Package.PkgPath, act.Err)})
			continue
		}
		secrets, _ := act.Result.([]hardcodedcred.Secret)
		for _, d := range act.Diagnostics {
			if f, ok := r.convert(act.Package.Fset, d, secrets); ok {
				dr.heads = append(dr.heads, f)
				dr.entry.Findings = append(dr.entry.Findings, f)
			}
		}
	}
}

// sdkNotice says, once, when SDK calls were matched without the SDK's
// source: what the lenient mode could not decide by types.
func (r *run) sdkNotice() {
	if len(r.l.missingSDK) == 0 {
		return
	}
	paths := sortedKeys(r.l.missingSDK)
	r.res.Notices = append(r.res.Notices, finding.Notice{Message: fmt.Sprintf(
		"Go analysis: the source of %d Cloudflare SDK package(s) is not in the module cache or vendor directory (%s): calls into them were matched by import path and name only (run go mod download for full type information)",
		len(paths), strings.Join(paths, ", "))})
}

// noteModule reports, once per module and workspace, what of a go.mod or
// go.work could not be used: the packages are analysed all the same,
// with the imports that could be resolved.
func (r *run) noteModule(m *module) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.notedMod == nil {
		r.notedMod = map[*module]bool{}
	}
	if r.notedMod[m] {
		return
	}
	r.notedMod[m] = true
	if m.err != nil {
		r.res.Notices = append(r.res.Notices, finding.Notice{Path: r.opt.DisplayPath(filepath.Join(m.root, "go.mod")),
			Message: "go.mod: " + modErrText(m.err) + ": the module's imports could not be resolved; its Go packages were analysed with stand-ins for them"})
	}
	if m.goVersion != "" && r.l.goVersion(m) == "" {
		r.res.Notices = append(r.res.Notices, finding.Notice{Path: r.opt.DisplayPath(filepath.Join(m.root, "go.mod")),
			Message: "go.mod asks for go " + safeWord(m.goVersion) + ", newer than this Go (" + r.l.env.GOVERSION + "): its Go packages were analysed with this Go's language rules"})
	}
	if w := m.work; w != nil && !r.notedWork[w] {
		if r.notedWork == nil {
			r.notedWork = map[*workspace]bool{}
		}
		r.notedWork[w] = true
		switch {
		case w.err != nil:
			r.res.Notices = append(r.res.Notices, finding.Notice{Path: r.opt.DisplayPath(w.file),
				Message: "go.work: " + modErrText(w.err) + ": imports between the workspace's modules could not be resolved; its Go packages were analysed with stand-ins for them"})
		case len(w.missing) > 0:
			r.res.Notices = append(r.res.Notices, finding.Notice{Path: r.opt.DisplayPath(w.file),
				Message: fmt.Sprintf("go.work names %d module director%s with no go.mod: imports of those modules were analysed as stand-ins", len(w.missing), plural(len(w.missing), "y", "ies"))})
		}
	}
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// safeWord is s if it is a short plain version word, else "(unreadable)":
// notices never repeat what a file holds beyond that.
func safeWord(s string) string {
	if len(s) > 16 || strings.Trim(s, "0123456789.rcbeta-") != "" {
		return "(unreadable)"
	}
	return s
}

func modErrText(err error) string {
	if errors.Is(err, errMalformedMod) || errors.Is(err, errMalformedWork) {
		return err.Error()
	}
	return errText(err)
}

// guarded wraps the analyzers so that a panic in one becomes its error
// instead of ending the scan.
func guarded(as []*analysis.Analyzer) []*analysis.Analyzer {
	out := make([]*analysis.Analyzer, len(as))
	for i, a := range as {
		c := *a
		run := a.Run
		c.Run = func(pass *analysis.Pass) (res any, err error) {
			defer func() {
				if r := recover(); r != nil {
					err = fmt.Errorf("internal error: %v", r)
				}
			}()
			return run(pass)
		}
		out[i] = &c
	}
	return out
}

// convert turns a diagnostic into a finding, or reports false for a
// diagnostic outside the walker's files.
func (s *run) convert(fset *token.FileSet, d analysis.Diagnostic, secrets []hardcodedcred.Secret) (finding.Finding, bool) {
	r := rules.ByID(d.Category)
	if r == nil {
		return finding.Finding{}, false
	}
	start := fset.PositionFor(d.Pos, false)
	end := start
	if d.End.IsValid() && d.End >= d.Pos {
		end = fset.PositionFor(d.End, false)
	}
	data := s.read(start.Filename)
	if data == nil || end.Offset > len(data) {
		return finding.Finding{}, false
	}
	value := data[start.Offset:end.Offset]
	conf := "high"
	for _, sec := range secrets {
		if sec.Pos == d.Pos && sec.Rule == d.Category {
			value, conf = sec.Value, sec.Confidence
		}
	}
	pos := finding.Position{
		Line: start.Line, Column: runeColumn(data, start.Offset),
		EndLine: end.Line, EndColumn: runeColumn(data, end.Offset),
	}
	// The loader's file name; emit shows it as the walker names it.
	return finding.New(r, start.Filename, pos, value, d.Message, conf, s.opt.ShowSecrets), true
}

// scanned returns the walker's name for a file the go command names, and
// whether the walker scanned it. The names differ when a directory on the
// way is a symbolic link.
func (s *run) scanned(file string) (string, bool) {
	if _, ok := s.rec.facts(file); ok {
		return file, true
	}
	s.mu.Lock()
	if s.resolved == nil {
		s.resolved = map[string]string{}
		for f := range s.rec.Files() {
			if r, err := filepath.EvalSymlinks(f); err == nil && r != f {
				s.resolved[r] = f
			}
		}
	}
	s.mu.Unlock()
	if r, err := filepath.EvalSymlinks(file); err == nil {
		if _, ok := s.rec.facts(r); ok {
			return r, true
		}
		if f, ok := s.resolved[r]; ok {
			return f, true
		}
	}
	return "", false
}

func (s *run) read(name string) []byte {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.files[name]
}

// runeColumn is the 1-based column of offset in code points.
func runeColumn(data []byte, offset int) int {
	ls := offset
	for ls > 0 && data[ls-1] != '\n' {
		ls--
	}
	return utf8.RuneCount(data[ls:offset]) + 1
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	return strings.TrimSpace(s)
}
