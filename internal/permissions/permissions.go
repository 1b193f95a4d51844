// Package permissions finds the Cloudflare API operations a source tree
// calls — request URLs in Go and in scripts (curl, wget, fetch, axios,
// requests, .http files), cloudflare-go v0 methods and the generated SDK's
// service methods — and the smallest set of API-token permission groups
// that covers them, for `cfauthlint permissions`.
package permissions

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/cfauthlint/cfauthlint/internal/apiops"
)

// Call is one place in the code that calls the Cloudflare API.
type Call struct {
	Path   string // as walked
	Line   int
	Method string // "" when known only at run time
	// Template is the operation's path template; for an unknown call, what
	// is known of the path ("" when nothing).
	Template string
	Op       *apiops.Operation // nil: unknown
	Via      string            // how it was recognised: "curl", "http.NewRequest", "SDK DNS.Records.New", …
	Unknown  string            // why Op is nil
}

// Result is what a tree calls.
type Result struct {
	Calls   []Call   // known operations, sorted by path and line
	Unknown []Call   // calls whose operation cannot be told from the code
	Groups  []string // the smallest covering set of permission groups
}

// Options say what to read.
type Options struct {
	// Tests: read Go _test.go files and testdata directories too (they
	// mostly call fake servers).
	Tests bool
}

// maxFile bounds the files read: generated API clients are smaller.
const maxFile = 4 << 20

// skipDirs are never walked: other people's code and tool state.
var skipDirs = map[string]bool{".git": true, "vendor": true, "node_modules": true, ".terraform": true}

// proseExt are documentation: URLs there are examples, not calls.
var proseExt = map[string]bool{".md": true, ".markdown": true, ".rst": true, ".txt": true, ".adoc": true, ".html": true, ".htm": true}

// Find walks paths and returns the calls found.
func Find(paths []string, opt Options) (*Result, error) {
	res := &Result{}
	goDirs := map[string][]string{}
	var dirOrder []string
	for _, root := range paths {
		err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			name := d.Name()
			if d.IsDir() {
				if p != root && (skipDirs[name] || (!opt.Tests && name == "testdata")) {
					return filepath.SkipDir
				}
				return nil
			}
			if !d.Type().IsRegular() {
				return nil
			}
			ext := strings.ToLower(filepath.Ext(name))
			switch {
			case ext == ".go":
				if !opt.Tests && strings.HasSuffix(name, "_test.go") {
					return nil
				}
				dir := filepath.Dir(p)
				if _, ok := goDirs[dir]; !ok {
					dirOrder = append(dirOrder, dir)
				}
				goDirs[dir] = append(goDirs[dir], p)
				return nil
			case proseExt[ext]:
				return nil
			}
			data, ok := readText(p)
			if ok {
				textCalls(res, p, data)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	for _, dir := range dirOrder {
		if err := goCalls(res, goDirs[dir]); err != nil {
			return nil, err
		}
	}
	sortCalls(res.Calls)
	sortCalls(res.Unknown)
	var ops []*apiops.Operation
	for _, c := range res.Calls {
		ops = append(ops, c.Op)
	}
	res.Groups = apiops.Cover(ops)
	return res, nil
}

func readText(p string) ([]byte, bool) {
	st, err := os.Stat(p)
	if err != nil || st.Size() > maxFile {
		return nil, false
	}
	data, err := os.ReadFile(p)
	if err != nil {
		return nil, false
	}
	head := data
	if len(head) > 8000 {
		head = head[:8000]
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return nil, false
	}
	return data, true
}

func sortCalls(cs []Call) {
	sort.SliceStable(cs, func(i, j int) bool {
		if cs[i].Path != cs[j].Path {
			return cs[i].Path < cs[j].Path
		}
		return cs[i].Line < cs[j].Line
	})
}

// add records a call of method on the path segments segs (apiops.Wild for
// a segment known only at run time): a known operation, or unknown with
// the reason.
func (r *Result) add(path string, line int, method string, segs []string, via string) {
	c := Call{Path: path, Line: line, Method: method, Via: via, Template: shownPath(segs)}
	tmpl, ops := apiops.Template(segs)
	switch {
	case tmpl == "":
		c.Unknown = "no operation of the table has this path"
	case method == "":
		c.Template = tmpl
		c.Unknown = "the method is known only at run time"
	case ops[method] == nil:
		c.Template = tmpl
		c.Unknown = "no " + method + " operation of the table has this path"
	default:
		c.Template = tmpl
		c.Op = ops[method]
		r.Calls = append(r.Calls, c)
		return
	}
	r.Unknown = append(r.Unknown, c)
}

// addOp records a call of a known operation.
func (r *Result) addOp(path string, line int, op *apiops.Operation, via string) {
	r.Calls = append(r.Calls, Call{Path: path, Line: line, Method: op.Method, Template: op.Path, Op: op, Via: via})
}

// addUnknown records a call whose operation the code does not tell.
func (r *Result) addUnknown(path string, line int, method, shown, via, why string) {
	r.Unknown = append(r.Unknown, Call{Path: path, Line: line, Method: method, Template: shown, Via: via, Unknown: why})
}

func shownPath(segs []string) string {
	var b strings.Builder
	for _, s := range segs {
		b.WriteByte('/')
		if s == apiops.Wild {
			s = "*"
		}
		b.WriteString(s)
	}
	return b.String()
}
