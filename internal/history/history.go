// Package history scans every blob reachable from any ref of a git
// repository, each blob once, and names for each finding the commit that
// introduced the blob and its path there. It drives `scan --history`.
//
// Three git processes do the work: `git log --all --raw -m` lists, oldest
// first, every blob each commit adds or changes (a root commit adds all its
// files, merges are compared with each parent), so the first sighting of a
// blob is the commit that introduced it; `git cat-file --batch-check` gives
// the blobs' sizes; and one `git cat-file --batch` per worker streams the
// contents into the scanner. A secret that was committed and later deleted
// is still in some blob, so it is found.
package history

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"github.com/cfauthlint/cfauthlint/internal/proc"
	"io"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/cfauthlint/cfauthlint/internal/finding"
	"github.com/cfauthlint/cfauthlint/internal/gitcat"
	"github.com/cfauthlint/cfauthlint/internal/scanner"
)

// Options configure a history scan.
type Options struct {
	Jobs int // parallel readers; <=0 means GOMAXPROCS
	// MaxBlobBytes skips larger blobs (counted as SkipTooLarge); <=0 means
	// DefaultMaxBlobBytes.
	MaxBlobBytes int64
	// AllowShallow scans a shallow clone's partial history, with a notice;
	// otherwise a shallow clone is ErrShallow.
	AllowShallow bool
}

// ErrShallow is a shallow clone: its history is cut, so a scan of it would
// miss what older commits hold while reporting success.
var ErrShallow = errors.New("the repository is a shallow clone: commits before its shallow boundary are missing, so their secrets would go unseen; fetch the whole history (git fetch --unshallow; actions/checkout with fetch-depth: 0), or pass --allow-shallow to scan what is there")

// DefaultMaxBlobBytes bounds the blobs read: history often holds large
// generated or vendored files that a checkout scan would stream, but reading
// each of their versions would dominate the run.
const DefaultMaxBlobBytes = 64 << 20

// SkipTooLarge counts blobs above MaxBlobBytes in Result.Skipped.
const SkipTooLarge = "too-large"

// Blob is one blob to scan and where it first appeared.
type Blob struct {
	ID     string
	Commit string // the commit that introduced it
	Path   string // its path in that commit
	Mode   string
	Size   int64
	order  int // position of the introducing commit, oldest first
}

// Result is a history scan's outcome.
type Result struct {
	*scanner.Result
	// Suppressed counts findings removed by inline directives. Directives
	// apply within their own blob, so they are applied here rather than
	// handed to the caller (Result.Directives stays empty).
	Suppressed int
	Commits    int
}

// Scan scans the history of the repository that dir belongs to with sc.
func Scan(ctx context.Context, sc *scanner.Scanner, dir string, opt Options) (*Result, error) {
	if _, err := gitcat.Output(dir, "rev-parse", "--git-dir"); err != nil {
		return nil, fmt.Errorf("--history needs a git repository: %w", err)
	}
	// The work tree's top, for globs relative to the config file's directory
	// (none in a bare repository).
	var top string
	if out, err := gitcat.Output(dir, "rev-parse", "--show-toplevel"); err == nil {
		top = strings.TrimSpace(out)
	}
	shallow := false
	if out, err := gitcat.Output(dir, "rev-parse", "--is-shallow-repository"); err == nil && strings.TrimSpace(out) == "true" {
		if !opt.AllowShallow {
			return nil, ErrShallow
		}
		shallow = true
	}
	blobs, commits, err := Blobs(ctx, dir)
	if err != nil {
		return nil, err
	}
	res := &Result{Result: &scanner.Result{Skipped: map[string]int{}}, Commits: commits}
	if shallow {
		res.Notices = append(res.Notices, finding.Notice{Message: fmt.Sprintf("--history on a shallow clone (--allow-shallow): %d commits scanned, the history before its shallow boundary was not", commits)})
	}
	excluded := sc.RepoExcluder(top)
	var todo []*Blob
	for _, b := range blobs {
		switch {
		case b.Mode == "120000":
			res.Skipped[scanner.SkipSymlink]++
		case !strings.HasPrefix(b.Mode, "100"):
			res.Skipped[scanner.SkipSpecial]++
		case excluded(b.Path):
			res.Skipped[scanner.SkipExcluded]++
		default:
			todo = append(todo, b)
		}
	}
	if err := sizes(ctx, dir, todo); err != nil {
		return nil, err
	}
	limit := opt.MaxBlobBytes
	if limit <= 0 {
		limit = DefaultMaxBlobBytes
	}
	scan := todo[:0]
	for _, b := range todo {
		if b.Size > limit {
			res.Skipped[SkipTooLarge]++
			continue
		}
		scan = append(scan, b)
	}
	jobs := scanner.Jobs(opt.Jobs)
	found, err := scanAll(ctx, sc, dir, scan, jobs, res)
	if err != nil {
		return nil, err
	}
	res.Findings = firstIntroduced(found)
	finding.SortNotices(res.Notices)
	return res, nil
}

