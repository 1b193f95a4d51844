package cli_test

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cfauthlint/cfauthlint/internal/cli"
)

// Above GitHub code scanning's 5,000 kept results, a SARIF report comes
// with a warning; other formats and smaller reports do not.
func TestSARIFResultLimitWarning(t *testing.T) {
	dir := t.TempDir()
	// Files of at most 1,000 findings each (the scanner's cap per file).
	write := func(n int) {
		line := "curl -k https://api.cloudflare.com/client/v4/zones\n"
		for i := 0; i < 6; i++ {
			k := min(1000, max(0, n-1000*i))
			if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("calls%d.sh", i)), []byte(strings.Repeat(line, k)), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	run := func(format string) string {
		var stderr bytes.Buffer
		code := cli.Main([]string{"scan", "--go=off", "--format", format, dir},
			cli.Env{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: &stderr})
		if code != 1 {
			t.Fatalf("exit %d: %s", code, stderr.String())
		}
		return stderr.String()
	}
	const warning = "GitHub code scanning keeps at most 5000 results"
	write(5001)
	if got := run("sarif"); !strings.Contains(got, "5001 results: "+warning) {
		t.Errorf("SARIF with 5,001 results: no warning on stderr:\n%s", got)
	}
	if got := run("json"); strings.Contains(got, warning) {
		t.Errorf("JSON warns about GitHub's SARIF limit:\n%s", got)
	}
	write(5000)
	if got := run("sarif"); strings.Contains(got, warning) {
		t.Errorf("SARIF with 5,000 results warns:\n%s", got)
	}
}
