// Package cli is the cfauthlint command as a library: subcommands, flags and
// exit codes, with injected standard streams so tests can drive it.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"

	"github.com/cfauthlint/cfauthlint/internal/finding"
	"github.com/cfauthlint/cfauthlint/internal/report"
	"github.com/cfauthlint/cfauthlint/internal/suggest"
	"github.com/cfauthlint/cfauthlint/rules"
)

// Exit codes (SPEC §3).
const (
	ExitClean    = 0 // no findings
	ExitFindings = 1 // findings after suppressions and baseline
	ExitError    = 2 // usage, config or runtime error, or a scan that could not finish
)

// ExitErr carries an exit code with an error message.
type ExitErr struct {
	Code int
	Err  error
}

func (e *ExitErr) Error() string { return e.Err.Error() }
func (e *ExitErr) Unwrap() error { return e.Err }

func usageErr(format string, a ...any) error {
	return &ExitErr{Code: ExitError, Err: fmt.Errorf(format, a...)}
}

// Env is what a command may touch of the outside world.
type Env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	// TuneGC says the process runs this one command and exits: the GC may
	// be tuned for it and left so (see walkGC). Tests that call Main many
	// times leave it false.
	TuneGC bool
	// Context cancels a scan's Go analysis and child processes (main
	// cancels it on SIGINT and SIGTERM); nil means never.
	Context context.Context
}

const usage = `cfauthlint finds Cloudflare credential mistakes in source trees.

Usage:
  cfauthlint scan [flags] [PATH ...]   scan files and directories (default ".")
  cfauthlint rules [--format text|json|markdown] [ID]
                                       list the rule catalog or show one rule
  cfauthlint permissions [--format text|json|terraform] [PATH ...]
                                       the Cloudflare API operations the code calls and
                                       the least-privilege API token they need
  cfauthlint version                   print the version (also --version, -v)
  cfauthlint help [COMMAND]            this text, or a command's flags
  go vet -vettool=$(command -v cfauthlint) ./...

Run "cfauthlint help scan" (or "cfauthlint scan --help") for scan's flags.
Exit codes: 0 no findings at or above --fail-on, 1 findings, 2 error.
`

// Main runs the command line args (without the program name) and returns
// the process exit code.
func Main(args []string, env Env) int {
	err := run(args, env)
	if err == nil {
		return ExitClean
	}
	// Errors may quote what a tool read (git, a parser) or a path from the
	// tree: redact anything secret-shaped, and escape what could end the
	// line and start a workflow command (report.Safe).
	var ee *ExitErr
	if errors.As(err, &ee) {
		if ee.Err != nil && ee.Err.Error() != "" {
			fmt.Fprintf(env.Stderr, "cfauthlint: %s\n", report.Safe(finding.RedactText(ee.Err.Error())))
		}
		return ee.Code
	}
	fmt.Fprintf(env.Stderr, "cfauthlint: %s\n", report.Safe(finding.RedactText(err.Error())))
	return ExitError
}

// silent is an exit with a code and nothing more to print.
func silent(code int) error { return &ExitErr{Code: code, Err: errors.New("")} }

func run(args []string, env Env) error {
	if len(args) == 0 {
		fmt.Fprint(env.Stderr, usage)
		return silent(ExitError)
	}
	switch args[0] {
	case "scan":
		return runScan(args[1:], env)
	case "rules":
		return runRules(args[1:], env)
	case "permissions":
		return runPermissions(args[1:], env)
	case "version", "--version", "-version", "-v":
		fmt.Fprintf(env.Stdout, "cfauthlint %s%s\n", Version(), buildDetails())
		return nil
	case "help", "-h", "-help", "--help":
		if len(args) > 1 && args[0] == "help" {
			switch args[1] {
			case "scan", "rules", "permissions":
				return run([]string{args[1], "--help"}, env)
			case "version":
				fmt.Fprintln(env.Stdout, "Usage: cfauthlint version\n\nPrint the version (also --version, -v).")
				return nil
			}
			return usageErr("help: unknown command %s (want scan, rules, permissions or version)", rules.QuoteName(args[1]))
		}
		fmt.Fprint(env.Stdout, usage)
		return nil
	}
	fmt.Fprint(env.Stderr, usage)
	msg := fmt.Sprintf("unknown command %s", strconv.Quote(args[0]))
	if c := suggest.Closest(args[0], []string{"scan", "rules", "permissions", "version", "help"}); c != "" {
		msg += fmt.Sprintf(" (did you mean %s?)", c)
	}
	return usageErr("%s", msg)
}

// version is stamped at link time by builds that know their release but
// not through the module system, as the GitHub Action builds its checkout:
// -ldflags "-X github.com/cfauthlint/cfauthlint/internal/cli.version=v1.2.3".
var version string

// Version is the stamped version, else the module version when built by
// `go install …@version`, else "devel".
func Version() string {
	if version != "" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "devel"
}

// buildDetails is " (commit …, modified, go1.x)" from the build info, for
// bug reports from source builds; "" when there is nothing to say.
func buildDetails() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return ""
	}
	var parts []string
	for _, s := range bi.Settings {
		switch {
		case s.Key == "vcs.revision" && len(s.Value) >= 12:
			parts = append(parts, "commit "+s.Value[:12])
		case s.Key == "vcs.modified" && s.Value == "true":
			parts = append(parts, "modified")
		}
	}
	if bi.GoVersion != "" {
		parts = append(parts, bi.GoVersion)
	}
	if len(parts) == 0 {
		return ""
	}
	return " (" + strings.Join(parts, ", ") + ")"
}

