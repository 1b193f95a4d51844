package cli

import (
	"context"
	"flag"
	"os"
	"strings"
	"time"

	"github.com/cfauthlint/cfauthlint/internal/finding"
	"github.com/cfauthlint/cfauthlint/internal/gitcat"
	"github.com/cfauthlint/cfauthlint/internal/history"
	"github.com/cfauthlint/cfauthlint/internal/scanner"
	"github.com/cfauthlint/cfauthlint/internal/verify"
)

// deepFlags are the flags of the git-history source and live verification.
type deepFlags struct {
	history       bool
	allowShallow  bool
	verify        bool
	verifyBaseURL string
	// preSuppressed counts findings a source suppressed itself (history
	// applies each blob's directives to that blob).
	preSuppressed int
}

func (d *deepFlags) register(fs *flag.FlagSet) {
	fs.BoolVar(&d.history, "history", false, "scan every blob reachable from any ref of the git repository at PATH, each once; findings name the commit that introduced them")
	fs.BoolVar(&d.allowShallow, "allow-shallow", false, "with --history, scan a shallow clone's partial history (with a warning) instead of failing")
	fs.BoolVar(&d.verify, "verify", false, "ask the Cloudflare API whether found tokens and keys are live (sends them to api.cloudflare.com over HTTPS; never done without this flag)")
	fs.StringVar(&d.verifyBaseURL, "verify-base-url", "", "with --verify, send verification requests to this https://host[:port] instead of https://api.cloudflare.com (`URL`, for tests and API gateways)")
}

// verifyTimeout bounds a whole --verify run; checks still pending then are unknown.
const verifyTimeout = 5 * time.Minute

// checkDeep validates the history and verify flags.
func (f *scanFlags) checkDeep() error {
	if f.verifyBaseURL != "" && !f.verify {
		return usageErr("--verify-base-url needs --verify")
	}
	if f.verify {
		if _, err := verify.New(verify.Options{BaseURL: f.verifyBaseURL}); err != nil {
			return usageErr("--verify-base-url: %v", err)
		}
	}
	if f.allowShallow && !f.history {
		return usageErr("--allow-shallow goes with --history")
	}
	if f.history && f.staged {
		return usageErr("--history and --staged cannot be combined")
	}
	if f.history && len(f.paths) > 1 {
		return usageErr("--history scans one repository: give at most one PATH")
	}
	if f.history {
		if fi, err := os.Stat(f.paths[0]); err != nil || !fi.IsDir() {
			return usageErr("--history needs a directory in a git repository, not %q", f.paths[0])
		}
	}
	return nil
}

// collectHistory scans the git history of the repository at the PATH.
func collectHistory(f *scanFlags, sc *scanner.Scanner, cfgs *configs) (*scanner.Result, error) {
	// Findings name repository paths; the work tree's config files govern
	// them (none in a bare repository: the working directory's then).
	if out, err := gitcat.Output(f.paths[0], "rev-parse", "--show-toplevel"); err == nil {
		cfgs.top = strings.TrimSpace(out)
	}
	res, err := history.Scan(f.ctx, sc, f.paths[0], history.Options{Jobs: f.jobs, AllowShallow: f.allowShallow})
	if err != nil {
		return nil, &ExitErr{Code: ExitError, Err: err}
	}
	f.preSuppressed = res.Suppressed
	// Every path of the history was covered, for stale baseline entries.
	f.scope = func(string) bool { return true }
	return res.Result, nil
}

// verifyFindings checks the findings' credentials with the Cloudflare API
// and returns a notice that sums up the outcomes. The raw values are read
// back from where they were found: the git objects for --history and
// --staged, else the files.
func verifyFindings(f *scanFlags, fs []finding.Finding) []finding.Notice {
	v, err := verify.New(verify.Options{BaseURL: f.verifyBaseURL, UserAgent: "cfauthlint/" + Version()})
	if err != nil { // checked by checkDeep
		return []finding.Notice{{Message: "--verify: " + err.Error()}}
	}
	var src verify.Source = verify.Files{}
	switch {
	case f.history:
		src = verify.Git{Dir: f.paths[0]}
	case f.staged || f.revRange != "":
		src = verify.Git{Dir: "."}
	}
	ctx, cancel := context.WithTimeout(f.ctx, verifyTimeout)
	defer cancel()
	st := v.Findings(ctx, fs, src)
	return []finding.Notice{{Message: st.String()}}
}
