package goscan

import (
	"bytes"
	"errors"
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"go/types"
	"go/version"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/cfauthlint/cfauthlint/analyzers"
	"github.com/cfauthlint/cfauthlint/internal/safefile"
)

// The loader type-checks candidate packages from source with go/types,
// never compiling anything: an import is resolved from source only as
// deep as the analyzers look, and every other import is an empty fake
// package whose uses go/types records as errors without stopping.
//
// An import is loaded in one of these views:
//
//   - decls: the package's declarations without function bodies. For the
//     Cloudflare SDK packages whose functions the analyzers match
//     (cloudflare-go v0, and the root and option packages of v2+) and the
//     standard packages whose types they follow (net/http, net/url,
//     net/textproto, crypto/tls).
//   - consts: only const and type declarations. For the packages of the
//     scanned modules (and their workspaces and local replacements): a
//     header name, host or key kept in another package folds there.
//   - fake: an empty, incomplete package (go/types reports its uses as
//     undefined; the analyzers then match calls by import path).
type view int

const (
	viewFake view = iota
	viewConsts
	viewDecls
)

// deepStd are the standard packages loaded with their declarations.
var deepStd = map[string]bool{"net/http": true, "net/url": true, "net/textproto": true, "crypto/tls": true}

func viewOf(p string, loc location) view {
	switch {
	case !loc.found:
		return viewFake
	case deepStd[p], analyzers.IsSDKCore(p):
		return viewDecls
	case loc.local:
		return viewConsts
	}
	return viewFake
}

type loader struct {
	env   goEnv
	bctx  build.Context
	fset  *token.FileSet
	sizes types.Sizes
	mods  *modules

	mu      sync.Mutex // held while loading imports (they load one at a time)
	cache   map[importKey]*types.Package
	loading map[importKey]bool

	// What could not be had, for the run's notices.
	missingSDK map[string]bool // SDK import paths with no source here
}

type importKey struct {
	dir  string // resolved directory ("" for a fake)
	path string
	view view
}

func newLoader(env goEnv) *loader {
	return &loader{
		env: env, bctx: env.buildContext(), fset: token.NewFileSet(),
		sizes: types.SizesFor("gc", env.GOARCH), mods: newModules(env),
		cache: map[importKey]*types.Package{}, loading: map[importKey]bool{},
		missingSDK: map[string]bool{},
	}
}

// importer resolves imports for a package of module m; under, if set, is
// the package an external test package tests, type-checked in full.
type importer struct {
	l     *loader
	m     *module
	under *types.Package
}

func (im importer) Import(p string) (*types.Package, error) {
	if p == "unsafe" {
		return types.Unsafe, nil
	}
	if im.under != nil && p == im.under.Path() {
		return im.under, nil
	}
	im.l.mu.Lock()
	defer im.l.mu.Unlock()
	return im.l.importLocked(im.m, p), nil
}

func (l *loader) importLocked(m *module, p string) *types.Package {
	if p == "unsafe" {
		return types.Unsafe
	}
	loc := l.mods.resolve(m, p)
	v := viewOf(p, loc)
	if !loc.found && analyzers.IsSDKCore(p) {
		l.missingSDK[p] = true
	}
	k := importKey{path: p, view: v}
	if v != viewFake {
		k.dir = loc.dir
	}
	if pkg, ok := l.cache[k]; ok {
		return pkg
	}
	if v == viewFake || l.loading[k] {
		pkg := l.fake(p, loc)
		if v == viewFake {
			l.cache[k] = pkg
		}
		return pkg
	}
	l.loading[k] = true
	defer delete(l.loading, k)
	pkg := l.checkView(p, loc.dir, v)
	l.cache[k] = pkg
	return pkg
}

// fake is an empty package for p. Its name is the one its source
// declares when the source is here, else a guess from the path.
func (l *loader) fake(p string, loc location) *types.Package {
	name := ""
	if loc.found {
		name = l.packageName(loc.dir)
	}
	if name == "" {
		name = analyzers.DefaultName(p)
	}
	return types.NewPackage(p, name) // never marked complete
}

// packageName reads the package clause of the first Go file of dir.
func (l *loader) packageName(dir string) string {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return ""
	}
	for _, e := range ents {
		n := e.Name()
		if !strings.HasSuffix(n, ".go") || strings.HasSuffix(n, "_test.go") || !e.Type().IsRegular() {
			continue
		}
		data, err := readHead(filepath.Join(dir, n))
		if err != nil {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), n, data, parser.PackageClauseOnly)
		if err == nil && f.Name != nil && f.Name.Name != "documentation" {
			return f.Name.Name
		}
	}
	return ""
}

