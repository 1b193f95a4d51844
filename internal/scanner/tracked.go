package scanner

import (
	"bytes"
	"context"
	"os"
	"path"
	"strings"
	"sync"
	"time"

	"github.com/cfauthlint/cfauthlint/internal/proc"
)

// trackedSet is the set of files git tracks in the repository at top, read
// once (`git ls-files -z`), on the first path an ignore rule matches: a
// walk that ignores nothing never starts git. Where git is missing or
// cannot read the repository the set is empty, and ignore rules apply to
// every file, as before git's index was consulted.
type trackedSet struct {
	top   string
	once  sync.Once
	files map[string]bool // slash paths relative to top
	dirs  map[string]bool // every directory above a tracked file
}

// trackedTimeout bounds git ls-files: a stuck git (a lock, a network file
// system) must not hang the walk.
const trackedTimeout = 30 * time.Second

func (t *trackedSet) load() {
	t.once.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), trackedTimeout)
		defer cancel()
		// The full index, as the repository at top sees it: a GIT_DIR or
		// GIT_INDEX_FILE of a surrounding hook names another repository or
		// a commit in progress.
		cmd := proc.Command(ctx, "git", "-C", t.top, "ls-files", "-z", "--cached")
		cmd.Env = gitEnv()
		out, err := proc.Output(cmd)
		if err != nil {
			return
		}
		t.files, t.dirs = map[string]bool{}, map[string]bool{}
		for p := range bytes.SplitSeq(out, []byte{0}) {
			if len(p) == 0 {
				continue
			}
			f := string(p)
			t.files[f] = true
			for d := path.Dir(f); d != "." && !t.dirs[d]; d = path.Dir(d) {
				t.dirs[d] = true
			}
		}
	})
}

// hasFile reports whether git tracks the file rel.
func (t *trackedSet) hasFile(rel string) bool {
	if t == nil {
		return false
	}
	t.load()
	return t.files[rel]
}

// hasDir reports whether git tracks a file under the directory rel.
func (t *trackedSet) hasDir(rel string) bool {
	if t == nil {
		return false
	}
	t.load()
	return t.dirs[rel]
}

// gitEnv is the environment without the variables that redirect git to
// another repository, index or work tree.
func gitEnv() []string {
	env := os.Environ()
	out := env[:0:0]
	for _, kv := range env {
		k, _, _ := strings.Cut(kv, "=")
		switch k {
		case "GIT_DIR", "GIT_INDEX_FILE", "GIT_WORK_TREE", "GIT_OBJECT_DIRECTORY", "GIT_COMMON_DIR", "GIT_PREFIX":
			continue
		}
		out = append(out, kv)
	}
	return out
}
