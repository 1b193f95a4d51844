// Package corpus reads the test corpus (testdata/corpus): its expectation
// files and its templates, whose {{kind}} placeholders expand to fake
// credentials generated at test time. It is shared by the text-rule corpus
// test (rules) and the command-line one (internal/cli), so that both judge
// the same files by the same expectations.
package corpus

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/cfauthlint/cfauthlint/internal/testcred"
)

// Expectation is one expected finding: rule id and 1-based line of the
// match start in the template.
type Expectation struct {
	Rule string `yaml:"rule"`
	Line int    `yaml:"line"`
	// Go marks a finding in Go code that only the Go analysis can prove
	// (a value followed across files or through the package's types): the
	// text rules and `scan --go=off` need not report it, and are not wrong
	// when they do; `scan --go=auto` must.
	Go bool `yaml:"go"`
}

// IsExpectFile reports whether rel (slash-separated, relative to the
// corpus) is one of the expectation files: expect.yaml and expect-*.yaml
// at the corpus root, one per area so that work on different areas does
// not edit one file.
func IsExpectFile(rel string) bool {
	return rel == "expect.yaml" || (!strings.Contains(rel, "/") && strings.HasPrefix(rel, "expect-") && strings.HasSuffix(rel, ".yaml"))
}

// LoadExpect reads and merges the corpus's expectation files; a file
// listed in two of them is an error.
func LoadExpect(dir string) (map[string][]Expectation, error) {
	names, err := filepath.Glob(filepath.Join(dir, "expect*.yaml"))
	if err != nil {
		return nil, err
	}
	expect := map[string][]Expectation{}
	for _, n := range names {
		if !IsExpectFile(filepath.Base(n)) {
			continue
		}
		raw, err := os.ReadFile(n)
		if err != nil {
			return nil, err
		}
		var part map[string][]Expectation
		if err := yaml.Unmarshal(raw, &part); err != nil {
			return nil, fmt.Errorf("%s: %v", filepath.Base(n), err)
		}
		for f, es := range part {
			if _, dup := expect[f]; dup {
				return nil, fmt.Errorf("%s: %s is listed in another expect file too", filepath.Base(n), f)
			}
			expect[f] = es
		}
	}
	if len(expect) == 0 {
		return nil, fmt.Errorf("no expectations in %s", dir)
	}
	return expect, nil
}

// kindRE matches the extra placeholder kinds the corpus uses beside
// testcred's: random base64 runs ({{b64_86}}), a PEM certificate body
// ({{pem}}), a cloudflared cert.pem ARGO TUNNEL TOKEN body ({{argo}}) and
// the base64 encoding of a testcred kind ({{b64:tok40}}), as a Kubernetes
// Secret's data holds it.
// labelRE matches a labelled placeholder, {{cfut#spec}}: one value of the
// kind, the same wherever the label appears in the file.
var labelRE = regexp.MustCompile(`\{\{([a-z0-9]+)#([A-Za-z0-9_]+)\}\}`)

var kindRE = regexp.MustCompile(`\{\{(b64_[0-9]+|b64:[a-z0-9]+|pem|argo)\}\}`)

// Expand expands every placeholder of tmpl, line by line, and returns
// the text and a map from template line to expanded line (a placeholder may
// expand to several lines).
func Expand(seed uint64, tmpl string) (string, map[int]int) {
	g := testcred.New(seed)
	r := rand.New(rand.NewPCG(seed, 42))
	lines := strings.Split(tmpl, "\n")
	lineOf := make(map[int]int, len(lines))
	named := map[string]string{}
	var b strings.Builder
	at := 1
	for i, l := range lines {
		lineOf[i+1] = at
		l = labelRE.ReplaceAllStringFunc(l, func(m string) string {
			if v, ok := named[m]; ok {
				return v
			}
			v, ok := g.Make(labelRE.FindStringSubmatch(m)[1])
			if !ok {
				panic("corpus: unknown kind in " + m)
			}
			named[m] = v
			return v
		})
		l, _ = g.Expand(l)
		l = kindRE.ReplaceAllStringFunc(l, func(m string) string {
			kind := m[2 : len(m)-2]
			switch {
			case strings.HasPrefix(kind, "b64:"):
				v, ok := g.Make(kind[4:])
				if !ok {
					panic("corpus: unknown kind " + kind)
				}
				return base64.StdEncoding.EncodeToString([]byte(v))
			case strings.HasPrefix(kind, "b64_"):
				var n int
				fmt.Sscan(kind[4:], &n)
				return randBase64(r, n)
			case kind == "pem":
				return wrap64(base64.StdEncoding.EncodeToString(randBytes(r, 700)))
			default: // argo
				tok, _ := g.Make("tok40")
				zone, _ := g.Make("hex32")
				acct, _ := g.Make("hex32")
				j, _ := json.Marshal(map[string]string{"zoneID": zone, "accountID": acct, "apiToken": tok})
				return wrap64(base64.StdEncoding.EncodeToString(j))
			}
		})
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(l)
		at += 1 + strings.Count(l, "\n")
	}
	return b.String(), lineOf
}

func randBytes(r *rand.Rand, n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.IntN(256))
	}
	return b
}

func randBase64(r *rand.Rand, n int) string {
	const set = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	b := make([]byte, n)
	for i := range b {
		b[i] = set[r.IntN(len(set))]
	}
	return string(b)
}

func wrap64(s string) string {
	var b strings.Builder
	for len(s) > 64 {
		b.WriteString(s[:64])
		b.WriteByte('\n')
		s = s[64:]
	}
	b.WriteString(s)
	return b.String()
}
