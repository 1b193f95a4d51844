package lint

import (
	"crypto/sha256"
	"encoding/hex"
	"path/filepath"
	"slices"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/cfauthlint/cfauthlint/internal/config"
)

// configs are the .cfauthlint.yaml files that govern the files analysed
// (each file's nearest, up to the git root), as cfauthlint scan finds
// them: go vet -vettool and the golangci-lint plugin honour the same
// config. One set per process: vet runs a process per package, the plugin
// many packages in one.
var configs = sync.OnceValue(func() *config.Set {
	s, _ := config.NewSet("") // no explicit file: cannot fail
	return s
})

// usesConfig reports whether the analyzer applies the config files itself:
// not for a driver that applies suppressions and config itself
// (cfauthlint scan sets NoDirectives).
func (o *Options) usesConfig() bool { return !o.NoDirectives }

// ForPass returns the options for pass: the extra hosts of the configs
// governing its files added. It fails on a malformed config file, as
// cfauthlint scan does (exit 2), so that no run passes with it ignored.
func (o *Options) ForPass(pass *analysis.Pass) (*Options, error) {
	if !o.usesConfig() {
		return o, nil
	}
	out := *o
	for _, f := range pass.Files {
		name := pass.Fset.File(f.FileStart).Name()
		if !filepath.IsAbs(name) {
			continue
		}
		for _, h := range configs().ForFile(name).Hosts {
			if !slices.Contains(out.ExtraHosts, h) {
				out.ExtraHosts = append(out.ExtraHosts, h)
			}
		}
	}
	if err := configs().Err(); err != nil {
		return nil, err
	}
	return &out, nil
}

// configDrops reports whether the config governing filename drops a
// finding of rule id there: the rule disabled (by the config or in
// Options.Disable), the file excluded, not included, or in allow.paths, or
// the secret value (when given) in allow.values.
func (o *Options) configDrops(id, filename string, value []byte) bool {
	if slices.Contains(o.Disable, id) {
		return true
	}
	if !o.usesConfig() || !filepath.IsAbs(filename) {
		return false
	}
	cfg := configs().ForFile(filename)
	if cfg == config.Default {
		return false
	}
	if cfg.Disabled(id) {
		return true
	}
	if rel, err := filepath.Rel(cfg.Dir(), filename); err == nil {
		if rel := filepath.ToSlash(rel); cfg.Filters(rel) || cfg.AllowedPath(rel) {
			return true
		}
	}
	if value != nil {
		sum := sha256.Sum256(value)
		return cfg.AllowedValue(hex.EncodeToString(sum[:]))
	}
	return false
}
