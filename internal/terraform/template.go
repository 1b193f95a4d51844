package terraform

import (
	"bytes"
	"regexp"
)

// TemplateNotice is the notice of a .tf file that is a template of
// Terraform rather than Terraform.
const TemplateNotice = "Terraform template, not HCL (a Go fmt verb or {{ }} action where the parser stopped); token policy and provider checks skipped, text rules applied"

// templateMarkRE matches what makes a line a template of HCL rather than
// HCL: a Go fmt verb with an explicit argument index (%[1]s), a bare fmt
// verb right after a dot, a quote, an equals sign or a blank (%s, %d, %q,
// %v, %t), or a Go text/template action ({{ .X }}, {{- if … }}, {{end}}).
var templateMarkRE = regexp.MustCompile(`%\[[0-9]+\][-+# 0-9.]*[a-zA-Z]|(?:^|[\s."'=(\[,:])%[-+# 0-9.]*[sdqvtxf]\b|\{\{-?\s*(?:[.$]|end\b|if\b|else\b|range\b|with\b|template\b|define\b|block\b|include\b|/\*)`)

// templateLabelRE matches a block label that is a fmt verb
// (resource "cloudflare_record" "%[1]s"): labels are names in Terraform,
// so only a format string of it has one.
var templateLabelRE = regexp.MustCompile(`(?m)^[ \t]*(?:resource|data|module|provider|variable|output)[ \t]+(?:"[^"\n]*"[ \t]+)?"[^"\n]*%(?:\[[0-9]+\])?[sdv][^"\n]*"[ \t]*\{`)

// templateAt reports whether the parser's error at line (1-based) is a
// template's doing: a block label is a fmt verb, or that line or the one
// before holds a template mark.
// Only a file that fails to parse is asked, so `format("%s", x)` in a
// file that parses is never a reason to skip it.
func templateAt(data []byte, line int) bool {
	if templateLabelRE.Match(data) {
		return true
	}
	for l := max(1, line-1); l <= line; l++ {
		if templateMarkRE.Match(lineText(data, l)) {
			return true
		}
	}
	return false
}

// lineText is the text of the 1-based line l of data (nil past the end).
func lineText(data []byte, l int) []byte {
	for i := 1; i < l; i++ {
		j := bytes.IndexByte(data, '\n')
		if j < 0 {
			return nil
		}
		data = data[j+1:]
	}
	if j := bytes.IndexByte(data, '\n'); j >= 0 {
		data = data[:j]
	}
	return data
}
