package cloudflare

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestResolveToken(t *testing.T) {
	dir := t.TempDir()
	tokenFile := filepath.Join(dir, "token")
	require.NoError(t, os.WriteFile(tokenFile, []byte("  abc123def\n"), 0o600))

	for _, tc := range []struct {
		name    string
		raw     string
		want    string
		wantErr bool
	}{
		{name: "plain", raw: "abc123def", want: "abc123def"},
		{name: "from file", raw: "file:" + tokenFile, want: "abc123def"},
		{name: "missing file", raw: "file:" + filepath.Join(dir, "nope"), wantErr: true},
		{name: "surrounding whitespace", raw: " abc123def ", want: "abc123def"},
		// regression for #4721: tokens pasted from the dashboard keep a trailing newline
		{name: "dashboard token", raw: "{{cfut#dash}}\n", want: "{{cfut#dash}}"},
		{name: "redacted in logs", raw: "cfut_****************", wantErr: true},
		{name: "empty", raw: "", want: ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := resolveToken(tc.raw)
			if tc.wantErr {
				require.Error(t, err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
}
