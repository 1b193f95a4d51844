package terraform

import (
	"runtime/debug"
	"strings"
	"testing"
	"time"
)

// hostileHCL are inputs that overflowed the parser's stack (a fatal error
// for the whole scan) or took it minutes: each must come back quickly with
// a notice, not a crash.
func hostileHCL(n int) map[string]string {
	const res = "resource \"cloudflare_api_token\" \"t\" {\n"
	return map[string]string{
		"brackets":     res + "x = " + strings.Repeat("[", n) + strings.Repeat("]", n) + "\n}\n",
		"parens":       res + "x = " + strings.Repeat("(", n) + "1" + strings.Repeat(")", n) + "\n}\n",
		"objects":      res + "x = " + strings.Repeat("{a=", n) + "1" + strings.Repeat("}", n) + "\n}\n",
		"blocks":       res + strings.Repeat("a {\n", n) + strings.Repeat("}\n", n) + "}\n",
		"bangs":        res + "x = " + strings.Repeat("!", n) + "true\n}\n",
		"minus":        res + "x = " + strings.Repeat("- ", n) + "1\n}\n",
		"templates":    res + "x = " + strings.Repeat(`"${`, n) + "1" + strings.Repeat(`}"`, n) + "\n}\n",
		"jsonencode":   res + "x = jsonencode(" + strings.Repeat(`{"a":`, n) + "1" + strings.Repeat("}", n) + ")\n}\n",
		"conditionals": res + "x = " + strings.Repeat("a ? b : ", n) + "c\n}\n",
		"calls":        res + "x = " + strings.Repeat("f(", n) + "1" + strings.Repeat(")", n) + "\n}\n",
		"heredoc":      res + "x = <<EOT\n" + strings.Repeat("line ${x}\n", n/5) + "EOT\n}\n",
		"unclosed":     res + "x = " + strings.Repeat("[", n) + "\n",
		"heredoc-open": res + strings.Repeat("x = <<EOT\n", n),
	}
}

func TestBoundsSkipHostileFiles(t *testing.T) {
	// A smaller stack makes an unbounded recursion fail here, not 1 GB later.
	defer debug.SetMaxStack(debug.SetMaxStack(64 << 20))
	for name, src := range hostileHCL(100_000) {
		start := time.Now()
		fs, ns := New(nil).Check("main.tf", []byte(src))
		if d := time.Since(start); d > 10*time.Second {
			t.Errorf("%s: %v", name, d)
		}
		if len(fs) != 0 && name != "heredoc-open" && name != "unclosed" {
			t.Errorf("%s: %d findings from a file past the bounds", name, len(fs))
		}
		if len(ns) != 1 {
			t.Errorf("%s: %d notices, want 1", name, len(ns))
			continue
		}
		if !strings.Contains(ns[0].Message, "not parsed") && !strings.Contains(ns[0].Message, "cannot parse") {
			t.Errorf("%s: notice %q", name, ns[0].Message)
		}
	}
}

// TestBoundsKeepRealFiles: files within the bounds are parsed as before.
func TestBoundsKeepRealFiles(t *testing.T) {
	for name, src := range hostileHCL(50) {
		if line, why := checkBounds([]byte(src)); why != "" {
			t.Errorf("%s at depth 50: flagged at line %d: %s", name, line, why)
		}
	}
	// Comments and strings full of brackets and dashes pass the quick scan
	// to the lexer, which sees they are not nesting.
	src := "# " + strings.Repeat("-", 400) + "\n" + "x = \"" + strings.Repeat("(", 400) + "\"\n" + strings.Repeat("y = a ? b : c\n", 1100)
	if line, why := checkBounds([]byte(src)); why != "" {
		t.Errorf("banner and string: flagged at line %d: %s", line, why)
	}
	heredoc := "x = <<-EOT\n" + strings.Repeat("a\n", 9000) + "  EOT\ny = <<EOT\n" + strings.Repeat("b\n", 900) + "EOT\n"
	if line, why := checkBounds([]byte(heredoc)); why != "" {
		t.Errorf("9,900 heredoc lines: flagged at line %d: %s", line, why)
	}
}

// FuzzBounds: whatever the input, checkBounds returns, and an input it
// lets through parses within a small stack (an unbounded recursion in the
// parser would overflow it: a crash the fuzzer reports). Seeded with deep
// nesting of every kind, just under and over the bounds.
func FuzzBounds(f *testing.F) {
	for _, n := range []int{3, maxNesting - 2, maxNesting + 1} {
		for _, src := range hostileHCL(n) {
			f.Add([]byte(src))
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		defer debug.SetMaxStack(debug.SetMaxStack(32 << 20))
		if _, why := checkBounds(src); why != "" {
			return
		}
		New(nil).Check("f.tf", append([]byte("cloudflare\n"), src...))
	})
}
