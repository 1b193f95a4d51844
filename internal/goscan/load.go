package goscan

import (
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/scanner"
	"go/token"
	"go/types"
	"io"
	"os"
	"runtime"
	"strings"
	"sync"

	"golang.org/x/tools/go/packages"
)

// listMode asks the go command for the package graph and the export data
// of every package (from the build cache), but parses and type-checks
// nothing: type-checking is done here, once per package that go vet would
// analyse, against its dependencies' export data, as go vet does.
const listMode = packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles |
	packages.NeedImports | packages.NeedDeps | packages.NeedExportFile | packages.NeedForTest | packages.NeedModule

// load lists the packages of patterns in the module at root and
// type-checks the ones to analyse.
func load(root string, patterns, env []string, fset *token.FileSet, keep func(*packages.Package) bool) ([]*packages.Package, error) {
	cfg := &packages.Config{Mode: listMode, Dir: root, Tests: true, Env: env, Fset: fset}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		return nil, err
	}
	var roots []*packages.Package
	for _, p := range selectPackages(pkgs) {
		if keep(p) {
			roots = append(roots, p)
		}
	}
	sizes := types.SizesFor("gc", goarch(env))
	work := make(chan *packages.Package)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), max(1, len(roots))) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := range work {
				typeCheck(p, fset, sizes)
			}
		}()
	}
	for _, p := range roots {
		work <- p
	}
	close(work)
	wg.Wait()
	return roots, nil
}

func goarch(env []string) string {
	for i := len(env) - 1; i >= 0; i-- {
		if v, ok := strings.CutPrefix(env[i], "GOARCH="); ok && v != "" {
			return v
		}
	}
	return runtime.GOARCH
}

// typeCheck parses p's files and type-checks them, importing dependencies
// from their export data. Errors are recorded in p.Errors; p is always
// left analysable (IllTyped when something failed).
func typeCheck(p *packages.Package, fset *token.FileSet, sizes types.Sizes) {
	p.Fset = fset
	p.TypesSizes = sizes
	if len(p.Errors) > 0 {
		p.IllTyped = true
	}
	for _, name := range p.CompiledGoFiles {
		f, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
		if f != nil {
			p.Syntax = append(p.Syntax, f)
		}
		if err != nil {
			p.IllTyped = true
			if list, ok := err.(scanner.ErrorList); ok && len(list) > 0 {
				p.Errors = append(p.Errors, packages.Error{Pos: list[0].Pos.String(), Msg: list[0].Msg, Kind: packages.ParseError})
			} else {
				p.Errors = append(p.Errors, packages.Error{Msg: err.Error(), Kind: packages.ParseError})
			}
		}
	}
	// The export files of p's dependency closure, by package path: a
	// closure holds one variant of each path (a test variant replaces the
	// package it extends).
	exports := map[string]string{}
	var walk func(q *packages.Package)
	walk = func(q *packages.Package) {
		for _, d := range q.Imports {
			if _, seen := exports[d.PkgPath]; !seen {
				exports[d.PkgPath] = d.ExportFile
				walk(d)
			}
		}
	}
	walk(p)
	gc := importer.ForCompiler(fset, "gc", func(path string) (io.ReadCloser, error) {
		f := exports[path]
		if f == "" {
			return nil, fmt.Errorf("no export data for %s", path)
		}
		return os.Open(f)
	})
	conf := types.Config{
		Importer: importerFunc(func(path string) (*types.Package, error) {
			if path == "unsafe" {
				return types.Unsafe, nil
			}
			dep := p.Imports[path]
			if dep == nil {
				return nil, fmt.Errorf("cannot find package %q", path)
			}
			return gc.Import(dep.PkgPath)
		}),
		Sizes: sizes,
		Error: func(err error) {
			p.IllTyped = true
			if te, ok := err.(types.Error); ok {
				if !te.Soft || len(p.TypeErrors) == 0 {
					p.TypeErrors = append(p.TypeErrors, te)
					p.Errors = append(p.Errors, packages.Error{Pos: te.Fset.Position(te.Pos).String(), Msg: te.Msg, Kind: packages.TypeError})
				}
			}
		},
	}
	if p.Module != nil && p.Module.GoVersion != "" {
		conf.GoVersion = "go" + p.Module.GoVersion
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
	p.Types, _ = conf.Check(p.PkgPath, fset, p.Syntax, p.TypesInfo)
	if p.Types == nil {
		p.Types = types.NewPackage(p.PkgPath, p.Name)
		p.IllTyped = true
	}
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }
