package cli

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/cfauthlint/cfauthlint/internal/config"
	"github.com/cfauthlint/cfauthlint/internal/finding"
	"github.com/cfauthlint/cfauthlint/internal/goscan"
	"github.com/cfauthlint/cfauthlint/internal/report"
	"github.com/cfauthlint/cfauthlint/internal/scanner"
	"github.com/cfauthlint/cfauthlint/rules"
	"github.com/cfauthlint/cfauthlint/sarif"
)

// scanFlags are the parsed `scan` flags.
type scanFlags struct {
	format, output, configPath string
	sarifOutput                string // --sarif-output: a SARIF report besides the main one
	color                      string // --color auto|always|never
	stdinName                  string // --stdin-name: the path standard input ("-") is shown and configured as
	stdin                      io.Reader
	summaryOutput              string // --summary-output: a Markdown summary appended to a file
	include, exclude           stringList
	noGitignore, followLinks   bool
	goMode                     string
	showSecrets, exitZero      bool
	failOn                     string     // --fail-on: the lowest level that fails the run, or "none"
	disable, enable            stringList // --disable/--enable RULE, ids or names
	quiet, progress            bool
	jobs                       int
	paths                      []string
	pathsGiven                 bool // PATH arguments were given (else paths is ".")

	staged                  bool   // scan the blobs staged in the git index
	since, diff             string // --since REV, --diff A..B
	revRange                string // the range --since or --diff names, for git diff
	baseline, writeBaseline string // --baseline, --write-baseline files
	// scope reports whether a path was covered by this scan, for stale
	// baseline entries; set by the staged source, else derived from paths.
	scope func(path string) bool

	deepFlags // --history, --verify, --verify-base-url (deep.go)

	tuneGC bool // Env.TuneGC: tune the GC for the file walk (gctune.go)

	ctx  context.Context // Env.Context
	prog *progress       // nil: no progress line

}

func (f *scanFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.format, "format", "text", "output format: text, json, sarif or github")
	fs.StringVar(&f.output, "output", "", "write the report to `FILE` (atomically) instead of standard output")
	fs.StringVar(&f.sarifOutput, "sarif-output", "", "also write a SARIF report to `FILE` (atomically), from the same scan")
	fs.StringVar(&f.summaryOutput, "summary-output", "", "append a Markdown summary (findings by rule, redacted) to `FILE`, e.g. $GITHUB_STEP_SUMMARY")
	fs.StringVar(&f.color, "color", "auto", "colour the text report: auto (on a terminal, unless NO_COLOR is set), always or never")
	fs.StringVar(&f.stdinName, "stdin-name", "stdin", "with PATH \"-\", the `NAME` standard input is shown as, and configured and matched by (e.g. deploy/main.tf)")
	fs.StringVar(&f.configPath, "config", "", "one config `FILE` for every file scanned (default: each file's nearest .cfauthlint.yaml or .cfauthlint.yml, up to the git root)")
	fs.Var(&f.include, "include", "only scan files matching this doublestar `GLOB` (repeatable)")
	fs.Var(&f.exclude, "exclude", "skip files and directories matching this doublestar `GLOB` (repeatable)")
	fs.BoolVar(&f.noGitignore, "no-gitignore", false, "scan files that .gitignore excludes")
	fs.BoolVar(&f.followLinks, "follow-symlinks", false, "follow symbolic links (loops are detected and skipped)")
	fs.StringVar(&f.goMode, "go", "auto", "type-aware Go analysis: auto or off")
	fs.BoolVar(&f.showSecrets, "show-secrets", false, "print matched secrets unredacted (never use in CI logs)")
	fs.BoolVar(&f.exitZero, "exit-zero", false, "exit 0 even when there are findings (errors still exit 2); the same as --fail-on none")
	fs.StringVar(&f.failOn, "fail-on", "warning", "exit 1 for findings of this `LEVEL` or above: error, warning, note or none")
	fs.Var(&f.disable, "disable", "turn off a `RULE` (id or name; repeatable, or comma-separated)")
	fs.Var(&f.enable, "enable", "turn on a `RULE` that a config file disables (id or name; repeatable, or comma-separated)")
	fs.BoolVar(&f.quiet, "quiet", false, "do not print the summary, warnings or progress on standard error")
	fs.BoolVar(&f.progress, "progress", false, "show progress on standard error at once, even when it is not a terminal (default: on a terminal, after 2s)")
	fs.IntVar(&f.jobs, "j", 0, "scan `N` files in parallel, at most 256 (default: number of CPUs)")
	fs.BoolVar(&f.staged, "staged", false, "scan what is staged in the git index (what the next commit holds), for pre-commit; with PATHs, the staged content of those files")
	fs.StringVar(&f.since, "since", "", "scan only the files changed since `REV` (REV...HEAD: what the branch changed), as blobs from git; for pull requests")
	fs.StringVar(&f.diff, "diff", "", "scan only the files that `RANGE` (BASE..HEAD or BASE...HEAD) changes, as blobs from git")
	fs.StringVar(&f.baseline, "baseline", "", "hide the findings recorded in baseline `FILE` and report its stale entries")
	fs.StringVar(&f.writeBaseline, "write-baseline", "", "record the current findings in baseline `FILE` (atomically) and exit 0")
	f.deepFlags.register(fs)
}

func scanFlagSet(f *scanFlags) *flag.FlagSet {
	fs := flag.NewFlagSet("cfauthlint scan", flag.ContinueOnError)
	f.register(fs)
	return fs
}

// scanUsage is `cfauthlint scan --help`.
func scanUsage(w io.Writer, fs *flag.FlagSet) {
	fmt.Fprint(w, `Usage: cfauthlint scan [flags] [PATH ...]

Scan files and directories (default "."), or standard input for PATH "-",
for Cloudflare credential mistakes. Flags may come before or after the paths.
Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 error.

Flags:
`)
	printFlags(w, fs, flagChoices)
}

func runScan(args []string, env Env) error {
	f := scanFlags{tuneGC: env.TuneGC}
	fs := scanFlagSet(&f)
	paths, perr := parseFlags(fs, args, env, func(w io.Writer) { scanUsage(w, fs) })
	if errors.Is(perr, flag.ErrHelp) {
		return nil
	}
	if perr != nil {
		return perr
	}
	f.pathsGiven = len(paths) > 0
	if len(paths) == 0 {
		paths = []string{"."}
	}
	f.paths = paths
	switch f.format {
	case "text", "json", "sarif", "github":
	default:
		return usageErr("unknown --format %q (want text, json, sarif or github)", f.format)
	}
	switch f.goMode {
	case "auto", "off":
	default:
		return usageErr("unknown --go=%q (want auto or off)", f.goMode)
	}
	if f.sarifOutput != "" && f.output != "" && filepath.Clean(f.sarifOutput) == filepath.Clean(f.output) {
		return usageErr("--output and --sarif-output name the same file %s", report.Safe(f.output))
	}
	switch f.color {
	case "auto", "always", "never":
	default:
		return usageErr("unknown --color %s (want auto, always or never)", rules.QuoteName(f.color))
	}
	if slices.Contains(paths, "-") {
		switch {
		case len(paths) > 1:
			return usageErr("PATH \"-\" (standard input) cannot be combined with other paths")
		case f.staged || f.history || f.since != "" || f.diff != "":
			return usageErr("PATH \"-\" (standard input) cannot be combined with --staged, --history, --since or --diff")
		}
		f.stdin = env.Stdin
	}
	switch f.failOn {
	case "error", "warning", "note", "none":
	default:
		return usageErr("unknown --fail-on %s (want error, warning, note or none)", rules.QuoteName(f.failOn))
	}
	if f.exitZero {
		f.failOn = "none"
	}
	var err error
	if f.disable, err = ruleIDs("--disable", f.disable); err != nil {
		return err
	}
	if f.enable, err = ruleIDs("--enable", f.enable); err != nil {
		return err
	}
	for _, id := range f.disable {
		if slices.Contains(f.enable, id) {
			return usageErr("rule %s is both --disable'd and --enable'd", id)
		}
	}
	if f.jobs < 0 || f.jobs > scanner.MaxJobs {
		return usageErr("-j must be between 1 and %d (0: the number of CPUs)", scanner.MaxJobs)
	}
	if err := f.checkDeep(); err != nil {
		return err
	}
	if err := f.checkRange(); err != nil {
		return err
	}
	start := time.Now()
	cfgs, err := newConfigs(f.configPath)
	if err != nil {
		return &ExitErr{Code: ExitError, Err: err}
	}
	f.ctx = env.Context
	if f.ctx == nil {
		f.ctx = context.Background()
	}
	f.prog = newProgress(env.Stderr, f.progress, f.quiet)
	res, err := collect(&f, cfgs)
	f.prog.Done()
	if err != nil {
		return err
	}
	if err := cfgs.set.Err(); err != nil {
		return &ExitErr{Code: ExitError, Err: cfgs.shown(err)}
	}
	// Every value a secret finding of the run matched, suppressed or not,
	// is redacted from the notices (tools quote what they complain about).
	redactor := finding.NewRedactor(res.Findings)
	rep := &finding.Report{Version: Version(), Notices: res.Notices}
	// De-duplicate first, so a finding the walker and an analyzer both made
	// counts once whether it is reported or suppressed.
	kept, suppressed, notices := finding.Suppress(finding.SortDedupe(cfgs.apply(&f, res.Findings)), res.Directives)
	rep.Findings = kept
	rep.Notices = append(rep.Notices, notices...)
	var baselined int
	rep.Findings, baselined, notices, err = applyBaseline(&f, rep.Findings, env)
	if err != nil {
		return err
	}
	rep.Notices = append(rep.Notices, notices...)
	// Test code and test data: reported, one confidence step lower, and
	// counted apart (by the path in the repository, as code scanning shows).
	rel := repoRel(cfgs.wd)
	if f.repoPaths() {
		rel = nil
	}
	testPaths := finding.MarkTestPaths(rep.Findings, rel)
	if f.verify {
		rep.Notices = append(rep.Notices, verifyFindings(&f, rep.Findings)...)
	}
	if (f.format == "sarif" || f.sarifOutput != "") && len(rep.Findings) > githubKeptResults {
		rep.Notices = append(rep.Notices, finding.Notice{Message: fmt.Sprintf(
			"%d results: GitHub code scanning keeps at most %d results of a run and rejects an upload of more than %d; record the current findings with --write-baseline, or narrow the scan",
			len(rep.Findings), githubKeptResults, githubMaxResults)})
	}
	for i := range rep.Notices {
		// Notices quote other tools (type checker, HCL parser, git), which
		// may quote a credential.
		rep.Notices[i].Message = redactor.Redact(rep.Notices[i].Message)
	}
	finding.SortNotices(rep.Notices)
	// A parser's complaint repeated over many files (Go fmt templates of
	// .tf files in a provider's testdata) is one counted notice.
	rep.Notices = finding.CollapseNotices(rep.Notices)
	rep.Summary = finding.Summary{
		Files: res.Files, Bytes: res.Bytes, Skipped: res.Skipped,
		Findings: len(rep.Findings), ByLevel: byLevel(rep.Findings),
		Suppressed: suppressed + f.preSuppressed, Baselined: baselined,
		Unreported: cfgs.unreported(res.Unreported),
		TestPaths:  testPaths,
		DurationMS: time.Since(start).Milliseconds(),
	}
	if err := writeOutput(f.output, env, func(w io.Writer) error {
		return render(f.format, w, rep, cfgs.wd, f.repoPaths(), f.format == "text" && f.useColor(env.Stdout))
	}); err != nil {
		return &ExitErr{Code: ExitError, Err: err}
	}
	if f.sarifOutput != "" {
		if err := writeOutput(f.sarifOutput, env, func(w io.Writer) error { return render("sarif", w, rep, cfgs.wd, f.repoPaths(), false) }); err != nil {
			return &ExitErr{Code: ExitError, Err: err}
		}
	}
	if f.summaryOutput != "" {
		if err := appendOutput(f.summaryOutput, func(w io.Writer) error { return report.Markdown(w, rep) }); err != nil {
			return &ExitErr{Code: ExitError, Err: err}
		}
	}
	if !f.quiet {
		if f.format != "github" {
			report.Notices(env.Stderr, rep.Notices)
		}
		fmt.Fprintln(env.Stderr, report.SummaryLine(rep.Summary))
		if f.staged && res.Bytes == 0 {
			fmt.Fprintln(env.Stderr, "cfauthlint: --staged scanned 0 bytes: no staged text file to check (nothing staged, only deletions, or all filtered out)")
		}
	}
	if failing(f.failOn, rep) {
		return silent(ExitFindings)
	}
	return nil
}

func byLevel(fs []finding.Finding) map[string]int {
	m := map[string]int{}
	for _, f := range fs {
		m[f.Level]++
	}
	return m
}

// levelRank orders the levels a finding may have: a higher rank is worse.
var levelRank = map[string]int{"note": 1, "warning": 2, "error": 3}

// failing reports whether the report fails the run at --fail-on level
// failOn: a finding at that level or above, or findings left out of a file
// over the scanner's cap (their levels are unknown, so the run is not clean
// while they are there).
func failing(failOn string, rep *finding.Report) bool {
	if failOn == "none" {
		return false
	}
	if rep.Summary.Unreported > 0 {
		return true
	}
	for _, f := range rep.Findings {
		if levelRank[f.Level] >= levelRank[failOn] {
			return true
		}
	}
	return false
}

// ruleIDs turns --disable/--enable values (ids or names, repeatable or
// comma-separated) into rule ids; an unknown one is a usage error naming the
// closest rule.
func ruleIDs(flagName string, vals []string) ([]string, error) {
	var out []string
	for _, v := range vals {
		for _, w := range strings.Split(v, ",") {
			if w = strings.TrimSpace(w); w == "" {
				continue
			}
			r := rules.Lookup(w)
			if r == nil {
				return nil, usageErr("%s: %s; run `cfauthlint rules` for the catalog", flagName, rules.UnknownRule(w))
			}
			out = append(out, r.ID)
		}
	}
	return out, nil
}

