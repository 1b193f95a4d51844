// Package gitsrc scans what is staged in a git repository: the blobs in the
// index, which is what the next commit will hold, not the working tree. It
// drives `scan --staged` and the pre-commit hook.
//
// It costs two short git processes (the repository top and the staged list,
// `git diff --cached` or `git ls-files --stage`) and one `git cat-file
// --batch` per group of files, so a commit of a few files in a large
// repository is scanned in milliseconds.
package gitsrc

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"path"
	"path/filepath"
	"strings"
	"sync"

	"github.com/cfauthlint/cfauthlint/internal/finding"
	"github.com/cfauthlint/cfauthlint/internal/gitcat"
	"github.com/cfauthlint/cfauthlint/internal/scanner"
)

// File is one staged file.
type File struct {
	Path string // slash path relative to the repository top, as git shows it
	Mode string // git file mode: 100644, 100755, 120000 (symlink), 160000 (submodule)
	Blob string // object id of the staged content
}

// Staged is the list of staged files to scan.
type Staged struct {
	Top   string // absolute repository top (work tree root)
	Files []File
}

// List returns the staged files to scan, seen from dir.
//
// Without pathspecs: the files the next commit adds, copies, modifies or
// renames (`git diff --cached` against HEAD; every staged file before the
// first commit). Deleted files are not listed: there is nothing to scan.
//
// With pathspecs (file or directory names relative to dir, taken literally,
// as pre-commit passes them): the index entries they name, changed or not,
// i.e. the staged content of exactly those files. For a commit, pre-commit
// passes the changed files, so this is the same set; for
// `pre-commit run --all-files` (and pre-commit.ci) it is every tracked file,
// as the user asked, rather than nothing.
func List(dir string, pathspecs []string) (*Staged, error) {
	out, err := gitcat.Output(dir, "rev-parse", "--show-toplevel", "--show-prefix")
	if err != nil {
		return nil, fmt.Errorf("--staged needs a git work tree: %w", err)
	}
	top, prefix, _ := strings.Cut(strings.TrimRight(out, "\n"), "\n")
	var files []File
	switch {
	case len(pathspecs) == 0:
		out, err := gitcat.Output(dir, "diff", "--cached", "--raw", "-z", "--no-abbrev",
			"--no-renames", "--no-ext-diff", "--no-textconv", "--diff-filter=ACMR")
		if err != nil {
			return nil, fmt.Errorf("cannot list staged files: %w", err)
		}
		files, err = parseRaw(out)
		if err != nil {
			return nil, err
		}
	case len(pathspecs) <= maxGitPathspecs:
		files, err = listStage(dir, pathspecs)
	default:
		files, err = listStageFiltered(dir, top, prefix, pathspecs)
	}
	if err != nil {
		return nil, err
	}
	return &Staged{Top: top, Files: files}, nil
}

// ListDiff returns the files that revRange changes (added, copied, modified
// or renamed; `git diff A..B` compares A with B, `A...B` the merge base of A
// and B with B), with their blobs on its new side, seen from dir; pathspecs
// (literal, relative to dir) restrict it.
func ListDiff(dir, revRange string, pathspecs []string) (*Staged, error) {
	out, err := gitcat.Output(dir, "rev-parse", "--show-toplevel")
	if err != nil {
		return nil, fmt.Errorf("--since and --diff need a git work tree: %w", err)
	}
	top := strings.TrimRight(out, "\n")
	args := []string{"--literal-pathspecs", "diff", "--raw", "-z", "--no-abbrev", "--no-renames", "--no-ext-diff",
		"--no-textconv", "--diff-filter=ACMR", "--end-of-options", revRange, "--"}
	out, err = gitcat.Output(dir, append(args, pathspecs...)...)
	if err != nil {
		return nil, fmt.Errorf("cannot list the files changed in %s: %w", revRange, err)
	}
	files, err := parseRaw(out)
	if err != nil {
		return nil, err
	}
	return &Staged{Top: top, Files: files}, nil
}

// maxGitPathspecs is how many pathspecs are given to git ls-files. Its
// matching costs entries × pathspecs (0.9 s for 500 names in a 50,000-file
// index, 5 s for the 4,000 that pre-commit passes per batch with
// --all-files), so beyond this the whole index is listed once and the names
// are looked up in a set.
const maxGitPathspecs = 64

func listStage(dir string, pathspecs []string) ([]File, error) {
	out, err := gitcat.Output(dir, append([]string{"--literal-pathspecs", "ls-files", "--stage", "-z", "--full-name", "--"}, pathspecs...)...)
	if err != nil {
		return nil, fmt.Errorf("cannot list staged files: %w", err)
	}
	return parseStage(out)
}

// listStageFiltered lists the whole index and keeps the entries that the
// pathspecs (relative to dir, whose path in the repository is prefix) name:
// the file itself or a directory above it, as literal git pathspecs do.
func listStageFiltered(dir, top, prefix string, pathspecs []string) ([]File, error) {
	want := make(map[string]bool, len(pathspecs))
	for _, spec := range pathspecs {
		p := filepath.ToSlash(spec)
		if filepath.IsAbs(spec) {
			rel, err := filepath.Rel(top, spec)
			if err != nil {
				return nil, fmt.Errorf("cannot list staged files: %s is outside the repository at %s", spec, top)
			}
			p = filepath.ToSlash(rel)
		} else {
			p = path.Join(prefix, p)
		}
		if p == ".." || strings.HasPrefix(p, "../") {
			return nil, fmt.Errorf("cannot list staged files: %s is outside the repository at %s", spec, top)
		}
		want[p] = true // "." for the repository top
	}
	all, err := listStage(top, nil)
	if err != nil {
		return nil, err
	}
	var files []File
	for _, f := range all {
		if want["."] || want[f.Path] || underAny(want, f.Path) {
			files = append(files, f)
		}
	}
	return files, nil
}