// blobFindings are the findings of one blob.
type blobFindings struct {
	blob *Blob
	fs   []finding.Finding
}

// firstIntroduced keeps, for each rule, path and value, the findings of
// the oldest blob that has them: a secret that stays in a file through many
// edits is reported once, at the commit that introduced it.
func firstIntroduced(all []blobFindings) []finding.Finding {
	sort.Slice(all, func(i, j int) bool {
		if all[i].blob.order != all[j].blob.order {
			return all[i].blob.order < all[j].blob.order
		}
		return all[i].blob.ID < all[j].blob.ID
	})
	type key struct{ rule, path, value string }
	owner := map[key]string{} // key → blob id that reported it first
	var out []finding.Finding
	for _, bf := range all {
		for _, f := range bf.fs {
			k := key{f.RuleID, f.Path, f.ValueHash}
			if id, seen := owner[k]; seen && id != bf.blob.ID {
				continue
			}
			owner[k] = bf.blob.ID
			out = append(out, f)
		}
	}
	return out
}

// Blobs lists every blob added or changed by a commit reachable from any
// ref, each once, with the commit (oldest first) that introduced it. It also
// returns the number of commits seen.
func Blobs(ctx context.Context, dir string) ([]*Blob, int, error) {
	cmd := proc.Command(ctx, "git", "log", "--all", "--date-order", "--reverse", "-m", "--root",
		"--raw", "-z", "--no-abbrev", "--no-renames", "--no-show-signature", "--format=%x01%H")
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, 0, err
	}
	if err := cmd.Start(); err != nil {
		return nil, 0, fmt.Errorf("cannot run git log: %w", err)
	}
	blobs, commits, perr := parseLog(bufio.NewReaderSize(out, 256<<10))
	if perr != nil {
		io.Copy(io.Discard, out)
	}
	werr := cmd.Wait()
	proc.Done(cmd)
	switch {
	case perr != nil:
		return nil, 0, perr
	case werr != nil && strings.Contains(stderr.String(), "does not have any commits"):
		return nil, 0, nil
	case werr != nil:
		return nil, 0, fmt.Errorf("git log: %s", gitcat.FirstLine(strings.TrimSpace(stderr.String()+" "+werr.Error())))
	}
	return blobs, commits, nil
}

// zeroID is the all-zero object id git shows for a deleted side.
func zeroID(id string) bool { return strings.Trim(id, "0") == "" }

// parseLog reads `git log --raw -z --format=%x01%H` output: a "\x01<commit>"
// field per commit (again per parent of a merge), each followed by raw
// entries ":srcmode dstmode srcid dstid status" and a path field.
func parseLog(r *bufio.Reader) ([]*Blob, int, error) {
	seen := map[string]bool{}
	commitSeen := map[string]bool{}
	var (
		blobs  []*Blob
		commit string
		order  int
	)
	for {
		field, err := r.ReadString(0)
		if err == io.EOF && field == "" {
			return blobs, len(commitSeen), nil
		}
		if err != nil && err != io.EOF {
			return nil, 0, fmt.Errorf("reading git log: %w", err)
		}
		field = strings.TrimLeft(strings.TrimSuffix(field, "\x00"), "\n")
		switch {
		case field == "":
		case field[0] == '\x01':
			commit = field[1:]
			if !commitSeen[commit] {
				commitSeen[commit] = true
				order++
			}
		case field[0] == ':':
			meta := strings.Fields(field[1:])
			if len(meta) != 5 || commit == "" {
				return nil, 0, fmt.Errorf("cannot parse git log output near %q", field)
			}
			p, perr := r.ReadString(0)
			if perr != nil {
				return nil, 0, fmt.Errorf("cannot parse git log output: path missing after %q", field)
			}
			p = strings.TrimSuffix(p, "\x00")
			id := meta[3]
			if zeroID(id) || seen[id] {
				continue
			}
			seen[id] = true
			blobs = append(blobs, &Blob{ID: id, Commit: commit, Path: p, Mode: meta[1], order: order})
		default:
			return nil, 0, fmt.Errorf("cannot parse git log output near %q", field)
		}
	}
}

