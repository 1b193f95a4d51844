package goscan

import (
	"context"
	"encoding/json"
	"go/build"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/cfauthlint/cfauthlint/internal/proc"
)

// goEnv is what the loader needs of the go command's configuration. It
// comes from one `go env -json` (which compiles nothing and reaches no
// network); without a go command, from the environment and the Go this
// binary was built with.
type goEnv struct {
	GOROOT, GOPATH, GOMODCACHE, GOOS, GOARCH, GOFLAGS, GOWORK, CGO_ENABLED, GOVERSION string
	GO111MODULE                                                                       string
	// found is false when no go command ran.
	found bool
}

func loadGoEnv(ctx context.Context, env []string) goEnv {
	var e goEnv
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	cmd := proc.Command(ctx, "go", "env", "-json", "GOROOT", "GOPATH", "GOMODCACHE", "GOOS", "GOARCH", "GOFLAGS", "GOWORK", "CGO_ENABLED", "GOVERSION", "GO111MODULE")
	cmd.Env = env
	if dir, err := os.MkdirTemp("", "cfauthlint-goenv"); err == nil {
		// Outside any module or workspace: a broken go.mod or go.work in
		// the scanned tree must not make `go env` fail.
		defer os.Remove(dir)
		cmd.Dir = dir
	}
	if out, err := proc.Output(cmd); err == nil && json.Unmarshal(out, &e) == nil {
		e.found = true
	}
	get := func(k string) string {
		for i := len(env) - 1; i >= 0; i-- {
			if v, ok := strings.CutPrefix(env[i], k+"="); ok {
				return v
			}
		}
		return ""
	}
	def := func(p *string, k, fallback string) {
		if *p == "" {
			*p = get(k)
		}
		if *p == "" {
			*p = fallback
		}
	}
	def(&e.GOROOT, "GOROOT", runtime.GOROOT())
	def(&e.GOPATH, "GOPATH", build.Default.GOPATH)
	def(&e.GOMODCACHE, "GOMODCACHE", filepath.Join(firstPath(e.GOPATH), "pkg", "mod"))
	def(&e.GOOS, "GOOS", runtime.GOOS)
	def(&e.GOARCH, "GOARCH", runtime.GOARCH)
	def(&e.GOFLAGS, "GOFLAGS", "")
	def(&e.CGO_ENABLED, "CGO_ENABLED", "1")
	def(&e.GOVERSION, "GOVERSION", runtime.Version())
	def(&e.GOWORK, "GOWORK", "")
	def(&e.GO111MODULE, "GO111MODULE", "")
	return e
}

func firstPath(list string) string {
	if i := strings.IndexByte(list, os.PathListSeparator); i >= 0 {
		return list[:i]
	}
	return list
}

// buildContext is the go/build context that picks a package's files as
// the go command would for this configuration (GOOS, GOARCH, cgo, -tags
// in GOFLAGS).
func (e goEnv) buildContext() build.Context {
	c := build.Default
	c.GOROOT, c.GOPATH, c.GOOS, c.GOARCH = e.GOROOT, e.GOPATH, e.GOOS, e.GOARCH
	c.CgoEnabled = e.CGO_ENABLED == "1"
	c.BuildTags = nil
	for _, f := range strings.Fields(e.GOFLAGS) {
		if v, ok := strings.CutPrefix(f, "-tags="); ok {
			c.BuildTags = append(c.BuildTags, strings.Split(v, ",")...)
		} else if v, ok := strings.CutPrefix(f, "--tags="); ok {
			c.BuildTags = append(c.BuildTags, strings.Split(v, ",")...)
		}
	}
	return c
}
