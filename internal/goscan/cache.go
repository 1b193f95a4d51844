package goscan

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"sort"
	"strings"
	"sync"

	"github.com/cfauthlint/cfauthlint/internal/finding"
	"github.com/cfauthlint/cfauthlint/internal/safefile"
)

// The result cache keeps, per package directory, what its analysis found,
// under a key of everything the result depends on: this executable, the
// Go version and build configuration, the extra hosts, the directory's Go
// files, and the Go files of the local packages it imports (transitively;
// the module cache and GOROOT are named by their versioned paths). An
// unchanged tree is then not type-checked again, as go vet's results are
// cached by the go command. Entries hold no secret value: findings are
// stored redacted, with their SHA-256, as reports show them; a run with
// --show-secrets neither reads nor writes the cache.
type cache struct {
	dir  string
	base [32]byte // the tool, Go and options part of every key

	mu       sync.Mutex
	dirs     map[string]dirInfo // local imported directories seen
	closures map[string]string  // local directory → hash of it and its local imports
}

type dirInfo struct {
	sum     string   // hash of its non-test Go files
	imports []string // their imports
}

// cacheEntry is one directory's result.
type cacheEntry struct {
	Findings   []finding.Finding `json:"findings"` // Path: absolute file name as loaded
	Notices    []finding.Notice  `json:"notices"`
	MissingSDK []string          `json:"missing_sdk,omitempty"`
	Packages   int               `json:"packages"`
}

// cacheVersion changes when the entry format or the key changes.
const cacheVersion = "goscan-cache-1"

// cacheEntryKind bounds an entry read back (a corrupt or planted file).
var cacheEntryKind = safefile.Kind{Name: "cache entry", Max: 64 << 20}

func newCache(dir string, env goEnv, hosts []string) *cache {
	if dir == "" {
		return nil
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil
	}
	h := sha256.New()
	fmt.Fprintf(h, "%s\n%s\n", cacheVersion, toolID())
	fmt.Fprintf(h, "%s %s %s %s %q\n", env.GOVERSION, env.GOOS, env.GOARCH, env.CGO_ENABLED, env.buildContext().BuildTags)
	fmt.Fprintf(h, "%s %s %s\n", env.GOROOT, env.GOMODCACHE, env.GOPATH)
	hs := append([]string(nil), hosts...)
	sort.Strings(hs)
	fmt.Fprintf(h, "%q\n", hs)
	c := &cache{dir: dir, dirs: map[string]dirInfo{}, closures: map[string]string{}}
	h.Sum(c.base[:0])
	return c
}

var (
	toolOnce sync.Once
	toolSum  string
)

// toolID identifies this build: its module version when it is a release,
// else the executable's path, size, modification time and inode (a
// development build changes often; hashing 20 MB on every run cost more
// than a warm scan's analysis).
func toolID() string {
	toolOnce.Do(func() {
		if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" && !strings.Contains(bi.Main.Version, "+dirty") {
			toolSum = "version " + bi.Main.Version
			return
		}
		if exe, err := os.Executable(); err == nil {
			if fi, err := os.Stat(exe); err == nil {
				toolSum = fmt.Sprintf("exe %s %d %d %s", exe, fi.Size(), fi.ModTime().UnixNano(), fileIdentity(fi))
			}
		}
		if toolSum == "" {
			toolSum = "unknown" // never matches a stored key of a known build
		}
	})
	return toolSum
}

