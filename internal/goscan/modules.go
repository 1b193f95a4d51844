package goscan

import (
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"golang.org/x/mod/modfile"
	modpath "golang.org/x/mod/module"

	"github.com/cfauthlint/cfauthlint/internal/safefile"
)

// Side files the loader reads, through the safe opener: no FIFO or device
// blocks the scan, and a huge file is refused, not read.
var (
	goModKind  = safefile.Kind{Name: "go.mod", Max: 16 << 20}
	goWorkKind = safefile.Kind{Name: "go.work", Max: 16 << 20}
	goFileKind = safefile.Kind{Name: "Go file", Max: 64 << 20}
)

var (
	errMalformedMod  = errors.New("malformed go.mod")
	errMalformedWork = errors.New("malformed go.work")
)

// A module is a go.mod the loader resolves imports with: the module's
// own packages, its requirements (in the module cache, after replace
// directives), its vendor directory, and its workspace's other modules.
type module struct {
	root, path, goVersion string
	require               map[string]string // module path → version
	replace               map[string]replacement
	vendor                bool
	work                  *workspace // nil outside a go.work
	err                   error      // go.mod unreadable or malformed
}

type replacement struct {
	dir           string // a local directory, or ""
	path, version string
}

type workspace struct {
	file    string
	modules []*module
	replace map[string]replacement
	missing []string // use directives naming no module
	err     error    // go.work unreadable or malformed
}

// modules finds and caches the module of each directory.
type modules struct {
	env goEnv
	mu  sync.Mutex
	dir map[string]*module // directory → enclosing module (nil: none)
	mod map[string]*module // root → module
	ws  map[string]*workspace

	resMu    sync.Mutex
	resolved map[resolveKey]location
}

type resolveKey struct {
	m    *module
	path string
}

func newModules(env goEnv) *modules {
	return &modules{env: env, dir: map[string]*module{}, mod: map[string]*module{}, ws: map[string]*workspace{}, resolved: map[resolveKey]location{}}
}

// of returns the module enclosing dir, or nil.
func (ms *modules) of(dir string) *module {
	ms.mu.Lock()
	defer ms.mu.Unlock()
	return ms.ofLocked(dir)
}

func (ms *modules) ofLocked(dir string) *module {
	if m, ok := ms.dir[dir]; ok {
		return m
	}
	var m *module
	if fi, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil && !fi.IsDir() {
		m = ms.moduleAt(dir)
	} else if parent := filepath.Dir(dir); parent != dir {
		m = ms.ofLocked(parent)
	}
	ms.dir[dir] = m
	return m
}

// moduleAt parses the go.mod in root (once).
func (ms *modules) moduleAt(root string) *module {
	if m, ok := ms.mod[root]; ok {
		return m
	}
	m := &module{root: root, require: map[string]string{}, replace: map[string]replacement{}}
	ms.mod[root] = m
	data, err := safefile.ReadFile(filepath.Join(root, "go.mod"), goModKind)
	if err != nil {
		m.err = err
		return m
	}
	// Parse, not ParseLax: a scanned module is a main module, whose
	// replace directives hold. ParseLax accepts what a newer go command
	// may write.
	f, err := modfile.Parse(filepath.Join(root, "go.mod"), data, nil)
	if err != nil {
		f, err = modfile.ParseLax(filepath.Join(root, "go.mod"), data, nil)
	}
	if err != nil {
		m.err = errMalformedMod
		return m
	}
	if f.Module != nil {
		m.path = f.Module.Mod.Path
	}
	if f.Go != nil {
		m.goVersion = f.Go.Version
	}
	for _, r := range f.Require {
		m.require[r.Mod.Path] = r.Mod.Version
	}
	for _, r := range f.Replace {
		m.replace[r.Old.Path] = ms.replacementOf(root, r)
	}
	if fi, err := os.Stat(filepath.Join(root, "vendor", "modules.txt")); err == nil && fi.Mode().IsRegular() && !strings.Contains(ms.env.GOFLAGS, "-mod=mod") {
		m.vendor = true
	}
	m.work = ms.workspaceOf(root)
	if m.work != nil {
		m.vendor = false
	}
	return m
}

func (ms *modules) replacementOf(base string, r *modfile.Replace) replacement {
	if r.New.Version == "" {
		dir := r.New.Path
		if !filepath.IsAbs(dir) {
			dir = filepath.Join(base, filepath.FromSlash(dir))
		}
		return replacement{dir: dir}
	}
	return replacement{path: r.New.Path, version: r.New.Version}
}

// workspaceOf returns the go.work governing a module at root: GOWORK if
// set (off disables workspaces), else the nearest go.work above.
func (ms *modules) workspaceOf(root string) *workspace {
	file := ms.env.GOWORK
	if file == "off" {
		return nil
	}
	if file == "" {
		for dir := root; ; {
			if fi, err := os.Stat(filepath.Join(dir, "go.work")); err == nil && fi.Mode().IsRegular() {
				file = filepath.Join(dir, "go.work")
				break
			}
			parent := filepath.Dir(dir)
			if parent == dir {
				return nil
			}
			dir = parent
		}
	}
	if w, ok := ms.ws[file]; ok {
		return w
	}
	w := &workspace{file: file, replace: map[string]replacement{}}
	ms.ws[file] = w
	data, err := safefile.ReadFile(file, goWorkKind)
	if err != nil {
		w.err = err
		return w
	}
	wf, err := modfile.ParseWork(file, data, nil)
	if err != nil {
		w.err = errMalformedWork
		return w
	}
	base := filepath.Dir(file)
	for _, u := range wf.Use {
		dir := u.Path
		if !filepath.IsAbs(dir) {
			dir = filepath.Join(base, filepath.FromSlash(dir))
		}
		if dir == root {
			continue // the module asking; it resolves its own packages
		}
		if fi, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil && !fi.IsDir() {
			w.modules = append(w.modules, ms.moduleAtNoWork(dir))
		} else {
			w.missing = append(w.missing, u.Path)
		}
	}
	for _, r := range wf.Replace {
		w.replace[r.Old.Path] = ms.replacementOf(base, r)
	}
	return w
}

