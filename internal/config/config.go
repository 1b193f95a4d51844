// Package config loads .cfauthlint.yaml.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
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
	return Parse(path, data)
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
	var node yaml.Node
	if err := yaml.Unmarshal(data, &node); err != nil {
		return nil, yamlError(path, err)
	}
	return c, c.validate(&node)
}

func yamlError(path string, err error) error {
	var te *yaml.TypeError
	if errors.As(err, &te) && len(te.Errors) > 0 {
		if m := lineRE.FindStringSubmatch(te.Errors[0]); m != nil {
			return &Error{Path: path, Line: atoi(m[1]), Msg: friendly(m[2])}
		}
		return &Error{Path: path, Msg: te.Errors[0]}
	}
	if m := lineRE.FindStringSubmatch(err.Error()); m != nil {
		return &Error{Path: path, Line: atoi(m[1]), Msg: friendly(m[2])}
	}
	return &Error{Path: path, Msg: strings.TrimPrefix(err.Error(), "yaml: ")}
}

// syntaxLine corrects the line of a YAML syntax error: yaml.v3 often names
// the line before the broken one. The first prefix of the file that fails to
// parse ends at the broken line; an earlier multi-line construct can make a
// prefix fail early, so the later of the two lines is kept.
func syntaxLine(err error, data []byte) error {
	var ce *Error
	if !errors.As(err, &ce) || ce.Line == 0 {
		return err
	}
	lines := bytes.SplitAfter(data, []byte("\n"))
	var prefix []byte
	for i, l := range lines {
		if i >= 2000 {
			break
		}
		prefix = append(prefix, l...)
		var n yaml.Node
		if yaml.Unmarshal(prefix, &n) != nil {
			if i+1 > ce.Line {
				ce.Line = i + 1
			}
			break
		}
	}
	return ce
}

var unknownFieldRE = regexp.MustCompile(`field (\S+) not found in type \S+`)

var unmarshalRE = regexp.MustCompile("cannot unmarshal !!(\\w+)(?: `([^`]*)`)? into (\\S+)")

func friendly(msg string) string {
	msg = unknownFieldRE.ReplaceAllString(msg, "unknown field \"$1\" (known: include, exclude, disable, severity, allow.values, allow.paths, hosts)")
	return unmarshalRE.ReplaceAllStringFunc(msg, func(m string) string {
		p := unmarshalRE.FindStringSubmatch(m)
		want := map[string]string{"[]string": "a list of strings", "map[string]string": "a mapping", "string": "a string", "config.Allow": "a mapping with values and paths"}[p[3]]
		if want == "" {
			want = p[3]
		}
		// The offending value is not repeated: it may be a pasted secret.
		kind := map[string]string{"seq": "list", "map": "mapping", "str": "string", "int": "number", "float": "number", "bool": "boolean"}[p[1]]
		if kind == "" {
			kind = p[1]
		}
		return fmt.Sprintf("expected %s, got a %s", want, kind)
	})
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
		if !rules.Known(id) {
			return &Error{Path: c.Path, Line: line("disable", id), Msg: fmt.Sprintf("disable: unknown rule %q", id)}
		}
	}
	for id, sev := range c.Severity {
		if !rules.Known(id) {
			return &Error{Path: c.Path, Line: line("severity", id), Msg: fmt.Sprintf("severity: unknown rule %q", id)}
		}
		switch sev {
		case "error", "warning", "note":
		default:
			return &Error{Path: c.Path, Line: line("severity", id), Msg: fmt.Sprintf("severity of %s: %q is not error, warning or note", id, sev)}
		}
	}
	for _, lists := range []struct {
		keys  []string
		globs []string
	}{{[]string{"include"}, c.Include}, {[]string{"exclude"}, c.Exclude}, {[]string{"allow", "paths"}, c.Allow.Paths}} {
		for _, g := range lists.globs {
			if !doublestar.ValidatePattern(g) {
				return &Error{Path: c.Path, Line: line(append(lists.keys, g)...), Msg: fmt.Sprintf("%s: invalid glob %q", strings.Join(lists.keys, "."), g)}
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
			return &Error{Path: c.Path, Line: line("hosts", c.Hosts[i]), Msg: fmt.Sprintf("hosts: %q is not a host name", c.Hosts[i])}
		}
		c.Hosts[i] = h
	}
	for i := range c.Allow.Values {
		c.Allow.Values[i] = strings.ToLower(c.Allow.Values[i])
	}
	// Rule ids are case-insensitive in the file; the rest of the program uses upper case.
	for i := range c.Disable {
		c.Disable[i] = strings.ToUpper(c.Disable[i])
	}
	if len(c.Severity) > 0 {
		sev := make(map[string]string, len(c.Severity))
		for id, s := range c.Severity {
			sev[strings.ToUpper(id)] = s
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

// AllowedPath reports whether a slash path is allow-listed.
func (c *Config) AllowedPath(p string) bool {
	for _, g := range c.Allow.Paths {
		if ok, _ := doublestar.Match(g, p); ok {
			return true
		}
	}
	return false
}
