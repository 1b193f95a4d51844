// Package goscan runs cfauthlint's Go analyzers for `cfauthlint scan`: it
// finds the Go modules under the scan's PATH arguments, loads their packages
// (tests included) with type information through golang.org/x/tools/go/packages,
// runs the analyzers with go/analysis/checker, and turns their diagnostics
// into findings that merge with the file walker's: a secret both find has
// the same rule, path, line and value hash, and is reported once.
//
// A package that does not type-check gets one notice and is analysed with
// the type information that could be had (the analyzers fall back to
// import paths and literal folding); the walker's text rules still cover its
// files. A module the go command cannot load at all gets one notice too.
package goscan

import (
	"fmt"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
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
	"github.com/cfauthlint/cfauthlint/rules"
)

// Options configure a run.
type Options struct {
	// Paths are the scan's PATH arguments.
	Paths []string
	// Files, when not nil, are the absolute paths of the files the walker
	// scanned (after .gitignore, --include and --exclude): go.mod files
	// there name the modules to load, and findings outside the set are
	// dropped. When nil, modules are found by walking Paths.
	Files map[string]bool
	// DisplayPath turns an absolute path into the path findings show.
	DisplayPath func(abs string) string
	ExtraHosts  []string
	ShowSecrets bool
	// Env is the go command's environment; nil means os.Environ().
	Env []string
}

// Result is what the analyzers found.
type Result struct {
	Findings []finding.Finding
	Notices  []finding.Notice
	Packages int // packages analysed
}

// Recorder is a scanner.FileCheck that records the Go files and go.mod
// files the walker scans, without reading them.
type Recorder struct {
	mu    sync.Mutex
	files map[string]bool
}

// NewRecorder returns an empty Recorder.
func NewRecorder() *Recorder { return &Recorder{files: map[string]bool{}} }

// Wants records path if it is Go source or a go.mod, and never asks for the file.
func (r *Recorder) Wants(path string) bool {
	if strings.HasSuffix(path, ".go") || filepath.Base(path) == "go.mod" {
		if abs, err := filepath.Abs(filepath.FromSlash(path)); err == nil {
			r.mu.Lock()
			r.files[abs] = true
			r.mu.Unlock()
		}
	}
	return false
}

// Check is never called (Wants is always false).
func (r *Recorder) Check(string, []byte) ([]finding.Finding, []finding.Notice) { return nil, nil }

// Files returns the recorded absolute paths.
func (r *Recorder) Files() map[string]bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.files
}

// Run analyses the Go modules found under opt.Paths.
func Run(opt Options) (*Result, error) {
	if opt.DisplayPath == nil {
		opt.DisplayPath = func(abs string) string { return filepath.ToSlash(abs) }
	}
	res := &Result{}
	units, err := findModules(opt)
	if err != nil {
		return nil, err
	}
	if len(units) == 0 {
		return res, nil
	}
	if _, err := exec.LookPath("go"); err != nil {
		res.Notices = append(res.Notices, finding.Notice{Message: "go command not found: Go files were scanned by the text rules only (type-aware analysis needs Go installed)"})
		return res, nil
	}
	s := &session{opt: opt, res: res, files: map[string][]byte{}}
	for _, u := range units {
		s.analyse(u)
	}
	return res, nil
}

// unit is one module and the package patterns to load in it.
type unit struct {
	root     string
	patterns []string
}

type session struct {
	opt   Options
	res   *Result
	files map[string][]byte // file contents, for columns and values
	// resolved maps symlink-free names of the walker's files to its names.
	resolved map[string]string
}

func (s *session) analyse(u unit) {
	display := s.opt.DisplayPath(filepath.Join(u.root, "go.mod"))
	env := s.opt.Env
	if env == nil {
		env = os.Environ()
	}
	fset := token.NewFileSet()
	roots, err := load(u.root, u.patterns, env, fset, s.wanted)
	if err != nil {
		s.res.Notices = append(s.res.Notices, finding.Notice{Path: display,
			Message: "cannot load the Go packages of this module (" + firstLine(err.Error()) + "): its Go files were scanned by the text rules only"})
		return
	}
	for _, p := range roots {
		if msg := loadProblem(p); msg != "" {
			at := display
			if len(p.GoFiles) > 0 {
				at = s.opt.DisplayPath(p.GoFiles[0])
			}
			s.res.Notices = append(s.res.Notices, finding.Notice{Path: at,
				Message: "Go package " + p.PkgPath + " does not type-check (" + msg + "): analysed with partial type information; the text rules still cover its files"})
		}
	}
	if len(roots) == 0 {
		return
	}
	s.res.Packages += len(roots)
	as := guarded(analyzers.New(analyzers.Options{ExtraHosts: s.opt.ExtraHosts, NoDirectives: true}))
	g, err := checker.Analyze(as, roots, nil)
	if err != nil {
		s.res.Notices = append(s.res.Notices, finding.Notice{Path: display, Message: "Go analysis failed: " + err.Error()})
		return
	}
	for act := range g.All() {
		if !act.IsRoot {
			continue
		}
		if act.Err != nil {
			s.res.Notices = append(s.res.Notices, finding.Notice{Path: display,
				Message: fmt.Sprintf("Go analyzer %s failed on %s: %v", act.Analyzer.Name, act.Package.PkgPath, act.Err)})
			continue
		}
		secrets, _ := act.Result.([]hardcodedcred.Secret)
		for _, d := range act.Diagnostics {
			if f, ok := s.convert(act.Package.Fset, d, secrets); ok {
				s.res.Findings = append(s.res.Findings, f)
			}
		}
	}
}