// GitHub code scanning's limits on a SARIF run: it stores the top
// githubKeptResults results and rejects an upload of more than
// githubMaxResults (docs: "SARIF results exceed limits").
const (
	githubKeptResults = 5000
	githubMaxResults  = 25000
)

// collect gathers raw findings, directives and notices from the sources the
// flags select: the file walker (with the Go analyzers of the modules found).
func collect(f *scanFlags, cfgs *configs) (*scanner.Result, error) {
	checks := []scanner.FileCheck{terraformCheck{cfgs}}
	if f.prog != nil {
		checks = append(checks, fileCounter{f.prog})
	}
	var goFiles *goscan.Recorder // the Go files the walker scans, for --go=auto
	if f.goMode == "auto" && !f.repoPaths() {
		goFiles = goscan.NewRecorder(cfgs.set.Hosts())
		goFiles.PrefetchEnv(f.ctx, nil)
		checks = append(checks, goFiles)
	}
	include, exclude, globBase := cfgs.globs(f)
	sc, err := scanner.New(scanner.Options{
		Include:        include,
		Exclude:        exclude,
		GlobBase:       globBase,
		NoGitignore:    f.noGitignore,
		FollowSymlinks: f.followLinks,
		Jobs:           f.jobs,
		ShowSecrets:    f.showSecrets,
		Checks:         checks,
		Skip:           f.reportFiles(),
		Config:         cfgs.filter,
		HostsFor:       cfgs.hosts,
	})
	if err != nil {
		return nil, usageErr("%v", err)
	}
	if f.stdin != nil {
		return collectStdin(f, sc)
	}
	if f.staged {
		return collectStaged(f, sc, cfgs)
	}
	if f.revRange != "" {
		return collectChanged(f, sc, cfgs)
	}
	if f.history {
		return collectHistory(f, sc, cfgs)
	}
	restoreGC := func() {}
	if f.tuneGC {
		restoreGC = walkGC()
	}
	res, err := sc.Run(f.paths)
	if err != nil {
		return nil, &ExitErr{Code: ExitError, Err: err}
	}
	if goFiles != nil {
		restoreGC()
		// The Go analyzers take one host list: every config's of the run.
		if err := mergeGo(f, &config.Config{Hosts: cfgs.set.Hosts()}, sc, goFiles, res); err != nil {
			return nil, err
		}
	}
	return res, nil
}