// key is the cache key of a candidate directory whose selected files
// (tests included) are files.
func (c *cache) key(r *run, d *pkgDir, m *module, files []srcFile) string {
	h := sha256.New()
	h.Write(c.base[:])
	fmt.Fprintf(h, "dir %s\n", d.dir)
	if m != nil {
		fmt.Fprintf(h, "module %s %s %s\n", m.root, m.path, m.goVersion)
		if data, err := safefile.ReadFile(filepath.Join(m.root, "go.mod"), goModKind); err == nil {
			fmt.Fprintf(h, "go.mod %x\n", sha256.Sum256(data))
		}
		if m.work != nil {
			if data, err := safefile.ReadFile(m.work.file, goWorkKind); err == nil {
				fmt.Fprintf(h, "go.work %x\n", sha256.Sum256(data))
			}
		}
	}
	imports := map[string]bool{}
	for _, f := range files {
		fmt.Fprintf(h, "file %s %x\n", filepath.Base(f.name), sha256.Sum256(f.data))
		for _, p := range importsOf(f.data) {
			imports[p] = true
		}
	}
	for _, p := range sortedKeys(imports) {
		c.hashImport(r, h, m, p)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// hashImport adds what an import contributes: for a local directory, the
// hash of its Go files and, in turn, of its local imports' (closure); for
// a versioned directory (module cache, GOROOT), its path.
func (c *cache) hashImport(r *run, h io.Writer, m *module, p string) {
	loc := r.l.mods.resolve(m, p)
	switch {
	case !loc.found:
		fmt.Fprintf(h, "import %s missing\n", p)
	case !loc.local:
		fmt.Fprintf(h, "import %s %s\n", p, loc.dir)
	default:
		fmt.Fprintf(h, "import %s %s %s\n", p, loc.dir, c.closure(r, loc.dir, map[string]bool{}))
	}
}

// closure hashes a local directory's Go files with its local imports',
// once per directory (inProgress breaks an import cycle).
func (c *cache) closure(r *run, dir string, inProgress map[string]bool) string {
	c.mu.Lock()
	if s, ok := c.closures[dir]; ok {
		c.mu.Unlock()
		return s
	}
	c.mu.Unlock()
	if inProgress[dir] {
		return "cycle"
	}
	inProgress[dir] = true
	sum, imports := c.dirSum(dir)
	h := sha256.New()
	io.WriteString(h, sum)
	dm := r.l.mods.of(dir)
	for _, q := range imports {
		loc := r.l.mods.resolve(dm, q)
		switch {
		case !loc.found:
			fmt.Fprintf(h, "\n%s missing", q)
		case !loc.local:
			fmt.Fprintf(h, "\n%s %s", q, loc.dir)
		default:
			fmt.Fprintf(h, "\n%s %s", q, c.closure(r, loc.dir, inProgress))
		}
	}
	s := hex.EncodeToString(h.Sum(nil))
	c.mu.Lock()
	c.closures[dir] = s
	c.mu.Unlock()
	return s
}

// dirSum hashes the non-test Go files of a local directory and lists
// their imports.
func (c *cache) dirSum(dir string) (string, []string) {
	c.mu.Lock()
	if di, ok := c.dirs[dir]; ok {
		c.mu.Unlock()
		return di.sum, di.imports
	}
	c.mu.Unlock()
	h := sha256.New()
	imports := map[string]bool{}
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		n := e.Name()
		if !strings.HasSuffix(n, ".go") || strings.HasSuffix(n, "_test.go") || !e.Type().IsRegular() {
			continue
		}
		data, err := safefile.ReadFile(filepath.Join(dir, n), goFileKind)
		if err != nil {
			fmt.Fprintf(h, "%s unreadable\n", n)
			continue
		}
		fmt.Fprintf(h, "%s %x\n", n, sha256.Sum256(data))
		for _, p := range importsOf(data) {
			imports[p] = true
		}
	}
	di := dirInfo{sum: hex.EncodeToString(h.Sum(nil)), imports: sortedKeys(imports)}
	c.mu.Lock()
	c.dirs[dir] = di
	c.mu.Unlock()
	return di.sum, di.imports
}

func (c *cache) path(key string) string { return filepath.Join(c.dir, key[:2], key+".json") }

// get returns the entry stored under key, if any.
func (c *cache) get(key string) (*cacheEntry, bool) {
	data, err := safefile.ReadFile(c.path(key), cacheEntryKind)
	if err != nil {
		return nil, false
	}
	var e cacheEntry
	if json.Unmarshal(data, &e) != nil {
		return nil, false
	}
	return &e, true
}

// put stores an entry (atomically: a temporary file renamed into place).
func (c *cache) put(key string, e *cacheEntry) {
	for i := range e.Findings {
		e.Findings[i].Secret = "" // never stored (the cache is off with --show-secrets anyway)
	}
	data, err := json.Marshal(e)
	if err != nil {
		return
	}
	p := c.path(key)
	if os.MkdirAll(filepath.Dir(p), 0o700) != nil {
		return
	}
	tmp, err := os.CreateTemp(filepath.Dir(p), "tmp-*")
	if err != nil {
		return
	}
	_, werr := tmp.Write(data)
	if cerr := tmp.Close(); werr == nil && cerr == nil {
		if os.Rename(tmp.Name(), p) == nil {
			return
		}
	}
	os.Remove(tmp.Name())
}