// wanted reports whether a package has a file the walker scanned.
func (s *session) wanted(p *packages.Package) bool {
	if s.opt.Files == nil {
		return true
	}
	for _, f := range p.GoFiles {
		if _, ok := s.scanned(f); ok {
			return true
		}
	}
	return len(p.GoFiles) == 0 && len(p.Errors) > 0 // unlisted: report why
}

// selectPackages keeps what `go vet` analyses: a package's test variant
// instead of the package when it has in-package tests, external test
// packages, and no generated test mains.
func selectPackages(pkgs []*packages.Package) []*packages.Package {
	hasTestVariant := map[string]bool{}
	for _, p := range pkgs {
		if p.ForTest != "" && p.ForTest == p.PkgPath {
			hasTestVariant[p.PkgPath] = true
		}
	}
	var out []*packages.Package
	for _, p := range pkgs {
		switch {
		case p.Name == "main" && strings.HasSuffix(p.PkgPath, ".test") && p.ForTest == "" && strings.HasSuffix(p.ID, ".test"):
			continue // generated test main
		case p.ForTest == "" && hasTestVariant[p.PkgPath]:
			continue
		}
		out = append(out, p)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// loadProblem summarises a package's errors, or "" if it loaded cleanly or
// has nothing to analyse on this platform.
func loadProblem(p *packages.Package) string {
	if len(p.Errors) == 0 {
		return ""
	}
	var msgs []string
	for _, e := range p.Errors {
		if strings.Contains(e.Msg, "build constraints exclude all Go files") || strings.Contains(e.Msg, "no Go files") {
			return ""
		}
		for _, line := range strings.Split(e.Msg, "\n") {
			if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
				if e.Pos != "" && !strings.Contains(line, ".go:") {
					line = filepath.Base(e.Pos) + ": " + line
				}
				msgs = append(msgs, line)
				break
			}
		}
	}
	if len(msgs) == 0 {
		return "unknown error"
	}
	msg := msgs[0]
	if n := len(msgs) - 1; n > 0 {
		msg += fmt.Sprintf(", and %d more", n)
	}
	return msg
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
func (s *session) convert(fset *token.FileSet, d analysis.Diagnostic, secrets []hardcodedcred.Secret) (finding.Finding, bool) {
	r := rules.ByID(d.Category)
	if r == nil {
		return finding.Finding{}, false
	}
	start := fset.PositionFor(d.Pos, false)
	end := start
	if d.End.IsValid() && d.End >= d.Pos {
		end = fset.PositionFor(d.End, false)
	}
	name, ok := s.scanned(start.Filename)
	if !ok || !strings.HasSuffix(name, ".go") {
		return finding.Finding{}, false
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
	msg := strings.TrimPrefix(d.Message, d.Category+": ")
	return finding.New(r, s.opt.DisplayPath(name), pos, value, msg, conf, s.opt.ShowSecrets), true
}

// scanned returns the walker's name for a file the go command names, and
// whether the walker scanned it. The names differ when a directory on the
// way is a symbolic link.
func (s *session) scanned(file string) (string, bool) {
	if s.opt.Files == nil || s.opt.Files[file] {
		return file, true
	}
	if s.resolved == nil {
		s.resolved = map[string]string{}
		for f := range s.opt.Files {
			if r, err := filepath.EvalSymlinks(f); err == nil && r != f {
				s.resolved[r] = f
			}
		}
	}
	if r, err := filepath.EvalSymlinks(file); err == nil {
		if s.opt.Files[r] {
			return r, true
		}
		if f, ok := s.resolved[r]; ok {
			return f, true
		}
	}
	return "", false
}

func (s *session) read(name string) []byte {
	if b, ok := s.files[name]; ok {
		return b
	}
	b, err := os.ReadFile(name)
	if err != nil {
		b = nil
	}
	s.files[name] = b
	return b
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
