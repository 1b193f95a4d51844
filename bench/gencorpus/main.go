// Command gencorpus writes the corpora cfauthlint's performance is measured
// on (bench/run.sh), deterministically from a seed:
//
//	mixed/     ~200 MB of source and config files of 1 KB–512 KB: mostly
//	           Go, Python and JS, some JSON, YAML, Markdown, Terraform and
//	           .env (config files ≤ 32 KB); 2% of them Cloudflare API client
//	           code; a few fake credentials
//	big/       one 1 GB text file (log and config lines)
//	minified/  one 50 MB file that is a single line of minified JavaScript
//	small/     100,000 files of 200 B–2 KB in 100 directories, in a git
//	           work tree with a typical .gitignore that matches none of them
//
// Credentials come from internal/testcred (fake, checksum-valid shapes).
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"

	"github.com/cfauthlint/cfauthlint/internal/testcred"
)

var words = strings.Fields(`account api auth backend buffer cache client cluster config context
	count data default deploy dns domain error event fetch field file filter handler header host
	index item key limit list load manager message method metrics name node origin page param
	path policy pool port proxy query queue record region request resource response result route
	rule server service session status storage stream target task timeout token type update
	user value version worker zone cloud edge worker cert purge firewall ruleset access`)

type gen struct {
	rng  *rand.Rand
	cred *testcred.Gen
}

func (g *gen) word() string { return words[g.rng.IntN(len(words))] }

func (g *gen) ident() string {
	w := g.word()
	if g.rng.IntN(2) == 0 {
		w += strings.ToUpper(g.word()[:1]) + g.word()[1:]
	}
	return w
}

func (g *gen) sentence() string {
	n := 6 + g.rng.IntN(14)
	ws := make([]string, n)
	for i := range ws {
		ws[i] = g.word()
	}
	return strings.ToUpper(ws[0][:1]) + strings.Join(ws, " ")[1:] + "."
}

// line returns one line of a file of the given kind.
func (g *gen) line(kind string) string {
	a, b, c := g.ident(), g.ident(), g.ident()
	switch kind {
	case ".go":
		switch g.rng.IntN(6) {
		case 0:
			return fmt.Sprintf("func (s *%s) %s(ctx context.Context, %s string) (*%s, error) {", title(a), title(b), c, title(c))
		case 1:
			return fmt.Sprintf("\tif err := s.%s.%s(ctx, %s); err != nil {\n\t\treturn nil, fmt.Errorf(\"%s: %%w\", err)\n\t}", a, title(b), c, g.sentence())
		case 2:
			return fmt.Sprintf("\t// %s", g.sentence())
		case 3:
			return fmt.Sprintf("\t%s := %s[%d] + len(%s)", a, b, g.rng.IntN(100), c)
		case 4:
			return "}"
		}
		return fmt.Sprintf("\t%s.%s = append(%s.%s, %s)", a, b, a, b, c)
	case ".py":
		switch g.rng.IntN(4) {
		case 0:
			return fmt.Sprintf("def %s_%s(self, %s, timeout=%d):", a, b, c, g.rng.IntN(60))
		case 1:
			return fmt.Sprintf("    # %s", g.sentence())
		case 2:
			return fmt.Sprintf("    self.%s = %s.get(%q, None)", a, b, c)
		}
		return fmt.Sprintf("    return [%s for %s in %s if %s]", a, b, c, a)
	case ".js":
		switch g.rng.IntN(4) {
		case 0:
			return fmt.Sprintf("export async function %s(%s, { %s }) {", a, b, c)
		case 1:
			return fmt.Sprintf("  const %s = await fetch(`/api/v4/%s/${%s}`, { method: 'POST' });", a, b, c)
		case 2:
			return fmt.Sprintf("  // %s", g.sentence())
		}
		return fmt.Sprintf("  return %s.map((x) => x.%s).filter(Boolean);", a, b)
	case ".yaml":
		return fmt.Sprintf("%s%s_%s: %s-%d", strings.Repeat("  ", g.rng.IntN(4)), a, b, c, g.rng.IntN(1000))
	case ".json":
		return fmt.Sprintf("  %q: {\"%s\": %d, \"%s\": %q},", a, b, g.rng.IntN(1e6), c, g.sentence())
	case ".tf":
		return fmt.Sprintf("resource \"aws_%s\" \"%s\" {\n  %s = var.%s\n  tags = { Name = %q }\n}", a, b, c, a, g.sentence())
	case ".md":
		return g.sentence() + " " + g.sentence()
	case ".env":
		return fmt.Sprintf("%s_%s=%s", strings.ToUpper(a), strings.ToUpper(b), c)
	case "cf":
		// Cloudflare client code: anchors on most lines, detectors run.
		switch g.rng.IntN(4) {
		case 0:
			return fmt.Sprintf("const %s = process.env.CLOUDFLARE_API_TOKEN; // %s", a, g.sentence())
		case 1:
			return fmt.Sprintf("  await fetch(`https://api.cloudflare.com/client/v4/zones/${%s}/dns_records`, { headers: { Authorization: `Bearer ${%s}` } });", b, a)
		case 2:
			return fmt.Sprintf("  %s: cf_%s_%s # %s", a, b, c, g.sentence())
		}
		return g.line(".js")
	case ".log":
		return fmt.Sprintf("2026-11-26T18:%02d:%02d.%03dZ INFO %s %s=%s %s=%d msg=%q", g.rng.IntN(60), g.rng.IntN(60), g.rng.IntN(1000), a, b, c, g.word(), g.rng.IntN(1e5), g.sentence())
	}
	return g.sentence()
}

