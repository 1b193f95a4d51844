package finding_test

import (
	"strings"
	"testing"

	"github.com/cfauthlint/cfauthlint/internal/finding"
	"github.com/cfauthlint/cfauthlint/internal/testcred"
	"github.com/cfauthlint/cfauthlint/rules"
)

func TestRedactTextHidesSecretsInMessages(t *testing.T) {
	g := testcred.New(11)
	for _, kind := range []string{"cfut", "cfk", "tok40", "hex37", "origin", "tunnel", "hex64"} {
		v, _ := g.Make(kind)
		msg := `main.go:3:12: cannot use "` + v + `" (untyped string constant) as int value in assignment`
		got := finding.RedactText(msg)
		if strings.Contains(got, v) || strings.Contains(got, v[4:20]) {
			t.Errorf("%s: the message still holds the secret (%d chars)", kind, len(v))
		}
		if !strings.Contains(got, "untyped string constant") || !strings.Contains(got, "main.go:3:12") {
			t.Errorf("%s: the rest of the message was lost", kind)
		}
	}
	// Ordinary messages are left alone.
	for _, msg := range []string{
		"cannot load the Go packages of this module (go: updates to go.mod needed): its Go files were scanned by the text rules only",
		"main.tf:3,1-2: Invalid block definition; A block definition must have block content delimited by \"{\" and \"}\"",
		"stale cfauthlint:ignore CF101: no such finding on this line or the next",
		"/tmp/TestScripts3141592653/script-baseline/bad/rule.baseline:3: malformed baseline entry",
	} {
		if got := finding.RedactText(msg); got != msg {
			t.Errorf("RedactText changed %q to %q", msg, got)
		}
	}
}

// TestRedactorHidesTheRunsValues: a value any finding of the run matched is
// redacted from a notice wherever it stands, quoted or not, whole or cut
// short, including legacy formats the rule engine only knows in context.
func TestRedactorHidesTheRunsValues(t *testing.T) {
	g := testcred.New(12)
	tok40, key37, origin := g.Legacy40(), g.Hex(37), g.OriginCAKey()
	var fs []finding.Finding
	for _, v := range []struct{ rule, value string }{{"CF101", tok40}, {"CF102", key37}, {"CF103", origin}} {
		fs = append(fs, finding.New(rules.ByID(v.rule), "a.env", finding.Position{}, []byte(v.value), "m", "high", false))
	}
	r := finding.NewRedactor(fs)
	for _, c := range []struct{ msg, secret string }{
		{"main.go:3:2: undefined: " + tok40, tok40},
		{"main.go:3:2: syntax error: unexpected name " + tok40 + " at end of statement", tok40},
		{`main.go:4:9: cannot use "` + origin[:70] + `..." (untyped string constant) as int value`, origin[:70]},
		{"config: key=" + key37 + ": bad", key37},
		{"https://" + tok40 + "@example.com/x", tok40},
		{"[" + key37 + "]", key37},
		{"{" + key37 + "}", key37},
	} {
		got := r.Redact(c.msg)
		if strings.Contains(got, c.secret[4:16]) {
			t.Errorf("the notice still holds the value: %s", finding.RedactText(got))
		}
	}
	// Text without the run's values is left alone.
	for _, msg := range []string{"undefined: someIdentifierThatIsLong", "git: fatal: not a git repository"} {
		if got := r.Redact(msg); got != msg {
			t.Errorf("Redact changed %q to %q", msg, got)
		}
	}
}

// TestRedactTextHidesTruncatedPrefixedTokens: a tool that quotes a
// prefixed credential cut short (go vet's type errors) still shows none of it.
func TestRedactTextHidesTruncatedPrefixedTokens(t *testing.T) {
	g := testcred.New(13)
	for _, v := range []string{g.Prefixed("cfut_"), g.Prefixed("cfk_"), g.OriginCAKey(), g.WranglerOAuth()} {
		msg := `x.go:1:7: cannot use "` + v[:30] + `…" (untyped string constant)`
		if got := finding.RedactText(msg); strings.Contains(got, v[6:20]) {
			t.Errorf("truncated %s… kept: %s", v[:4], got)
		}
	}
	if msg := "github.com/x/y@v1.0-rc1: no matching versions"; finding.RedactText(msg) != msg {
		t.Errorf("a version was redacted: %s", finding.RedactText(msg))
	}
}