// readHead reads the start of a file, enough for its package clause.
func readHead(path string) ([]byte, error) {
	f, _, err := safefile.Open(path, goFileKind)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	buf := make([]byte, 16<<10)
	n, err := io.ReadFull(f, buf)
	if err == io.ErrUnexpectedEOF || err == io.EOF {
		err = nil
	}
	return buf[:n], err
}

// checkView type-checks the non-test files of the package in dir in
// view v. Errors are expected (fake imports) and dropped.
func (l *loader) checkView(p, dir string, v view) *types.Package {
	m := l.mods.of(dir)
	if isStd(p) {
		m = nil
	}
	files, _ := l.packageFiles(dir, false)
	var syntax []*ast.File
	name := ""
	for _, sf := range files {
		if sf.xtest || sf.test {
			continue
		}
		if v == viewConsts && !bytes.Contains(sf.data, []byte("const")) {
			continue // nothing this view keeps (only imports, for nothing)
		}
		f, _ := parser.ParseFile(l.fset, sf.name, sf.data, parser.SkipObjectResolution)
		if f == nil {
			continue
		}
		if name == "" {
			name = f.Name.Name
		} else if f.Name.Name != name {
			continue
		}
		trim(f, v)
		syntax = append(syntax, f)
	}
	if len(syntax) == 0 {
		return l.fake(p, location{dir: dir, found: true})
	}
	conf := types.Config{
		Importer:    lockedImporter{l, m},
		Error:       func(error) {},
		FakeImportC: true,
		Sizes:       l.sizes,
		GoVersion:   l.goVersion(m),
	}
	pkg, _ := conf.Check(p, l.fset, syntax, nil)
	if pkg == nil {
		pkg = types.NewPackage(p, name)
	}
	return pkg
}

// lockedImporter imports while the loader's lock is already held (a view
// being loaded imports its own dependencies).
type lockedImporter struct {
	l *loader
	m *module
}

func (im lockedImporter) Import(p string) (*types.Package, error) {
	return im.l.importLocked(im.m, p), nil
}

// trim drops what view v does not need: function bodies (decls), or all
// but imports, consts and types (consts).
func trim(f *ast.File, v view) {
	switch v {
	case viewDecls:
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok {
				fd.Body = nil
			}
		}
	case viewConsts:
		// Consts, and the types they are declared with (const X Kind =
		// "…"): a package's other types can be large (generated API
		// structs) and no constant needs them.
		used := map[string]bool{}
		for _, d := range f.Decls {
			if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.CONST {
				for _, sp := range gd.Specs {
					if vs, ok := sp.(*ast.ValueSpec); ok && vs.Type != nil {
						if id, ok := vs.Type.(*ast.Ident); ok {
							used[id.Name] = true
						}
					}
				}
			}
		}
		// Every other exported name stays declared, as a placeholder
		// variable: a use of it is then an ordinary type error, where a
		// missing name makes go/types search the package's scope ignoring
		// case for its error message, sorting the scope each time (a third
		// of the CPU of cloudflare-go's analysis).
		var dropped []*ast.Ident
		drop := func(id *ast.Ident) {
			if id != nil && id.IsExported() {
				dropped = append(dropped, ast.NewIdent(id.Name))
			}
		}
		keep := f.Decls[:0]
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok {
				if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil {
					drop(fd.Name)
				}
				continue
			}
			switch gd.Tok {
			case token.IMPORT, token.CONST:
				keep = append(keep, d)
			case token.VAR:
				for _, sp := range gd.Specs {
					for _, id := range sp.(*ast.ValueSpec).Names {
						drop(id)
					}
				}
			case token.TYPE:
				specs := gd.Specs[:0]
				for _, sp := range gd.Specs {
					if ts, ok := sp.(*ast.TypeSpec); ok && used[ts.Name.Name] {
						specs = append(specs, sp)
					} else if ok {
						drop(ts.Name)
					}
				}
				if len(specs) > 0 {
					gd.Specs = specs
					keep = append(keep, d)
				}
			}
		}
		if len(dropped) > 0 {
			keep = append(keep, &ast.GenDecl{Tok: token.VAR, Specs: []ast.Spec{
				&ast.ValueSpec{Names: dropped, Type: ast.NewIdent("int")},
			}})
		}
		f.Decls = pruneImports(keep)
	}
}