func (g *gen) fake(kind string) string {
	v, ok := g.cred.Make(kind)
	if !ok {
		log.Fatalf("testcred has no kind %q", kind)
	}
	return v
}

func title(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

// secret returns a line with a fake credential (a few per corpus).
func (g *gen) secret() string {
	switch g.rng.IntN(3) {
	case 0:
		return "CLOUDFLARE_API_TOKEN=" + g.fake("cfut")
	case 1:
		return "  cloudflare_api_key = \"" + g.fake("cfk") + "\""
	}
	return "R2_SECRET_ACCESS_KEY=" + g.fake("hex64")
}

// write writes about n bytes of lines of kind to path; each line is a secret
// with probability pSecret.
func (g *gen) write(path, kind string, n int64, pSecret float64, sep string) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		log.Fatal(err)
	}
	f, err := os.Create(path)
	if err != nil {
		log.Fatal(err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	var written int64
	for written < n {
		l := g.line(kind)
		if pSecret > 0 && g.rng.Float64() < pSecret {
			l = g.secret()
		}
		k, _ := w.WriteString(l)
		w.WriteString(sep)
		written += int64(k + len(sep))
	}
	if err := w.Flush(); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
}

// minified is JavaScript without a single newline.
func (g *gen) minified(path string, n int64) {
	f, err := os.Create(path)
	if err != nil {
		log.Fatal(err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	var written int64
	for written < n {
		a, b, c := g.ident(), g.ident(), g.ident()
		s := fmt.Sprintf("function %s(%s,%s){var t=%s.%s||{};return t[%q]=%d,%s(t)}", a, b, c, b, c, g.word(), g.rng.IntN(1e4), a)
		if g.rng.IntN(4) == 0 {
			s = fmt.Sprintf("const %s=\"%s\";", a, g.sentence())
		}
		k, _ := w.WriteString(s)
		written += int64(k)
	}
	if err := w.Flush(); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
}

// kindWeights is the share of files of each kind in the mixed corpus, in
// percent: mostly code, as in an application repository.
var kindWeights = []struct {
	kind   string
	weight int
}{{".go", 25}, {".js", 20}, {".py", 20}, {".json", 10}, {".yaml", 10}, {".md", 8}, {".tf", 4}, {".env", 3}}

func (g *gen) kind() string {
	n := g.rng.IntN(100)
	for _, k := range kindWeights {
		if n < k.weight {
			return k.kind
		}
		n -= k.weight
	}
	return ".txt"
}

const gitignore = `# typical ignores; none matches a generated file
node_modules/
dist/
build/
*.log
*.tmp
.env.local
**/coverage/**
/vendor/
*.min.js
__pycache__/
*.py[cod]
.DS_Store
target/
!keep.log
`

func main() {
	out := flag.String("out", "", "directory to write the corpora into (required)")
	seed := flag.Uint64("seed", 1, "random seed")
	only := flag.String("only", "mixed,big,minified,small", "comma-separated corpora to write")
	flag.Parse()
	if *out == "" {
		log.Fatal("-out is required")
	}
	g := &gen{rng: rand.New(rand.NewPCG(*seed, 2)), cred: testcred.New(*seed)}
	for _, c := range strings.Split(*only, ",") {
		dir := filepath.Join(*out, c)
		switch c {
		case "mixed":
			var total int64
			for i := 0; total < 200e6; i++ {
				kind, ext := g.kind(), ""
				if g.rng.IntN(50) == 0 {
					kind, ext = "cf", ".js" // 2% of files talk to the Cloudflare API
				}
				size := int64(1<<10) << g.rng.IntN(9) // 1 KB … 256 KB
				size += g.rng.Int64N(size)
				if kind == ".tf" || kind == ".env" || kind == ".yaml" {
					size = min(size, 32<<10) // config files are small
				}
				p := filepath.Join(dir, fmt.Sprintf("pkg%02d", i%50), fmt.Sprintf("sub%d", i%7), fmt.Sprintf("file%05d%s%s", i, kind, ext))
				g.write(p, kind, size, 1.0/200000, "\n")
				total += size
			}
		case "big":
			g.write(filepath.Join(dir, "app.log"), ".log", 1<<30, 1.0/5000000, "\n")
		case "minified":
			if err := os.MkdirAll(dir, 0o755); err != nil {
				log.Fatal(err)
			}
			g.minified(filepath.Join(dir, "bundle.js"), 50<<20)
		case "small":
			if err := os.MkdirAll(filepath.Join(dir, ".git"), 0o755); err != nil {
				log.Fatal(err)
			}
			os.WriteFile(filepath.Join(dir, ".git", "HEAD"), []byte("ref: refs/heads/main\n"), 0o644)
			os.WriteFile(filepath.Join(dir, ".gitignore"), []byte(gitignore), 0o644)
			for i := range 100000 {
				kind := g.kind()
				p := filepath.Join(dir, fmt.Sprintf("d%02d", i%100), fmt.Sprintf("f%06d%s", i, kind))
				g.write(p, kind, 200+g.rng.Int64N(1800), 1.0/20000, "\n")
			}
		default:
			log.Fatalf("unknown corpus %q", c)
		}
	}
}
