// Package sarif renders a finding.Report as SARIF 2.1.0 for GitHub code
// scanning: every catalog rule with full metadata, repo-relative locations
// under %SRCROOT%, partial fingerprints, no nulls and no secrets.
package sarif

import (
	"encoding/json"
	"io"
	"net/url"
	"regexp"
	"strings"

	gosarif "github.com/owenrumney/go-sarif/v2/sarif"

	"github.com/cfauthlint/cfauthlint/internal/finding"
	"github.com/cfauthlint/cfauthlint/internal/report"
	"github.com/cfauthlint/cfauthlint/rules"
)

const (
	toolURI = "https://github.com/cfauthlint/cfauthlint"
	// FingerprintKey names cfauthlint's partial fingerprint.
	FingerprintKey = "cfauthlint/v1"
)

// Write renders r as SARIF to w.
func Write(w io.Writer, r *finding.Report) error {
	log, err := Build(r)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(log)
}

// Build returns the SARIF log for r.
func Build(r *finding.Report) (*gosarif.Report, error) {
	log, err := gosarif.New(gosarif.Version210)
	if err != nil {
		return nil, err
	}
	run := gosarif.NewRunWithInformationURI("cfauthlint", toolURI)
	run.Tool.Driver.Version = &r.Version
	run.Tool.Driver.SemanticVersion = semver(r.Version)
	run.ColumnKind = "unicodeCodePoints"
	for _, rule := range rules.All() {
		run.Tool.Driver.AddRule(descriptor(rule))
	}
	for _, f := range r.Findings {
		run.AddResult(result(f))
	}
	inv := &gosarif.Invocation{ExecutionSuccessful: boolPtr(true)}
	for _, n := range r.Notices {
		note := gosarif.NewNotification().WithMessage(gosarif.NewTextMessage(n.Message)).WithLevel("warning")
		if n.Path != "" {
			loc := gosarif.NewPhysicalLocation().WithArtifactLocation(artifact(n.Path))
			if n.Line > 0 {
				loc.WithRegion(gosarif.NewRegion().WithStartLine(n.Line))
			}
			note.WithLocations([]*gosarif.Location{gosarif.NewLocation().WithPhysicalLocation(loc)})
		}
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, note)
	}
	run.Invocations = []*gosarif.Invocation{inv}
	log.AddRun(run)
	return log, nil
}

func boolPtr(b bool) *bool { return &b }

// semver returns v without a leading "v" when it looks like a version.
// semverRE is a Semantic Versioning 2.0.0 version (MAJOR.MINOR.PATCH with
// optional pre-release and build parts).
var semverRE = regexp.MustCompile(`^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$`)

// semver is v without its "v" when that is a semantic version (v1.2.3,
// v0.1.0-3-gabcdef), else nil: a branch name or a commit is not one.
func semver(v string) *string {
	s := strings.TrimPrefix(v, "v")
	if !semverRE.MatchString(s) {
		return nil
	}
	return &s
}

func descriptor(r *rules.Rule) *gosarif.ReportingDescriptor {
	full := r.Help
	if i := strings.Index(full, "\n\n"); i >= 0 {
		full = full[:i]
	}
	full = strings.Join(strings.Fields(full), " ")
	d := gosarif.NewRule(r.ID).
		WithName(r.Name).
		WithShortDescription(gosarif.NewMultiformatMessageString(r.Title)).
		WithFullDescription(gosarif.NewMultiformatMessageString(full)).
		WithHelp(gosarif.NewMultiformatMessageString(plain(r.Help)).WithMarkdown(r.Help)).
		WithHelpURI(r.HelpURI()).
		WithDefaultConfiguration(gosarif.NewReportingConfiguration().WithLevel(string(r.Level)))
	problem := "warning"
	switch r.Level {
	case rules.LevelError:
		problem = "error"
	case rules.LevelNote:
		problem = "recommendation"
	}
	tags := append(append([]string(nil), r.Tags...), r.CWETags()...)
	d.WithProperties(gosarif.Properties{
		"tags":              tags,
		"precision":         r.Precision,
		"security-severity": r.SecuritySeverity,
		"problem.severity":  problem,
	})
	return d
}

// plain turns the Markdown help into plain text (drops backticks and bold).
func plain(md string) string {
	return strings.NewReplacer("`", "", "**", "").Replace(md)
}

func artifact(path string) *gosarif.ArtifactLocation {
	if strings.HasPrefix(path, "/") {
		return gosarif.NewArtifactLocation().WithUri((&url.URL{Scheme: "file", Path: path}).String())
	}
	return gosarif.NewArtifactLocation().WithUri(relativeRef(path)).WithUriBaseId("%SRCROOT%")
}

// relativeRef is a relative path as a URI reference. A first segment with
// a colon would read as a scheme ("javascript:alert(1).env" is an absolute
// URI), so such a path starts with "./" (RFC 3986, section 4.2).
func relativeRef(path string) string {
	ref := (&url.URL{Path: path}).EscapedPath()
	first, _, _ := strings.Cut(ref, "/")
	if strings.Contains(first, ":") {
		ref = "./" + ref
	}
	return ref
}

// level is the finding's level, or its rule's default when the source left
// it empty.
func level(f finding.Finding) string {
	switch f.Level {
	case "error", "warning", "note":
		return f.Level
	}
	if r := rules.ByID(f.RuleID); r != nil {
		return string(r.Level)
	}
	return "warning"
}

// confidenceRank is a result's SARIF rank (0–100, higher is more
// important) by its confidence: a finding in test code or test data is a
// confidence step, and so a rank step, lower.
var confidenceRank = map[string]float32{"high": 90, "medium": 60, "low": 30}

func result(f finding.Finding) *gosarif.Result {
	line, col, endLine, endCol := report.Region(f)
	region := gosarif.NewRegion().
		WithStartLine(line).WithStartColumn(col).
		WithEndLine(endLine).WithEndColumn(endCol)
	loc := gosarif.NewPhysicalLocation().WithArtifactLocation(artifact(f.Path)).WithRegion(region)
	text := f.Message + " (" + f.Redacted + ")"
	if f.Commit != "" {
		text += " [commit " + f.Commit + "]"
	}
	if f.Verification != "" {
		text += " [verify: " + f.Verification + "]"
	}
	res := gosarif.NewRuleResult(f.RuleID).
		WithLevel(level(f)).
		WithMessage(gosarif.NewTextMessage(text)).
		WithLocations([]*gosarif.Location{gosarif.NewLocation().WithPhysicalLocation(loc)}).
		WithPartialFingerPrints(map[string]interface{}{FingerprintKey: f.Fingerprint})
	props := gosarif.Properties{"redacted": f.Redacted}
	if f.Confidence != "" {
		props["confidence"] = f.Confidence
	}
	if r, ok := confidenceRank[f.Confidence]; ok {
		res.WithRank(r)
	}
	if f.TestPath {
		props["testPath"] = true
	}
	if f.Commit != "" {
		props["commit"] = f.Commit
	}
	if f.Verification != "" {
		props["verification"] = f.Verification
	}
	res.Properties = props
	return res
}
