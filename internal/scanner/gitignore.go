package scanner

import (
	"bufio"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
)

// ignoreRule is one line of a .gitignore, translated to a doublestar pattern
// relative to the directory (base) that holds the file.
type ignoreRule struct {
	base    string // slash path of the .gitignore's directory, relative to the walk root's repository; "" at the top
	pattern string
	negate  bool
	dirOnly bool
}

// ignoreSet is the ordered list of rules in force for a directory: parents'
// rules first, so that the last matching rule wins as in git.
type ignoreSet struct {
	rules []ignoreRule
}

// parseGitignore reads a .gitignore (or info/exclude) file for base.
func parseGitignore(file, base string) []ignoreRule {
	f, err := os.Open(file)
	if err != nil {
		return nil
	}
	defer f.Close()
	var out []ignoreRule
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 4096), 1<<20)
	for sc.Scan() {
		if r, ok := parseIgnoreLine(sc.Text(), base); ok {
			out = append(out, r)
		}
	}
	return out
}

func parseIgnoreLine(line, base string) (ignoreRule, bool) {
	line = strings.TrimSuffix(line, "\r")
	// Trailing spaces are ignored unless escaped.
	for strings.HasSuffix(line, " ") && !strings.HasSuffix(line, "\\ ") {
		line = line[:len(line)-1]
	}
	if line == "" || strings.HasPrefix(line, "#") {
		return ignoreRule{}, false
	}
	r := ignoreRule{base: base}
	if strings.HasPrefix(line, "!") {
		r.negate = true
		line = line[1:]
	} else if strings.HasPrefix(line, `\!`) || strings.HasPrefix(line, `\#`) {
		line = line[1:]
	}
	if strings.HasSuffix(line, "/") {
		r.dirOnly = true
		line = strings.TrimRight(line, "/")
	}
	if line == "" {
		return ignoreRule{}, false
	}
	if strings.Contains(line, "/") {
		line = strings.TrimPrefix(line, "/")
	} else {
		line = "**/" + line
	}
	if !doublestar.ValidatePattern(line) {
		return ignoreRule{}, false
	}
	r.pattern = line
	return r, true
}

// with returns the set extended by the rules of dir's .gitignore, if any.
func (s *ignoreSet) with(dirAbs, base string) *ignoreSet {
	more := parseGitignore(filepath.Join(dirAbs, ".gitignore"), base)
	if len(more) == 0 {
		return s
	}
	n := &ignoreSet{rules: make([]ignoreRule, 0, len(s.rules)+len(more))}
	n.rules = append(append(n.rules, s.rules...), more...)
	return n
}

// ignored reports whether rel (slash path relative to the repository top) is
// ignored.
func (s *ignoreSet) ignored(rel string, isDir bool) bool {
	if s == nil {
		return false
	}
	ignored := false
	for i := range s.rules {
		r := &s.rules[i]
		if r.dirOnly && !isDir {
			continue
		}
		sub := rel
		if r.base != "" {
			if !strings.HasPrefix(rel, r.base+"/") {
				continue
			}
			sub = rel[len(r.base)+1:]
		}
		if ok, _ := doublestar.Match(r.pattern, sub); ok && !r.matchesOnlyDir(sub) {
			ignored = !r.negate
		}
	}
	return ignored
}

// matchesOnlyDir reports whether a "dir/**" rule matched dir itself: in git
// it matches only what is inside (so "!dir/keep" can re-include a file),
// while doublestar's "dir/**" also matches "dir".
func (r *ignoreRule) matchesOnlyDir(sub string) bool {
	prefix, ok := strings.CutSuffix(r.pattern, "/**")
	if !ok {
		return false
	}
	self, _ := doublestar.Match(prefix, sub)
	return self
}

// gitTop returns the repository top containing dir (the directory holding
// .git), or "" if dir is not in a repository.
func gitTop(dir string) string {
	for {
		if _, err := os.Lstat(filepath.Join(dir, ".git")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// rootIgnores builds the ignore set in force at dirAbs: info/exclude and the
// .gitignore files from the repository top down to dirAbs's parent (the
// walker adds dirAbs's own), and returns dirAbs's slash path relative to the
// top. Outside a repository the set is empty and the path is "".
func rootIgnores(dirAbs string) (*ignoreSet, string) {
	top := gitTop(dirAbs)
	if top == "" {
		return &ignoreSet{}, ""
	}
	set := &ignoreSet{rules: parseGitignore(filepath.Join(top, ".git", "info", "exclude"), "")}
	r, err := filepath.Rel(top, dirAbs)
	if err != nil || r == "." {
		return set, ""
	}
	rel := filepath.ToSlash(r)
	set = set.with(top, "")
	parts := strings.Split(rel, "/")
	cur := ""
	for _, part := range parts[:len(parts)-1] {
		cur = path.Join(cur, part)
		set = set.with(filepath.Join(top, filepath.FromSlash(cur)), cur)
	}
	return set, rel
}