// moduleAtNoWork is moduleAt for a workspace member, which must not look
// for its workspace again (the caller is building it).
func (ms *modules) moduleAtNoWork(root string) *module {
	if m, ok := ms.mod[root]; ok {
		return m
	}
	saved := ms.env.GOWORK
	ms.env.GOWORK = "off"
	m := ms.moduleAt(root)
	ms.env.GOWORK = saved
	return m
}

// location is where an import path's source lives.
type location struct {
	dir   string
	local bool // in a module on the local disk (not the module cache or GOROOT)
	found bool
}

// resolve finds the directory of import path p as imported from module m
// (nil: GOPATH mode), once per module and path.
func (ms *modules) resolve(m *module, p string) location {
	k := resolveKey{m, p}
	ms.resMu.Lock()
	loc, ok := ms.resolved[k]
	ms.resMu.Unlock()
	if ok {
		return loc
	}
	loc = ms.resolveUncached(m, p)
	ms.resMu.Lock()
	ms.resolved[k] = loc
	ms.resMu.Unlock()
	return loc
}

func (ms *modules) resolveUncached(m *module, p string) location {
	if isStd(p) {
		return existing(filepath.Join(ms.env.GOROOT, "src", filepath.FromSlash(p)), false)
	}
	if m == nil {
		for _, gp := range filepath.SplitList(ms.env.GOPATH) {
			if l := existing(filepath.Join(gp, "src", filepath.FromSlash(p)), true); l.found {
				return l
			}
		}
		return location{}
	}
	if rel, ok := within(p, m.path); ok {
		return existing(filepath.Join(m.root, filepath.FromSlash(rel)), true)
	}
	if m.work != nil {
		for _, wm := range m.work.modules {
			if rel, ok := within(p, wm.path); ok {
				return existing(filepath.Join(wm.root, filepath.FromSlash(rel)), true)
			}
		}
	}
	if m.vendor {
		return existing(filepath.Join(m.root, "vendor", filepath.FromSlash(p)), false)
	}
	// The longest required module path that is a prefix of p.
	best := ""
	for mp := range m.require {
		if _, ok := within(p, mp); ok && len(mp) > len(best) {
			best = mp
		}
	}
	if best == "" {
		return location{}
	}
	rel, _ := within(p, best)
	rep, ok := replacement{}, false
	if m.work != nil {
		rep, ok = m.work.replace[best]
	}
	if !ok {
		rep, ok = m.replace[best]
	}
	if ok && rep.dir != "" {
		return existing(filepath.Join(rep.dir, filepath.FromSlash(rel)), true)
	}
	modPath, version := best, m.require[best]
	if ok {
		modPath, version = rep.path, rep.version
	}
	esc, err1 := modpath.EscapePath(modPath)
	ev, err2 := modpath.EscapeVersion(version)
	if err1 != nil || err2 != nil {
		return location{}
	}
	return existing(filepath.Join(ms.env.GOMODCACHE, filepath.FromSlash(esc)+"@"+ev, filepath.FromSlash(rel)), false)
}

func existing(dir string, local bool) location {
	if fi, err := os.Stat(dir); err == nil && fi.IsDir() {
		return location{dir: dir, local: local, found: true}
	}
	return location{dir: dir, local: local}
}

// within reports whether import path p is mod or below it, and the rest.
func within(p, mod string) (string, bool) {
	if mod == "" {
		return "", false
	}
	if p == mod {
		return "", true
	}
	if strings.HasPrefix(p, mod) && p[len(mod)] == '/' {
		return p[len(mod)+1:], true
	}
	return "", false
}

// isStd reports a standard-library import path (no dot in its first element).
func isStd(p string) bool {
	first, _, _ := strings.Cut(p, "/")
	return !strings.Contains(first, ".") && p != "C"
}

// importPath is the import path of directory dir in module m (GOPATH mode
// when m is nil: the path below a GOPATH's src, else a local path).
func (ms *modules) importPath(m *module, dir string) string {
	if m != nil && m.path != "" {
		rel, err := filepath.Rel(m.root, dir)
		if err == nil {
			if rel == "." {
				return m.path
			}
			return m.path + "/" + filepath.ToSlash(rel)
		}
	}
	for _, gp := range filepath.SplitList(ms.env.GOPATH) {
		if rel, err := filepath.Rel(filepath.Join(gp, "src"), dir); err == nil && rel != "." && !strings.HasPrefix(rel, "..") {
			return filepath.ToSlash(rel)
		}
	}
	if rel, err := filepath.Rel(filepath.Join(ms.env.GOROOT, "src"), dir); err == nil && rel != "." && !strings.HasPrefix(rel, "..") {
		return filepath.ToSlash(rel)
	}
	return "_" + filepath.ToSlash(dir)
}

// skipDir reports directories the go command leaves out of ./... patterns.
func skipDir(name string) bool {
	return name == "testdata" || name == "vendor" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")
}

// inSkippedDir reports whether dir lies, below base, in a directory that
// ./... leaves out.
func inSkippedDir(base, dir string) bool {
	rel, err := filepath.Rel(base, dir)
	if err != nil || rel == "." || strings.HasPrefix(rel, "..") {
		return false
	}
	for _, el := range strings.Split(rel, string(filepath.Separator)) {
		if skipDir(el) {
			return true
		}
	}
	return false
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
