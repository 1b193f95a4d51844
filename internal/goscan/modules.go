package goscan

import (
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// findModules returns the modules to load and their package patterns:
// every module whose go.mod lies under a PATH (all its packages), and the
// module enclosing a PATH that is inside one (the packages under it).
// Like `go ... ./...`, go.mod files under testdata, vendor, or directories
// starting with . or _ are skipped unless a PATH names them.
func findModules(opt Options) ([]unit, error) {
	byRoot := map[string]*unit{}
	add := func(root, pattern string) {
		u := byRoot[root]
		if u == nil {
			u = &unit{root: root}
			byRoot[root] = u
		}
		for _, p := range u.patterns {
			if p == pattern || p == "./..." {
				return
			}
		}
		if pattern == "./..." {
			u.patterns = nil
		}
		u.patterns = append(u.patterns, pattern)
	}
	for _, p := range opt.Paths {
		abs, err := filepath.Abs(p)
		if err != nil {
			return nil, err
		}
		fi, err := os.Stat(abs)
		if err != nil {
			continue // the walker reports missing paths
		}
		dir := abs
		if !fi.IsDir() {
			dir = filepath.Dir(abs)
		}
		// The module enclosing the PATH.
		if root := enclosingModule(dir); root != "" {
			rel, _ := filepath.Rel(root, dir)
			switch {
			case !fi.IsDir():
				if strings.HasSuffix(abs, ".go") {
					add(root, "file="+abs)
				}
			case rel == ".":
				add(root, "./...")
			default:
				add(root, "./"+filepath.ToSlash(rel)+"/...")
			}
		}
		if !fi.IsDir() {
			continue
		}
		// Modules below the PATH.
		for _, mod := range goModsUnder(abs, opt.Files) {
			if root := filepath.Dir(mod); root != abs {
				add(root, "./...")
			}
		}
	}
	var out []unit
	for _, u := range byRoot {
		if opt.Files != nil && !hasFileUnder(opt.Files, u.root) {
			continue
		}
		out = append(out, *u)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].root < out[j].root })
	return out, nil
}

// enclosingModule returns the directory of the nearest go.mod at or above dir.
func enclosingModule(dir string) string {
	for {
		if fi, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil && fi.Mode().IsRegular() {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// skipDir reports directories the go command leaves out of ./... patterns.
func skipDir(name string) bool {
	return name == "testdata" || name == "vendor" || name == "node_modules" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")
}

// goModsUnder lists go.mod files below root: from the walker's files when
// known, else by walking.
func goModsUnder(root string, files map[string]bool) []string {
	var mods []string
	ok := func(mod string) bool {
		rel, err := filepath.Rel(root, filepath.Dir(mod))
		if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			return false
		}
		if rel == "." {
			return true
		}
		for _, el := range strings.Split(rel, string(filepath.Separator)) {
			if skipDir(el) {
				return false
			}
		}
		return true
	}
	if files != nil {
		for f := range files {
			if filepath.Base(f) == "go.mod" && ok(f) {
				mods = append(mods, f)
			}
		}
		sort.Strings(mods)
		return mods
	}
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() && p != root && skipDir(d.Name()) {
			return filepath.SkipDir
		}
		if !d.IsDir() && d.Name() == "go.mod" && ok(p) {
			mods = append(mods, p)
		}
		return nil
	})
	return mods
}

// hasFileUnder reports whether a scanned Go file lies under root.
func hasFileUnder(files map[string]bool, root string) bool {
	prefix := root + string(filepath.Separator)
	for f := range files {
		if strings.HasSuffix(f, ".go") && strings.HasPrefix(f, prefix) {
			return true
		}
	}
	return false
}