// sizes fills in the blobs' sizes with one `git cat-file --batch-check`;
// an object that is not a blob gets size -1.
func sizes(ctx context.Context, dir string, blobs []*Blob) error {
	return catFile(ctx, dir, "--batch-check=%(objectname) %(objecttype) %(objectsize)", blobs, func(b *Blob, br *bufio.Reader) error {
		line, err := br.ReadString('\n')
		if err != nil {
			return err
		}
		f := strings.Fields(line)
		switch {
		case len(f) != 3 || f[0] != b.ID:
			return gitcat.AnswerError(b.ID, line)
		case f[1] != "blob":
			b.Size = -1
			return nil
		}
		if b.Size, err = strconv.ParseInt(f[2], 10, 64); err != nil {
			return gitcat.AnswerError(b.ID, line)
		}
		return nil
	})
}

// scanAll scans blobs with jobs `git cat-file --batch` readers, spreading
// the bytes evenly over them.
func scanAll(ctx context.Context, sc *scanner.Scanner, dir string, blobs []*Blob, jobs int, res *Result) ([]blobFindings, error) {
	var valid []*Blob
	for _, b := range blobs {
		if b.Size >= 0 {
			valid = append(valid, b)
		}
	}
	groups := partition(valid, jobs)
	var (
		mu       sync.Mutex
		wg       sync.WaitGroup
		firstErr error
		found    []blobFindings
	)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	for _, part := range groups {
		wg.Add(1)
		go func() {
			defer wg.Done()
			err := readBlobs(ctx, sc, dir, part, func(b *Blob, fr scanner.FileResult, err error) {
				mu.Lock()
				defer mu.Unlock()
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
				res.AddUnreported(b.Path, fr.Unreported)
				for i := range fr.Findings {
					fr.Findings[i].Commit = b.Commit
				}
				kept, n, _ := finding.Suppress(fr.Findings, fr.Directives)
				res.Suppressed += n
				for _, nt := range fr.Notices {
					nt.Message += " (in commit " + b.Commit + ")"
					res.Notices = append(res.Notices, nt)
				}
				if len(kept) > 0 {
					found = append(found, blobFindings{b, kept})
				}
			})
			if err != nil {
				mu.Lock()
				if firstErr == nil {
					firstErr = err
					cancel()
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return found, firstErr
}

// partition splits blobs into at most n groups of about equal total size.
// The versions of one path stay together and in history order: git stores
// them as deltas of each other, and one cat-file process that reads them in
// a row reuses its delta base cache instead of rebuilding each chain.
func partition(blobs []*Blob, n int) [][]*Blob {
	if len(blobs) == 0 {
		return nil
	}
	n = max(1, min(n, len(blobs)))
	sorted := append([]*Blob(nil), blobs...)
	sort.SliceStable(sorted, func(i, j int) bool {
		if sorted[i].Path != sorted[j].Path {
			return sorted[i].Path < sorted[j].Path
		}
		return sorted[i].order < sorted[j].order
	})
	const perBlob = 512 // a per-blob cost, so that many tiny blobs spread too
	var total int64
	for _, b := range sorted {
		total += b.Size + perBlob
	}
	groups := make([][]*Blob, 0, n)
	var cur []*Blob
	var load int64
	for i, b := range sorted {
		cur = append(cur, b)
		load += b.Size + perBlob
		// Close a group at a path boundary once it has its share.
		last := i == len(sorted)-1
		if !last && len(groups) < n-1 && load*int64(n) >= total && sorted[i+1].Path != b.Path {
			groups = append(groups, cur)
			cur, load = nil, 0
		}
	}
	return append(groups, cur)
}

// readBlobs streams the blobs from one `git cat-file --batch` and scans each.
func readBlobs(ctx context.Context, sc *scanner.Scanner, dir string, blobs []*Blob, done func(*Blob, scanner.FileResult, error)) error {
	var buf []byte
	return catFile(ctx, dir, "--batch", blobs, func(b *Blob, br *bufio.Reader) error {
		fr, nbuf, scanErr, err := gitcat.ScanBlob(sc, br, b.ID, b.Path, buf)
		buf = nbuf
		if err != nil {
			return err
		}
		done(b, fr, scanErr)
		return nil
	})
}

// catFile runs gitcat.Run over the blobs' ids; errors name the blob.
func catFile(ctx context.Context, dir, mode string, blobs []*Blob, read func(*Blob, *bufio.Reader) error) error {
	ids := make([]string, len(blobs))
	for i, b := range blobs {
		ids[i] = b.ID
	}
	err := gitcat.Run(ctx, dir, mode, ids, func(i int, br *bufio.Reader) error {
		if err := read(blobs[i], br); err != nil {
			return fmt.Errorf("%s (%s): %w", blobs[i].Path, blobs[i].ID, err)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("reading history: %w", err)
	}
	return nil
}