// underAny reports whether a directory above the slash path p is in dirs.
func underAny(dirs map[string]bool, p string) bool {
	for d := path.Dir(p); d != "." && d != "/"; d = path.Dir(d) {
		if dirs[d] {
			return true
		}
	}
	return false
}

// parseStage parses `git ls-files --stage -z` output: for each entry
// "mode oid stage\tpath\0". Entries of an unresolved merge (stage 1-3) are
// left out: such a file cannot be committed until it is resolved.
func parseStage(out string) ([]File, error) {
	var files []File
	for _, rec := range strings.Split(out, "\x00") {
		if rec == "" {
			continue
		}
		meta, p, ok := strings.Cut(rec, "\t")
		f := strings.Fields(meta)
		if !ok || p == "" || len(f) != 3 {
			return nil, fmt.Errorf("cannot parse git ls-files output near %q", rec)
		}
		if f[2] != "0" {
			continue
		}
		files = append(files, File{Path: p, Mode: f[0], Blob: f[1]})
	}
	return files, nil
}

// parseRaw parses `git diff --raw -z` output: for each file
// ":srcmode dstmode srcid dstid status\0path\0" (two paths for copies and
// renames, of which the second is the new one).
func parseRaw(out string) ([]File, error) {
	var files []File
	fields := strings.Split(out, "\x00")
	for i := 0; i < len(fields); i++ {
		head := fields[i]
		if head == "" {
			continue
		}
		meta := strings.Fields(strings.TrimPrefix(head, ":"))
		if !strings.HasPrefix(head, ":") || len(meta) != 5 || i+1 >= len(fields) || fields[i+1] == "" {
			return nil, fmt.Errorf("cannot parse git diff output near %q", head)
		}
		i++
		p := fields[i]
		if s := meta[4]; s[0] == 'R' || s[0] == 'C' {
			if i+1 >= len(fields) || fields[i+1] == "" {
				return nil, fmt.Errorf("cannot parse git diff output near %q", head)
			}
			i++
			p = fields[i]
		}
		files = append(files, File{Path: p, Mode: meta[1], Blob: meta[3]})
	}
	return files, nil
}

// filesPerReader is how many blobs one `git cat-file` process streams before
// another process (and goroutine) is worth starting.
const filesPerReader = 32

// Scan scans the staged blobs with sc, naming files by their repository
// path. Symlinks and submodules are counted as skipped, binary blobs too, and
// files sc's include and exclude globs filter out (as a walk of the work
// tree would). jobs bounds the parallel readers (<=0: GOMAXPROCS).
func Scan(sc *scanner.Scanner, st *Staged, jobs int) (*scanner.Result, error) {
	res := &scanner.Result{Skipped: map[string]int{}}
	excluded := sc.RepoExcluder(st.Top)
	var files []File
	for _, f := range st.Files {
		switch {
		case f.Mode == "120000":
			res.Skipped[scanner.SkipSymlink]++
		case !strings.HasPrefix(f.Mode, "100"):
			res.Skipped[scanner.SkipSpecial]++ // submodule
		case excluded(f.Path):
			res.Skipped[scanner.SkipExcluded]++
		default:
			files = append(files, f)
		}
	}
	jobs = scanner.Jobs(jobs)
	groups := min(jobs, (len(files)+filesPerReader-1)/filesPerReader)
	var (
		mu       sync.Mutex
		wg       sync.WaitGroup
		firstErr error
	)
	for g := range groups {
		// Interleave so that large and small files spread over readers.
		var part []File
		for i := g; i < len(files); i += groups {
			part = append(part, files[i])
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			err := scanBlobs(sc, st.Top, part, func(fr scanner.FileResult, err error) {
				mu.Lock()
				defer mu.Unlock()
				merge(res, fr, err)
			})
			if err != nil {
				mu.Lock()
				if firstErr == nil {
					firstErr = err
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if firstErr != nil {
		return nil, firstErr
	}
	finding.SortNotices(res.Notices)
	return res, nil
}

func merge(res *scanner.Result, fr scanner.FileResult, err error) {
	if errors.Is(err, scanner.ErrBinary) {
		res.Skipped[scanner.SkipBinary]++
		return
	}
	if errors.Is(err, scanner.ErrReport) {
		res.Skipped[scanner.SkipReport]++
		return
	}
	res.Files++
	res.Bytes += fr.Bytes
	if fr.Unreported > 0 && len(fr.Findings) > 0 { // a file over the cap has all its kept findings
		res.AddUnreported(fr.Findings[0].Path, fr.Unreported)
	}
	res.Findings = append(res.Findings, fr.Findings...)
	res.Directives = append(res.Directives, fr.Directives...)
	res.Notices = append(res.Notices, fr.Notices...)
}

// scanBlobs streams the blobs of files from one `git cat-file --batch` and
// scans each as it arrives, calling done for every file.
func scanBlobs(sc *scanner.Scanner, top string, files []File, done func(scanner.FileResult, error)) error {
	ids := make([]string, len(files))
	for i, f := range files {
		ids[i] = f.Blob
	}
	var buf []byte
	err := gitcat.Run(context.Background(), top, "--batch", ids, func(i int, br *bufio.Reader) error {
		fr, nbuf, scanErr, err := gitcat.ScanBlob(sc, br, files[i].Blob, files[i].Path, buf)
		buf = nbuf
		if err != nil {
			return fmt.Errorf("%s: %w", files[i].Path, err)
		}
		done(fr, scanErr)
		return nil
	})
	if err != nil {
		return fmt.Errorf("cannot read staged files: %w", err)
	}
	return nil
}
