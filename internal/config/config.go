// Package config loads .cfauthlint.yaml.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
	"gopkg.in/yaml.v3"

	"github.com/cfauthlint/cfauthlint/internal/safefile"
	"github.com/cfauthlint/cfauthlint/rules"
)

// FileName is the config file discovered by walking up to the git root.
const FileName = ".cfauthlint.yaml"

// Config is the parsed file. The zero value is the default configuration.
type Config struct {
	Include  []string          `yaml:"include"`  // doublestar globs; when set, only matching files are scanned
	Exclude  []string          `yaml:"exclude"`  // doublestar globs of files and directories to skip
	Disable  []string          `yaml:"disable"`  // rule ids that never report
	Severity map[string]string `yaml:"severity"` // rule id → error, warning or note
	Allow    Allow             `yaml:"allow"`
	Hosts    []string          `yaml:"hosts"` // extra Cloudflare API hosts (e.g. an internal gateway)

	// Path is the file the config came from, "" for the default.
	Path string `yaml:"-"`
	dir  string // the absolute directory of Path (Load)
}

// Allow lists accepted values and paths.
type Allow struct {
	Values []string `yaml:"values"` // SHA-256 (hex) of matched values, as in JSON output's value_sha256
	Paths  []string `yaml:"paths"`  // doublestar globs of files whose findings are accepted
}

// Error is a config error with the file and line it is about.
type Error struct {
	Path string
	Line int
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.Path, e.Msg)
}

