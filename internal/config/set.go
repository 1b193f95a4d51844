package config

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
)

// FileNames are the names a config file may have, in the order looked
// for; a directory holding both is an error, never a silent choice.
var FileNames = []string{FileName, ".cfauthlint.yml"}

// Set finds the config that governs each file: the nearest config file in
// the file's directory or above it, up to the repository root (the
// directory holding .git) or the filesystem root, as .gitignore files
// work. The nearest config replaces those above it (nothing is merged).
// With an explicit file (--config), that one config governs every file.
// A Set is safe for concurrent use.
type Set struct {
	explicit *Config

	mu   sync.Mutex
	dirs map[string]*Config // absolute directory → governing config
	err  error              // the first load error

	// asked is dirs by the spelling a caller asked for, read without the
	// lock: the scanner asks for every file's directory, and cleaning each
	// path and taking the lock was a tenth of a scan of Go's source tree.
	asked sync.Map // directory as given → *Config
}

// Default is the configuration of a file that no config file governs.
var Default = &Config{}

// NewSet returns a Set; explicit, when not "", is the --config file.
func NewSet(explicit string) (*Set, error) {
	s := &Set{dirs: map[string]*Config{}}
	if explicit != "" {
		c, err := Load(explicit)
		if err != nil {
			return nil, err
		}
		s.explicit = c
	}
	return s, nil
}

// Explicit reports whether one --config file governs every file.
func (s *Set) Explicit() bool { return s.explicit != nil }

// Err is the first error met loading a config file the scan needed (a
// malformed nested config): the run must not pass while it is there.
func (s *Set) Err() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.err
}

// ForDir returns the config governing the files of the absolute directory
// dir (Default when none; Default too, with Err set, when the governing
// file is malformed).
func (s *Set) ForDir(dir string) *Config {
	if s.explicit != nil {
		return s.explicit
	}
	if c, ok := s.asked.Load(dir); ok {
		return c.(*Config)
	}
	s.mu.Lock()
	c := s.forDir(filepath.Clean(dir))
	s.mu.Unlock()
	s.asked.Store(dir, c)
	return c
}

// ForFile returns the config governing the file at the absolute path p.
func (s *Set) ForFile(p string) *Config {
	// What precedes the last separator names the directory filepath.Dir
	// would clean it to.
	if i := strings.LastIndexByte(p, filepath.Separator); i > 0 && filepath.Separator == '/' && s.explicit == nil {
		if c, ok := s.asked.Load(p[:i]); ok {
			return c.(*Config)
		}
	}
	return s.ForDir(filepath.Dir(p))
}

func (s *Set) forDir(dir string) *Config {
	if c, ok := s.dirs[dir]; ok {
		return c
	}
	c, found := s.load(dir)
	if !found {
		parent := filepath.Dir(dir)
		if _, err := os.Lstat(filepath.Join(dir, ".git")); err == nil || parent == dir {
			c = Default // the repository root or the filesystem root
		} else {
			c = s.forDir(parent)
		}
	}
	s.dirs[dir] = c
	return c
}

// load loads the config file in dir, if there is one.
func (s *Set) load(dir string) (*Config, bool) {
	var there []string
	for _, name := range FileNames {
		if _, err := os.Stat(filepath.Join(dir, name)); err == nil {
			there = append(there, filepath.Join(dir, name))
		}
	}
	switch len(there) {
	case 0:
		return nil, false
	case 1:
		c, err := Load(there[0])
		if err != nil {
			s.fail(err)
			return Default, true
		}
		return c, true
	}
	s.fail(&Error{Path: there[0], Msg: fmt.Sprintf("%s is here too; keep one config file per directory", filepath.Base(there[1]))})
	return Default, true
}

func (s *Set) fail(err error) {
	if s.err == nil {
		s.err = err
	}
}

// Hosts returns the extra API hosts of every config loaded so far, sorted
// and without repeats.
func (s *Set) Hosts() []string {
	if s.explicit != nil {
		return s.explicit.Hosts
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	var hosts []string
	for _, c := range s.dirs {
		hosts = append(hosts, c.Hosts...)
	}
	slices.Sort(hosts)
	return slices.Compact(hosts)
}

// Dir is the absolute directory a config's globs and allow.paths are
// relative to ("" for Default).
func (c *Config) Dir() string {
	if c.dir == "" && c.Path != "" {
		if abs, err := filepath.Abs(filepath.Dir(c.Path)); err == nil {
			return abs
		}
		return filepath.Dir(c.Path)
	}
	return c.dir
}