// pruneImports keeps the imports that what is left of a file refers to:
// a consts view must not load, in turn, every package its file imports
// (cloudflare-go v6's root package imports each of its ~100 services).
func pruneImports(decls []ast.Decl) []ast.Decl {
	used := map[string]bool{}
	for _, d := range decls {
		if gd, ok := d.(*ast.GenDecl); ok && gd.Tok != token.IMPORT {
			ast.Inspect(gd, func(n ast.Node) bool {
				if sel, ok := n.(*ast.SelectorExpr); ok {
					if id, ok := sel.X.(*ast.Ident); ok {
						used[id.Name] = true
					}
				}
				return true
			})
		}
	}
	out := decls[:0]
	for _, d := range decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.IMPORT {
			out = append(out, d)
			continue
		}
		specs := gd.Specs[:0]
		for _, sp := range gd.Specs {
			is := sp.(*ast.ImportSpec)
			path, _ := unquote(is.Path.Value)
			name := analyzers.DefaultName(path)
			if is.Name != nil {
				name = is.Name.Name
			}
			last := path[strings.LastIndexByte(path, '/')+1:]
			if used[name] || (is.Name == nil && usedPrefix(used, last)) {
				specs = append(specs, sp)
			}
		}
		if len(specs) > 0 {
			gd.Specs = specs
			out = append(out, d)
		}
	}
	return out
}

// usedPrefix reports whether a used name is a prefix of an import path's
// last element (gopkg.in/yaml.v3 is yaml), when the guess from the path
// may not be the package's name.
func usedPrefix(used map[string]bool, last string) bool {
	for n := range used {
		if strings.HasPrefix(last, n) || strings.HasPrefix(strings.TrimPrefix(last, "go-"), n) {
			return true
		}
	}
	return false
}

func (l *loader) goVersion(m *module) string {
	if m == nil || m.goVersion == "" {
		return ""
	}
	// Language versions compare: go 1.26.0 in go.mod is go1.26, which a
	// go1.26.8 type checker knows.
	v := version.Lang("go" + m.goVersion)
	if v == "" || version.Compare(v, version.Lang(runtime.Version())) > 0 {
		return ""
	}
	return v
}

// srcFile is a Go file of a package directory that matches the build
// configuration.
type srcFile struct {
	name        string // absolute path
	data        []byte
	test, xtest bool // _test.go in the package / in package x_test
}

// packageFiles reads the Go files of dir that the build configuration
// selects, sorted by name. Unreadable files are returned as problems.
func (l *loader) packageFiles(dir string, tests bool) ([]srcFile, []string) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, []string{filepath.Base(dir) + ": " + errText(err)}
	}
	var out []srcFile
	var problems []string
	for _, e := range ents {
		n := e.Name()
		if !strings.HasSuffix(n, ".go") || e.IsDir() {
			continue
		}
		test := strings.HasSuffix(n, "_test.go")
		if test && !tests {
			continue
		}
		path := filepath.Join(dir, n)
		data, err := safefile.ReadFile(path, goFileKind)
		if err != nil {
			if !e.Type().IsRegular() && e.Type()&os.ModeSymlink == 0 {
				continue
			}
			problems = append(problems, n+": "+errText(err))
			continue
		}
		if !l.matchFile(dir, n, data) {
			continue
		}
		sf := srcFile{name: path, data: data, test: test}
		if test {
			if name := clauseName(data); strings.HasSuffix(name, "_test") {
				sf.xtest, sf.test = true, false
			}
		}
		out = append(out, sf)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].name < out[j].name })
	return out, problems
}

// matchFile reports whether the build configuration includes the file
// (name suffixes, //go:build lines, cgo), as the go command decides.
func (l *loader) matchFile(dir, name string, data []byte) bool {
	c := l.bctx
	c.OpenFile = func(string) (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(data)), nil }
	c.JoinPath = filepath.Join
	c.IsDir = func(string) bool { return true }
	c.HasSubdir = func(string, string) (string, bool) { return "", false }
	c.ReadDir = func(string) ([]os.FileInfo, error) { return nil, nil }
	ok, err := c.MatchFile(dir, name)
	return ok && err == nil
}

func clauseName(data []byte) string {
	f, err := parser.ParseFile(token.NewFileSet(), "", data, parser.PackageClauseOnly)
	if err != nil || f.Name == nil {
		return ""
	}
	return f.Name.Name
}

// errText is an error's kind without its path (the caller names the file).
func errText(err error) string {
	switch {
	case err == nil:
		return ""
	case os.IsNotExist(err):
		return "no such file"
	case os.IsPermission(err):
		return "permission denied"
	}
	for _, e := range []error{safefile.ErrNotRegular, safefile.ErrTooLarge, safefile.ErrSymlink} {
		if errors.Is(err, e) {
			return e.Error()
		}
	}
	return "cannot read"
}