// Discover looks for FileName in dir and its parents, stopping at the
// directory that holds .git (the repository root) or the filesystem root.
// It returns "" when there is none.
func Discover(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for {
		p := filepath.Join(dir, FileName)
		if _, err := os.Stat(p); err == nil {
			return p, nil
		}
		if _, err := os.Lstat(filepath.Join(dir, ".git")); err == nil {
			return "", nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}

// Load reads and validates a config file, through the safe opener: a FIFO
// or device (a pull request controls the file) is an error, never a hang,
// and so is a file over safefile.Config's cap.
func Load(path string) (*Config, error) {
	data, err := safefile.ReadFile(path, safefile.Config)
	if err != nil {
		return nil, &Error{Path: path, Msg: "cannot read config: " + pathErrText(err)}
	}
	c, err := Parse(path, data)
	if err != nil {
		return nil, err
	}
	if c.dir, err = filepath.Abs(filepath.Dir(path)); err != nil {
		c.dir = filepath.Dir(path)
	}
	return c, nil
}

// pathErrText is an error's text without the path (the Error carries it).
func pathErrText(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

var lineRE = regexp.MustCompile(`^(?:yaml: )?line (\d+): (.*)$`)

// Parse parses config bytes; path is used in error messages.
func Parse(path string, data []byte) (*Config, error) {
	c := &Config{Path: path}
	// The node tree first: its parse is linear, and duplicate keys are
	// found here with a map; yaml.v3's decoder reports them by comparing
	// every key with every earlier one, one error each (a file of 3,000
	// repeated keys took seconds, a large one minutes).
	var node yaml.Node
	if err := yaml.Unmarshal(data, &node); err != nil {
		return nil, syntaxLine(yamlError(path, err), data)
	}
	if err := duplicateKeys(path, &node); err != nil {
		return nil, err
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(c); err != nil {
		if errors.Is(err, io.EOF) {
			return c, nil
		}
		return nil, syntaxLine(yamlError(path, err), data)
	}
	// A second document (after ---) would otherwise be ignored silently.
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil && len(extra.Content) > 0 && extra.Content[0].Tag != "!!null" {
		return nil, &Error{Path: path, Line: extra.Content[0].Line, Msg: "a second YAML document (after ---) would be ignored; put all settings in one document"}
	}
	return c, c.validate(&node)
}

// duplicateKeys reports the first mapping key written twice in the same
// mapping, in time linear in the tree (iteratively: no recursion depth).
func duplicateKeys(path string, root *yaml.Node) error {
	stack := []*yaml.Node{root}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Kind == yaml.MappingNode {
			first := map[string]int{}
			for i := 0; i+1 < len(n.Content); i += 2 {
				k := n.Content[i]
				if k.Kind != yaml.ScalarNode {
					continue
				}
				if line, dup := first[k.Value]; dup {
					return &Error{Path: path, Line: k.Line, Msg: fmt.Sprintf("key %s is already set at line %d", rules.QuoteName(k.Value), line)}
				}
				first[k.Value] = k.Line
			}
		}
		stack = append(stack, n.Content...)
	}
	return nil
}

func yamlError(path string, err error) error {
	var te *yaml.TypeError
	if errors.As(err, &te) && len(te.Errors) > 0 {
		if m := lineRE.FindStringSubmatch(te.Errors[0]); m != nil {
			return &Error{Path: path, Line: atoi(m[1]), Msg: friendly(m[2])}
		}
		return &Error{Path: path, Msg: friendly(te.Errors[0])}
	}
	if m := lineRE.FindStringSubmatch(err.Error()); m != nil {
		return &Error{Path: path, Line: atoi(m[1]), Msg: friendly(m[2])}
	}
	return &Error{Path: path, Msg: friendly(strings.TrimPrefix(err.Error(), "yaml: "))}
}

// syntaxLine corrects the line of a YAML syntax error: yaml.v3 often names
// the line before the broken one. Of the prefixes of the file that end at
// the named line and the next syntaxLookahead lines, the first that fails
// to parse ends at the broken line. Parsing a bounded number of prefixes
// keeps an error's report linear in the file's size (parsing every prefix
// up to the error took minutes for a large file).
func syntaxLine(err error, data []byte) error {
	var ce *Error
	if !errors.As(err, &ce) || ce.Line == 0 {
		return err
	}
	const syntaxLookahead = 2
	end := 0 // offset after line ce.Line-1
	for l := 1; l < ce.Line && end < len(data); l++ {
		i := bytes.IndexByte(data[end:], '\n')
		if i < 0 {
			return ce
		}
		end += i + 1
	}
	for line := ce.Line; line <= ce.Line+syntaxLookahead && end < len(data); line++ {
		if i := bytes.IndexByte(data[end:], '\n'); i >= 0 {
			end += i + 1
		} else {
			end = len(data)
		}
		var n yaml.Node
		if yaml.Unmarshal(data[:end], &n) != nil {
			ce.Line = line
			break
		}
	}
	return ce
}

var unknownFieldRE = regexp.MustCompile(`field (.*) not found in type \S+`)

// quotedRE is text a YAML error quotes from the file (a token, an anchor
// name): it may be a pasted secret.
var quotedRE = regexp.MustCompile("'[^']*'|\"[^\"]*\"|`[^`]*`")

var unmarshalRE = regexp.MustCompile("cannot unmarshal !!?(\\S*)(?: (?:`[^`]*`|\"[^\"]*\"))? into (\\S+)")

// friendly rewrites a YAML error for people, repeating nothing of the
// file's text but short plain words (rules.QuoteName).
func friendly(msg string) string {
	msg = unknownFieldRE.ReplaceAllStringFunc(msg, func(m string) string {
		name := unknownFieldRE.FindStringSubmatch(m)[1]
		return "unknown field " + rules.QuoteName(name) + " (known: include, exclude, disable, severity, allow.values, allow.paths, hosts)"
	})
	msg = unmarshalRE.ReplaceAllStringFunc(msg, func(m string) string {
		p := unmarshalRE.FindStringSubmatch(m)
		want := map[string]string{"[]string": "a list of strings", "map[string]string": "a mapping", "string": "a string", "config.Allow": "a mapping with values and paths"}[p[2]]
		if want == "" {
			want = p[2]
		}
		// The offending value is not repeated: it may be a pasted secret.
		kind := map[string]string{"seq": "list", "map": "mapping", "str": "string", "int": "number", "float": "number", "bool": "boolean"}[p[1]]
		if kind == "" {
			kind = "value tagged " + rules.QuoteName(p[1])
		}
		return fmt.Sprintf("expected %s, got a %s", want, kind)
	})
	if strings.HasPrefix(msg, "expected ") || strings.HasPrefix(msg, "unknown field ") {
		return msg
	}
	return quotedRE.ReplaceAllStringFunc(msg, func(q string) string { return rules.QuoteName(q[1 : len(q)-1]) })
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}

// validate checks values the YAML types cannot, reporting the line of the
// offending entry.
func (c *Config) validate(root *yaml.Node) error {
	line := func(keys ...string) int { return findLine(root, keys...) }
	for _, id := range c.Disable {
		if rules.Lookup(id) == nil {
			return &Error{Path: c.Path, Line: line("disable", id), Msg: "disable: " + rules.UnknownRule(id)}
		}
	}
	for id, sev := range c.Severity {
		r := rules.Lookup(id)
		if r == nil {
			return &Error{Path: c.Path, Line: line("severity", id), Msg: "severity: " + rules.UnknownRule(id)}
		}
		switch sev {
		case "error", "warning", "note":
		default:
			return &Error{Path: c.Path, Line: line("severity", id), Msg: fmt.Sprintf("severity of %s: %s is not error, warning or note", r.ID, rules.QuoteName(sev))}
		}
	}
	for _, lists := range []struct {
		keys  []string
		globs []string
	}{{[]string{"include"}, c.Include}, {[]string{"exclude"}, c.Exclude}, {[]string{"allow", "paths"}, c.Allow.Paths}} {
		for _, g := range lists.globs {
			if !doublestar.ValidatePattern(g) {
				return &Error{Path: c.Path, Line: line(append(lists.keys, g)...), Msg: fmt.Sprintf("%s: invalid glob %s", strings.Join(lists.keys, "."), rules.QuoteName(g))}
			}
		}
	}
	for _, v := range c.Allow.Values {
		if len(v) != 64 || strings.Trim(strings.ToLower(v), "0123456789abcdef") != "" {
			return &Error{Path: c.Path, Line: line("allow", "values", v), Msg: "allow.values: entry is not a SHA-256 hex digest (64 hex digits); list the value's value_sha256, never the value itself"}
		}
	}
	for i, h := range c.Hosts {
		h = strings.ToLower(strings.TrimSpace(h))
		if h == "" || strings.ContainsAny(h, "/: ") {
			return &Error{Path: c.Path, Line: line("hosts", c.Hosts[i]), Msg: fmt.Sprintf("hosts: entry %d is not a host name (empty, or it holds \"/\", \":\" or a blank)", i+1)}
		}
		c.Hosts[i] = h
	}
	for i := range c.Allow.Values {
		c.Allow.Values[i] = strings.ToLower(c.Allow.Values[i])
	}
	// Globs name paths relative to the config's directory, with or
	// without a leading "./".
	for _, globs := range [][]string{c.Include, c.Exclude, c.Allow.Paths} {
		for i, g := range globs {
			for strings.HasPrefix(g, "./") {
				g = g[2:]
			}
			globs[i] = g
		}
	}
	// Rules are named by id or name, in any case; the rest of the program
	// uses the id.
	for i := range c.Disable {
		c.Disable[i] = rules.Lookup(c.Disable[i]).ID
	}
	if len(c.Severity) > 0 {
		sev := make(map[string]string, len(c.Severity))
		for id, s := range c.Severity {
			sev[rules.Lookup(id).ID] = s
		}
		c.Severity = sev
	}
	return nil
}

// findLine returns the line of the node reached by keys (mapping keys, then a
// scalar value in a sequence or mapping), or of the deepest node found.
func findLine(n *yaml.Node, keys ...string) int {
	if n.Kind == yaml.DocumentNode && len(n.Content) > 0 {
		n = n.Content[0]
	}
	best := n.Line
	for _, k := range keys {
		var next *yaml.Node
		switch n.Kind {
		case yaml.MappingNode:
			for i := 0; i+1 < len(n.Content); i += 2 {
				if n.Content[i].Value == k {
					next = n.Content[i+1]
					best = n.Content[i].Line
				}
			}
		case yaml.SequenceNode:
			for _, c := range n.Content {
				if c.Value == k {
					next = c
					best = c.Line
				}
			}
		}
		if next == nil {
			return best
		}
		n = next
	}
	return best
}

// Disabled reports whether the rule is disabled.
func (c *Config) Disabled(id string) bool {
	for _, d := range c.Disable {
		if strings.EqualFold(d, id) {
			return true
		}
	}
	return false
}

// AllowedValue reports whether a value hash is allow-listed.
func (c *Config) AllowedValue(sha string) bool {
	for _, v := range c.Allow.Values {
		if v == sha {
			return true
		}
	}
	return false
}

// Filters reports whether the config leaves out the file at rel (a slash
// path relative to its directory): excluded, itself or a directory above
// it within the config's directory, or, with include globs, not included.
// Globs without a slash also match a base name, as the walker matches them.
func (c *Config) Filters(rel string) bool {
	match := func(globs []string, p string) bool {
		for _, g := range globs {
			if ok, _ := doublestar.Match(g, p); ok {
				return true
			}
			if !strings.Contains(g, "/") {
				if ok, _ := doublestar.Match(g, path.Base(p)); ok {
					return true
				}
			}
		}
		return false
	}
	for d := path.Dir(rel); d != "." && d != "/"; d = path.Dir(d) {
		if match(c.Exclude, d) || match(c.Exclude, d+"/") {
			return true
		}
	}
	if match(c.Exclude, rel) {
		return true
	}
	return len(c.Include) > 0 && !match(c.Include, rel)
}

// AllowedPath reports whether a slash path is allow-listed.
func (c *Config) AllowedPath(p string) bool {
	for _, g := range c.Allow.Paths {
		if ok, _ := doublestar.Match(g, p); ok {
			return true
		}
	}
	return false
}
