package cli

import (
	"github.com/cfauthlint/cfauthlint/internal/config"
	"github.com/cfauthlint/cfauthlint/internal/finding"
	"github.com/cfauthlint/cfauthlint/internal/goscan"
	"github.com/cfauthlint/cfauthlint/internal/scanner"
)

// mergeGo runs the type-aware Go analyzers on the modules under the scan's
// paths (--go=auto) and adds their findings to the walker's. Only Go files
// the walker scanned (after .gitignore, --include, --exclude) are reported;
// SortDedupe later merges what both found into one finding, the analyzer's.
func mergeGo(f *scanFlags, cfg *config.Config, sc *scanner.Scanner, goFiles *goscan.Recorder, res *scanner.Result) {
	gr, err := goscan.Run(goscan.Options{
		Paths:       f.paths,
		Files:       goFiles,
		DisplayPath: sc.DisplayPath,
		ExtraHosts:  cfg.Hosts,
		ShowSecrets: f.showSecrets,
	})
	if err != nil {
		res.Notices = append(res.Notices, finding.Notice{Message: "Go analysis skipped: " + err.Error()})
		return
	}
	for i := range gr.Findings {
		gr.Findings[i].TypeAware = true
	}
	res.Findings = append(res.Findings, gr.Findings...)
	res.Notices = append(res.Notices, gr.Notices...)
}
