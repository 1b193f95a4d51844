package cli

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/cfauthlint/cfauthlint/internal/config"
	"github.com/cfauthlint/cfauthlint/internal/finding"
	"github.com/cfauthlint/cfauthlint/internal/scanner"
	"github.com/cfauthlint/cfauthlint/internal/terraform"
	"github.com/cfauthlint/cfauthlint/rules"
)

// configs is the run's view of its config files: each file is governed by
// the nearest one (config.Set), found from the file's place in the work
// tree, whatever the order of the PATH arguments or the directory
// cfauthlint runs from.
type configs struct {
	set *config.Set
	wd  string // the working directory: walker paths are relative to it
	// top, for --staged and --history, is the work tree that repository
	// paths (which findings then carry) are relative to.
	top string

	mu      sync.Mutex
	filters map[*config.Config]*scanner.ConfigFilter
}

func newConfigs(explicit string) (*configs, error) {
	set, err := config.NewSet(explicit)
	if err != nil {
		return nil, err
	}
	wd, err := os.Getwd()
	if err != nil {
		return nil, err
	}
	return &configs{set: set, wd: wd, filters: map[*config.Config]*scanner.ConfigFilter{}}, nil
}

// shown is a config error with the file's path as the walker shows paths:
// relative to the working directory when inside it.
func (c *configs) shown(err error) error {
	var ce *config.Error
	if errors.As(err, &ce) && filepath.IsAbs(ce.Path) {
		if rel, rerr := filepath.Rel(c.wd, ce.Path); rerr == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			ce.Path = rel
		}
	}
	return err
}

// abs is the file a finding's path names.
func (c *configs) abs(p string) string {
	p = filepath.FromSlash(p)
	switch {
	case filepath.IsAbs(p):
		return p
	case c.top != "":
		return filepath.Join(c.top, p)
	}
	return filepath.Join(c.wd, p)
}

// forPath is the config governing the file a finding's path names.
func (c *configs) forPath(p string) *config.Config { return c.set.ForFile(c.abs(p)) }

// filter is the scanner's view of the config governing dir.
// With --config the scanner has the file's globs among its own (globs).
func (c *configs) filter(dir string) *scanner.ConfigFilter {
	if c.set.Explicit() {
		return nil
	}
	cfg := c.set.ForDir(dir)
	if cfg == config.Default {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	f, ok := c.filters[cfg]
	if !ok {
		f = &scanner.ConfigFilter{Dir: cfg.Dir(), Include: cfg.Include, Exclude: cfg.Exclude}
		c.filters[cfg] = f
	}
	return f
}

// globs returns the scanner's include and exclude globs, and the further
// directory they are matched relative to: the flags', and with --config
// that file's, matched as the flags are (the displayed path, the path
// relative to the PATH argument) and relative to the file's directory.
func (c *configs) globs(sf *scanFlags) (include, exclude []string, base string) {
	include, exclude = sf.include, sf.exclude
	if c.set.Explicit() {
		cfg := c.set.ForDir(c.wd)
		include = append(append([]string(nil), cfg.Include...), include...)
		exclude = append(append([]string(nil), cfg.Exclude...), exclude...)
		base = cfg.Dir()
	}
	return include, exclude, base
}

// hosts are the extra API hosts for the file a path names.
func (c *configs) hosts(p string) []string { return c.forPath(p).Hosts }

// rel is p relative to cfg's directory, "" when outside it.
func (c *configs) rel(cfg *config.Config, p string) string {
	dir := cfg.Dir()
	if dir == "" {
		return ""
	}
	rel, err := filepath.Rel(dir, c.abs(p))
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return ""
	}
	return filepath.ToSlash(rel)
}

// allowedPath reports whether the config governing p accepts the file as
// a whole (allow.paths, relative to the config's directory).
// With --config, the displayed path counts too (as for its globs).
func (c *configs) allowedPath(cfg *config.Config, p string) bool {
	if c.set.Explicit() && cfg.AllowedPath(p) {
		return true
	}
	rel := c.rel(cfg, p)
	return rel != "" && cfg.AllowedPath(rel)
}

// apply drops the findings of disabled rules (each file's config, and
// --disable, less --enable) and of allow-listed values and paths, and
// applies per-rule severity.
func (c *configs) apply(sf *scanFlags, fs []finding.Finding) []finding.Finding {
	out := fs[:0]
	for _, f := range fs {
		cfg := c.forPath(f.Path)
		if sf.ruleOff(cfg, f.RuleID) || c.allowedPath(cfg, f.Path) {
			continue
		}
		if r := rules.ByID(f.RuleID); r != nil && r.Secret && cfg.AllowedValue(f.ValueHash) {
			continue
		}
		if sev, ok := cfg.Severity[f.RuleID]; ok {
			f.Level = sev
		}
		out = append(out, f)
	}
	return out
}

// unreported sums the findings left out of files over the scanner's cap,
// but for files their config accepts (allow.paths) as a whole.
func (c *configs) unreported(byPath map[string]int) int {
	n := 0
	for p, k := range byPath {
		if !c.allowedPath(c.forPath(p), p) {
			n += k
		}
	}
	return n
}

// terraform is the Terraform check with each file's config hosts.
type terraformCheck struct{ c *configs }

func (t terraformCheck) Wants(p string) bool { return terraform.New(nil).Wants(p) }

func (t terraformCheck) Check(p string, data []byte) ([]finding.Finding, []finding.Notice) {
	return terraform.New(t.c.hosts(p)).Check(p, data)
}