func render(format string, w io.Writer, rep *finding.Report, wd string, repoPaths, color bool) error {
	switch format {
	case "json":
		return report.JSON(w, rep)
	case "sarif":
		return sarif.Write(w, repoRooted(rep, wd, repoPaths))
	case "github":
		return report.GitHub(w, rep)
	}
	if color {
		return report.TextColor(w, rep)
	}
	return report.Text(w, rep)
}

// appendOutput appends what fn writes to the file at path (created if
// missing), as GitHub's step summary file wants.
func appendOutput(path string, fn func(io.Writer) error) error {
	var b bytes.Buffer
	if err := fn(&b); err != nil {
		return err
	}
	file, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
	if err != nil {
		return fmt.Errorf("cannot write summary: %w", err)
	}
	if _, err := file.Write(b.Bytes()); err != nil {
		file.Close()
		return fmt.Errorf("cannot write summary: %w", err)
	}
	if err := file.Close(); err != nil {
		return fmt.Errorf("cannot write summary: %w", err)
	}
	return nil
}

// collectStdin scans standard input as the file f.stdinName.
func collectStdin(f *scanFlags, sc *scanner.Scanner) (*scanner.Result, error) {
	name := filepath.ToSlash(filepath.Clean(f.stdinName))
	res := &scanner.Result{Skipped: map[string]int{}}
	fr, _, err := sc.ScanReader(name, f.stdin, nil)
	switch {
	case errors.Is(err, scanner.ErrBinary):
		res.Skipped[scanner.SkipBinary]++
		return res, nil
	case errors.Is(err, scanner.ErrReport):
		res.Skipped[scanner.SkipReport]++
		return res, nil
	case err != nil:
		return nil, &ExitErr{Code: ExitError, Err: fmt.Errorf("cannot read standard input: %w", err)}
	}
	res.Files, res.Bytes = 1, fr.Bytes
	res.AddUnreported(name, fr.Unreported)
	res.Findings, res.Directives, res.Notices = fr.Findings, fr.Directives, fr.Notices
	return res, nil
}

// useColor reports whether the text report gets colours: --color, else
// on a terminal unless NO_COLOR is set (no-color.org).
func (f *scanFlags) useColor(w io.Writer) bool {
	switch f.color {
	case "always":
		return true
	case "never":
		return false
	}
	return f.output == "" && os.Getenv("NO_COLOR") == "" && isTerminal(w)
}

// checkRange validates --since and --diff.
func (f *scanFlags) checkRange() error {
	switch {
	case f.since != "" && f.diff != "":
		return usageErr("--since and --diff cannot be combined")
	case (f.since != "" || f.diff != "") && (f.staged || f.history):
		return usageErr("--since and --diff cannot be combined with --staged or --history")
	case strings.HasPrefix(f.since, "-") || strings.HasPrefix(f.diff, "-"):
		return usageErr("--since and --diff take a revision, not a flag")
	case f.since != "":
		f.revRange = f.since + "...HEAD"
	case f.diff != "":
		if !strings.Contains(f.diff, "..") {
			return usageErr("--diff takes a range BASE..HEAD or BASE...HEAD; for the changes since a revision use --since REV")
		}
		f.revRange = f.diff
	}
	return nil
}

// repoPaths reports whether findings name repository paths (blobs from
// git), not paths in the file system.
func (f *scanFlags) repoPaths() bool { return f.staged || f.history || f.revRange != "" }

// reportFiles are the absolute paths of the reports this run writes: a
// scan of the tree they are in does not read them.
func (f *scanFlags) reportFiles() []string {
	var out []string
	for _, p := range []string{f.output, f.sarifOutput, f.summaryOutput} {
		if p == "" {
			continue
		}
		if abs, err := filepath.Abs(p); err == nil {
			out = append(out, abs)
		}
	}
	return out
}

// ruleOff reports whether rule id is off for a file governed by cfg:
// --disable'd, or disabled by the config and not --enable'd.
func (f *scanFlags) ruleOff(cfg *config.Config, id string) bool {
	return slices.Contains(f.disable, id) || (cfg.Disabled(id) && !slices.Contains(f.enable, id))
}
