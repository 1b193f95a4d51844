package scanner

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/bmatcuk/doublestar/v4"

	"github.com/cfauthlint/cfauthlint/internal/safefile"
)

// ignoreRule is one line of a .gitignore, translated to a doublestar pattern
// relative to the directory (base) that holds the file.
type ignoreRule struct {
	base    string // slash path of the .gitignore's directory, relative to the walk root's repository; "" at the top
	pattern string
	negate  bool
	dirOnly bool
	// prefix is base + "/" ("" at the top): what a path under base starts with.
	prefix string
	// fast, when not fastNone, matches without doublestar: most lines of a
	// real .gitignore are a name, an extension or a plain path, and
	// doublestar.Match for every rule and every file dominated the walk of a
	// large tree.
	fast    fastKind
	literal string // the name, "/"+name, suffix, prefix or path fast compares
}

type fastKind uint8

const (
	fastNone   fastKind = iota
	fastName            // "**/name": the last element is name
	fastSuffix          // "**/*.ext": the last element ends with literal
	fastPrefix          // "**/name*": the last element starts with literal
	fastPath            // "a/b": the path is literal
)

// globMeta are the bytes that make a doublestar pattern more than a literal.
const globMeta = `*?[]{}\`

// compile picks the fast matcher for the rule's pattern, if one applies.
func (r *ignoreRule) compile() {
	if r.base != "" {
		r.prefix = r.base + "/"
	}
	p := r.pattern
	name, underAny := strings.CutPrefix(p, "**/")
	switch {
	case !strings.ContainsAny(p, globMeta):
		r.fast, r.literal = fastPath, p
	case !underAny || strings.Contains(name, "/"):
	case !strings.ContainsAny(name, globMeta):
		r.fast, r.literal = fastName, name
	case strings.HasPrefix(name, "*") && !strings.ContainsAny(name[1:], globMeta):
		r.fast, r.literal = fastSuffix, name[1:]
	case strings.HasSuffix(name, "*") && !strings.ContainsAny(name[:len(name)-1], globMeta):
		r.fast, r.literal = fastPrefix, name[:len(name)-1]
	}
}

// match reports whether the rule's pattern matches sub, the path relative
// to the rule's base.
func (r *ignoreRule) match(sub string) bool {
	last := sub[strings.LastIndexByte(sub, '/')+1:]
	switch r.fast {
	case fastPath:
		return sub == r.literal
	case fastName:
		return last == r.literal
	case fastSuffix:
		return strings.HasSuffix(last, r.literal)
	case fastPrefix:
		return strings.HasPrefix(last, r.literal)
	}
	ok, _ := doublestar.Match(r.pattern, sub)
	return ok && !r.matchesOnlyDir(sub)
}

// ignoreSet is the ordered list of rules in force for a directory: parents'
// rules first, so that the last matching rule wins as in git.
type ignoreSet struct {
	rules []ignoreRule
	// tracked is what git tracks in the repository: git's ignore rules do
	// not apply to a tracked file (a *.tfstate committed before
	// .gitignore listed it, or with git add -f, is in every clone).
	tracked *trackedSet
	// onlyTracked: this directory is ignored, and walked only for the
	// tracked files under it (as git: the rest of it stays ignored).
	onlyTracked bool
}

// parseGitignore reads a .gitignore (or info/exclude, kind safefile.Exclude)
// file for base through the safe opener: a FIFO, a device or a huge file is
// not read, nor a symlinked .gitignore, which git refuses too. A missing
// file is no error; any other failure is returned (the rules read before it
// stand) for a notice: the walk then scans what that file would have
// ignored, never less.
func parseGitignore(file, base string, kind safefile.Kind) ([]ignoreRule, error) {
	data, err := safefile.ReadFile(file, kind)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, nil
		}
		return nil, err
	}
	var out []ignoreRule
	for len(data) > 0 {
		line := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			data = nil
		}
		if r, ok := parseIgnoreLine(string(line), base); ok {
			out = append(out, r)
		}
	}
	return out, nil
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
	r.compile()
	return r, true
}

// with returns the set extended by the rules of dir's .gitignore, if any,
// and the error that kept the file from being read.
func (s *ignoreSet) with(dirAbs, base string) (*ignoreSet, error) {
	more, err := parseGitignore(filepath.Join(dirAbs, ".gitignore"), base, safefile.Ignore)
	if len(more) == 0 {
		return s, err
	}
	n := &ignoreSet{rules: make([]ignoreRule, 0, len(s.rules)+len(more)), tracked: s.tracked, onlyTracked: s.onlyTracked}
	n.rules = append(append(n.rules, s.rules...), more...)
	return n, err
}

// ignored reports whether the file rel (slash path relative to the
// repository top) is ignored: a rule matches it and git does not track it.
func (s *ignoreSet) ignored(rel string) bool {
	if s == nil {
		return false
	}
	if s.onlyTracked || s.matches(rel, false) {
		return !s.tracked.hasFile(rel)
	}
	return false
}

// enter says how the walk treats the directory rel: skip it (ignored,
// nothing tracked under it), or walk it with the set it returns (s, or, for
// an ignored directory that holds tracked files, a set that admits only
// those).
func (s *ignoreSet) enter(rel string) (next *ignoreSet, skip bool) {
	if s == nil {
		return nil, false
	}
	if !s.onlyTracked && !s.matches(rel, true) {
		return s, false
	}
	if !s.tracked.hasDir(rel) {
		return nil, true
	}
	if s.onlyTracked {
		return s, false
	}
	n := *s
	n.onlyTracked = true
	return &n, false
}

// active reports whether files in a directory with this set need a check.
func (s *ignoreSet) active() bool {
	return s != nil && (s.onlyTracked || len(s.rules) > 0)
}

// matches reports whether the rules ignore rel.
func (s *ignoreSet) matches(rel string, isDir bool) bool {
	ignored := false
	for i := range s.rules {
		r := &s.rules[i]
		if r.dirOnly && !isDir {
			continue
		}
		sub, under := strings.CutPrefix(rel, r.prefix)
		if !under {
			continue
		}
		if ignored != !r.negate && r.match(sub) {
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

// gitCommonDir is the git directory of the work tree at top that holds
// info/exclude: top/.git, or, where .git is a file (a linked worktree, a
// submodule: "gitdir: <dir>"), the directory it names, or that one's common
// directory (a worktree's "commondir" file).
func gitCommonDir(top string) string {
	dotgit := filepath.Join(top, ".git")
	fi, err := os.Lstat(dotgit)
	if err != nil || fi.IsDir() || !fi.Mode().IsRegular() || fi.Size() > 4096 {
		return dotgit
	}
	data, err := os.ReadFile(dotgit)
	if err != nil {
		return dotgit
	}
	gitdir, ok := strings.CutPrefix(strings.TrimSpace(string(data)), "gitdir:")
	if !ok {
		return dotgit
	}
	gitdir = strings.TrimSpace(gitdir)
	if !filepath.IsAbs(gitdir) {
		gitdir = filepath.Join(top, gitdir)
	}
	if c, err := os.ReadFile(filepath.Join(gitdir, "commondir")); err == nil && len(c) < 4096 {
		common := strings.TrimSpace(string(c))
		if !filepath.IsAbs(common) {
			common = filepath.Join(gitdir, common)
		}
		return filepath.Clean(common)
	}
	return gitdir
}

// rootIgnores builds the ignore set in force at dirAbs: info/exclude and the
// .gitignore files from the repository top down to dirAbs's parent (the
// walker adds dirAbs's own), and returns dirAbs's slash path relative to the
// top. Outside a repository the set is empty and the path is "". The
// ignore files that could not be read are reported through bad.
func rootIgnores(dirAbs string, bad func(file string, err error)) (*ignoreSet, string) {
	top := gitTop(dirAbs)
	if top == "" {
		return &ignoreSet{}, ""
	}
	exclude := filepath.Join(gitCommonDir(top), "info", "exclude")
	rules, err := parseGitignore(exclude, "", safefile.Exclude)
	if err != nil {
		bad(exclude, err)
	}
	set := &ignoreSet{rules: rules, tracked: &trackedSet{top: top}}
	r, err := filepath.Rel(top, dirAbs)
	if err != nil || r == "." {
		return set, ""
	}
	rel := filepath.ToSlash(r)
	with := func(dir, base string) {
		var err error
		if set, err = set.with(dir, base); err != nil {
			bad(filepath.Join(dir, ".gitignore"), err)
		}
	}
	with(top, "")
	parts := strings.Split(rel, "/")
	cur := ""
	for _, part := range parts[:len(parts)-1] {
		cur = path.Join(cur, part)
		with(filepath.Join(top, filepath.FromSlash(cur)), cur)
	}
	return set, rel
}
