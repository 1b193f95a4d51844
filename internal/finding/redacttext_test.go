package finding_test

import (
	"strings"
	"testing"

	"github.com/cfauthlint/cfauthlint/internal/finding"
	"github.com/cfauthlint/cfauthlint/internal/testcred"
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