// parseInterspersed parses flags that may come before, between or after
// positional arguments (`scan . --format json`); "--" ends flags.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" {
			return append(pos, rest...), nil
		}
		if len(rest) == 0 {
			return pos, nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// stringList is a repeatable string flag.
type stringList []string

func (l *stringList) String() string     { return strings.Join(*l, ",") }
func (l *stringList) Set(v string) error { *l = append(*l, v); return nil }

// writeOutput writes through fn to path atomically (temp file + rename), or
// to standard output when path is "".
//
// Some paths are written as they are, never renamed over: a standard stream
// or descriptor by name (/dev/stdout, /dev/fd/N, /proc/self/fd/N) goes to
// the descriptor already open, so that `>> log` appends; a device or FIFO
// (/dev/null) is opened and written. A symlink is kept, its target (even a
// missing one) replaced.
func writeOutput(path string, env Env, fn func(io.Writer) error) error {
	if path == "" {
		return fn(env.Stdout)
	}
	if w, closer, ok, err := openStream(path, env); ok {
		if err != nil {
			return fmt.Errorf("cannot write report: %w", err)
		}
		return writeClose(w, closer, fn)
	}
	path, inPlace, err := outputTarget(path)
	if err != nil {
		return fmt.Errorf("cannot write report: %w", err)
	}
	if inPlace {
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_TRUNC, 0)
		if err != nil {
			return fmt.Errorf("cannot write report: %w", err)
		}
		return writeClose(f, f, fn)
	}
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("cannot write report: %w", err)
	}
	defer os.Remove(tmp.Name()) // no-op after a successful rename
	if err := fn(tmp); err != nil {
		tmp.Close()
		return fmt.Errorf("cannot write report: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("cannot write report: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("cannot write report: %w", err)
	}
	// A new report is 0644; rewriting one keeps the mode the user gave it
	// (e.g. 0600 for a report made with --show-secrets).
	mode := os.FileMode(0o644)
	if fi, err := os.Stat(path); err == nil && fi.Mode().IsRegular() {
		mode = fi.Mode().Perm()
	}
	if err := os.Chmod(tmp.Name(), mode); err != nil {
		return fmt.Errorf("cannot write report: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("cannot write report: %w", err)
	}
	return nil
}

// writeClose writes through fn to w, then closes c (if any): the first
// error is the report's.
func writeClose(w io.Writer, c io.Closer, fn func(io.Writer) error) error {
	err := fn(w)
	if c != nil {
		if cerr := c.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		return fmt.Errorf("cannot write report: %w", err)
	}
	return nil
}

// openStream returns the descriptor already open that path names by
// number (/dev/stdout, /dev/fd/N, /proc/self/fd/N): standard output and
// error through env, any other as a duplicate to close after writing.
// Opening the name again would make a new file description, at offset 0 of
// a file the shell opened for appending, or, renamed over, replace it.
func openStream(path string, env Env) (w io.Writer, closer io.Closer, ok bool, err error) {
	if runtime.GOOS == "windows" {
		return nil, nil, false, nil
	}
	p := filepath.Clean(path)
	var num string
	switch {
	case p == "/dev/stdout":
		num = "1"
	case p == "/dev/stderr":
		num = "2"
	case strings.HasPrefix(p, "/dev/fd/"):
		num = strings.TrimPrefix(p, "/dev/fd/")
	case strings.HasPrefix(p, "/proc/self/fd/"):
		num = strings.TrimPrefix(p, "/proc/self/fd/")
	default:
		return nil, nil, false, nil
	}
	n, convErr := strconv.Atoi(num)
	if convErr != nil || n < 0 {
		return nil, nil, false, nil
	}
	switch n {
	case 1:
		return env.Stdout, nil, true, nil
	case 2:
		return env.Stderr, nil, true, nil
	}
	f, err := dupFD(n, path)
	if err != nil {
		return nil, nil, true, err
	}
	return f, f, true, nil
}

// outputTarget follows path's symlinks to the file a report replaces,
// including a link to a file not there yet. inPlace says the file must be
// written as it is: a device, FIFO or socket, or a link in /proc (such as
// /dev/fd/N), which names an open file rather than a path.
func outputTarget(path string) (target string, inPlace bool, err error) {
	for range 40 {
		if inProc(path) {
			return path, true, nil
		}
		fi, err := os.Lstat(path)
		switch {
		case err != nil:
			return path, false, nil // a new file
		case fi.IsDir():
			return "", false, fmt.Errorf("%s is a directory", path)
		case fi.Mode()&os.ModeSymlink == 0:
			return path, !fi.Mode().IsRegular(), nil
		}
		link, err := os.Readlink(path)
		if err != nil {
			return "", false, err
		}
		if !filepath.IsAbs(link) {
			link = filepath.Join(filepath.Dir(path), link)
		}
		path = link
	}
	return "", false, fmt.Errorf("%s: too many levels of symbolic links", path)
}

// inProc reports a path whose directory is in /proc (on Unix), however
// reached: /dev/fd is a link to /proc/self/fd.
func inProc(path string) bool {
	if runtime.GOOS == "windows" {
		return false
	}
	dir, err := filepath.EvalSymlinks(filepath.Dir(path))
	if err != nil {
		return false
	}
	dir, err = filepath.Abs(dir)
	return err == nil && (dir == "/proc" || strings.HasPrefix(dir, "/proc/"))
}
